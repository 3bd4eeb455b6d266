// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

/** The target's fields, in the order the checks' fast paths write their ids. */
export const PORTAINER_TARGET_FIELDS = ["environmentId", "resourceId", "registryId"];

/** `[name, position, kind, feature or null, whether it answers, how many arguments it reads]` of every entry point. */
export const PORTAINER_ENTRY_POINTS = [
  ["load", 0, "open", null, true, 2],
  ["fromApi", 1, "open", "adapters", true, 2],
  ["catalog", 2, "static", "catalogs", true, 0],
  ["matrix", 3, "static", "catalogs", true, 0],
  ["can", 4, "read", null, true, 3],
  ["explain", 5, "read", null, true, 3],
  ["allowed", 6, "read", null, true, 2],
  ["roleOf", 7, "read", null, true, 2],
  ["canChangeOwnership", 8, "read", null, true, 3],
  ["whoCan", 9, "read", "manage", true, 2],
  ["accessOf", 10, "read", "manage", true, 1],
  ["changes", 11, "read", "manage", true, 1],
  ["route", 12, "static", "requests", true, 1],
  ["canRequest", 13, "read", "requests", true, 2],
  ["explainRequest", 14, "read", "requests", true, 2],
  ["replace", 15, "change", null, false, 2],
  ["slice", 16, "read", "slices", true, 1],
  ["sliceJSON", 17, "read", "slices", true, 1],
  ["sourceFingerprint", 18, "read", null, true, 0],
  ["toJSON", 19, "read", null, true, 0],
  ["fingerprint", 20, "read", null, true, 0],
  ["warnings", 21, "read", null, true, 0],
];
