//! The records a Portainer state is made of, and the state they make: the one meeting point of
//! every reader (a state's text, Portainer's API responses) and the model. Readers check each
//! record on its own; here every id is checked to be unique in its list and every reference to
//! name a record that exists, with the path the record has in the state's text.

use crate::prelude::*;

use crate::core::text::text;

use super::format::{environment, group, named, registry_grant, slice_state, state, user};
use super::model::{
    Environment, EnvironmentResources, Group, Named, Policies, PortainerState, Registry, Resource,
    Team, User,
};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::IdIndex;
use crate::core::json::{join_index, join_key};
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;

/// A state as its readers give it, its resources aside (they are added to the state the
/// document makes, which indexes them by environment).
pub(crate) struct Document {
    /// The users the state lists, then (in a slice) those it knows by id only.
    pub(crate) users: Vec<User>,
    pub(crate) teams: Vec<Team>,
    pub(crate) groups: Vec<Group>,
    pub(crate) environments: Vec<Environment>,
    pub(crate) registries: Vec<Registry>,
    /// Which of the state's lists the source gave, in [`format::LISTS`](super::format::LISTS)
    /// order (a save writes those back).
    pub(crate) present: [bool; 6],
    pub(crate) slice: Option<SliceInfo>,
    pub(crate) warnings: Vec<Warning>,
}

/// The indexes a record's references are checked against.
struct Indexes {
    users: IdIndex,
    teams: IdIndex,
    groups: IdIndex,
    environments: IdIndex,
    registries: IdIndex,
}

impl PortainerState {
    /// The state `document` describes, without resources yet: every id unique in its list,
    /// every reference to a user, team, group or registry checked.
    /// Not inlined into the loader: apart, the kernel gzips 0.2 KB smaller.
    #[inline(never)]
    pub(crate) fn from_document(document: Document) -> Result<Self> {
        let indexes = Indexes {
            users: index_users(&document.users)?,
            teams: index_named(state::TEAMS, &document.teams)?,
            groups: index_list(state::GROUPS, document.groups.iter().map(|g| g.id.as_str()))?,
            environments: index_list(
                state::ENVIRONMENTS,
                document.environments.iter().map(|e| e.id.as_str()),
            )?,
            registries: index_named(state::REGISTRIES, &document.registries)?,
        };
        for (i, user) in document.users.iter().enumerate() {
            check_refs(
                user.teams.as_deref(),
                || join_key(&join_index(state::USERS, i), user::TEAMS),
                &indexes.teams,
                "team",
            )?;
        }
        for (i, group) in document.groups.iter().enumerate() {
            let path = join_index(state::GROUPS, i);
            check_policies(&group.user_policies, &group.team_policies, &path, &indexes)?;
        }
        for (i, environment) in document.environments.iter().enumerate() {
            check_environment(environment, &join_index(state::ENVIRONMENTS, i), &indexes)?;
        }
        Ok(PortainerState {
            warnings: document.warnings,
            users: document.users,
            teams: document.teams,
            groups: document.groups,
            environments: document.environments,
            registries: document.registries,
            resources: Vec::new(),
            user_index: indexes.users,
            team_index: indexes.teams,
            group_index: indexes.groups,
            environment_index: indexes.environments,
            registry_index: indexes.registries,
            environment_resources: Vec::new(),
            compiled: Vec::new(),
            present: document.present,
            slice: document.slice,
        })
    }

    /// Adds resources read elsewhere (each knowing its environment's position), each
    /// (environment, type, id) once, and resolves their links.
    #[cfg(feature = "adapters")]
    pub(crate) fn add_resources(&mut self, resources: Vec<Resource>) -> Result<()> {
        let mut index = vec![EnvironmentResources::default(); self.environments.len()];
        self.resources.reserve(resources.len());
        for (i, resource) in resources.into_iter().enumerate() {
            self.index_resource(i, resource, &mut index)?;
        }
        self.link_resources(index)
    }
}

/// The positions of the users by id: the listed users' ids unique in `users`, then those of a
/// slice's `userIds`.
fn index_users(users: &[User]) -> Result<IdIndex> {
    let listed = users.iter().take_while(|u| !u.reference).count();
    let mut index = IdIndex::with_capacity(users.len());
    for (position, user) in users.iter().enumerate() {
        if index.insert(user.id.clone(), position).is_none() {
            continue;
        }
        return Err(match position.checked_sub(listed) {
            Some(reference) => Error::new(
                ErrorCode::DuplicateId,
                join_index(slice_state::USER_IDS, reference),
                text!("user `", user.id, "` is listed twice"),
            ),
            None => duplicate(state::USERS, position, &user.id),
        });
    }
    Ok(index)
}

fn index_named(list: &str, named: &[Named]) -> Result<IdIndex> {
    index_list(list, named.iter().map(|n| n.id.as_str()))
}

/// The positions of a list's records by id, each id once.
fn index_list<'a>(list: &str, ids: impl ExactSizeIterator<Item = &'a str>) -> Result<IdIndex> {
    let mut index = IdIndex::with_capacity(ids.len());
    for (position, id) in ids.enumerate() {
        if index.insert(id.to_owned(), position).is_some() {
            return Err(duplicate(list, position, id));
        }
    }
    Ok(index)
}

fn duplicate(list: &str, position: usize, id: &str) -> Error {
    Error::new(
        ErrorCode::DuplicateId,
        join_key(&join_index(list, position), named::ID),
        text!("the id `", id, "` is used twice in `", list, "`"),
    )
}

/// A group's or an environment's policies name users and teams that exist.
fn check_policies(users: &Policies, teams: &Policies, path: &str, indexes: &Indexes) -> Result<()> {
    for (policies, field, known, what) in [
        (users, group::USER_POLICIES, &indexes.users, "user"),
        (teams, group::TEAM_POLICIES, &indexes.teams, "team"),
    ] {
        for id in policies.ids.iter().flat_map(|ids| ids.iter()) {
            if !known.contains(id) {
                return Err(Error::new(
                    ErrorCode::DanglingReference,
                    join_key(&join_key(path, field), id),
                    text!("no ", what, " has the id `", id, "`"),
                ));
            }
        }
    }
    Ok(())
}

/// An environment's group, policies and registry grants name records that exist.
fn check_environment(environment: &Environment, path: &str, indexes: &Indexes) -> Result<()> {
    if let Some(group) = &environment.group_id {
        if !indexes.groups.contains(group) {
            return Err(Error::new(
                ErrorCode::DanglingReference,
                join_key(path, environment::GROUP_ID),
                text!("no group has the id `", group, "`"),
            ));
        }
    }
    check_policies(
        &environment.user_policies,
        &environment.team_policies,
        path,
        indexes,
    )?;
    let access_path = join_key(path, environment::REGISTRY_ACCESS);
    for (registry, grant) in environment.registry_access.iter().flatten() {
        let grant_path = join_key(&access_path, registry);
        if !indexes.registries.contains(registry) {
            return Err(Error::new(
                ErrorCode::DanglingReference,
                grant_path,
                text!("no registry has the id `", registry, "`"),
            ));
        }
        check_refs(
            grant.users.as_deref(),
            || join_key(&grant_path, registry_grant::USERS),
            &indexes.users,
            "user",
        )?;
        check_refs(
            grant.teams.as_deref(),
            || join_key(&grant_path, registry_grant::TEAMS),
            &indexes.teams,
            "team",
        )?;
    }
    Ok(())
}

/// Refuses an id that `known` does not hold; `path` writes the list's path, for the error only.
pub(crate) fn check_refs(
    ids: Option<&[String]>,
    path: impl Fn() -> String,
    known: &IdIndex,
    what: &str,
) -> Result<()> {
    for (i, id) in ids.unwrap_or(&[]).iter().enumerate() {
        if !known.contains(id) {
            return Err(Error::new(
                ErrorCode::DanglingReference,
                join_index(&path(), i),
                text!("no ", what, " has the id `", id, "`"),
            ));
        }
    }
    Ok(())
}
