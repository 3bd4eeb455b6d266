// The packed npm package, installed like a user installs it, under Node's test runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Dokploy, Portainer, PortcullisError, version } from "portcullis";
import { dokployState, portainerState } from "./fixtures.mjs";

const reference = (name) => JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), "utf8"));
const manifest = createRequire(import.meta.url)("portcullis/package.json");

test("version is the package version", () => {
  assert.equal(version(), manifest.version);
});

test("each runtime entry is one module: it imports only what its platform provides", () => {
  // A fresh process pays for each module an import reaches (its cold start), and a browser
  // without a bundler fetches each in turn.
  const dir = new URL("./node_modules/portcullis/", import.meta.url);
  for (const build of ["", "dokploy/", "portainer/"]) {
    // Node's `fs` comes from `process.getBuiltinModule`: importing `node:fs` builds its ES module
    // namespace, over a millisecond of a fresh process.
    for (const [file, allowed] of [["node.js", []], ["index.js", []], ["edge.js", ["./portcullis_bg.wasm"]], ["web.js", []]]) {
      const text = readFileSync(new URL(build + file, dir), "utf8");
      const imported = [...text.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
      assert.deepEqual(imported, allowed, `${build}${file}`);
    }
  }
});

test("web entries' init() and initSync() take every form a runtime hands a module over in, and refuse a foreign module", () => {
  // Each case in a fresh process: a module is instantiated once per entry.
  const cases = {
    bytes: `const e = await init(wasm); console.log(e === await init(), Dokploy.load(state).can("o", "tag.read"));`,
    "a promise of a Response": `await init(Promise.resolve(new Response(wasm, { headers: { "content-type": "application/wasm" } }))); console.log(Dokploy.load(state).can("o", "tag.read"));`,
    "a Response served with another type": `const warned = []; console.warn = (m) => warned.push(m); await init(new Response(wasm)); console.log(Dokploy.load(state).can("o", "tag.read"), warned.length === 1 && /application\\/wasm/.test(warned[0]));`,
    "a failed fetch, then the bytes": `const r = await init(new Response("gone", { status: 404, statusText: "Not Found" })).then(() => "loaded", (e) => e.message); await init({ module_or_path: wasm }); console.log(/fetching the module failed: 404/.test(r), Dokploy.load(state).can("o", "tag.read"));`,
    "initSync, then init": `const e = initSync({ module: wasm }); console.log(e === await init(), e === initSync(new WebAssembly.Module(wasm)), Dokploy.load(state).can("o", "tag.read"));`,
    "a foreign module": `try { initSync(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 7, 1, 1, 109, 1, 102, 0, 0)); console.log("instantiated"); } catch (e) { console.log(/imports \`m\\.f\`/.test(e.message), /different builds/.test(e.message)); }`,
  };
  const expected = { bytes: "true true", "a promise of a Response": "true", "a Response served with another type": "true true", "a failed fetch, then the bytes": "true true", "initSync, then init": "true true true", "a foreign module": "true true" };
  for (const [name, body] of Object.entries(cases)) {
    const script = `import { readFileSync } from "node:fs";
import init, { initSync, Dokploy } from "portcullis/dokploy/web";
const wasm = readFileSync(new URL(import.meta.resolve("portcullis/dokploy/portcullis_bg.wasm")));
const state = { members: [{ userId: "o", role: "owner" }] };
${body}`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: fileURLToPath(new URL(".", import.meta.url)), encoding: "utf8" });
    assert.equal(run.stdout.trim(), expected[name], `${name}: ${run.stdout}${run.stderr}`);
  }
});

test("the Node entry says which Node it needs where process.getBuiltinModule is missing", () => {
  for (const entry of ["portcullis", "portcullis/dokploy", "portcullis/portainer"]) {
    const script = `delete process.getBuiltinModule; try { await import(${JSON.stringify(entry)}); console.log("loaded"); } catch (error) { console.log(error.message); }`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: fileURLToPath(new URL(".", import.meta.url)), encoding: "utf8" });
    assert.match(run.stdout, /the package needs Node 20\.16 or later/, `${entry}: ${run.stdout}${run.stderr}`);
  }
});


test("the full entry's two modules, for Node and for bundlers, are one build: the same answers and the same errors", async () => {
  // Node reads a module optimised for speed; bundlers, workerd and browsers ship one optimised
  // for size. The same glue drives both, so everything a caller sees must be the same.
  const dir = new URL("./node_modules/portcullis/", import.meta.url);
  assert.match(readFileSync(new URL("node.js", dir), "utf8"), /"\.\/portcullis_node_bg\.wasm"/);
  for (const file of ["index.js", "web.js"]) assert.doesNotMatch(readFileSync(new URL(file, dir), "utf8"), /portcullis_node_bg/, file);
  const web = await import("portcullis/web");
  web.initSync({ module: readFileSync(new URL("portcullis_bg.wasm", dir)) });
  const answers = (entry) => {
    const org = entry.Dokploy.load(dokployState);
    const docker = entry.Portainer.load(portainerState);
    const out = [];
    for (const user of ["u1", "u2", "u3", "u4", "nobody"]) {
      out.push(org.permissions(user), org.allowed(user, { serviceId: "s1" }), org.explain(user, "deployment.create", { serviceId: "s2" }));
      out.push(org.explainCall(user, "application.deploy", { applicationId: "s1" }), org.canRemoveMember(user, "u3"));
    }
    for (const user of ["1", "2", "3", "nobody"]) {
      for (const environmentId of ["e1", "e2"]) out.push(docker.allowed(user, { environmentId }), docker.roleOf(user, environmentId));
      out.push(docker.explain(user, "container.start", { environmentId: "e1", resourceId: "c1" }), docker.sliceJSON(user === "nobody" ? "3" : user));
    }
    out.push(org.sliceJSON("u3"), org.fingerprint(), docker.fingerprint(), docker.whoCan("container.start", { environmentId: "e1", resourceId: "c1" }));
    for (const state of ["{", "[]", '{"members":[]}', '{"members":[{"userId":"a","role":"owner","canDeleteServices":1}]}']) {
      try {
        entry.Dokploy.load(state);
        out.push("loaded");
      } catch (error) {
        out.push([error.name, error.code, error.path, error.message]);
      }
    }
    return out;
  };
  assert.deepEqual(answers(web), answers({ Dokploy, Portainer }));
});
test("Dokploy: can, explain, allowed and permissions on the API.md example", () => {
  const org = Dokploy.load(dokployState);
  assert.equal(org.can("u3", "deployment.create", { serviceId: "s1" }), true);
  assert.equal(org.can("u3", "deployment.create", { serviceId: "s2" }), false);
  const d = org.explain("u3", "deployment.create", { serviceId: "s2" });
  assert.equal(d.allowed, false);
  assert.equal(d.code, "out_of_scope");
  assert.equal(d.scope, "serviceId");
  assert.match(d.message, /accessedServices/);
  assert.deepEqual(org.explain("u2", "service.create", { projectId: "p1" }).via, "canCreateServices");
  assert.equal(org.explain("u1", "organization.delete").code, "administrator");
  assert.equal(org.explain("u4", "organization.delete").code, "no_permission");
  assert.equal(org.explain("nobody", "service.read", { serviceId: "s1" }).code, "unknown_user");
  assert.equal(org.explain("u2", "service.read").code, "missing_scope");
  assert.deepEqual(org.allowed("u3", { serviceId: "s1" }), ["service.read", "deployment.read", "deployment.create", "deployment.cancel"]);
  assert.deepEqual(org.permissions("u3"), ["service.read", "deployment.read", "deployment.create", "deployment.cancel"]);
  const catalog = org.catalog();
  assert.equal(catalog.length, 94);
  assert.deepEqual(catalog.find((p) => p.id === "deployment.create").label, "Deploy");
});

test("Dokploy: the licence switch", () => {
  const org = Dokploy.load({ ...dokployState, licensed: false });
  const d = org.explain("u3", "deployment.create", { serviceId: "s1" });
  assert.equal(d.code, "unlicensed");
  assert.deepEqual(org.allowed("u3", { serviceId: "s1" }), []);
});

test("Dokploy: management calls decide, mutate and throw the refusing code", () => {
  const org = Dokploy.load(dokployState);
  assert.equal(org.canCreateRole("u1", "viewer", { service: ["read"] }).allowed, true);
  org.createRole("u1", "viewer", { service: ["read"] });
  org.assignRole("u1", "u2", "viewer");
  assert.equal(org.canDeleteRole("u1", "viewer").code, "role_in_use");
  assert.throws(() => org.deleteRole("u1", "viewer"), (e) => e instanceof PortcullisError && e.code === "role_in_use");
  org.updateRole("u1", "viewer", { service: ["read"], logs: ["read"] }, "reader");
  assert.equal(org.toJSON().members.find((m) => m.userId === "u2").role, "reader");
  assert.equal(org.canAssignRole("u2", "u2", "member").code, "no_permission");
  assert.equal(org.canAssignRole("u4", "u4", "member").code, "self_role_change");
  assert.equal(org.canInvite("u4", "owner").code, "owner_role");
  assert.equal(org.canRemoveMember("u4", "u1").code, "owner_protected");
  const bad = org.canCreateRole("u1", "x", { ac: ["read"] });
  assert.equal(bad.code, "internal_resource");
  assert.equal(bad.path, "permissions.ac");
  assert.deepEqual(Object.keys(org.presets()), ["viewer", "developer", "deployer", "devops"]);
  const grant = org.recordCreated("u3", "serviceId", "s7");
  assert.deepEqual(grant, { userId: "u3", list: "accessedServices", id: "s7" });
  assert.equal(org.can("u3", "deployment.create", { serviceId: "s7" }), true);
});

test("Dokploy: toJSON round-trips and the fingerprint is stable", () => {
  const org = Dokploy.load(JSON.stringify(dokployState));
  assert.deepEqual(org.toJSON(), dokployState);
  const again = Dokploy.load(org.toJSON());
  assert.equal(again.fingerprint(), org.fingerprint());
  assert.match(org.fingerprint(), /^sha256:[0-9a-f]{64}$/);
  assert.notEqual(Dokploy.load({ ...dokployState, licensed: false }).fingerprint(), org.fingerprint());
});

test("Portainer: decisions on the API.md example", () => {
  const p = Portainer.load(portainerState);
  assert.equal(p.roleOf("2", "e1"), "ST");
  assert.equal(p.roleOf("1", "e1"), null);
  assert.equal(p.can("2", "container.start", { environmentId: "e1", resourceId: "c1" }), true);
  const inherited = p.explain("2", "container.start", { environmentId: "e1", resourceId: "c1" });
  assert.deepEqual(inherited.control, { source: "stack", resourceType: "stack", resourceId: "web" });
  assert.equal(p.explain("3", "container.inspect", { environmentId: "e1", resourceId: "c1" }).code, "no_resource_access");
  const privileged = p.explain("2", "container.create", { environmentId: "e1", request: { privileged: true } });
  assert.equal(privileged.code, "security_setting");
  assert.equal(privileged.setting, "privileged");
  assert.equal(p.can("2", "container.create", { environmentId: "e1", request: { privileged: false } }), true);
  assert.equal(p.explain("2", "service.list", { environmentId: "e1" }).code, "not_applicable");
  assert.equal(p.explain("3", "registry.update_repositories", { environmentId: "e1", registryId: "r1" }).code, "no_permission");
  assert.equal(p.explain("1", "image.delete", { environmentId: "e1" }).code, "administrator");
  assert.equal(p.canChangeOwnership("2", { environmentId: "e1", resourceId: "web" }, { public: true }).allowed, true);
  assert.equal(p.canChangeOwnership("2", { environmentId: "e1", resourceId: "web" }, { administratorsOnly: true }).code, "ownership_not_allowed");
  const page = p.allowed("2", { environmentId: "e1", resourceId: "c1" });
  assert.ok(page.includes("container.start") && !page.includes("image.delete"));
  assert.equal(p.catalog().length, 89);
  assert.equal(p.matrix().operations.length, 89);
  assert.deepEqual(p.toJSON(), portainerState);
});

test("Portainer: every reference row for every role through the package", () => {
  const rows = reference("portainer-docker.json").operations;
  const roles = ["EA", "OP", "HD", "ST", "RO"];
  let checked = 0;
  for (const role of roles) {
    const state = {
      users: [{ id: "u" }],
      environments: ["standalone", "swarm"].map((kind) => ({ id: kind, kind, userPolicies: { u: role }, securitySettings: { enableVolumeBrowser: true }, registryAccess: { r: { users: ["u"] } } })),
      registries: [{ id: "r" }],
    };
    const p = Portainer.load(state);
    for (const row of rows) {
      for (const kind of ["standalone", "swarm"]) {
        const target = { environmentId: kind, ...(row.id.startsWith("registry.") ? { registryId: "r" } : {}) };
        const d = p.explain("u", row.id, target);
        const expected = row.environment !== "any" && row.environment !== kind ? "not_applicable" : row.roles.includes(role) ? "granted" : "no_permission";
        assert.equal(d.code, expected, `${role} ${row.id} on ${kind}: ${d.message}`);
        assert.equal(p.can("u", row.id, target), expected === "granted");
        checked++;
      }
    }
  }
  assert.equal(checked, 89 * 5 * 2);
});

test("errors are PortcullisError with code, message and path", () => {
  assert.throws(
    () => Dokploy.load({ members: [{ userId: "u1", role: "owner" }, { userId: "u2", role: "boss" }] }),
    (e) => e instanceof PortcullisError && e instanceof Error && e.code === "invalid_value" && e.path === "members[1].role" && /boss/.test(e.message),
  );
  assert.throws(() => Portainer.load("{ not json"), (e) => e instanceof PortcullisError && e.code === "invalid_json");
  const org = Dokploy.load(dokployState);
  assert.throws(() => org.can("u1", "service.deploy"), (e) => e instanceof PortcullisError && e.code === "unknown_id");
  assert.throws(() => org.can("u1", "service.read", { serviceID: "s1" }), (e) => e.code === "invalid_argument" && e.path === "target.serviceID");
  const p = Portainer.load(portainerState);
  assert.throws(() => p.can("2", "contaner.start", { environmentId: "e1" }), (e) => e.code === "unknown_id");
});

test("CommonJS require() gets the same package (Node 20.19+ require(esm))", () => {
  const require = createRequire(import.meta.url);
  const cjs = require("portcullis");
  assert.equal(cjs.version(), version());
  assert.equal(cjs.Dokploy.load(dokployState).can("u3", "service.read", { serviceId: "s1" }), true);
  // The product entries too, each with its own module.
  const dokploy = require("portcullis/dokploy");
  assert.equal(dokploy.Dokploy.load(dokployState).can("u3", "service.read", { serviceId: "s1" }), true);
  assert.equal(dokploy.Portainer, undefined);
  const portainer = require("portcullis/portainer");
  assert.equal(portainer.Portainer.load({ users: [{ id: "2" }] }).roleOf("2", "e1"), null);
  assert.equal(portainer.Dokploy, undefined);
  assert.equal(dokploy.PortcullisError, cjs.PortcullisError);
});

test("a freed authorizer throws PortcullisError with code freed", () => {
  const org = Dokploy.load(dokployState);
  org.free();
  for (const call of [() => org.can("u1", "service.read", { serviceId: "s1" }), () => org.explain("u1", "tag.read"), () => org.toJSON(), () => org.createRole("u1", "x", {})]) {
    assert.throws(call, (e) => e instanceof PortcullisError && e.code === "freed");
  }
  org.free();
  const p = Portainer.load(portainerState);
  p.free();
  assert.throws(() => p.allowed("2", { environmentId: "e1" }), (e) => e instanceof PortcullisError && e.code === "freed");
});

test("catalogs, presets and the matrix need no state", () => {
  assert.equal(Dokploy.catalog().length, 94);
  assert.deepEqual(Object.keys(Dokploy.presets()), ["viewer", "developer", "deployer", "devops"]);
  assert.equal(Portainer.catalog().length, 89);
  assert.deepEqual(Portainer.matrix().roles.map((r) => r.code), ["EA", "OP", "HD", "ST", "RO"]);
});

test("the fast path (can, allowed) and the value path (explain) agree through random mutations", () => {
  let seed = 0x2545f491;
  const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed >>> 0);
  const pick = (items) => items[next() % items.length];
  const users = ["u1", "u2", "u3", "u4", "u5", "ghost"];
  const roles = ["member", "admin", "deployer", "viewer"];
  const ids = ["p1", "e1", "s1", "s2", "nowhere"];
  const fields = ["projectId", "environmentId", "serviceId", "gitProviderId", "serverId"];
  const org = Dokploy.load({ ...dokployState, members: [...dokployState.members, { userId: "u5", role: "member", accessedServices: ["s2"] }] });
  const catalog = Dokploy.catalog().map((e) => e.id);
  let changes = 0;
  let checked = 0;
  for (let round = 0; round < 250; round++) {
    const actor = pick(["u1", "u4"]);
    try {
      [
        () => org.assignRole(actor, pick(users), pick(roles)),
        () => org.removeMember(actor, pick(users)),
        () => org.recordCreated(pick(users), pick(fields), pick(ids)),
        () => org.createRole(actor, pick(roles), { service: ["read", "delete"] }),
        () => org.updateRole(actor, pick(roles), {}, pick(roles)),
        () => org.deleteRole(actor, pick(roles)),
        () => org.updateMemberAccess(actor, pick(users), { canCreateProjects: next() % 2 === 0, accessedServices: [pick(ids)] }),
      ][next() % 7]();
      changes++;
    } catch (error) {
      assert.ok(error instanceof PortcullisError, String(error));
    }
    for (let probe = 0; probe < 5; probe++) {
      const user = pick(users);
      // No target at all too: organization-wide checks have a lane of their own.
      const target = next() % 4 === 0 ? pick([undefined, null])
        : Object.fromEntries(fields.filter(() => next() % 3 === 0).map((f) => [f, pick(ids)]));
      const page = org.allowed(user, target);
      for (const id of catalog) {
        const decision = org.explain(user, id, target);
        assert.equal(org.can(user, id, target), decision.allowed, `${user} ${id} ${JSON.stringify(target)}`);
        assert.equal(page.includes(id), decision.allowed, `allowed(${user}) ${id}`);
        checked++;
      }
    }
  }
  assert.ok(changes > 20, `${changes} changes took effect`);
  assert.ok(checked > 50_000);
});

test("an allowed() page handed out cannot change what the next call answers", () => {
  const org = Dokploy.load(dokployState);
  const first = org.allowed("u3", { serviceId: "s1" });
  first.push("organization.delete");
  first[0] = "tampered";
  assert.deepEqual(org.allowed("u3", { serviceId: "s1" }), ["service.read", "deployment.read", "deployment.create", "deployment.cancel"]);
});

test("getters that throw, proxies and revoked proxies are refused with a PortcullisError, and the authorizer stays usable", () => {
  const org = Dokploy.load(dokployState);
  const p = Portainer.load(portainerState);
  const throwing = { get serviceId() { throw new Error("boom"); } };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = new Proxy({}, { ownKeys() { throw new Error("trap"); } });
  const huge = new Proxy([], { get: (t, k) => (k === "length" ? 4e9 : Reflect.get(t, k)) });
  const refused = (call, path) =>
    assert.throws(call, (e) => e instanceof PortcullisError && e.code === "invalid_argument" && e.path === path, `${call}`);
  refused(() => org.can("u1", "service.read", throwing), "target.serviceId");
  refused(() => org.explain("u1", "service.read", throwing), "target.serviceId");
  refused(() => org.can("u1", "service.read", revoked.proxy), "target");
  refused(() => org.allowed("u1", trap), "target");
  refused(() => p.can("2", "container.create", { environmentId: "e1", request: { binds: huge } }), "target.request.binds");
  refused(() => p.canChangeOwnership("2", { environmentId: "e1", resourceId: "c1" }, { get public() { throw 1; } }), "newControl.public");
  assert.throws(() => Dokploy.load(new Proxy({}, { ownKeys() { throw new Error("no"); } })), (e) => e instanceof PortcullisError && e.code === "invalid_argument" && e.path === "state");
  // Nothing was left borrowed: both keep answering.
  assert.equal(org.can("u3", "deployment.create", { serviceId: "s1" }), true);
  assert.equal(p.can("2", "container.start", { environmentId: "e1", resourceId: "c1" }), true);
  org.createRole("u1", "viewer", { service: ["read"] });
  assert.equal(org.canDeleteRole("u1", "viewer").allowed, true);
});

test("a target getter that calls the same authorizer does not mix two targets", () => {
  const org = Dokploy.load(dokployState);
  // u2 may create services in p1 (service.create is checked against the projectId); the getter
  // of serviceId asks about another target while this one is being read.
  const inner = [];
  const target = {
    projectId: "p1",
    get serviceId() {
      inner.push(org.can("u2", "service.delete", { serviceId: "s2" }), org.allowed("u2", { serviceId: "s2" }).length);
      return "s1";
    },
  };
  const core = org.explain("u2", "service.create", { projectId: "p1", serviceId: "s1" }).allowed;
  assert.equal(core, true);
  for (let i = 0; i < 4; i++) {
    // Again and again: the first sight, the second (a slot), the memo.
    assert.equal(org.can("u2", "service.create", target), core, `round ${i}`);
    assert.ok(org.allowed("u2", target).includes("service.create"), `round ${i}`);
  }
  assert.ok(inner.length >= 8);
  const own = { serviceId: "s2" };
  const expected = [org.explain("u2", "service.delete", own).allowed, Dokploy.catalog().filter((e) => org.explain("u2", e.id, own).allowed).length];
  for (let i = 0; i < inner.length; i += 2) assert.deepEqual(inner.slice(i, i + 2), expected, "the inner call answered for its own target");
  // And with Portainer's fewer fields.
  const docker = Portainer.load(portainerState);
  const environment = { get environmentId() { docker.can("3", "container.start", { environmentId: "e1", resourceId: "nowhere" }); return "e1"; }, resourceId: "c1" };
  for (let i = 0; i < 3; i++) assert.equal(docker.can("2", "container.start", environment), docker.explain("2", "container.start", { environmentId: "e1", resourceId: "c1" }).allowed);
});

test("a target getter that changes the state is refused, never answered from the state before", () => {
  const org = Dokploy.load({ ...dokployState, roles: { ...dokployState.roles, viewer: { service: ["read"] } } });
  let flips = 0;
  const target = {
    get serviceId() {
      // Each read moves u3 between the deployer and viewer roles.
      org.assignRole("u1", "u3", flips++ % 2 === 0 ? "viewer" : "deployer");
      return "s1";
    },
  };
  for (let i = 0; i < 4; i++) {
    // The fast path sees the state change under it and leaves the call to the core, which
    // refuses a target that changes the authorizer while it is read.
    assert.throws(() => org.can("u3", "deployment.create", target),
      (e) => e instanceof PortcullisError && e.code === "invalid_argument" && e.path === "target.serviceId", `round ${i}`);
  }
  assert.ok(flips >= 4);
  // The authorizer stays usable, and its memo follows the state the getters left.
  for (const id of ["deployment.create", "service.read"]) {
    assert.equal(org.can("u3", id, { serviceId: "s1" }), org.explain("u3", id, { serviceId: "s1" }).allowed);
  }
});

test("a cyclic object is refused, not a stack overflow", () => {
  const org = Dokploy.load(dokployState);
  const cyclic = { service: ["read"] };
  cyclic.self = cyclic;
  assert.throws(() => org.canCreateRole("u1", "x", cyclic), (e) => e instanceof PortcullisError && e.code === "invalid_argument");
  const state = { members: [{ userId: "u1", role: "owner" }] };
  state.members[0].self = state;
  assert.throws(() => Dokploy.load(state), (e) => e instanceof PortcullisError && e.code === "limit_exceeded");
});

test("remembered pages stay within PAGE_CACHE_SIZE under any access pattern and answer as the core does", async () => {
  const { PAGE_CACHE_SIZE } = await import("portcullis");
  assert.equal(PAGE_CACHE_SIZE, 4096);
  const services = Array.from({ length: 5000 }, (_, i) => `s${i}`);
  const org = Dokploy.load({ members: [{ userId: "o", role: "owner" }, { userId: "m", role: "member", accessedServices: services.filter((_, i) => i % 2 === 0) }] });
  let most = 0;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < services.length; i++) {
      const target = { serviceId: services[(i * 7919 + round) % services.length] };
      assert.equal(org.can("m", "service.read", target), org.explain("m", "service.read", target).allowed);
      most = Math.max(most, org.cachedPages);
    }
  }
  assert.ok(most <= PAGE_CACHE_SIZE, `held ${most} pages`);
  assert.ok(most > 100, "pages are remembered");
  // Ids the state has never seen share one page (they can match nothing), and stay right.
  for (let i = 0; i < 10_000; i++) assert.equal(org.can("m", "service.read", { serviceId: `new-${i}` }), false);
  assert.ok(org.cachedPages <= PAGE_CACHE_SIZE);
  // Every change of state forgets every page.
  org.recordCreated("m", "serviceId", "s1");
  assert.equal(org.cachedPages, 0);
  assert.equal(org.can("m", "service.read", { serviceId: "s1" }), true);
});

test("a product entry's pages: keyed by each field's name and id, read once, and answered as the core does", async () => {
  const { Dokploy: Kernel, PortcullisError: KernelError } = await import("portcullis/dokploy");
  const { Portainer: PortainerKernel } = await import("portcullis/portainer");
  // Swapped ids, and one id under another field's name, are other targets.
  const docker = PortainerKernel.load({
    users: [{ id: "u", name: "u" }],
    environments: [{ id: "e1", kind: "standalone", userPolicies: { u: "ST" } }, { id: "e2", kind: "standalone" }],
    registries: [{ id: "e2" }],
    resources: [{ type: "container", id: "e2", environmentId: "e1", control: { users: ["u"] } }, { type: "container", id: "e1", environmentId: "e2", control: { users: ["u"] } }],
  });
  const mine = { environmentId: "e1", resourceId: "e2" };
  assert.equal(docker.can("u", "container.start", mine), true);
  assert.equal(docker.can("u", "container.start", { environmentId: "e2", resourceId: "e1" }), false);
  assert.equal(docker.can("u", "container.start", { resourceId: "e2", environmentId: "e1" }), true, "the fields in another order");
  for (const target of [mine, { environmentId: "e1", registryId: "e2" }, { environmentId: "e2", registryId: "e1" }, { environmentId: "e1" }]) {
    for (const id of ["container.start", "container.inspect", "registry.inspect", "registry.browse"]) {
      assert.equal(docker.can("u", id, target), docker.explain("u", id, target).allowed, `${id} ${JSON.stringify(target)}`);
    }
  }
  assert.equal(docker.can("u", "container.start", mine), true, "asked again");

  // A getter that asks about another target while this one is read: each call is answered
  // for its own target, and nothing kept mixes the two.
  const withRegistry = PortainerKernel.load({
    users: [{ id: "u", name: "u" }],
    environments: [{ id: "e1", kind: "standalone", userPolicies: { u: "ST" }, registryAccess: { r1: { users: ["u"] } } }],
    registries: [{ id: "r1" }, { id: "r2" }],
  });
  for (const [id, registryId] of [["registry.inspect", "r2"], ["registry.browse", "r2"], ["registry.update_repositories", "r1"]]) {
    const inner = { environmentId: "e1", registryId };
    const outer = { get environmentId() { withRegistry.can("u", id, inner); return "e1"; } };
    const plain = { environmentId: "e1" };
    const expected = withRegistry.explain("u", id, plain).allowed;
    assert.notEqual(withRegistry.explain("u", id, inner).allowed, expected, `${id}: the registry changes the answer`);
    assert.equal(withRegistry.can("u", id, outer), expected, `${id} through a getter`);
    assert.equal(withRegistry.can("u", id, plain), expected, `${id} asked again`);
    assert.equal(withRegistry.can("u", id, inner), withRegistry.explain("u", id, inner).allowed, `${id} on the registry`);
  }

  const org = Kernel.load({ members: [{ userId: "o", role: "owner" }, { userId: "m", role: "member", accessedServices: ["s1"], accessedProjects: ["s2"] }] });
  assert.equal(org.can("m", "service.read", { serviceId: "s1" }), true);
  assert.equal(org.can("m", "service.read", { serviceId: "s2" }), false);
  // Without a target, and with an empty one, each as the core reads it.
  for (const target of [undefined, {}]) assert.equal(org.can("m", "service.read", target), org.explain("m", "service.read", target).allowed);
  // A target whose id changes at each read: the page it gets is for the id that was read, so
  // the plain targets keep their own answers after any number of such calls.
  let reads = 0;
  const fickle = { get serviceId() { return reads++ % 2 === 0 ? "s1" : "s2"; } };
  for (let i = 0; i < 9; i++) org.can("m", "service.read", fickle);
  assert.ok(reads >= 9);
  assert.equal(org.can("m", "service.read", { serviceId: "s1" }), true);
  assert.equal(org.can("m", "service.read", { serviceId: "s2" }), false);
  // What is no string id is the core's to refuse, with its path.
  assert.throws(() => org.can("m", "service.read", { serviceId: 5 }), (e) => e instanceof KernelError && e.code === "invalid_argument" && e.path === "target.serviceId");
  assert.throws(() => org.can("m", "service.read", { get serviceId() { throw new Error("no"); } }), (e) => e instanceof KernelError && e.path === "target.serviceId");
  // A getter may not change the state while the target is read.
  const everyone = { members: [{ userId: "o", role: "owner" }, { userId: "m", role: "admin" }] };
  assert.throws(() => org.can("m", "service.read", { get serviceId() { org.replace(everyone); return "s2"; } }), (e) => e instanceof KernelError && e.code === "invalid_argument");
  assert.equal(org.can("m", "service.read", { serviceId: "s2" }), false, "the state did not change");
  org.replace(everyone);
  assert.equal(org.can("m", "service.read", { serviceId: "s2" }), true, "a change forgets every page");
});

test("Portainer: the memo agrees with the core through random states, targets and users", () => {
  let seed = 0x6a09e667;
  const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed >>> 0);
  const pick = (items) => items[next() % items.length];
  const ROLES = ["EA", "OP", "HD", "ST", "RO"];
  const operations = Portainer.catalog().map((e) => e.id);
  let checked = 0;
  for (let round = 0; round < 12; round++) {
    const users = ["1", "2", "3", "4", "5"].map((id) => ({ id, ...(next() % 7 === 0 ? { administrator: true } : {}), teams: ["t1", "t2"].filter(() => next() % 2) }));
    const policies = (ids) => Object.fromEntries(ids.filter(() => next() % 2).map((id) => [id, pick(ROLES)]));
    const environments = ["e1", "e2"].map((id) => ({
      id, kind: pick(["standalone", "swarm"]), userPolicies: policies(users.map((u) => u.id)), teamPolicies: policies(["t1", "t2"]),
      securitySettings: { disablePrivilegedMode: next() % 2 === 0, disableStacks: next() % 3 === 0, enableVolumeBrowser: next() % 2 === 0 },
      registryAccess: { r1: { users: users.map((u) => u.id).filter(() => next() % 2), teams: [] } },
    }));
    const control = () => pick([undefined, { public: true }, { users: [pick(users).id] }, { teams: [pick(["t1", "t2"])] }]);
    const resources = [];
    for (const e of ["e1", "e2"]) {
      resources.push({ type: "stack", id: `web-${e}`, environmentId: e, ...(control() ? { control: control() } : {}) });
      resources.push({ type: "container", id: `c1-${e}`, environmentId: e, stack: `web-${e}` });
      resources.push({ type: "volume", id: `v-${e}`, environmentId: e, ...(control() ? { control: control() } : {}) });
      resources.push({ type: "network", id: `n-${e}`, name: pick(["bridge", "mine"]), environmentId: e });
    }
    const docker = Portainer.load({ users, teams: [{ id: "t1" }, { id: "t2" }], environments, registries: [{ id: "r1" }], resources });
    const resourceIds = [...resources.map((r) => r.id), "ghost", "bridge"];
    // Targets kept and asked about again (the memo), and fresh objects (first sights).
    const kept = Array.from({ length: 6 }, () => ({ environmentId: pick(["e1", "e2", "e9"]), ...(next() % 2 ? { resourceId: pick(resourceIds) } : {}) }));
    for (let probe = 0; probe < 150; probe++) {
      const user = pick([...users.map((u) => u.id), "99"]);
      const target = next() % 2 ? pick(kept) : { environmentId: pick(["e1", "e2"]), ...(next() % 2 ? { resourceId: pick(resourceIds) } : {}), ...(next() % 5 === 0 ? { registryId: pick(["r1", "r2"]) } : {}) };
      const page = docker.allowed(user, target);
      for (let k = 0; k < 6; k++) {
        const id = pick(operations);
        const decision = docker.explain(user, id, target);
        assert.equal(docker.can(user, id, target), decision.allowed, `${user} ${id} ${JSON.stringify(target)}`);
        assert.equal(page.includes(id), decision.allowed, `allowed(${user}) ${id} ${JSON.stringify(target)}`);
        checked++;
      }
    }
    docker.free();
  }
  assert.ok(checked > 10_000, `checked ${checked}`);
});

test("any number of ids never seen before cross as strings, and the answers stay the core's", () => {
  // 150,000 distinct ids, each asked about once, between ids asked about again and again.
  const held = Array.from({ length: 100 }, (_, i) => `s${i * 1500}`);
  const org = Dokploy.load({ members: [{ userId: "o", role: "owner" }, { userId: "m", role: "member", accessedServices: held }] });
  const fingerprint = org.fingerprint();
  for (let i = 0; i < 150_000; i++) {
    const target = { serviceId: `s${i}` };
    const expected = i % 1500 === 0;
    if (org.can("m", "service.read", target) !== expected) assert.fail(`s${i}`);
    if (i % 9973 === 0) {
      for (const id of held.slice(0, 5)) assert.equal(org.can("m", "service.read", { serviceId: id }), true, id);
      assert.equal(org.can("m", "service.read", { serviceId: "s1" }), false);
      assert.ok(org.allowed("m", { serviceId: "s0" }).includes("service.read"));
      assert.ok(!org.allowed("m", { serviceId: "s1" }).includes("service.read"));
    }
  }
  assert.equal(org.fingerprint(), fingerprint, "asking changes no state");
  assert.ok(org.cachedPages <= 4096);
  // Users are asked about as strings too, unknown ones included.
  for (let i = 0; i < 1000; i++) assert.equal(org.can(`ghost${i}`, "service.read", { serviceId: "s0" }), false);
  assert.equal(org.can("o", "service.delete", { serviceId: "s0" }), true);
});

test("a check without a target right after one with a target is decided without it", () => {
  // The user's organization-wide slot is found without reading a target; the ids of the target
  // read just before must not cross with it.
  const org = Dokploy.load(dokployState);
  const ids = Dokploy.catalog().map((e) => e.id);
  let differ = 0;
  for (const user of ["u2", "u3"]) {
    org.can(user, "tag.read");
    for (const id of ids) {
      const scoped = { serviceId: "s1" };
      assert.equal(org.can(user, id, scoped), org.explain(user, id, scoped).allowed, `${user} ${id} on s1`);
      const bare = org.explain(user, id).allowed;
      assert.equal(org.can(user, id), bare, `${user} ${id} without a target`);
      if (bare !== org.explain(user, id, scoped).allowed) differ++;
    }
  }
  assert.ok(differ > 0, "some answers depend on the target");
});

test("the answers kept for the user asked about last without a target stay that user's, whatever takes their slot", () => {
  // An owner and a member, each asked about every id without a target, between floods of
  // other pairs that claim slot after slot (each asked twice, so each takes one): every
  // answer must be the core's for the user asked, even once the owner's slot went to another
  // pair and a member's organization-wide checks took it over.
  const services = Array.from({ length: 3000 }, (_, i) => `s${i}`);
  const org = Dokploy.load({ members: [{ userId: "o", role: "owner" }, { userId: "m", role: "member", accessedServices: services.slice(0, 10) }] });
  const ids = Dokploy.catalog().map((e) => e.id);
  const expected = Object.fromEntries(["o", "m"].map((user) => [user, ids.map((id) => org.explain(user, id).allowed)]));
  assert.notDeepEqual(expected.o, expected.m);
  for (let round = 0; round < 4; round++) {
    const [other, last] = round % 2 ? ["o", "m"] : ["m", "o"];
    for (const user of [other, last]) {
      for (let twice = 0; twice < 2; twice++) {
        ids.forEach((id, i) => assert.equal(org.can(user, id), expected[user][i], `${user} ${id} round ${round}`));
      }
    }
    // The other user on services the member may not read: answers unlike the last user's.
    for (const serviceId of services.slice(10)) {
      for (let twice = 0; twice < 2; twice++) org.can(other, "service.read", { serviceId });
    }
    ids.forEach((id, i) => assert.equal(org.can(last, id), expected[last][i], `${last} ${id} after the flood, round ${round}`));
  }
});

test("ids that share a slot's hash never answer for one another", () => {
  // Same length, same first and last eight characters: one hash for long ids, so they take
  // turns in one slot; each answer must still be its own pair's.
  const id = (middle) => `service-${middle}-00000001`;
  const org = Dokploy.load({ members: [{ userId: "o", role: "owner" }, { userId: "m", role: "member", accessedServices: [id("a")] }] });
  for (let round = 0; round < 4; round++) {
    for (const middle of ["a", "b", "c"]) {
      const target = { serviceId: id(middle) };
      assert.equal(org.can("m", "service.read", target), middle === "a", `${middle} round ${round}`);
      assert.equal(org.allowed("m", target).includes("service.read"), middle === "a", `${middle} round ${round}`);
    }
  }
  // Users too: a long user id that matches another's ends.
  const user = (middle) => `user-12345678-${middle}-87654321`;
  const team = Dokploy.load({ members: [{ userId: "o", role: "owner" }, { userId: user("x"), role: "admin" }, { userId: user("y"), role: "member" }] });
  for (let round = 0; round < 4; round++) {
    assert.equal(team.can(user("x"), "member.delete"), true, `round ${round}`);
    assert.equal(team.can(user("y"), "member.delete"), false, `round ${round}`);
    assert.equal(team.can(user("z"), "member.delete"), false, `round ${round}`);
  }
});

test("a page is never served for a prototype-polluted or inherited target field", () => {
  const org = Dokploy.load(dokployState);
  const inherited = Object.create({ serviceId: "s1" });
  assert.equal(org.can("u3", "deployment.create", inherited), org.explain("u3", "deployment.create", inherited).allowed);
  assert.equal(org.can("u3", "deployment.create", inherited), false);
});

test("subscribe: a listener runs after every change of state, never after a refused one, and can leave", () => {
  const org = Dokploy.load(dokployState);
  let runs = 0;
  const unsubscribe = org.subscribe(() => { runs++; });
  org.createRole("u1", "viewer", { service: ["read"] });
  assert.equal(runs, 1);
  assert.throws(() => org.createRole("u3", "other", { service: ["read"] }), (e) => e.code === "no_permission");
  assert.throws(() => org.replace({ members: [] }), (e) => e.code === "owner_count");
  assert.equal(runs, 1, "a refused change tells no one");
  org.replace({ members: [{ userId: "u1", role: "owner" }, { userId: "u3", role: "admin" }] });
  assert.equal(runs, 2);
  // The answers are the new state's, and the memo forgot the old ones.
  assert.equal(org.can("u3", "service.delete", { serviceId: "s9" }), true);
  unsubscribe();
  unsubscribe();
  org.assignRole("u1", "u3", "member");
  assert.equal(runs, 2, "an unsubscribed listener no longer runs");
  assert.throws(() => org.subscribe("not a function"), (e) => e instanceof PortcullisError && e.code === "invalid_argument" && e.path === "listener");
});

test("subscribe: a listener that throws breaks neither the authorizer nor the other listeners", () => {
  const docker = Portainer.load(portainerState);
  const reported = [];
  const saved = globalThis.reportError;
  globalThis.reportError = (error) => reported.push(error.message);
  try {
    const calls = [];
    docker.subscribe(() => { calls.push("first"); throw new Error("listener failed"); });
    docker.subscribe(() => calls.push("second"));
    docker.replace(portainerState);
    assert.deepEqual(calls, ["first", "second"]);
    assert.deepEqual(reported, ["listener failed"]);
    assert.equal(docker.roleOf("2", "e1"), Portainer.load(portainerState).roleOf("2", "e1"));
  } finally {
    globalThis.reportError = saved;
  }
});

test("replace: a browser swaps in a fresh slice under the same authorizer", () => {
  const server = Dokploy.load(dokployState);
  const browser = Dokploy.load(server.slice("u3"));
  let told = 0;
  browser.subscribe(() => told++);
  assert.equal(browser.can("u3", "deployment.create", { serviceId: "s1" }), true);
  server.assignRole("u1", "u3", "member");
  browser.replace(server.sliceJSON("u3"));
  assert.equal(told, 1);
  assert.equal(browser.sourceFingerprint(), server.fingerprint());
  assert.equal(browser.can("u3", "deployment.create", { serviceId: "s1" }), server.can("u3", "deployment.create", { serviceId: "s1" }));
  assert.throws(() => browser.assignRole("u1", "u3", "admin"), (e) => e.code === "read_only_slice");
  assert.equal(told, 1);
});
