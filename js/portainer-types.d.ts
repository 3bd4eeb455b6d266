// Portainer's types. The id unions in ./portainer-ids.d.ts are generated from the compiled
// catalog when the package is built, so they always match the wasm.
import type { PortainerOperationId, PortainerSecuritySettingId } from "./portainer-ids.js";
import type { AdministratorDecision, DecisionBase, GrantedDecision, OtherDecision, ScopeDecision, SliceInfo } from "./common-types.js";

export type { PortainerOperationId, PortainerSecuritySettingId } from "./portainer-ids.js";
export type { Warning, LoadOptions, RequestShape } from "./common-types.js";

/** Where a Portainer resource's access control came from. */
export interface ControlOrigin {
  source: "own" | "sub_resource" | "service" | "stack" | "system_network" | "none";
  /** The resource whose control applied (absent for `none` and `system_network`). */
  resourceType?: PortainerResourceType;
  resourceId?: string;
}

/** Portainer: allowed by a role, with the control that let the user reach the resource. */
export interface PortainerGrantedDecision extends GrantedDecision {
  /** The control that let the user reach the resource. */
  control?: ControlOrigin;
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

/** A grant that would lift a Portainer denial: a role of the user's own on the environment,
 *  the user named in the control of a resource, a registry granted on the environment. */
export type PortainerRemedy =
  | { environmentId: string; role: PortainerRole }
  | { resourceType: PortainerResourceType; resourceId: string }
  | { registryId: string; environmentId: string };

/** A Portainer decision; `code` tells which fields it carries. A denial that some grant would
 *  lift names them in `wouldAllow` (all of them together; the message says it too). A decision on
 *  a request (`explainRequest`) also says what the gate could not see of it, in `unseen`. */
export type PortainerDecision = (
  | PortainerGrantedDecision
  | AdministratorDecision
  | SecuritySettingDecision
  | NoResourceAccessDecision
  | ScopeDecision
  | OtherDecision
) & { unseen?: string; wouldAllow?: PortainerRemedy[] };

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
  /** A slice's own fields (`slice(user)` writes them): its one user and where it was cut from, */
  slice?: SliceInfo;
  /** and the ids of the other users, known only to exist. */
  userIds?: string[];
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

/** What `route` makes of an HTTP request: the operation and its target. `null` instead when
 *  the request is none of the catalog's operations: unknown, or one Portainer's proxy keeps to
 *  its global administrator (`explainRequest` says which). */
export interface PortainerRoute {
  id: PortainerOperationId;
  target: PortainerTarget;
  /** Portainer's authorization for the route (`DockerContainerExport`), as its role lists name it. */
  authorization?: string;
  /** An operation the request needs as well, on the same target (changing a file in a volume: `volume.browse` and `volume.delete`). */
  also?: PortainerOperationId;
  /** The operation instead of `id` when the environment is a swarm (the daemon's own routes read the host, or the cluster). */
  onSwarm?: PortainerOperationId;
  /** Set when the body the security settings read could not be (a stack file in a repository or an upload): what it is. `explainRequest` then refuses users the settings bind. */
  unread?: string;
  /** What the gate cannot see of the request, and Portainer's proxy does not look at either (an exec instance names no container). */
  unseen?: string;
}

/** One user `whoCan` finds allowed, with the decision `explain` gives. */
export interface PortainerWhoCan { user: string; decision: PortainerDecision }
/** One target of `accessOf`: what `allowed` gives the user there. */
export interface PortainerAccess { target: PortainerTarget; allowed: PortainerOperationId[] }
/** One answer that differs between two states (`changes`): who, what, on what, and the
 *  decision before and after. */
export interface PortainerChange { user: string; id: PortainerOperationId; target: PortainerTarget; before: PortainerDecision; after: PortainerDecision }
