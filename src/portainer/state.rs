//! The Portainer state: users, teams, environment groups, environments with their role
//! policies, security settings and registry grants, registries, and Docker resources with
//! their ownership controls. Loaded strictly, every reference checked, saved back unchanged.

use super::role::Role;
use super::settings::SecuritySettings;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::{IdList, IdMap};
use crate::core::json::{
    as_array, as_id, as_object, as_str, join_index, join_key, ObjectReader, ObjectWriter, Value,
};

/// An environment's kind: which operations exist on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Standalone,
    Swarm,
}

impl Kind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Standalone => "standalone",
            Kind::Swarm => "swarm",
        }
    }
}

/// The Docker resource types that carry ownership.
pub const RESOURCE_TYPES: [&str; 9] = [
    "container",
    "service",
    "volume",
    "network",
    "secret",
    "config",
    "stack",
    "custom_template",
    "image",
];

/// Docker's built-in networks: public to everyone with a role on the environment.
pub const SYSTEM_NETWORKS: [&str; 5] = ["bridge", "host", "ingress", "nat", "none"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) administrator: Option<bool>,
    pub(crate) teams: Option<IdList>,
}

impl User {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Portainer's global administrator: outside RBAC, allowed everything.
    pub fn is_administrator(&self) -> bool {
        self.administrator.unwrap_or(false)
    }

    pub fn teams(&self) -> &[String] {
        self.teams.as_deref().unwrap_or(&[])
    }

    pub fn in_team(&self, team: &str) -> bool {
        names(&self.teams, team)
    }

    /// Whether `users` names this user or `teams` one of their teams. A user is in a few teams,
    /// while a list may be long, so the user's teams are looked up in the list.
    fn named_in(&self, users: &Option<IdList>, teams: &Option<IdList>) -> bool {
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

impl Named {
    fn from_value(value: &Value, path: &str) -> Result<Self> {
        let mut r = ObjectReader::new(value, path)?;
        let named = Named {
            id: r.required_id("id")?,
            name: optional_name(&mut r)?,
        };
        r.finish(&["id", "name"])?;
        Ok(named)
    }

    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("id", &self.id)
            .field_opt_str("name", self.name.as_deref())
            .build()
    }
}

pub type Team = Named;
pub type Registry = Named;

/// Role policies by user or team id, as stored (`{ "2": "ST" }`); absent when `ids` is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policies {
    ids: Option<IdList>,
    /// The role of `ids[i]`.
    roles: Vec<Role>,
}

impl Policies {
    pub fn get(&self, id: &str) -> Option<Role> {
        let i = self.ids.as_ref()?.position(id)?;
        self.roles.get(i).copied()
    }

    fn from_value(
        value: Option<(&Value, String)>,
        known: &IdMap<String, usize>,
        what: &str,
    ) -> Result<Self> {
        let Some((value, path)) = value else {
            return Ok(Policies::default());
        };
        let mut ids = Vec::new();
        let mut roles = Vec::new();
        for (id, role) in as_object(value, &path)? {
            let entry_path = join_key(&path, id);
            if !known.contains_key(id) {
                return Err(Error::new(
                    ErrorCode::DanglingReference,
                    entry_path,
                    format!("no {what} has the id `{id}`"),
                ));
            }
            let code = as_str(role, &entry_path)?;
            let role = Role::from_code(code).ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidValue,
                    &entry_path,
                    format!("`{code}` is not a role; expected `EA`, `OP`, `HD`, `ST` or `RO`"),
                )
            })?;
            ids.push(id.clone());
            roles.push(role);
        }
        Ok(Policies {
            ids: Some(IdList::from(ids)),
            roles,
        })
    }

    fn to_value(&self) -> Option<Value> {
        self.ids.as_ref().map(|ids| {
            Value::Object(
                ids.iter()
                    .zip(&self.roles)
                    .map(|(id, role)| (id.clone(), Value::String(role.code().to_owned())))
                    .collect(),
            )
        })
    }
}

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
}

impl RegistryGrant {
    pub fn includes(&self, user: &User) -> bool {
        user.named_in(&self.users, &self.teams)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Environment {
    pub(crate) id: String,
    pub(crate) name: Option<String>,
    pub(crate) kind: Kind,
    pub(crate) group_id: Option<String>,
    pub(crate) user_policies: Policies,
    pub(crate) team_policies: Policies,
    pub(crate) security_settings: Option<SecuritySettings>,
    pub(crate) registry_access: Option<Vec<(String, RegistryGrant)>>,
}

impl Environment {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn settings(&self) -> SecuritySettings {
        self.security_settings.clone().unwrap_or_default()
    }

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
}

impl Control {
    pub fn is_public(&self) -> bool {
        self.public.unwrap_or(false)
    }

    pub fn is_administrators_only(&self) -> bool {
        self.administrators_only.unwrap_or(false)
    }

    pub fn users(&self) -> &[String] {
        self.users.as_deref().unwrap_or(&[])
    }

    pub fn teams(&self) -> &[String] {
        self.teams.as_deref().unwrap_or(&[])
    }

    /// Whether the control lets `user` in: public, or names the user or one of their teams.
    pub fn admits(&self, user: &User) -> bool {
        !self.is_administrators_only()
            && (self.is_public() || user.named_in(&self.users, &self.teams))
    }

    /// Reads a control; `users`, `teams` and `subResources` are checked by the caller.
    pub fn from_value(value: &Value, path: &str) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let control = Control {
            public: reader.optional_bool("public")?,
            administrators_only: reader.optional_bool("administratorsOnly")?,
            users: reader.optional_id_list("users")?,
            teams: reader.optional_id_list("teams")?,
            sub_resources: reader.optional_id_list("subResources")?,
        };
        reader.finish(&CONTROL_FIELDS)?;
        if control.is_public() && control.is_administrators_only() {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                path,
                "a control cannot be both `public` and `administratorsOnly`",
            ));
        }
        if control.is_administrators_only()
            && (!control.users().is_empty() || !control.teams().is_empty())
        {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                path,
                "an `administratorsOnly` control names no users or teams",
            ));
        }
        Ok(control)
    }

    pub fn to_value(&self) -> Value {
        ObjectWriter::new()
            .optional_bool("public", self.public)
            .optional_bool("administratorsOnly", self.administrators_only)
            .optional_ids("users", self.users.as_deref())
            .optional_ids("teams", self.teams.as_deref())
            .optional_ids("subResources", self.sub_resources.as_deref())
            .build()
    }
}

const CONTROL_FIELDS: [&str; 5] = [
    "public",
    "administratorsOnly",
    "users",
    "teams",
    "subResources",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    pub(crate) resource_type: &'static str,
    pub(crate) id: String,
    pub(crate) environment_id: String,
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
    pub fn resource_type(&self) -> &'static str {
        self.resource_type
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn control(&self) -> Option<&Control> {
        self.control.as_ref()
    }
}

/// One environment's resources, found by type and id without allocating (Docker ids are
/// unique per type per environment).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EnvironmentResources {
    /// By index of [`RESOURCE_TYPES`]: resource id → index into the state's resources.
    by_type: [IdMap<String, usize>; RESOURCE_TYPES.len()],
    /// Resource id → the resource whose control lists it as a sub-resource.
    sub_resource_of: IdMap<String, usize>,
}

impl EnvironmentResources {
    fn of_type(&self, resource_type: &str) -> Option<&IdMap<String, usize>> {
        let t = RESOURCE_TYPES.iter().position(|t| *t == resource_type)?;
        Some(&self.by_type[t])
    }

    fn find(&self, resource_type: &str, id: &str) -> Option<usize> {
        self.of_type(resource_type)?.get(id).copied()
    }

    fn has_id(&self, id: &str) -> bool {
        self.by_type.iter().any(|ids| ids.contains_key(id))
    }
}

/// Everything the Portainer evaluator decides on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortainerState {
    pub(crate) users: Vec<User>,
    pub(crate) teams: Vec<Team>,
    pub(crate) groups: Vec<Group>,
    pub(crate) environments: Vec<Environment>,
    pub(crate) registries: Vec<Registry>,
    pub(crate) resources: Vec<Resource>,
    pub(crate) user_index: IdMap<String, usize>,
    pub(crate) team_index: IdMap<String, usize>,
    pub(crate) group_index: IdMap<String, usize>,
    pub(crate) environment_index: IdMap<String, usize>,
    pub(crate) registry_index: IdMap<String, usize>,
    /// By environment index.
    pub(crate) environment_resources: Vec<EnvironmentResources>,
    /// Which top-level lists the loaded state had, so that saving omits what was absent.
    present: [bool; 6],
}

const TOP_FIELDS: [&str; 6] = [
    "users",
    "teams",
    "groups",
    "environments",
    "registries",
    "resources",
];

fn index_ids(items: &[Value], path: &str) -> Result<IdMap<String, usize>> {
    let mut index = IdMap::default();
    for (i, item) in items.iter().enumerate() {
        let item_path = join_index(path, i);
        let fields = as_object(item, &item_path)?;
        let id_path = join_key(&item_path, "id");
        let Some((_, id)) = fields.iter().find(|(k, _)| k == "id") else {
            return Err(Error::new(
                ErrorCode::MissingField,
                id_path,
                "`id` is required",
            ));
        };
        let id = as_id(id, &id_path)?;
        if index.insert(id.to_owned(), i).is_some() {
            return Err(Error::new(
                ErrorCode::DuplicateId,
                id_path,
                format!("the id `{id}` is used twice in `{path}`"),
            ));
        }
    }
    Ok(index)
}

fn check_refs(
    ids: Option<&[String]>,
    path: &str,
    known: &IdMap<String, usize>,
    what: &str,
) -> Result<()> {
    for (i, id) in ids.unwrap_or(&[]).iter().enumerate() {
        if !known.contains_key(id) {
            return Err(Error::new(
                ErrorCode::DanglingReference,
                join_index(path, i),
                format!("no {what} has the id `{id}`"),
            ));
        }
    }
    Ok(())
}

fn optional_name(reader: &mut ObjectReader<'_>) -> Result<Option<String>> {
    reader
        .optional("name")
        .map(|(v, p)| as_str(v, &p).map(str::to_owned))
        .transpose()
}

impl PortainerState {
    /// Loads a state from JSON text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(text: &str) -> Result<Self> {
        Self::from_value(&Value::parse(text)?)
    }

    /// Loads a state from a JSON value, refusing unknown fields, duplicate ids and
    /// references to ids the state does not hold.
    pub fn from_value(value: &Value) -> Result<Self> {
        let mut top = ObjectReader::new(value, "")?;
        let mut lists: [&[Value]; 6] = [&[]; 6];
        let mut present = [false; 6];
        for (i, key) in TOP_FIELDS.iter().enumerate() {
            if let Some((v, p)) = top.optional(key) {
                lists[i] = as_array(v, &p)?;
                present[i] = true;
            }
        }
        top.finish(&TOP_FIELDS)?;
        let [users_v, teams_v, groups_v, environments_v, registries_v, resources_v] = lists;

        let user_index = index_ids(users_v, "users")?;
        let team_index = index_ids(teams_v, "teams")?;
        let group_index = index_ids(groups_v, "groups")?;
        let environment_index = index_ids(environments_v, "environments")?;
        let registry_index = index_ids(registries_v, "registries")?;

        let teams = teams_v
            .iter()
            .enumerate()
            .map(|(i, v)| Team::from_value(v, &join_index("teams", i)))
            .collect::<Result<Vec<_>>>()?;

        let mut users = Vec::with_capacity(users_v.len());
        for (i, v) in users_v.iter().enumerate() {
            let path = join_index("users", i);
            let mut r = ObjectReader::new(v, &path)?;
            let user = User {
                id: r.required_id("id")?,
                name: optional_name(&mut r)?,
                administrator: r.optional_bool("administrator")?,
                teams: r.optional_id_list("teams")?,
            };
            r.finish(&["id", "name", "administrator", "teams"])?;
            check_refs(
                user.teams.as_deref(),
                &join_key(&path, "teams"),
                &team_index,
                "team",
            )?;
            users.push(user);
        }

        let mut groups = Vec::with_capacity(groups_v.len());
        for (i, v) in groups_v.iter().enumerate() {
            let mut r = ObjectReader::new(v, &join_index("groups", i))?;
            let group = Group {
                id: r.required_id("id")?,
                name: optional_name(&mut r)?,
                user_policies: Policies::from_value(
                    r.optional("userPolicies"),
                    &user_index,
                    "user",
                )?,
                team_policies: Policies::from_value(
                    r.optional("teamPolicies"),
                    &team_index,
                    "team",
                )?,
            };
            r.finish(&["id", "name", "userPolicies", "teamPolicies"])?;
            groups.push(group);
        }

        let mut environments = Vec::with_capacity(environments_v.len());
        for (i, v) in environments_v.iter().enumerate() {
            let path = join_index("environments", i);
            let mut r = ObjectReader::new(v, &path)?;
            let id = r.required_id("id")?;
            let name = optional_name(&mut r)?;
            let (kind_v, kind_path) = r.required("kind")?;
            let kind = match as_str(kind_v, &kind_path)? {
                "standalone" => Kind::Standalone,
                "swarm" => Kind::Swarm,
                other => {
                    return Err(Error::new(
                        ErrorCode::InvalidValue,
                        kind_path,
                        format!(
                        "`{other}` is not an environment kind; expected `standalone` or `swarm`"
                    ),
                    ))
                }
            };
            let group_id = match r.optional("groupId") {
                Some((g, gp)) => {
                    let g = as_id(g, &gp)?;
                    if !group_index.contains_key(g) {
                        return Err(Error::new(
                            ErrorCode::DanglingReference,
                            gp,
                            format!("no group has the id `{g}`"),
                        ));
                    }
                    Some(g.to_owned())
                }
                None => None,
            };
            let user_policies =
                Policies::from_value(r.optional("userPolicies"), &user_index, "user")?;
            let team_policies =
                Policies::from_value(r.optional("teamPolicies"), &team_index, "team")?;
            let security_settings = r
                .optional("securitySettings")
                .map(|(s, sp)| SecuritySettings::from_value(s, &sp))
                .transpose()?;
            let registry_access = r
                .optional("registryAccess")
                .map(|(a, ap)| {
                    load_registry_access(a, &ap, &registry_index, &user_index, &team_index)
                })
                .transpose()?;
            r.finish(&[
                "id",
                "name",
                "kind",
                "groupId",
                "userPolicies",
                "teamPolicies",
                "securitySettings",
                "registryAccess",
            ])?;
            environments.push(Environment {
                id,
                name,
                kind,
                group_id,
                user_policies,
                team_policies,
                security_settings,
                registry_access,
            });
        }

        let registries = registries_v
            .iter()
            .enumerate()
            .map(|(i, v)| Registry::from_value(v, &join_index("registries", i)))
            .collect::<Result<Vec<_>>>()?;

        let mut state = PortainerState {
            users,
            teams,
            groups,
            environments,
            registries,
            resources: Vec::with_capacity(resources_v.len()),
            user_index,
            team_index,
            group_index,
            environment_index,
            registry_index,
            environment_resources: Vec::new(),
            present,
        };
        state.load_resources(resources_v)?;
        Ok(state)
    }

    fn load_resources(&mut self, items: &[Value]) -> Result<()> {
        // First pass: read every resource and index it, so that links may point forward.
        let mut index = vec![EnvironmentResources::default(); self.environments.len()];
        for (i, v) in items.iter().enumerate() {
            let path = join_index("resources", i);
            let mut r = ObjectReader::new(v, &path)?;
            let (type_v, type_path) = r.required("type")?;
            let type_name = as_str(type_v, &type_path)?;
            let resource_type = RESOURCE_TYPES
                .iter()
                .copied()
                .find(|t| *t == type_name)
                .ok_or_else(|| {
                    Error::new(
                        ErrorCode::InvalidValue,
                        &type_path,
                        format!(
                            "`{type_name}` is not a resource type; expected one of {}",
                            RESOURCE_TYPES.join(", ")
                        ),
                    )
                })?;
            let id = r.required_id("id")?;
            let environment_id = r.required_id("environmentId")?;
            if !self.environment_index.contains_key(&environment_id) {
                return Err(Error::new(
                    ErrorCode::DanglingReference,
                    join_key(&path, "environmentId"),
                    format!("no environment has the id `{environment_id}`"),
                ));
            }
            let control = r
                .optional("control")
                .map(|(c, cp)| Control::from_value(c, &cp))
                .transpose()?;
            let stack = r
                .optional("stack")
                .map(|(s, sp)| as_id(s, &sp).map(str::to_owned))
                .transpose()?;
            let service = r
                .optional("service")
                .map(|(s, sp)| as_id(s, &sp).map(str::to_owned))
                .transpose()?;
            r.finish(&["type", "id", "environmentId", "control", "stack", "service"])?;
            if service.is_some() && resource_type != "container" {
                return Err(Error::new(
                    ErrorCode::InvalidValue,
                    join_key(&path, "service"),
                    "only a container names its Swarm `service`",
                ));
            }
            if stack.is_some() && resource_type == "stack" {
                return Err(Error::new(
                    ErrorCode::InvalidValue,
                    join_key(&path, "stack"),
                    "a stack is not part of a stack",
                ));
            }
            let env_index = self
                .environment_index
                .get(&environment_id)
                .copied()
                .unwrap_or(0);
            let type_index = RESOURCE_TYPES
                .iter()
                .position(|t| *t == resource_type)
                .unwrap_or(0);
            if index[env_index].by_type[type_index]
                .insert(id.clone(), i)
                .is_some()
            {
                return Err(Error::new(
                    ErrorCode::DuplicateId,
                    join_key(&path, "id"),
                    format!("environment `{environment_id}` already has a {resource_type} `{id}`"),
                ));
            }
            self.resources.push(Resource {
                resource_type,
                id,
                environment_id,
                control,
                stack,
                service,
                links: ResourceLinks {
                    environment: env_index,
                    ..ResourceLinks::default()
                },
            });
        }
        // Second pass: every link and every name in a control must exist.
        for (i, resource) in self.resources.iter().enumerate() {
            let env_index = self
                .environment_index
                .get(&resource.environment_id)
                .copied()
                .unwrap_or(0);
            let path = join_index("resources", i);
            for (field, target_type, link) in [
                ("stack", "stack", &resource.stack),
                ("service", "service", &resource.service),
            ] {
                if let Some(link) = link {
                    if index[env_index].find(target_type, link).is_none() {
                        return Err(Error::new(
                            ErrorCode::DanglingReference,
                            join_key(&path, field),
                            format!(
                                "environment `{}` has no {target_type} `{link}`",
                                resource.environment_id
                            ),
                        ));
                    }
                }
            }
            let Some(control) = &resource.control else {
                continue;
            };
            let control_path = join_key(&path, "control");
            check_refs(
                control.users.as_deref(),
                &join_key(&control_path, "users"),
                &self.user_index,
                "user",
            )?;
            check_refs(
                control.teams.as_deref(),
                &join_key(&control_path, "teams"),
                &self.team_index,
                "team",
            )?;
            for (j, sub) in control
                .sub_resources
                .as_deref()
                .unwrap_or(&[])
                .iter()
                .enumerate()
            {
                let sub_path = join_index(&join_key(&control_path, "subResources"), j);
                if !index[env_index].has_id(sub) {
                    return Err(Error::new(
                        ErrorCode::DanglingReference,
                        sub_path,
                        format!(
                            "environment `{}` has no resource `{sub}`",
                            resource.environment_id
                        ),
                    ));
                }
                if let Some(&first) = index[env_index].sub_resource_of.get(sub) {
                    return Err(Error::new(
                        ErrorCode::DuplicateId,
                        sub_path,
                        format!(
                            "`{sub}` is already a sub-resource of {} `{}`",
                            self.resources[first].resource_type, self.resources[first].id
                        ),
                    ));
                }
                index[env_index].sub_resource_of.insert(sub.clone(), i);
            }
        }
        for resource in &mut self.resources {
            let env = &index[resource.links.environment];
            resource.links.sub_resource_of = env.sub_resource_of.get(&resource.id).copied();
            resource.links.service = resource
                .service
                .as_deref()
                .and_then(|id| env.find("service", id));
            resource.links.stack = resource
                .stack
                .as_deref()
                .and_then(|id| env.find("stack", id));
        }
        self.environment_resources = index;
        Ok(())
    }

    /// The state as loaded.
    pub fn to_value(&self) -> Value {
        let lists: [Value; 6] = [
            Value::Array(
                self.users
                    .iter()
                    .map(|u| {
                        ObjectWriter::new()
                            .string("id", &u.id)
                            .field_opt_str("name", u.name.as_deref())
                            .optional_bool("administrator", u.administrator)
                            .optional_ids("teams", u.teams.as_deref())
                            .build()
                    })
                    .collect(),
            ),
            Value::Array(self.teams.iter().map(Named::to_value).collect()),
            Value::Array(
                self.groups
                    .iter()
                    .map(|g| {
                        ObjectWriter::new()
                            .string("id", &g.id)
                            .field_opt_str("name", g.name.as_deref())
                            .field_opt("userPolicies", g.user_policies.to_value())
                            .field_opt("teamPolicies", g.team_policies.to_value())
                            .build()
                    })
                    .collect(),
            ),
            Value::Array(
                self.environments
                    .iter()
                    .map(|e| {
                        ObjectWriter::new()
                            .string("id", &e.id)
                            .field_opt_str("name", e.name.as_deref())
                            .string("kind", e.kind.as_str())
                            .field_opt_str("groupId", e.group_id.as_deref())
                            .field_opt("userPolicies", e.user_policies.to_value())
                            .field_opt("teamPolicies", e.team_policies.to_value())
                            .field_opt(
                                "securitySettings",
                                e.security_settings.as_ref().map(SecuritySettings::to_value),
                            )
                            .field_opt(
                                "registryAccess",
                                e.registry_access.as_ref().map(|access| {
                                    Value::Object(
                                        access
                                            .iter()
                                            .map(|(id, grant)| {
                                                (
                                                    id.clone(),
                                                    ObjectWriter::new()
                                                        .optional_ids(
                                                            "users",
                                                            grant.users.as_deref(),
                                                        )
                                                        .optional_ids(
                                                            "teams",
                                                            grant.teams.as_deref(),
                                                        )
                                                        .build(),
                                                )
                                            })
                                            .collect(),
                                    )
                                }),
                            )
                            .build()
                    })
                    .collect(),
            ),
            Value::Array(self.registries.iter().map(Named::to_value).collect()),
            Value::Array(
                self.resources
                    .iter()
                    .map(|r| {
                        ObjectWriter::new()
                            .string("type", r.resource_type)
                            .string("id", &r.id)
                            .string("environmentId", &r.environment_id)
                            .field_opt("control", r.control.as_ref().map(Control::to_value))
                            .field_opt_str("stack", r.stack.as_deref())
                            .field_opt_str("service", r.service.as_deref())
                            .build()
                    })
                    .collect(),
            ),
        ];
        let mut top = ObjectWriter::new();
        for ((key, value), present) in TOP_FIELDS.iter().zip(lists).zip(self.present) {
            if present {
                top = top.field(key, value);
            }
        }
        top.build()
    }

    pub fn to_json(&self) -> String {
        self.to_value().to_json_string()
    }

    /// A stable hash of the canonical state.
    pub fn fingerprint(&self) -> String {
        crate::core::fingerprint::fingerprint(&self.to_value())
    }

    pub fn user(&self, id: &str) -> Option<&User> {
        self.user_index.get(id).map(|&i| &self.users[i])
    }

    pub fn environment(&self, id: &str) -> Option<&Environment> {
        self.environment_index
            .get(id)
            .map(|&i| &self.environments[i])
    }

    pub(crate) fn group(&self, id: &str) -> Option<&Group> {
        self.group_index.get(id).map(|&i| &self.groups[i])
    }

    pub fn registry_exists(&self, id: &str) -> bool {
        self.registry_index.contains_key(id)
    }

    pub fn resource(
        &self,
        environment: &str,
        resource_type: &'static str,
        id: &str,
    ) -> Option<&Resource> {
        let environment = *self.environment_index.get(environment)?;
        let i = self
            .environment_resources
            .get(environment)?
            .find(resource_type, id)?;
        self.resources.get(i)
    }

    /// [`Self::resource`] by environment index and index of [`RESOURCE_TYPES`].
    pub(crate) fn resource_of_type(
        &self,
        environment: usize,
        type_index: usize,
        id: &str,
    ) -> Option<&Resource> {
        let i = *self
            .environment_resources
            .get(environment)?
            .by_type
            .get(type_index)?
            .get(id)?;
        self.resources.get(i)
    }

    /// The resource at a [`ResourceLinks`] index.
    pub(crate) fn linked(&self, index: Option<usize>) -> Option<&Resource> {
        self.resources.get(index?)
    }

    /// An environment and its index.
    pub(crate) fn environment_entry(&self, id: &str) -> Option<(usize, &Environment)> {
        let i = *self.environment_index.get(id)?;
        Some((i, self.environments.get(i)?))
    }
}

fn load_registry_access(
    value: &Value,
    path: &str,
    registries: &IdMap<String, usize>,
    users: &IdMap<String, usize>,
    teams: &IdMap<String, usize>,
) -> Result<Vec<(String, RegistryGrant)>> {
    let mut grants = Vec::new();
    for (registry, grant) in as_object(value, path)? {
        let grant_path = join_key(path, registry);
        if !registries.contains_key(registry) {
            return Err(Error::new(
                ErrorCode::DanglingReference,
                grant_path,
                format!("no registry has the id `{registry}`"),
            ));
        }
        let mut r = ObjectReader::new(grant, &grant_path)?;
        let grant = RegistryGrant {
            users: r.optional_id_list("users")?,
            teams: r.optional_id_list("teams")?,
        };
        r.finish(&["users", "teams"])?;
        check_refs(
            grant.users.as_deref(),
            &join_key(&grant_path, "users"),
            users,
            "user",
        )?;
        check_refs(
            grant.teams.as_deref(),
            &join_key(&grant_path, "teams"),
            teams,
            "team",
        )?;
        grants.push((registry.clone(), grant));
    }
    Ok(grants)
}

impl PortainerState {
    /// The user ids, in state order (a user's handle is its index plus one).
    pub fn user_ids(&self) -> impl Iterator<Item = &str> {
        self.users.iter().map(|u| u.id.as_str())
    }

    /// Every environment, resource and registry id, and Docker's system networks: the only
    /// target ids that can match anything.
    pub fn known_ids(&self) -> impl Iterator<Item = &str> {
        self.environments
            .iter()
            .map(|e| e.id.as_str())
            .chain(self.resources.iter().map(|r| r.id.as_str()))
            .chain(self.registries.iter().map(|r| r.id.as_str()))
            .chain(SYSTEM_NETWORKS)
    }
}
