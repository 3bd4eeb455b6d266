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

use super::catalog::{RoleStatements, MEMBER_FLAGS};
use super::document::Document;
use super::model::{
    check_stored_role_name, within_ui_charset, CustomRole, GitProvider, Member, Organization, Role,
    MAX_CUSTOM_ROLES,
};
use super::ScopeKind;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::{id_hash, IdList, IdTable};
use crate::core::json::{as_array, as_object, id_list, join_index, join_key, ObjectReader, Value};
// A row may hold more columns than portcullis reads.
use crate::core::json::present_field as column;
use crate::core::limits::Limits;
use crate::core::parse::read_tree;
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

/// Reads `roles`: `organization_role` rows (`permission` as JSON text or an object),
/// `customRole.all` entries (`permissions`), or portcullis's own `{ name: statements }`.
fn read_roles(value: &Value, path: &str, warnings: &mut Vec<Warning>) -> Result<Vec<CustomRole>> {
    let mut roles: Vec<CustomRole> = Vec::new();
    let mut rows: Vec<(String, &str, RoleStatements)> = Vec::new();
    if let Value::Object(_) = value {
        for (name, statements) in as_object(value, path)? {
            let at = join_key(path, name);
            check_stored_role_name(name, &at)?;
            let statements = read_statements(statements, &at)?;
            rows.push((at, name.as_str(), statements));
        }
    } else {
        for (i, row) in as_array(value, path)?.iter().enumerate() {
            rows.push(role_row(row, &join_index(path, i))?);
        }
    }
    for (name_path, name, statements) in rows {
        match roles.iter_mut().find(|r| r.name == name) {
            Some(role) => {
                warnings.push(Warning::new(
                    WarningCode::MergedRoleRows,
                    &name_path,
                    format!("several rows define the role `{name}`; their permissions are merged, as Dokploy merges them"),
                ));
                role.statements.merge(statements);
            }
            None => {
                if !within_ui_charset(name) {
                    warnings.push(Warning::new(
                        WarningCode::RoleName,
                        &name_path,
                        format!("role name `{name}` is outside `[A-Za-z0-9_-]`: Dokploy's server keeps it, its UI would not create it"),
                    ));
                }
                roles.push(CustomRole {
                    name: name.to_owned(),
                    statements,
                    withheld: false,
                });
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

/// A role's statements, checked as Dokploy's router checks them (an unknown resource or action
/// is an error), by the reader a state's text uses: a role is small, and a second reader, for
/// trees, would cost the module kilobytes.
fn read_statements(value: &Value, path: &str) -> Result<RoleStatements> {
    read_tree(value, |statements| {
        RoleStatements::from_value(statements, path)
    })
}

/// One role row: the path of its name, its name, and its statements, read and checked as
/// Dokploy's router checks them (an unknown resource or action is an error).
fn role_row<'v>(row: &'v Value, row_path: &str) -> Result<(String, &'v str, RoleStatements)> {
    as_object(row, row_path)?;
    let name = text(row, "role", row_path)?;
    let name_path = join_key(row_path, "role");
    check_stored_role_name(name, &name_path)?;
    let statements = match (column(row, "permission"), column(row, "permissions")) {
        (Some(Value::String(json)), _) => {
            let at = join_key(row_path, "permission");
            let parsed = Value::parse(json).map_err(|e| {
                Error::new(
                    ErrorCode::InvalidJson,
                    &at,
                    format!("`permission` is not JSON: {}", e.message()),
                )
            })?;
            read_statements(&parsed, &at)?
        }
        (Some(object), _) => read_statements(object, &join_key(row_path, "permission"))?,
        (None, Some(object)) => read_statements(object, &join_key(row_path, "permissions"))?,
        (None, None) => return Err(Error::new(
            ErrorCode::MissingField,
            join_key(row_path, "permission"),
            "a role row needs `permission` (organization_role) or `permissions` (customRole.all)",
        )),
    };
    Ok((name_path, name, statements))
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
    roles: &'r [CustomRole],
    warnings: &'r mut Vec<Warning>,
    members: Vec<Member>,
    /// The members' positions by user id.
    index: IdTable,
    owner: Option<String>,
}

impl MemberReader<'_> {
    /// Reads a `member` row into the members, unless it is left out (a role no custom role
    /// defines, which Dokploy denies everything).
    fn row(&mut self, row: &Value, path: &str) -> Result<()> {
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
            return Ok(());
        }
        let flags = self.flags(row, path, user_id, role)?;
        let lists = access_lists(row, path)?;
        self.index.insert(id_hash(user_id), self.members.len());
        self.members.push(Member::record(
            user_id.to_owned(),
            Role::from_name(role),
            flags,
            lists,
            false,
        ));
        Ok(())
    }

    /// Each user a member once, the columns of the types Drizzle gives, one role, one owner.
    fn check_identity(&mut self, row: &Value, path: &str, user_id: &str, role: &str) -> Result<()> {
        let role_path = join_key(path, "role");
        let hash = id_hash(user_id);
        if self
            .index
            .find(hash, |i| self.members[i].user_id == user_id)
            .is_some()
        {
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
        row: &Value,
        path: &str,
        user_id: &str,
        role: &str,
    ) -> Result<[Option<bool>; MEMBER_FLAGS.len()]> {
        let mut flags = [None; MEMBER_FLAGS.len()];
        let mut ignored = Vec::new();
        for (slot, (flag, _)) in flags.iter_mut().zip(MEMBER_FLAGS.iter()) {
            match row_field(row, flag) {
                Some((_, Value::Bool(true))) if role == "member" => *slot = Some(true),
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
        Ok(flags)
    }
}

/// The access lists of a `member` row, the empty ones left out.
fn access_lists(row: &Value, path: &str) -> Result<[Option<IdList>; 5]> {
    let mut lists: [Option<IdList>; 5] = Default::default();
    for (slot, kind) in lists.iter_mut().zip(ScopeKind::ALL) {
        let list = kind.access_list();
        match row_field(row, list) {
            Some((_, ids @ Value::Array(items))) if !items.is_empty() => {
                *slot = Some(id_list(ids, &|| join_key(path, list))?);
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
    Ok(lists)
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

        let mut reader = MemberReader {
            roles: &roles,
            warnings: &mut warnings,
            members: Vec::with_capacity(members.len()),
            index: IdTable::default(),
            owner: None,
        };
        for (i, row) in members.iter().enumerate() {
            reader.row(row, &join_index(&members_path, i))?;
        }
        if reader.owner.is_none() {
            return Err(Error::new(
                ErrorCode::OwnerCount,
                members_path,
                "an organization has exactly one owner; no member row has the role `owner`",
            ));
        }
        let (members, member_index) = (reader.members, reader.index);
        Ok(Organization::from_document(Document {
            licensed: Some(licensed),
            roles,
            members,
            member_index,
            git_providers,
            slice: None,
            warnings,
        }))
    }
}

/// Dokploy's `git_provider` rows (`db.query.gitProvider.findMany`, or `gitProvider.getAll`
/// as an owner sees it): what the access rules read of each — its id, its creator and
/// whether it is shared with the organization; the other columns are ignored.
fn read_git_providers(value: &Value, path: &str) -> Result<Vec<GitProvider>> {
    let mut providers: Vec<GitProvider> = Vec::new();
    let mut index = IdTable::default();
    for (i, row) in as_array(value, path)?.iter().enumerate() {
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
        let hash = id_hash(id);
        if index.find(hash, |p| providers[p].id == id).is_some() {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                join_key(&row_path, "gitProviderId"),
                format!("git provider `{id}` is listed twice"),
            ));
        }
        index.insert(hash, providers.len());
        providers.push(GitProvider {
            id: id.to_owned(),
            creator: Some(creator.to_owned()),
            shared: Some(shared),
        });
    }
    Ok(providers)
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
