//! The Portainer state as the evaluator holds it: users, teams, environment groups,
//! environments with their role policies, security settings and registry grants, registries,
//! and Docker resources with their ownership controls. `load` builds it, `save` writes it.

use crate::prelude::*;

use super::resource_type::ResourceType;
use super::role::Role;
use super::settings::SecuritySettings;

use crate::core::id_map::{id_hash, IdIndex, IdList, IdTable};
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;

/// A run of positions in the state's arena (built by `compile`).
pub(crate) use crate::core::runs::Run as Span;

/// The users and teams a control or a registry grant names, compiled: sorted positions in the
/// state's users and teams.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Members {
    pub(crate) users: Span,
    pub(crate) teams: Span,
}

/// An environment's kind: which operations exist on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvironmentKind {
    /// A standalone Docker host.
    Standalone,
    /// A Docker Swarm cluster.
    Swarm,
}

impl EnvironmentKind {
    /// The kind as the state writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            EnvironmentKind::Standalone => "standalone",
            EnvironmentKind::Swarm => "swarm",
        }
    }

    /// The kind named `standalone` or `swarm`.
    pub fn from_name(name: &str) -> Option<EnvironmentKind> {
        match name {
            "standalone" => Some(EnvironmentKind::Standalone),
            "swarm" => Some(EnvironmentKind::Swarm),
            _ => None,
        }
    }
}

/// A Portainer user: the global administrator or not, and the teams they belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) administrator: Option<bool>,
    pub(crate) teams: Option<IdList>,
    /// In a slice: a user known only to exist (a new control may name them), who never acts.
    pub(crate) reference: bool,
    /// Compiled at load: the user's position in the state's users,
    pub(crate) position: u32,
    /// and the run of their teams' positions, in their order.
    pub(crate) team_positions: Span,
}

impl User {
    /// A user known only to exist (a slice's other users: a new control may name them), who
    /// never acts.
    pub(crate) fn reference(id: String) -> User {
        User {
            id,
            name: None,
            administrator: None,
            teams: None,
            reference: true,
            position: 0,
            team_positions: Default::default(),
        }
    }

    /// The user's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Portainer's global administrator: outside RBAC, allowed everything.
    pub fn is_administrator(&self) -> bool {
        self.administrator.unwrap_or(false)
    }

    /// The ids of the user's teams.
    pub fn teams(&self) -> &[String] {
        self.teams.as_deref().unwrap_or(&[])
    }

    /// Whether the user is in the team.
    pub fn in_team(&self, team: &str) -> bool {
        names(&self.teams, team)
    }

    /// Whether `users` names this user or `teams` one of their teams (by id: what a caller's
    /// control or grant says; a check reads the state's compiled form instead).
    pub(crate) fn named_in(&self, users: &Option<IdList>, teams: &Option<IdList>) -> bool {
        names(users, &self.id) || self.teams().iter().any(|team| names(teams, team))
    }
}

/// Whether an optional list names `id`.
fn names(list: &Option<IdList>, id: &str) -> bool {
    list.as_ref().is_some_and(|ids| ids.contains(id))
}

/// An entity that carries nothing but its id and an optional display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
}

pub type Team = Named;
pub type Registry = Named;

/// Role policies by user or team id, as stored (`{ "2": "ST" }`); absent when `ids` is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policies {
    pub(crate) ids: Option<IdList>,
    /// The role of `ids[i]`.
    pub(crate) roles: Vec<Role>,
    /// Compiled at load: the run of roles by position of the user or team.
    pub(crate) dense: Span,
}

impl Policies {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) user_policies: Policies,
    pub(crate) team_policies: Policies,
}

/// Who may use one registry in one environment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegistryGrant {
    pub(crate) users: Option<IdList>,
    pub(crate) teams: Option<IdList>,
    /// Compiled at load.
    pub(crate) members: Members,
}

impl RegistryGrant {
    pub fn includes(&self, user: &User) -> bool {
        user.named_in(&self.users, &self.teams)
    }
}

/// A Docker environment: its kind, the policies on it, its security settings and registry grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Environment {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) kind: EnvironmentKind,
    pub(crate) group_id: Option<String>,
    /// Compiled at load: the group's position in the state's groups.
    pub(crate) group_position: Option<usize>,
    pub(crate) user_policies: Policies,
    pub(crate) team_policies: Policies,
    pub(crate) security_settings: Option<SecuritySettings>,
    pub(crate) registry_access: Option<Vec<(String, RegistryGrant)>>,
}

impl Environment {
    /// The environment's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Standalone or swarm.
    pub fn kind(&self) -> EnvironmentKind {
        self.kind
    }

    /// Its security settings.
    pub fn settings(&self) -> SecuritySettings {
        self.security_settings.clone().unwrap_or_default()
    }

    /// Who the registry is granted to on this environment.
    pub fn registry_grant(&self, registry: &str) -> Option<&RegistryGrant> {
        self.registry_access
            .as_deref()?
            .iter()
            .find(|(id, _)| id == registry)
            .map(|(_, grant)| grant)
    }
}

/// A resource's ownership: public, administrators only, or named users and teams.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Control {
    pub(crate) public: Option<bool>,
    pub(crate) administrators_only: Option<bool>,
    pub(crate) users: Option<IdList>,
    pub(crate) teams: Option<IdList>,
    pub(crate) sub_resources: Option<IdList>,
    /// Compiled at load (a control read from a call's argument has none: it only describes).
    pub(crate) members: Members,
}

impl Control {
    /// Whether everyone with a role may reach the resource.
    pub fn is_public(&self) -> bool {
        self.public.unwrap_or(false)
    }

    /// Whether only administrators may reach the resource.
    pub fn is_administrators_only(&self) -> bool {
        self.administrators_only.unwrap_or(false)
    }

    /// The users the control names.
    pub fn users(&self) -> &[String] {
        self.users.as_deref().unwrap_or(&[])
    }

    /// The teams the control names.
    pub fn teams(&self) -> &[String] {
        self.teams.as_deref().unwrap_or(&[])
    }
}

/// A Docker resource of an environment, with its control and links for inheritance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub(crate) resource_type: ResourceType,
    pub(crate) id: String,
    /// Docker's name for it, when the state gives one (system networks are known by name).
    pub(crate) name: Option<String>,
    pub(crate) control: Option<Control>,
    pub(crate) stack: Option<String>,
    pub(crate) service: Option<String>,
    /// The links above as indexes, resolved once at load so that a check follows them
    /// without hashing ids.
    pub(crate) links: ResourceLinks,
}

/// Where a resource sits and what it inherits from, as indexes into the state's lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ResourceLinks {
    pub(crate) environment: usize,
    /// The resource whose control lists this one among its `subResources`.
    pub(crate) sub_resource_of: Option<usize>,
    pub(crate) service: Option<usize>,
    pub(crate) stack: Option<usize>,
}

impl Resource {
    /// Container, service, volume, …
    pub fn resource_type(&self) -> ResourceType {
        self.resource_type
    }

    /// The resource's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its name, when the state gives one (system networks are known by name).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Its own control, if it has one.
    pub fn control(&self) -> Option<&Control> {
        self.control.as_ref()
    }
}

/// One environment's resources, found by type and id without allocating (Docker ids are
/// unique per type per environment).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EnvironmentResources {
    /// By [`ResourceType::index`].
    pub(crate) by_type: [ResourceIds; ResourceType::ALL.len()],
    /// Resource id → the resource whose control lists it as a sub-resource.
    pub(crate) sub_resource_of: IdIndex,
}

impl EnvironmentResources {
    pub(crate) fn find(
        &self,
        resources: &[Resource],
        resource_type: ResourceType,
        id: &str,
    ) -> Option<usize> {
        self.by_type[resource_type.index()].find(resources, id)
    }

    pub(crate) fn has_id(&self, resources: &[Resource], id: &str) -> bool {
        self.by_type
            .iter()
            .any(|ids| ids.find(resources, id).is_some())
    }
}

/// The resources of one type in one environment by id, as their index into the state's
/// resources. Keyed by the id's hash, so that the index holds no second copy of a hundred
/// thousand ids; each hit is checked against the resource's own id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ResourceIds {
    by_hash: IdTable,
}

impl ResourceIds {
    pub(crate) fn find(&self, resources: &[Resource], id: &str) -> Option<usize> {
        self.by_hash.find(id_hash(id), |at| {
            resources.get(at).is_some_and(|r| r.id == id)
        })
    }

    /// Adds the resource at `at` (its id is `id`); false when one with that id is here.
    pub(crate) fn insert(&mut self, resources: &[Resource], id: &str, at: usize) -> bool {
        if self.find(resources, id).is_some() {
            return false;
        }
        self.by_hash.insert(id_hash(id), at);
        true
    }
}

/// Everything the Portainer evaluator decides on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortainerState {
    /// What loading had to interpret; never part of the state.
    pub(crate) warnings: Vec<Warning>,
    pub(crate) users: Vec<User>,
    pub(crate) teams: Vec<Team>,
    pub(crate) groups: Vec<Group>,
    pub(crate) environments: Vec<Environment>,
    pub(crate) registries: Vec<Registry>,
    pub(crate) resources: Vec<Resource>,
    pub(crate) user_index: IdIndex,
    pub(crate) team_index: IdIndex,
    pub(crate) group_index: IdIndex,
    pub(crate) environment_index: IdIndex,
    pub(crate) registry_index: IdIndex,
    /// By environment index.
    pub(crate) environment_resources: Vec<EnvironmentResources>,
    /// The runs of positions of the compiled form (see `compile.rs`).
    pub(crate) compiled: Vec<u32>,
    /// Which top-level lists the loaded state had, so that saving omits what was absent.
    pub(crate) present: [bool; 6],
    /// Set when the state is a slice: its one acting user and where it was cut from.
    pub(crate) slice: Option<SliceInfo>,
}

impl PortainerState {
    /// What loading had to interpret (empty for a clean input).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// The user with that id.
    pub fn user(&self, id: &str) -> Option<&User> {
        self.user_index.get(id).map(|i| &self.users[i])
    }

    /// The user `id` when they may act: in a slice, only its user, from a full record.
    pub fn acting(&self, id: &str) -> Option<&User> {
        self.user(id).filter(|user| self.may_act(user))
    }

    /// The user at `index` of the state's users when they may act.
    pub(crate) fn acting_at(&self, index: Option<usize>) -> Option<&User> {
        index
            .and_then(|i| self.users.get(i))
            .filter(|user| self.may_act(user))
    }

    /// Whether `user` may act in this state (always, unless it is a slice).
    pub(crate) fn may_act(&self, user: &User) -> bool {
        !user.reference && self.slice.as_ref().map_or(true, |s| s.acts(&user.id))
    }

    /// The `slice` field: `Some` when this state is a slice.
    pub fn slice_info(&self) -> Option<&SliceInfo> {
        self.slice.as_ref()
    }

    /// The environment with that id.
    pub fn environment(&self, id: &str) -> Option<&Environment> {
        self.environment_index
            .get(id)
            .map(|i| &self.environments[i])
    }

    pub(crate) fn has_team(&self, id: &str) -> bool {
        self.team_index.contains(id)
    }

    /// Whether the state lists the registry.
    pub fn registry_exists(&self, id: &str) -> bool {
        self.registry_index.contains(id)
    }

    /// The resource of that type and id on the environment.
    pub fn resource(
        &self,
        environment: &str,
        resource_type: ResourceType,
        id: &str,
    ) -> Option<&Resource> {
        let environment = self.environment_index.get(environment)?;
        self.resource_in(environment, resource_type, id)
    }

    /// [`Self::resource`] by environment index.
    pub(crate) fn resource_in(
        &self,
        environment: usize,
        resource_type: ResourceType,
        id: &str,
    ) -> Option<&Resource> {
        let i = self.environment_resources.get(environment)?.find(
            &self.resources,
            resource_type,
            id,
        )?;
        self.resources.get(i)
    }

    /// The resource at a [`ResourceLinks`] index.
    pub(crate) fn linked(&self, index: Option<usize>) -> Option<&Resource> {
        self.resources.get(index?)
    }

    /// An environment and its index.
    pub(crate) fn environment_entry(&self, id: &str) -> Option<(usize, &Environment)> {
        let i = self.environment_index.get(id)?;
        Some((i, self.environments.get(i)?))
    }
}
