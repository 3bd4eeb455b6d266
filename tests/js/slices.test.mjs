// Slices through the packed package: cut on the full entry (as a server does), loaded through
// the product entry (as a browser does); every call with the slice's user acting answers as
// the full state, other acting users are unknown, and a slice is read-only.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as full from "portcullis";
import { Dokploy as BrowserDokploy } from "portcullis/dokploy";
import { Portainer as BrowserPortainer } from "portcullis/portainer";

function rng(seed) {
  let s = seed >>> 0 || 1;
  const next = () => ((s ^= s << 13), (s ^= s >>> 17), (s ^= s << 5), s >>> 0);
  return { next, pick: (items) => items[next() % items.length], some: (items, n) => items.filter(() => next() % n === 0) };
}

const outcome = (f) => {
  try {
    const answer = f();
    return { answer: answer === undefined ? null : answer };
  } catch (error) {
    assert.ok(error instanceof full.PortcullisError, String(error?.stack ?? error));
    return { error: { code: error.code, path: error.path, message: error.message } };
  }
};

const IDS = ["p1", "e1", "s1", "g1", "g2", "v1", "nowhere"];
const FIELDS = ["projectId", "environmentId", "serviceId", "gitProviderId", "serverId"];
const FLAGS = ["canCreateServices", "canDeleteServices", "canAccessToGitProviders", "canAccessToDocker"];
const LISTS = ["accessedProjects", "accessedEnvironments", "accessedServices", "accessedGitProviders", "accessedServers"];

function dokployState(r) {
  const roles = {};
  for (const name of r.some(["alpha", "beta"], 2)) roles[name] = r.pick([{ service: ["read"], member: ["update"] }, { deployment: ["create"], gitProviders: ["read", "delete"] }, { member: ["create", "read"] }]);
  const members = [{ userId: "u0", role: "owner" }];
  for (let i = 1; i < 2 + (r.next() % 4); i++) {
    const member = { userId: `u${i}`, role: r.pick(["admin", "member", "member", ...Object.keys(roles)]) };
    for (const flag of r.some(FLAGS, 3)) member[flag] = true;
    for (const list of r.some(LISTS, 2)) member[list] = r.some(IDS, 3);
    members.push(member);
  }
  const gitProviders = ["g1", "g2"].map((gitProviderId) => ({ gitProviderId, userId: r.pick(["u0", "u1", "u2"]), sharedWithOrganization: r.next() % 3 === 0 }));
  return { licensed: r.next() % 3 !== 0, roles, members, gitProviders };
}

test("Dokploy: a slice cut on the server answers every call of its user as the full state, in the browser's entry", () => {
  const r = rng(0x51ce);
  const catalog = full.Dokploy.catalog().map((e) => e.id);
  let compared = 0;
  for (let round = 0; round < 40; round++) {
    const org = full.Dokploy.load(dokployState(r));
    for (const user of ["u0", "u1", "u2", "u3", "ghost"]) {
      const slice = org.slice(user);
      // The browser loads the text the server sends, or the object it parsed into.
      const sliced = BrowserDokploy.load(round % 2 ? org.sliceJSON(user) : slice);
      assert.equal(sliced.sourceFingerprint(), org.fingerprint());
      assert.equal(org.sourceFingerprint(), null);
      // A slice is small: JSON of a member's is well under 2 KB here.
      if (user !== "u0") assert.ok(JSON.stringify(slice).length < 2048);
      const calls = [["permissions", user]];
      for (let k = 0; k < 25; k++) {
        const target = Object.fromEntries(r.some(FIELDS, 3).map((f) => [f, r.pick(IDS)]));
        const id = r.pick(catalog);
        calls.push(["can", user, id, target], ["explain", user, id, target], ["allowed", user, target]);
      }
      for (const other of ["u0", "u1", "u2", "u3", "ghost"]) {
        const role = r.pick(["admin", "member", "alpha", "beta", "owner"]);
        calls.push(["canAssignRole", user, other, role], ["canRemoveMember", user, other], ["canUpdateMemberAccess", user, other],
          ["canInvite", user, role], ["canDeleteRole", user, role], ["canCreateRole", user, role, { service: ["read"] }],
          ["canUpdateRole", user, role, {}, r.pick([null, "gamma", "alpha"])], ["canEditDeployGitSource", user, r.pick(["g1", "g2", "g9"])]);
      }
      for (const [method, ...args] of calls) {
        assert.deepEqual(outcome(() => sliced[method](...args)), outcome(() => org[method](...args)), `${user}: ${method} ${JSON.stringify(args)}`);
        compared++;
      }
      for (const other of ["u0", "u1", "u2", "u3", "ghost"].filter((o) => o !== user)) {
        assert.equal(sliced.explain(other, "tag.read").code, "unknown_user", `${other} acts in the slice of ${user}`);
        assert.deepEqual(sliced.allowed(other), []);
      }
      // Read-only: the browser's entry holds no mutator at all, and the full entry refuses
      // every change of a slice with a code of its own; nothing changed.
      assert.equal(sliced.createRole, undefined);
      const onServer = full.Dokploy.load(slice);
      assert.throws(() => onServer.createRole(user, "x", { service: ["read"] }), (e) => e instanceof full.PortcullisError && e.code === "read_only_slice");
      assert.throws(() => onServer.recordCreated(user, "serviceId", "s9"), (e) => e.code === "read_only_slice");
      assert.equal(onServer.fingerprint(), sliced.fingerprint());
      onServer.free();
      assert.equal(sliced.sourceFingerprint(), org.fingerprint());
      sliced.free();
    }
    // A change on the server, and a new slice follows it.
    outcome(() => org.assignRole("u0", "u1", r.pick(["admin", "member"])));
    const after = BrowserDokploy.load(org.slice("u1"));
    assert.deepEqual(after.allowed("u1", { serviceId: "s1" }), org.allowed("u1", { serviceId: "s1" }));
  }
  assert.ok(compared > 10_000, `compared ${compared}`);
});

test("Portainer: a slice answers every call of its user as the full state, in the browser's entry", () => {
  const r = rng(0x9a1e);
  const operations = full.Portainer.catalog().map((e) => e.id);
  let compared = 0;
  for (let round = 0; round < 25; round++) {
    const users = ["1", "2", "3", "4"].map((id) => ({ id, ...(r.next() % 6 === 0 ? { administrator: true } : {}), teams: r.some(["t1", "t2"], 2) }));
    const policy = (ids) => Object.fromEntries(r.some(ids, 2).map((id) => [id, r.pick(["EA", "OP", "HD", "ST", "RO"])]));
    const environments = ["e1", "e2"].map((id) => ({ id, kind: r.pick(["standalone", "swarm"]), userPolicies: policy(["1", "2", "3", "4"]), teamPolicies: policy(["t1", "t2"]), securitySettings: { disablePrivilegedMode: r.next() % 2 === 0, disableStacks: r.next() % 3 === 0 } }));
    const control = () => r.pick([undefined, { public: true }, { users: r.some(["1", "2", "3", "4"], 2) }, { teams: r.some(["t1", "t2"], 2) }]);
    const resources = ["e1", "e2"].flatMap((e) => [
      { type: "stack", id: `web-${e}`, environmentId: e, ...(control() ? { control: control() } : {}) },
      { type: "container", id: `c-${e}`, environmentId: e, stack: `web-${e}` },
      { type: "volume", id: `v-${e}`, environmentId: e, ...(control() ? { control: control() } : {}) },
    ]);
    const state = full.Portainer.load({ users, teams: [{ id: "t1" }, { id: "t2" }], environments, registries: [{ id: "r1" }], resources });
    for (const user of ["1", "2", "3", "4", "ghost"]) {
      const sliced = BrowserPortainer.load(round % 2 ? state.sliceJSON(user) : state.slice(user));
      assert.equal(sliced.sourceFingerprint(), state.fingerprint());
      const calls = [["roleOf", user, "e1"], ["roleOf", user, "e2"], ["roleOf", user, "e9"]];
      for (let k = 0; k < 30; k++) {
        const target = {
          environmentId: r.pick(["e1", "e2", "e9"]),
          ...(r.next() % 2 ? { resourceId: r.pick(["web-e1", "c-e1", "v-e2", "c-e2", "bridge", "ghost"]) } : {}),
          ...(r.next() % 4 === 0 ? { registryId: r.pick(["r1", "r9"]) } : {}),
        };
        const id = r.pick(operations);
        calls.push(["can", user, id, target], ["explain", user, id, target], ["allowed", user, target],
          ["canChangeOwnership", user, target, r.pick([{ public: true }, { users: [user] }, { users: ["3"] }, { teams: ["t1"] }, { teams: ["tx"] }, { administratorsOnly: true }])]);
      }
      for (const [method, ...args] of calls) {
        assert.deepEqual(outcome(() => sliced[method](...args)), outcome(() => state[method](...args)), `${user}: ${method} ${JSON.stringify(args)}`);
        compared++;
      }
      sliced.free();
    }
  }
  assert.ok(compared > 5_000, `compared ${compared}`);
});

test("a truncated or altered slice is refused with a PortcullisError, its code and path, never a crash", () => {
  const org = full.Dokploy.load(dokployState(rng(0x7e57)));
  const docker = full.Portainer.load({ users: [{ id: "2", teams: ["t1"] }, { id: "3" }], teams: [{ id: "t1" }], environments: [{ id: "e1", kind: "standalone", teamPolicies: { t1: "ST" } }], resources: [{ type: "container", id: "c1", environmentId: "e1", control: { teams: ["t1"] } }] });
  for (const [Browser, text] of [[BrowserDokploy, org.sliceJSON("u1")], [BrowserPortainer, docker.sliceJSON("2")]]) {
    let refused = 0;
    for (let end = 0; end < text.length; end++) {
      assert.throws(() => Browser.load(text.slice(0, end)), (e) => e instanceof full.PortcullisError && typeof e.code === "string" && typeof e.path === "string", `cut at ${end}`);
      refused++;
    }
    // Every byte replaced by a quote, a brace or a digit: refused, or a state that loads.
    for (let at = 0; at < text.length; at++) {
      for (const c of ['"', "}", "7"]) {
        const altered = text.slice(0, at) + c + text.slice(at + 1);
        try {
          Browser.load(altered).free();
        } catch (error) {
          assert.ok(error instanceof full.PortcullisError, `${at}: ${error}`);
          assert.ok(error.code.length > 0);
        }
      }
    }
    assert.equal(refused, text.length);
    // The authorizer loaded last still answers.
    assert.equal(Browser.load(text).sourceFingerprint() !== null, true);
  }
});

test("slice() is for servers: the browser entries load slices but do not cut them", () => {
  assert.equal(typeof full.Dokploy.load({ members: [{ userId: "o", role: "owner" }] }).slice, "function");
  const browser = BrowserDokploy.load({ members: [{ userId: "o", role: "owner" }] });
  assert.equal(browser.slice, undefined);
  assert.equal(browser.sourceFingerprint(), null);
});
