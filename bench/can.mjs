// Per-check cost of the built package under Node, beside a plain JS Map lookup.
// Usage: make build && node bench/can.mjs   (numbers only; nothing here is asserted)
import { Dokploy, Portainer } from "../pkg/node.js";

const org = Dokploy.load({
  licensed: true,
  roles: { deployer: { deployment: ["read", "create", "cancel"], service: ["read"] } },
  members: [
    { userId: "owner", role: "owner" },
    { userId: "maya", role: "member", canCreateServices: true, accessedProjects: ["p1"], accessedServices: ["s1", "s2", "s3"] },
    { userId: "ci", role: "deployer", accessedServices: ["s1"] },
  ],
});
const services = Array.from({ length: 2000 }, (_, i) => `svc-${i}`);
const bigOrg = Dokploy.load({
  members: [{ userId: "owner", role: "owner" }, { userId: "m", role: "member", accessedServices: services }],
});
const docker = Portainer.load({
  users: [{ id: "2", teams: ["10"] }],
  teams: [{ id: "10" }],
  environments: [{ id: "e1", kind: "standalone", userPolicies: { 2: "ST" } }],
  resources: [
    { type: "stack", id: "web", environmentId: "e1", control: { teams: ["10"] } },
    { type: "container", id: "c1", environmentId: "e1", stack: "web" },
  ],
});

function measure(name, fn, iterations = 1_000_000) {
  for (let i = 0; i < 20_000; i++) fn();
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += fn() ? 1 : 0;
  const ns = Number(process.hrtime.bigint() - start) / iterations;
  console.log(`${name.padEnd(58)} ${ns.toFixed(1).padStart(8)} ns/op  (${sink ? "" : "all false"})`);
}

const map = new Map([["maya:deployment.create:s1", true]]);
const target = { serviceId: "s1" };
const ptarget = { environmentId: "e1", resourceId: "c1" };
console.log(`node ${process.version}`);
measure("baseline: Map.get of a composed string key", () => map.get(`maya:deployment.create:${target.serviceId}`));
measure("Dokploy can(user, id) organization-wide", () => org.can("maya", "tag.read"));
measure("Dokploy can(user, id, { serviceId })", () => org.can("maya", "deployment.create", target));
measure("Dokploy can() custom role, out of scope", () => org.can("ci", "deployment.create", { serviceId: "s9" }));
measure("Dokploy can() in a 2000-service access list", () => bigOrg.can("m", "service.read", { serviceId: "svc-1999" }));
measure("Portainer can(user, op, { environmentId, resourceId })", () => docker.can("2", "container.start", ptarget));
measure("Dokploy explain() (builds the message)", () => org.explain("maya", "deployment.create", target).allowed, 200_000);
measure("Dokploy allowed(user, target): the whole page, 94 ids", () => org.allowed("maya", target).length > 0, 100_000);
measure("Portainer allowed(user, target): the whole page, 89 ids", () => docker.allowed("2", ptarget).length > 0, 100_000);
