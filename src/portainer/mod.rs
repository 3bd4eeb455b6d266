//! Portainer's Docker environment roles: EA, OP, HD, ST and RO over 89 operations, with
//! resource ownership and inheritance, Swarm/standalone operations, the security settings
//! and registry access.

pub(crate) mod access;
#[cfg(feature = "manage")]
mod audit;
pub mod catalog;
mod compile;
mod decision;
mod document;
#[rustfmt::skip]
mod catalog_data;
mod evaluate;
mod explain;
pub mod format;
#[cfg(feature = "adapters")]
mod from_api;
mod load;
pub(crate) mod model;
mod on_environment;
mod ownership;
mod registry;
pub(crate) mod request;
#[cfg(feature = "requests")]
mod request_decision;
pub(crate) mod resource_type;
mod restriction;
pub mod role;
mod role_grant;
#[cfg(feature = "requests")]
pub mod route;
#[cfg(feature = "requests")]
pub mod route_table;
mod save;
pub(crate) mod settings;
#[cfg(feature = "slices")]
mod slice;
#[cfg(feature = "requests")]
mod stack_file;
mod target;

pub use access::{ControlSource, Origin, SYSTEM_NETWORKS};
#[cfg(feature = "manage")]
pub use audit::Change;
pub use catalog::{operations, ActsOn, OperationInfo, Operations};
pub use decision::{ControlOrigin, Decision, Detail};
pub use model::{Control, Environment, EnvironmentKind, PortainerState, Resource, User};
pub use on_environment::OnEnvironment;
pub use request::Request;
pub use resource_type::ResourceType;
pub use role::{Role, RoleSet};
pub use role_grant::{PolicySource, RoleGrant};
#[cfg(feature = "requests")]
pub use route::{resolve, route, Route, Routed};
#[cfg(feature = "requests")]
pub use route_table::{
    docker_routes, portainer_routes, route_rules, routed_operations, Decided, RouteRule,
    ROUTES_SOURCE,
};
pub use settings::{SecuritySetting, SecuritySettings};
pub use target::{Target, TARGET_FIELDS};

pub(crate) use evaluate::operation_index;
