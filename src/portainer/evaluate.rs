//! Deciding `can(user, operation, target)` on a Portainer state: the verdict, in the order
//! Portainer checks, without words (`explain` puts it into words).

use crate::prelude::*;

use crate::core::text::text;

use core::cell::OnceCell;

use super::access::{is_system_network, Origin, TargetResource};
use super::catalog::{views_networks, ActsOn, OperationInfo, Operations, OPERATIONS};
use super::model::{Environment, EnvironmentKind, PortainerState, Resource, User};
use super::registry;
use super::resource_type::ResourceType;
use super::role::Role;
use super::role_grant::{resolve_role, PolicySource, RoleGrant};
use super::settings::{SecuritySetting, SecuritySettings};
use super::target::Target;
use super::Decision;
use crate::core::decision::Remedy;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::permission_set::CatalogSet;

/// A decision before it is put into words; `can` stops here.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Verdict<'s> {
    UnknownUser,
    UnknownEnvironment,
    /// The target names a resource (or registry) of the operation's type that the
    /// environment does not have.
    UnknownResource(ActsOn, &'s str),
    NotApplicable(EnvironmentKind),
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
    pub(crate) fn allowed(&self) -> bool {
        matches!(self, Verdict::Administrator | Verdict::Granted(..))
    }
}

/// Everything about a (user, target) pair that does not depend on the operation: the user's
/// standing on the target's environment, and what a page of operations would otherwise look up
/// again for each, the target's resource of each type, found on first use.
pub(crate) struct Context<'s, 't> {
    standing: Standing<'s>,
    target: &'t Target<'t>,
    resources: [OnceCell<Option<TargetResource<'s>>>; ResourceType::ALL.len()],
    /// Whether the user reaches that resource, for operations that view networks and others.
    access: [[OnceCell<(bool, Origin<'s>)>; 2]; ResourceType::ALL.len()],
}

pub(crate) fn context<'s, 't>(
    state: &'s PortainerState,
    user: Option<&'s User>,
    target: &'t Target<'t>,
) -> Result<Context<'s, 't>, Verdict<'s>> {
    Ok(standing(state, user, target.environment_id)?.context(target))
}

/// What a user's checks on one environment share, whatever they target there: the user, the
/// environment, the user's role on it and its settings, looked up once.
#[derive(Clone)]
pub(crate) struct Standing<'s> {
    state: &'s PortainerState,
    user: &'s User,
    env: &'s Environment,
    env_index: usize,
    grant: Option<RoleGrant<'s>>,
    settings: SecuritySettings,
}

/// The standing of `user` on the environment `environment_id`, or the verdict that comes
/// before any operation (an unknown user or environment).
pub(crate) fn standing<'s>(
    state: &'s PortainerState,
    user: Option<&'s User>,
    environment_id: &str,
) -> Result<Standing<'s>, Verdict<'s>> {
    let user = user.ok_or(Verdict::UnknownUser)?;
    let (env_index, env) = state
        .environment_entry(environment_id)
        .ok_or(Verdict::UnknownEnvironment)?;
    let grant = if user.is_administrator() {
        None
    } else {
        resolve_role(state, user, env)
    };
    Ok(Standing {
        state,
        user,
        env,
        env_index,
        grant,
        settings: env.settings(),
    })
}

impl<'s> Standing<'s> {
    /// The context of a check of `target`, on this standing's environment.
    pub(crate) fn context<'t>(&self, target: &'t Target<'t>) -> Context<'s, 't> {
        Context {
            standing: self.clone(),
            target,
            resources: Default::default(),
            access: Default::default(),
        }
    }
}

impl Context<'_, '_> {
    /// Whether the user holds no role on the environment and is not the global administrator.
    pub(crate) fn without_role(&self) -> bool {
        !self.standing.user.is_administrator() && self.standing.grant.is_none()
    }
}

/// The resource the target names for an operation on `resource_type`.
fn target_resource<'s>(
    ctx: &Context<'s, '_>,
    resource_type: ResourceType,
    id: &'s str,
) -> Option<TargetResource<'s>> {
    *ctx.resources[resource_type.index()].get_or_init(|| {
        match ctx
            .standing
            .state
            .resource_in(ctx.standing.env_index, resource_type, id)
        {
            Some(found) => Some(TargetResource::Listed(found)),
            None if resource_type == ResourceType::Network && is_system_network(id) => {
                Some(TargetResource::UnlistedSystemNetwork)
            }
            None => None,
        }
    })
}

/// Grants a decision may take as held, to find what would lift a denial: a role of the user's
/// own on the environment (which comes before every other policy), the registry granted, the
/// user named in the control that applies.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Assume {
    pub(crate) role: Option<Role>,
    pub(crate) registry: bool,
    pub(crate) control: bool,
}

/// The verdict on `op`, in Portainer's order: the operation exists here, the user holds a role
/// on the environment (or is the global administrator), the target names what the state holds,
/// the role's grant, the security settings, the registry grant, resource access.
pub(crate) fn evaluate<'s, 't: 's>(
    ctx: &Context<'s, 't>,
    op: &'static OperationInfo,
) -> Verdict<'s> {
    evaluate_assuming(ctx, op, Assume::default())
}

/// [`evaluate`] as if the grants `assume` names were held.
pub(crate) fn evaluate_assuming<'s, 't: 's>(
    ctx: &Context<'s, 't>,
    op: &'static OperationInfo,
    assume: Assume,
) -> Verdict<'s> {
    let (target, standing) = (ctx.target, &ctx.standing);
    if !op.exists_on(standing.env.kind) {
        return Verdict::NotApplicable(standing.env.kind);
    }
    let assumed = assume.role.map(|role| RoleGrant {
        role,
        source: PolicySource::UserOnEnvironment,
    });
    let grant = assumed.or(standing.grant);
    // Portainer refuses a user without access to the environment before its proxy looks at
    // anything the request names: what the environment holds is not theirs to learn.
    if !standing.user.is_administrator() && grant.is_none() {
        return Verdict::NoRole;
    }
    let administrator = standing.user.is_administrator();
    let resource = match (target.resource_id, op.acts_on) {
        (Some(id), ActsOn::Resource(resource_type)) => {
            match target_resource(ctx, resource_type, id) {
                Some(found) => Some(found),
                None => return Verdict::UnknownResource(op.acts_on, id),
            }
        }
        _ => None,
    };
    let uses_registry = op.allowed_registry || op.acts_on == ActsOn::Registry;
    let registry = match target.registry_id {
        Some(id) if uses_registry && !standing.state.registry_exists(id) => {
            return Verdict::UnknownResource(ActsOn::Registry, id)
        }
        Some(id) if uses_registry => Some(id),
        _ if op.allowed_registry => return Verdict::MissingScope("registryId"),
        _ => None,
    };
    let Some(grant) = grant.filter(|_| !administrator) else {
        return Verdict::Administrator;
    };
    let role = grant.role;
    if !op.granted_to(role) {
        return Verdict::NoPermission(grant);
    }
    if let Some(&setting) = op
        .security_settings
        .iter()
        .find(|s| s.denies(role, &standing.settings, target.request.as_ref()))
    {
        return Verdict::SecuritySetting(grant, setting);
    }
    if let Some(registry) = registry {
        if registry::needs_grant(op, role)
            && !assume.registry
            && !registry::is_granted(standing.state, standing.env, registry, standing.user)
        {
            return Verdict::RegistryNotAllowed(grant, registry);
        }
    }
    if !op.needs_resource_access.contains(role.bit()) {
        return Verdict::Granted(grant, None);
    }
    let Some(resource) = resource else {
        return Verdict::Granted(grant, None);
    };
    let ActsOn::Resource(resource_type) = op.acts_on else {
        return Verdict::Granted(grant, None);
    };
    let views = views_networks(op);
    let access = *ctx.access[resource_type.index()][usize::from(views)]
        .get_or_init(|| resource.access(standing.state, standing.user, views));
    match access {
        (true, origin) => Verdict::Granted(grant, Some(origin)),
        (_, origin) if assume.control => Verdict::Granted(grant, Some(origin)),
        (false, origin) => Verdict::NoResourceAccess(grant, origin),
    }
}

/// The grants that together would lift `verdict`, a denial of `op` in `ctx`: the user's own
/// role first, else the least privileged role that allows, each with the registry grant and the
/// control entry it still needs. Found by deciding again as if they were held, so each list
/// does allow — except for a user without a role on the environment, who is told the least
/// privileged role that includes the operation and nothing of what the environment holds.
pub(crate) fn remedies<'s, 't: 's>(
    ctx: &Context<'s, 't>,
    op: &'static OperationInfo,
    verdict: Verdict<'_>,
) -> Vec<Remedy> {
    if !matches!(
        verdict,
        Verdict::NoRole
            | Verdict::NoPermission(..)
            | Verdict::SecuritySetting(..)
            | Verdict::RegistryNotAllowed(..)
            | Verdict::NoResourceAccess(..)
    ) {
        return Vec::new();
    }
    let role_remedy = |role: Role| Remedy::EnvironmentRole {
        environment: ctx.target.environment_id.to_owned(),
        role: role.code(),
    };
    if let Verdict::NoRole = verdict {
        // What the environment holds is not theirs to learn (a slice does not even carry it):
        // the least privileged role that includes the operation, which lifts this refusal.
        return Role::ALL
            .into_iter()
            .rev()
            .find(|&role| op.granted_to(role))
            .map(role_remedy)
            .into_iter()
            .collect();
    }
    let current = ctx.standing.grant.map(|grant| grant.role);
    let others = Role::ALL
        .into_iter()
        .rev()
        .filter(|role| Some(*role) != current)
        .map(Some);
    for role in current.map(|_| None).into_iter().chain(others) {
        let mut assume = Assume {
            role,
            ..Assume::default()
        };
        let mut remedies: Vec<Remedy> = role.map(role_remedy).into_iter().collect();
        // Each pass lifts one more refusal: the registry, then the control.
        for _ in 0..3 {
            match evaluate_assuming(ctx, op, assume) {
                verdict if verdict.allowed() => return remedies,
                Verdict::RegistryNotAllowed(_, registry) if !assume.registry => {
                    assume.registry = true;
                    remedies.push(Remedy::Registry {
                        registry: registry.to_owned(),
                        environment: ctx.target.environment_id.to_owned(),
                    });
                }
                Verdict::NoResourceAccess(_, origin) if !assume.control => {
                    match control_holder(origin) {
                        Some(holder) => {
                            assume.control = true;
                            remedies.push(Remedy::Control {
                                resource_type: holder.resource_type.as_str(),
                                resource_id: holder.id.clone(),
                            });
                        }
                        None => break,
                    }
                }
                _ => break,
            }
        }
    }
    Vec::new()
}

/// The resource whose control decided, when naming the user in it would let them in: a control
/// that exists and is not for administrators only.
fn control_holder(origin: Origin<'_>) -> Option<&Resource> {
    let holder = match origin {
        Origin::Own(r) | Origin::SubResource(r) | Origin::Service(r) | Origin::Stack(r) => r,
        Origin::SystemNetwork | Origin::None => return None,
    };
    let control = holder.control.as_ref()?;
    (!control.is_administrators_only()).then_some(holder)
}

pub(crate) fn operation_index(id: &str) -> Result<usize> {
    Operations::index_of(id).ok_or_else(|| {
        Error::new(
            ErrorCode::UnknownId,
            "id",
            text!("`", id, "` is not a Portainer operation id"),
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
        self.can_user(self.acting(user), index, target)
    }

    /// [`can_index`](Self::can_index) for the user at `user_index` of the state's users
    /// (`None`: no such user): for callers that found it already.
    pub(crate) fn can_user_index(
        &self,
        user_index: Option<usize>,
        index: usize,
        target: &Target<'_>,
    ) -> bool {
        self.can_user(self.acting_at(user_index), index, target)
    }

    pub(crate) fn can_user(&self, user: Option<&User>, index: usize, target: &Target<'_>) -> bool {
        let Some(op) = OPERATIONS.get(index) else {
            return false;
        };
        match context(self, user, target) {
            Ok(ctx) => evaluate(&ctx, op).allowed(),
            Err(_) => false,
        }
    }

    /// The decision with its reason.
    pub fn explain(&self, user: &str, operation: &str, target: &Target<'_>) -> Result<Decision> {
        Ok(self.explain_index(user, operation_index(operation)?, target))
    }

    /// [`explain`](Self::explain) with a catalog index (`index < Operations::LEN`).
    pub(crate) fn explain_index(&self, user: &str, index: usize, target: &Target<'_>) -> Decision {
        let op = &OPERATIONS[index];
        let verdict = match context(self, self.acting(user), target) {
            Ok(ctx) => {
                let verdict = evaluate(&ctx, op);
                let remedies = remedies(&ctx, op, verdict);
                return verdict.describe(op, user, target).with_remedies(remedies);
            }
            Err(verdict) => verdict,
        };
        verdict.describe(op, user, target)
    }

    /// Every operation allowed to `user` on `target`, in catalog order.
    pub fn allowed(&self, user: &str, target: &Target<'_>) -> Operations {
        self.allowed_for(self.acting(user), target)
    }

    /// [`allowed`](Self::allowed) for the user at `user_index` of the state's users (`None`:
    /// no such user): for callers that found it already.
    pub(crate) fn allowed_user_index(
        &self,
        user_index: Option<usize>,
        target: &Target<'_>,
    ) -> Operations {
        self.allowed_for(self.acting_at(user_index), target)
    }

    pub(crate) fn allowed_for(&self, user: Option<&User>, target: &Target<'_>) -> Operations {
        match context(self, user, target) {
            Ok(ctx) => allowed_in(&ctx),
            Err(_) => Operations::empty(),
        }
    }
}

/// Every operation the context's user may perform on its target, in catalog order.
pub(crate) fn allowed_in<'s, 't: 's>(ctx: &Context<'s, 't>) -> Operations {
    OPERATIONS
        .iter()
        .enumerate()
        .filter(|&(_, op)| evaluate(ctx, op).allowed())
        .fold(Operations::empty(), |set, (i, _)| {
            set | Operations::single(i)
        })
}
