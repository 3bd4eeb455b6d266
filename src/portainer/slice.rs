//! Cutting a Portainer slice: the state one user's answers need, and nothing else.
//!
//! What it holds for the user `u`:
//! - `u`'s own record (administrator flag, teams), and only the ids of the other users and
//!   of the teams (a new control may name any of them: `canChangeOwnership` refuses an id the
//!   state does not hold);
//! - every environment's id and kind (an operation that does not exist on an environment's kind
//!   is `not_applicable` before anything else), and every registry's id;
//! - the resources of the environments where `u` holds a role, and no others: where `u` holds
//!   none, every answer is `no_role` before any resource is looked at (the global
//!   administrator's slice keeps every resource's id and type, as its answers tell every
//!   resource from an unknown one);
//! - of the role policies, only `u`'s own and those of `u`'s teams, on environments and on
//!   the groups that hold any;
//! - where `u` holds a role (and is not the global administrator): the environment's name,
//!   security settings and the registry grants naming `u` or their teams; each resource's
//!   name, its stack and service, and its control with only `public`, `administratorsOnly`,
//!   `u` and `u`'s teams kept of what it names, and its sub-resources.

use crate::prelude::*;

use super::format::{resource, state};
use super::model::{
    Control, Environment, Group, Named, Policies, PortainerState, RegistryGrant, Resource, User,
};
use super::role_grant::resolve_role;
use crate::core::error::Result;
use crate::core::id_map::IdList;
use crate::core::json::{write_json_string, Value};
use crate::core::slice::{cuttable, SliceInfo};

/// The entries of `policies` whose id `keep` accepts (`None` when none is left).
fn kept_policies(policies: &Policies, keep: impl Fn(&str) -> bool) -> Policies {
    let Some(ids) = &policies.ids else {
        return Policies::default();
    };
    let (ids, roles): (Vec<String>, Vec<_>) = ids
        .iter()
        .zip(&policies.roles)
        .filter(|(id, _)| keep(id))
        .map(|(id, role)| (id.clone(), *role))
        .unzip();
    if ids.is_empty() {
        return Policies::default();
    }
    Policies {
        ids: Some(IdList::from(ids)),
        roles,
        dense: Default::default(),
    }
}

/// A team or registry as a slice holds it: its id (a control or a grant may name it).
fn id_only(named: &Named) -> Named {
    Named {
        id: named.id.clone(),
        name: None,
    }
}

/// The ids of `list` that `keep` accepts (`None` when none is left).
fn kept_ids(list: &Option<IdList>, keep: impl Fn(&str) -> bool) -> Option<IdList> {
    let ids: Vec<String> = list
        .iter()
        .flat_map(|ids| ids.iter())
        .filter(|id| keep(id))
        .cloned()
        .collect();
    IdList::unless_empty(ids)
}

impl PortainerState {
    /// The slice of `user`: a state that `load` accepts and that answers every call with
    /// `user` acting exactly as this one does; any other acting user is unknown in it.
    pub fn slice(&self, user: &str) -> Result<Value> {
        self.slice_from(user, self.fingerprint())
    }

    /// [`slice`](Self::slice) naming `source` as the fingerprint of this state (the caller's
    /// cached one).
    pub fn slice_from(&self, user: &str, source: String) -> Result<Value> {
        Value::parse(&self.slice_json_from(user, source)?)
    }

    /// [`slice_from`](Self::slice_from) as JSON text, written directly: the text of a slice
    /// is what a server sends, and a large state's resources go straight into it.
    pub fn slice_json_from(&self, user: &str, source: String) -> Result<String> {
        cuttable(self.slice.as_ref())?;
        let cut = Cut::new(self, user);
        let groups = cut.groups();
        let sliced = PortainerState {
            warnings: Vec::new(),
            users: cut.users(),
            teams: self.teams.iter().map(id_only).collect(),
            environments: cut.environments(&groups),
            groups,
            registries: self.registries.iter().map(id_only).collect(),
            // Written straight to text by `write`: a state may hold 100,000 of them.
            resources: Vec::new(),
            user_index: Default::default(),
            team_index: Default::default(),
            group_index: Default::default(),
            environment_index: Default::default(),
            registry_index: Default::default(),
            environment_resources: Vec::new(),
            // Only written to text: nothing decides on it.
            compiled: Vec::new(),
            present: self.present,
            slice: Some(SliceInfo {
                user: user.to_owned(),
                source,
            }),
        };
        Ok(cut.write(&sliced))
    }
}

/// What cutting one user's slice knows: the state, the user, and where they hold a role.
struct Cut<'a> {
    state: &'a PortainerState,
    user: &'a str,
    actor: Option<&'a User>,
    administrator: bool,
    /// Per environment: the user holds a role there, so their answers read what lies past
    /// existence (names, settings, grants, resources).
    reads: Vec<bool>,
}

impl<'a> Cut<'a> {
    fn new(state: &'a PortainerState, user: &'a str) -> Self {
        let actor = state.acting(user);
        let administrator = actor.is_some_and(User::is_administrator);
        let reads = state
            .environments
            .iter()
            .map(|env| {
                actor.is_some_and(|u| !administrator && resolve_role(state, u, env).is_some())
            })
            .collect();
        Cut {
            state,
            user,
            actor,
            administrator,
            reads,
        }
    }

    fn is_me(&self, id: &str) -> bool {
        id == self.user
    }

    fn my_team(&self, id: &str) -> bool {
        self.actor.is_some_and(|u| u.in_team(id))
    }

    /// The user's own record; every other user as a reference (an id a control may name).
    fn users(&self) -> Vec<User> {
        self.state
            .users
            .iter()
            .filter(|u| !u.reference)
            .map(|u| match self.actor {
                Some(actor) if actor == u => u.clone(),
                _ => User::reference(u.id.clone()),
            })
            .collect()
    }

    /// The groups holding a policy of the user or of their teams, with only those policies.
    fn groups(&self) -> Vec<Group> {
        self.state
            .groups
            .iter()
            .map(|g| Group {
                id: g.id.clone(),
                name: None,
                user_policies: kept_policies(&g.user_policies, |id| self.is_me(id)),
                team_policies: kept_policies(&g.team_policies, |id| self.my_team(id)),
            })
            .filter(|g| g.user_policies.ids.is_some() || g.team_policies.ids.is_some())
            .collect()
    }

    /// Every environment's id and kind; its name, settings and registry grants where the
    /// user's answers read them.
    fn environments(&self, groups: &[Group]) -> Vec<Environment> {
        self.state
            .environments
            .iter()
            .zip(&self.reads)
            .map(|(env, &reads)| Environment {
                id: env.id.clone(),
                name: env.name.clone().filter(|_| reads || self.administrator),
                kind: env.kind,
                group_id: env
                    .group_id
                    .clone()
                    .filter(|id| groups.iter().any(|g| &g.id == id)),
                group_position: None,
                user_policies: kept_policies(&env.user_policies, |id| self.is_me(id)),
                team_policies: kept_policies(&env.team_policies, |id| self.my_team(id)),
                security_settings: env.security_settings.clone().filter(|_| reads),
                registry_access: env
                    .registry_access
                    .as_ref()
                    .filter(|_| reads)
                    .map(|access| self.registry_access(access)),
            })
            .collect()
    }

    /// The registry grants naming the user or their teams, with only those names.
    fn registry_access(&self, access: &[(String, RegistryGrant)]) -> Vec<(String, RegistryGrant)> {
        access
            .iter()
            .map(|(id, grant)| {
                let grant = RegistryGrant {
                    users: kept_ids(&grant.users, |id| self.is_me(id)),
                    teams: kept_ids(&grant.teams, |id| self.my_team(id)),
                    members: Default::default(),
                };
                (id.clone(), grant)
            })
            .filter(|(_, grant)| grant.users.is_some() || grant.teams.is_some())
            .collect()
    }

    /// `sliced` as text, its resources written from the state's own.
    fn write(&self, sliced: &PortainerState) -> String {
        let Value::Object(fields) = sliced.to_value() else {
            return String::new();
        };
        let kept = self.state.resources.len() - self.skipped_resources();
        let mut out = String::with_capacity(96 * kept + 16 * self.state.users.len() + 4096);
        out.push('{');
        for (i, (key, value)) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_json_string(key, &mut out);
            out.push(':');
            if key == state::RESOURCES {
                self.write_resources(&mut out);
            } else {
                value.write_json(&mut out);
            }
        }
        out.push('}');
        out
    }

    /// Where the user holds no role, every answer is `no_role` before any resource is looked
    /// at: those environments' resources stay on the server. The global administrator's
    /// answers tell every resource from an unknown one.
    fn keeps(&self, resource: &Resource) -> bool {
        self.administrator || self.reads[resource.links.environment]
    }

    fn skipped_resources(&self) -> usize {
        self.state
            .resources
            .iter()
            .filter(|r| !self.keeps(r))
            .count()
    }

    fn write_resources(&self, out: &mut String) {
        out.push('[');
        let mut first = true;
        for resource in self.state.resources.iter().filter(|r| self.keeps(r)) {
            if !first {
                out.push(',');
            }
            first = false;
            let environment = &self.state.environments[resource.links.environment].id;
            let detail = self.reads[resource.links.environment];
            write_resource(resource, environment, detail, self, out);
        }
        out.push(']');
    }
}

/// A resource as the slice holds it, written as `Resource`'s own save writes it: with
/// `detail` (an environment where the user holds a role), its name, its control as it
/// concerns the user, its stack and service; else only its type, id and environment.
fn write_resource(
    resource: &Resource,
    environment_id: &str,
    detail: bool,
    cut: &Cut<'_>,
    out: &mut String,
) {
    let field = |out: &mut String, key: &str| {
        out.push_str(",\"");
        out.push_str(key);
        out.push_str("\":");
    };
    out.push('{');
    write_json_string(resource::TYPE, out);
    out.push(':');
    write_json_string(resource.resource_type.as_str(), out);
    field(out, resource::ID);
    write_json_string(&resource.id, out);
    if let Some(name) = resource.name.as_deref().filter(|_| detail) {
        field(out, resource::NAME);
        write_json_string(name, out);
    }
    field(out, resource::ENVIRONMENT_ID);
    write_json_string(environment_id, out);
    if let Some(control) = resource.control.as_ref().filter(|_| detail) {
        field(out, resource::CONTROL);
        Control {
            users: kept_ids(&control.users, |id| cut.is_me(id)),
            teams: kept_ids(&control.teams, |id| cut.my_team(id)),
            ..control.clone()
        }
        .to_value()
        .write_json(out);
    }
    for (key, link) in [
        (resource::STACK, &resource.stack),
        (resource::SERVICE, &resource.service),
    ] {
        if let Some(id) = link.as_deref().filter(|_| detail) {
            field(out, key);
            write_json_string(id, out);
        }
    }
    out.push('}');
}
