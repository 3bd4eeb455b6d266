// The example states of API.md, shared by the package tests.
export const dokployState = {
  licensed: true,
  roles: { deployer: { deployment: ["read", "create", "cancel"], service: ["read"] } },
  members: [
    { userId: "u1", role: "owner" },
    { userId: "u2", role: "member", canCreateServices: true, accessedProjects: ["p1"], accessedEnvironments: ["e1"], accessedServices: ["s1"] },
    { userId: "u3", role: "deployer", accessedServices: ["s1"] },
    { userId: "u4", role: "admin" },
  ],
};

export const portainerState = {
  users: [
    { id: "1", name: "admin", administrator: true },
    { id: "2", name: "alice", teams: ["10"] },
    { id: "3", name: "bob" },
  ],
  teams: [{ id: "10", name: "devs" }],
  groups: [{ id: "g1", name: "prod", userPolicies: { 2: "ST" }, teamPolicies: {} }],
  environments: [
    {
      id: "e1", name: "local", kind: "standalone", groupId: "g1",
      userPolicies: { 3: "RO" }, teamPolicies: { 10: "RO" },
      securitySettings: {
        disablePrivilegedMode: true, disableHostPid: false, disableDeviceMappings: false,
        disableCapabilities: false, disableBindMounts: true, disableSysctls: false,
        disableStacks: false, enableVolumeBrowser: false,
      },
      registryAccess: { r1: { users: ["2"], teams: [] } },
    },
    { id: "e2", name: "cluster", kind: "swarm", userPolicies: { 2: "ST" } },
  ],
  registries: [{ id: "r1", name: "ghcr" }],
  resources: [
    { type: "stack", id: "web", environmentId: "e1", control: { users: ["2"] } },
    { type: "container", id: "c1", environmentId: "e1", stack: "web" },
  ],
};
