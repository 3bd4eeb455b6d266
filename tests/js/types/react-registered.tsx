// portcullis/react with the app's authorizer registered: Dokploy's ids compile, Portainer's do not.
import { Can, PortcullisProvider, createPortcullis, useAllowed, useCan, useDecision } from "portcullis/react";
import { Dokploy } from "portcullis/dokploy";
import type { DokployDecision, DokployPermissionId } from "portcullis/dokploy";
import type { Portainer } from "portcullis/portainer";

declare module "portcullis/react" {
  interface Register {
    authorizer: Dokploy;
  }
}

function Buttons({ serviceId }: { serviceId: string }) {
  const deploy: boolean = useCan("deployment.create", { serviceId });
  const organizationWide: boolean = useCan("project.create");
  const remove: DokployDecision = useDecision("service.delete", { serviceId });
  const ids: DokployPermissionId[] = useAllowed({ serviceId });
  // @ts-expect-error a Portainer operation under a Dokploy provider
  useCan("container.start", { environmentId: "1", resourceId: "c1" });
  // @ts-expect-error nor its decision
  useDecision("container.start", { environmentId: "1" });
  return (
    <>
      <button disabled={!deploy || !organizationWide}>Deploy</button>
      <button disabled={!remove.allowed} title={remove.message}>{remove.wouldAllow?.[0] && "ask for access"}</button>
      <Can I="deployment.create" on={{ serviceId }}>{(decision) => <p>{decision.code}</p>}</Can>
      {/* @ts-expect-error a Portainer operation in <Can> */}
      <Can I="container.start" on={{ environmentId: "1" }}><button>Start</button></Can>
      <p>{ids.join(" ")}</p>
    </>
  );
}

export function App({ org, docker }: { org: Dokploy; docker: Portainer }) {
  const portainer = createPortcullis(docker);
  portainer.useCan("container.start", { environmentId: "1", resourceId: "c1" });
  // @ts-expect-error a Dokploy permission on the Portainer hooks
  portainer.useCan("deployment.create", { serviceId: "s1" });
  return (
    <>
      <PortcullisProvider authorizer={org} user="maya">
        <Buttons serviceId="shop-api" />
      </PortcullisProvider>
      {/* @ts-expect-error the registered product's provider takes its authorizer only */}
      <PortcullisProvider authorizer={docker} user="2" />
    </>
  );
}
