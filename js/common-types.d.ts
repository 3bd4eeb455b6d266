// Types every entry shares: warnings, limits, and what every decision carries. The code
// unions in ./codes.d.ts are generated from the compiled code enums when the package is built.
import type { DecisionCode, ErrorCode, WarningCode } from "./codes.js";

export type { DecisionCode, ErrorCode, WarningCode } from "./codes.js";

/** What an input held that the product accepts but portcullis had to interpret. */
export interface Warning {
  code: WarningCode;
  message: string;
  /** The JSON path of the value it is about, in the input. */
  path: string;
}
/** The package version, e.g. `"0.1.0"`. */
export function version(): string;

/** How many (user, target) pairs an authorizer remembers answers for at most. A product
 *  entry drops them all when it is full; the full entry keeps 1,024, in a fixed table whose
 *  slots new pairs take over. Every change of state drops them too. */
export const PAGE_CACHE_SIZE: number;
/** What every decision carries. */
export interface DecisionBase {
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
}

/** Allowed to an administrator of the model (its owner or admin, or its global administrator). */
export interface AdministratorDecision extends DecisionBase {
  allowed: true;
  code: "administrator";
  via: string;
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

/** An HTTP request as a gate reads it (`requestShape` makes one from a fetch `Request`). */
export interface RequestShape {
  /** `GET` unless given; any case. */
  method?: string;
  /** Absolute (`https://host/api/…`) or a path (`/api/…`), with its query. */
  url: string;
  /** JSON text, another text (a YAML file), or an already parsed value. */
  body?: unknown;
}

/** The second argument of `load`. */
export interface LoadOptions {
  limits?: Limits;
}

/** What a slice says of itself. */
export interface SliceInfo {
  /** The one user who acts in the slice; any other is an unknown user. */
  user: string;
  /** The fingerprint of the state it was cut from (`sourceFingerprint()`). */
  sourceFingerprint: string;
}
