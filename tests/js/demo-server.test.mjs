// The demo server's API (scripts/serve.mjs) without a browser: it loads each session's state
// with the package in Node and gates every action with it, as a user's own service would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";
import { DOKPLOY_STATE, PORTAINER_STATE } from "../../www/samples.js";

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

test("sessions are separate: another session's state is not used", async () => {
  const other = await call("POST", "/api/actions/dokploy/service.deploy", { session: "s2", user: "ci-bot", body: {} });
  assert.equal(other.status, 409);
  assert.equal(other.body.code, "no_state");
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
