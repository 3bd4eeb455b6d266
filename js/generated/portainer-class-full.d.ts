// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

import type { LoadOptions, PortainerAccess, PortainerApiData, PortainerCatalogEntry, PortainerChange, PortainerControl, PortainerDecision, PortainerMatrix, PortainerOperationId, PortainerRole, PortainerRoute, PortainerState, PortainerTarget, PortainerWhoCan, RequestShape, Warning } from "../portainer-types.js";

/** The `Portainer` authorizer: create one with `Portainer.load(state)`. */
export declare class Portainer {
  private constructor(core: unknown);
  /** Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`. */
  static load(state: PortainerState | string, options?: LoadOptions): Portainer;
  /**
   * Loads Portainer's own API responses: `{ users, teams, teamMemberships, endpointGroups,
   * endpoints, registries, stacks?, resourceControls?, docker? }`, `docker` keyed by
   * environment id; `warnings()` lists what had to be interpreted. Throws `PortcullisError`.
   */
  static fromApi(input: PortainerApiData | string, options?: LoadOptions): Portainer;
  /** The catalog: one entry per operation, in order. */
  static catalog(): PortainerCatalogEntry[];
  /** The role × operation table. */
  static matrix(): PortainerMatrix;
  /** The operation and target of an HTTP request to Portainer: Docker Engine API requests through its proxy (`/api/endpoints/{id}/docker/…`, with or without `/v1.xx`), its stack, template and registry API (environment from `?endpointId=`); creation bodies become the target's `request`. `null` when the request is none of the operations; throws `invalid_request` for a body that cannot be read. */
  static route(request: RequestShape): PortainerRoute | null;
  /** The catalog: one entry per operation, in order. */
  catalog(): PortainerCatalogEntry[];
  /** The role × operation table. */
  matrix(): PortainerMatrix;
  /** Whether the user may run the operation on the target. */
  can(user: string, id: PortainerOperationId, target: PortainerTarget): boolean;
  /** The decision with its reason. */
  explain(user: string, id: PortainerOperationId, target: PortainerTarget): PortainerDecision;
  /** Every operation allowed to the user on the target, in catalog order. */
  allowed(user: string, target: PortainerTarget): PortainerOperationId[];
  /** The user's role on the environment; `null` for none, the global administrator or unknown ids. */
  roleOf(user: string, environmentId: string): PortainerRole | null;
  /** Whether the user may give the resource this new control. */
  canChangeOwnership(user: string, target: PortainerTarget, newControl: PortainerControl): PortainerDecision;
  /** Every user allowed `id` on the target, sorted by user id, each with the decision `explain` gives; an unknown target yields `[]`. */
  whoCan(id: PortainerOperationId, target: PortainerTarget): PortainerWhoCan[];
  /** Every target the state names (each environment, and on it every registry and resource) where the user is allowed something, with what `allowed` gives there. */
  accessOf(user: string): PortainerAccess[];
  /** Every (user, operation, target) whose answer differs between this state and `next` (an object or JSON text), with both decisions; `[]` when nothing changes. */
  changes(next: PortainerState | string): PortainerChange[];
  /** The operation and target of an HTTP request to Portainer: Docker Engine API requests through its proxy (`/api/endpoints/{id}/docker/…`, with or without `/v1.xx`), its stack, template and registry API (environment from `?endpointId=`); creation bodies become the target's `request`. `null` when the request is none of the operations; throws `invalid_request` for a body that cannot be read. */
  route(request: RequestShape): PortainerRoute | null;
  /** Whether `user` may make the HTTP request. */
  canRequest(user: string, request: RequestShape): boolean;
  /** The decision on `user` making the HTTP request: its operation explained on its target; a request that maps to no operation is refused (`unknown_route`), one that cannot be read too (`invalid_request`), never allowed by omission. */
  explainRequest(user: string, request: RequestShape): PortainerDecision;
  /** Swaps in a whole new state (a fresh slice from the server, say), validated as `load` validates it, all or nothing: a refused state throws and changes nothing. */
  replace(state: PortainerState | string, options?: LoadOptions): void;
  /** The slice of `user`: a state that `load` accepts in every build and that answers every call with `user` acting exactly as this one does, holding nothing else (other acting users are unknown in it); for a server to send to that user's browser. */
  slice(user: string): PortainerState;
  /** `slice(user)` as JSON text, ready to send: a server that writes the slice to a response skips building and serializing the object. */
  sliceJSON(user: string): string;
  /** The fingerprint of the state this slice was cut from; `null` for a state that is no slice. */
  sourceFingerprint(): string | null;
  /** The state, as loaded plus any changes. */
  toJSON(): PortainerState;
  /** `sha256:` and the hash of the canonical state. */
  fingerprint(): string;
  /** What the input held that had to be interpreted; empty for a clean input. */
  warnings(): Warning[];
  /** Runs `listener` after every change of state (each mutator that succeeds, each `replace`), never after a refused one; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void;
  /** Frees the wasm memory now; every later call throws `PortcullisError` with code `freed`. */
  free(): void;
}
