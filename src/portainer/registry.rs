//! Registry access: which operations need the registry granted to the user in the
//! environment, and whether it is.

use super::catalog::OperationInfo;
use super::model::{Environment, PortainerState, User};
use super::role::Role;

/// Whether `op`, done by a user holding `role`, needs the target's registry granted to them.
///
/// On the `allowed_registry` rows every user but Portainer's global administrator needs the
/// grant, EA, OP and HD included: on Docker environments Portainer filters registries by
/// grant for all of them (its endpoint-admin exemption covers Kubernetes namespaces only).
/// On the registry's own rows, the grant is the registry's resource access, for the roles
/// the row lists.
pub(crate) fn needs_grant(op: &OperationInfo, role: Role) -> bool {
    op.allowed_registry || op.needs_resource_access.contains(role.bit())
}

/// Whether the environment grants `registry` to `user` or one of their teams.
pub(crate) fn is_granted(
    state: &PortainerState,
    env: &Environment,
    registry: &str,
    user: &User,
) -> bool {
    env.registry_grant(registry)
        .is_some_and(|grant| state.includes(grant.members, user))
}
