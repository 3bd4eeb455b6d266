// Dokploy's types. The id unions in ./dokploy-ids.d.ts are generated from the compiled
// catalog when the package is built, so they always match the wasm.
import type { DokployPermissionId, DokployResource, DokployRolePermissions } from "./dokploy-ids.js";
import type { AdministratorDecision, GrantedDecision, OtherDecision, ScopeDecision, SliceInfo } from "./common-types.js";

export type { DokployPermissionId, DokployResource, DokployRolePermissions } from "./dokploy-ids.js";
export type { Warning, LoadOptions } from "./common-types.js";

/** A Dokploy decision; `code` tells which fields it carries. */
export type DokployDecision = GrantedDecision | AdministratorDecision | ScopeDecision | OtherDecision;

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
