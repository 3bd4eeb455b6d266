// The demo server's API (scripts/serve.mjs) without a browser: it holds each session's full
// states, serves the signed-in user's slice and what that user may see, and gates every action
// and change with the package in Node, as a user's own service would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";
import { Dokploy, Portainer } from "../../pkg/node.js";
import { DOKPLOY_STATE, PORTAINER_STATE } from "../../scripts/demo/samples.mjs";

let server, base;
before(async () => {
  server = await startServer(0);
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

async function call(method, path, { session = "s1", user, body } = {}) {
  const headers = { "content-type": "application/json" };
  if (session) headers["x-demo-session"] = session;
  if (user) headers["x-demo-user"] = user;
  const response = await fetch(`${base}${path}`, { method, headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

test("a session's state is loaded with the package; its fingerprint comes back", async () => {
  const dokploy = await call("PUT", "/api/state/dokploy", { body: DOKPLOY_STATE });
  assert.equal(dokploy.status, 200);
  assert.match(dokploy.body.fingerprint, /^sha256:[0-9a-f]{64}$/);
  const portainer = await call("PUT", "/api/state/portainer", { body: PORTAINER_STATE });
  assert.equal(portainer.status, 200);
  assert.notEqual(portainer.body.fingerprint, dokploy.body.fingerprint);
});

test("an allowed action is 200, a denied one 403 with the decision's code and reasons", async () => {
  const target = { projectId: "shop", environmentId: "shop-prod", serviceId: "shop-api" };
  const deploy = await call("POST", "/api/actions/dokploy/service.deploy", { user: "ci-bot", body: { target } });
  assert.equal(deploy.status, 200);
  assert.equal(deploy.body.code, "granted");
  assert.equal(deploy.body.id, "deployment.create");
  const remove = await call("POST", "/api/actions/dokploy/service.delete", { user: "ci-bot", body: { target } });
  assert.equal(remove.status, 403);
  assert.equal(remove.body.code, "no_permission");
  assert.equal(remove.body.role, "deployer");
  const legacy = await call("POST", "/api/actions/portainer/container.start", { user: "2", body: { target: { environmentId: "1", resourceId: "d15ea5" } } });
  assert.equal(legacy.status, 403);
  assert.equal(legacy.body.code, "no_resource_access");
  assert.deepEqual(legacy.body.control, { source: "none" });
  const bind = await call("POST", "/api/actions/portainer/container.deploy", {
    user: "2", body: { target: { environmentId: "1", request: { binds: ["/srv:/srv"] } } },
  });
  assert.equal(bind.status, 403);
  assert.equal(bind.body.code, "security_setting");
  assert.equal(bind.body.setting, "bind_mounts");
  const unknownUser = await call("POST", "/api/actions/portainer/container.start", { user: "99", body: { target: { environmentId: "1", resourceId: "3f9a1c" } } });
  assert.equal(unknownUser.status, 403);
  assert.equal(unknownUser.body.code, "unknown_user");
});

test("sessions are separate: a new session starts with the samples, whatever another one did", async () => {
  await call("PUT", "/api/state/dokploy", { session: "s2", body: { members: [{ userId: "zoe", role: "owner" }] } });
  const other = await call("GET", "/api/slice/dokploy", { session: "s3", user: "maya" });
  assert.equal(other.body.fingerprint, Dokploy.load(DOKPLOY_STATE).fingerprint());
  const changed = await call("GET", "/api/slice/dokploy", { session: "s2", user: "zoe" });
  assert.equal(changed.body.slice.members[0].role, "owner");
});

test("a slice: the user's, cut from the session's state, with both sizes", async () => {
  const session = "slices";
  const full = Dokploy.load(DOKPLOY_STATE);
  const { status, body } = await call("GET", "/api/slice/dokploy", { session, user: "maya" });
  assert.equal(status, 200);
  assert.deepEqual(body.slice, full.slice("maya"));
  assert.equal(body.fingerprint, full.fingerprint());
  assert.equal(body.sliceBytes, Buffer.byteLength(full.sliceJSON("maya")));
  assert.equal(body.fullBytes, Buffer.byteLength(JSON.stringify(full.toJSON())));
  assert.ok(body.sliceBytes < body.fullBytes);
  const portainer = await call("GET", "/api/slice/portainer", { session, user: "2" });
  assert.deepEqual(portainer.body.slice, Portainer.load(PORTAINER_STATE).slice("2"));
  // The sign-in choices name the accounts, nothing of their roles.
  const accounts = await call("GET", "/api/accounts/dokploy", { session });
  assert.deepEqual(accounts.body.accounts[3], { id: "maya", name: "maya" });
});

test("what the screens show: members to holders of member.read, flags and lists to who may change them, Portainer's users to its administrator", async () => {
  const session = "views";
  const maya = (await call("GET", "/api/view/dokploy", { session, user: "maya" })).body;
  assert.equal(maya.membersListed, false);
  assert.deepEqual(maya.members.map((m) => m.userId), ["maya"]);
  assert.equal(maya.members[0].access.canCreateServices, true);
  assert.deepEqual(Object.keys(maya.roles), ["deployer", "auditor"]);
  const ines = (await call("GET", "/api/view/dokploy", { session, user: "ines" })).body;
  assert.equal(ines.membersListed, true);
  assert.deepEqual(ines.members.filter((m) => m.access).map((m) => m.userId), ["ines"]);
  // An admin may change the members' access but not the owner's or another admin's; their own
  // row is theirs to read.
  const adam = (await call("GET", "/api/view/dokploy", { session, user: "adam" })).body;
  assert.deepEqual(adam.members.filter((m) => m.access).map((m) => m.userId), ["adam", "maya", "ci-bot", "ines", "noah"]);
  const alice = (await call("GET", "/api/view/portainer", { session, user: "2" })).body;
  assert.equal(alice.users, undefined);
  assert.deepEqual(alice.environments.map((e) => e.name), ["local", "swarm-prod"]);
  assert.equal(alice.resources.find((r) => r.id === "c0ffee").ownership, "restricted to others");
  assert.equal(alice.resources.find((r) => r.id === "svc-api").ownership, "restricted: team devs");
  const rita = (await call("GET", "/api/view/portainer", { session, user: "6" })).body;
  assert.deepEqual(rita.environments.map((e) => e.name), ["local", "swarm-prod"]);
  const admin = (await call("GET", "/api/view/portainer", { session, user: "1" })).body;
  assert.deepEqual(admin.users.map((u) => u.name), ["admin", "alice", "bob", "olga", "carl", "rita"]);
  assert.equal(admin.resources.find((r) => r.id === "c0ffee").ownership, "restricted: team support");
  assert.equal(admin.users.find((u) => u.name === "bob").roles["1"], "RO");
});

test("a bad state is refused with its path, and the session keeps the state it had", async () => {
  const before = await call("PUT", "/api/state/dokploy", { body: DOKPLOY_STATE });
  const bad = structuredClone(DOKPLOY_STATE);
  bad.members[4].role = "boss";
  const refused = await call("PUT", "/api/state/dokploy", { body: bad });
  assert.equal(refused.status, 400);
  assert.equal(refused.body.code, "invalid_value");
  assert.equal(refused.body.path, "members[4].role");
  const still = await call("POST", "/api/actions/dokploy/service.deploy", { user: "ci-bot", body: { target: { serviceId: "shop-api" } } });
  assert.equal(still.status, 200);
  assert.equal(still.body.fingerprint, before.body.fingerprint);
});

test("bad requests get a code, never a crash", async () => {
  assert.equal((await call("POST", "/api/actions/dokploy/__proto__", { user: "olivia", body: {} })).status, 404);
  assert.equal((await call("POST", "/api/actions/dokploy/constructor", { user: "olivia", body: {} })).status, 404);
  assert.equal((await call("POST", "/api/actions/kubernetes/x", { body: {} })).status, 404);
  assert.equal((await call("PUT", "/api/state/dokploy", { session: "", body: DOKPLOY_STATE })).status, 404);
  const json = await call("POST", "/api/actions/dokploy/service.deploy", { user: "olivia", body: "{ nope" });
  assert.deepEqual([json.status, json.body.code], [400, "invalid_json"]);
  const target = await call("POST", "/api/actions/dokploy/service.deploy", { user: "olivia", body: { target: { serviceId: 7 } } });
  assert.deepEqual([target.status, target.body.code, target.body.path], [400, "invalid_argument", "target.serviceId"]);
  const noUser = await call("POST", "/api/actions/dokploy/service.deploy", { body: {} });
  assert.equal(noUser.status, 403);
  assert.equal((await call("GET", "/api/state/dokploy")).status, 405);
  const traversal = await fetch(`${base}/..%2f..%2fetc/passwd`);
  assert.notEqual(traversal.status, 200);
});

test("static files come from www/ and pkg/ only", async () => {
  // Encoded slashes survive the URL parser and are decoded before the path is joined.
  for (const path of ["/pkg/..%2F.git%2Fconfig", "/pkg/..%2FCargo.toml", "/pkg/..%2f..%2fetc%2fpasswd", "/..%2FCargo.toml", "/pkg/%2E%2E/README.md"]) {
    const response = await fetch(`${base}${path}`);
    assert.ok(response.status === 403 || response.status === 404, `${path}: ${response.status}`);
    assert.doesNotMatch(await response.text(), /\[core\]|\[package\]|root:/, `${path} leaked a file`);
  }
  assert.equal((await fetch(`${base}/pkg/package.json`)).status, 200);
  assert.equal((await fetch(`${base}/index.html`)).status, 200);
});

test("management calls are applied as the acting user, under the same rules", async () => {
  const session = "manage";
  await call("PUT", "/api/state/dokploy", { session, body: DOKPLOY_STATE });
  const created = await call("POST", "/api/manage/dokploy/createRole", { session, user: "olivia", body: { args: ["readers", { service: ["read"] }] } });
  assert.equal(created.status, 200);
  const assigned = await call("POST", "/api/manage/dokploy/assignRole", { session, user: "olivia", body: { args: ["noah", "readers"] } });
  assert.equal(assigned.status, 200);
  assert.notEqual(assigned.body.fingerprint, created.body.fingerprint);
  // An admin cannot change another admin's role; a member cannot create roles.
  const demote = await call("POST", "/api/manage/dokploy/assignRole", { session, user: "adam", body: { args: ["amir", "member"] } });
  assert.deepEqual([demote.status, demote.body.code], [403, "admin_protected"]);
  assert.equal(demote.body.fingerprint, assigned.body.fingerprint, "a refused call changes nothing");
  const byMember = await call("POST", "/api/manage/dokploy/createRole", { session, user: "maya", body: { args: ["x", {}] } });
  assert.deepEqual([byMember.status, byMember.body.code], [403, "no_permission"]);
  const badArgs = await call("POST", "/api/manage/dokploy/updateMemberAccess", { session, user: "olivia", body: { args: ["noah", { canFly: true }] } });
  assert.deepEqual([badArgs.status, badArgs.body.code, badArgs.body.path], [400, "invalid_argument", "access.canFly"]);
  // The same calls in the package give the same state, fingerprint included.
  const { Dokploy } = await import("../../pkg/node.js");
  const local = Dokploy.load(DOKPLOY_STATE);
  local.createRole("olivia", "readers", { service: ["read"] });
  local.assignRole("olivia", "noah", "readers");
  assert.equal(local.fingerprint(), assigned.body.fingerprint);
  // The answer is the acting user's new slice of the changed state.
  assert.deepEqual(assigned.body.slice, local.slice("olivia"));
  // Only management calls are reachable this way (`replace` is a whole state: PUT it).
  assert.equal((await call("POST", "/api/manage/dokploy/replace", { session, user: "olivia", body: { args: [DOKPLOY_STATE] } })).status, 404);
  assert.equal((await call("POST", "/api/manage/dokploy/free", { session, user: "olivia", body: {} })).status, 404);
  assert.equal((await call("POST", "/api/manage/dokploy/toJSON", { session, user: "olivia", body: {} })).status, 404);
  assert.equal((await call("POST", "/api/manage/portainer/createRole", { session, user: "1", body: {} })).status, 404);
});

test("an invitation, the demo's switches and a created project change the full state and answer with a new slice", async () => {
  const session = "changes";
  const byMember = await call("POST", "/api/invite/dokploy", { session, user: "maya", body: { userId: "zoe", role: "member" } });
  assert.deepEqual([byMember.status, byMember.body.code], [403, "no_permission"]);
  const invited = await call("POST", "/api/invite/dokploy", { session, user: "adam", body: { userId: "zoe", role: "member" } });
  assert.equal(invited.status, 200);
  assert.equal(invited.body.done, "zoe joined as member");
  assert.equal(invited.body.slice.slice.user, "adam");
  assert.ok(invited.body.slice.memberRoles.some((m) => m.userId === "zoe"));
  const twice = await call("POST", "/api/invite/dokploy", { session, user: "adam", body: { userId: "zoe", role: "member" } });
  assert.deepEqual([twice.status, twice.body.code, twice.body.path], [409, "already_member", "userId"]);
  const nameless = await call("POST", "/api/invite/dokploy", { session, user: "adam", body: { userId: " ", role: "member" } });
  assert.deepEqual([nameless.status, nameless.body.code], [400, "invalid_argument"]);
  assert.equal((await call("POST", "/api/invite/portainer", { session, user: "1", body: {} })).status, 405);
  // The licence switch: custom roles stop granting.
  const off = await call("POST", "/api/setup/dokploy", { session, user: "ci-bot", body: { licensed: false } });
  assert.equal(off.status, 200);
  assert.equal(off.body.slice.licensed, false);
  const deploy = await call("POST", "/api/actions/dokploy/service.deploy", { session, user: "ci-bot", body: { target: { serviceId: "shop-api" } } });
  assert.deepEqual([deploy.status, deploy.body.code], [403, "unlicensed"]);
  assert.deepEqual((await call("POST", "/api/setup/dokploy", { session, body: { licensed: "yes" } })).body.path, "licensed");
  // A security setting.
  const setting = await call("POST", "/api/setup/portainer", { session, user: "2", body: { environmentId: "1", setting: "disablePrivilegedMode", value: true } });
  assert.equal(setting.status, 200);
  assert.equal(setting.body.slice.environments[0].securitySettings.disablePrivilegedMode, true);
  for (const [body, path] of [[{ environmentId: "1", setting: "disableEverything", value: true }, "setting"], [{ environmentId: "9", setting: "disableStacks", value: true }, "environmentId"], [{ environmentId: "1", setting: "disableStacks" }, "value"]]) {
    const refused = await call("POST", "/api/setup/portainer", { session, user: "2", body });
    assert.equal(refused.body.path, path);
    assert.ok(refused.status === 400 || refused.status === 404);
  }
  // Create Project, allowed to the owner: the project exists and the owner's lists gain it.
  const created = await call("POST", "/api/actions/dokploy/project.create", { session, user: "olivia", body: { target: {} } });
  assert.equal(created.status, 200);
  assert.match(created.body.done, /created project project-4/);
  const view = (await call("GET", "/api/view/dokploy", { session, user: "olivia" })).body;
  assert.equal(view.projects.at(-1).id, "project-4");
  // The owner reaches every project already: Dokploy records a creation in members' lists only.
  assert.equal(created.body.slice.members[0].accessedProjects, undefined);
  // Create Service by a member with canCreateServices, in a project of their list.
  const service = await call("POST", "/api/actions/dokploy/project.createService", { session, user: "maya", body: { target: { projectId: "shop" } } });
  assert.equal(service.status, 200);
  assert.ok(service.body.slice.members[0].accessedServices.includes("shop-svc-2"));
  const refused = await call("POST", "/api/actions/dokploy/project.createService", { session, user: "noah", body: { target: { projectId: "shop" } } });
  assert.equal(refused.status, 403);
  assert.equal(refused.body.slice, undefined);
});

test("who can and previews: for who manages the users, with the package's answers; a preview changes nothing", async () => {
  const session = "audit";
  const target = { serviceId: "shop-api" };
  const denied = await call("POST", "/api/who-can/dokploy", { session, user: "ci-bot", body: { id: "deployment.create", target } });
  assert.equal(denied.status, 403);
  const who = await call("POST", "/api/who-can/dokploy", { session, user: "olivia", body: { id: "deployment.create", target } });
  assert.equal(who.status, 200);
  assert.ok(who.body.entries.some((e) => e.user === "olivia" && e.decision.code === "administrator"));
  const bad = await call("POST", "/api/who-can/dokploy", { session, user: "olivia", body: { id: "deployment.craete", target } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.code, "unknown_id");
  const before = (await call("GET", "/api/slice/dokploy", { session, user: "olivia" })).body.fingerprint;
  const preview = await call("POST", "/api/preview/dokploy/updateMemberAccess", { session, user: "olivia", body: { args: ["maya", { canDeleteServices: true }] } });
  assert.equal(preview.status, 200);
  assert.ok(preview.body.total >= 1);
  assert.ok(preview.body.changes.every((c) => c.user === "maya" && c.id === "service.delete" && c.gains === true));
  assert.equal((await call("GET", "/api/slice/dokploy", { session, user: "olivia" })).body.fingerprint, before, "nothing saved");
  const refused = await call("POST", "/api/preview/dokploy/removeMember", { session, user: "maya", body: { args: ["olivia"] } });
  assert.equal(refused.status, 403);
  const admin = await call("POST", "/api/who-can/portainer", { session, user: "1", body: { id: "container.start", target: { environmentId: "1" } } });
  assert.equal(admin.status, 200);
});

test("garbage of every kind is answered 4xx with a code, never 500 (randomized, bounded)", async () => {
  let seed = 0x2545f491;
  const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed >>> 0);
  const pick = (items) => items[next() % items.length];
  const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
  const PIECES = ["api", "state", "actions", "manage", "dokploy", "portainer", "kubernetes", "__proto__", "constructor",
    "prototype", "service.deploy", "createRole", "assignRole", "toJSON", "free", "load", "who-can", "preview", "..", "%2e%2e", "%2F", "%00", "%ZZ",
    "%C3%28", "é", "x".repeat(300), "", "pkg", "index.html", "web.js"];
  const BODIES = ["", "{", "null", "5", "\"text\"", "[]", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "{\"target\":7}",
    "{\"target\":{\"serviceId\":{\"$ne\":1}}}", "{\"args\":\"x\"}", "{\"args\":[null,null,null,null,null,null]}",
    "{\"args\":[{\"__proto__\":{\"x\":1}}]}", "{\"members\":[{\"userId\":\"u\",\"role\":\"owner\"}]}", "\u0000\u0001", "1e999",
    JSON.stringify({ target: { serviceId: "s".repeat(70_000) } }), "{\"a\":".repeat(500)];
  const deadline = Date.now() + 20_000;
  let sent = 0;
  for (let i = 0; i < 400 && Date.now() < deadline; i++) {
    const method = pick(METHODS);
    const path = "/" + Array.from({ length: next() % 5 }, () => pick(PIECES)).join("/");
    const headers = {};
    if (next() % 4) headers["x-demo-session"] = pick(["s1", "garbage", "__proto__", "constructor", "é".repeat(3)]);
    if (next() % 3) headers["x-demo-user"] = pick(["olivia", "maya", "", "__proto__", "ghost", "x".repeat(500)]);
    if (next() % 2) headers["content-type"] = pick(["application/json", "text/plain", "multipart/form-data; boundary=x"]);
    const body = method === "GET" || method === "OPTIONS" ? undefined : pick(BODIES);
    const where = `${method} ${path} ${JSON.stringify(headers)} ${String(body).slice(0, 60)}`;
    let response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body });
    } catch (error) {
      // A path the fetch client itself refuses to send is not a request the server saw.
      if (error instanceof TypeError && /Invalid URL|URL/.test(String(error.cause ?? error.message))) continue;
      throw error;
    }
    sent++;
    const text = await response.text();
    assert.ok(response.status < 500, `${where}: ${response.status} ${text.slice(0, 200)}`);
    if (response.status >= 400) {
      let answer;
      assert.doesNotThrow(() => (answer = JSON.parse(text)), `${where}: a JSON answer, got ${text.slice(0, 80)}`);
      assert.equal(typeof answer.code, "string", `${where}: a code`);
    }
  }
  assert.ok(sent > 100, `sent ${sent} requests`);
  // The server still answers as before.
  assert.equal((await call("PUT", "/api/state/dokploy", { session: "after", body: DOKPLOY_STATE })).status, 200);
});
