// A typed consumer of the package: must compile with `tsc --noEmit`.
import { Dokploy, Portainer, PortcullisError, version, type Decision, type DokployState, type PortainerOperationId } from "portcullis";

const state: DokployState = {
  licensed: true,
  roles: { deployer: { deployment: ["read", "create", "cancel"], service: ["read"] } },
  members: [{ userId: "u1", role: "owner" }, { userId: "u3", role: "deployer", accessedServices: ["s1"] }],
};
const org = Dokploy.load(state);
const ok: boolean = org.can("u3", "deployment.create", { serviceId: "s1" });
const why: Decision = org.explain("u3", "deployment.create", { serviceId: "s2" });
const code: "out_of_scope" | string = why.code;
const page: string[] = org.allowed("u3", { serviceId: "s1" });
org.createRole("u1", "viewer", { service: ["read"], logs: ["read"] });

const docker = Portainer.load({ users: [{ id: "2" }], environments: [{ id: "e1", kind: "standalone" }] });
const op: PortainerOperationId = "container.start";
const started: boolean = docker.can("2", op, { environmentId: "e1", request: { privileged: true } });
const role: "EA" | "OP" | "HD" | "ST" | "RO" | null = docker.roleOf("2", "e1");

try {
  Dokploy.load("{}");
} catch (error) {
  if (error instanceof PortcullisError) console.log(error.code, error.path, error.message);
}
console.log(version(), ok, code, page, started, role);
