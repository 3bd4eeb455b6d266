//! Dokploy's own data, as it stores and serves it, loaded as an organization:
//! `{ organization?, members, roles?, users?, licensed? }` where `members` are `member` rows as
//! Drizzle returns them (with or without `user.all`'s nested `user`), `roles` are
//! `organization_role` rows or `customRole.all`'s merged entries, and the licence is decided
//! as Dokploy decides it. Extra columns are accepted and ignored, the known ones type-checked.
//!
//! What Dokploy accepts but portcullis's own rules would refuse loads with a warning and the
//! decision Dokploy would reach; what Dokploy cannot hold (two owners, a malformed
//! `permission`) is an error with the path of the bad value in the input.

use crate::prelude::*;

use super::catalog::{statements_value, RoleStatements, MEMBER_FLAGS};
use super::model::{check_stored_role_name, within_ui_charset, Organization, MAX_CUSTOM_ROLES};
use super::ScopeKind;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::IdSet;
use crate::core::json::{
    as_array, as_object, join_index, join_key, ObjectReader, ObjectWriter, Value,
};
use crate::core::parse::read_tree;
// A row may hold more columns than portcullis reads.
use crate::core::json::present_field as column;
use crate::core::limits::Limits;
use crate::core::warning::{Warning, WarningCode};

/// The columns of a `member` row besides the flags and lists, with the types Drizzle gives
/// them (a `Date` arrives as its ISO text).
const MEMBER_COLUMNS: [(&str, Kind); 6] = [
    ("id", Kind::Text),
    ("organizationId", Kind::Text),
    ("createdAt", Kind::Text),
    ("teamId", Kind::Text),
    ("isDefault", Kind::Flag),
    ("user", Kind::Row),
];

/// The JSON type a known column must have (or `null`).
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Flag,
    Row,
}

fn check_column(value: &Value, kind: Kind, path: &str) -> Result<()> {
    let fits = matches!(
        (kind, value),
        (_, Value::Null)
            | (Kind::Text, Value::String(_))
            | (Kind::Flag, Value::Bool(_))
            | (Kind::Row, Value::Object(_))
    );
    if fits {
        return Ok(());
    }
    let expected = match kind {
        Kind::Text => "a string",
        Kind::Flag => "a boolean",
        Kind::Row => "an object",
    };
    Err(Error::new(
        ErrorCode::WrongType,
        path,
        format!("expected {expected} or null, found {}", value.kind()),
    ))
}

fn text<'v>(row: &'v Value, key: &str, path: &str) -> Result<&'v str> {
    match column(row, key) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s),
        Some(other) => Err(Error::new(
            ErrorCode::WrongType,
            join_key(path, key),
            format!("expected a non-empty string, found {}", other.kind()),
        )),
        None => Err(Error::new(
            ErrorCode::MissingField,
            join_key(path, key),
            format!("`{key}` is required"),
        )),
    }
}

/// A custom role as the rows give it: its name and merged statements.
struct StoredRole {
    name: String,
    /// `(resource, actions)` in first-seen order, each action once.
    entries: Vec<(String, Vec<String>)>,
}

impl StoredRole {
    /// Adds a row's statements, as Dokploy merges rows of one name: each resource's actions
    /// as a set, in first-seen order.
    fn merge(&mut self, statements: &Value) {
        if let Value::Object(fields) = statements {
            for (resource, actions) in fields {
                let index = match self.entries.iter().position(|(r, _)| r == resource) {
                    Some(index) => index,
                    None => {
                        self.entries.push((resource.clone(), Vec::new()));
                        self.entries.len() - 1
                    }
                };
                if let Value::Array(actions) = actions {
                    for action in actions {
                        if let Value::String(action) = action {
                            if !self.entries[index].1.contains(action) {
                                self.entries[index].1.push(action.clone());
                            }
                        }
                    }
                }
            }
        }
    }

    fn to_value(&self) -> Value {
        statements_value(&self.entries)
    }
}

/// Reads `roles`: `organization_role` rows (`permission` as JSON text or an object),
/// `customRole.all` entries (`permissions`), or portcullis's own `{ name: statements }`.
fn read_roles(value: &Value, path: &str, warnings: &mut Vec<Warning>) -> Result<Vec<StoredRole>> {
    let mut roles: Vec<StoredRole> = Vec::new();
    let rows: Vec<(String, &str, Value, String)> = match value {
        Value::Object(_) => as_object(value, path)?
            .iter()
            .map(|(name, statements)| {
                let at = join_key(path, name);
                (at.clone(), name.as_str(), statements.clone(), at)
            })
            .collect(),
        _ => {
            let mut rows = Vec::new();
            for (i, row) in as_array(value, path)?.iter().enumerate() {
                let row_path = join_index(path, i);
                as_object(row, &row_path)?;
                let name = text(row, "role", &row_path)?;
                let (statements, statements_path) = match (column(row, "permission"), column(row, "permissions")) {
                    (Some(Value::String(json)), _) => {
                        let at = join_key(&row_path, "permission");
                        let parsed = Value::parse(json).map_err(|e| {
                            Error::new(ErrorCode::InvalidJson, &at, format!("`permission` is not JSON: {}", e.message()))
                        })?;
                        (parsed, at)
                    }
                    (Some(object), _) => (object.clone(), join_key(&row_path, "permission")),
                    (None, Some(object)) => (object.clone(), join_key(&row_path, "permissions")),
                    (None, None) => {
                        return Err(Error::new(
                            ErrorCode::MissingField,
                            join_key(&row_path, "permission"),
                            "a role row needs `permission` (organization_role) or `permissions` (customRole.all)",
                        ))
                    }
                };
                rows.push((
                    join_key(&row_path, "role"),
                    name,
                    statements,
                    statements_path,
                ));
            }
            rows
        }
    };
    for (name_path, name, statements, statements_path) in rows {
        check_stored_role_name(name, &name_path)?;
        // Dokploy's router refuses unknown resources and actions; a stored one is an error.
        read_tree(&statements, |s| {
            RoleStatements::from_value(s, &statements_path)
        })?;
        match roles.iter_mut().find(|r| r.name == name) {
            Some(role) => {
                warnings.push(Warning::new(
                    WarningCode::MergedRoleRows,
                    &name_path,
                    format!("several rows define the role `{name}`; their permissions are merged, as Dokploy merges them"),
                ));
                role.merge(&statements);
            }
            None => {
                if !within_ui_charset(name) {
                    warnings.push(Warning::new(
                        WarningCode::RoleName,
                        &name_path,
                        format!("role name `{name}` is outside `[A-Za-z0-9_-]`: Dokploy's server keeps it, its UI would not create it"),
                    ));
                }
                let mut role = StoredRole {
                    name: name.to_owned(),
                    entries: Vec::new(),
                };
                role.merge(&statements);
                roles.push(role);
            }
        }
    }
    if roles.len() > MAX_CUSTOM_ROLES {
        return Err(Error::new(
            ErrorCode::LimitExceeded,
            path,
            format!(
                "an organization holds at most {MAX_CUSTOM_ROLES} custom roles; these rows name {}",
                roles.len()
            ),
        ));
    }
    Ok(roles)
}

/// The licence as Dokploy decides it: both Enterprise flags of the user whose id is the
/// organization's `ownerId`. `None` when nothing here says.
fn owner_licence(owner_id: Option<&str>, users: &[Value], members: &[Value]) -> Option<bool> {
    let owner_id = owner_id?;
    let nested = members.iter().filter_map(|m| column(m, "user"));
    let owner = users
        .iter()
        .chain(nested)
        .find(|u| matches!(column(u, "id"), Some(Value::String(id)) if id == owner_id))?;
    let flag = |key| matches!(column(owner, key), Some(Value::Bool(true)));
    Some(flag("enableEnterpriseFeatures") && flag("isValidEnterpriseLicense"))
}

/// The `ownerId` of the `organization` row, when it is given.
fn owner_id(organization: Option<(&Value, String)>) -> Result<Option<&str>> {
    let Some((row, path)) = organization else {
        return Ok(None);
    };
    as_object(row, &path)?;
    match column(row, "ownerId") {
        Some(Value::String(id)) => Ok(Some(id.as_str())),
        Some(other) => Err(Error::new(
            ErrorCode::WrongType,
            join_key(&path, "ownerId"),
            format!("expected a string, found {}", other.kind()),
        )),
        None => Ok(None),
    }
}

/// The members as the state holds them, each read by [`MemberReader::row`].
struct MemberReader<'r> {
    roles: &'r [StoredRole],
    warnings: &'r mut Vec<Warning>,
    seen: IdSet,
    owner: Option<String>,
}

impl MemberReader<'_> {
    /// A `member` row as the state's member; `None` for one left out (a role no custom role
    /// defines, which Dokploy denies everything).
    fn row(&mut self, row: &Value, path: &str) -> Result<Option<Value>> {
        as_object(row, path)?;
        let user_id = text(row, "userId", path)?;
        let role = text(row, "role", path)?;
        self.check_identity(row, path, user_id, role)?;
        let builtin = matches!(role, "owner" | "admin" | "member");
        if !builtin && !self.roles.iter().any(|r| r.name == role) {
            self.warnings.push(Warning::new(
                WarningCode::DanglingRole,
                join_key(path, "role"),
                format!("`{user_id}` holds the role `{role}`, which no custom role defines; Dokploy denies them everything, so they are left out"),
            ));
            return Ok(None);
        }
        let member = ObjectWriter::new()
            .string("userId", user_id)
            .string("role", role);
        let member = self.flags(member, row, path, user_id, role)?;
        let member = access_lists(member, row, path)?;
        Ok(Some(member.build()))
    }

    /// Each user a member once, the columns of the types Drizzle gives, one role, one owner.
    fn check_identity(&mut self, row: &Value, path: &str, user_id: &str, role: &str) -> Result<()> {
        let role_path = join_key(path, "role");
        if !self.seen.insert(user_id) {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                join_key(path, "userId"),
                format!("user `{user_id}` is a member twice"),
            ));
        }
        for (key, kind) in MEMBER_COLUMNS {
            if let Some((_, value)) = row_field(row, key) {
                check_column(value, kind, &join_key(path, key))?;
            }
        }
        if role.contains(',') {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                role_path,
                format!("`{role}` joins several roles with commas; Dokploy compares roles whole, so no such role exists"),
            ));
        }
        if role == "owner" {
            if let Some(first) = &self.owner {
                return Err(Error::new(
                    ErrorCode::OwnerCount,
                    role_path,
                    format!(
                        "an organization has exactly one owner; `{first}` is the owner already"
                    ),
                ));
            }
            self.owner = Some(user_id.to_owned());
        }
        Ok(())
    }

    /// The member flags: a `member` row's count, another role's are ignored with a warning,
    /// as are the columns that look like flags this version does not know.
    fn flags(
        &mut self,
        mut member: ObjectWriter,
        row: &Value,
        path: &str,
        user_id: &str,
        role: &str,
    ) -> Result<ObjectWriter> {
        let mut ignored = Vec::new();
        for (flag, _) in MEMBER_FLAGS.iter() {
            match row_field(row, flag) {
                Some((_, Value::Bool(true))) if role == "member" => {
                    member = member.field(flag, Value::Bool(true))
                }
                Some((_, Value::Bool(true))) => ignored.push(*flag),
                Some((_, Value::Bool(false) | Value::Null)) | None => {}
                Some((_, other)) => {
                    return Err(Error::new(
                        ErrorCode::WrongType,
                        join_key(path, flag),
                        format!("expected a boolean, found {}", other.kind()),
                    ))
                }
            }
        }
        if !ignored.is_empty() {
            self.warnings.push(Warning::new(
                WarningCode::FlagsIgnored,
                path,
                format!(
                    "`{user_id}` is {role}, and only a `member` row's flags count; {} ignored",
                    ignored.join(", ")
                ),
            ));
        }
        if let Value::Object(fields) = row {
            for (key, _) in fields {
                let known = MEMBER_FLAGS.iter().any(|(flag, _)| flag == key);
                if key.starts_with("can")
                    && key[3..].starts_with(|c: char| c.is_ascii_uppercase())
                    && !known
                {
                    self.warnings.push(Warning::new(
                        WarningCode::UnknownFlag,
                        join_key(path, key),
                        format!("`{key}` is not a member flag this version knows; ignored"),
                    ));
                }
            }
        }
        Ok(member)
    }
}

/// The access lists of a `member` row, the empty ones left out.
fn access_lists(mut member: ObjectWriter, row: &Value, path: &str) -> Result<ObjectWriter> {
    for kind in ScopeKind::ALL {
        let list = kind.access_list();
        match row_field(row, list) {
            Some((_, Value::Array(ids))) if !ids.is_empty() => {
                member = member.field(list, Value::Array(ids.clone()));
            }
            Some((_, Value::Array(_) | Value::Null)) | None => {}
            Some((_, other)) => {
                return Err(Error::new(
                    ErrorCode::WrongType,
                    join_key(path, list),
                    format!("expected an array of ids, found {}", other.kind()),
                ))
            }
        }
    }
    Ok(member)
}

impl Organization {
    /// Loads Dokploy's own rows under the default [`Limits`].
    pub fn from_rows(input: &Value) -> Result<Self> {
        Self::from_rows_with(input, &Limits::default())
    }

    /// Loads Dokploy's own rows under `limits`: `{ organization?, members, roles?, users?,
    /// licensed? }`. [`warnings`](Self::warnings) lists what had to be interpreted.
    pub fn from_rows_with(input: &Value, limits: &Limits) -> Result<Self> {
        limits.check(input)?;
        let mut warnings = Vec::new();
        let mut top = ObjectReader::new(input, "")?;
        let licensed = top.optional_bool("licensed")?;
        let organization = top.optional("organization");
        let roles = match top.optional("roles") {
            Some((value, path)) => read_roles(value, &path, &mut warnings)?,
            None => Vec::new(),
        };
        let users = match top.optional("users") {
            Some((value, path)) => as_array(value, &path)?,
            None => &[],
        };
        let (members_value, members_path) = top.required("members")?;
        let git_providers = match top.optional("gitProviders") {
            Some((value, path)) => Some(read_git_providers(value, &path)?),
            None => None,
        };
        top.finish(&[
            "organization",
            "members",
            "roles",
            "users",
            "licensed",
            "gitProviders",
        ])?;
        let members = as_array(members_value, &members_path)?;
        let owner_id = owner_id(organization)?;
        let licensed = match licensed.or_else(|| owner_licence(owner_id, users, members)) {
            Some(licensed) => licensed,
            None => {
                warnings.push(Warning::new(
                    WarningCode::LicenceUnknown,
                    "",
                    "nothing says whether the organization holds an Enterprise licence (give `licensed`, or `organization` with the owner's `user` row): loaded as unlicensed, so custom roles grant nothing",
                ));
                false
            }
        };

        // The members the state holds, and beside each the path of the row it came from.
        let mut loaded = Vec::new();
        let mut row_paths = Vec::new();
        let mut reader = MemberReader {
            roles: &roles,
            warnings: &mut warnings,
            seen: IdSet::default(),
            owner: None,
        };
        for (i, row) in members.iter().enumerate() {
            let path = join_index(&members_path, i);
            if let Some(member) = reader.row(row, &path)? {
                loaded.push(member);
                row_paths.push(path);
            }
        }
        if reader.owner.is_none() {
            return Err(Error::new(
                ErrorCode::OwnerCount,
                members_path,
                "an organization has exactly one owner; no member row has the role `owner`",
            ));
        }

        let roles = roles
            .iter()
            .map(|r| (r.name.clone(), r.to_value()))
            .collect();
        let mut state = vec![
            ("licensed".to_owned(), Value::Bool(licensed)),
            ("roles".to_owned(), Value::Object(roles)),
            ("members".to_owned(), Value::Array(loaded)),
        ];
        if let Some(providers) = git_providers {
            // Same positions as the input rows, so an error's path is the input's too.
            state.push(("gitProviders".to_owned(), Value::Array(providers)));
        }
        let state = Value::Object(state);
        // Errors in the lists (an id listed twice, a number) are reported at the member row
        // they came from.
        let mut org = Organization::from_value_with(&state, limits)
            .map_err(|error| remap(error, &row_paths))?;
        org.warnings = warnings;
        Ok(org)
    }
}

/// Dokploy's `git_provider` rows (`db.query.gitProvider.findMany`, or `gitProvider.getAll`
/// as an owner sees it): what the access rules read of each — its id, its creator and
/// whether it is shared with the organization; the other columns are ignored.
fn read_git_providers(value: &Value, path: &str) -> Result<Vec<Value>> {
    as_array(value, path)?
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let row_path = join_index(path, i);
            as_object(row, &row_path)?;
            let id = text(row, "gitProviderId", &row_path)?;
            let creator = text(row, "userId", &row_path)?;
            let shared = match column(row, "sharedWithOrganization") {
                None => false,
                Some(Value::Bool(shared)) => *shared,
                Some(other) => {
                    return Err(Error::new(
                        ErrorCode::WrongType,
                        join_key(&row_path, "sharedWithOrganization"),
                        format!("expected a boolean, found {}", other.kind()),
                    ))
                }
            };
            Ok(ObjectWriter::new()
                .string("gitProviderId", id)
                .string("userId", creator)
                .field("sharedWithOrganization", Value::Bool(shared))
                .build())
        })
        .collect()
}

/// A field of a row, `null` included.
fn row_field<'v>(row: &'v Value, key: &str) -> Option<(&'v str, &'v Value)> {
    match row {
        Value::Object(fields) => fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(k, v)| (k.as_str(), v)),
        _ => None,
    }
}

/// An error of the built state, with its path moved back to the input row it came from.
fn remap(error: Error, row_paths: &[String]) -> Error {
    let path = error.path();
    let moved = path
        .strip_prefix("members[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, rest)| {
            let index: usize = index.parse().ok()?;
            Some(format!("{}{rest}", row_paths.get(index)?))
        });
    match moved {
        Some(path) => Error::new(error.code(), path, error.message()),
        None => error,
    }
}
