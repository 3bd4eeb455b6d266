//! Portainer's Docker operation catalog: 89 operations with the roles that hold them, the
//! roles that need access to the resource, the environment kind, the security settings
//! that bind them and whether a registry grant is needed.

use super::role::{Role, RoleSet};
use super::settings::SecuritySetting;
use crate::core::json::{ObjectWriter, Value};
use crate::core::permission_set::{catalog_set, CatalogSet};

pub use super::catalog_data::Operations;
pub(crate) use super::catalog_data::OPERATIONS;

/// Where an operation exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvironmentKind {
    Any,
    Swarm,
    Standalone,
}

impl EnvironmentKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            EnvironmentKind::Any => "any",
            EnvironmentKind::Swarm => "swarm",
            EnvironmentKind::Standalone => "standalone",
        }
    }
}

/// One operation of the catalog.
#[derive(Debug)]
pub struct OperationInfo {
    pub id: &'static str,
    pub category: &'static str,
    pub label: &'static str,
    /// The roles that hold the operation.
    pub roles: RoleSet,
    /// The roles for which the operation needs access to the resource.
    pub needs_resource_access: RoleSet,
    pub environment: EnvironmentKind,
    pub security_settings: &'static [SecuritySetting],
    /// Whether the registry must be granted to the user in the environment.
    pub allowed_registry: bool,
}

impl OperationInfo {
    /// The kind of resource the operation acts on: the part of the id before the dot.
    pub fn resource_type(&self) -> &'static str {
        self.id.split('.').next().unwrap_or(self.id)
    }

    /// Whether `role` holds the operation.
    pub fn granted_to(&self, role: Role) -> bool {
        self.roles.contains(role.bit())
    }
}

catalog_set!(Operations, OPERATIONS);

/// Every operation in catalog order.
pub fn operations() -> &'static [OperationInfo] {
    &OPERATIONS
}

/// Looks an operation up by id.
pub fn operation(id: &str) -> Option<&'static OperationInfo> {
    Operations::index_of(id).map(|i| &OPERATIONS[i])
}

/// Every operation `role` holds.
pub fn role_operations(role: Role) -> Operations {
    OPERATIONS
        .iter()
        .enumerate()
        .filter(|(_, op)| op.granted_to(role))
        .fold(Operations::empty(), |set, (i, _)| {
            set | Operations::single(i)
        })
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
            .map(|op| {
                ObjectWriter::new()
                    .string("id", op.id)
                    .string("category", op.category)
                    .string("label", op.label)
                    .field("roles", role_codes(op.roles))
                    .field("resourceAccess", role_codes(op.needs_resource_access))
                    .string("environment", op.environment.as_str())
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
            .map(|op| {
                Role::ALL
                    .iter()
                    .fold(
                        ObjectWriter::new()
                            .string("id", op.id)
                            .string("category", op.category)
                            .string("label", op.label),
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
