//! Dokploy's organization roles: owner, admin, member with its flags, Enterprise custom
//! roles, and the access lists that scope every non-owner/admin user.

#[cfg(feature = "manage")]
mod audit;
pub mod catalog;
#[rustfmt::skip]
mod catalog_data;
mod document;
mod evaluate;
mod explain;
mod for_member;
pub mod format;
pub(crate) mod git_provider;
mod git_source;
mod load;
pub mod management;
pub(crate) mod model;
#[cfg(feature = "requests")]
pub mod procedures;
#[cfg(feature = "adapters")]
mod rows;
mod save;
#[cfg(feature = "slices")]
mod slice;
mod target;

#[cfg(feature = "manage")]
pub use audit::Change;
pub use catalog::{Permissions, RoleStatements, ScopeKind, ScopeRule, Tier};
pub use for_member::ForMember;
pub use management::{presets, AccessGrant, MemberAccess};
pub use model::{CustomRole, GitProvider, Member, Organization, Role};
pub use target::Target;

pub(crate) use evaluate::permission_index;
