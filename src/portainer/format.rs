//! The records of a Portainer state and their fields, each named once: the readers, the
//! writers and the slicer use these constants, the readers finish with each record's `FIELDS`,
//! and `docs/state-formats.md` is generated from [`RECORDS`].

use crate::core::record::record_fields;

record_fields! {
    /// The state: its lists and, for a slice, what the slice says of itself.
    state {
        USERS: "users",
        TEAMS: "teams",
        GROUPS: "groups",
        ENVIRONMENTS: "environments",
        REGISTRIES: "registries",
        RESOURCES: "resources",
        SLICE: "slice",
    }
}

/// The state's lists, in the order they are read: all its fields but `slice`.
pub const LISTS: &[&str] = state::FIELDS.split_at(6).0;

record_fields! {
    /// What only a slice holds besides: the ids of the users it does not describe.
    slice_state {
        USER_IDS: "userIds",
    }
}

record_fields! {
    /// A user.
    user {
        ID: "id",
        NAME: "name",
        ADMINISTRATOR: "administrator",
        TEAMS: "teams",
    }
}

record_fields! {
    /// A team, and a registry: an id and a name.
    named {
        ID: "id",
        NAME: "name",
    }
}

record_fields! {
    /// An environment group.
    group {
        ID: "id",
        NAME: "name",
        USER_POLICIES: "userPolicies",
        TEAM_POLICIES: "teamPolicies",
    }
}

record_fields! {
    /// An environment.
    environment {
        ID: "id",
        NAME: "name",
        KIND: "kind",
        GROUP_ID: "groupId",
        USER_POLICIES: "userPolicies",
        TEAM_POLICIES: "teamPolicies",
        SECURITY_SETTINGS: "securitySettings",
        REGISTRY_ACCESS: "registryAccess",
    }
}

record_fields! {
    /// Who a registry is granted to on an environment.
    registry_grant {
        USERS: "users",
        TEAMS: "teams",
    }
}

record_fields! {
    /// A Docker resource of an environment.
    resource {
        TYPE: "type",
        ID: "id",
        NAME: "name",
        ENVIRONMENT_ID: "environmentId",
        CONTROL: "control",
        STACK: "stack",
        SERVICE: "service",
    }
}

record_fields! {
    /// A resource's access control.
    control {
        PUBLIC: "public",
        ADMINISTRATORS_ONLY: "administratorsOnly",
        USERS: "users",
        TEAMS: "teams",
        SUB_RESOURCES: "subResources",
    }
}

/// Every record with its fields, in the order of the documentation (the security settings'
/// fields are [`SecuritySetting::field`](super::SecuritySetting::field)'s).
pub const RECORDS: [(&str, &[&str]); 10] = [
    ("state", state::FIELDS),
    ("slice", slice_state::FIELDS),
    ("users[]", user::FIELDS),
    ("teams[]", named::FIELDS),
    ("groups[]", group::FIELDS),
    ("environments[]", environment::FIELDS),
    ("environments[].registryAccess.*", registry_grant::FIELDS),
    ("registries[]", named::FIELDS),
    ("resources[]", resource::FIELDS),
    ("resources[].control", control::FIELDS),
];
