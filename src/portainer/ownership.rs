//! Changing a resource's ownership: the `….change_ownership` grant, and for everyone but the
//! global administrator and environment administrators, limits on the new control.

use crate::prelude::*;

use crate::core::text::text;

use super::access::is_system_network;
use super::catalog::operation;
use super::explain::standing;
use super::model::{Control, PortainerState, User};
use super::resource_type::ResourceType;
use super::role::Role;
use super::target::Target;
use super::Decision;
use crate::core::decision::DecisionCode;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::join_index;

impl PortainerState {
    /// Whether `user` may give the target resource the control `new_control`.
    ///
    /// A non-administrator may only make it public, their own alone, or their teams'; never
    /// administrators-only. Unknown users or teams in `new_control` are an error.
    pub fn can_change_ownership(
        &self,
        user: &str,
        target: &Target<'_>,
        new_control: &Control,
    ) -> Result<Decision> {
        self.check_named(new_control)?;
        let Some(resource_id) = target.resource_id else {
            return Ok(Decision::new(
                DecisionCode::MissingScope,
                "an ownership change needs `resourceId` in the target",
            )
            .with_scope("resourceId"));
        };
        // As for every operation: the user's standing on the environment (unknown, or without
        // a role) is decided before anything the target names there is looked at.
        if let Some(refusal) = standing(self, user, target) {
            return Ok(refusal);
        }
        let resource_type = match target.resource_type {
            Some(kind) => kind,
            None => match self.only_type(target.environment_id, resource_id) {
                Ok(kind) => kind,
                Err(refusal) => return Ok(*refusal),
            },
        };
        let operation_id = text!(resource_type.as_str(), ".change_ownership");
        let Some(op) = operation(&operation_id) else {
            return Ok(Decision::new(
                DecisionCode::NoPermission,
                text!(
                    "a ",
                    resource_type.as_str(),
                    " has no ownership that can be changed"
                ),
            ));
        };
        let decision = self.explain(user, op.id, target)?;
        let role = self.role_of(user, target.environment_id);
        if !decision.allowed || matches!(role, None | Some(Role::EA)) {
            return Ok(decision);
        }
        let Some(member) = self.acting(user) else {
            return Ok(decision);
        };
        Ok(match beyond_own(member, new_control) {
            Some(message) => Decision::new(DecisionCode::OwnershipNotAllowed, message)
                .with_role(role.map(Role::code).unwrap_or_default()),
            None => decision,
        })
    }

    /// An error naming the first user or team of `new_control` that this state does not hold.
    fn check_named(&self, new_control: &Control) -> Result<()> {
        for (i, id) in new_control.users().iter().enumerate() {
            if self.user(id).is_none() {
                return Err(Error::new(
                    ErrorCode::DanglingReference,
                    join_index("newControl.users", i),
                    text!("no user has the id `", id, "`"),
                ));
            }
        }
        for (i, id) in new_control.teams().iter().enumerate() {
            if !self.has_team(id) {
                return Err(Error::new(
                    ErrorCode::DanglingReference,
                    join_index("newControl.teams", i),
                    text!("no team has the id `", id, "`"),
                ));
            }
        }
        Ok(())
    }

    /// The type of the one resource with the id `resource_id` on `environment` (a system
    /// network when none is listed), or the refusal when several or none have it.
    fn only_type(
        &self,
        environment: &str,
        resource_id: &str,
    ) -> Result<ResourceType, Box<Decision>> {
        let mut kinds = ResourceType::ALL
            .into_iter()
            .filter(|&kind| self.resource(environment, kind, resource_id).is_some());
        match (kinds.next(), kinds.next()) {
            (Some(kind), None) => Ok(kind),
            (Some(_), Some(_)) => Err(Box::new(
                Decision::new(
                    DecisionCode::MissingScope,
                    text!(
                        "several resources have the id `",
                        resource_id,
                        "`; name the one meant with `resourceType`"
                    ),
                )
                .with_scope("resourceType"),
            )),
            (None, _) if is_system_network(resource_id) => Ok(ResourceType::Network),
            (None, _) => Err(Box::new(
                Decision::new(
                    DecisionCode::UnknownResource,
                    text!(
                        "environment `",
                        environment,
                        "` has no resource `",
                        resource_id,
                        "`"
                    ),
                )
                .with_scope("resourceId"),
            )),
        }
    }
}

/// Why `new_control` goes beyond what a non-administrator `member` may set (public, themselves
/// alone, their own teams), or `None` when it does not.
fn beyond_own(member: &User, new_control: &Control) -> Option<String> {
    if new_control.is_administrators_only() {
        return Some("only administrators may restrict a resource to administrators".to_owned());
    }
    if new_control.is_public() {
        return None;
    }
    if let Some(other) = new_control.users().iter().find(|u| **u != member.id) {
        return Some(text!(
            "a non-administrator may give ownership only to themselves, not to `",
            other,
            "`"
        ));
    }
    if let Some(other) = new_control.teams().iter().find(|t| !member.in_team(t)) {
        return Some(text!(
            "a non-administrator may give ownership only to their own teams, and `",
            member.id,
            "` is not in team `",
            other,
            "`"
        ));
    }
    if new_control.users().is_empty() && new_control.teams().is_empty() {
        return Some(
            "a control naming nobody is administrators-only, which only administrators may set"
                .to_owned(),
        );
    }
    None
}
