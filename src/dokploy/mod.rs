//! Dokploy's organization roles: owner, admin, member with its flags, Enterprise custom
//! roles, and the access lists that scope every non-owner/admin user.

pub mod catalog;
#[rustfmt::skip]
mod catalog_data;
pub mod evaluate;
pub mod management;
pub mod state;

pub use catalog::{Permissions, RoleStatements, ScopeKind, ScopeRule, Tier};
pub use evaluate::Target;
pub use management::{presets, AccessGrant};
pub use state::{CustomRole, Member, Organization, Role};
