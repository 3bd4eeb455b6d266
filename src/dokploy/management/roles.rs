//! Custom roles: create, update (and rename), delete. Only the owner and admins of a licensed
//! organization manage them; a role cannot be deleted while a member holds it.

use crate::prelude::*;

use crate::core::text::text;

use super::{allow, applied, decided, definition_refusal, refuse};
use crate::core::decision::{Decision, DecisionCode};
use crate::core::error::Result;
use crate::core::json::Value;
use crate::core::parse::read_tree;
use crate::dokploy::catalog::RoleStatements;
use crate::dokploy::model::{validate_role_name, CustomRole, Organization, Role, MAX_CUSTOM_ROLES};

/// A role's permissions as given to a create or an update, refused as that call's decision.
fn role_statements(permissions: &Value) -> Result<RoleStatements, Decision> {
    read_tree(permissions, |p| RoleStatements::from_value(p, ""))
        .map_err(|e| definition_refusal(e, "permissions"))
}

impl Organization {
    /// Refuses `name` (at `path` of the call) as a new custom role's name: one Dokploy's UI
    /// would not create, or one the organization holds already.
    fn check_new_role_name(&self, name: &str, path: &str) -> Result<(), Decision> {
        validate_role_name(name, "").map_err(|e| definition_refusal(e, path))?;
        if self.custom_role(name).is_some() {
            return Err(refuse(
                DecisionCode::RoleExists,
                text!("a custom role `", name, "` exists already"),
            )
            .with_path(path));
        }
        Ok(())
    }

    fn existing_role(&self, name: &str) -> Result<usize, Decision> {
        self.roles
            .iter()
            .position(|r| r.name == name)
            .ok_or_else(|| {
                refuse(
                    DecisionCode::UnknownRole,
                    text!("the organization has no custom role `", name, "`"),
                )
                .with_path("name")
            })
    }

    fn check_create_role(
        &self,
        actor: &str,
        name: &str,
        permissions: &Value,
    ) -> Result<(RoleStatements, Decision), Decision> {
        let member = self.role_manager(actor)?;
        self.check_new_role_name(name, "name")?;
        if self.roles.len() >= MAX_CUSTOM_ROLES {
            return Err(refuse(
                DecisionCode::LimitExceeded,
                text!(
                    "an organization holds at most ",
                    MAX_CUSTOM_ROLES,
                    " custom roles"
                ),
            ));
        }
        let statements = role_statements(permissions)?;
        let decision = allow(
            member,
            text!("`", actor, "` may create the custom role `", name, "`"),
        );
        Ok((statements, decision))
    }

    /// Whether `actor` may create the custom role `name` with `permissions`.
    pub fn can_create_role(&self, actor: &str, name: &str, permissions: &Value) -> Decision {
        decided(self.check_create_role(actor, name, permissions))
    }

    /// Adds a custom role.
    pub fn create_role(&mut self, actor: &str, name: &str, permissions: &Value) -> Result<()> {
        crate::core::slice::writable(self.slice.as_ref())?;
        let statements = applied(self.check_create_role(actor, name, permissions))?;
        self.roles.push(CustomRole {
            name: name.to_owned(),
            statements,
            withheld: false,
        });
        self.compile();
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
            self.check_new_role_name(new_name, "newName")?;
        }
        let statements = role_statements(permissions)?;
        let decision = allow(
            member,
            text!("`", actor, "` may update the custom role `", name, "`"),
        );
        Ok(((index, statements), decision))
    }

    /// Whether `actor` may change the custom role `name` (and rename it).
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
        crate::core::slice::writable(self.slice.as_ref())?;
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
        self.compile();
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
                text!(
                    "the custom role `",
                    name,
                    "` is held by ",
                    holders,
                    " member(s); assign them another role first"
                ),
            )
            .with_path("name"));
        }
        Ok((
            index,
            allow(
                member,
                text!("`", actor, "` may delete the custom role `", name, "`"),
            ),
        ))
    }

    /// Whether `actor` may delete the custom role `name`.
    pub fn can_delete_role(&self, actor: &str, name: &str) -> Decision {
        decided(self.check_delete_role(actor, name))
    }

    /// Deletes a custom role that no member holds.
    pub fn delete_role(&mut self, actor: &str, name: &str) -> Result<()> {
        crate::core::slice::writable(self.slice.as_ref())?;
        let index = applied(self.check_delete_role(actor, name))?;
        self.roles.remove(index);
        self.compile();
        Ok(())
    }
}
