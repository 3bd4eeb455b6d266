//! Writing a Portainer state back: exactly the fields that were loaded, in a fixed order, so
//! that `load(save(state))` is the same state with the same fingerprint.

use crate::prelude::*;

use super::format::LISTS;
use super::model::{Control, Environment, Group, Named, Policies, PortainerState, Resource, User};
use super::settings::SecuritySettings;
use crate::core::json::{ObjectWriter, Value};

impl Named {
    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("id", &self.id)
            .field_opt_str("name", self.name.as_deref())
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
            .optional_bool("public", self.public)
            .optional_bool("administratorsOnly", self.administrators_only)
            .optional_ids("users", self.users.as_deref())
            .optional_ids("teams", self.teams.as_deref())
            .optional_ids("subResources", self.sub_resources.as_deref())
            .build()
    }
}

impl User {
    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("id", &self.id)
            .field_opt_str("name", self.name.as_deref())
            .optional_bool("administrator", self.administrator)
            .optional_ids("teams", self.teams.as_deref())
            .build()
    }
}

impl Group {
    fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("id", &self.id)
            .field_opt_str("name", self.name.as_deref())
            .field_opt("userPolicies", self.user_policies.to_value())
            .field_opt("teamPolicies", self.team_policies.to_value())
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
                            .optional_ids("users", grant.users.as_deref())
                            .optional_ids("teams", grant.teams.as_deref())
                            .build();
                        (id.clone(), grant)
                    })
                    .collect(),
            )
        });
        ObjectWriter::new()
            .string("id", &self.id)
            .field_opt_str("name", self.name.as_deref())
            .string("kind", self.kind.as_str())
            .field_opt_str("groupId", self.group_id.as_deref())
            .field_opt("userPolicies", self.user_policies.to_value())
            .field_opt("teamPolicies", self.team_policies.to_value())
            .field_opt(
                "securitySettings",
                self.security_settings
                    .as_ref()
                    .map(SecuritySettings::to_value),
            )
            .field_opt("registryAccess", registry_access)
            .build()
    }
}

impl Resource {
    fn to_value(&self, environment_id: &str) -> Value {
        ObjectWriter::new()
            .string("type", self.resource_type.as_str())
            .string("id", &self.id)
            .field_opt_str("name", self.name.as_deref())
            .string("environmentId", environment_id)
            .field_opt("control", self.control.as_ref().map(Control::to_value))
            .field_opt_str("stack", self.stack.as_deref())
            .field_opt_str("service", self.service.as_deref())
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
            top = top.field("slice", slice.to_value());
        }
        for ((key, value), present) in LISTS.iter().zip(lists).zip(self.present) {
            if present {
                top = top.field(key, value);
            }
        }
        if !reference.is_empty() {
            top = top.field(
                "userIds",
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
