//! The records of a Portainer state and the fields each one's reader accepts, named once: the
//! readers finish with these lists, and `docs/state-formats.md` is generated from them.

/// The state: its lists and, for a slice, what the slice says of itself.
pub const STATE: [&str; 7] = [
    "users",
    "teams",
    "groups",
    "environments",
    "registries",
    "resources",
    "slice",
];

/// The state's lists, in the order they are read: all its fields but `slice`.
pub const LISTS: &[&str] = STATE.split_at(6).0;

/// What only a slice holds besides: the ids of the users it does not describe.
pub const SLICE_STATE: [&str; 1] = ["userIds"];

/// A user.
pub const USER: [&str; 4] = ["id", "name", "administrator", "teams"];

/// A team, and a registry: an id and a name.
pub const NAMED: [&str; 2] = ["id", "name"];

/// An environment group.
pub const GROUP: [&str; 4] = ["id", "name", "userPolicies", "teamPolicies"];

/// An environment.
pub const ENVIRONMENT: [&str; 8] = [
    "id",
    "name",
    "kind",
    "groupId",
    "userPolicies",
    "teamPolicies",
    "securitySettings",
    "registryAccess",
];

/// Who a registry is granted to on an environment.
pub const REGISTRY_GRANT: [&str; 2] = ["users", "teams"];

/// A Docker resource of an environment.
pub const RESOURCE: [&str; 7] = [
    "type",
    "id",
    "name",
    "environmentId",
    "control",
    "stack",
    "service",
];

/// A resource's access control.
pub const CONTROL: [&str; 5] = [
    "public",
    "administratorsOnly",
    "users",
    "teams",
    "subResources",
];

/// Every record with its fields, in the order of the documentation (the security settings'
/// fields are [`SecuritySetting::field`](super::SecuritySetting::field)'s).
pub const RECORDS: [(&str, &[&str]); 10] = [
    ("state", &STATE),
    ("slice", &SLICE_STATE),
    ("users[]", &USER),
    ("teams[]", &NAMED),
    ("groups[]", &GROUP),
    ("environments[]", &ENVIRONMENT),
    ("environments[].registryAccess.*", &REGISTRY_GRANT),
    ("registries[]", &NAMED),
    ("resources[]", &RESOURCE),
    ("resources[].control", &CONTROL),
];
