//! `whoCan`, `accessOf`, `changes` and the previews of the management mutators, for both
//! authorizers: the arguments checked, the answers written as the JS API gives them.

use crate::prelude::*;

use super::arguments::{object, optional_string, shaped, string};
use super::authorizer::{Authorizer, Model};
use crate::core::change::Change;
use crate::core::decision::{Decision, DecisionDetail};
use crate::core::error::Result;
use crate::core::json::{ObjectWriter, Value};
use crate::core::limits::Limits;
use crate::core::permission_set::CatalogSet;

/// `whoCan`'s answer: `[{ user, decision }]`.
fn who_can_value<D: DecisionDetail>(entries: Vec<(&str, Decision<D>)>) -> Value {
    Value::Array(
        entries
            .into_iter()
            .map(|(user, decision)| {
                ObjectWriter::new()
                    .string("user", user)
                    .field("decision", decision.to_value())
                    .build()
            })
            .collect(),
    )
}

/// `accessOf`'s answer: `[{ target, allowed }]`.
fn access_value<S: CatalogSet>(entries: impl Iterator<Item = (Value, S)>) -> Value {
    Value::Array(
        entries
            .map(|(target, allowed)| {
                ObjectWriter::new()
                    .field("target", target)
                    .field("allowed", Value::string_array(allowed.ids()))
                    .build()
            })
            .collect(),
    )
}

/// `changes`' answer: `[{ user, id, target, before, after }]`.
fn changes_value<S: CatalogSet, T, D: DecisionDetail>(
    changes: Vec<Change<'_, T, D>>,
    target: impl Fn(&T) -> Value,
) -> Value {
    Value::Array(
        changes
            .into_iter()
            .map(|c| {
                ObjectWriter::new()
                    .string("user", c.user)
                    .string("id", S::id_at(c.index))
                    .field("target", target(&c.target))
                    .field("before", c.before.to_value())
                    .field("after", c.after.to_value())
                    .build()
            })
            .collect(),
    )
}

/// The state `next` as JS hands it over (an object or its JSON text), loaded as `load` does.
fn next_state<M: Model>(next: &Value) -> Result<M> {
    match next {
        Value::String(_) => Ok(Authorizer::<M>::load_with(next, &Value::Null)?.model),
        other => M::from_value(object(other, "next")?, &Limits::default()),
    }
}

#[cfg(feature = "dokploy")]
mod dokploy {
    use super::*;
    use crate::api::DokployAuthorizer;
    use crate::dokploy::permission_index;
    use crate::dokploy::{Change, MemberAccess, Organization, Permissions, Target};

    fn change_values(changes: Vec<Change<'_>>) -> Value {
        changes_value::<Permissions, _, _>(changes, Target::to_value)
    }

    impl DokployAuthorizer {
        /// `whoCan(id, target?)`: every member allowed, sorted by user id, with the decision.
        pub fn who_can(&self, id: &Value, target: &Value) -> Result<Value> {
            let index = permission_index(string(id, "id")?)?;
            let target = shaped(Target::from_value(target, "target"))?;
            Ok(who_can_value(self.model.who_can(index, &target)))
        }

        /// `accessOf(user)`: every target the state names where the user is allowed something.
        pub fn access_of(&self, user: &Value) -> Result<Value> {
            let user = string(user, "user")?;
            Ok(access_value(
                self.model
                    .access_of(user)
                    .into_iter()
                    .map(|(target, allowed)| (target.to_value(), allowed)),
            ))
        }

        /// `changes(next)`: every decision whose answer differs in `next`.
        pub fn changes(&self, next: &Value) -> Result<Value> {
            let next: Organization = next_state(next)?;
            Ok(change_values(self.model.changes(&next)))
        }

        /// What a mutator would change, computed on a copy: its refusal is thrown as the
        /// mutator throws it, and this state never changes.
        fn preview(&self, change: impl FnOnce(&mut Organization) -> Result<()>) -> Result<Value> {
            let mut next = self.model.clone();
            change(&mut next)?;
            Ok(change_values(self.model.changes(&next)))
        }

        /// `previewCreateRole(actor, name, permissions)`.
        pub fn preview_create_role(
            &self,
            actor: &Value,
            name: &Value,
            permissions: &Value,
        ) -> Result<Value> {
            let (actor, name) = (string(actor, "actor")?, string(name, "name")?);
            self.preview(|org| org.create_role(actor, name, permissions))
        }

        /// `previewUpdateRole(actor, name, permissions, newName?)`.
        pub fn preview_update_role(
            &self,
            actor: &Value,
            name: &Value,
            permissions: &Value,
            new_name: &Value,
        ) -> Result<Value> {
            let (actor, name) = (string(actor, "actor")?, string(name, "name")?);
            let new_name = optional_string(new_name, "newName")?;
            self.preview(|org| org.update_role(actor, name, permissions, new_name))
        }

        /// `previewDeleteRole(actor, name)`.
        pub fn preview_delete_role(&self, actor: &Value, name: &Value) -> Result<Value> {
            let (actor, name) = (string(actor, "actor")?, string(name, "name")?);
            self.preview(|org| org.delete_role(actor, name))
        }

        /// `previewAssignRole(actor, targetUser, role)`.
        pub fn preview_assign_role(
            &self,
            actor: &Value,
            target_user: &Value,
            role: &Value,
        ) -> Result<Value> {
            let actor = string(actor, "actor")?;
            let (target_user, role) = (string(target_user, "targetUser")?, string(role, "role")?);
            self.preview(|org| org.assign_role(actor, target_user, role))
        }

        /// `previewRemoveMember(actor, targetUser)`.
        pub fn preview_remove_member(&self, actor: &Value, target_user: &Value) -> Result<Value> {
            let (actor, target_user) =
                (string(actor, "actor")?, string(target_user, "targetUser")?);
            self.preview(|org| org.remove_member(actor, target_user))
        }

        /// `previewUpdateMemberAccess(actor, targetUser, access)`.
        pub fn preview_update_member_access(
            &self,
            actor: &Value,
            target_user: &Value,
            access: &Value,
        ) -> Result<Value> {
            let (actor, target_user) =
                (string(actor, "actor")?, string(target_user, "targetUser")?);
            let access = shaped(MemberAccess::from_value(
                object(access, "access")?,
                "access",
            ))?;
            self.preview(|org| org.update_member_access(actor, target_user, access))
        }
    }
}

#[cfg(feature = "portainer")]
mod portainer {
    use super::*;
    use crate::api::PortainerAuthorizer;
    use crate::portainer::{operation_index, Operations, PortainerState, Target};

    impl PortainerAuthorizer {
        /// `whoCan(id, target)`: every user allowed, sorted by user id, with the decision.
        pub fn who_can(&self, id: &Value, target: &Value) -> Result<Value> {
            let index = operation_index(string(id, "id")?)?;
            let target = shaped(Target::from_value(object(target, "target")?, "target"))?;
            Ok(who_can_value(self.model.who_can(index, &target)))
        }

        /// `accessOf(user)`: every target the state names where the user is allowed something.
        pub fn access_of(&self, user: &Value) -> Result<Value> {
            let user = string(user, "user")?;
            Ok(access_value(
                self.model
                    .access_of(user)
                    .into_iter()
                    .map(|(target, allowed)| (target.ids_value(), allowed)),
            ))
        }

        /// `changes(next)`: every decision whose answer differs in `next`.
        pub fn changes(&self, next: &Value) -> Result<Value> {
            let next: PortainerState = next_state(next)?;
            Ok(changes_value::<Operations, _, _>(
                self.model.changes(&next),
                Target::ids_value,
            ))
        }
    }
}
