//! Managing an organization: custom roles, invitations, role assignment, removal, and the
//! access a creator gets to what they create. Each `can_…` answers with a [`Decision`];
//! each mutator applies the change or fails with the refusing decision's code.

// A refusal is this module's ordinary answer, on a cold path: boxing it would buy nothing.
#![allow(clippy::result_large_err)]

use super::catalog::{Permissions, RoleStatements, ScopeKind, PRESETS};
use super::evaluate::role_permissions;
use super::state::{validate_role_name, CustomRole, Member, Organization, Role, MAX_CUSTOM_ROLES};
use crate::core::decision::{Decision, DecisionCode};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::IdList;
use crate::core::json::Value;

/// An entry added to a member's access list, for the caller to persist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessGrant {
    pub user_id: String,
    /// `accessedProjects`, `accessedEnvironments`, `accessedServices`, …
    pub list: &'static str,
    pub id: String,
}

fn refuse(code: DecisionCode, message: String) -> Decision {
    Decision::new(code, message)
}

/// The decision a refused role definition gets; its path is relative to the call's
/// `permissions` argument (or `name`/`newName`).
fn definition_refusal(error: Error, prefix: &str) -> Decision {
    let code = match error.code() {
        c if c == ErrorCode::InvalidRoleName.as_str() => DecisionCode::InvalidRoleName,
        c if c == ErrorCode::ReservedRoleName.as_str() => DecisionCode::ReservedRoleName,
        c if c == ErrorCode::InternalResource.as_str() => DecisionCode::InternalResource,
        c if c == ErrorCode::UnknownResource.as_str() || c == ErrorCode::UnknownAction.as_str() => {
            DecisionCode::UnknownPermission
        }
        _ => DecisionCode::InvalidPermissions,
    };
    let path = if error.path().is_empty() {
        prefix.to_owned()
    } else if error.path().starts_with('[') {
        format!("{prefix}{}", error.path())
    } else {
        format!("{prefix}.{}", error.path())
    };
    Decision::new(code, error.message().to_owned()).with_path(path)
}

fn allow(actor: &Member, message: String) -> Decision {
    Decision::new(DecisionCode::Granted, message)
        .with_role(actor.role.name())
        .with_via(actor.role.name())
}

/// Collapses a check into its decision.
fn decided<T>(check: Result<(T, Decision), Decision>) -> Decision {
    match check {
        Ok((_, decision)) | Err(decision) => decision,
    }
}

/// Turns a refusal into the mutator's error.
fn applied<T>(check: Result<(T, Decision), Decision>) -> Result<T> {
    check.map(|(value, _)| value).map_err(|decision| {
        let code = decision.code.as_str();
        Error::refused(code, decision.path.unwrap_or_default(), decision.message)
    })
}

impl Organization {
    fn actor(&self, actor: &str) -> Result<&Member, Decision> {
        self.member(actor).ok_or_else(|| {
            refuse(
                DecisionCode::UnknownUser,
                format!("`{actor}` is not a member of the organization"),
            )
        })
    }

    /// The acting member when they are the owner or an admin; `task` completes "only the owner
    /// and admins …" in the refusal.
    fn administrator(&self, actor: &str, task: &str) -> Result<&Member, Decision> {
        let member = self.actor(actor)?;
        if member.role.is_administrator() {
            return Ok(member);
        }
        Err(refuse(
            DecisionCode::NoPermission,
            format!(
                "only the owner and admins {task}; `{actor}` is {}",
                member.role.name()
            ),
        )
        .with_role(member.role.name()))
    }

    /// Custom roles are managed by the owner and admins of a licensed organization.
    fn role_manager(&self, actor: &str) -> Result<&Member, Decision> {
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
    fn holder_of(
        &self,
        actor: &str,
        permission: Permissions,
        id: &str,
    ) -> Result<&Member, Decision> {
        let member = self.actor(actor)?;
        if matches!(member.role, Role::Custom(_)) && !self.licensed() {
            return Err(refuse(
                DecisionCode::Unlicensed,
                format!(
                    "`{actor}` holds the custom role `{}`, and custom roles need an Enterprise licence",
                    member.role.name()
                ),
            )
            .with_role(member.role.name()));
        }
        if !role_permissions(self, member).contains(permission) {
            return Err(refuse(
                DecisionCode::NoPermission,
                format!("role `{}` does not include `{id}`", member.role.name()),
            )
            .with_role(member.role.name()));
        }
        Ok(member)
    }

    fn existing_role(&self, name: &str) -> Result<usize, Decision> {
        self.roles
            .iter()
            .position(|r| r.name == name)
            .ok_or_else(|| {
                refuse(
                    DecisionCode::UnknownRole,
                    format!("the organization has no custom role `{name}`"),
                )
                .with_path("name")
            })
    }

    /// A role name a member may be given: built in (not owner) or an existing custom role.
    fn assignable(&self, role: &str) -> Result<Role, Decision> {
        match Role::from_name(role) {
            Role::Owner => Err(refuse(
                DecisionCode::OwnerRole,
                "the owner role cannot be given to anyone; it is not transferable".to_owned(),
            )),
            Role::Custom(name) if self.custom_role(&name).is_none() => Err(refuse(
                DecisionCode::UnknownRole,
                format!(
                    "`{name}` is neither admin, member nor one of the organization's custom roles"
                ),
            )),
            other => Ok(other),
        }
    }

    fn check_create_role(
        &self,
        actor: &str,
        name: &str,
        permissions: &Value,
    ) -> Result<(RoleStatements, Decision), Decision> {
        let member = self.role_manager(actor)?;
        validate_role_name(name, "").map_err(|e| definition_refusal(e, "name"))?;
        if self.custom_role(name).is_some() {
            return Err(refuse(
                DecisionCode::RoleExists,
                format!("a custom role `{name}` exists already"),
            )
            .with_path("name"));
        }
        if self.roles.len() >= MAX_CUSTOM_ROLES {
            return Err(refuse(
                DecisionCode::LimitExceeded,
                format!("an organization holds at most {MAX_CUSTOM_ROLES} custom roles"),
            ));
        }
        let statements = RoleStatements::from_value(permissions, "")
            .map_err(|e| definition_refusal(e, "permissions"))?;
        let decision = allow(
            member,
            format!("`{actor}` may create the custom role `{name}`"),
        );
        Ok((statements, decision))
    }

    pub fn can_create_role(&self, actor: &str, name: &str, permissions: &Value) -> Decision {
        decided(self.check_create_role(actor, name, permissions))
    }

    /// Adds a custom role.
    pub fn create_role(&mut self, actor: &str, name: &str, permissions: &Value) -> Result<()> {
        let statements = applied(self.check_create_role(actor, name, permissions))?;
        self.roles.push(CustomRole {
            name: name.to_owned(),
            statements,
        });
        Ok(())
    }

    fn check_update_role(
        &self,
        actor: &str,
        name: &str,
        permissions: &Value,
        new_name: Option<&str>,
    ) -> Result<((usize, RoleStatements), Decision), Decision> {
        let member = self.role_manager(actor)?;
        let index = self.existing_role(name)?;
        if let Some(new_name) = new_name.filter(|n| *n != name) {
            validate_role_name(new_name, "").map_err(|e| definition_refusal(e, "newName"))?;
            if self.custom_role(new_name).is_some() {
                return Err(refuse(
                    DecisionCode::RoleExists,
                    format!("a custom role `{new_name}` exists already"),
                )
                .with_path("newName"));
            }
        }
        let statements = RoleStatements::from_value(permissions, "")
            .map_err(|e| definition_refusal(e, "permissions"))?;
        let decision = allow(
            member,
            format!("`{actor}` may update the custom role `{name}`"),
        );
        Ok(((index, statements), decision))
    }

    pub fn can_update_role(
        &self,
        actor: &str,
        name: &str,
        permissions: &Value,
        new_name: Option<&str>,
    ) -> Decision {
        decided(self.check_update_role(actor, name, permissions, new_name))
    }

    /// Replaces a custom role's permissions and, with `new_name`, renames it; members holding
    /// it follow the new name.
    pub fn update_role(
        &mut self,
        actor: &str,
        name: &str,
        permissions: &Value,
        new_name: Option<&str>,
    ) -> Result<()> {
        let (index, statements) =
            applied(self.check_update_role(actor, name, permissions, new_name))?;
        self.roles[index].statements = statements;
        if let Some(new_name) = new_name.filter(|n| *n != name) {
            self.roles[index].name = new_name.to_owned();
            for member in &mut self.members {
                if member.role == Role::Custom(name.to_owned()) {
                    member.role = Role::Custom(new_name.to_owned());
                }
            }
        }
        Ok(())
    }

    fn check_delete_role(&self, actor: &str, name: &str) -> Result<(usize, Decision), Decision> {
        let member = self.role_manager(actor)?;
        let index = self.existing_role(name)?;
        let holders = self
            .members
            .iter()
            .filter(|m| m.role.name() == name)
            .count();
        if holders > 0 {
            return Err(refuse(
                DecisionCode::RoleInUse,
                format!("the custom role `{name}` is held by {holders} member(s); assign them another role first"),
            )
            .with_path("name"));
        }
        Ok((
            index,
            allow(
                member,
                format!("`{actor}` may delete the custom role `{name}`"),
            ),
        ))
    }

    pub fn can_delete_role(&self, actor: &str, name: &str) -> Decision {
        decided(self.check_delete_role(actor, name))
    }

    /// Deletes a custom role that no member holds.
    pub fn delete_role(&mut self, actor: &str, name: &str) -> Result<()> {
        let index = applied(self.check_delete_role(actor, name))?;
        self.roles.remove(index);
        Ok(())
    }

    /// Whether `actor` may invite someone with `role` (`member.create`; never `owner`).
    pub fn can_invite(&self, actor: &str, role: &str) -> Decision {
        decided(
            self.holder_of(actor, Permissions::MEMBER_CREATE, "member.create")
                .and_then(|member| {
                    self.assignable(role)?;
                    Ok((
                        (),
                        allow(member, format!("`{actor}` may invite a new `{role}`")),
                    ))
                }),
        )
    }

    fn check_assign_role(
        &self,
        actor: &str,
        target: &str,
        role: &str,
    ) -> Result<(Role, Decision), Decision> {
        let member = self.holder_of(actor, Permissions::MEMBER_UPDATE, "member.update")?;
        let target_member = self.member(target).ok_or_else(|| {
            refuse(
                DecisionCode::UnknownUser,
                format!("`{target}` is not a member of the organization"),
            )
        })?;
        if target == actor {
            return Err(refuse(
                DecisionCode::SelfRoleChange,
                "nobody changes their own role".to_owned(),
            )
            .with_role(member.role.name()));
        }
        if target_member.role == Role::Owner {
            return Err(refuse(
                DecisionCode::OwnerRole,
                format!("`{target}` is the owner, and the owner's role never changes"),
            ));
        }
        let new_role = self.assignable(role)?;
        if member.role == Role::Admin && target_member.role == Role::Admin {
            return Err(refuse(
                DecisionCode::AdminProtected,
                format!("`{target}` is an admin, and an admin cannot change another admin's role"),
            )
            .with_role("admin"));
        }
        let decision = allow(member, format!("`{actor}` may make `{target}` a `{role}`"));
        Ok((new_role, decision))
    }

    pub fn can_assign_role(&self, actor: &str, target: &str, role: &str) -> Decision {
        decided(self.check_assign_role(actor, target, role))
    }

    /// Gives `target` a new role.
    pub fn assign_role(&mut self, actor: &str, target: &str, role: &str) -> Result<()> {
        let new_role = applied(self.check_assign_role(actor, target, role))?;
        if let Some(member) = self.member_mut(target) {
            member.role = new_role;
        }
        Ok(())
    }

    fn check_remove_member(
        &self,
        actor: &str,
        target: &str,
    ) -> Result<(usize, Decision), Decision> {
        let member = self.administrator(actor, "remove members")?;
        let index = self.member_index.get(target).copied().ok_or_else(|| {
            refuse(
                DecisionCode::UnknownUser,
                format!("`{target}` is not a member of the organization"),
            )
        })?;
        let target_role = &self.members[index].role;
        if *target_role == Role::Owner {
            return Err(refuse(
                DecisionCode::OwnerProtected,
                format!("`{target}` is the owner, and the owner is never removed"),
            ));
        }
        if member.role == Role::Admin && target == actor {
            return Err(refuse(
                DecisionCode::SelfRemoval,
                "an admin cannot remove themselves".to_owned(),
            )
            .with_role("admin"));
        }
        if member.role == Role::Admin && *target_role == Role::Admin {
            return Err(refuse(
                DecisionCode::AdminProtected,
                format!("`{target}` is an admin, and an admin cannot remove another admin"),
            )
            .with_role("admin"));
        }
        Ok((
            index,
            allow(member, format!("`{actor}` may remove `{target}`")),
        ))
    }

    pub fn can_remove_member(&self, actor: &str, target: &str) -> Decision {
        decided(self.check_remove_member(actor, target))
    }

    /// Removes a member row.
    pub fn remove_member(&mut self, actor: &str, target: &str) -> Result<()> {
        let index = applied(self.check_remove_member(actor, target))?;
        self.members.remove(index);
        self.reindex();
        Ok(())
    }

    /// Records that `user` created the project, environment, service, … `id`: Dokploy adds
    /// it to the creator's access list. Returns the grant to persist, or `None` when the
    /// creator is owner/admin (unscoped) or already had it.
    pub fn record_created(
        &mut self,
        user: &str,
        kind: ScopeKind,
        id: &str,
    ) -> Result<Option<AccessGrant>> {
        if id.is_empty() {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                "id",
                "an id may not be empty",
            ));
        }
        let member = self.member_mut(user).ok_or_else(|| {
            Error::refused(
                DecisionCode::UnknownUser.as_str(),
                "",
                format!("`{user}` is not a member of the organization"),
            )
        })?;
        if member.role.is_administrator() || member.has_access(kind, id) {
            return Ok(None);
        }
        member.lists[kind.index()]
            .get_or_insert_with(IdList::default)
            .push(id.to_owned());
        Ok(Some(AccessGrant {
            user_id: user.to_owned(),
            list: kind.access_list(),
            id: id.to_owned(),
        }))
    }
}

/// The four custom-role presets of Dokploy's UI: viewer, developer, deployer, devops.
pub fn presets() -> impl Iterator<Item = (&'static str, RoleStatements)> {
    PRESETS
        .iter()
        .map(|&(name, permissions)| (name, RoleStatements::from_permissions(permissions)))
}
