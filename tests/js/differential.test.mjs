// The same random states and calls answered by the packed package (wasm, under Node) and by
// the crate compiled natively (tests/tools/answer.rs): every answer, decision and error code
// must be identical. The calls include mutations, so the package's handle path is compared
// with the native value path after every kind of change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Dokploy, Portainer, PortcullisError } from "portcullis";
import { Dokploy as DokployAlone } from "portcullis/dokploy";
import { Portainer as PortainerAlone } from "portcullis/portainer";

const root = fileURLToPath(new URL("../../", import.meta.url));

function rng(seed) {
  let s = seed >>> 0 || 1;
  const next = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), (s >>> 0));
  return { next, pick: (items) => items[next() % items.length], chance: (n) => next() % n === 0 };
}

const DOKPLOY_IDS = ["p1", "p2", "e1", "e2", "s1", "s2", "s3", "g1", "v1", "nowhere"];
const FIELDS = ["projectId", "environmentId", "serviceId", "gitProviderId", "serverId"];
const FLAGS = ["canCreateProjects", "canDeleteProjects", "canCreateServices", "canDeleteServices", "canCreateEnvironments", "canDeleteEnvironments", "canAccessToTraefikFiles", "canAccessToDocker", "canAccessToAPI", "canAccessToSSHKeys", "canAccessToGitProviders"];
const LISTS = ["accessedProjects", "accessedEnvironments", "accessedServices", "accessedGitProviders", "accessedServers"];

function dokployCase(r) {
  const assignable = Dokploy.catalog().filter((e) => e.assignableToCustomRole);
  const roles = {};
  for (const name of ["alpha", "beta"].filter(() => r.chance(2))) {
    const permissions = {};
    for (const entry of assignable.filter(() => r.chance(6))) (permissions[entry.resource] ??= []).push(entry.action);
    roles[name] = permissions;
  }
  const roleNames = ["admin", "member", "member", ...Object.keys(roles)];
  const members = [{ userId: "u0", role: "owner" }];
  for (let i = 1; i < 2 + (r.next() % 5); i++) {
    const member = { userId: `u${i}`, role: r.pick(roleNames) };
    for (const flag of FLAGS) if (r.chance(3)) member[flag] = r.chance(2);
    for (const list of LISTS) if (r.chance(2)) member[list] = [...new Set(DOKPLOY_IDS.filter(() => r.chance(3)))];
    members.push(member);
  }
  const state = { licensed: r.chance(3) ? false : true, roles, members };
  const users = [...members.map((m) => m.userId), "ghost"];
  const permissions = Dokploy.catalog().map((e) => e.id);
  const calls = [];
  for (let i = 0; i < 60; i++) {
    const target = Object.fromEntries(FIELDS.filter(() => r.chance(3)).map((f) => [f, r.pick(DOKPLOY_IDS)]));
    const user = r.pick(users);
    const actor = r.pick(users);
    calls.push(r.pick([
      ["can", user, r.pick(permissions), target],
      ["explain", user, r.pick(permissions), target],
      ["allowed", user, target],
      ["permissions", user],
      ["fingerprint"],
    ]));
    if (r.chance(6)) {
      calls.push(r.pick([
        ["assignRole", actor, r.pick(users), r.pick([...roleNames, "owner", "nobody"])],
        ["removeMember", actor, r.pick(users)],
        ["recordCreated", r.pick(users), r.pick(FIELDS), r.pick(DOKPLOY_IDS)],
        ["createRole", actor, r.pick(["gamma", "alpha", "bad name"]), { service: ["read", "delete"], logs: ["read"] }],
        ["updateRole", actor, r.pick(["alpha", "beta", "gamma"]), { deployment: ["read"] }, r.pick([null, "delta", "beta"])],
        ["deleteRole", actor, r.pick(["alpha", "beta", "gamma", "delta"])],
        ["canAssignRole", actor, r.pick(users), r.pick(roleNames)],
        ["canRemoveMember", actor, r.pick(users)],
        ["canInvite", actor, r.pick([...roleNames, "owner"])],
      ]));
    }
  }
  calls.push(["toJSON"]);
  return { model: "dokploy", state, calls };
}

const ROLES = ["EA", "OP", "HD", "ST", "RO"];
const SETTINGS = ["disablePrivilegedMode", "disableHostPid", "disableDeviceMappings", "disableCapabilities", "disableBindMounts", "disableSysctls", "disableStacks", "enableVolumeBrowser"];

function portainerCase(r) {
  const teams = ["t1", "t2", "t3"].map((id) => ({ id }));
  const users = ["1", "2", "3", "4", "5", "6"].map((id) => {
    const user = { id };
    if (r.chance(6)) user.administrator = true;
    const mine = teams.map((t) => t.id).filter(() => r.chance(2));
    if (mine.length) user.teams = mine;
    return user;
  });
  const policies = (ids) => Object.fromEntries(ids.filter(() => r.chance(3)).map((id) => [id, r.pick(ROLES)]));
  const groups = [{ id: "g1", userPolicies: policies(users.map((u) => u.id)), teamPolicies: policies(teams.map((t) => t.id)) }];
  const registries = [{ id: "r1" }, { id: "r2" }];
  const environments = ["e1", "e2"].map((id) => ({
    id, kind: r.pick(["standalone", "swarm"]), ...(r.chance(2) ? { groupId: "g1" } : {}),
    userPolicies: policies(users.map((u) => u.id)), teamPolicies: policies(teams.map((t) => t.id)),
    securitySettings: Object.fromEntries(SETTINGS.filter(() => r.chance(2)).map((s) => [s, r.chance(2)])),
    registryAccess: { r1: { users: users.map((u) => u.id).filter(() => r.chance(3)), teams: teams.map((t) => t.id).filter(() => r.chance(3)) } },
  }));
  const control = () => r.pick([
    undefined,
    { public: true },
    { administratorsOnly: true },
    { users: users.map((u) => u.id).filter(() => r.chance(3)), teams: teams.map((t) => t.id).filter(() => r.chance(3)) },
  ]);
  const resources = [];
  const add = (resource) => {
    const c = control();
    resources.push(c ? { ...resource, control: c } : resource);
  };
  for (const env of environments) {
    const e = env.id;
    add({ type: "stack", id: `st-${e}`, environmentId: e });
    add({ type: "service", id: `sv-${e}`, environmentId: e, ...(r.chance(2) ? { stack: `st-${e}` } : {}) });
    add({ type: "container", id: `c1-${e}`, environmentId: e, stack: `st-${e}` });
    add({ type: "container", id: `c2-${e}`, environmentId: e, service: `sv-${e}` });
    add({ type: "volume", id: `vol-${e}`, environmentId: e });
    add({ type: "network", id: `net-${e}`, name: r.pick(["bridge", "host", "mynet"]), environmentId: e });
    add({ type: "secret", id: `sec-${e}`, environmentId: e });
  }
  const state = { users, teams, groups, environments, registries, resources };
  const operations = Portainer.catalog().map((e) => e.id);
  const resourceIds = [...resources.map((x) => x.id), "bridge", "none", "ghost"];
  const calls = [];
  for (let i = 0; i < 80; i++) {
    const target = { environmentId: r.pick(["e1", "e2", "e9"]) };
    if (r.chance(2)) target.resourceId = r.pick(resourceIds);
    if (r.chance(4)) target.registryId = r.pick(["r1", "r2", "r9"]);
    if (r.chance(5)) target.request = r.pick([{ privileged: true }, { pidMode: "host" }, { binds: ["/etc:/etc"] }, { capAdd: ["NET_ADMIN"] }, { sysctls: { a: "1" } }, { devices: ["/dev/x"] }, { privileged: false }]);
    const user = r.pick([...users.map((u) => u.id), "99"]);
    calls.push(r.pick([
      ["can", user, r.pick(operations), target],
      ["explain", user, r.pick(operations), target],
      ["allowed", user, target],
      ["roleOf", user, target.environmentId],
      ["canChangeOwnership", user, { environmentId: target.environmentId, resourceId: r.pick(resourceIds) }, control() ?? {}],
    ]));
  }
  calls.push(["toJSON"], ["fingerprint"]);
  return { model: "portainer", state, calls };
}

const PROCEDURES = Dokploy.procedures().map((p) => p.path);
const INPUT_FIELDS = ["applicationId", "composeId", "postgresId", "environmentId", "projectId", "serverId", "userId", "memberId", "role", "domainId", "backupId", "scheduleId", "scheduleType", "type", "id", "gitProviderId", "githubId", "env"];
const CONTEXT_NAMES = ["environment.projectId", "backup.serviceId", "domain.serviceId", "schedule.serviceId", "schedule.scheduleType", "member.userId", "github.gitProviderId", "cloud"];

/** Dokploy's procedures and HTTP requests on random states: calls of random procedures with
 *  random inputs and contexts, and requests of every shape, some malformed. */
function dokployRequestCase(r) {
  const { state } = dokployCase(r);
  const users = [...state.members.map((m) => m.userId), "ghost"];
  const ids = [...DOKPLOY_IDS, "", 7, null];
  const input = () => Object.fromEntries(INPUT_FIELDS.filter(() => r.chance(4)).map((f) => [f, r.pick(f === "scheduleType" ? ["server", "dokploy-server", "application"] : f === "role" ? ["admin", "member", "owner", "alpha"] : ids)]));
  const context = () => r.chance(3) ? null : Object.fromEntries(CONTEXT_NAMES.filter(() => r.chance(2)).map((n) => [n, n === "cloud" ? r.chance(2) : r.pick([r.pick(DOKPLOY_IDS), null, { e1: "p1" }])]));
  const calls = [];
  for (let i = 0; i < 60; i++) {
    const user = r.pick(users);
    const procedure = r.pick(PROCEDURES);
    const body = { json: input() };
    calls.push(r.pick([
      ["explainCall", user, procedure, input(), context()],
      ["canCall", user, procedure, input(), context()],
      ["explainRequest", user, { method: "POST", url: `/api/trpc/${procedure}`, body: JSON.stringify(body) }, context()],
      ["explainRequest", user, { method: "GET", url: `https://d.example/api/trpc/${procedure},${r.pick(PROCEDURES)}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: body, 1: { json: input() } }))}` }, context()],
      ["explainRequest", user, { method: r.pick(["GET", "POST"]), url: `/api/${procedure}?applicationId=${r.pick(DOKPLOY_IDS)}`, body: input() }, context()],
      ["parseRequest", { method: r.pick(["GET", "POST", "PUT"]), url: r.pick([`/api/trpc/${procedure}`, "/api/trpc/x.y", `/api/${procedure}`, "/elsewhere"]), body: r.pick(["{", "", JSON.stringify(body), body]) }],
    ]));
  }
  return { model: "dokploy", state, calls };
}

const DOCKER_PATHS = ["containers/json", "containers/create", "containers/ID/start", "containers/ID/json", "containers/ID", "images/ghcr.io/org/app:1/json", "images/create", "volumes/ID", "networks/ID", "services/ID/update", "services/create", "secrets/ID", "configs", "info", "events", "containers/prune", "v2/browse/ls?volumeID=ID", "nowhere/at/all"];

/** Portainer's routes on random states: Docker API paths through the proxy, versioned or not,
 *  with creation bodies that ask for what the settings govern. */
function portainerRequestCase(r) {
  const { state } = portainerCase(r);
  const ids = state.resources.map((x) => x.id);
  const calls = [];
  for (let i = 0; i < 60; i++) {
    const path = r.pick(DOCKER_PATHS).replace("ID", r.pick(ids));
    const env = r.pick(["e1", "e2", "e9"]);
    const version = r.pick(["", "/v1.41", "/v1.45"]);
    const body = r.pick([undefined, "not json", { HostConfig: r.pick([{ Privileged: true }, { Binds: ["/:/h"] }, { PidMode: "host" }, { CapAdd: ["X"] }, {}]) }, { TaskTemplate: { ContainerSpec: { Mounts: [{ Type: "bind", Source: "/" }] } } }]);
    const request = { method: r.pick(["GET", "POST", "DELETE"]), url: `/api/endpoints/${env}/docker${version}/${path}`, ...(body === undefined ? {} : { body }) };
    const user = r.pick([...state.users.map((u) => u.id), "99"]);
    calls.push(r.pick([["explainRequest", user, request], ["canRequest", user, request], ["route", request]]));
  }
  return { model: "portainer", state, calls };
}

/** The questions of an organization's administrators — whoCan, accessOf, changes and the
 *  previews — on a random state: the full entry's alone. */
function auditCase(generate, model) {
  return (r) => {
    const { state } = generate(r);
    const { state: other } = generate(r);
    const users = model === "dokploy" ? state.members.map((m) => m.userId) : state.users.map((u) => u.id);
    const ids = (model === "dokploy" ? Dokploy : Portainer).catalog().map((e) => e.id);
    const targets = model === "dokploy"
      ? [null, ...DOKPLOY_IDS.flatMap((id) => FIELDS.map((f) => ({ [f]: id })))]
      : ["e1", "e2", "e9"].flatMap((e) => [{ environmentId: e }, ...state.resources.map((x) => ({ environmentId: e, resourceId: x.id })), { environmentId: e, registryId: "r1" }]);
    const calls = [];
    for (let i = 0; i < 12; i++) calls.push(["whoCan", r.pick(ids), r.pick(targets)]);
    for (const user of [...users, "ghost"]) calls.push(["accessOf", user]);
    calls.push(["changes", other], ["changes", JSON.stringify(state)]);
    if (model === "dokploy") {
      const actor = r.pick(users);
      calls.push(
        ["previewAssignRole", actor, r.pick(users), r.pick(["admin", "member", "alpha", "owner"])],
        ["previewUpdateMemberAccess", actor, r.pick(users), { canDeleteServices: true, accessedServices: ["s1", "s2"] }],
        ["previewRemoveMember", actor, r.pick(users)],
        ["previewCreateRole", actor, "gamma", { service: ["read", "delete"] }],
        ["previewUpdateRole", actor, r.pick(["alpha", "beta"]), { deployment: ["read", "create"] }, null],
        ["previewDeleteRole", actor, r.pick(["alpha", "beta"])],
        ["toJSON"],
      );
    }
    return { model, state, calls };
  };
}

/** The management mutators: a product entry holds none of them (a slice is read-only). */
const MUTATORS = ["createRole", "updateRole", "deleteRole", "assignRole", "removeMember", "updateMemberAccess", "recordCreated"];

/** The package's outcomes for a case, in the shape tests/tools/answer.rs writes, through the
 *  model class `Class` (of the full entry or the product's own). A product entry's authorizer
 *  follows the mutations as a browser does: the server (the full entry) makes each change, and
 *  the browser swaps in the state it answers with. */
function viaPackage({ model, state, calls }, Class, Server) {
  const outcome = (f) => {
    try {
      const answer = f();
      return { answer: answer === undefined ? null : answer };
    } catch (error) {
      assert.ok(error instanceof PortcullisError, String(error?.stack ?? error));
      return { error: { code: error.code, path: error.path } };
    }
  };
  let authorizer = null;
  const outcomes = [outcome(() => { authorizer = Class.load(state); return null; })];
  if (!authorizer) return outcomes;
  const server = Server === Class ? null : Server.load(state);
  for (const [method, ...args] of calls) {
    if (server !== null && MUTATORS.includes(method)) {
      const changed = outcome(() => server[method](...args));
      if (!changed.error) authorizer.replace(server.toJSON());
      outcomes.push(changed);
    } else {
      outcomes.push(outcome(() => authorizer[method](...args)));
    }
  }
  return outcomes;
}

function viaNative(cases) {
  const run = spawnSync("cargo", ["run", "--quiet", "--example", "answer"], { cwd: root, input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

for (const [model, generate, seed, builds, count, least = 5000] of [
  ["Dokploy", dokployCase, 0x9e3779b9, [["portcullis", Dokploy], ["portcullis/dokploy", DokployAlone, Dokploy]], 120],
  ["Portainer", portainerCase, 0x85ebca6b, [["portcullis", Portainer], ["portcullis/portainer", PortainerAlone, Portainer]], 120],
  ["Dokploy procedures and requests", dokployRequestCase, 0x27d4eb2f, [["portcullis", Dokploy]], 100],
  ["Portainer routes and requests", portainerRequestCase, 0x165667b1, [["portcullis", Portainer]], 100],
  ["Dokploy whoCan, accessOf, changes and previews", auditCase(dokployCase, "dokploy"), 0x2545f491, [["portcullis", Dokploy]], 40, 500],
  ["Portainer whoCan, accessOf and changes", auditCase(portainerCase, "portainer"), 0x61c88647, [["portcullis", Portainer]], 30, 500],
]) {
  test(`${model}: random states and calls decide identically natively and in wasm, through every build that holds it`, () => {
    const r = rng(seed);
    const cases = Array.from({ length: count }, () => generate(r));
    const native = viaNative(cases);
    for (const [entry, Class, Server = Class] of builds) {
      let compared = 0;
      cases.forEach((c, i) => {
        const wasm = viaPackage(c, Class, Server);
        assert.equal(wasm.length, native[i].length, `${entry}, case ${i}: number of outcomes`);
        wasm.forEach((outcome, j) => {
          assert.deepEqual(outcome, native[i][j], `${entry}, case ${i}, ${j === 0 ? "load" : JSON.stringify(c.calls[j - 1])}`);
          compared++;
        });
      });
      assert.ok(compared > least, `${entry}: compared ${compared} outcomes`);
    }
  });
}
