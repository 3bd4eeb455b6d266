import type { DecisionCode, ErrorCode } from "./codes.js";

/** Thrown by every portcullis call that refuses its input. */
export declare class PortcullisError extends Error {
  readonly name: "PortcullisError";
  /** Stable machine-readable code: an `ErrorCode` (`unknown_id`, `invalid_argument`, …), or
   *  for a refused management call the refusing decision's code (`self_role_change`, …). */
  readonly code: ErrorCode | DecisionCode;
  /** JSON path of the offending value in a loaded state (`members[2].role`); `""` for the whole input. */
  readonly path: string;
}
