// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

import type { DokployAccess, DokployAccessGrant, DokployCall, DokployCallContext, DokployCallDecision, DokployCatalogEntry, DokployChange, DokployDecision, DokployMemberAccess, DokployPermissionId, DokployPresets, DokployProcedure, DokployProcedurePath, DokployRolePermissions, DokployRows, DokployState, DokployTarget, DokployWhoCan, LoadOptions, RequestShape, Warning } from "../dokploy-types.js";

/** The `Dokploy` authorizer: create one with `Dokploy.load(state)`. */
export declare class Dokploy {
  private constructor(core: unknown);
  /** Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`. */
  static load(state: DokployState | string, options?: LoadOptions): Dokploy;
  /**
   * Loads Dokploy's own data as it stores and serves it: `{ organization?, members, roles?,
   * users?, licensed? }` (member and organization_role rows as Drizzle returns them, Dates
   * included); `warnings()` lists what had to be interpreted. Throws `PortcullisError`.
   */
  static fromRows(input: DokployRows | string, options?: LoadOptions): Dokploy;
  /** The catalog: one entry per permission, in order. */
  static catalog(): DokployCatalogEntry[];
  /** Dokploy's four custom-role presets, in its stored shape. */
  static presets(): DokployPresets;
  /** Every tRPC procedure of Dokploy (at the commit the README names), in path order: its path, builder, operation type, the permissions its checks request, and whether Dokploy checks tenancy in it. */
  static procedures(): DokployProcedure[];
  /** Reads an HTTP request Dokploy serves (tRPC, batched or not, GET or POST, superjson; the OpenAPI routes) into the calls it carries; throws `PortcullisError` (`invalid_request`, `unknown_id`, `limit_exceeded`) with the path of what is wrong. */
  static parseRequest(request: RequestShape): DokployCall[];
  /** The catalog: one entry per permission, in order. */
  catalog(): DokployCatalogEntry[];
  /** Dokploy's four custom-role presets, in its stored shape. */
  presets(): DokployPresets;
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
  /** Creates a custom role; throws the refusing decision's code. */
  createRole(actor: string, name: string, permissions: DokployRolePermissions): void;
  /** Whether `actor` may replace the custom role's permissions (and rename it to `newName`). */
  canUpdateRole(actor: string, name: string, permissions: DokployRolePermissions, newName?: string | null): DokployDecision;
  /** Replaces a custom role's permissions, renaming it (members follow) when `newName` is given. */
  updateRole(actor: string, name: string, permissions: DokployRolePermissions, newName?: string | null): void;
  /** Whether `actor` may delete the custom role (never while members hold it). */
  canDeleteRole(actor: string, name: string): DokployDecision;
  /** Deletes a custom role. */
  deleteRole(actor: string, name: string): void;
  /** Whether `actor` may invite someone with `role` (nobody invites an owner). */
  canInvite(actor: string, role: string): DokployDecision;
  /** Whether `actor` may give `targetUser` the role. */
  canAssignRole(actor: string, targetUser: string, role: string): DokployDecision;
  /** Gives `targetUser` the role. */
  assignRole(actor: string, targetUser: string, role: string): void;
  /** Whether `actor` may remove `targetUser` from the organization. */
  canRemoveMember(actor: string, targetUser: string): DokployDecision;
  /** Removes `targetUser` from the organization. */
  removeMember(actor: string, targetUser: string): void;
  /** Whether `actor` may change `targetUser`'s flags and access lists (`member.update`; never the owner's, never one's own, an admin never another admin's). */
  canUpdateMemberAccess(actor: string, targetUser: string): DokployDecision;
  /** Dokploy's "Add permissions": replaces the flags and access lists given; refused like `canUpdateMemberAccess`. */
  updateMemberAccess(actor: string, targetUser: string, access: DokployMemberAccess): void;
  /** Whether `user` may point a deploy at the git provider (Dokploy's `canEditDeployGitSource`: the owner always; anyone else a provider they created or one shared with the organization). */
  canEditDeployGitSource(user: string, gitProviderId: string): DokployDecision;
  /** Adds what `user` created to their access list; the grant to persist, or `null` if none was needed. */
  recordCreated(user: string, kind: keyof DokployTarget, id: string): DokployAccessGrant | null;
  /** Every member allowed `id` on the target, sorted by user id, each with the decision `explain` gives; an unknown target yields `[]`. */
  whoCan(id: DokployPermissionId, target?: DokployTarget | null): DokployWhoCan[];
  /** Every target the state names (the organization, every project, environment, service and git provider id) where the user is allowed something, with what `allowed` gives there. */
  accessOf(user: string): DokployAccess[];
  /** Every (user, permission, target) whose answer differs between this state and `next` (an object or JSON text), with both decisions; `[]` when nothing changes. */
  changes(next: DokployState | string): DokployChange[];
  /** What `createRole` would change (the `changes` list), changing nothing; throws its refusal. */
  previewCreateRole(actor: string, name: string, permissions: DokployRolePermissions): DokployChange[];
  /** What `updateRole` would change, changing nothing; throws its refusal. */
  previewUpdateRole(actor: string, name: string, permissions: DokployRolePermissions, newName?: string | null): DokployChange[];
  /** What `deleteRole` would change, changing nothing; throws its refusal. */
  previewDeleteRole(actor: string, name: string): DokployChange[];
  /** What `assignRole` would change, changing nothing; throws its refusal. */
  previewAssignRole(actor: string, targetUser: string, role: string): DokployChange[];
  /** What `removeMember` would change, changing nothing; throws its refusal. */
  previewRemoveMember(actor: string, targetUser: string): DokployChange[];
  /** What `updateMemberAccess` would change, changing nothing; throws its refusal. */
  previewUpdateMemberAccess(actor: string, targetUser: string, access: DokployMemberAccess): DokployChange[];
  /** Every tRPC procedure of Dokploy (at the commit the README names), in path order: its path, builder, operation type, the permissions its checks request, and whether Dokploy checks tenancy in it. */
  procedures(): DokployProcedure[];
  /** Reads an HTTP request Dokploy serves (tRPC, batched or not, GET or POST, superjson; the OpenAPI routes) into the calls it carries; throws `PortcullisError` (`invalid_request`, `unknown_id`, `limit_exceeded`) with the path of what is wrong. */
  parseRequest(request: RequestShape): DokployCall[];
  /** Whether `user` may call the procedure with `input`, as Dokploy's backend decides it. */
  canCall(user: string, procedure: DokployProcedurePath, input?: object | null, context?: DokployCallContext | null): boolean;
  /** The decision on `user` calling the procedure with `input`: the procedure's checks in Dokploy's order, the first refusal winning (`check`, `helper` and `trpcCode` say which and how Dokploy answers); stored facts the state lacks come from `context` (`missing_context` names one not given). An unknown procedure throws `unknown_id`. */
  explainCall(user: string, procedure: DokployProcedurePath, input?: object | null, context?: DokployCallContext | null): DokployCallDecision;
  /** Whether `user` may make the HTTP request (every call it carries). */
  canRequest(user: string, request: RequestShape, context?: DokployCallContext | null): boolean;
  /** The decision on `user` making the HTTP request: every call it carries, the first refusal winning (`call` is its position); a request that is no Dokploy call is refused (`invalid_request`, `unknown_route`), never allowed by omission. */
  explainRequest(user: string, request: RequestShape, context?: DokployCallContext | null): DokployCallDecision;
  /** Swaps in a whole new state (a fresh slice from the server, say), validated as `load` validates it, all or nothing: a refused state throws and changes nothing. */
  replace(state: DokployState | string, options?: LoadOptions): void;
  /** The slice of `user`: a state that `load` accepts in every build and that answers every call with `user` acting exactly as this one does, holding nothing else (other acting users are unknown in it); for a server to send to that user's browser. */
  slice(user: string): DokployState;
  /** `slice(user)` as JSON text, ready to send: a server that writes the slice to a response skips building and serializing the object. */
  sliceJSON(user: string): string;
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
