//! portcullis: the permission models of Dokploy organizations and Portainer Docker
//! environments, with one evaluator that explains every decision. The same crate runs
//! natively and, through the bindings in `wasm`, in browsers, Node and edge runtimes.
//!
//! # Quick start
//! Load a state, ask, and read the reason:
//!
//! ```
//! use portcullis::dokploy::{Organization, Target};
//!
//! let org = Organization::from_json(
//!     r#"{ "members": [
//!         { "userId": "ada", "role": "owner" },
//!         { "userId": "maya", "role": "member", "accessedServices": ["api"] }
//!     ] }"#,
//! )?;
//! assert!(org.can("maya", "deployment.create", &Target::service("api"))?);
//!
//! let decision = org.explain("maya", "service.delete", &Target::service("api"))?;
//! assert!(!decision.allowed);
//! assert_eq!(decision.code.as_str(), "no_permission");
//! // The grant that would lift the refusal, typed and in the message.
//! assert_eq!(decision.would_allow, [portcullis::Remedy::Flag("canDeleteServices")]);
//! # Ok::<(), portcullis::Error>(())
//! ```
//!
//! Portainer, and an HTTP request through its proxy decided as Portainer decides it:
//!
//! ```
//! use portcullis::portainer::{PortainerState, Target};
//! use portcullis::Value;
//!
//! let state = PortainerState::from_json(
//!     r#"{ "users": [{ "id": "1", "administrator": true }, { "id": "2" }],
//!          "environments": [{ "id": "3", "kind": "standalone", "userPolicies": { "2": "ST" } }],
//!          "resources": [{ "type": "container", "id": "web-1", "environmentId": "3",
//!                          "control": { "users": ["2"] } }] }"#,
//! )?;
//! assert!(state.can("2", "container.start", &Target::environment("3").resource("web-1"))?);
//!
//! let request = Value::parse(
//!     r#"{ "method": "POST", "url": "/api/endpoints/3/docker/v1.41/containers/web-1/stop" }"#,
//! )?;
//! assert!(state.explain_request("2", &request)?.allowed);
//! let prune = Value::parse(r#"{ "method": "POST", "url": "/api/endpoints/3/docker/containers/prune" }"#)?;
//! assert_eq!(state.explain_request("2", &prune)?.code.as_str(), "role_required");
//! assert!(state.explain_request("1", &prune)?.allowed);
//! # Ok::<(), portcullis::Error>(())
//! ```
//!
//! # Terms
//! Used with one meaning each, in the code and in the messages:
//!
//! - **permission** — one id of a model's catalog: `service.create` (Dokploy),
//!   `container.start` (Portainer, where the catalog calls it an *operation*).
//! - **permission set** — a set of a catalog's ids, a `bitflags` type
//!   ([`dokploy::Permissions`], [`portainer::Operations`]) whose bit `i` is the `i`-th id.
//! - **role** — what a user holds and what names a permission set: owner, admin, member or a
//!   custom role (Dokploy); EA, OP, HD, ST or RO on one environment (Portainer).
//! - **grant** — what gives a user a permission: a role, a member flag (`canCreateServices`),
//!   a registry grant in an environment.
//! - **scope** — what a check is about and whether the user reaches it: a project,
//!   environment, service, git provider or server in a member's access lists (Dokploy).
//! - **control** — a Portainer resource's ownership: public, administrators only, or named
//!   users and teams; a resource without one inherits one (sub-resource list, Swarm service,
//!   stack) or is for administrators only.
//! - **target** — the ids a check names (`{ serviceId }`, `{ environmentId, resourceId }`).
//! - **verdict** — the answer before it is put into words; `can` stops there.
//! - **decision** — the verdict with its **reason**: a stable code, a message and what decided
//!   (the role and where it came from, the flag, the access list, the control and its origin,
//!   the setting and the requested feature).
//!
//! # Builds
//! Cargo features choose what a build holds: `dokploy` and `portainer` (a model each: loading,
//! checks, explanations, the management checks), `catalogs` (the catalogs as data for a UI),
//! `manage` (the management mutators), `slices` (cutting a user's slice), `adapters` (the
//! readers of the products' own data, `fromRows` and `fromApi`), `requests` (the products' own
//! APIs: Dokploy's procedure table and Portainer's routes, for gates) and `std`, all on by
//! default. With `std` off (the browsers' kernels, wasm32 only) the crate is `no_std`: its own
//! allocator, a trap for a panic, messages put together without `core::fmt`. With no model,
//! the product-free core is left: decisions, errors, warnings, strict JSON, limits,
//! fingerprints. `serde` (off by default) adds `Serialize`/`Deserialize` to [`Value`].
//!
//! # Layers
//! [`dokploy`] and [`portainer`] hold the models; [`api`] is the contract of the JS API in
//! plain Rust (arguments as [`Value`]s, checked before anything is decided); `wasm` binds it
//! for JS and holds no logic.

// The browsers' kernels: no standard library, so that neither its panic machinery nor its
// formatting reaches the module.
#![cfg_attr(all(target_arch = "wasm32", not(feature = "std")), no_std)]
// A build without every feature leaves some shared helpers unused.
#![cfg_attr(
    not(all(
        feature = "std",
        feature = "dokploy",
        feature = "portainer",
        feature = "catalogs",
        feature = "manage",
        feature = "slices",
        feature = "adapters",
        feature = "requests"
    )),
    allow(
        dead_code,
        unused_imports,
        unused_macros,
        reason = "the product-free core alone: the helpers only the models use"
    )
)]

extern crate alloc;

pub mod api;
mod core;
#[cfg(feature = "dokploy")]
pub mod dokploy;
#[cfg(feature = "portainer")]
pub mod portainer;
mod prelude;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use crate::core::decision::{Decision, DecisionCode, DecisionDetail, Remedy};
pub use crate::core::error::{Error, ErrorCode, Result};
pub use crate::core::json::Value;
pub use crate::core::limits::Limits;
pub use crate::core::permission_set::CatalogSet;
pub use crate::core::warning::{Warning, WarningCode};

/// The crate version, as the npm package reports it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[doc = include_str!("../README.md")]
#[cfg(all(doctest, not(target_arch = "wasm32")))]
pub struct ReadmeDoctests;

#[doc = include_str!("../docs/rust.md")]
#[cfg(all(doctest, not(target_arch = "wasm32")))]
pub struct RustDocDoctests;
