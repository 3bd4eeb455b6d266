// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

import type { DokployAccess, DokployAccessGrant, DokployCall, DokployCallContext, DokployCallDecision, DokployCatalogEntry, DokployChange, DokployDecision, DokployMemberAccess, DokployPermissionId, DokployPresets, DokployProcedure, DokployProcedurePath, DokployRolePermissions, DokployRows, DokployState, DokployTarget, DokployWhoCan, LoadOptions, RequestShape, Warning } from "../dokploy-types.js";

/** The `Dokploy` authorizer: create one with `Dokploy.load(state)`. */
export declare class Dokploy {
  private constructor(core: unknown);
  /** Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`. */
  static load(state: DokployState | string, options?: LoadOptions): Dokploy;
  /** Whether the user may use the permission on the target. */
  can(user: string, id: DokployPermissionId, target?: DokployTarget | null): boolean;
  /** The decision with its reason. */
  explain(user: string, id: DokployPermissionId, target?: DokployTarget | null): DokployDecision;
  /** Every permission allowed to the user on the target, in catalog order. */
  allowed(user: string, target?: DokployTarget | null): DokployPermissionId[];
  /** What the user's role grants, ignoring scope. */
  permissions(user: string): DokployPermissionId[];
  /** Whether `actor` may create the custom role `name` with these permissions. */
  canCreateRole(actor: string, name: string, permissions: DokployRolePermissions): DokployDecision;
  /** Whether `actor` may replace the custom role's permissions (and rename it to `newName`). */
  canUpdateRole(actor: string, name: string, permissions: DokployRolePermissions, newName?: string | null): DokployDecision;
  /** Whether `actor` may delete the custom role (never while members hold it). */
  canDeleteRole(actor: string, name: string): DokployDecision;
  /** Whether `actor` may invite someone with `role` (nobody invites an owner). */
  canInvite(actor: string, role: string): DokployDecision;
  /** Whether `actor` may give `targetUser` the role. */
  canAssignRole(actor: string, targetUser: string, role: string): DokployDecision;
  /** Whether `actor` may remove `targetUser` from the organization. */
  canRemoveMember(actor: string, targetUser: string): DokployDecision;
  /** Whether `actor` may change `targetUser`'s flags and access lists (`member.update`; never the owner's, never one's own, an admin never another admin's). */
  canUpdateMemberAccess(actor: string, targetUser: string): DokployDecision;
  /** Whether `user` may point a deploy at the git provider (Dokploy's `canEditDeployGitSource`: the owner always; anyone else a provider they created or one shared with the organization). */
  canEditDeployGitSource(user: string, gitProviderId: string): DokployDecision;
  /** Swaps in a whole new state (a fresh slice from the server, say), validated as `load` validates it, all or nothing: a refused state throws and changes nothing. */
  replace(state: DokployState | string, options?: LoadOptions): void;
  /** The fingerprint of the state this slice was cut from; `null` for a state that is no slice. */
  sourceFingerprint(): string | null;
  /** The state, as loaded plus any changes. */
  toJSON(): DokployState;
  /** `sha256:` and the hash of the canonical state. */
  fingerprint(): string;
  /** What the input held that had to be interpreted; empty for a clean input. */
  warnings(): Warning[];
  /** Runs `listener` after every change of state (each mutator that succeeds, each `replace`), never after a refused one; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void;
  /** Frees the wasm memory now; every later call throws `PortcullisError` with code `freed`. */
  free(): void;
}
