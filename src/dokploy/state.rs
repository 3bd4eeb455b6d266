//! The organization state: licence, custom roles and member rows, in Dokploy's own field
//! names, loaded strictly and saved back unchanged.

use super::catalog::{Permissions, RoleStatements, ScopeKind, MEMBER_FLAGS};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::{IdList, IdMap};
use crate::core::json::{
    as_array, as_object, join_index, join_key, ObjectReader, ObjectWriter, Value,
};

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

/// Checks a custom role name: 1–50 characters of `[A-Za-z0-9_-]`, not a built-in name.
pub fn validate_role_name(name: &str, path: &str) -> Result<()> {
    if matches!(name, "owner" | "admin" | "member") {
        return Err(Error::new(
            ErrorCode::ReservedRoleName,
            path,
            format!("`{name}` is a built-in role and cannot be a custom role name"),
        ));
    }
    let well_formed = !name.is_empty()
        && name.chars().count() <= MAX_ROLE_NAME_LEN
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if !well_formed {
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
const MEMBER_FIELDS: [&str; 18] = [
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

    fn from_value(value: &Value, path: &str, roles: &[CustomRole]) -> Result<Self> {
        let mut row = ObjectReader::new(value, path)?;
        let user_id = row.required_id("userId")?;
        let (role_value, role_path) = row.required("role")?;
        let role_name = crate::core::json::as_str(role_value, &role_path)?;
        let role = Role::from_name(role_name);
        if let Role::Custom(name) = &role {
            if !roles.iter().any(|r| &r.name == name) {
                return Err(Error::new(
                    ErrorCode::InvalidValue,
                    role_path,
                    format!(
                        "role `{name}` is neither owner, admin, member nor one of the organization's custom roles"
                    ),
                ));
            }
        }
        let mut flags = [None; MEMBER_FLAGS.len()];
        for (slot, (flag, _)) in flags.iter_mut().zip(MEMBER_FLAGS.iter()) {
            *slot = row.optional_bool(flag)?;
        }
        let mut lists: [Option<IdList>; 5] = Default::default();
        for (slot, kind) in lists.iter_mut().zip(ScopeKind::ALL) {
            *slot = row.optional_id_list(kind.access_list())?;
        }
        row.finish(&MEMBER_FIELDS)?;
        Ok(Member {
            user_id,
            role,
            flags,
            lists,
        })
    }

    fn to_value(&self) -> Value {
        let mut row = ObjectWriter::new()
            .string("userId", &self.user_id)
            .string("role", self.role.name());
        for ((flag, _), value) in MEMBER_FLAGS.iter().zip(self.flags) {
            row = row.optional_bool(flag, value);
        }
        for (kind, list) in ScopeKind::ALL.iter().zip(&self.lists) {
            row = row.optional_ids(kind.access_list(), list.as_deref());
        }
        row.build()
    }
}

/// A Dokploy organization: what the evaluator decides on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub(crate) licensed: Option<bool>,
    pub(crate) roles: Vec<CustomRole>,
    pub(crate) members: Vec<Member>,
    pub(crate) member_index: IdMap<String, usize>,
}

impl Organization {
    /// Loads a state from JSON text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(text: &str) -> Result<Self> {
        Self::from_value(&Value::parse(text)?)
    }

    /// Loads a state from a JSON value, refusing anything the format does not define.
    pub fn from_value(value: &Value) -> Result<Self> {
        let mut top = ObjectReader::new(value, "")?;
        let licensed = top.optional_bool("licensed")?;
        let roles = match top.optional("roles") {
            Some((value, path)) => load_roles(value, &path)?,
            None => Vec::new(),
        };
        let (members_value, members_path) = top.required("members")?;
        top.finish(&["licensed", "roles", "members"])?;

        let mut members = Vec::new();
        let mut member_index = IdMap::default();
        let mut owner_path: Option<String> = None;
        for (i, row) in as_array(members_value, &members_path)?.iter().enumerate() {
            let path = join_index(&members_path, i);
            let member = Member::from_value(row, &path, &roles)?;
            if member_index.insert(member.user_id.clone(), i).is_some() {
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    format!("{path}.userId"),
                    format!("user `{}` is a member twice", member.user_id),
                ));
            }
            if member.role == Role::Owner {
                if let Some(first) = &owner_path {
                    return Err(Error::new(
                        ErrorCode::OwnerCount,
                        format!("{path}.role"),
                        format!(
                            "an organization has exactly one owner; `{first}` is the owner already"
                        ),
                    ));
                }
                owner_path = Some(path.clone());
            }
            members.push(member);
        }
        if owner_path.is_none() {
            return Err(Error::new(
                ErrorCode::OwnerCount,
                members_path,
                "an organization has exactly one owner; no member has the role `owner`",
            ));
        }
        Ok(Organization {
            licensed,
            roles,
            members,
            member_index,
        })
    }

    /// The state as loaded plus any changes made since.
    pub fn to_value(&self) -> Value {
        let mut top = ObjectWriter::new().optional_bool("licensed", self.licensed);
        if !self.roles.is_empty() {
            top = top.field(
                "roles",
                Value::Object(
                    self.roles
                        .iter()
                        .map(|r| (r.name.clone(), r.statements.to_value()))
                        .collect(),
                ),
            );
        }
        top.field(
            "members",
            Value::Array(self.members.iter().map(Member::to_value).collect()),
        )
        .build()
    }

    /// JSON text of [`to_value`](Self::to_value).
    pub fn to_json(&self) -> String {
        self.to_value().to_json_string()
    }

    /// A stable hash of the canonical state.
    pub fn fingerprint(&self) -> String {
        crate::core::fingerprint::fingerprint(&self.to_value())
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

    pub(crate) fn member_mut(&mut self, user_id: &str) -> Option<&mut Member> {
        self.member_index
            .get(user_id)
            .copied()
            .map(move |i| &mut self.members[i])
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

fn load_roles(value: &Value, path: &str) -> Result<Vec<CustomRole>> {
    let entries = as_object(value, path)?;
    if entries.len() > MAX_CUSTOM_ROLES {
        return Err(Error::new(
            ErrorCode::LimitExceeded,
            path,
            format!(
                "an organization holds at most {MAX_CUSTOM_ROLES} custom roles; this one has {}",
                entries.len()
            ),
        ));
    }
    entries
        .iter()
        .map(|(name, statements)| {
            let role_path = join_key(path, name);
            validate_role_name(name, &role_path)?;
            Ok(CustomRole {
                name: name.clone(),
                statements: RoleStatements::from_value(statements, &role_path)?,
            })
        })
        .collect()
}

impl Organization {
    /// Every id in any member's access lists: the only target ids that can match anything.
    pub fn listed_ids(&self) -> impl Iterator<Item = &str> {
        self.members
            .iter()
            .flat_map(|m| m.lists.iter().flatten().flatten())
            .map(String::as_str)
    }
}
