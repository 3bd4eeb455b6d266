//! Loading a Portainer state: strict (unknown fields, duplicate ids and keys are refused),
//! every reference checked, every error with the JSON path of the bad value.

use crate::prelude::*;

use crate::core::text::text;

use super::document::{check_refs, Document};
use super::format::{
    self, control, environment, group, named, registry_grant, resource, slice_state, state, user,
};
use super::model::{
    Control, Environment, EnvironmentKind, EnvironmentResources, Group, Named, Policies,
    PortainerState, RegistryGrant, Resource, ResourceLinks, User,
};
use super::resource_type::ResourceType;
use super::role::Role;
use super::settings::SecuritySettings;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{
    as_id, as_items, as_object, join_index, join_key, text_at, Fields, JsonPath, Node,
    ObjectReader, Value,
};
use crate::core::limits::Limits;
use crate::core::parse;
use crate::core::raw_value::RawValue;
use crate::core::slice::SliceInfo;

impl Named {
    fn from_value<'a, N: Node<'a>>(value: N, path: JsonPath<'_>) -> Result<Self> {
        let mut r = ObjectReader::new(value, path)?;
        let named = Named {
            id: r.required_id(named::ID)?,
            name: r.optional_str(named::NAME)?.map(Into::into),
        };
        r.finish(named::FIELDS)?;
        Ok(named)
    }
}

impl Policies {
    /// Reads `{ "<id>": "<role code>" }`; the ids are checked against the state by its document.
    fn from_value<'a, N: Node<'a>>(value: Option<(N, String)>) -> Result<Self> {
        let Some((value, path)) = value else {
            return Ok(Policies::default());
        };
        let mut ids = Vec::new();
        let mut roles = Vec::new();
        let entries = as_object(value, &path)?;
        for entry in 0..entries.len() {
            let id = entries.key(entry);
            // Written only for an error: a state holds a policy per user and environment.
            let entry_path = || join_key(&path, id);
            let code = text_at(entries.value(entry), JsonPath::Lazy(&entry_path), false)?;
            let role = Role::from_code(&code).ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidValue,
                    entry_path(),
                    text!(
                        "`",
                        &*code,
                        "` is not a role; expected `EA`, `OP`, `HD`, `ST` or `RO`"
                    ),
                )
            })?;
            ids.push(id.to_owned());
            roles.push(role);
        }
        Ok(Policies {
            ids: Some(ids.into()),
            roles,
            dense: Default::default(),
        })
    }
}

impl Control {
    /// Reads a control; the ids in `users`, `teams` and `subResources` are checked by the
    /// caller against the state.
    pub fn from_value<'a, N: Node<'a>>(value: N, path: JsonPath<'_>) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let control = Control {
            public: reader.optional_bool(control::PUBLIC)?,
            administrators_only: reader.optional_bool(control::ADMINISTRATORS_ONLY)?,
            users: reader.optional_id_list(control::USERS)?,
            teams: reader.optional_id_list(control::TEAMS)?,
            sub_resources: reader.optional_id_list(control::SUB_RESOURCES)?,
            members: Default::default(),
        };
        reader.finish(control::FIELDS)?;
        if control.is_public() && control.is_administrators_only() {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                path.text(),
                "a control cannot be both `public` and `administratorsOnly`",
            ));
        }
        if control.is_administrators_only()
            && (!control.users().is_empty() || !control.teams().is_empty())
        {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                path.text(),
                "an `administratorsOnly` control names no users or teams",
            ));
        }
        Ok(control)
    }
}

fn optional_link<'a, N: Node<'a>>(
    reader: &mut ObjectReader<'a, '_, N>,
    key: &str,
) -> Result<Option<String>> {
    Ok(reader.optional_id(key)?.map(Into::into))
}

impl PortainerState {
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

    /// Loads a state from checked JSON text, refusing unknown fields, duplicate ids and
    /// references to ids the state does not hold.
    pub(crate) fn from_checked(value: RawValue<'_>) -> Result<Self> {
        let TopLevel {
            slice,
            lists,
            present,
            user_ids,
        } = TopLevel::read(value)?;
        let [users_v, teams_v, groups_v, environments_v, registries_v, resources_v] = lists;
        let mut users = read_all(&users_v, User::from_value)?;
        add_reference_users(&user_ids, &mut users)?;
        let read_named = |list: &'static str| {
            move |v: RawValue<'_>, i: usize| {
                Named::from_value(v, JsonPath::Lazy(&|| join_index(list, i)))
            }
        };
        let document = Document {
            users,
            teams: read_all(&teams_v, read_named(state::TEAMS))?,
            groups: read_all(&groups_v, Group::from_value)?,
            environments: read_all(&environments_v, Environment::from_value)?,
            registries: read_all(&registries_v, read_named(state::REGISTRIES))?,
            present,
            slice,
            warnings: Vec::new(),
        };
        let mut state = PortainerState::from_document(document)?;
        state.load_resources(&resources_v)?;
        state.compile();
        Ok(state)
    }

    /// Reads and checks one resource (its links are resolved once all are read). Not inlined
    /// into the loop on purpose: in wasm, V8 moves a function to optimised code when it is
    /// entered again, never in the middle of one long call, so a first load of 100,000
    /// resources would otherwise run entirely on the baseline compiler.
    #[inline(never)]
    fn read_resource(&self, v: RawValue<'_>, i: usize) -> Result<Resource> {
        let path = || join_index(state::RESOURCES, i);
        let mut r = ObjectReader::new(v, JsonPath::Lazy(&path))?;
        let type_name = r.required_str(resource::TYPE)?;
        let resource_type = ResourceType::from_name(&type_name).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidValue,
                r.field_path(resource::TYPE),
                text!(
                    "`",
                    &*type_name,
                    "` is not a resource type; expected one of ",
                    ResourceType::names()
                ),
            )
        })?;
        let id = r.required_id(resource::ID)?;
        let name = r.optional_str(resource::NAME)?.map(Into::into);
        let environment_id = r.required_id_text(resource::ENVIRONMENT_ID)?;
        let Some(env_index) = self.environment_index.get(&environment_id) else {
            return Err(Error::new(
                ErrorCode::DanglingReference,
                join_key(&path(), resource::ENVIRONMENT_ID),
                text!("no environment has the id `", &*environment_id, "`"),
            ));
        };
        let control_path = || join_key(&path(), resource::CONTROL);
        let control = r
            .optional_value(resource::CONTROL)
            .map(|c| Control::from_value(c, JsonPath::Lazy(&control_path)))
            .transpose()?;
        let stack = optional_link(&mut r, resource::STACK)?;
        let service = optional_link(&mut r, resource::SERVICE)?;
        r.finish(resource::FIELDS)?;
        if service.is_some() && resource_type != ResourceType::Container {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                join_key(&path(), resource::SERVICE),
                "only a container names its Swarm `service`",
            ));
        }
        if stack.is_some() && resource_type == ResourceType::Stack {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                join_key(&path(), resource::STACK),
                "a stack is not part of a stack",
            ));
        }
        Ok(Resource {
            resource_type,
            id,
            name,
            control,
            stack,
            service,
            links: ResourceLinks {
                environment: env_index,
                ..ResourceLinks::default()
            },
        })
    }

    /// Checks that a resource's links and the names in its control exist, and records what
    /// its control lists as sub-resources. Not inlined into the loop, for the reason given
    /// at [`read_resource`](Self::read_resource).
    #[inline(never)]
    fn check_links(
        &self,
        i: usize,
        resource: &Resource,
        env: &mut EnvironmentResources,
    ) -> Result<()> {
        // Paths are written out only for an error: this runs once per resource.
        let path = || join_index(state::RESOURCES, i);
        let control_path = || join_key(&path(), resource::CONTROL);
        for (field, target_type, link) in [
            (resource::STACK, ResourceType::Stack, &resource.stack),
            (resource::SERVICE, ResourceType::Service, &resource.service),
        ] {
            if let Some(link) = link {
                if env.find(&self.resources, target_type, link).is_none() {
                    return Err(Error::new(
                        ErrorCode::DanglingReference,
                        join_key(&path(), field),
                        text!(
                            "environment `",
                            self.environments[resource.links.environment].id,
                            "` has no ",
                            target_type.as_str(),
                            " `",
                            link,
                            "`"
                        ),
                    ));
                }
            }
        }
        let Some(control) = &resource.control else {
            return Ok(());
        };
        check_refs(
            control.users.as_deref(),
            || join_key(&control_path(), control::USERS),
            &self.user_index,
            "user",
        )?;
        check_refs(
            control.teams.as_deref(),
            || join_key(&control_path(), control::TEAMS),
            &self.team_index,
            "team",
        )?;
        self.record_sub_resources(i, resource, control, env)
    }

    /// Records the sub-resources `control` (of the resource at `i`) lists: each must exist on
    /// the environment and belong to no other resource.
    fn record_sub_resources(
        &self,
        i: usize,
        resource: &Resource,
        control: &Control,
        env: &mut EnvironmentResources,
    ) -> Result<()> {
        let control_path = || join_key(&join_index(state::RESOURCES, i), resource::CONTROL);
        for (j, sub) in control
            .sub_resources
            .as_deref()
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            let sub_path = || join_index(&join_key(&control_path(), control::SUB_RESOURCES), j);
            if !env.has_id(&self.resources, sub) {
                return Err(Error::new(
                    ErrorCode::DanglingReference,
                    sub_path(),
                    text!(
                        "environment `",
                        self.environments[resource.links.environment].id,
                        "` has no resource `",
                        sub,
                        "`"
                    ),
                ));
            }
            if let Some(first) = env.sub_resource_of.get(sub) {
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    sub_path(),
                    text!(
                        "`",
                        sub,
                        "` is already a sub-resource of ",
                        self.resources[first].resource_type.as_str(),
                        " `",
                        self.resources[first].id,
                        "`"
                    ),
                ));
            }
            env.sub_resource_of.insert(sub.clone(), i);
        }
        Ok(())
    }

    fn load_resources(&mut self, items: &[RawValue<'_>]) -> Result<()> {
        // First pass: read every resource and index it, so that links may point forward.
        // Made empty, not cloned from one: an environment's index is never cloned otherwise,
        // and its `Clone` would cost the browser's kernel half a kilobyte.
        let mut index = Vec::new();
        index.resize_with(self.environments.len(), EnvironmentResources::default);
        self.resources.reserve(items.len());
        for (i, &v) in items.iter().enumerate() {
            let resource = self.read_resource(v, i)?;
            self.index_resource(i, resource, &mut index)?;
        }
        self.link_resources(index)
    }

    /// Checks every resource's links and the names in its control, and resolves the links:
    /// after every resource is indexed, so that a link may point forward.
    pub(crate) fn link_resources(&mut self, mut index: Vec<EnvironmentResources>) -> Result<()> {
        for (i, resource) in self.resources.iter().enumerate() {
            self.check_links(i, resource, &mut index[resource.links.environment])?;
        }
        // Each resource's links resolved in place: every one resolved reads only the
        // environment's index and the others' ids, never their links.
        for i in 0..self.resources.len() {
            let resource = &self.resources[i];
            let links = resolve_links(
                resource,
                &index[resource.links.environment],
                &self.resources,
            );
            self.resources[i].links = links;
        }
        self.environment_resources = index;
        Ok(())
    }

    /// Adds the resource read at `i` to its environment's index of its type. Not inlined into
    /// the loop, for the reason given at [`read_resource`](Self::read_resource).
    #[inline(never)]
    pub(crate) fn index_resource(
        &mut self,
        i: usize,
        resource: Resource,
        index: &mut [EnvironmentResources],
    ) -> Result<()> {
        let (resource_type, env_index) = (resource.resource_type, resource.links.environment);
        let by_type = &mut index[env_index].by_type[resource_type.index()];
        if !by_type.insert(&self.resources, &resource.id, i) {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                join_key(&join_index(state::RESOURCES, i), resource::ID),
                text!(
                    "environment `",
                    self.environments[env_index].id,
                    "` already has a ",
                    resource_type.as_str(),
                    " `",
                    resource.id,
                    "`"
                ),
            ));
        }
        self.resources.push(resource);
        Ok(())
    }
}

/// A resource's links as indexes into the state's `resources`. Not inlined into the loop, for
/// the reason given at [`read_resource`](PortainerState::read_resource).
#[inline(never)]
fn resolve_links(
    resource: &Resource,
    env: &EnvironmentResources,
    resources: &[Resource],
) -> ResourceLinks {
    let find =
        |link: &Option<String>, target_type| env.find(resources, target_type, link.as_deref()?);
    ResourceLinks {
        environment: resource.links.environment,
        sub_resource_of: env.sub_resource_of.get(&resource.id),
        service: find(&resource.service, ResourceType::Service),
        stack: find(&resource.stack, ResourceType::Stack),
    }
}

/// A slice's `userIds`, after the users it lists: the others, known only to exist.
fn add_reference_users(user_ids: &[RawValue<'_>], users: &mut Vec<User>) -> Result<()> {
    users.reserve(user_ids.len());
    for (i, &v) in user_ids.iter().enumerate() {
        // Written only for an error: a slice lists every other user's id.
        let path = || join_index(slice_state::USER_IDS, i);
        let id = String::from(text_at(v, JsonPath::Lazy(&path), true)?);
        users.push(User::reference(id));
    }
    Ok(())
}

/// Each item of a list read by `read` with its position.
fn read_all<'a, T>(
    items: &[RawValue<'a>],
    read: impl Fn(RawValue<'a>, usize) -> Result<T>,
) -> Result<Vec<T>> {
    // A loop rather than `collect` into a `Result`: that is built once per record type, each
    // with its reader inlined, and costs the browser's module kilobytes.
    let mut records = Vec::with_capacity(items.len());
    for (i, &v) in items.iter().enumerate() {
        records.push(read(v, i)?);
    }
    Ok(records)
}

impl User {
    /// The user at `users[i]`.
    fn from_value(v: RawValue<'_>, i: usize) -> Result<User> {
        // Written only for an error: a state holds thousands of users.
        let path = || join_index(state::USERS, i);
        let mut r = ObjectReader::new(v, JsonPath::Lazy(&path))?;
        let user = User {
            id: r.required_id(user::ID)?,
            name: r.optional_str(user::NAME)?.map(Into::into),
            administrator: r.optional_bool(user::ADMINISTRATOR)?,
            teams: r.optional_id_list(user::TEAMS)?,
            reference: false,
            position: 0,
            team_positions: Default::default(),
        };
        r.finish(user::FIELDS)?;
        Ok(user)
    }
}

impl Group {
    /// The group at `groups[i]`.
    fn from_value(v: RawValue<'_>, i: usize) -> Result<Group> {
        let path = join_index(state::GROUPS, i);
        let mut r = ObjectReader::new(v, &path)?;
        let group = Group {
            id: r.required_id(group::ID)?,
            name: r.optional_str(group::NAME)?.map(Into::into),
            user_policies: Policies::from_value(r.optional(group::USER_POLICIES))?,
            team_policies: Policies::from_value(r.optional(group::TEAM_POLICIES))?,
        };
        r.finish(group::FIELDS)?;
        Ok(group)
    }
}

impl Environment {
    /// The environment at `environments[i]`.
    fn from_value(v: RawValue<'_>, i: usize) -> Result<Environment> {
        let path = join_index(state::ENVIRONMENTS, i);
        let mut r = ObjectReader::new(v, &path)?;
        let id = r.required_id(environment::ID)?;
        let name = r.optional_str(environment::NAME)?.map(Into::into);
        let kind_name = r.required_str(environment::KIND)?;
        let kind = EnvironmentKind::from_name(&kind_name).ok_or_else(|| {
            Error::new(
                ErrorCode::InvalidValue,
                r.field_path(environment::KIND),
                text!(
                    "`",
                    &*kind_name,
                    "` is not an environment kind; expected `standalone` or `swarm`"
                ),
            )
        })?;
        let group_id = match r.optional(environment::GROUP_ID) {
            Some((g, gp)) => Some(as_id(g, &gp)?.into_owned()),
            None => None,
        };
        let user_policies = Policies::from_value(r.optional(environment::USER_POLICIES))?;
        let team_policies = Policies::from_value(r.optional(environment::TEAM_POLICIES))?;
        let security_settings = r
            .optional(environment::SECURITY_SETTINGS)
            .map(|(s, sp)| SecuritySettings::from_value(s, &sp))
            .transpose()?;
        let registry_access = r
            .optional(environment::REGISTRY_ACCESS)
            .map(|(a, ap)| load_registry_access(a, &ap))
            .transpose()?;
        r.finish(environment::FIELDS)?;
        Ok(Environment {
            id,
            name,
            kind,
            group_id,
            group_position: None,
            user_policies,
            team_policies,
            security_settings,
            registry_access,
        })
    }
}

fn load_registry_access(value: RawValue<'_>, path: &str) -> Result<Vec<(String, RegistryGrant)>> {
    let mut grants = Vec::new();
    for (registry, grant) in as_object(value, path)? {
        let grant_path = join_key(path, &registry);
        let mut r = ObjectReader::new(grant, &grant_path)?;
        let grant = RegistryGrant {
            users: r.optional_id_list(registry_grant::USERS)?,
            teams: r.optional_id_list(registry_grant::TEAMS)?,
            members: Default::default(),
        };
        r.finish(registry_grant::FIELDS)?;
        grants.push((registry.into_owned(), grant));
    }
    Ok(grants)
}

/// The top level of a state's text: its slice info and lists, not yet read.
struct TopLevel<'a> {
    slice: Option<SliceInfo>,
    /// By [`format::LISTS`] order; empty when absent.
    lists: [Vec<RawValue<'a>>; 6],
    present: [bool; 6],
    /// A slice's `userIds`: the other users, known only to exist.
    user_ids: Vec<RawValue<'a>>,
}

impl<'a> TopLevel<'a> {
    fn read(value: RawValue<'a>) -> Result<Self> {
        let mut top = ObjectReader::new(value, "")?;
        let slice = match top.optional(state::SLICE) {
            Some((v, p)) => Some(SliceInfo::from_value(v, &p)?),
            None => None,
        };
        let mut lists: [Vec<RawValue<'_>>; 6] = Default::default();
        let mut present = [false; 6];
        for (i, key) in format::LISTS.iter().enumerate() {
            if let Some((v, p)) = top.optional(key) {
                lists[i] = as_items(v, &p)?.collect();
                present[i] = true;
            }
        }
        // Only a slice holds `userIds`: in a state, `finish` refuses it as unknown.
        let user_ids_field = if slice.is_some() {
            top.optional(slice_state::USER_IDS)
        } else {
            None
        };
        let user_ids = match user_ids_field {
            Some((v, p)) => as_items(v, &p)?.collect(),
            None => Vec::new(),
        };
        if slice.is_some() {
            top.finish_among(&[state::FIELDS, slice_state::FIELDS])?;
        } else {
            top.finish(state::FIELDS)?;
        }
        Ok(TopLevel {
            slice,
            lists,
            present,
            user_ids,
        })
    }
}
