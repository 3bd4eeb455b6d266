// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

/** `[name, position, kind, feature or null, whether it answers]` of every entry point. */
export const PORTAINER_ENTRY_POINTS = [
  ["load", 0, "open", null, true],
  ["fromApi", 1, "open", "adapters", true],
  ["catalog", 2, "static", null, true],
  ["matrix", 3, "static", null, true],
  ["can", 4, "read", null, true],
  ["explain", 5, "read", null, true],
  ["allowed", 6, "read", null, true],
  ["roleOf", 7, "read", null, true],
  ["canChangeOwnership", 8, "read", null, true],
  ["toJSON", 9, "read", null, true],
  ["fingerprint", 10, "read", null, true],
  ["warnings", 11, "read", null, true],
];
