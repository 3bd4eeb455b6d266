//! The questions Portainer's administrators ask besides "may this user?": who may do this, what
//! may this user do where, and what saving a change would change. Each answer is made of the
//! same decisions `explain` gives, computed from the compiled model.

use crate::prelude::*;

use crate::core::sorted::{SortedMap, SortedSet};

use super::access::{is_system_network, TargetResource};
use super::catalog::Operations;
use super::model::{Control, Environment, Group, Policies, PortainerState, Resource, User};
use super::resource_type::ResourceType;
use super::target::Target;
use super::Decision;
use crate::core::json::{ObjectWriter, Value};
use crate::core::permission_set::CatalogSet;

/// Per resource type: whether an id names one, and whether a user reaches it without and with
/// viewing networks.
type ResourceKey = [Option<(bool, bool)>; ResourceType::ALL.len()];

/// A decision that differs between two states, on a Portainer target.
pub type Change<'s> = crate::core::change::Change<'s, Target<'s>, super::Detail>;

impl Target<'_> {
    /// The target's ids as the JS API writes them: `{ environmentId, resourceId?, registryId? }`.
    pub fn ids_value(&self) -> Value {
        ObjectWriter::new()
            .string("environmentId", self.environment_id)
            .field_opt_str("resourceId", self.resource_id)
            .field_opt_str("registryId", self.registry_id)
            .build()
    }
}

impl PortainerState {
    /// Every target the state names: each environment, then on it every registry of the state
    /// and every resource it holds (a resource id once per environment).
    pub fn named_targets(&self) -> Vec<Target<'_>> {
        let ids = self.resource_ids_where(|_| true);
        self.environments
            .iter()
            .zip(ids)
            .flat_map(|(env, ids)| self.targets_on(&env.id, ids))
            .collect()
    }

    /// The resource ids of each environment `wanted` keeps, by its index, each once and sorted;
    /// the others' lists stay empty.
    fn resource_ids_where(&self, wanted: impl Fn(usize) -> bool) -> Vec<Vec<&str>> {
        let wanted: Vec<bool> = (0..self.environments.len()).map(wanted).collect();
        let mut by_environment: Vec<Vec<&str>> = vec![Vec::new(); self.environments.len()];
        for resource in &self.resources {
            let env = resource.links.environment;
            if let (Some(true), Some(ids)) = (wanted.get(env), by_environment.get_mut(env)) {
                ids.push(&resource.id);
            }
        }
        for ids in &mut by_environment {
            ids.sort_unstable();
            ids.dedup();
        }
        by_environment
    }

    /// The targets on one environment: itself, every registry, the resources `ids`.
    fn targets_on<'a>(&'a self, env: &'a str, ids: Vec<&'a str>) -> Vec<Target<'a>> {
        let environment = Target::environment(env);
        let mut targets = Vec::with_capacity(1 + self.registries.len() + ids.len());
        targets.push(environment.clone());
        targets.extend(
            self.registries
                .iter()
                .map(|r| environment.clone().registry(&r.id)),
        );
        targets.extend(ids.into_iter().map(|id| environment.clone().resource(id)));
        targets
    }

    /// Every user allowed the operation at `index` on `target`, sorted by user id, each with the
    /// decision `explain` gives.
    pub fn who_can(&self, index: usize, target: &Target<'_>) -> Vec<(&str, Decision)> {
        let mut allowed: Vec<&User> = self
            .users
            .iter()
            .filter(|u| self.may_act(u) && self.can_index(&u.id, index, target))
            .collect();
        allowed.sort_by(|a, b| a.id.cmp(&b.id));
        allowed
            .into_iter()
            .map(|u| (u.id.as_str(), self.explain_index(&u.id, index, target)))
            .collect()
    }

    /// Every target the state names where `user` is allowed something, with what
    /// [`allowed`](Self::allowed) gives there. Environments where the user holds no role (and is
    /// not the global administrator) allow nothing and are passed over whole.
    pub fn access_of(&self, user: &str) -> Vec<(Target<'_>, Operations)> {
        let Some(acting) = self.acting(user) else {
            return Vec::new();
        };
        // By environment position.
        let reaches: Vec<bool> = self
            .environments
            .iter()
            .map(|env| self.reaches(user, &env.id))
            .collect();
        // A resource's answers depend on which types its id names there and whether the user
        // reaches each: resources alike in that share one evaluation.
        let mut alike: SortedMap<(&str, ResourceKey), Operations> = SortedMap::new();
        let mut access = Vec::new();
        let reached = |position: usize| reaches.get(position).copied().unwrap_or(false);
        let ids = self.resource_ids_where(reached);
        for ((position, env), ids) in self.environments.iter().enumerate().zip(ids) {
            if !reached(position) {
                continue;
            }
            for target in self.targets_on(&env.id, ids) {
                let allowed = match target.resource_id {
                    Some(id) => *alike.get_or_insert_with(
                        (
                            target.environment_id,
                            self.resource_key(acting, position, id),
                        ),
                        || self.allowed(user, &target),
                    ),
                    None => self.allowed(user, &target),
                };
                if !allowed.is_empty() {
                    access.push((target, allowed));
                }
            }
        }
        access
    }

    /// For each resource type, whether the id names one on the environment at `env` and whether
    /// `user` reaches it (by an operation that views networks, and by any other).
    fn resource_key(&self, user: &User, env: usize, id: &str) -> ResourceKey {
        ResourceType::ALL.map(|resource_type| {
            let found = match self.resource_in(env, resource_type, id) {
                Some(resource) => TargetResource::Listed(resource),
                None if resource_type == ResourceType::Network && is_system_network(id) => {
                    TargetResource::UnlistedSystemNetwork
                }
                None => return None,
            };
            Some((
                found.access(self, user, false).0,
                found.access(self, user, true).0,
            ))
        })
    }

    /// Every decision whose answer differs between this state and `next`: over every user and
    /// every target either state names and every operation, the (user, operation, target)
    /// allowed in one and refused in the other, with both decisions; in user, target and catalog
    /// order. Only what a difference can reach is asked: a user whose record changed, everywhere;
    /// an environment whose policies, group, settings or registry grants changed (or the
    /// registries), for everyone with a role there; a changed resource and the resources that
    /// inherit from it, for everyone with a role on its environment.
    pub fn changes<'s>(&'s self, next: &'s PortainerState) -> Vec<Change<'s>> {
        let users: SortedSet<&'s str> = self
            .users
            .iter()
            .chain(&next.users)
            .filter(|u| !u.reference)
            .map(|u| u.id.as_str())
            .collect();
        // What to ask, by user: every target, or the targets of some environments and resources.
        let mut everywhere: SortedSet<&'s str> = SortedSet::new();
        for &user in &users {
            if !same_user(self.user(user), next.user(user)) {
                everywhere.insert(user);
            }
        }
        let registries_differ = self
            .registries
            .iter()
            .map(|r| &r.id)
            .ne(next.registries.iter().map(|r| &r.id));
        let environments: SortedSet<&'s str> = self
            .environments
            .iter()
            .chain(&next.environments)
            .map(|e| e.id.as_str())
            .collect();
        let asked = self.asked(next, &environments, registries_differ);

        // The targets either state names, for the environments some user is asked about.
        let wanted: SortedSet<&'s str> = if everywhere.is_empty() {
            asked.keys().copied().collect()
        } else {
            environments.clone()
        };
        let on_environment = self.targets_on_either(next, &wanted);
        let mut changes = Vec::new();
        for &user in &users {
            let all = everywhere.contains(user);
            for (&env, env_targets) in &on_environment {
                let ask: &dyn Fn(&Target<'_>) -> bool = match asked.get(&env) {
                    _ if all => &|_| true,
                    None => continue,
                    Some(Ask::All) => &|_| true,
                    // Same role in both (none, or the administrator's): same answers.
                    Some(Ask::RoleChanged(named))
                        if !named.contains(user)
                            || self.role_of(user, env) == next.role_of(user, env) =>
                    {
                        continue
                    }
                    Some(Ask::RoleChanged(_)) => &|_| true,
                    Some(Ask::Resources(ids)) => {
                        &|t: &Target<'_>| t.resource_id.is_some_and(|id| ids.contains(id))
                    }
                };
                if !(self.reaches(user, env) || next.reaches(user, env)) {
                    continue;
                }
                for target in env_targets.iter().filter(|t| ask(t)) {
                    self.push_differences(next, user, target, &mut changes);
                }
            }
        }
        changes
    }

    /// What to ask on each environment that differs in `next` (environments alike are absent).
    fn asked<'s>(
        &'s self,
        next: &'s PortainerState,
        environments: &SortedSet<&'s str>,
        registries_differ: bool,
    ) -> SortedMap<&'s str, Ask<'s>> {
        let grouped = [
            self.resources_by_environment(),
            next.resources_by_environment(),
        ];
        let mut asked = SortedMap::new();
        for &env in environments {
            let ask = match self.environment_difference(next, env) {
                _ if registries_differ => Ask::All,
                Difference::Other => Ask::All,
                Difference::Policies => Ask::RoleChanged(self.named_in_policies(next, env)),
                Difference::None => {
                    let changed = changed_resources((self, &grouped[0]), (next, &grouped[1]), env);
                    if changed.is_empty() {
                        continue;
                    }
                    Ask::Resources(changed)
                }
            };
            asked.insert(env, ask);
        }
        asked
    }

    /// The targets either state names on each of the `wanted` environments: the environment,
    /// each registry on it and each resource id, in that order.
    fn targets_on_either<'s>(
        &'s self,
        next: &'s PortainerState,
        wanted: &SortedSet<&'s str>,
    ) -> SortedMap<&'s str, Vec<Target<'s>>> {
        let ids_by_environment = [self, next].map(|state| {
            state.resource_ids_where(|position| {
                state
                    .environments
                    .get(position)
                    .is_some_and(|env| wanted.contains(env.id.as_str()))
            })
        });
        let registries: SortedSet<&'s str> = self
            .registries
            .iter()
            .chain(&next.registries)
            .map(|r| r.id.as_str())
            .collect();
        let mut on_environment = SortedMap::new();
        for &env in wanted {
            let mut ids: Vec<&'s str> = Vec::new();
            for (state, by_environment) in [self, next].into_iter().zip(&ids_by_environment) {
                if let Some(found) = state
                    .environment_index
                    .get(env)
                    .and_then(|p| by_environment.get(p))
                {
                    ids.extend(found.iter().copied());
                }
            }
            ids.sort_unstable();
            ids.dedup();
            let mut targets = vec![Target::environment(env)];
            targets.extend(
                registries
                    .iter()
                    .map(|&r| Target::environment(env).registry(r)),
            );
            targets.extend(
                ids.into_iter()
                    .map(|id| Target::environment(env).resource(id)),
            );
            on_environment.insert(env, targets);
        }
        on_environment
    }

    /// Every operation on `target` that `user` is allowed in one state and refused in the other.
    fn push_differences<'s>(
        &'s self,
        next: &'s PortainerState,
        user: &'s str,
        target: &Target<'s>,
        changes: &mut Vec<Change<'s>>,
    ) {
        let before = self.allowed(user, target);
        let after = next.allowed(user, target);
        for index in before.symmetric_difference(after).indexes() {
            changes.push(Change {
                user,
                index,
                target: target.clone(),
                before: self.explain_index(user, index, target),
                after: next.explain_index(user, index, target),
            });
        }
    }

    /// Whether `user` may act here and holds a role on the environment `env` or is the global
    /// administrator: anyone else is refused everything there.
    fn reaches(&self, user: &str, env: &str) -> bool {
        self.acting(user).is_some_and(|u| {
            self.environment(env).is_some()
                && (u.is_administrator() || self.role_of(user, env).is_some())
        })
    }

    /// How the environment `env` differs in `next`, its resources aside: not at all, in its
    /// role policies (its own or its group's) alone, or otherwise (kind, group, settings,
    /// registry grants, or it exists in one state only).
    fn environment_difference(&self, next: &PortainerState, env: &str) -> Difference {
        match (self.environment(env), next.environment(env)) {
            (Some(a), Some(b)) => {
                if !same_setup(a, b) {
                    return Difference::Other;
                }
                let groups = (
                    a.group_id.as_deref().and_then(|g| self.group(g)),
                    b.group_id.as_deref().and_then(|g| next.group(g)),
                );
                let same = same_policies(&a.user_policies, &b.user_policies)
                    && same_policies(&a.team_policies, &b.team_policies)
                    && match groups {
                        (Some(x), Some(y)) => {
                            same_policies(&x.user_policies, &y.user_policies)
                                && same_policies(&x.team_policies, &y.team_policies)
                        }
                        (None, None) => true,
                        _ => false,
                    };
                if same {
                    Difference::None
                } else {
                    Difference::Policies
                }
            }
            (None, None) => Difference::None,
            _ => Difference::Other,
        }
    }

    /// The users the role policies on `env` and its group name in either state, directly or
    /// through one of their teams.
    fn named_in_policies<'s>(&'s self, next: &'s PortainerState, env: &str) -> SortedSet<&'s str> {
        let mut users: SortedSet<&'s str> = SortedSet::new();
        let mut teams: SortedSet<&'s str> = SortedSet::new();
        for state in [self, next] {
            let Some(environment) = state.environment(env) else {
                continue;
            };
            let group = environment.group_id.as_deref().and_then(|g| state.group(g));
            let user_policies = [
                Some(&environment.user_policies),
                group.map(|g| &g.user_policies),
            ];
            let team_policies = [
                Some(&environment.team_policies),
                group.map(|g| &g.team_policies),
            ];
            let named = |policies: [Option<&'s Policies>; 2]| {
                policies
                    .into_iter()
                    .flatten()
                    .flat_map(|p| p.ids.iter().flat_map(|ids| ids.iter()))
                    .map(String::as_str)
            };
            users.extend(named(user_policies));
            teams.extend(named(team_policies));
        }
        if !teams.is_empty() {
            for user in self.users.iter().chain(&next.users) {
                if user
                    .teams
                    .iter()
                    .flat_map(|t| t.iter())
                    .any(|t| teams.contains(t.as_str()))
                {
                    users.insert(&user.id);
                }
            }
        }
        users
    }

    fn group(&self, id: &str) -> Option<&Group> {
        self.group_index.get(id).and_then(|i| self.groups.get(i))
    }

    /// The resources of the environment `env`, by (type, id).
    fn resources_on<'s>(
        &'s self,
        env: &str,
        grouped: &[Vec<&'s Resource>],
    ) -> SortedMap<(&'s str, &'s str), &'s Resource> {
        self.environment_index
            .get(env)
            .and_then(|position| grouped.get(position))
            .into_iter()
            .flatten()
            .map(|r| ((r.resource_type.as_str(), r.id.as_str()), *r))
            .collect()
    }

    /// The resources of each environment, by its index.
    fn resources_by_environment(&self) -> Vec<Vec<&Resource>> {
        let mut grouped: Vec<Vec<&Resource>> = vec![Vec::new(); self.environments.len()];
        for resource in &self.resources {
            if let Some(list) = grouped.get_mut(resource.links.environment) {
                list.push(resource);
            }
        }
        grouped
    }
}

/// The ids of the resources on `env` that differ between the states, with every resource that
/// inherits a control from one of them (through its stack, its service or a `subResources` list).
fn changed_resources<'s, 'g>(
    (before, before_grouped): (&'s PortainerState, &'g [Vec<&'s Resource>]),
    (after, after_grouped): (&'s PortainerState, &'g [Vec<&'s Resource>]),
    env: &str,
) -> SortedSet<&'s str> {
    // Most environments hold the same resources in the same order: nothing to look up.
    let list = |state: &PortainerState, grouped: &'g [Vec<&'s Resource>]| -> &'g [&'s Resource] {
        state
            .environment_index
            .get(env)
            .and_then(|p| grouped.get(p))
            .map_or(&[][..], Vec::as_slice)
    };
    let (a, b) = (list(before, before_grouped), list(after, after_grouped));
    if a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.resource_type == y.resource_type && x.id == y.id && same_resource(x, y))
    {
        return SortedSet::new();
    }
    let old = before.resources_on(env, before_grouped);
    let new = after.resources_on(env, after_grouped);
    let mut changed: SortedSet<&'s str> = SortedSet::new();
    for (key, resource) in &old {
        if new
            .get(key)
            .map_or(true, |other| !same_resource(resource, other))
        {
            changed.insert(resource.id.as_str());
        }
    }
    for (key, resource) in &new {
        if !old.contains_key(key) {
            changed.insert(resource.id.as_str());
        }
    }
    if changed.is_empty() {
        return changed;
    }
    // Inheritance: follow the links until nothing is added.
    let all: Vec<&'s Resource> = old.values().chain(new.values()).copied().collect();
    loop {
        let mut added = false;
        for resource in &all {
            if changed.contains(resource.id.as_str()) {
                continue;
            }
            let inherits = resource
                .stack
                .as_deref()
                .is_some_and(|s| changed.contains(s))
                || resource
                    .service
                    .as_deref()
                    .is_some_and(|s| changed.contains(s))
                || all.iter().any(|holder| {
                    changed.contains(holder.id.as_str())
                        && holder
                            .control
                            .as_ref()
                            .and_then(|c| c.sub_resources.as_deref())
                            .is_some_and(|ids| ids.contains(&resource.id))
                });
            if inherits {
                changed.insert(resource.id.as_str());
                added = true;
            }
        }
        if !added {
            return changed;
        }
    }
}

fn same_user(a: Option<&User>, b: Option<&User>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.reference == b.reference
                && a.is_administrator() == b.is_administrator()
                && a.teams == b.teams
        }
        (None, None) => true,
        _ => false,
    }
}

fn same_policies(a: &Policies, b: &Policies) -> bool {
    a.ids == b.ids && a.roles == b.roles
}

/// Whether two versions of an environment agree in everything but its policies and resources:
/// its kind, group, security settings and registry grants.
fn same_setup(a: &Environment, b: &Environment) -> bool {
    let grants = |e: &Environment| {
        e.registry_access
            .iter()
            .flatten()
            .map(|(id, g)| (id.clone(), g.users.clone(), g.teams.clone()))
            .collect::<Vec<_>>()
    };
    a.kind == b.kind
        && a.group_id == b.group_id
        && a.settings() == b.settings()
        && grants(a) == grants(b)
}

fn same_control(a: Option<&Control>, b: Option<&Control>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.is_public() == b.is_public()
                && a.is_administrators_only() == b.is_administrators_only()
                && a.users == b.users
                && a.teams == b.teams
                && a.sub_resources == b.sub_resources
        }
        (None, None) => true,
        _ => false,
    }
}

fn same_resource(a: &Resource, b: &Resource) -> bool {
    a.name == b.name
        && a.stack == b.stack
        && a.service == b.service
        && same_control(a.control.as_ref(), b.control.as_ref())
}

/// How an environment differs between two states, its resources aside.
enum Difference {
    None,
    Policies,
    Other,
}

/// What to ask on an environment: every target, only users whose role there changed, or the
/// changed resources (with those inheriting from them).
enum Ask<'s> {
    All,
    /// Users whose role there changed, among those the policies name (themselves, or a team of
    /// theirs): no one else's role can.
    RoleChanged(SortedSet<&'s str>),
    Resources(SortedSet<&'s str>),
}
