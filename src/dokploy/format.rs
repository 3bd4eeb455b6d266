//! The records of a Dokploy state and the fields each one's reader accepts, named once: the
//! readers finish with these lists, and `docs/state-formats.md` is generated from them.

/// The state: `{ licensed?, roles?, members, gitProviders?, slice? }`.
pub const STATE: [&str; 5] = ["licensed", "roles", "members", "gitProviders", "slice"];

/// What only a slice holds besides: the names of the roles its user does not hold, and who the
/// other members are.
pub const SLICE_STATE: [&str; 2] = ["roleNames", "memberRoles"];

/// A member row, in Dokploy's own field names.
pub const MEMBER: [&str; 18] = [
    "userId",
    "role",
    "canCreateProjects",
    "canDeleteProjects",
    "canCreateServices",
    "canDeleteServices",
    "canCreateEnvironments",
    "canDeleteEnvironments",
    "canAccessToTraefikFiles",
    "canAccessToDocker",
    "canAccessToAPI",
    "canAccessToSSHKeys",
    "canAccessToGitProviders",
    "accessedProjects",
    "accessedEnvironments",
    "accessedServices",
    "accessedGitProviders",
    "accessedServers",
];

/// A git provider row, in Dokploy's own field names.
pub const GIT_PROVIDER: [&str; 3] = ["gitProviderId", "userId", "sharedWithOrganization"];

/// Every record with its fields, in the order of the documentation.
pub const RECORDS: [(&str, &[&str]); 4] = [
    ("state", &STATE),
    ("slice", &SLICE_STATE),
    ("members[]", &MEMBER),
    ("gitProviders[]", &GIT_PROVIDER),
];
