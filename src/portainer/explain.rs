//! Putting a Portainer verdict into words: the decision's code, message and the facts that
//! decided (role and where it came from, control and its origin, setting and feature).

use crate::prelude::*;

use crate::core::text::text;

use super::access::Origin;
use super::catalog::{ActsOn, OperationInfo};
use super::evaluate::{context, Verdict};
use super::model::PortainerState;
use super::settings::SecuritySetting;
use super::target::Target;
use super::Decision;
use super::RoleGrant;
use crate::core::decision::DecisionCode;

/// What a user's standing on an environment can refuse them for, before any operation.
#[derive(Clone, Copy)]
enum Standing {
    UnknownUser,
    UnknownEnvironment,
    NoRole,
}

/// The decision on `user`'s standing on the target's environment, which comes before any
/// operation and anything the target names there: an unknown user, an unknown environment, no
/// role on it (the global administrator needs none). `None` when the user may go on.
pub(crate) fn standing(
    state: &PortainerState,
    user: &str,
    target: &Target<'_>,
) -> Option<Decision> {
    let standing = match context(state, state.acting(user), target) {
        Err(Verdict::UnknownUser) => Standing::UnknownUser,
        Err(_) => Standing::UnknownEnvironment,
        Ok(ctx) if ctx.without_role() => Standing::NoRole,
        Ok(_) => return None,
    };
    Some(standing_words(standing, user, target.environment_id))
}

/// The decision on a request Portainer's proxy keeps to its global administrator (`what` is
/// the request, `reason` where Portainer keeps it): the user's standing first, then the
/// administrator passes and every role is refused.
#[cfg(feature = "requests")]
pub(crate) fn administrator_only(
    state: &PortainerState,
    user: &str,
    environment: &str,
    what: &str,
    reason: &str,
) -> Decision {
    let target = Target::environment(environment);
    if let Some(refusal) = standing(state, user, &target) {
        return refusal;
    }
    match state.acting(user) {
        Some(acting) if acting.is_administrator() => Decision::new(
            DecisionCode::Administrator,
            text!(
                "`",
                user,
                "` is Portainer's global administrator, who alone may `",
                what,
                "`: ",
                reason
            ),
        )
        .with_via("administrator"),
        _ => {
            let refusal = Decision::new(
                DecisionCode::RoleRequired,
                text!(
                    "only Portainer's global administrator may `",
                    what,
                    "`, whatever the role: ",
                    reason
                ),
            );
            match state.role_of(user, environment) {
                Some(role) => refusal.with_role(role.code()),
                None => refusal,
            }
        }
    }
}

fn standing_words(standing: Standing, user: &str, env: &str) -> Decision {
    match standing {
        Standing::UnknownUser => Decision::new(
            DecisionCode::UnknownUser,
            text!("no user has the id `", user, "`"),
        ),
        Standing::UnknownEnvironment => Decision::new(
            DecisionCode::UnknownResource,
            text!("no environment has the id `", env, "`"),
        )
        .with_scope("environmentId"),
        Standing::NoRole => Decision::new(
            DecisionCode::NoRole,
            text!("`", user, "` has no role on environment `", env, "`"),
        ),
    }
}

impl Verdict<'_> {
    pub(crate) fn describe(self, op: &OperationInfo, user: &str, target: &Target<'_>) -> Decision {
        let id = op.id;
        let env = target.environment_id;
        match self {
            Verdict::UnknownUser => standing_words(Standing::UnknownUser, user, env),
            Verdict::UnknownEnvironment => standing_words(Standing::UnknownEnvironment, user, env),
            Verdict::NoRole => standing_words(Standing::NoRole, user, env),
            Verdict::UnknownResource(acts_on, rid) => unknown_resource(acts_on, rid, env),
            Verdict::NotApplicable(kind) => Decision::new(
                DecisionCode::NotApplicable,
                text!(
                    "`",
                    id,
                    "` exists only on ",
                    op.environment_name(),
                    " environments, and `",
                    env,
                    "` is ",
                    kind.as_str()
                ),
            ),
            Verdict::MissingScope(field) => Decision::new(
                DecisionCode::MissingScope,
                text!("`", id, "` needs `", field, "` in the target"),
            )
            .with_scope(field),
            Verdict::Administrator => Decision::new(
                DecisionCode::Administrator,
                text!(
                    "`",
                    user,
                    "` is Portainer's global administrator and may do everything"
                ),
            )
            .with_via("administrator"),
            Verdict::NoPermission(grant) => Decision::new(
                DecisionCode::NoPermission,
                text!(role_words(grant), " does not include `", id, "`"),
            )
            .with_role(grant.role.code()),
            Verdict::SecuritySetting(grant, setting) => {
                security_setting(setting, target).with_role(grant.role.code())
            }
            Verdict::RegistryNotAllowed(grant, registry) => Decision::new(
                DecisionCode::RegistryNotAllowed,
                text!(
                    "registry `",
                    registry,
                    "` is not granted to `",
                    user,
                    "` or their teams on environment `",
                    env,
                    "`"
                ),
            )
            .with_role(grant.role.code())
            .with_scope("registryId"),
            Verdict::NoResourceAccess(grant, origin) => {
                no_resource_access(op, user, target, origin).with_role(grant.role.code())
            }
            Verdict::Granted(grant, origin) => granted(id, grant, origin),
        }
    }
}

fn unknown_resource(acts_on: ActsOn, rid: &str, env: &str) -> Decision {
    let (noun, scope) = match acts_on {
        ActsOn::Resource(t) => (t.as_str(), "resourceId"),
        ActsOn::Registry | ActsOn::Other => ("registry", "registryId"),
    };
    Decision::new(
        DecisionCode::UnknownResource,
        text!("environment `", env, "` has no ", noun, " `", rid, "`"),
    )
    .with_scope(scope)
}

fn security_setting(setting: SecuritySetting, target: &Target<'_>) -> Decision {
    let env = target.environment_id;
    let feature = setting.feature(target.request.as_ref());
    let message = match setting {
        SecuritySetting::VolumeBrowser => text!(
            "volume browsing is not enabled on environment `",
            env,
            "`, so only environment administrators may browse volumes"
        ),
        SecuritySetting::Stacks => text!(
            "environment `",
            env,
            "` disables stacks for non-administrators (`",
            setting.field(),
            "`)"
        ),
        _ => text!(
            "environment `",
            env,
            "` forbids ",
            feature,
            " for non-administrators (`",
            setting.field(),
            "`)"
        ),
    };
    Decision::new(DecisionCode::SecuritySetting, message).with_setting(setting, feature)
}

fn no_resource_access(
    op: &OperationInfo,
    user: &str,
    target: &Target<'_>,
    origin: Origin<'_>,
) -> Decision {
    Decision::new(
        DecisionCode::NoResourceAccess,
        text!(
            "`",
            user,
            "` may not access ",
            op.noun(),
            " `",
            target.resource_id.unwrap_or_default(),
            "`: ",
            match origin {
                Origin::None => origin.describe(),
                _ => text!(origin.describe(), " names neither the user nor their teams"),
            }
        ),
    )
    .with_control(origin.to_control_origin())
}

fn granted(id: &str, grant: RoleGrant<'_>, origin: Option<Origin<'_>>) -> Decision {
    let mut message = text!(role_words(grant), " grants `", id, "`");
    if let Some(origin) = origin {
        message.push_str(&text!("; access through ", origin.describe()));
    }
    let decision = Decision::new(DecisionCode::Granted, message)
        .with_role(grant.role.code())
        .with_via(grant.role.code());
    match origin {
        Some(origin) => decision.with_control(origin.to_control_origin()),
        None => decision,
    }
}

/// `role ST (Standard user, from …)`: the role a decision turned on and where it comes from.
fn role_words(grant: RoleGrant<'_>) -> String {
    text!(
        "role ",
        grant.role.code(),
        " (",
        grant.role.label(),
        ", from ",
        grant.describe(),
        ")"
    )
}
