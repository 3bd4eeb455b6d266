// portcullis/react typed: ids and targets from the package's unions, decisions typed.
import { Can, PortcullisProvider, createPortcullis, useAllowed, useCan, useDecision } from "portcullis/react";
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

// The hooks typed by the authorizer given: another product's id does not compile.
export function Typed({ org }: { org: Dokploy }) {
  const { useCan: useDokploy, Can: DokployCan } = createPortcullis(org);
  const allowed: boolean = useDokploy("deployment.create", { serviceId: "s1" });
  // @ts-expect-error a Portainer operation on hooks typed for Dokploy
  useDokploy("container.start", { environmentId: "1", resourceId: "c1" });
  return (
    <>
      <DokployCan I="service.delete" on={{ serviceId: "s1" }}>{allowed ? "yes" : "no"}</DokployCan>
      {/* @ts-expect-error a Portainer operation in the typed <Can> */}
      <DokployCan I="container.start" />
    </>
  );
}
