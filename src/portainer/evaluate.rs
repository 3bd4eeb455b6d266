//! Deciding `can(user, operation, target)` on a Portainer state.

use std::sync::OnceLock;

use super::catalog::{EnvironmentKind, OperationInfo, Operations, OPERATIONS};
use super::role::Role;
use super::settings::{Request, SecuritySetting};
use super::state::{
    Control, Environment, Kind, PortainerState, Resource, User, RESOURCE_TYPES, SYSTEM_NETWORKS,
};
use crate::core::decision::{ControlOrigin, Decision, DecisionCode};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{as_id, ObjectReader, Value};
use crate::core::permission_set::CatalogSet;

/// What a check is about: the environment, and as the operation needs them the resource,
/// the registry and what a create or edit asks for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target<'a> {
    pub environment_id: &'a str,
    /// Without it, the answer is about the operation in general on the environment.
    pub resource_id: Option<&'a str>,
    pub registry_id: Option<&'a str>,
    pub request: Option<Request>,
    /// Only for an ownership change, when the id alone names resources of several types.
    pub resource_type: Option<&'a str>,
}

impl<'a> Target<'a> {
    pub fn environment(environment_id: &'a str) -> Self {
        Target {
            environment_id,
            ..Target::default()
        }
    }

    pub fn resource(mut self, resource_id: &'a str) -> Self {
        self.resource_id = Some(resource_id);
        self
    }

    pub fn registry(mut self, registry_id: &'a str) -> Self {
        self.registry_id = Some(registry_id);
        self
    }

    pub fn request(mut self, request: Request) -> Self {
        self.request = Some(request);
        self
    }

    /// Reads `{ environmentId, resourceId?, registryId?, request? }`.
    pub fn from_value(value: &'a Value, path: &str) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let (env, env_path) = reader.required("environmentId")?;
        let mut target = Target::environment(as_id(env, &env_path)?);
        if let Some((v, p)) = reader.optional("resourceId") {
            target.resource_id = Some(as_id(v, &p)?);
        }
        if let Some((v, p)) = reader.optional("registryId") {
            target.registry_id = Some(as_id(v, &p)?);
        }
        if let Some((v, p)) = reader.optional("request") {
            target.request = Some(Request::from_value(v, &p)?);
        }
        if let Some((v, p)) = reader.optional("resourceType") {
            target.resource_type = Some(as_id(v, &p)?);
        }
        reader.finish(&[
            "environmentId",
            "resourceId",
            "registryId",
            "request",
            "resourceType",
        ])?;
        Ok(target)
    }
}

/// Which policy gave the user their role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicySource<'s> {
    UserOnEnvironment,
    UserOnGroup(&'s str),
    TeamOnEnvironment(&'s str),
    TeamOnGroup(&'s str, &'s str),
}

/// A user's role on an environment and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleGrant<'s> {
    pub role: Role,
    pub source: PolicySource<'s>,
}

impl RoleGrant<'_> {
    fn describe(&self) -> String {
        match self.source {
            PolicySource::UserOnEnvironment => {
                "the user's own policy on the environment".to_owned()
            }
            PolicySource::UserOnGroup(group) => format!("the user's policy on group `{group}`"),
            PolicySource::TeamOnEnvironment(team) => {
                format!("team `{team}`'s policy on the environment")
            }
            PolicySource::TeamOnGroup(team, group) => {
                format!("team `{team}`'s policy on group `{group}`")
            }
        }
    }
}

/// The least privileged team role at one level, with the team that holds it.
fn team_role(user: &User, role_of: impl Fn(&str) -> Option<Role>) -> Option<(Role, &str)> {
    user.teams()
        .iter()
        .filter_map(|team| role_of(team).map(|role| (role, team.as_str())))
        .reduce(|held, next| {
            if next.0.least_privileged(held.0) != held.0 {
                next
            } else {
                held
            }
        })
}

/// Resolves the user's role: own policy on the environment, own policy on its group, teams'
/// policies on the environment, teams' policies on the group; first hit wins.
pub(crate) fn resolve_role<'s>(
    state: &'s PortainerState,
    user: &'s User,
    env: &'s Environment,
) -> Option<RoleGrant<'s>> {
    if let Some(role) = env.user_policies.get(&user.id) {
        return Some(RoleGrant {
            role,
            source: PolicySource::UserOnEnvironment,
        });
    }
    let group = env.group_id.as_deref().and_then(|g| state.group(g));
    if let Some(group) = group {
        if let Some(role) = group.user_policies.get(&user.id) {
            return Some(RoleGrant {
                role,
                source: PolicySource::UserOnGroup(&group.id),
            });
        }
    }
    if let Some((role, team)) = team_role(user, |t| env.team_policies.get(t)) {
        return Some(RoleGrant {
            role,
            source: PolicySource::TeamOnEnvironment(team),
        });
    }
    let group = group?;
    team_role(user, |t| group.team_policies.get(t)).map(|(role, team)| RoleGrant {
        role,
        source: PolicySource::TeamOnGroup(team, &group.id),
    })
}

/// Where a resource's effective control came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin<'s> {
    Own(&'s Resource),
    SubResource(&'s Resource),
    Service(&'s Resource),
    Stack(&'s Resource),
    SystemNetwork,
    None,
}

impl Origin<'_> {
    fn to_control_origin(self) -> ControlOrigin {
        let (source, holder) = match self {
            Origin::Own(r) => ("own", Some(r)),
            Origin::SubResource(r) => ("sub_resource", Some(r)),
            Origin::Service(r) => ("service", Some(r)),
            Origin::Stack(r) => ("stack", Some(r)),
            Origin::SystemNetwork => ("system_network", None),
            Origin::None => ("none", None),
        };
        ControlOrigin {
            source,
            resource_type: holder.map(|r| r.resource_type),
            resource_id: holder.map(|r| r.id.clone()),
        }
    }

    fn describe(self) -> String {
        match self {
            Origin::Own(r) => format!("the {}'s own control", r.resource_type),
            Origin::SubResource(r) => format!(
                "the control of {} `{}`, which lists it as a sub-resource",
                r.resource_type, r.id
            ),
            Origin::Service(r) => format!("the control of its Swarm service `{}`", r.id),
            Origin::Stack(r) => format!("the control of its stack `{}`", r.id),
            Origin::SystemNetwork => "Docker's system networks are public".to_owned(),
            Origin::None => "no control anywhere, so it is for administrators only".to_owned(),
        }
    }
}

/// The control that applies to a resource, following inheritance: its own, a control listing
/// it as a sub-resource, its Swarm service's (containers), its stack's.
pub(crate) fn effective_control<'s>(
    state: &'s PortainerState,
    resource: &'s Resource,
) -> (Option<&'s Control>, Origin<'s>) {
    if let Some(control) = &resource.control {
        return (Some(control), Origin::Own(resource));
    }
    let links = resource.links;
    if let Some(parent) = state.linked(links.sub_resource_of) {
        return (parent.control.as_ref(), Origin::SubResource(parent));
    }
    if let Some(service) = state.linked(links.service) {
        match effective_control(state, service) {
            (Some(control), Origin::Own(holder)) => {
                return (Some(control), Origin::Service(holder))
            }
            (Some(control), origin) => return (Some(control), origin),
            (None, _) => {}
        }
    }
    if let Some(stack) = state.linked(links.stack) {
        if let Some(control) = &stack.control {
            return (Some(control), Origin::Stack(stack));
        }
    }
    (None, Origin::None)
}

/// What an operation's `resourceId` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// A Docker resource with ownership control; the index into [`RESOURCE_TYPES`].
    Owned(usize),
    Registry,
    /// Nothing the state holds (templates from the app catalog, the environment itself).
    Other,
}

/// The subject of the operation at `index`, from a table built on first use so that a check
/// does not compare type names.
fn subject(index: usize) -> Subject {
    static SUBJECTS: OnceLock<Vec<Subject>> = OnceLock::new();
    let table = SUBJECTS.get_or_init(|| {
        OPERATIONS
            .iter()
            .map(|op| {
                let resource_type = op.resource_type();
                match RESOURCE_TYPES.iter().position(|t| *t == resource_type) {
                    Some(i) => Subject::Owned(i),
                    None if resource_type == "registry" => Subject::Registry,
                    None => Subject::Other,
                }
            })
            .collect()
    });
    table.get(index).copied().unwrap_or(Subject::Other)
}

/// The resource the target names, as the operation's resource type.
#[derive(Debug, Clone, Copy)]
enum TargetResource<'s> {
    None,
    Found(&'s Resource),
    SystemNetwork,
}

/// A decision before it is put into words; `can` stops here.
#[derive(Debug, Clone, Copy)]
enum Verdict<'s> {
    UnknownUser,
    UnknownEnvironment,
    UnknownResource(&'static str, &'s str),
    NotApplicable(Kind),
    MissingScope(&'static str),
    Administrator,
    NoRole,
    NoPermission(RoleGrant<'s>),
    SecuritySetting(RoleGrant<'s>, SecuritySetting),
    RegistryNotAllowed(RoleGrant<'s>, &'s str),
    NoResourceAccess(RoleGrant<'s>, Origin<'s>),
    Granted(RoleGrant<'s>, Option<Origin<'s>>),
}

impl Verdict<'_> {
    fn allowed(&self) -> bool {
        matches!(self, Verdict::Administrator | Verdict::Granted(..))
    }
}

/// Everything about a (user, target) pair that does not depend on the operation.
struct Context<'s, 't> {
    state: &'s PortainerState,
    user: &'s User,
    env: &'s Environment,
    env_index: usize,
    grant: Option<RoleGrant<'s>>,
    target: &'t Target<'t>,
}

fn context<'s, 't>(
    state: &'s PortainerState,
    user: Option<&'s User>,
    target: &'t Target<'t>,
) -> Result<Context<'s, 't>, Verdict<'s>> {
    let user = user.ok_or(Verdict::UnknownUser)?;
    let (env_index, env) = state
        .environment_entry(target.environment_id)
        .ok_or(Verdict::UnknownEnvironment)?;
    let grant = if user.is_administrator() {
        None
    } else {
        resolve_role(state, user, env)
    };
    Ok(Context {
        state,
        user,
        env,
        env_index,
        grant,
        target,
    })
}

/// The verdict on the operation at `index` (`op` is `OPERATIONS[index]`).
fn evaluate<'s, 't: 's>(
    ctx: &Context<'s, 't>,
    index: usize,
    op: &'static OperationInfo,
) -> Verdict<'s> {
    let target = ctx.target;
    match (op.environment, ctx.env.kind) {
        (EnvironmentKind::Swarm, Kind::Standalone) | (EnvironmentKind::Standalone, Kind::Swarm) => {
            return Verdict::NotApplicable(ctx.env.kind)
        }
        _ => {}
    }
    let subject = subject(index);
    let resource = match (target.resource_id, subject) {
        (Some(id), Subject::Owned(type_index)) => {
            match ctx.state.resource_of_type(ctx.env_index, type_index, id) {
                Some(found) => TargetResource::Found(found),
                None if op.resource_type() == "network" && SYSTEM_NETWORKS.contains(&id) => {
                    TargetResource::SystemNetwork
                }
                None => return Verdict::UnknownResource(op.resource_type(), id),
            }
        }
        _ => TargetResource::None,
    };
    let uses_registry = op.allowed_registry || subject == Subject::Registry;
    let registry = match target.registry_id {
        Some(id) if uses_registry && !ctx.state.registry_exists(id) => {
            return Verdict::UnknownResource("registry", id)
        }
        Some(id) if uses_registry => Some(id),
        _ if op.allowed_registry => return Verdict::MissingScope("registryId"),
        _ => None,
    };
    if ctx.user.is_administrator() {
        return Verdict::Administrator;
    }
    let Some(grant) = ctx.grant else {
        return Verdict::NoRole;
    };
    let role = grant.role;
    if !op.granted_to(role) {
        return Verdict::NoPermission(grant);
    }
    let settings = ctx.env.settings();
    for &setting in op.security_settings {
        let denied = match setting {
            SecuritySetting::VolumeBrowser => role != Role::EA && !settings.get(setting),
            _ if role.is_environment_administrator() => false,
            SecuritySetting::Stacks => settings.get(setting),
            _ => {
                settings.get(setting)
                    && target
                        .request
                        .as_ref()
                        .is_some_and(|r| r.asks_for(setting).is_some())
            }
        };
        if denied {
            return Verdict::SecuritySetting(grant, setting);
        }
    }
    if let Some(registry) = registry {
        let needs_grant = if op.allowed_registry {
            !role.is_environment_administrator()
        } else {
            op.needs_resource_access.contains(role.bit())
        };
        if needs_grant
            && !ctx
                .env
                .registry_grant(registry)
                .is_some_and(|g| g.includes(ctx.user))
        {
            return Verdict::RegistryNotAllowed(grant, registry);
        }
    }
    if !op.needs_resource_access.contains(role.bit()) {
        return Verdict::Granted(grant, None);
    }
    let origin = match resource {
        TargetResource::None => return Verdict::Granted(grant, None),
        TargetResource::SystemNetwork => {
            return Verdict::Granted(grant, Some(Origin::SystemNetwork))
        }
        TargetResource::Found(resource) => {
            let (control, origin) = effective_control(ctx.state, resource);
            if !control.is_some_and(|c| c.admits(ctx.user)) {
                return Verdict::NoResourceAccess(grant, origin);
            }
            origin
        }
    };
    Verdict::Granted(grant, Some(origin))
}

fn describe(verdict: Verdict<'_>, op: &OperationInfo, user: &str, target: &Target<'_>) -> Decision {
    let id = op.id;
    match verdict {
        Verdict::UnknownUser => Decision::new(DecisionCode::UnknownUser, format!("no user has the id `{user}`")),
        Verdict::UnknownEnvironment => Decision::new(
            DecisionCode::UnknownResource,
            format!("no environment has the id `{}`", target.environment_id),
        )
        .with_scope("environmentId"),
        Verdict::UnknownResource(kind, rid) => Decision::new(
            DecisionCode::UnknownResource,
            format!("environment `{}` has no {kind} `{rid}`", target.environment_id),
        )
        .with_scope(if kind == "registry" { "registryId" } else { "resourceId" }),
        Verdict::NotApplicable(kind) => Decision::new(
            DecisionCode::NotApplicable,
            format!(
                "`{id}` exists only on {} environments, and `{}` is {}",
                op.environment.as_str(),
                target.environment_id,
                kind.as_str()
            ),
        ),
        Verdict::MissingScope(field) => {
            Decision::new(DecisionCode::MissingScope, format!("`{id}` needs `{field}` in the target")).with_scope(field)
        }
        Verdict::Administrator => Decision::new(
            DecisionCode::Administrator,
            format!("`{user}` is Portainer's global administrator and may do everything"),
        )
        .with_via("administrator"),
        Verdict::NoRole => Decision::new(
            DecisionCode::NoRole,
            format!("`{user}` has no role on environment `{}`", target.environment_id),
        ),
        Verdict::NoPermission(grant) => Decision::new(
            DecisionCode::NoPermission,
            format!("role {} ({}, from {}) does not include `{id}`", grant.role.code(), grant.role.label(), grant.describe()),
        )
        .with_role(grant.role.code()),
        Verdict::SecuritySetting(grant, setting) => {
            let feature = match setting {
                SecuritySetting::Stacks => "stacks".to_owned(),
                SecuritySetting::VolumeBrowser => "volume browsing".to_owned(),
                _ => target.request.as_ref().and_then(|r| r.asks_for(setting)).unwrap_or_default(),
            };
            let message = match setting {
                SecuritySetting::VolumeBrowser => format!(
                    "volume browsing is not enabled on environment `{}`, so only environment administrators may browse volumes",
                    target.environment_id
                ),
                SecuritySetting::Stacks => format!(
                    "environment `{}` disables stacks for non-administrators (`{}`)",
                    target.environment_id,
                    setting.field()
                ),
                _ => format!(
                    "environment `{}` forbids {feature} for non-administrators (`{}`)",
                    target.environment_id,
                    setting.field()
                ),
            };
            Decision::new(DecisionCode::SecuritySetting, message)
                .with_role(grant.role.code())
                .with_setting(setting.id(), feature)
        }
        Verdict::RegistryNotAllowed(grant, registry) => Decision::new(
            DecisionCode::RegistryNotAllowed,
            format!(
                "registry `{registry}` is not granted to `{user}` or their teams on environment `{}`",
                target.environment_id
            ),
        )
        .with_role(grant.role.code())
        .with_scope("registryId"),
        Verdict::NoResourceAccess(grant, origin) => Decision::new(
            DecisionCode::NoResourceAccess,
            format!(
                "`{user}` may not access {} `{}`: {}",
                op.resource_type(),
                target.resource_id.unwrap_or_default(),
                match origin {
                    Origin::None => origin.describe(),
                    _ => format!("{} names neither the user nor their teams", origin.describe()),
                }
            ),
        )
        .with_role(grant.role.code())
        .with_control(origin.to_control_origin()),
        Verdict::Granted(grant, origin) => {
            let mut message = format!("role {} ({}, from {}) grants `{id}`", grant.role.code(), grant.role.label(), grant.describe());
            if let Some(origin) = origin {
                message.push_str(&format!("; access through {}", origin.describe()));
            }
            let decision = Decision::new(DecisionCode::Granted, message).with_role(grant.role.code()).with_via(grant.role.code());
            match origin {
                Some(origin) => decision.with_control(origin.to_control_origin()),
                None => decision,
            }
        }
    }
}

fn operation_index(id: &str) -> Result<usize> {
    Operations::index_of(id).ok_or_else(|| {
        Error::new(
            ErrorCode::UnknownId,
            "",
            format!("`{id}` is not a Portainer operation id"),
        )
    })
}

impl PortainerState {
    /// Whether `user` may perform `operation` on `target`. An unknown operation id is an error.
    pub fn can(&self, user: &str, operation: &str, target: &Target<'_>) -> Result<bool> {
        Ok(self.can_index(user, operation_index(operation)?, target))
    }

    /// [`can`](Self::can) with a catalog index, for callers that resolved the id once.
    pub fn can_index(&self, user: &str, index: usize, target: &Target<'_>) -> bool {
        self.can_user(self.user(user), index, target)
    }

    /// [`can_index`](Self::can_index) for the user at `user_index` of the state's users: the
    /// path for callers that hold handles, not strings.
    pub fn can_user_index(&self, user_index: usize, index: usize, target: &Target<'_>) -> bool {
        self.can_user(self.users.get(user_index), index, target)
    }

    fn can_user(&self, user: Option<&User>, index: usize, target: &Target<'_>) -> bool {
        let Some(op) = OPERATIONS.get(index) else {
            return false;
        };
        match context(self, user, target) {
            Ok(ctx) => evaluate(&ctx, index, op).allowed(),
            Err(_) => false,
        }
    }

    /// The decision with its reason.
    pub fn explain(&self, user: &str, operation: &str, target: &Target<'_>) -> Result<Decision> {
        let index = operation_index(operation)?;
        let op = &OPERATIONS[index];
        let verdict = match context(self, self.user(user), target) {
            Ok(ctx) => evaluate(&ctx, index, op),
            Err(verdict) => verdict,
        };
        Ok(describe(verdict, op, user, target))
    }

    /// Every operation allowed to `user` on `target`, in catalog order.
    pub fn allowed(&self, user: &str, target: &Target<'_>) -> Operations {
        self.allowed_for(self.user(user), target)
    }

    /// [`allowed`](Self::allowed) for the user at `user_index` of the state's users: the path
    /// for callers that hold handles, not strings.
    pub fn allowed_user_index(&self, user_index: usize, target: &Target<'_>) -> Operations {
        self.allowed_for(self.users.get(user_index), target)
    }

    fn allowed_for(&self, user: Option<&User>, target: &Target<'_>) -> Operations {
        let Ok(ctx) = context(self, user, target) else {
            return Operations::empty();
        };
        OPERATIONS
            .iter()
            .enumerate()
            .filter(|&(i, op)| evaluate(&ctx, i, op).allowed())
            .fold(Operations::empty(), |set, (i, _)| {
                set | Operations::single(i)
            })
    }

    /// The user's role on an environment (`None` for the global administrator, who is outside
    /// RBAC, and for unknown users or environments).
    pub fn role_of(&self, user: &str, environment: &str) -> Option<Role> {
        self.role_grant(user, environment).map(|g| g.role)
    }

    /// The user's role and the policy it came from.
    pub fn role_grant(&self, user: &str, environment: &str) -> Option<RoleGrant<'_>> {
        let user = self.user(user)?;
        let env = self.environment(environment)?;
        if user.is_administrator() {
            return None;
        }
        resolve_role(self, user, env)
    }
}
