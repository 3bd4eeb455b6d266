//! portcullis: the permission models of Dokploy organizations and Portainer Docker
//! environments, with one evaluator that explains every decision. The same crate runs
//! natively and, through the thin layer in `wasm`, in browsers, Node and edge runtimes.
//!
//! Terms, used the same way everywhere: a *permission* (Dokploy, `service.create`) or an
//! *operation* (Portainer, `container.start`) is one id of a model's catalog; a *permission
//! set* is a bitflags set of them; a *role* names a permission set; a *grant* is what gives a
//! user a permission (a role, a member flag, a registry grant); a *scope* is what a check is
//! about (a project, a service, a resource); a *decision* is the answer with its reason.

#![forbid(unsafe_code)]

pub mod api;
pub mod core;
pub mod dokploy;
pub mod portainer;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use crate::core::decision::{ControlOrigin, Decision, DecisionCode};
pub use crate::core::error::{Error, ErrorCode, Result};
pub use crate::core::json::Value;
pub use crate::core::permission_set::CatalogSet;

/// The crate version, as the npm package reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
