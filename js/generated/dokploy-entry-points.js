// Generated from the table of entry points (src/api/, entry_points!) by tests/generated_js.rs;
// do not edit: run `UPDATE_GENERATED=1 cargo test --test generated_js`.

/** `[name, position, kind, feature or null, whether it answers, how many arguments it reads]` of every entry point. */
export const DOKPLOY_ENTRY_POINTS = [
  ["load", 0, "open", null, true, 2],
  ["fromRows", 1, "open", "adapters", true, 2],
  ["catalog", 2, "static", null, true, 0],
  ["presets", 3, "static", null, true, 0],
  ["can", 4, "read", null, true, 3],
  ["explain", 5, "read", null, true, 3],
  ["allowed", 6, "read", null, true, 2],
  ["permissions", 7, "read", null, true, 1],
  ["canCreateRole", 8, "read", null, true, 3],
  ["createRole", 9, "change", null, false, 3],
  ["canUpdateRole", 10, "read", null, true, 4],
  ["updateRole", 11, "change", null, false, 4],
  ["canDeleteRole", 12, "read", null, true, 2],
  ["deleteRole", 13, "change", null, false, 2],
  ["canInvite", 14, "read", null, true, 2],
  ["canAssignRole", 15, "read", null, true, 3],
  ["assignRole", 16, "change", null, false, 3],
  ["canRemoveMember", 17, "read", null, true, 2],
  ["removeMember", 18, "change", null, false, 2],
  ["canUpdateMemberAccess", 19, "read", null, true, 2],
  ["updateMemberAccess", 20, "change", null, false, 3],
  ["canEditDeployGitSource", 21, "read", null, true, 2],
  ["recordCreated", 22, "change", null, true, 3],
  ["slice", 23, "read", "adapters", true, 1],
  ["sourceFingerprint", 24, "read", null, true, 0],
  ["toJSON", 25, "read", null, true, 0],
  ["fingerprint", 26, "read", null, true, 0],
  ["warnings", 27, "read", null, true, 0],
];
