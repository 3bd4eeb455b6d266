//! The contract of the JS API (API.md) in plain Rust, target-independent.
//!
//! One method per JS entry point, each taking its arguments as JS hands them over (a
//! [`Value`](crate::Value) each, `undefined` and `null` alike as `Null`) and checking them
//! before anything is decided: a wrong type or shape is an `invalid_argument` error naming the
//! argument and the path of the bad value. `call` dispatches by the JS name and `call_json`
//! takes and gives JSON text, so that native callers and the test corpus reach exactly what
//! JS reaches. The wasm bindings convert JS values to `Value`s and back, and nothing else.

pub(crate) mod arguments;
#[cfg(feature = "manage")]
mod audit;
pub(crate) mod authorizer;
#[cfg(feature = "dokploy")]
mod dokploy;
pub mod entry_points;
#[cfg(feature = "portainer")]
mod portainer;
pub mod statics;

pub use authorizer::{load_limits, Authorizer, Model};
#[cfg(feature = "dokploy")]
pub use dokploy::{grant_value, DokployAuthorizer, DOKPLOY_ENTRY_POINTS, DOKPLOY_ENTRY_TYPES};
pub use entry_points::{Argument, EntryPoint, EntryTypes, Kind};
#[cfg(feature = "portainer")]
pub use portainer::{PortainerAuthorizer, PORTAINER_ENTRY_POINTS, PORTAINER_ENTRY_TYPES};
