//! The organization as the evaluator holds it: licence, custom roles and member rows, in
//! Dokploy's own terms. `load` builds it, `save` writes it back.

use crate::prelude::*;

use crate::core::text::text;

use super::catalog::{Permissions, RoleStatements, ScopeKind, MEMBER_FLAGS};
use crate::core::error::{Error, ErrorCode, Result};

use crate::core::id_map::{id_hash, IdList, IdTable, SCAN_LIMIT};
use crate::core::runs::{self, Run};
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;

/// Most custom roles one organization may hold.
pub const MAX_CUSTOM_ROLES: usize = 10;
/// Longest custom role name, in UTF-16 units (as Dokploy's router counts).
pub const MAX_ROLE_NAME_LEN: usize = 50;

/// The role a member holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    /// The organization's owner: every permission.
    Owner,
    /// An admin: every permission but deleting the organization.
    Admin,
    /// A member: the base permissions and those of their flags.
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

    /// The role's name (`owner`, a custom role's name).
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
            text!(
                "`",
                name,
                "` is a built-in role and cannot be a custom role name"
            ),
        ));
    }
    if name.is_empty() || utf16_len(name) > MAX_ROLE_NAME_LEN {
        return Err(Error::new(
            ErrorCode::InvalidRoleName,
            path,
            text!(
                "role name `",
                name,
                "` must be 1 to ",
                MAX_ROLE_NAME_LEN,
                " characters"
            ),
        ));
    }
    Ok(())
}

/// A name's length as JS counts it, in UTF-16 units: what Dokploy's router bounds
/// (`z.string().max(50)`). A character outside the Basic Multilingual Plane (four bytes in
/// UTF-8) counts two.
fn utf16_len(name: &str) -> usize {
    name.bytes()
        .map(|byte| match byte {
            0x80..=0xBF => 0,
            0xF0..=0xFF => 2,
            _ => 1,
        })
        .sum()
}

/// Whether a role name keeps to the characters Dokploy's UI allows, `[A-Za-z0-9_-]`.
pub(crate) fn within_ui_charset(name: &str) -> bool {
    // Byte by byte: a character outside ASCII is outside the set, and each of its bytes too.
    name.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Checks a new custom role name as Dokploy's UI does: 1–50 characters of `[A-Za-z0-9_-]`,
/// not a built-in name.
pub fn validate_role_name(name: &str, path: &str) -> Result<()> {
    check_stored_role_name(name, path)?;
    if !within_ui_charset(name) {
        return Err(Error::new(
            ErrorCode::InvalidRoleName,
            path,
            text!(
                "role name `",
                name,
                "` must be 1 to ",
                MAX_ROLE_NAME_LEN,
                " characters of letters, digits, `_` and `-`"
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
    /// The role's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The permissions its statements grant.
    pub fn permissions(&self) -> Permissions {
        self.statements.permissions()
    }
}

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
    /// The access lists as compiled by [`Organization::compile`](super::Organization), by
    /// kind: runs of the organization's [`AccessIndex`] arena.
    pub(crate) access: [Run; 5],
    /// One bit per id of the member's lists, from its hash: most ids a check brings are in no
    /// list of this member, and this answers that from the member alone, where the table of
    /// numbers is large and cold.
    pub(crate) access_filter: u64,
    /// In a slice: a row that says only who the member is and which role they hold, for the
    /// answers that read another member (protections, role holders); such a member never acts.
    pub(crate) reference: bool,
}

impl Member {
    /// The member's user id.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// The member's role.
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

/// The positions of `ids` (each listed once), by id.
pub(crate) fn index_by<'a>(ids: impl Iterator<Item = &'a str>) -> IdTable {
    let mut index = IdTable::with_capacity(ids.size_hint().0);
    for (i, id) in ids.enumerate() {
        index.insert(id_hash(id), i);
    }
    index
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
    /// The provider's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The user who created it, when the state knows.
    pub fn creator(&self) -> Option<&str> {
        self.creator.as_deref()
    }

    /// Whether it is shared with the organization.
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
    /// The members' positions, by user id.
    pub(crate) member_index: IdTable,
    /// The organization's git providers; `None` when the state does not list them (then no
    /// provider is anyone's own or shared).
    pub(crate) git_providers: Option<Vec<GitProvider>>,
    /// The git providers' positions, by id.
    pub(crate) provider_index: IdTable,
    /// Set when the state is a slice: its one acting user and where it was cut from.
    pub(crate) slice: Option<SliceInfo>,
    /// The access lists compiled, after every load and change.
    pub(crate) access: AccessIndex,
}

/// The members' access lists as numbers: every id some member's list of a kind names gets a
/// number, and each list becomes a sorted run of numbers in one arena. A check then looks the
/// target's id up once, in a table every check shares (hot in the cache), and searches a few
/// bytes beside the member, where a list of its own strings and index cost several cache misses
/// per check on a large organization.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct AccessIndex {
    /// By [`ScopeKind`]: the ids named, by number, and their numbers by hash (the hash a check
    /// computes once, for the member's filter too).
    ids: [Vec<String>; 5],
    numbers: [IdTable; 5],
    arena: Vec<u32>,
}

impl AccessIndex {
    /// Compiles every member's lists, recording each member's runs in it.
    pub(crate) fn compile(members: &mut [Member]) -> Self {
        let mut index = AccessIndex::default();
        for member in members {
            member.access_filter = 0;
            for kind in ScopeKind::ALL {
                let k = kind.index();
                let start = index.arena.len();
                for id in member.lists[k].iter().flatten() {
                    let hash = id_hash(id);
                    let n = index.number(k, id, hash);
                    index.arena.push(n);
                    member.access_filter |= filter_bit(kind, hash);
                }
                member.access[k] = runs::sorted_from(&mut index.arena, start);
            }
        }
        index.arena.shrink_to_fit();
        index
    }

    /// The number of `id` (whose hash is `hash`) in lists of `kind`, given one if it has none.
    fn number(&mut self, kind: usize, id: &str, hash: u64) -> u32 {
        if let Some(n) = self.find(kind, id, hash) {
            return n;
        }
        let n = self.ids[kind].len();
        self.ids[kind].push(id.to_owned());
        self.numbers[kind].insert(hash, n);
        n as u32
    }

    /// The ids some member's list of `kind` names, in the order they were numbered.
    #[cfg(feature = "manage")]
    pub(crate) fn named(&self, kind: ScopeKind) -> impl Iterator<Item = &str> {
        self.ids[kind.index()].iter().map(String::as_str)
    }

    /// Whether some member's list of `kind` names `id`.
    #[cfg(feature = "manage")]
    pub(crate) fn names(&self, kind: ScopeKind, id: &str) -> bool {
        self.find(kind.index(), id, id_hash(id)).is_some()
    }

    fn find(&self, kind: usize, id: &str, hash: u64) -> Option<u32> {
        let ids = &self.ids[kind];
        self.numbers[kind]
            .find(hash, |n| ids[n] == id)
            .map(|n| n as u32)
    }

    /// Whether `member`'s list of `kind` names `id`. A list short enough to scan is scanned,
    /// hashing nothing (most members of most organizations name a few ids); a longer one is
    /// searched by number, after the member's filter.
    pub(crate) fn grants(&self, member: &Member, kind: ScopeKind, id: &str) -> bool {
        if member.access[kind.index()].len() <= SCAN_LIMIT {
            return member.has_access(kind, id);
        }
        let hash = id_hash(id);
        member.access_filter & filter_bit(kind, hash) != 0
            && self
                .find(kind.index(), id, hash)
                .is_some_and(|n| member.access[kind.index()].holds(&self.arena, n))
    }
}

/// The bit of a member's access filter that an id of `hash` in a list of `kind` sets.
fn filter_bit(kind: ScopeKind, hash: u64) -> u64 {
    1 << ((hash >> (6 * kind.index())) & 63)
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

    /// Every member, in load order.
    pub fn members(&self) -> &[Member] {
        &self.members
    }

    /// The member with that user id.
    pub fn member(&self, user_id: &str) -> Option<&Member> {
        self.member_position(user_id).map(|i| &self.members[i])
    }

    /// Where the member `user_id` is in [`members`](Self::members).
    pub(crate) fn member_position(&self, user_id: &str) -> Option<usize> {
        let members = &self.members;
        self.member_index
            .find(id_hash(user_id), |i| members[i].user_id == user_id)
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
        self.member_position(user_id)
            .map(move |i| &mut self.members[i])
    }

    /// The git provider `id`, when the state lists it.
    pub fn git_provider(&self, id: &str) -> Option<&GitProvider> {
        let providers = self.git_providers.as_ref()?;
        self.provider_index
            .find(id_hash(id), |i| providers[i].id == id)
            .map(|i| &providers[i])
    }

    /// Every custom role, in load order.
    pub fn custom_roles(&self) -> &[CustomRole] {
        &self.roles
    }

    /// The custom role with that name.
    pub fn custom_role(&self, name: &str) -> Option<&CustomRole> {
        self.roles.iter().find(|r| r.name == name)
    }

    /// Indexes the members by user id, after the list changed.
    pub(crate) fn reindex(&mut self) {
        self.member_index = index_by(self.members.iter().map(|m| m.user_id.as_str()));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::*;

    /// The compiled lists answer as the lists themselves, for ids some list names, ids only
    /// another member's or another kind's list names, and ids no list names; after a change too.
    #[test]
    fn compiled_access_answers_as_the_lists() {
        let mut org = Organization::from_json(
            r#"{"members":[
                {"userId":"o","role":"owner"},
                {"userId":"a","role":"member","accessedServices":["s1","s2","s3","s4","s5","s6","s7","s8","s9","s10"],"accessedProjects":["p1"]},
                {"userId":"b","role":"member","accessedServices":["s2"],"accessedEnvironments":["s1"]},
                {"userId":"c","role":"member","accessedServices":[]}
            ]}"#,
        )
        .expect("a state");
        let ids = ["s1", "s2", "s10", "s11", "p1", "", "s"];
        let agree = |org: &Organization| {
            for member in &org.members {
                for kind in ScopeKind::ALL {
                    for id in ids {
                        assert_eq!(
                            org.access.grants(member, kind, id),
                            member.has_access(kind, id),
                            "{} {kind:?} {id}",
                            member.user_id
                        );
                    }
                }
            }
        };
        agree(&org);
        org.record_created("c", ScopeKind::Service, "s11")
            .expect("recorded");
        assert!(org
            .access
            .grants(&org.members[3], ScopeKind::Service, "s11"));
        agree(&org);
    }
}
