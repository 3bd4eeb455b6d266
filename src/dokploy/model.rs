//! The organization as the evaluator holds it: licence, custom roles and member rows, in
//! Dokploy's own terms. `load` builds it, `save` writes it back.

use super::catalog::{Permissions, RoleStatements, ScopeKind, MEMBER_FLAGS};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::{IdList, IdMap};
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;

/// Most custom roles one organization may hold.
pub const MAX_CUSTOM_ROLES: usize = 10;
/// Longest custom role name.
pub const MAX_ROLE_NAME_LEN: usize = 50;

/// The role a member holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    Owner,
    Admin,
    Member,
    /// One of the organization's custom roles, by name.
    Custom(String),
}

impl Role {
    /// Reads a built-in role name; anything else is a custom role name.
    pub fn from_name(name: &str) -> Role {
        match name {
            "owner" => Role::Owner,
            "admin" => Role::Admin,
            "member" => Role::Member,
            custom => Role::Custom(custom.to_owned()),
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Role::Owner => "owner",
            Role::Admin => "admin",
            Role::Member => "member",
            Role::Custom(name) => name,
        }
    }

    /// Owner and admin: unscoped, and every permission but what admin lacks.
    pub fn is_administrator(&self) -> bool {
        matches!(self, Role::Owner | Role::Admin)
    }
}

/// Checks a stored custom role name as Dokploy's server does: 1–50 characters, not a
/// built-in name.
pub(crate) fn check_stored_role_name(name: &str, path: &str) -> Result<()> {
    if matches!(name, "owner" | "admin" | "member") {
        return Err(Error::new(
            ErrorCode::ReservedRoleName,
            path,
            format!("`{name}` is a built-in role and cannot be a custom role name"),
        ));
    }
    if name.is_empty() || name.chars().count() > MAX_ROLE_NAME_LEN {
        return Err(Error::new(
            ErrorCode::InvalidRoleName,
            path,
            format!("role name `{name}` must be 1 to {MAX_ROLE_NAME_LEN} characters"),
        ));
    }
    Ok(())
}

/// Whether a role name keeps to the characters Dokploy's UI allows, `[A-Za-z0-9_-]`.
pub(crate) fn within_ui_charset(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Checks a new custom role name as Dokploy's UI does: 1–50 characters of `[A-Za-z0-9_-]`,
/// not a built-in name.
pub fn validate_role_name(name: &str, path: &str) -> Result<()> {
    check_stored_role_name(name, path)?;
    if !within_ui_charset(name) {
        return Err(Error::new(
            ErrorCode::InvalidRoleName,
            path,
            format!(
                "role name `{name}` must be 1 to {MAX_ROLE_NAME_LEN} characters of letters, digits, `_` and `-`"
            ),
        ));
    }
    Ok(())
}

/// A custom role: a name and its permissions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomRole {
    pub(crate) name: String,
    pub(crate) statements: RoleStatements,
    /// In a slice: a role known by its name only (its permissions belong to others).
    pub(crate) withheld: bool,
}

impl CustomRole {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn permissions(&self) -> Permissions {
        self.statements.permissions()
    }
}

/// The names of a member row's fields, in the order they are saved.
pub(crate) const MEMBER_FIELDS: [&str; 18] = [
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

/// One member row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub(crate) user_id: String,
    pub(crate) role: Role,
    /// The eleven `can…` flags in [`MEMBER_FLAGS`] order; `None` when the row omits it.
    pub(crate) flags: [Option<bool>; MEMBER_FLAGS.len()],
    /// The five access lists in [`ScopeKind`] order; `None` when the row omits it.
    pub(crate) lists: [Option<IdList>; 5],
    /// What the role, the flags and the licence grant, compiled by
    /// [`Organization::compile`](super::Organization) after every load and change.
    pub(crate) permissions: Permissions,
    /// In a slice: a row that says only who the member is and which role they hold, for the
    /// answers that read another member (protections, role holders); such a member never acts.
    pub(crate) reference: bool,
}

impl Member {
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    pub fn role(&self) -> &Role {
        &self.role
    }

    /// Whether the row sets the flag at `index` of [`MEMBER_FLAGS`].
    pub(crate) fn flag(&self, index: usize) -> bool {
        self.flags[index].unwrap_or(false)
    }

    /// Whether the member's access list of `kind` names `id`.
    pub fn has_access(&self, kind: ScopeKind, id: &str) -> bool {
        self.lists[kind.index()]
            .as_ref()
            .is_some_and(|ids| ids.contains(id))
    }
}

/// A git provider of the organization, as Dokploy's `git_provider` row says what its access
/// rules read: who created it and whether it is shared with the organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitProvider {
    pub(crate) id: String,
    /// The `userId` of its creator (who may have left the organization since); `None` in a
    /// slice where the creator is someone else.
    pub(crate) creator: Option<String>,
    /// `sharedWithOrganization`; `None` when the row omits it (not shared).
    pub(crate) shared: Option<bool>,
}

impl GitProvider {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn creator(&self) -> Option<&str> {
        self.creator.as_deref()
    }

    pub fn shared(&self) -> bool {
        self.shared.unwrap_or(false)
    }
}

/// A Dokploy organization: what the evaluator decides on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// What loading had to interpret; never part of the state.
    pub(crate) warnings: Vec<Warning>,
    pub(crate) licensed: Option<bool>,
    pub(crate) roles: Vec<CustomRole>,
    pub(crate) members: Vec<Member>,
    pub(crate) member_index: IdMap<String, usize>,
    /// The organization's git providers; `None` when the state does not list them (then no
    /// provider is anyone's own or shared).
    pub(crate) git_providers: Option<Vec<GitProvider>>,
    pub(crate) provider_index: IdMap<String, usize>,
    /// Set when the state is a slice: its one acting user and where it was cut from.
    pub(crate) slice: Option<SliceInfo>,
}

impl Organization {
    /// What loading had to interpret (empty for a clean input).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Whether the organization holds an Enterprise licence (custom roles work only then).
    pub fn licensed(&self) -> bool {
        self.licensed.unwrap_or(false)
    }

    pub fn members(&self) -> &[Member] {
        &self.members
    }

    pub fn member(&self, user_id: &str) -> Option<&Member> {
        self.member_index.get(user_id).map(|&i| &self.members[i])
    }

    /// The member `user_id` when they may act: in a slice, only its user, from a full row.
    pub fn acting(&self, user_id: &str) -> Option<&Member> {
        self.member(user_id).filter(|m| self.may_act(m))
    }

    /// The member at `index` of [`members`](Self::members) when they may act.
    pub(crate) fn acting_at(&self, index: Option<usize>) -> Option<&Member> {
        index
            .and_then(|i| self.members.get(i))
            .filter(|m| self.may_act(m))
    }

    /// Whether `member` may act in this state (always, unless it is a slice).
    pub(crate) fn may_act(&self, member: &Member) -> bool {
        !member.reference
            && self
                .slice
                .as_ref()
                .map_or(true, |s| s.acts(&member.user_id))
    }

    /// The `slice` field: `Some` when this state is a slice.
    pub fn slice_info(&self) -> Option<&SliceInfo> {
        self.slice.as_ref()
    }

    pub(crate) fn member_mut(&mut self, user_id: &str) -> Option<&mut Member> {
        self.member_index
            .get(user_id)
            .copied()
            .map(move |i| &mut self.members[i])
    }

    /// The git provider `id`, when the state lists it.
    pub fn git_provider(&self, id: &str) -> Option<&GitProvider> {
        self.provider_index
            .get(id)
            .and_then(|&i| self.git_providers.as_ref()?.get(i))
    }

    pub fn custom_roles(&self) -> &[CustomRole] {
        &self.roles
    }

    pub fn custom_role(&self, name: &str) -> Option<&CustomRole> {
        self.roles.iter().find(|r| r.name == name)
    }

    pub(crate) fn reindex(&mut self) {
        self.member_index = self
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.user_id.clone(), i))
            .collect();
    }
}
