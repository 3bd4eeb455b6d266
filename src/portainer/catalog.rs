//! Portainer's Docker operation catalog: 89 operations with the roles that hold them, the
//! roles that need access to the resource, the environment kind, the security settings
//! that bind them and whether a registry grant is needed.

use super::model::EnvironmentKind;
use super::resource_type::ResourceType;
use super::role::{Role, RoleSet};
use super::settings::SecuritySetting;
use crate::core::json::{ObjectWriter, Value};
use crate::core::permission_set::{catalog_set, CatalogSet};
use crate::core::text::before;

pub use super::catalog_data::Operations;
pub(crate) use super::catalog_data::{OPERATIONS, OPERATION_IDS, OPERATION_LABELS};

/// The operation that lists or inspects networks: Portainer shows Docker's system networks
/// to everyone with a role there, whatever their control.
pub(crate) fn views_networks(op: &OperationInfo) -> bool {
    matches!(op.id, "network.list" | "network.inspect")
}

/// What an operation's `resourceId` or `registryId` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActsOn {
    /// A Docker resource under ownership control.
    Resource(ResourceType),
    /// A registry (the target's `registryId`).
    Registry,
    /// Nothing the state holds (templates from the app catalog, the environment itself).
    Other,
}

/// One operation of the catalog.
#[derive(Debug)]
pub struct OperationInfo {
    /// The operation's id (`container.start`).
    pub id: &'static str,
    /// The roles that hold the operation.
    pub roles: RoleSet,
    /// The roles for which the operation needs access to the resource.
    pub needs_resource_access: RoleSet,
    /// What kind of thing the operation acts on.
    pub acts_on: ActsOn,
    /// The only environment kind it exists on; `None` for both.
    pub environment: Option<EnvironmentKind>,
    /// The security settings that may refuse it.
    pub security_settings: &'static [SecuritySetting],
    /// Whether the registry must be granted to the user in the environment.
    pub allowed_registry: bool,
}

impl OperationInfo {
    /// Its category and label in Portainer's docs (`Container`, `Start a container`).
    pub fn labels(&self) -> (&'static str, &'static str) {
        Operations::index_of(self.id).map_or(("", ""), |i| OPERATION_LABELS[i])
    }

    /// The noun of the id (`container`, `registry`, `app_template`), for messages.
    pub fn noun(&self) -> &'static str {
        before(self.id, b'.')
    }

    /// Whether it exists on an environment of `kind`.
    pub fn exists_on(&self, kind: EnvironmentKind) -> bool {
        self.environment.map_or(true, |only| only == kind)
    }

    /// The environment kinds it exists on, as the catalog names them.
    pub fn environment_name(&self) -> &'static str {
        self.environment.map_or("any", EnvironmentKind::as_str)
    }

    /// Whether `role` holds the operation.
    pub fn granted_to(&self, role: Role) -> bool {
        self.roles.contains(role.bit())
    }
}

catalog_set!(Operations, OPERATIONS, OPERATION_IDS);

/// Every operation in catalog order.
pub fn operations() -> &'static [OperationInfo] {
    &OPERATIONS
}

/// Looks an operation up by id.
pub fn operation(id: &str) -> Option<&'static OperationInfo> {
    Operations::index_of(id).map(|i| &OPERATIONS[i])
}

fn role_codes(roles: RoleSet) -> Value {
    Value::string_array(
        Role::ALL
            .iter()
            .filter(|r| roles.contains(r.bit()))
            .map(|r| r.code()),
    )
}

/// The catalog as the JS `catalog()` returns it: one entry per operation, in order.
pub fn catalog_value() -> Value {
    Value::Array(
        OPERATIONS
            .iter()
            .zip(&OPERATION_LABELS)
            .map(|(op, &(category, label))| {
                ObjectWriter::new()
                    .string("id", op.id)
                    .string("category", category)
                    .string("label", label)
                    .field("roles", role_codes(op.roles))
                    .field("resourceAccess", role_codes(op.needs_resource_access))
                    .string("environment", op.environment_name())
                    .field(
                        "securitySettings",
                        Value::string_array(op.security_settings.iter().map(|s| s.id())),
                    )
                    .field("allowedRegistry", Value::Bool(op.allowed_registry))
                    .build()
            })
            .collect(),
    )
}

/// The role × operation table of Portainer's docs, regenerated from the model:
/// `{ roles: [{ code, label }], operations: [{ id, category, label, EA: bool, … }] }`.
pub fn matrix_value() -> Value {
    let roles = Value::Array(
        Role::ALL
            .iter()
            .map(|r| {
                ObjectWriter::new()
                    .string("code", r.code())
                    .string("label", r.label())
                    .build()
            })
            .collect(),
    );
    let rows = Value::Array(
        OPERATIONS
            .iter()
            .zip(&OPERATION_LABELS)
            .map(|(op, &(category, label))| {
                Role::ALL
                    .iter()
                    .fold(
                        ObjectWriter::new()
                            .string("id", op.id)
                            .string("category", category)
                            .string("label", label),
                        |row, role| row.field(role.code(), Value::Bool(op.granted_to(*role))),
                    )
                    .build()
            })
            .collect(),
    );
    ObjectWriter::new()
        .field("roles", roles)
        .field("operations", rows)
        .build()
}
