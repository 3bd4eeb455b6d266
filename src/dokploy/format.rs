//! The records of a Dokploy state and the fields each one's reader accepts, named once: the
//! readers finish with these lists, and `docs/state-formats.md` is generated from them.

use super::catalog::{ScopeKind, MEMBER_FLAGS};

/// The state: `{ licensed?, roles?, members, gitProviders?, slice? }`.
pub const STATE: [&str; 5] = ["licensed", "roles", "members", "gitProviders", "slice"];

/// What only a slice holds besides: the names of the roles its user does not hold, and who the
/// other members are.
pub const SLICE_STATE: [&str; 2] = ["roleNames", "memberRoles"];

/// A member row, in Dokploy's own field names: the user and role, the member flags of the
/// catalog, then an access list per scope kind.
pub const MEMBER: [&str; MEMBER_FIELDS] = member_fields();

const MEMBER_FIELDS: usize = 2 + MEMBER_FLAGS.len() + ScopeKind::ALL.len();

/// [`MEMBER`], from the catalog's flags and scope kinds, which name each field once.
const fn member_fields() -> [&'static str; MEMBER_FIELDS] {
    let mut fields = [""; MEMBER_FIELDS];
    fields[0] = "userId";
    fields[1] = "role";
    let mut flag = 0;
    while flag < MEMBER_FLAGS.len() {
        fields[2 + flag] = MEMBER_FLAGS[flag].0;
        flag += 1;
    }
    let mut kind = 0;
    while kind < ScopeKind::ALL.len() {
        fields[2 + MEMBER_FLAGS.len() + kind] = ScopeKind::ALL[kind].access_list();
        kind += 1;
    }
    fields
}

/// A git provider row, in Dokploy's own field names.
pub const GIT_PROVIDER: [&str; 3] = ["gitProviderId", "userId", "sharedWithOrganization"];

/// Every record with its fields, in the order of the documentation.
pub const RECORDS: [(&str, &[&str]); 4] = [
    ("state", &STATE),
    ("slice", &SLICE_STATE),
    ("members[]", &MEMBER),
    ("gitProviders[]", &GIT_PROVIDER),
];
