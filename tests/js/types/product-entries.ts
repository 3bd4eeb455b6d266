// The per-product entries compile as a browser uses them: one model each, its own types.
import init, { Dokploy, type DokployPermissionId, type Decision, PortcullisError } from "portcullis/dokploy/web";
import { Portainer, type PortainerOperationId } from "portcullis/portainer";
import { Dokploy as ServerDokploy } from "portcullis";
import preloadModule from "portcullis/vite";

await init();
await init(new URL("./portcullis_bg.wasm", import.meta.url));
const org = Dokploy.load({ members: [{ userId: "u1", role: "owner" }] });
const id: DokployPermissionId = "deployment.create";
const decision: Decision = org.explain("u1", id, { serviceId: "s1" });
if (decision.code === "out_of_scope") console.log(decision.scope);
// @ts-expect-error the product entries hold no mutators: the server changes the state.
org.createRole("u1", "deployer", { deployment: ["read", "create"] });
const check: Decision = org.canCreateRole("u1", "deployer", { deployment: ["read", "create"] });
console.log(check.allowed, org.allowed("u1").includes(id), PortcullisError.name);

const docker = Portainer.load({ users: [{ id: "2" }] });
const operation: PortainerOperationId = "container.start";
const answer = docker.explain("2", operation, { environmentId: "e1" });
if (answer.code === "security_setting") console.log(answer.setting, answer.feature);
console.log(docker.roleOf("2", "e1"));

// The full entry keeps the adapters and the mutators and cuts slices, for servers; a browser
// loads a slice, and the next one after a change.
const server = ServerDokploy.fromRows({ members: [{ userId: "u1", role: "owner" }] });
const grant = server.recordCreated("u1", "serviceId", "s2");
console.log(grant?.list);
const mine = Dokploy.load(server.slice("u1"));
const source: string | null = mine.sourceFingerprint();
console.log(source);
mine.replace(server.sliceJSON("u1"));

// A Vite config's plugin: preloads the module (typed without depending on Vite's types).
const plugin = preloadModule();
const order: "post" = plugin.transformIndexHtml.order;
console.log(plugin.name, plugin.apply, order);
