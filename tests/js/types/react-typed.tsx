// portcullis/react typed: ids and targets from the package's unions, decisions typed.
import { Can, PortcullisProvider, useAllowed, useCan, useDecision } from "portcullis/react";
import { Dokploy } from "portcullis/dokploy";
import type { DokployDecision } from "portcullis/dokploy";
import type { PermissionId } from "portcullis/react";

function Buttons({ serviceId }: { serviceId: string }) {
  const deploy: boolean = useCan("deployment.create", { serviceId });
  const remove: DokployDecision = useDecision("service.delete", { serviceId });
  const start: boolean = useCan("container.start", { environmentId: "1", resourceId: "c1" });
  const ids: PermissionId[] = useAllowed({ serviceId });
  return (
    <>
      <button disabled={!deploy}>Deploy</button>
      <button disabled={!remove.allowed} title={remove.message}>Delete</button>
      <button disabled={!start}>Start</button>
      <Can I="deployment.create" on={{ serviceId }} fallback={<span>no</span>}>
        <button>Deploy</button>
      </Can>
      <Can I="logs.read" on={{ serviceId }}>{(decision) => <p>{decision.code}</p>}</Can>
      <p>{ids.join(" ")}</p>
    </>
  );
}

export function App({ org }: { org: Dokploy }) {
  return (
    <PortcullisProvider authorizer={org} user="maya">
      <Buttons serviceId="shop-api" />
    </PortcullisProvider>
  );
}
