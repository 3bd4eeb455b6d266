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
            Value::object_from(
                &mut ids
                    .iter()
                    .zip(&self.roles)
                    .map(|(id, role)| (id.clone(), Value::String(role.code().to_owned()))),
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
            Value::object_from(&mut access.iter().map(|(id, grant)| {
                let grant = ObjectWriter::new()
                    .optional_ids(registry_grant::USERS, grant.users.as_deref())
                    .optional_ids(registry_grant::TEAMS, grant.teams.as_deref())
                    .build();
                (id.clone(), grant)
            }))
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

impl PortainerState {
    /// The state as loaded.
    pub fn to_value(&self) -> Value {
        // Each list written straight from its records (no partition of the users).
        let lists: [Value; 6] = [
            Value::array_from(
                &mut self
                    .users
                    .iter()
                    .filter(|u| !u.reference)
                    .map(User::to_value),
            ),
            Value::array_from(&mut self.teams.iter().map(Named::to_value)),
            Value::array_from(&mut self.groups.iter().map(Group::to_value)),
            Value::array_from(&mut self.environments.iter().map(Environment::to_value)),
            Value::array_from(&mut self.registries.iter().map(Named::to_value)),
            Value::array_from(
                &mut self
                    .resources
                    .iter()
                    .map(|r| r.to_value(&self.environments[r.links.environment].id)),
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
        let references = || self.users.iter().filter(|u| u.reference);
        if references().next().is_some() {
            top = top.field(
                slice_state::USER_IDS,
                Value::string_array(references().map(|u| u.id.as_str())),
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
