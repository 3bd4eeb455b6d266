//! What the JS API answers without a state: the catalogs, the role × operation matrix, the
//! presets, the ids in catalog order, and every code a decision or error can carry.

use crate::prelude::*;

use crate::core::decision::DecisionCode;
use crate::core::error::ErrorCode;
use crate::core::json::Value;
use crate::core::warning::WarningCode;
#[cfg(feature = "dokploy")]
use crate::dokploy;
#[cfg(feature = "portainer")]
use crate::portainer;

#[cfg(feature = "dokploy")]
/// Dokploy's catalog: one entry per permission, in order.
pub fn dokploy_catalog() -> Value {
    dokploy::catalog::catalog_value()
}

#[cfg(feature = "dokploy")]
/// Dokploy's four custom-role presets, in its stored shape.
pub fn dokploy_presets() -> Value {
    Value::Object(
        dokploy::presets()
            .map(|(name, statements)| (name.to_owned(), statements.to_value()))
            .collect(),
    )
}

#[cfg(feature = "dokploy")]
/// Dokploy's permission ids in catalog order (what `js/api.js` needs of the catalog, without
/// building every entry).
pub fn dokploy_ids() -> Value {
    Value::string_array(dokploy::catalog::PERMISSIONS.iter().map(|info| info.id))
}

#[cfg(feature = "portainer")]
/// Portainer's catalog: one entry per operation, in order.
pub fn portainer_catalog() -> Value {
    portainer::catalog::catalog_value()
}

#[cfg(feature = "portainer")]
/// The role × operation table.
pub fn portainer_matrix() -> Value {
    portainer::catalog::matrix_value()
}

#[cfg(feature = "portainer")]
/// Portainer's operation ids in catalog order.
pub fn portainer_ids() -> Value {
    Value::string_array(portainer::catalog::OPERATIONS.iter().map(|op| op.id))
}

/// Every decision code.
pub fn decision_codes() -> Value {
    Value::string_array(DecisionCode::ALL.iter().map(|code| code.as_str()))
}

/// Every error code that is not a refused management call's decision code.
pub fn error_codes() -> Value {
    Value::string_array(ErrorCode::ALL.iter().map(|code| code.as_str()))
}

/// Every warning code.
pub fn warning_codes() -> Value {
    Value::string_array(WarningCode::ALL.iter().map(|code| code.as_str()))
}
