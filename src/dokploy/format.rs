//! The records of a Dokploy state and their fields, each named once: the readers, the writers
//! and the slicer use these constants (a member's flags and access lists are the catalog's),
//! the readers finish with each record's `FIELDS`, and `docs/state-formats.md` is generated
//! from [`RECORDS`].

use super::catalog::{ScopeKind, MEMBER_FLAGS};
use crate::core::record::record_fields;

record_fields! {
    /// The state: `{ licensed?, roles?, members, gitProviders?, slice? }`.
    state {
        LICENSED: "licensed",
        ROLES: "roles",
        MEMBERS: "members",
        GIT_PROVIDERS: "gitProviders",
        SLICE: "slice",
    }
}

record_fields! {
    /// What only a slice holds besides: the names of the roles its user does not hold, and who
    /// the other members are.
    slice_state {
        ROLE_NAMES: "roleNames",
        MEMBER_ROLES: "memberRoles",
    }
}

record_fields! {
    /// Who a member is and which role they hold: a slice's `memberRoles[]`, and the first
    /// fields of a member.
    member_role {
        USER_ID: "userId",
        ROLE: "role",
    }
}

/// A member row, in Dokploy's own field names: the user and role, the member flags of the
/// catalog, then an access list per scope kind.
pub const MEMBER: [&str; MEMBER_FIELDS] = member_fields();

const MEMBER_FIELDS: usize = member_role::FIELDS.len() + MEMBER_FLAGS.len() + ScopeKind::ALL.len();

/// [`MEMBER`], from [`member_role`] and the catalog's flags and scope kinds, which name each
/// field once.
const fn member_fields() -> [&'static str; MEMBER_FIELDS] {
    let mut fields = [""; MEMBER_FIELDS];
    let mut at = 0;
    while at < member_role::FIELDS.len() {
        fields[at] = member_role::FIELDS[at];
        at += 1;
    }
    let mut flag = 0;
    while flag < MEMBER_FLAGS.len() {
        fields[at] = MEMBER_FLAGS[flag].0;
        flag += 1;
        at += 1;
    }
    let mut kind = 0;
    while kind < ScopeKind::ALL.len() {
        fields[at] = ScopeKind::ALL[kind].access_list();
        kind += 1;
        at += 1;
    }
    fields
}

record_fields! {
    /// A git provider row, in Dokploy's own field names.
    git_provider {
        GIT_PROVIDER_ID: "gitProviderId",
        USER_ID: "userId",
        SHARED_WITH_ORGANIZATION: "sharedWithOrganization",
    }
}

/// Every record with its fields, in the order of the documentation.
pub const RECORDS: [(&str, &[&str]); 4] = [
    ("state", state::FIELDS),
    ("slice", slice_state::FIELDS),
    ("members[]", &MEMBER),
    ("gitProviders[]", git_provider::FIELDS),
];
