//! Portainer's own data, as its API serves it, loaded as a Portainer state:
//! `{ users, teams, teamMemberships, endpointGroups, endpoints, registries, stacks?,
//! resourceControls?, docker? }` — the responses of `GET /api/users`, `/api/teams`,
//! `/api/team_memberships`, `/api/endpoint_groups`, `/api/endpoints` (with snapshots),
//! `/api/registries`, `/api/stacks`, the `resource_control` bucket of a backup, and, keyed by
//! environment id, the Docker objects the proxy serves an administrator. Ids become strings:
//! users, teams, groups, environments and registries their numeric id; containers, services,
//! networks, secrets and configs their Docker id; volumes and stacks their name; custom
//! templates their id (in every Docker environment: Portainer ties a template to none).
//!
//! What Portainer holds that portcullis had to interpret loads with a warning; what it
//! cannot hold (a role id that names no role, an id given twice as a key of policies or grants) is an error
//! with its path in the input. The objects become the state's records directly (see
//! `document.rs`), checked there as a state's text is.

use crate::prelude::*;

use super::document::Document;
use super::model::{
    Control, Environment, EnvironmentKind, Group, Named, Policies, PortainerState, Registry,
    RegistryGrant, Resource, ResourceLinks, Team, User,
};
use super::resource_type::ResourceType;
use super::role::Role;
use super::settings::{SecuritySetting, SecuritySettings};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::{composite_key, IdList, IdMap, IdSet};
use crate::core::json::{as_object, join_index, join_key, ObjectReader, Value};
// A row may hold more columns than portcullis reads.
use crate::core::json::present_field as get;
use crate::core::limits::Limits;
use crate::core::warning::{Warning, WarningCode};

/// Portainer's role ids, which are not ranks: 5 is the Operator.
const ROLES: [(f64, Role); 5] = [
    (1.0, Role::EA),
    (2.0, Role::HD),
    (3.0, Role::ST),
    (4.0, Role::RO),
    (5.0, Role::OP),
];

/// `Endpoint.Type`s that are Docker: local socket or API, agent, edge agent.
const DOCKER_TYPES: [f64; 3] = [1.0, 2.0, 4.0];

/// Portainer's allow flags for regular users, and the portcullis setting each inverts (the
/// volume browser keeps its polarity). A missing key is Go's zero value: not allowed.
const SETTINGS: [(&str, SecuritySetting, bool); 8] = [
    (
        "allowPrivilegedModeForRegularUsers",
        SecuritySetting::Privileged,
        true,
    ),
    (
        "allowHostNamespaceForRegularUsers",
        SecuritySetting::HostPid,
        true,
    ),
    (
        "allowDeviceMappingForRegularUsers",
        SecuritySetting::DeviceMappings,
        true,
    ),
    (
        "allowContainerCapabilitiesForRegularUsers",
        SecuritySetting::Capabilities,
        true,
    ),
    (
        "allowBindMountsForRegularUsers",
        SecuritySetting::BindMounts,
        true,
    ),
    (
        "allowSysctlSettingForRegularUsers",
        SecuritySetting::Sysctls,
        true,
    ),
    (
        "allowStackManagementForRegularUsers",
        SecuritySetting::Stacks,
        true,
    ),
    (
        "allowVolumeBrowserForRegularUsers",
        SecuritySetting::VolumeBrowser,
        false,
    ),
];

/// The Docker object lists of the proxy, with the portcullis type, the `ResourceControl.Type`
/// and the field that identifies an object.
const DOCKER: [(&str, ResourceType, f64, &str); 6] = [
    ("containers", ResourceType::Container, 1.0, "Id"),
    ("services", ResourceType::Service, 2.0, "ID"),
    ("volumes", ResourceType::Volume, 3.0, "ResourceID"),
    ("networks", ResourceType::Network, 4.0, "Id"),
    ("secrets", ResourceType::Secret, 5.0, "ID"),
    ("configs", ResourceType::Config, 7.0, "ID"),
];

const STACK_TYPE: f64 = 6.0;
const CUSTOM_TEMPLATE_TYPE: f64 = 8.0;

fn entries(value: Option<&Value>) -> &[(String, Value)] {
    match value {
        Some(Value::Object(fields)) => fields,
        _ => &[],
    }
}

/// The entries of an object whose keys are ids (policies, grants): a key given twice is an
/// error, as it would be in a state.
fn id_entries<'v>(value: Option<&'v Value>, path: &str) -> Result<&'v [(String, Value)]> {
    match value {
        Some(object @ Value::Object(fields)) => {
            as_object(object, path)?;
            Ok(fields)
        }
        _ => Ok(&[]),
    }
}

fn items(value: Option<&Value>) -> &[Value] {
    match value {
        Some(Value::Array(items)) => items,
        _ => &[],
    }
}

fn text<'v>(row: &'v Value, key: &str) -> Option<&'v str> {
    match get(row, key) {
        Some(Value::String(s)) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// A numeric id as portcullis writes it: its decimal string.
fn id(row: &Value, key: &str, path: &str) -> Result<String> {
    match get(row, key) {
        Some(Value::Number(n)) if n.fract() == 0.0 && *n >= 0.0 => Ok(format!("{}", *n as u64)),
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(other) => Err(Error::new(
            ErrorCode::WrongType,
            join_key(path, key),
            format!("expected a numeric id, found {}", other.kind()),
        )),
        None => Err(Error::new(
            ErrorCode::MissingField,
            join_key(path, key),
            format!("`{key}` is required"),
        )),
    }
}

/// The rows of a top-level list and its path; an absent list has none.
fn list_rows(list: List<'_>) -> Result<(&[Value], String)> {
    match list {
        Some((value, path)) => Ok((array(value, &path)?, path)),
        None => Ok((&[], String::new())),
    }
}

fn array<'v>(value: &'v Value, path: &str) -> Result<&'v [Value]> {
    match value {
        Value::Array(items) => Ok(items),
        Value::Null => Ok(&[]),
        other => Err(Error::new(
            ErrorCode::WrongType,
            path,
            format!("expected an array, found {}", other.kind()),
        )),
    }
}

/// Reads `{ "<id>": { "RoleId": n } }` as policies, keeping the ids `known` holds (others
/// warn).
fn policies(
    value: Option<&Value>,
    path: &str,
    known: &IdSet,
    what: &str,
    warnings: &mut Vec<Warning>,
) -> Result<Policies> {
    let mut ids = Vec::new();
    let mut roles = Vec::new();
    for (key, policy) in id_entries(value, path)? {
        let at = join_key(path, key);
        let role = match get(policy, "RoleId") {
            Some(Value::Number(n)) => ROLES.iter().find(|(id, _)| id == n).map(|(_, r)| *r),
            _ => None,
        };
        let Some(role) = role else {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                join_key(&at, "RoleId"),
                "a role id must be 1 (EA), 2 (HD), 3 (ST), 4 (RO) or 5 (OP)",
            ));
        };
        if !known.contains(key) {
            warnings.push(Warning::new(
                WarningCode::DanglingId,
                &at,
                format!("no {what} has the id `{key}` in the input; the policy is left out"),
            ));
            continue;
        }
        ids.push(key.clone());
        roles.push(role);
    }
    Ok(Policies {
        ids: Some(IdList::from(ids)),
        roles,
        dense: Default::default(),
    })
}

/// A resource control, its sub-resources aside; `None` for a system network's.
fn control(
    row: &Value,
    path: &str,
    users: &IdSet,
    teams: &IdSet,
    warnings: &mut Vec<Warning>,
) -> Option<Control> {
    if matches!(get(row, "System"), Some(Value::Bool(true))) {
        return None;
    }
    let mut names = |list: &str, key: &str, known: &IdSet, what: &str| {
        let mut ids = Vec::new();
        for (i, access) in items(get(row, list)).iter().enumerate() {
            let Ok(id) = id(access, key, &join_index(&join_key(path, list), i)) else {
                continue;
            };
            if ids.contains(&id) {
                // Portainer grants the same access to a name listed twice.
            } else if known.contains(&id) {
                ids.push(id);
            } else {
                warnings.push(Warning::new(
                    WarningCode::DanglingId,
                    join_index(&join_key(path, list), i),
                    format!("no {what} has the id `{id}` in the input; left out of the control"),
                ));
            }
        }
        ids
    };
    let user_ids = names("UserAccesses", "UserId", users, "user");
    let team_ids = names("TeamAccesses", "TeamId", teams, "team");
    let public = matches!(get(row, "Public"), Some(Value::Bool(true)));
    let mut administrators_only = matches!(get(row, "AdministratorsOnly"), Some(Value::Bool(true)));
    if administrators_only && (public || !user_ids.is_empty() || !team_ids.is_empty()) {
        // Portainer's access test never reads the flag: the names (or `Public`) still grant.
        warnings.push(Warning::new(
            WarningCode::AdministratorsOnlyIgnored,
            path,
            "an administrators-only control that also names users, teams or `Public`: Portainer's access test does not read the flag, so they keep access",
        ));
        administrators_only = false;
    }
    Some(Control {
        public: public.then_some(true),
        administrators_only: administrators_only.then_some(true),
        users: IdList::unless_empty(user_ids),
        teams: IdList::unless_empty(team_ids),
        sub_resources: None,
        members: Default::default(),
    })
}

/// Docker labels of an object, wherever its kind keeps them.
fn labels(object: &Value) -> &[(String, Value)] {
    for holder in [Some(object), get(object, "Config"), get(object, "Spec")]
        .into_iter()
        .flatten()
    {
        if let Some(Value::Object(fields)) = get(holder, "Labels") {
            return fields;
        }
    }
    &[]
}

fn label<'v>(object: &'v Value, key: &str) -> Option<&'v str> {
    labels(object)
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, v)| match v {
            Value::String(s) if !s.is_empty() => Some(s.as_str()),
            _ => None,
        })
}

/// One resource being built.
struct Built {
    kind: ResourceType,
    id: String,
    name: Option<String>,
    environment: String,
    control: Option<Control>,
    sub_resources: Vec<String>,
    stack: Option<String>,
    service: Option<String>,
}

impl Built {
    /// A resource named by its kind, id and environment, with nothing known about it yet.
    fn named(kind: ResourceType, id: String, environment: String) -> Built {
        Built {
            kind,
            id,
            name: None,
            environment,
            control: None,
            sub_resources: Vec::new(),
            stack: None,
            service: None,
        }
    }
}

/// The resources found so far, each (environment, kind, id) once, first found first.
#[derive(Default)]
struct Resources {
    built: Vec<Built>,
    at: IdMap<usize>,
}

impl Resources {
    /// The position of `resource`, added unless a resource of its environment, kind and id is
    /// here already.
    fn add(&mut self, resource: Built) -> usize {
        let key = composite_key(&[&resource.environment, resource.kind.as_str(), &resource.id]);
        let built = &mut self.built;
        *self.at.or_insert_with(&key, || {
            built.push(resource);
            built.len() - 1
        })
    }
}

/// The top-level lists of Portainer's API responses that the reader takes, in its order.
const LISTS: [&str; 9] = [
    "users",
    "teams",
    "teamMemberships",
    "endpointGroups",
    "endpoints",
    "registries",
    "stacks",
    "resourceControls",
    "docker",
];

/// A top-level list of the input, with its path; absent when the input has none.
type List<'v> = Option<(&'v Value, String)>;

/// The top-level lists of the input, in the order of [`LISTS`].
struct Lists<'v> {
    users: List<'v>,
    teams: List<'v>,
    memberships: List<'v>,
    groups: List<'v>,
    endpoints: List<'v>,
    registries: List<'v>,
    stacks: List<'v>,
    controls: List<'v>,
    docker: List<'v>,
}

impl<'v> Lists<'v> {
    fn read(input: &'v Value) -> Result<Self> {
        let mut top = ObjectReader::new(input, "")?;
        let [users, teams, memberships, groups, endpoints, registries, stacks, controls, docker] =
            LISTS.map(|key| top.optional(key));
        top.finish(&LISTS)?;
        Ok(Lists {
            users,
            teams,
            memberships,
            groups,
            endpoints,
            registries,
            stacks,
            controls,
            docker,
        })
    }
}

/// The registry grants of each Docker environment, by registry id.
type RegistryGrants = IdMap<Vec<(String, RegistryGrant)>>;

/// A user as read: id, name, whether Portainer's administrator.
type UserRow = (String, Option<String>, bool);

/// What the reading knows so far: the ids each later record is checked against, and the
/// warnings.
#[derive(Default)]
struct Reader {
    warnings: Vec<Warning>,
    users: IdSet,
    teams: IdSet,
    groups: IdSet,
    docker: IdSet,
    /// The Docker environments in input order (a custom template is a resource of each).
    docker_order: Vec<String>,
}

impl Reader {
    fn warn(&mut self, code: WarningCode, path: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Warning::new(code, path, message));
    }

    fn teams(&mut self, list: List<'_>) -> Result<Vec<Team>> {
        let (rows, path) = list_rows(list)?;
        let mut teams = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let team = named(row, &join_index(&path, i))?;
            self.teams.insert(&team.id);
            teams.push(team);
        }
        Ok(teams)
    }

    fn users(&mut self, list: List<'_>) -> Result<Vec<UserRow>> {
        let (rows, list_path) = list_rows(list)?;
        let mut users = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let path = join_index(&list_path, i);
            let user = id(row, "Id", &path)?;
            let administrator = match get(row, "Role") {
                Some(Value::Number(n)) if *n == 1.0 => true,
                Some(Value::Number(n)) if *n == 2.0 => false,
                Some(Value::Number(n)) if *n == 3.0 => {
                    self.warn(
                        WarningCode::EdgeAdministrator,
                        join_key(&path, "Role"),
                        "an edge administrator is outside Docker RBAC on non-Edge environments: loaded as a standard user",
                    );
                    false
                }
                _ => {
                    return Err(Error::new(
                        ErrorCode::InvalidValue,
                        join_key(&path, "Role"),
                        "a user's role must be 1 (administrator), 2 (standard user) or 3 (edge administrator)",
                    ))
                }
            };
            self.users.insert(&user);
            users.push((
                user,
                text(row, "Username").map(str::to_owned),
                administrator,
            ));
        }
        Ok(users)
    }

    /// Each user's teams, from the memberships that name a user and a team of the input.
    fn memberships(&mut self, list: List<'_>) -> Result<IdMap<Vec<String>>> {
        let mut memberships: IdMap<Vec<String>> = IdMap::default();
        let (rows, path) = list_rows(list)?;
        for (i, row) in rows.iter().enumerate() {
            let at = join_index(&path, i);
            let (user, team) = (id(row, "UserID", &at)?, id(row, "TeamID", &at)?);
            if !self.users.contains(&user) || !self.teams.contains(&team) {
                self.warn(
                    WarningCode::DanglingId,
                    &at,
                    format!("user `{user}` or team `{team}` is not in the input; the membership is left out"),
                );
                continue;
            }
            let teams = memberships.or_insert_with(&user, Vec::new);
            if !teams.contains(&team) {
                teams.push(team);
            }
        }
        Ok(memberships)
    }

    /// An environment group's or environment's `UserAccessPolicies` and `TeamAccessPolicies`.
    fn access_policies(&mut self, row: &Value, path: &str) -> Result<(Policies, Policies)> {
        let users = policies(
            get(row, "UserAccessPolicies"),
            &join_key(path, "UserAccessPolicies"),
            &self.users,
            "user",
            &mut self.warnings,
        )?;
        let teams = policies(
            get(row, "TeamAccessPolicies"),
            &join_key(path, "TeamAccessPolicies"),
            &self.teams,
            "team",
            &mut self.warnings,
        )?;
        Ok((users, teams))
    }

    fn groups(&mut self, list: List<'_>) -> Result<Vec<Group>> {
        let (rows, list_path) = list_rows(list)?;
        let mut groups = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let path = join_index(&list_path, i);
            let Named { id, name } = named(row, &path)?;
            let (user_policies, team_policies) = self.access_policies(row, &path)?;
            self.groups.insert(&id);
            groups.push(Group {
                id,
                name,
                user_policies,
                team_policies,
            });
        }
        Ok(groups)
    }

    /// The Docker environments (others warn and are left out), each with its id.
    fn environments(&mut self, list: List<'_>) -> Result<Vec<Environment>> {
        let (rows, list_path) = list_rows(list)?;
        let mut environments = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let path = join_index(&list_path, i);
            if let Some(environment) = self.environment(row, &path)? {
                environments.push(environment);
            }
        }
        Ok(environments)
    }

    fn environment(&mut self, row: &Value, path: &str) -> Result<Option<Environment>> {
        let environment = id(row, "Id", path)?;
        if !matches!(get(row, "Type"), Some(Value::Number(n)) if DOCKER_TYPES.contains(n)) {
            self.warn(
                WarningCode::NotDocker,
                join_key(path, "Type"),
                format!("environment `{environment}` is not a Docker environment (Kubernetes, Azure, Nomad): left out"),
            );
            return Ok(None);
        }
        let swarm = match items(get(row, "Snapshots"))
            .first()
            .and_then(|s| get(s, "Swarm"))
        {
            Some(Value::Bool(swarm)) => *swarm,
            _ => {
                self.warn(
                    WarningCode::KindUnknown,
                    join_key(path, "Snapshots"),
                    format!("environment `{environment}` has no snapshot saying whether it is a Swarm: loaded as standalone"),
                );
                false
            }
        };
        let mut group_id = None;
        if let Ok(group) = id(row, "GroupId", path) {
            if self.groups.contains(&group) {
                group_id = Some(group);
            } else if group != "1" {
                self.warn(
                    WarningCode::DanglingId,
                    join_key(path, "GroupId"),
                    format!("no group has the id `{group}` in the input; the environment is loaded without it"),
                );
            }
        }
        let (user_policies, team_policies) = self.access_policies(row, path)?;
        let stored = get(row, "SecuritySettings");
        let mut settings = SecuritySettings::default();
        for (allow, setting, inverted) in SETTINGS {
            let allowed = matches!(stored.and_then(|s| get(s, allow)), Some(Value::Bool(true)));
            settings.set(setting, allowed != inverted);
        }
        self.docker.insert(&environment);
        self.docker_order.push(environment.clone());
        Ok(Some(Environment {
            id: environment,
            name: text(row, "Name").map(str::to_owned),
            kind: if swarm {
                EnvironmentKind::Swarm
            } else {
                EnvironmentKind::Standalone
            },
            group_id,
            group_position: None,
            user_policies,
            team_policies,
            security_settings: Some(settings),
            // Added once the registries are read.
            registry_access: None,
        }))
    }

    /// The registries, and their grants by Docker environment.
    fn registries(&mut self, list: List<'_>) -> Result<(Vec<Registry>, RegistryGrants)> {
        let (rows, list_path) = list_rows(list)?;
        let mut registries = Vec::new();
        let mut grants = RegistryGrants::default();
        for (i, row) in rows.iter().enumerate() {
            let registry = named(row, &join_index(&list_path, i))?;
            let accesses_path = join_key(&join_index(&list_path, i), "RegistryAccesses");
            for (environment, access) in id_entries(get(row, "RegistryAccesses"), &accesses_path)? {
                if !self.docker.contains(environment) {
                    continue;
                }
                let access_path = join_key(&accesses_path, environment);
                let keys = |key: &str, known: &IdSet| -> Result<Option<IdList>> {
                    let ids = id_entries(get(access, key), &join_key(&access_path, key))?
                        .iter()
                        .filter(|(k, _)| known.contains(k))
                        .map(|(k, _)| k.clone());
                    Ok(Some(IdList::from(ids.collect::<Vec<_>>())))
                };
                let grant = RegistryGrant {
                    users: keys("UserAccessPolicies", &self.users)?,
                    teams: keys("TeamAccessPolicies", &self.teams)?,
                    members: Default::default(),
                };
                grants
                    .or_insert_with(environment, Vec::new)
                    .push((registry.id.clone(), grant));
            }
            registries.push(registry);
        }
        Ok((registries, grants))
    }

    /// The stacks of Docker environments; the controls they serve join `served`.
    fn stacks<'v>(
        &self,
        list: List<'v>,
        resources: &mut Resources,
        served: &mut Vec<(&'v Value, String)>,
    ) -> Result<()> {
        let (rows, list_path) = list_rows(list)?;
        for (i, row) in rows.iter().enumerate() {
            let path = join_index(&list_path, i);
            let environment = id(row, "EndpointId", &path)?;
            let Some(name) = text(row, "Name") else {
                continue;
            };
            if !self.docker.contains(&environment) {
                continue;
            }
            if let Some(control) = get(row, "ResourceControl") {
                served.push((control, join_key(&path, "ResourceControl")));
            }
            resources.add(Built::named(
                ResourceType::Stack,
                name.to_owned(),
                environment,
            ));
        }
        Ok(())
    }

    /// The Docker objects the proxy serves, by environment; the controls they serve join
    /// `served`, the stacks their labels name are resources too.
    fn docker_objects<'v>(
        &mut self,
        docker: Option<&'v Value>,
        resources: &mut Resources,
        served: &mut Vec<(&'v Value, String)>,
    ) -> Result<()> {
        for (environment, lists) in entries(docker) {
            let env_path = join_key("docker", environment);
            if !self.docker.contains(environment) {
                self.warn(
                    WarningCode::DanglingId,
                    env_path,
                    format!("no Docker environment has the id `{environment}` in the input; its objects are left out"),
                );
                continue;
            }
            for (list, kind, _, identifier) in DOCKER {
                let list_path = join_key(&env_path, list);
                for (i, object) in items(get(lists, list)).iter().enumerate() {
                    let path = join_index(&list_path, i);
                    let id_field = if kind == ResourceType::Volume {
                        "Name"
                    } else {
                        identifier
                    };
                    let Some(docker_id) = text(object, id_field) else {
                        return Err(Error::new(
                            ErrorCode::MissingField,
                            join_key(&path, identifier),
                            format!("a Docker {} needs its `{identifier}`", kind.as_str()),
                        ));
                    };
                    if let Some(control) =
                        get(object, "Portainer").and_then(|p| get(p, "ResourceControl"))
                    {
                        served.push((
                            control,
                            join_key(&join_key(&path, "Portainer"), "ResourceControl"),
                        ));
                    }
                    let resource = docker_object(object, kind, docker_id, environment);
                    if let Some(stack) = &resource.stack {
                        resources.add(Built::named(
                            ResourceType::Stack,
                            stack.clone(),
                            environment.clone(),
                        ));
                    }
                    resources.add(resource);
                }
            }
        }
        Ok(())
    }

    /// Every control the input serves matched to the resource it names (see [`Self::target`]),
    /// its `SubResourceIds` kept; the first control found for a resource is its control.
    fn controls<'v>(
        &mut self,
        served: Vec<(&'v Value, String)>,
        bucket: List<'v>,
        resources: &mut Resources,
    ) -> Result<()> {
        // The Docker objects by type and id, first loaded first: a stored control names its
        // object by Docker id alone (no environment), and thousands of controls must not each
        // scan every object.
        let mut docker_objects: IdMap<usize> = IdMap::default();
        for (index, object) in resources.built.iter().enumerate() {
            docker_objects
                .or_insert_with(&composite_key(&[object.kind.as_str(), &object.id]), || {
                    index
                });
        }
        let (rows, bucket_path) = list_rows(bucket)?;
        let stored = rows
            .iter()
            .enumerate()
            .map(|(i, row)| (row, join_index(&bucket_path, i)));
        for (row, path) in served.into_iter().chain(stored) {
            let Some(resource_id) = text(row, "ResourceId") else {
                continue;
            };
            let type_code = match get(row, "Type") {
                Some(Value::Number(n)) => *n,
                _ => 0.0,
            };
            if type_code == CUSTOM_TEMPLATE_TYPE {
                // A custom template belongs to no environment in Portainer; its control applies
                // wherever it is deployed, so it is a resource of every Docker environment.
                let template = control(row, &path, &self.users, &self.teams, &mut self.warnings);
                for environment in &self.docker_order {
                    let named = Built::named(
                        ResourceType::CustomTemplate,
                        resource_id.to_owned(),
                        environment.clone(),
                    );
                    let index = resources.add(named);
                    resources.built[index].control = template.clone();
                }
                continue;
            }
            let Some((environment, kind, id)) =
                self.target(resource_id, type_code, &docker_objects, &resources.built)
            else {
                self.warn(
                    WarningCode::UnmatchedControl,
                    &path,
                    format!("the control of `{resource_id}` matches no Docker environment or object in the input: left out"),
                );
                continue;
            };
            let index = resources.add(Built::named(kind, id, environment));
            if resources.built[index].control.is_none() {
                let found = control(row, &path, &self.users, &self.teams, &mut self.warnings);
                let resource = &mut resources.built[index];
                resource.control = found;
                resource.sub_resources = items(get(row, "SubResourceIds"))
                    .iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect();
            }
        }
        Ok(())
    }

    /// The resource a control names, by one rule for every control however it was served (a
    /// control served on an object may be another's that lists the object as a sub-resource:
    /// Portainer's `GetResourceControlByResourceIDAndType`): a stack's `<environment>_<name>`,
    /// else the first loaded Docker object of the control's type with that id.
    fn target(
        &self,
        resource_id: &str,
        type_code: f64,
        docker_objects: &IdMap<usize>,
        built: &[Built],
    ) -> Option<(String, ResourceType, String)> {
        if type_code == STACK_TYPE {
            return resource_id
                .split_once('_')
                .filter(|(env, _)| self.docker.contains(env))
                .map(|(env, name)| (env.to_owned(), ResourceType::Stack, name.to_owned()));
        }
        let (_, kind, _, _) = DOCKER.iter().find(|d| d.2 == type_code)?;
        let first = |id: &str| {
            docker_objects
                .get(&composite_key(&[kind.as_str(), id]))
                .copied()
        };
        // A volume's control names `<volume name>_<Docker id>`: any name the text starts with,
        // up to an underscore, is a candidate; the first loaded wins.
        let prefixes = resource_id
            .match_indices('_')
            .map(|(at, _)| &resource_id[..at]);
        let candidates = prefixes.filter(|_| *kind == ResourceType::Volume);
        let index = core::iter::once(resource_id)
            .chain(candidates)
            .filter_map(first)
            .min()?;
        let object = built.get(index)?;
        Some((object.environment.clone(), *kind, object.id.clone()))
    }
}

/// A Docker object as a resource: its stack from the labels Docker and Compose set, a
/// container's Swarm service, a network's name.
fn docker_object(object: &Value, kind: ResourceType, id: &str, environment: &str) -> Built {
    let mut built = Built::named(kind, id.to_owned(), environment.to_owned());
    built.stack = label(object, "com.docker.stack.namespace")
        .or_else(|| label(object, "com.docker.compose.project"))
        .map(str::to_owned);
    if kind == ResourceType::Container {
        built.service = label(object, "com.docker.swarm.service.id").map(str::to_owned);
    }
    if kind == ResourceType::Network {
        built.name = text(object, "Name").map(str::to_owned);
    }
    built
}

/// A team's or a registry's id and name.
fn named(row: &Value, path: &str) -> Result<Named> {
    Ok(Named {
        id: id(row, "Id", path)?,
        name: text(row, "Name").map(str::to_owned),
    })
}

/// The resources as records, every link and sub-resource kept only where it names something
/// here (a sub-resource claimed by one control only); `environments` are the positions of the
/// Docker environments by id.
fn resource_records(built: Vec<Built>, environments: &IdMap<usize>) -> Vec<Resource> {
    let mut ids = IdSet::default();
    let mut services = IdSet::default();
    for b in &built {
        let key = composite_key(&[&b.environment, &b.id]);
        ids.insert(&key);
        if b.kind == ResourceType::Service {
            services.insert(&key);
        }
    }
    let mut claimed = IdSet::default();
    built
        .into_iter()
        .filter_map(|b| {
            let environment = *environments.get(&b.environment)?;
            let in_environment = |id: &String| composite_key(&[&b.environment, id]);
            let control = b.control.map(|control| {
                let subs: Vec<String> = b
                    .sub_resources
                    .into_iter()
                    .filter(|s| {
                        let key = in_environment(s);
                        ids.contains(&key) && claimed.insert(&key)
                    })
                    .collect();
                Control {
                    sub_resources: IdList::unless_empty(subs),
                    ..control
                }
            });
            let service = b.service.filter(|s| services.contains(&in_environment(s)));
            Some(Resource {
                resource_type: b.kind,
                id: b.id,
                name: b.name,
                control,
                stack: b.stack,
                service,
                links: ResourceLinks {
                    environment,
                    ..ResourceLinks::default()
                },
            })
        })
        .collect()
}

fn user_records(users: Vec<UserRow>, memberships: &IdMap<Vec<String>>) -> Vec<User> {
    users
        .into_iter()
        .map(|(id, name, administrator)| User {
            teams: memberships
                .get(&id)
                .map(|teams| IdList::from(teams.clone())),
            id,
            name,
            administrator: administrator.then_some(true),
            reference: false,
            position: 0,
            team_positions: Default::default(),
        })
        .collect()
}

impl PortainerState {
    /// Loads Portainer's API responses under the default [`Limits`].
    pub fn from_api(input: &Value) -> Result<Self> {
        Self::from_api_with(input, &Limits::default())
    }

    /// Loads Portainer's API responses under `limits`; [`warnings`](Self::warnings) lists
    /// what had to be interpreted.
    pub fn from_api_with(input: &Value, limits: &Limits) -> Result<Self> {
        limits.check(input)?;
        let lists = Lists::read(input)?;
        let mut reader = Reader::default();
        let teams = reader.teams(lists.teams)?;
        let users = reader.users(lists.users)?;
        let memberships = reader.memberships(lists.memberships)?;
        let groups = reader.groups(lists.groups)?;
        let mut environments = reader.environments(lists.endpoints)?;
        let (registries, mut grants) = reader.registries(lists.registries)?;
        for environment in &mut environments {
            environment.registry_access = grants.take(&environment.id);
        }
        // Every control the input serves — on `stacks[]`, on each Docker object (its own, or its
        // stack's or service's, which Portainer serves on the objects that inherit it), then the
        // `resource_control` bucket — is matched by `Reader::target`.
        let mut resources = Resources::default();
        let mut served = Vec::new();
        reader.stacks(lists.stacks, &mut resources, &mut served)?;
        reader.docker_objects(
            lists.docker.as_ref().map(|(v, _)| *v),
            &mut resources,
            &mut served,
        )?;
        reader.controls(served, lists.controls, &mut resources)?;
        if resources.built.len() > limits.max_list_length {
            return Err(Error::new(
                ErrorCode::LimitExceeded,
                "",
                format!(
                    "the input makes {} resources, over the limit `maxListLength` of {}",
                    resources.built.len(),
                    limits.max_list_length
                ),
            ));
        }
        let mut positions = IdMap::default();
        for (position, environment) in environments.iter().enumerate() {
            positions.or_insert_with(&environment.id, || position);
        }
        let document = Document {
            users: user_records(users, &memberships),
            teams,
            groups,
            environments,
            registries,
            present: [true; 6],
            slice: None,
            warnings: reader.warnings,
        };
        let mut state = PortainerState::from_document(document)?;
        state.add_resources(resource_records(resources.built, &positions))?;
        state.compile();
        Ok(state)
    }
}
