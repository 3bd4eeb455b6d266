// portcullis/vue with the app's authorizer registered, and the plugin's own typed composables.
import { createPortcullis, useCan, useDecision, useAllowed } from "portcullis/vue";
import type { Portainer, PortainerDecision, PortainerOperationId } from "portcullis/portainer";
import type { Dokploy } from "portcullis/dokploy";

declare module "portcullis/vue" {
  interface Register {
    authorizer: Portainer;
  }
}

export function setup(docker: Portainer, org: Dokploy) {
  const target = { environmentId: "1", resourceId: "c1" };
  const start = useCan("container.start", target);
  const why = useDecision(() => "container.stop", () => target);
  const page = useAllowed({ environmentId: "1" });
  const decision: PortainerDecision = why.value;
  const ids: PortainerOperationId[] = page.value;
  // @ts-expect-error a Dokploy permission under a Portainer registration
  useCan("deployment.create", { serviceId: "s1" });
  // @ts-expect-error Portainer asks on a target
  useCan("container.start");

  const plugin = createPortcullis({ authorizer: org, user: "maya" });
  const deploy = plugin.useCan("deployment.create", { serviceId: "s1" });
  plugin.useCan("project.create");
  // @ts-expect-error a Portainer operation on composables typed for Dokploy
  plugin.useCan("container.start", target);
  return { start: start.value, decision, ids, deploy: deploy.value };
}
