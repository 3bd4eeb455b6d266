//! Portainer's Docker environment roles: EA, OP, HD, ST and RO over 89 operations, with
//! resource ownership and inheritance, Swarm/standalone operations, the security settings
//! and registry access.

pub mod catalog;
#[rustfmt::skip]
mod catalog_data;
pub mod evaluate;
pub mod ownership;
pub mod role;
pub mod settings;
pub mod state;

pub use catalog::{operations, EnvironmentKind, OperationInfo, Operations};
pub use evaluate::{Origin, PolicySource, RoleGrant, Target};
pub use role::{Role, RoleSet};
pub use settings::{Request, SecuritySetting, SecuritySettings};
pub use state::{Control, Kind, PortainerState};
