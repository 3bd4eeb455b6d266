/** Thrown by every portcullis call that refuses its input. */
export declare class PortcullisError extends Error {
  readonly name: "PortcullisError";
  /** Stable machine-readable code: `unknown_id`, `wrong_type`, `self_role_change`, … */
  readonly code: string;
  /** JSON path of the offending value in a loaded state (`members[2].role`); `""` for the whole input. */
  readonly path: string;
}
