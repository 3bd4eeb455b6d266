//! Writing a Portainer state back: exactly the fields that were loaded, in a fixed order, so
//! that `load(save(state))` is the same state with the same fingerprint.

use crate::prelude::*;

use super::format::{
    control, environment, group, named, registry_grant, resource, slice_state, state, user, LISTS,
};
use super::model::{Control, Environment, Group, Named, Policies, PortainerState, Resource, User};
use super::settings::SecuritySettings;
use crate::core::json::{ObjectWriter, Value};

impl Named {
    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string(named::ID, &self.id)
            .field_opt_str(named::NAME, self.name.as_deref())
            .build()
    }
}

impl Policies {
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

impl Control {
    /// The state as the JSON value `toJSON` gives.
    pub fn to_value(&self) -> Value {
        ObjectWriter::new()
            .optional_bool(control::PUBLIC, self.public)
            .optional_bool(control::ADMINISTRATORS_ONLY, self.administrators_only)
            .optional_ids(control::USERS, self.users.as_deref())
            .optional_ids(control::TEAMS, self.teams.as_deref())
            .optional_ids(control::SUB_RESOURCES, self.sub_resources.as_deref())
            .build()
    }
}

impl User {
    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string(user::ID, &self.id)
            .field_opt_str(user::NAME, self.name.as_deref())
            .optional_bool(user::ADMINISTRATOR, self.administrator)
            .optional_ids(user::TEAMS, self.teams.as_deref())
            .build()
    }
}

impl Group {
    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string(group::ID, &self.id)
            .field_opt_str(group::NAME, self.name.as_deref())
            .field_opt(group::USER_POLICIES, self.user_policies.to_value())
            .field_opt(group::TEAM_POLICIES, self.team_policies.to_value())
            .build()
    }
}

impl Environment {
    fn to_value(&self) -> Value {
        let registry_access = self.registry_access.as_ref().map(|access| {
            Value::Object(
                access
                    .iter()
                    .map(|(id, grant)| {
                        let grant = ObjectWriter::new()
                            .optional_ids(registry_grant::USERS, grant.users.as_deref())
                            .optional_ids(registry_grant::TEAMS, grant.teams.as_deref())
                            .build();
                        (id.clone(), grant)
                    })
                    .collect(),
            )
        });
        ObjectWriter::new()
            .string(environment::ID, &self.id)
            .field_opt_str(environment::NAME, self.name.as_deref())
            .string(environment::KIND, self.kind.as_str())
            .field_opt_str(environment::GROUP_ID, self.group_id.as_deref())
            .field_opt(environment::USER_POLICIES, self.user_policies.to_value())
            .field_opt(environment::TEAM_POLICIES, self.team_policies.to_value())
            .field_opt(
                environment::SECURITY_SETTINGS,
                self.security_settings
                    .as_ref()
                    .map(SecuritySettings::to_value),
            )
            .field_opt(environment::REGISTRY_ACCESS, registry_access)
            .build()
    }
}

impl Resource {
    fn to_value(&self, environment_id: &str) -> Value {
        ObjectWriter::new()
            .string(resource::TYPE, self.resource_type.as_str())
            .string(resource::ID, &self.id)
            .field_opt_str(resource::NAME, self.name.as_deref())
            .string(resource::ENVIRONMENT_ID, environment_id)
            .field_opt(
                resource::CONTROL,
                self.control.as_ref().map(Control::to_value),
            )
            .field_opt_str(resource::STACK, self.stack.as_deref())
            .field_opt_str(resource::SERVICE, self.service.as_deref())
            .build()
    }
}

fn list<T>(items: &[T], write: fn(&T) -> Value) -> Value {
    Value::Array(items.iter().map(write).collect())
}

impl PortainerState {
    /// The state as loaded.
    pub fn to_value(&self) -> Value {
        let (full, reference): (Vec<&User>, Vec<&User>) =
            self.users.iter().partition(|u| !u.reference);
        let lists: [Value; 6] = [
            list(&full, |user| user.to_value()),
            list(&self.teams, Named::to_value),
            list(&self.groups, Group::to_value),
            list(&self.environments, Environment::to_value),
            list(&self.registries, Named::to_value),
            Value::Array(
                self.resources
                    .iter()
                    .map(|r| r.to_value(&self.environments[r.links.environment].id))
                    .collect(),
            ),
        ];
        let mut top = ObjectWriter::new();
        if let Some(slice) = &self.slice {
            top = top.field(state::SLICE, slice.to_value());
        }
        for ((key, value), present) in LISTS.iter().zip(lists).zip(self.present) {
            if present {
                top = top.field(key, value);
            }
        }
        if !reference.is_empty() {
            top = top.field(
                slice_state::USER_IDS,
                Value::string_array(reference.iter().map(|u| u.id.as_str())),
            );
        }
        top.build()
    }

    /// The state as JSON text, as `toJSON` gives it.
    pub fn to_json(&self) -> String {
        self.to_value().to_json_string()
    }

    /// A stable hash of the canonical state.
    pub fn fingerprint(&self) -> String {
        crate::core::fingerprint::fingerprint(&self.to_value())
    }
}
