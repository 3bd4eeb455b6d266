// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

/** `[name, position, kind, feature or null, whether it answers]` of every entry point. */
export const DOKPLOY_ENTRY_POINTS = [
  ["load", 0, "open", null, true],
  ["fromRows", 1, "open", "adapters", true],
  ["catalog", 2, "static", null, true],
  ["presets", 3, "static", null, true],
  ["can", 4, "read", null, true],
  ["explain", 5, "read", null, true],
  ["allowed", 6, "read", null, true],
  ["permissions", 7, "read", null, true],
  ["canCreateRole", 8, "read", null, true],
  ["createRole", 9, "change", null, false],
  ["canUpdateRole", 10, "read", null, true],
  ["updateRole", 11, "change", null, false],
  ["canDeleteRole", 12, "read", null, true],
  ["deleteRole", 13, "change", null, false],
  ["canInvite", 14, "read", null, true],
  ["canAssignRole", 15, "read", null, true],
  ["assignRole", 16, "change", null, false],
  ["canRemoveMember", 17, "read", null, true],
  ["removeMember", 18, "change", null, false],
  ["canUpdateMemberAccess", 19, "read", null, true],
  ["updateMemberAccess", 20, "change", null, false],
  ["recordCreated", 21, "change", null, true],
  ["toJSON", 22, "read", null, true],
  ["fingerprint", 23, "read", null, true],
  ["warnings", 24, "read", null, true],
];
