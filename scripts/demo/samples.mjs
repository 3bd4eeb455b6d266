// What the demo server starts each session with: a Dokploy organization and a Portainer setup,
// in portcullis's own state form, plus what the permission states do not hold but the screens
// show (Dokploy's projects, environments and services; its git providers and servers). Only
// the server reads this file: the page receives a user's slice and what that user may see.

export const DOKPLOY_STATE = {
  licensed: true,
  roles: {
    deployer: { service: ["read"], environment: ["read"], deployment: ["read", "create", "cancel"], logs: ["read"], monitoring: ["read"] },
    auditor: { member: ["read"], service: ["read"], environment: ["read"], deployment: ["read"], logs: ["read"], auditLog: ["read"] },
  },
  members: [
    { userId: "olivia", role: "owner" },
    { userId: "adam", role: "admin" },
    { userId: "amir", role: "admin" },
    {
      userId: "maya", role: "member", canCreateServices: true, canCreateEnvironments: true, canAccessToDocker: true,
      accessedProjects: ["shop"], accessedEnvironments: ["shop-prod", "shop-staging"], accessedServices: ["shop-api", "shop-web", "shop-db"],
    },
    { userId: "ci-bot", role: "deployer", accessedProjects: ["shop"], accessedEnvironments: ["shop-prod"], accessedServices: ["shop-api", "shop-web"] },
    { userId: "ines", role: "auditor", accessedProjects: ["blog"], accessedEnvironments: ["blog-prod"], accessedServices: ["blog-wp", "blog-db"] },
    { userId: "noah", role: "member" },
  ],
};

/** Dokploy's dashboard: projects → environments → services (application, database, compose). */
export const DOKPLOY_PROJECTS = [
  {
    id: "shop", name: "Shop", environments: [
      {
        id: "shop-prod", name: "production", services: [
          { id: "shop-api", name: "api", kind: "application", detail: "Node.js · github.com/acme/shop-api" },
          { id: "shop-web", name: "storefront", kind: "application", detail: "Next.js · github.com/acme/shop-web" },
          { id: "shop-db", name: "orders-db", kind: "database", detail: "PostgreSQL 16" },
        ],
      },
      {
        id: "shop-staging", name: "staging", services: [
          { id: "shop-staging-api", name: "api", kind: "application", detail: "Node.js · branch develop" },
        ],
      },
    ],
  },
  {
    id: "blog", name: "Blog", environments: [
      {
        id: "blog-prod", name: "production", services: [
          { id: "blog-wp", name: "wordpress", kind: "compose", detail: "docker-compose.yml · 2 services" },
          { id: "blog-db", name: "blog-db", kind: "database", detail: "MariaDB 11" },
        ],
      },
    ],
  },
  {
    id: "internal", name: "Internal tools", environments: [
      { id: "internal-prod", name: "production", services: [{ id: "metabase", name: "metabase", kind: "application", detail: "Docker image metabase/metabase" }] },
    ],
  },
];

/** The git providers and servers the access-list pickers offer. */
export const DOKPLOY_GIT_PROVIDERS = [{ id: "github-acme", name: "GitHub (acme)" }, { id: "gitlab-ops", name: "GitLab (ops)" }];
export const DOKPLOY_SERVERS = [{ id: "srv-eu-1", name: "eu-1 (Hetzner)" }, { id: "srv-us-1", name: "us-1 (DigitalOcean)" }];

export const PORTAINER_STATE = {
  users: [
    { id: "1", name: "admin", administrator: true },
    { id: "2", name: "alice", teams: ["10"] },
    { id: "3", name: "bob", teams: ["10", "11"] },
    { id: "4", name: "olga" },
    { id: "5", name: "carl" },
    { id: "6", name: "rita", teams: ["12"] },
  ],
  teams: [{ id: "10", name: "devs" }, { id: "11", name: "support" }, { id: "12", name: "auditors" }],
  groups: [
    { id: "1", name: "Unassigned" },
    { id: "2", name: "production", userPolicies: { 2: "ST" }, teamPolicies: { 11: "HD", 12: "RO" } },
  ],
  environments: [
    {
      id: "1", name: "local", kind: "standalone", groupId: "2",
      userPolicies: { 4: "OP", 5: "EA" }, teamPolicies: { 10: "RO" },
      securitySettings: { disableBindMounts: true },
      registryAccess: { 1: { users: ["2"], teams: ["11"] } },
    },
    {
      id: "2", name: "swarm-prod", kind: "swarm", groupId: "2",
      userPolicies: { 2: "ST", 5: "EA" }, teamPolicies: { 10: "OP" },
      securitySettings: { disableStacks: true },
    },
  ],
  registries: [{ id: "1", name: "ghcr.io" }, { id: "2", name: "quay.io" }],
  resources: [
    { type: "stack", id: "web", name: "web", environmentId: "1", control: { users: ["2"] } },
    { type: "container", id: "3f9a1c", name: "web-nginx-1", environmentId: "1", stack: "web" },
    { type: "container", id: "8b21de", name: "web-app-1", environmentId: "1", stack: "web" },
    { type: "container", id: "c0ffee", name: "orders-db", environmentId: "1", control: { teams: ["11"] } },
    { type: "container", id: "d15ea5", name: "legacy-cron", environmentId: "1" },
    { type: "container", id: "0b5e55", name: "status-page", environmentId: "1", control: { public: true } },
    { type: "volume", id: "web-data", name: "web-data", environmentId: "1", control: { users: ["2"] } },
    { type: "volume", id: "db-data", name: "db-data", environmentId: "1", control: { teams: ["11"] } },
    { type: "network", id: "n-bridge", name: "bridge", environmentId: "1" },
    { type: "network", id: "n-web", name: "web_default", environmentId: "1", stack: "web" },
    { type: "image", id: "sha256:1a2b", name: "nginx:1.27", environmentId: "1", control: { public: true } },
    { type: "image", id: "sha256:3c4d", name: "postgres:16", environmentId: "1", control: { teams: ["11"] } },
    { type: "stack", id: "monitoring", name: "monitoring", environmentId: "2", control: { public: true } },
    { type: "service", id: "svc-api", name: "shop_api", environmentId: "2", control: { teams: ["10"] } },
    { type: "service", id: "svc-prom", name: "monitoring_prometheus", environmentId: "2", stack: "monitoring" },
    { type: "container", id: "a11ce0", name: "shop_api.1.x7k2", environmentId: "2", service: "svc-api" },
    { type: "volume", id: "prom-data", name: "prom-data", environmentId: "2", stack: "monitoring" },
    { type: "network", id: "n-ingress", name: "ingress", environmentId: "2" },
  ],
};
