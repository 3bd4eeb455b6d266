// Dokploy's types. The id unions in ./dokploy-ids.d.ts are generated from the compiled
// catalog when the package is built, so they always match the wasm.
import type { DokployPermissionId, DokployProcedurePath, DokployResource, DokployRolePermissions } from "./dokploy-ids.js";
import type { AdministratorDecision, DecisionBase, DecisionCode, GrantedDecision, OtherDecision, ScopeDecision, SliceInfo } from "./common-types.js";

export type { DokployPermissionId, DokployProcedurePath, DokployResource, DokployRolePermissions } from "./dokploy-ids.js";
export type { Warning, LoadOptions, RequestShape } from "./common-types.js";

/** A member flag of Dokploy's `member` row. */
export type DokployMemberFlag =
  | "canCreateProjects" | "canDeleteProjects" | "canCreateServices" | "canDeleteServices"
  | "canCreateEnvironments" | "canDeleteEnvironments" | "canAccessToTraefikFiles"
  | "canAccessToDocker" | "canAccessToAPI" | "canAccessToSSHKeys" | "canAccessToGitProviders";

/** A grant that would lift a Dokploy denial: a member flag, a permission in the member's custom
 *  role, an id in one of the member's access lists. */
export type DokployRemedy =
  | { flag: DokployMemberFlag }
  | { role: string; permission: DokployPermissionId }
  | { accessList: "accessedProjects" | "accessedEnvironments" | "accessedServices" | "accessedGitProviders"; id: string };

/** A Dokploy decision; `code` tells which fields it carries. A denial that some grant would lift
 *  names them in `wouldAllow` (all of them together; the message says it too). */
export type DokployDecision = (GrantedDecision | AdministratorDecision | ScopeDecision | OtherDecision) & {
  wouldAllow?: DokployRemedy[];
};

export type DokployBuiltInRole = "owner" | "admin" | "member";

/** A member row, in Dokploy's own field names. */
export interface DokployMember {
  userId: string;
  /** `owner`, `admin`, `member` or one of the organization's custom roles. */
  role: DokployBuiltInRole | (string & {});
  canCreateProjects?: boolean;
  canDeleteProjects?: boolean;
  canCreateServices?: boolean;
  canDeleteServices?: boolean;
  canCreateEnvironments?: boolean;
  canDeleteEnvironments?: boolean;
  canAccessToTraefikFiles?: boolean;
  canAccessToDocker?: boolean;
  canAccessToAPI?: boolean;
  canAccessToSSHKeys?: boolean;
  canAccessToGitProviders?: boolean;
  accessedProjects?: string[];
  accessedEnvironments?: string[];
  accessedServices?: string[];
  accessedGitProviders?: string[];
  accessedServers?: string[];
}

/** What `updateMemberAccess` changes: each flag and list given replaces the row's; absent ones stay. */
export type DokployMemberAccess = Partial<Omit<DokployMember, "userId" | "role">>;

/** A git provider as Dokploy's `git_provider` row says what its access rules read. */
export interface DokployGitProvider {
  gitProviderId: string;
  /** Its creator's user id (a slice leaves it out for a provider its user did not create). */
  userId?: string;
  /** Shared with the organization: every member reaches it. Absent means not shared. */
  sharedWithOrganization?: boolean;
}

export interface DokployState {
  /** The Enterprise licence: custom roles work only with it. Absent means none. */
  licensed?: boolean;
  /** Custom roles by name (at most 10). */
  roles?: Record<string, DokployRolePermissions>;
  members: DokployMember[];
  /** The organization's git providers; a provider not listed is nobody's own and not shared. */
  gitProviders?: DokployGitProvider[];
  /** A slice's own fields (`slice(user)` writes them): its one user and where it was cut from, */
  slice?: SliceInfo;
  /** the custom roles its user does not hold, by name only, */
  roleNames?: string[];
  /** and the other members its user's answers read, by id and role only. */
  memberRoles?: { userId: string; role: string }[];
}

/** What a check is about; organization-wide permissions need none. */
export interface DokployTarget {
  projectId?: string;
  environmentId?: string;
  serviceId?: string;
  gitProviderId?: string;
  serverId?: string;
}

export interface DokployCatalogEntry {
  id: DokployPermissionId;
  /** The resource's label in Dokploy's UI ("Services"). */
  category: string;
  /** The action's label ("Create"; `deployment.create` is "Deploy"). */
  label: string;
  resource: DokployResource;
  action: string;
  tier: "free" | "enterprise" | "internal";
  assignableToCustomRole: boolean;
  /** The target field the permission is checked against, or `null` when organization-wide. */
  scope: keyof DokployTarget | null;
  /** Whether that target field must be given. */
  scopeRequired: boolean;
}

/** An access-list entry to persist after `recordCreated`. */
export interface DokployAccessGrant {
  userId: string;
  list: "accessedProjects" | "accessedEnvironments" | "accessedServices" | "accessedGitProviders" | "accessedServers";
  id: string;
}

/** Dokploy's own data: `member` rows (extra columns accepted, Dates or ISO strings),
 *  `organization_role` rows or `customRole.all` entries, the organization row and user rows
 *  for the licence (or `licensed` itself). */
export interface DokployRows {
  organization?: { ownerId?: string | null; [column: string]: unknown } | null;
  members: ({ userId: string; role: string; user?: Record<string, unknown> | null } & Partial<Record<string, unknown>>)[];
  roles?: ({ role: string; permission?: string | DokployRolePermissions; permissions?: DokployRolePermissions } & Partial<Record<string, unknown>>)[] | Record<string, DokployRolePermissions>;
  users?: ({ id: string; enableEnterpriseFeatures?: boolean; isValidEnterpriseLicense?: boolean } & Partial<Record<string, unknown>>)[];
  licensed?: boolean;
  /** `git_provider` rows (extra columns accepted). */
  gitProviders?: ({ gitProviderId: string; userId: string; sharedWithOrganization?: boolean | null } & Partial<Record<string, unknown>>)[];
}

/** Dokploy's four custom-role presets. */
export interface DokployPresets {
  viewer: DokployRolePermissions;
  developer: DokployRolePermissions;
  deployer: DokployRolePermissions;
  devops: DokployRolePermissions;
}

/** One tRPC procedure of Dokploy, as `Dokploy.procedures()` lists it. */
export interface DokployProcedure {
  path: DokployProcedurePath;
  /** The procedure builder its router uses. */
  kind: "publicProcedure" | "protectedProcedure" | "withPermission" | "adminProcedure" | "enterpriseProcedure";
  type: "query" | "mutation" | "subscription";
  /** The catalog permissions its checks request. */
  permissions: DokployPermissionId[];
  /** Whether Dokploy checks that the objects the call names belong to the caller's organization (tenancy: outside the state, never decided here). */
  tenancy: boolean;
}

/** One call an HTTP request carries (`Dokploy.parseRequest`). */
export interface DokployCall {
  procedure: DokployProcedurePath;
  /** The procedure's input (superjson's envelope removed); `null` when none is given. */
  input: unknown;
}

/** A stored fact: the value, `null` when the stored row has none (a web-server backup has no
 *  service), or an object from the input's id to either (for batches naming several rows). */
export type DokployStoredFact = string | null | Record<string, string | null>;

/** What Dokploy reads from its database that the state and the input do not hold; a check that
 *  needs one not given refuses with `missing_context` naming it. */
export interface DokployCallContext {
  /** Whether Dokploy runs as its cloud edition (`IS_CLOUD`). */
  cloud?: boolean;
  /** The stored monitoring token(s) (`notification.receiveNotification`). */
  monitoringToken?: string | string[];
  /** Who created a git provider, when the state lists no `gitProviders`. */
  "gitProvider.userId"?: DokployStoredFact;
  /** Whether a git provider is shared with the organization, when the state lists no `gitProviders`. */
  "gitProvider.sharedWithOrganization"?: boolean | Record<string, boolean>;
  "environment.projectId"?: DokployStoredFact;
  "backup.serviceId"?: DokployStoredFact;
  "backup.postgresId"?: DokployStoredFact;
  "backup.mysqlId"?: DokployStoredFact;
  "backup.mariadbId"?: DokployStoredFact;
  "backup.mongoId"?: DokployStoredFact;
  "backup.libsqlId"?: DokployStoredFact;
  "backup.composeId"?: DokployStoredFact;
  "volumeBackup.serviceId"?: DokployStoredFact;
  "mount.serviceId"?: DokployStoredFact;
  "deployment.serviceId"?: DokployStoredFact;
  "domain.serviceId"?: DokployStoredFact;
  "domain.applicationId"?: DokployStoredFact;
  "patch.serviceId"?: DokployStoredFact;
  "port.applicationId"?: DokployStoredFact;
  "previewDeployment.applicationId"?: DokployStoredFact;
  "redirect.applicationId"?: DokployStoredFact;
  "security.applicationId"?: DokployStoredFact;
  "rollback.applicationId"?: DokployStoredFact;
  "schedule.serviceId"?: DokployStoredFact;
  "schedule.scheduleType"?: DokployStoredFact;
  "schedule.serverId"?: DokployStoredFact;
  "github.gitProviderId"?: DokployStoredFact;
  "gitlab.gitProviderId"?: DokployStoredFact;
  "bitbucket.gitProviderId"?: DokployStoredFact;
  "gitea.gitProviderId"?: DokployStoredFact;
  "apiKey.referenceId"?: DokployStoredFact;
  "member.userId"?: DokployStoredFact;
  "session.userId"?: DokployStoredFact;
}

/** The decision on a call or a request: the procedure, and for a refusal which check refused
 *  and how Dokploy answers. */
export interface DokployCallDecision extends DecisionBase {
  allowed: boolean;
  code: DecisionCode;
  /** What granted it: a role or a member flag. */
  via?: string;
  procedure?: DokployProcedurePath;
  /** The refusing check's position among the procedure's checks (absent: the session). */
  check?: number;
  /** The refusing check, by Dokploy's name (`checkServicePermissionAndAccess`, `adminProcedure`, …). */
  helper?: string;
  /** What Dokploy's backend answers for this refusal. */
  trpcCode?: "UNAUTHORIZED" | "FORBIDDEN" | "BAD_REQUEST" | "NOT_FOUND";
  /** `missing_context`: the context name needed. */
  context?: string;
  /** A request of several calls: the position of the call decided. */
  call?: number;
  /** `invalid_input`, `invalid_request`, `unknown_route`: the path of what is wrong. */
  path?: string;
}

/** One member `whoCan` finds allowed, with the decision `explain` gives. */
export interface DokployWhoCan { user: string; decision: DokployDecision }
/** One target of `accessOf`: what `allowed` gives the user there. */
export interface DokployAccess { target: DokployTarget; allowed: DokployPermissionId[] }
/** One answer that differs between two states (`changes`, the previews): who, what, on what,
 *  and the decision before and after. */
export interface DokployChange { user: string; id: DokployPermissionId; target: DokployTarget; before: DokployDecision; after: DokployDecision }
