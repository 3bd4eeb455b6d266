//! Loading an organization: strict (unknown fields, duplicate keys and ids are refused),
//! every rule of DESIGN.md checked, every error with the JSON path of the bad value.

use crate::prelude::*;

use crate::core::text::{joined, text};

use super::catalog::{RoleStatements, ScopeKind, MEMBER_FLAGS};
use super::document::Document;
use super::format::{self, git_provider, member_role, slice_state, state};
use super::model::{
    check_stored_role_name, within_ui_charset, CustomRole, GitProvider, Member, Organization, Role,
    MAX_CUSTOM_ROLES,
};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::{id_hash, IdList, IdTable};
use crate::core::json::{
    as_items, as_object, as_str, join_index, join_key, Fields, JsonPath, ObjectReader, Value,
};
use crate::core::limits::Limits;
use crate::core::parse;
use crate::core::raw_value::RawValue;
use crate::core::slice::SliceInfo;
use crate::core::warning::{Warning, WarningCode};

impl Member {
    /// Not inlined into the loop over the rows, for the reason given at `RawValue`'s skip.
    #[inline(never)]
    fn from_value(value: RawValue<'_>, path: JsonPath<'_>, roles: &[CustomRole]) -> Result<Self> {
        let mut row = ObjectReader::new(value, path)?;
        let user_id = row.required_id(member_role::USER_ID)?;
        let role = Role::from_name(&row.required_str(member_role::ROLE)?);
        check_role_exists(&role, || row.field_path(member_role::ROLE), roles)?;
        let mut flags = [None; MEMBER_FLAGS.len()];
        for (slot, (flag, _)) in flags.iter_mut().zip(MEMBER_FLAGS.iter()) {
            *slot = row.optional_bool(flag)?;
        }
        let mut lists: [Option<IdList>; 5] = Default::default();
        for (slot, kind) in lists.iter_mut().zip(ScopeKind::ALL) {
            *slot = row.optional_id_list(kind.access_list())?;
        }
        row.finish(&format::MEMBER)?;
        Ok(Member::record(user_id, role, flags, lists, false))
    }

    /// A row of a slice's `memberRoles`: who another member is and which role they hold.
    /// Not inlined, as the readers of optional lists are not: V8 compiles wasm lazily, one
    /// function at a time, so a load that meets no such list never compiles its reader.
    #[inline(never)]
    fn reference_from_value(
        value: RawValue<'_>,
        path: JsonPath<'_>,
        roles: &[CustomRole],
    ) -> Result<Self> {
        let mut row = ObjectReader::new(value, path)?;
        let user_id = row.required_id(member_role::USER_ID)?;
        let role = Role::from_name(&row.required_str(member_role::ROLE)?);
        // An unknown field is refused before an unknown role.
        let role_exists = check_role_exists(&role, || row.field_path(member_role::ROLE), roles);
        row.finish(member_role::FIELDS)?;
        role_exists?;
        Ok(Member::record(
            user_id,
            role,
            [None; MEMBER_FLAGS.len()],
            Default::default(),
            true,
        ))
    }
}

/// A member's role must be built in or one of the organization's custom roles.
/// `path` writes the role's path, for the error only.
fn check_role_exists(role: &Role, path: impl Fn() -> String, roles: &[CustomRole]) -> Result<()> {
    if let Role::Custom(name) = role {
        if !roles.iter().any(|r| &r.name == name) {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                path(),
                text!(
                    "role `",
                    name,
                    "` is neither owner, admin, member nor one of the organization's custom roles"
                ),
            ));
        }
    }
    Ok(())
}

impl Organization {
    /// Loads a state from JSON text under the default [`Limits`].
    pub fn from_json(text: &str) -> Result<Self> {
        Self::from_json_with(text, &Limits::default())
    }

    /// Loads a state from JSON text under `limits`.
    pub fn from_json_with(text: &str, limits: &Limits) -> Result<Self> {
        Self::from_checked(parse::check(text, Some(limits))?)
    }

    /// Loads a state from a JSON value under the default [`Limits`].
    pub fn from_value(value: &Value) -> Result<Self> {
        Self::from_value_with(value, &Limits::default())
    }

    /// Loads a state from a JSON value under `limits`: as its JSON text, the one form a state
    /// is read from.
    pub fn from_value_with(value: &Value, limits: &Limits) -> Result<Self> {
        Self::from_json_with(&value.to_json_string(), limits)
    }

    /// Loads a state from checked JSON text, refusing anything the format does not define.
    pub(crate) fn from_checked(value: RawValue<'_>) -> Result<Self> {
        let mut top = ObjectReader::new(value, "")?;
        let slice = match top.optional(state::SLICE) {
            Some((value, path)) => Some(SliceInfo::from_value(value, &path)?),
            None => None,
        };
        let licensed = top.optional_bool(state::LICENSED)?;
        let mut warnings = Vec::new();
        let mut roles = match top.optional(state::ROLES) {
            Some((value, path)) => load_roles(value, &path, &mut warnings)?,
            None => Vec::new(),
        };
        let (members_value, members_path) = top.required(state::MEMBERS)?;
        let git_providers = match top.optional(state::GIT_PROVIDERS) {
            Some((value, path)) => Some(load_git_providers(value, &path, slice.is_some())?),
            None => None,
        };
        // What only a slice holds: the names of roles its user does not hold, and who the
        // other members are (for the answers that read them).
        let (role_names, member_roles) = if slice.is_some() {
            (
                top.optional(slice_state::ROLE_NAMES),
                top.optional(slice_state::MEMBER_ROLES),
            )
        } else {
            (None, None)
        };
        if slice.is_some() {
            top.finish_among(&[state::FIELDS, slice_state::FIELDS])?;
        } else {
            top.finish(state::FIELDS)?;
        }
        if let Some((value, path)) = role_names {
            load_role_names(value, &path, &mut roles)?;
        }

        let (members, member_index) = load_members(
            (members_value, &members_path),
            member_roles
                .as_ref()
                .map(|(value, path)| (*value, path.as_str())),
            &roles,
            slice.is_some(),
        )?;
        warn_flags_ignored(&members, &members_path, &mut warnings);
        Ok(Organization::from_document(Document {
            licensed,
            roles,
            members,
            member_index,
            git_providers,
            slice,
            warnings,
        }))
    }
}

/// The members (`members`, then a slice's `memberRoles` as references), indexed by user id:
/// no user twice, and exactly one owner (a slice holds the owner only when an answer of its
/// user reads them).
fn load_members(
    (members_value, members_path): (RawValue<'_>, &str),
    member_roles: Option<(RawValue<'_>, &str)>,
    roles: &[CustomRole],
    slice: bool,
) -> Result<(Vec<Member>, IdTable)> {
    // Both lists' shapes first, as the rows of either are read after.
    let full_rows = as_items(members_value, members_path)?;
    let reference_rows = match member_roles {
        Some((value, path)) => Some((as_items(value, path)?, path)),
        None => None,
    };
    let mut read = MembersRead {
        members: Vec::new(),
        index: IdTable::default(),
        owner_path: None,
    };
    for (i, row) in full_rows.enumerate() {
        read.add(row, members_path, i, false, roles)?;
    }
    if let Some((rows, path)) = reference_rows {
        for (i, row) in rows.enumerate() {
            read.add(row, path, i, true, roles)?;
        }
    }
    if read.owner_path.is_none() && !slice {
        return Err(Error::new(
            ErrorCode::OwnerCount,
            members_path,
            "an organization has exactly one owner; no member has the role `owner`",
        ));
    }
    Ok((read.members, read.index))
}

/// The members read so far, by user id, and where the owner's row is.
struct MembersRead {
    members: Vec<Member>,
    index: IdTable,
    owner_path: Option<String>,
}

impl MembersRead {
    /// Reads the row at `list_path[i]` (a reference in `memberRoles` when `reference`). Not
    /// inlined into the loops, for the reason given at `RawValue`'s skip.
    #[inline(never)]
    fn add(
        &mut self,
        row: RawValue<'_>,
        list_path: &str,
        i: usize,
        reference: bool,
        roles: &[CustomRole],
    ) -> Result<()> {
        let path = || join_index(list_path, i);
        let member = if reference {
            Member::reference_from_value(row, JsonPath::Lazy(&path), roles)?
        } else {
            Member::from_value(row, JsonPath::Lazy(&path), roles)?
        };
        let hash = id_hash(&member.user_id);
        let members = &self.members;
        if self
            .index
            .find(hash, |i| members[i].user_id == member.user_id)
            .is_some()
        {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                join_key(&path(), member_role::USER_ID),
                text!("user `", member.user_id, "` is a member twice"),
            ));
        }
        self.index.insert(hash, self.members.len());
        if member.role == Role::Owner {
            if let Some(first) = &self.owner_path {
                return Err(Error::new(
                    ErrorCode::OwnerCount,
                    join_key(&path(), member_role::ROLE),
                    text!(
                        "an organization has exactly one owner; `",
                        first,
                        "` is the owner already"
                    ),
                ));
            }
            self.owner_path = Some(path());
        }
        self.members.push(member);
        Ok(())
    }
}

/// A warning for each owner or admin row that sets member flags: only a `member`'s count.
fn warn_flags_ignored(members: &[Member], members_path: &str, warnings: &mut Vec<Warning>) {
    for (i, member) in members.iter().enumerate().filter(|(_, m)| !m.reference) {
        let set: Vec<&str> = MEMBER_FLAGS
            .iter()
            .enumerate()
            .filter(|&(f, _)| member.flags[f] == Some(true))
            .map(|(_, (flag, _))| *flag)
            .collect();
        if member.role != Role::Member && !set.is_empty() {
            warnings.push(Warning::new(
                WarningCode::FlagsIgnored,
                join_index(members_path, i),
                text!(
                    "`",
                    member.user_id,
                    "` is ",
                    member.role.name(),
                    ", and only a `member` row's flags count; ",
                    joined(&set, ", "),
                    " ignored"
                ),
            ));
        }
    }
}

/// A slice's `roleNames`: custom roles known by name only, after those of `roles`. Not
/// inlined (see [`Member::reference_from_value`]).
#[inline(never)]
fn load_role_names(value: RawValue<'_>, path: &str, roles: &mut Vec<CustomRole>) -> Result<()> {
    for (i, name) in as_items(value, path)?.enumerate() {
        let name_path = join_index(path, i);
        let name = as_str(name, &name_path)?;
        check_stored_role_name(&name, &name_path)?;
        if roles.iter().any(|r| r.name == *name) {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                name_path,
                text!("custom role `", &*name, "` is named twice"),
            ));
        }
        roles.push(CustomRole {
            name: name.into_owned(),
            statements: RoleStatements::default(),
            withheld: true,
        });
    }
    if roles.len() > MAX_CUSTOM_ROLES {
        return Err(Error::new(
            ErrorCode::LimitExceeded,
            path,
            text!(
                "an organization holds at most ",
                MAX_CUSTOM_ROLES,
                " custom roles"
            ),
        ));
    }
    Ok(())
}

/// `gitProviders`: `[{ gitProviderId, userId, sharedWithOrganization? }]`, each id once (a
/// slice leaves out the creator of a provider its user did not create). Not inlined (see
/// [`Member::reference_from_value`]).
#[inline(never)]
fn load_git_providers(value: RawValue<'_>, path: &str, in_slice: bool) -> Result<Vec<GitProvider>> {
    let mut seen = IdTable::default();
    let mut providers: Vec<GitProvider> = Vec::new();
    for (i, row) in as_items(value, path)?.enumerate() {
        let row_path = join_index(path, i);
        let mut reader = ObjectReader::new(row, &row_path)?;
        let id = reader.required_id(git_provider::GIT_PROVIDER_ID)?;
        let creator = if in_slice {
            reader.optional_id(git_provider::USER_ID)?.map(Into::into)
        } else {
            Some(reader.required_id(git_provider::USER_ID)?)
        };
        let shared = reader.optional_bool(git_provider::SHARED_WITH_ORGANIZATION)?;
        reader.finish(git_provider::FIELDS)?;
        let hash = id_hash(&id);
        if seen.find(hash, |p| providers[p].id == id).is_some() {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                join_key(&row_path, git_provider::GIT_PROVIDER_ID),
                text!("git provider `", id, "` is listed twice"),
            ));
        }
        seen.insert(hash, providers.len());
        providers.push(GitProvider {
            id,
            creator,
            shared,
        });
    }
    Ok(providers)
}

fn load_roles(
    value: RawValue<'_>,
    path: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<CustomRole>> {
    let entries = as_object(value, path)?;
    if entries.len() > MAX_CUSTOM_ROLES {
        return Err(Error::new(
            ErrorCode::LimitExceeded,
            path,
            text!(
                "an organization holds at most ",
                MAX_CUSTOM_ROLES,
                " custom roles; this one has ",
                entries.len()
            ),
        ));
    }
    // A loop rather than `collect` into a `Result`, whose adapters cost the browser's kernel
    // more than a kilobyte.
    let mut roles = Vec::with_capacity(entries.len());
    for entry in 0..entries.len() {
        let (name, statements) = (entries.key(entry), entries.value(entry));
        let role_path = join_key(path, name);
        check_stored_role_name(name, &role_path)?;
        if !within_ui_charset(name) {
            warnings.push(Warning::new(
                WarningCode::RoleName,
                &role_path,
                text!("role name `", name, "` is outside `[A-Za-z0-9_-]`: Dokploy's server keeps it, its UI would not create it"),
            ));
        }
        roles.push(CustomRole {
            name: name.to_owned(),
            statements: RoleStatements::from_value(statements, &role_path)?,
            withheld: false,
        });
    }
    Ok(roles)
}
