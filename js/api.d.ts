// Types of the public API (API.md). The id unions in ./ids.d.ts and the code unions in
// ./codes.d.ts are generated from the compiled catalogs and code enums when the package is
// built, so they always match the wasm.
import type { DokployPermissionId, DokployResource, DokployRolePermissions, PortainerOperationId, PortainerSecuritySettingId } from "./ids.js";
import type { DecisionCode, ErrorCode, WarningCode } from "./codes.js";

export type { DokployPermissionId, DokployResource, DokployRolePermissions, PortainerOperationId, PortainerSecuritySettingId } from "./ids.js";
export type { DecisionCode, ErrorCode, WarningCode } from "./codes.js";

/** What an input held that the product accepts but portcullis had to interpret. */
export interface Warning {
  code: WarningCode;
  message: string;
  /** The JSON path of the value it is about, in the input. */
  path: string;
}
export { PortcullisError } from "./errors.js";

/** The package version, e.g. `"0.1.0"`. */
export function version(): string;

/** How many (user, target) pages of answers an authorizer remembers at most; past it, it
 *  drops them all and starts over. Every change of state drops them too. */
export const PAGE_CACHE_SIZE: number;

/** Where a Portainer resource's access control came from. */
export interface ControlOrigin {
  source: "own" | "sub_resource" | "service" | "stack" | "system_network" | "none";
  /** The resource whose control applied (absent for `none` and `system_network`). */
  resourceType?: PortainerResourceType;
  resourceId?: string;
}

/** What every decision carries. */
interface DecisionBase {
  message: string;
  /** The role the user holds, when one was involved (`member`, a custom role, `ST`, …). */
  role?: string;
}

/** Allowed by a role, a flag or a grant. */
export interface GrantedDecision extends DecisionBase {
  allowed: true;
  code: "granted";
  /** What granted it: a role (`owner`, `ST`, a custom role) or a flag (`canCreateServices`). */
  via: string;
  /** Portainer: the control that let the user reach the resource. */
  control?: ControlOrigin;
}

/** Allowed to the Dokploy owner or an admin, or to Portainer's global administrator. */
export interface AdministratorDecision extends DecisionBase {
  allowed: true;
  code: "administrator";
  via: string;
}

/** Portainer: an environment setting forbids what the request asks for. */
export interface SecuritySettingDecision extends DecisionBase {
  allowed: false;
  code: "security_setting";
  role: PortainerRole;
  setting: PortainerSecuritySettingId;
  /** The requested feature the setting forbids (`privileged: true`, `stacks`, …). */
  feature: string;
}

/** Portainer: the user may not reach the resource. */
export interface NoResourceAccessDecision extends DecisionBase {
  allowed: false;
  code: "no_resource_access";
  role: PortainerRole;
  /** Where the control that refused came from, or `none` (administrators only). */
  control: ControlOrigin;
}

/** A target field needed (`missing_scope`), out of the user's access lists (`out_of_scope`),
 *  naming nothing the state holds (`unknown_resource`), or a registry not granted. */
export interface ScopeDecision extends DecisionBase {
  allowed: false;
  code: "missing_scope" | "out_of_scope" | "unknown_resource" | "registry_not_allowed";
  /** The target field concerned (`serviceId`, `registryId`, …). */
  scope: string;
}

/** Every other refusal. Management refusals may name the offending input's `path`. */
export interface OtherDecision extends DecisionBase {
  allowed: false;
  code: Exclude<DecisionCode, "granted" | "administrator" | "security_setting" | "no_resource_access" | ScopeDecision["code"]>;
  /** Management calls: the JSON path of the offending input (`permissions.ac`). */
  path?: string;
}

/** An answer with its reason; `code` tells which fields it carries. */
export type Decision =
  | GrantedDecision
  | AdministratorDecision
  | SecuritySettingDecision
  | NoResourceAccessDecision
  | ScopeDecision
  | OtherDecision;

/** Bounds on what a loaded state may hold; exceeding one is a `PortcullisError` with code
 *  `limit_exceeded`, the path of the value and the limit's name. Each defaults as shown. */
export interface Limits {
  /** Bytes of the state's JSON text (for an object, of the JSON it would be): 268435456 (256 MiB). */
  maxInputBytes?: number;
  /** Nesting of arrays and objects: 32 (at most 100). */
  maxDepth?: number;
  /** Bytes of any one string, keys included: 65536. */
  maxStringLength?: number;
  /** Entries of one array or object: 1000000. */
  maxListLength?: number;
  /** Values in the whole state: 20000000. */
  maxValues?: number;
}

/** The second argument of `load`. */
export interface LoadOptions {
  limits?: Limits;
}

// ---------------------------------------------------------------- Dokploy

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

export interface DokployState {
  /** The Enterprise licence: custom roles work only with it. Absent means none. */
  licensed?: boolean;
  /** Custom roles by name (at most 10). */
  roles?: Record<string, DokployRolePermissions>;
  members: DokployMember[];
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

export declare class Dokploy {
  private constructor(core: unknown);
  /** Validates and compiles a state (object or JSON text); throws `PortcullisError`. */
  static load(state: DokployState | string, options?: LoadOptions): Dokploy;
  /** Loads Dokploy's own data as it stores and serves it; `warnings()` lists what had to be
   *  interpreted. Throws `PortcullisError`. */
  static fromRows(input: DokployRows | string, options?: LoadOptions): Dokploy;
  /** The catalog, without a state. */
  static catalog(): DokployCatalogEntry[];
  /** Dokploy's custom-role presets, without a state. */
  static presets(): DokployPresets;
  can(user: string, id: DokployPermissionId, target?: DokployTarget | null): boolean;
  explain(user: string, id: DokployPermissionId, target?: DokployTarget | null): Decision;
  /** Every permission allowed to the user on the target, in catalog order. */
  allowed(user: string, target?: DokployTarget | null): DokployPermissionId[];
  /** What the user's role grants, ignoring scope. */
  permissions(user: string): DokployPermissionId[];
  toJSON(): DokployState;
  /** `sha256:` and the hash of the canonical state. */
  fingerprint(): string;
  catalog(): DokployCatalogEntry[];
  /** Dokploy's custom-role presets. */
  presets(): DokployPresets;

  canCreateRole(actor: string, name: string, permissions: DokployRolePermissions): Decision;
  createRole(actor: string, name: string, permissions: DokployRolePermissions): void;
  canUpdateRole(actor: string, name: string, permissions: DokployRolePermissions, newName?: string | null): Decision;
  updateRole(actor: string, name: string, permissions: DokployRolePermissions, newName?: string | null): void;
  canDeleteRole(actor: string, name: string): Decision;
  deleteRole(actor: string, name: string): void;
  canInvite(actor: string, role: string): Decision;
  canAssignRole(actor: string, targetUser: string, role: string): Decision;
  assignRole(actor: string, targetUser: string, role: string): void;
  canRemoveMember(actor: string, targetUser: string): Decision;
  removeMember(actor: string, targetUser: string): void;
  /** Whether `actor` may change `targetUser`'s flags and access lists (`member.update`; never the owner's, never one's own, an admin never another admin's). */
  canUpdateMemberAccess(actor: string, targetUser: string): Decision;
  /** Dokploy's "Add permissions": replaces the flags and access lists given; refused like `canUpdateMemberAccess`. */
  updateMemberAccess(actor: string, targetUser: string, access: DokployMemberAccess): void;
  /** Adds what `user` created to their access list; the grant to persist, or `null` if none was needed. */
  recordCreated(user: string, kind: keyof DokployTarget, id: string): DokployAccessGrant | null;
  /** What the input held that had to be interpreted; empty for a clean input. */
  warnings(): Warning[];
  /** How many (user, target) pages of answers are remembered (at most `PAGE_CACHE_SIZE`). */
  readonly cachedPages: number;
  /** Frees the wasm memory now; every later call throws `PortcullisError` with code `freed`. */
  free(): void;
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
}

/** Dokploy's four custom-role presets. */
export interface DokployPresets {
  viewer: DokployRolePermissions;
  developer: DokployRolePermissions;
  deployer: DokployRolePermissions;
  devops: DokployRolePermissions;
}

// ---------------------------------------------------------------- Portainer

export type PortainerRole = "EA" | "OP" | "HD" | "ST" | "RO";

export interface PortainerUser { id: string; name?: string; administrator?: boolean; teams?: string[] }
export interface PortainerTeam { id: string; name?: string }
export interface PortainerGroup { id: string; name?: string; userPolicies?: Record<string, PortainerRole>; teamPolicies?: Record<string, PortainerRole> }

export interface PortainerSecuritySettings {
  disablePrivilegedMode?: boolean;
  disableHostPid?: boolean;
  disableDeviceMappings?: boolean;
  disableCapabilities?: boolean;
  disableBindMounts?: boolean;
  disableSysctls?: boolean;
  disableStacks?: boolean;
  enableVolumeBrowser?: boolean;
}

export interface PortainerEnvironment {
  id: string;
  name?: string;
  kind: "standalone" | "swarm";
  groupId?: string;
  userPolicies?: Record<string, PortainerRole>;
  teamPolicies?: Record<string, PortainerRole>;
  securitySettings?: PortainerSecuritySettings;
  registryAccess?: Record<string, { users?: string[]; teams?: string[] }>;
}

export interface PortainerControl {
  public?: boolean;
  administratorsOnly?: boolean;
  users?: string[];
  teams?: string[];
  subResources?: string[];
}

export type PortainerResourceType = "container" | "service" | "volume" | "network" | "secret" | "config" | "stack" | "custom_template" | "image";

export interface PortainerResource {
  type: PortainerResourceType;
  id: string;
  /** Docker's name for it: Docker's system networks are recognised by name. */
  name?: string;
  environmentId: string;
  control?: PortainerControl;
  /** The stack it belongs to. */
  stack?: string;
  /** A container's Swarm service. */
  service?: string;
}

export interface PortainerState {
  users?: PortainerUser[];
  teams?: PortainerTeam[];
  groups?: PortainerGroup[];
  environments?: PortainerEnvironment[];
  registries?: { id: string; name?: string }[];
  resources?: PortainerResource[];
}

/** What a create or edit asks for, in Docker's own terms. */
export interface PortainerRequest {
  privileged?: boolean;
  pidMode?: string;
  devices?: unknown[];
  capAdd?: string[];
  capDrop?: string[];
  /** `source:target[:options]`, as Docker's `HostConfig.Binds`. */
  binds?: string[];
  mounts?: { type: string; source?: string; target?: string; readOnly?: boolean }[];
  sysctls?: Record<string, string>;
}

export interface PortainerTarget {
  environmentId: string;
  resourceId?: string;
  registryId?: string;
  request?: PortainerRequest;
  /** Only for `canChangeOwnership`, when the id alone names resources of several types. */
  resourceType?: PortainerResourceType;
}

export interface PortainerCatalogEntry {
  id: PortainerOperationId;
  category: string;
  label: string;
  roles: PortainerRole[];
  /** The roles for which the operation needs access to the resource. */
  resourceAccess: PortainerRole[];
  environment: "any" | "swarm" | "standalone";
  securitySettings: PortainerSecuritySettingId[];
  allowedRegistry: boolean;
}

/** Portainer's API responses as served (PascalCase fields, numeric ids): `GET /api/users`,
 *  `/api/teams`, `/api/team_memberships`, `/api/endpoint_groups`, `/api/endpoints` (with
 *  snapshots), `/api/registries`, `/api/stacks`, the `resource_control` bucket of a backup,
 *  and the Docker objects of `/api/endpoints/{id}/docker/...` keyed by environment id. */
export interface PortainerApiData {
  users: Record<string, unknown>[];
  teams: Record<string, unknown>[];
  teamMemberships: Record<string, unknown>[];
  endpointGroups: Record<string, unknown>[];
  endpoints: Record<string, unknown>[];
  registries: Record<string, unknown>[];
  stacks?: Record<string, unknown>[];
  resourceControls?: Record<string, unknown>[];
  docker?: Record<string, { containers?: unknown[]; services?: unknown[]; volumes?: unknown[]; networks?: unknown[]; secrets?: unknown[]; configs?: unknown[] }>;
}

export interface PortainerMatrix {
  roles: { code: PortainerRole; label: string }[];
  operations: ({ id: PortainerOperationId; category: string; label: string } & Record<PortainerRole, boolean>)[];
}

export declare class Portainer {
  private constructor(core: unknown);
  /** Validates and compiles a state (object or JSON text); throws `PortcullisError`. */
  static load(state: PortainerState | string, options?: LoadOptions): Portainer;
  /** Loads Portainer's own API responses; `warnings()` lists what had to be interpreted.
   *  Throws `PortcullisError`. */
  static fromApi(input: PortainerApiData | string, options?: LoadOptions): Portainer;
  /** The catalog, without a state. */
  static catalog(): PortainerCatalogEntry[];
  /** The role × operation table, without a state. */
  static matrix(): PortainerMatrix;
  can(user: string, id: PortainerOperationId, target: PortainerTarget): boolean;
  explain(user: string, id: PortainerOperationId, target: PortainerTarget): Decision;
  /** Every operation allowed to the user on the target, in catalog order. */
  allowed(user: string, target: PortainerTarget): PortainerOperationId[];
  /** The user's role on the environment; `null` for none, the global administrator or unknown ids. */
  roleOf(user: string, environmentId: string): PortainerRole | null;
  canChangeOwnership(user: string, target: PortainerTarget, newControl: PortainerControl): Decision;
  matrix(): PortainerMatrix;
  catalog(): PortainerCatalogEntry[];
  toJSON(): PortainerState;
  fingerprint(): string;
  /** What the input held that had to be interpreted; empty for a clean input. */
  warnings(): Warning[];
  /** How many (user, target) pages of answers are remembered (at most `PAGE_CACHE_SIZE`). */
  readonly cachedPages: number;
  /** Frees the wasm memory now; every later call throws `PortcullisError` with code `freed`. */
  free(): void;
}
