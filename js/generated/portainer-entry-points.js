// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

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
  ["route", 9, "static", "requests", true, 1],
  ["canRequest", 10, "read", "requests", true, 2],
  ["explainRequest", 11, "read", "requests", true, 2],
  ["replace", 12, "change", null, false, 2],
  ["slice", 13, "read", "slices", true, 1],
  ["sliceJSON", 14, "read", "slices", true, 1],
  ["sourceFingerprint", 15, "read", null, true, 0],
  ["toJSON", 16, "read", null, true, 0],
  ["fingerprint", 17, "read", null, true, 0],
  ["warnings", 18, "read", null, true, 0],
];
