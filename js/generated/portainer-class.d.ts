// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

import type { LoadOptions, PortainerAccess, PortainerApiData, PortainerCatalogEntry, PortainerChange, PortainerControl, PortainerDecision, PortainerMatrix, PortainerOperationId, PortainerRole, PortainerRoute, PortainerState, PortainerTarget, PortainerWhoCan, RequestShape, Warning } from "../portainer-types.js";

/** The `Portainer` authorizer: create one with `Portainer.load(state)`. */
export declare class Portainer {
  private constructor(core: unknown);
  /** Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`. */
  static load(state: PortainerState | string, options?: LoadOptions): Portainer;
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
  /** Swaps in a whole new state (a fresh slice from the server, say), validated as `load` validates it, all or nothing: a refused state throws and changes nothing. */
  replace(state: PortainerState | string, options?: LoadOptions): void;
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
