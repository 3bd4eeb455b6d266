// A typed consumer of the package: must compile with `tsc --noEmit`. Each `@ts-expect-error`
// marks a line that must NOT compile, so a declaration that widens makes this file fail.
import {
  Dokploy, Portainer, PortcullisError, version,
  type Decision, type DecisionCode, type DokployState, type ErrorCode, type PortainerOperationId, type PortainerSecuritySettingId,
  type Warning, type WarningCode,
} from "portcullis";

const state: DokployState = {
  licensed: true,
  roles: { deployer: { deployment: ["read", "create", "cancel"], service: ["read"] } },
  members: [{ userId: "u1", role: "owner" }, { userId: "u3", role: "deployer", accessedServices: ["s1"] }],
};
const org = Dokploy.load(state);
const ok: boolean = org.can("u3", "deployment.create", { serviceId: "s1" });
const why: Decision = org.explain("u3", "deployment.create", { serviceId: "s2" });
const code: DecisionCode = why.code;
// @ts-expect-error: a decision code is one of the generated codes, not any string.
const notACode: DecisionCode = "out_of_scop";
const page: string[] = org.allowed("u3", { serviceId: "s1" });
org.createRole("u1", "viewer", { service: ["read"], logs: ["read"] });
// @ts-expect-error: `ac` is internal and cannot be in a custom role.
org.createRole("u1", "internal", { ac: ["read"] });
const mayEdit: Decision = org.canUpdateMemberAccess("u1", "u3");
org.updateMemberAccess("u1", "u3", { canCreateServices: true, accessedServices: ["s1", "s2"] });
// @ts-expect-error: a member's role is not changed through its access.
org.updateMemberAccess("u1", "u3", { role: "admin" });

const docker = Portainer.load({ users: [{ id: "2" }], environments: [{ id: "e1", kind: "standalone" }] });
const op: PortainerOperationId = "container.start";
const started: boolean = docker.can("2", op, { environmentId: "e1", request: { privileged: true } });
const role: "EA" | "OP" | "HD" | "ST" | "RO" | null = docker.roleOf("2", "e1");

const d = docker.explain("2", "container.create", { environmentId: "e1", request: { privileged: true } });
// @ts-expect-error: `setting` exists only once the code says a security setting decided.
const unnarrowed: string = d.setting;
if (d.code === "security_setting") {
  const setting: PortainerSecuritySettingId = d.setting;
  const feature: string = d.feature;
  console.log(setting, feature);
}
if (d.code === "no_resource_access") {
  const source: "own" | "sub_resource" | "service" | "stack" | "system_network" | "none" = d.control.source;
  console.log(source);
}
if (d.allowed) {
  const via: string = d.via;
  console.log(via);
}

const fromRows = Dokploy.fromRows({
  organization: { id: "Q0k", ownerId: "u1", createdAt: new Date() },
  members: [{ id: "m0", userId: "u1", role: "owner", createdAt: new Date(), teamId: null }],
  roles: [{ role: "viewer", permission: '{"service":["read"]}' }],
});
const fromApi = Portainer.fromApi({
  users: [{ Id: 1, Username: "admin", Role: 1 }], teams: [], teamMemberships: [], endpointGroups: [],
  endpoints: [{ Id: 1, Type: 1, Snapshots: [{ Swarm: false }] }], registries: [],
  docker: { 1: { containers: [{ Id: "c1" }] } },
});
const warnings: Warning[] = [...fromRows.warnings(), ...fromApi.warnings()];
const warningCode: WarningCode | undefined = warnings[0]?.code;
// @ts-expect-error: a warning code is one of the generated codes.
const notAWarning: WarningCode = "licence";
console.log(warningCode, notAWarning);

try {
  Dokploy.load("{}");
} catch (error) {
  if (error instanceof PortcullisError) {
    const errorCode: ErrorCode | DecisionCode = error.code;
    console.log(errorCode, error.path, error.message);
  }
}
console.log(version(), ok, code, notACode, page, mayEdit, started, role, unnarrowed, Dokploy.presets().viewer, Portainer.matrix().roles);

// The products' API maps and the fetch gate.
import { requestShape, MAX_BODY_BYTES, type DokployCallDecision, type DokployProcedurePath, type PortainerRoute, type RequestShape } from "portcullis";
const path: DokployProcedurePath = "application.deploy";
// @ts-expect-error: a procedure path is one of Dokploy's, not any string.
const notAPath: DokployProcedurePath = "application.launch";
const call: DokployCallDecision = org.explainCall("u3", path, { applicationId: "s1" }, { "environment.projectId": { e1: "p1" }, cloud: false });
const trpc: "UNAUTHORIZED" | "FORBIDDEN" | "BAD_REQUEST" | "NOT_FOUND" | undefined = call.trpcCode;
// @ts-expect-error: a context name is one of the documented ones.
org.explainCall("u3", path, {}, { "environment.project": "p1" });
const calls = Dokploy.parseRequest({ method: "POST", url: "/api/trpc/application.deploy", body: '{"json":{"applicationId":"s1"}}' });
const first: DokployProcedurePath = calls[0].procedure;
async function gate(request: Request): Promise<boolean> {
  const shape: RequestShape = await requestShape(request, { maxBodyBytes: MAX_BODY_BYTES * 2 });
  const routed: PortainerRoute | null = Portainer.route(shape);
  const decision = docker.explainRequest("2", shape);
  return org.canRequest("u3", shape) && decision.allowed && routed?.id === "container.start";
}
console.log(trpc, first, gate);
