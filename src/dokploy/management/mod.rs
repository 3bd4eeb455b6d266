//! Managing an organization: custom roles (`roles.rs`); invitations, role assignment,
//! removal and the access a creator gets to what they create (`members.rs`); a member's flags
//! and access lists (`access.rs`). Each `can_…`
//! answers with a [`Decision`]; each mutator applies the change or fails with the refusing
//! decision's code, and changes nothing when it fails.

#![allow(
    clippy::result_large_err,
    reason = "a refusal is this module's ordinary answer, on a cold path: boxing it would buy nothing"
)]

use crate::prelude::*;

use crate::core::text::text;

mod access;
mod members;
mod roles;

pub use access::MemberAccess;

use super::catalog::{Permissions, RoleStatements, PRESETS};
use super::model::{Member, Organization, Role};
use crate::core::decision::{Decision, DecisionCode};
use crate::core::error::{Error, ErrorCode, Result};

/// An entry added to a member's access list, for the caller to persist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessGrant {
    /// The member whose list grows.
    pub user_id: String,
    /// `accessedProjects`, `accessedEnvironments`, `accessedServices`, …
    pub list: &'static str,
    /// The id added.
    pub id: String,
}

pub(super) fn refuse(code: DecisionCode, message: String) -> Decision {
    Decision::new(code, message)
}

/// The decision a refused role definition gets; its path is relative to the call's
/// `permissions` argument (or `name`/`newName`).
pub(super) fn definition_refusal(error: Error, prefix: &str) -> Decision {
    let code = match error.code() {
        ErrorCode::InvalidRoleName => DecisionCode::InvalidRoleName,
        ErrorCode::ReservedRoleName => DecisionCode::ReservedRoleName,
        ErrorCode::InternalResource => DecisionCode::InternalResource,
        ErrorCode::UnknownResource | ErrorCode::UnknownAction => DecisionCode::UnknownPermission,
        _ => DecisionCode::InvalidPermissions,
    };
    let path = if error.path().is_empty() {
        prefix.to_owned()
    } else if error.path().as_bytes().first() == Some(&b'[') {
        text!(prefix, error.path())
    } else {
        text!(prefix, ".", error.path())
    };
    Decision::new(code, error.message().to_owned()).with_path(path)
}

pub(super) fn allow(actor: &Member, message: String) -> Decision {
    Decision::new(DecisionCode::Granted, message)
        .with_role(actor.role.name())
        .with_via(actor.role.name())
}

/// Collapses a check into its decision.
pub(super) fn decided<T>(check: Result<(T, Decision), Decision>) -> Decision {
    match check {
        Ok((_, decision)) | Err(decision) => decision,
    }
}

/// Turns a refusal into the mutator's error.
pub(super) fn applied<T>(check: Result<(T, Decision), Decision>) -> Result<T> {
    check
        .map(|(value, _)| value)
        .map_err(Decision::into_refusal)
}

impl Organization {
    pub(super) fn actor(&self, actor: &str) -> Result<&Member, Decision> {
        self.acting(actor).ok_or_else(|| {
            refuse(
                DecisionCode::UnknownUser,
                text!("`", actor, "` is not a member of the organization"),
            )
        })
    }

    /// The acting member when they are the owner or an admin; `task` completes "only the owner
    /// and admins …" in the refusal.
    pub(super) fn administrator(&self, actor: &str, task: &str) -> Result<&Member, Decision> {
        let member = self.actor(actor)?;
        if member.role.is_administrator() {
            return Ok(member);
        }
        Err(refuse(
            DecisionCode::NoPermission,
            text!(
                "only the owner and admins ",
                task,
                "; `",
                actor,
                "` is ",
                member.role.name()
            ),
        )
        .with_role(member.role.name()))
    }

    /// Custom roles are managed by the owner and admins of a licensed organization.
    pub(super) fn role_manager(&self, actor: &str) -> Result<&Member, Decision> {
        let member = self.administrator(actor, "manage custom roles")?;
        if !self.licensed() {
            return Err(refuse(
                DecisionCode::Unlicensed,
                "custom roles need an Enterprise licence, which the organization does not have"
                    .to_owned(),
            )
            .with_role(member.role.name()));
        }
        Ok(member)
    }

    /// An actor holding `permission` through their role.
    pub(super) fn holder_of(
        &self,
        actor: &str,
        permission: Permissions,
        id: &str,
    ) -> Result<&Member, Decision> {
        let member = self.actor(actor)?;
        if matches!(member.role, Role::Custom(_)) && !self.licensed() {
            return Err(refuse(
                DecisionCode::Unlicensed,
                text!(
                    "`",
                    actor,
                    "` holds the custom role `",
                    member.role.name(),
                    "`, and custom roles need an Enterprise licence"
                ),
            )
            .with_role(member.role.name()));
        }
        if !member.permissions.contains(permission) {
            return Err(refuse(
                DecisionCode::NoPermission,
                text!(
                    "role `",
                    member.role.name(),
                    "` does not include `",
                    id,
                    "`"
                ),
            )
            .with_role(member.role.name()));
        }
        Ok(member)
    }
}

/// The four custom-role presets of Dokploy's UI: viewer, developer, deployer, devops.
pub fn presets() -> impl Iterator<Item = (&'static str, RoleStatements)> {
    PRESETS
        .iter()
        .map(|&(name, permissions)| (name, RoleStatements::from_permissions(permissions)))
}
