//! The stable reason codes of decisions: named apart from the decisions themselves, as errors
//! carry them too (a refusal reported as an error).

use super::codes::codes;

codes! {
    /// The stable reason code of a decision. The strings are part of the public contract; a
    /// product's codes exist in the builds with its feature (the calls' and requests' with
    /// `requests`), so a browser's kernel carries no other's.
    pub enum DecisionCode {
        /// A role, flag or grant allows it (`via` names it).
        Granted => "granted",
        /// Dokploy owner/admin, or Portainer's global administrator.
        Administrator => "administrator",
        /// The user's role does not include the id.
        NoPermission => "no_permission",
        /// Portainer: the user has no role on that environment.
        #[cfg(feature = "portainer")]
        NoRole => "no_role",
        /// Dokploy: the target is not in the user's access lists.
        #[cfg(feature = "dokploy")]
        OutOfScope => "out_of_scope",
        /// The id needs a target id that was not given (`scope` names it).
        MissingScope => "missing_scope",
        /// Portainer: the user may not access that resource (`control` says why).
        #[cfg(feature = "portainer")]
        NoResourceAccess => "no_resource_access",
        /// Portainer: an environment setting forbids a requested feature (`setting`).
        #[cfg(feature = "portainer")]
        SecuritySetting => "security_setting",
        /// Portainer: the operation does not exist on this environment kind; a Dokploy call: not
        /// on this installation (a schedule on the Dokploy server, on Dokploy Cloud).
        #[cfg(any(feature = "portainer", feature = "requests"))]
        NotApplicable => "not_applicable",
        /// Portainer: the registry is not granted to the user in that environment.
        #[cfg(feature = "portainer")]
        RegistryNotAllowed => "registry_not_allowed",
        /// Dokploy: custom role while the organization has no Enterprise licence.
        #[cfg(feature = "dokploy")]
        Unlicensed => "unlicensed",
        /// The user is not in the state.
        UnknownUser => "unknown_user",
        /// The environment, resource, registry or member named is not in the state.
        UnknownResource => "unknown_resource",
        /// Dokploy management: the role named is neither built in nor a custom role.
        #[cfg(feature = "dokploy")]
        UnknownRole => "unknown_role",
        /// Dokploy management: nobody invites or assigns `owner`, and the owner's role never changes.
        #[cfg(feature = "dokploy")]
        OwnerRole => "owner_role",
        /// Dokploy management: nobody changes their own role.
        #[cfg(feature = "dokploy")]
        SelfRoleChange => "self_role_change",
        /// Dokploy management: nobody changes their own flags or access lists.
        #[cfg(feature = "dokploy")]
        SelfAccessChange => "self_access_change",
        /// Dokploy management: the owner is never removed.
        #[cfg(feature = "dokploy")]
        OwnerProtected => "owner_protected",
        /// Dokploy management: an admin cannot change or remove another admin.
        #[cfg(feature = "dokploy")]
        AdminProtected => "admin_protected",
        /// Dokploy management: an admin cannot remove themselves.
        #[cfg(feature = "dokploy")]
        SelfRemoval => "self_removal",
        /// Dokploy management: a role cannot be deleted while members hold it.
        #[cfg(feature = "dokploy")]
        RoleInUse => "role_in_use",
        /// Dokploy management: a custom role with that name exists already.
        #[cfg(feature = "dokploy")]
        RoleExists => "role_exists",
        /// Dokploy management: the organization already has the most custom roles allowed.
        #[cfg(feature = "dokploy")]
        LimitExceeded => "limit_exceeded",
        /// Dokploy management: the role name breaks the naming rules.
        #[cfg(feature = "dokploy")]
        InvalidRoleName => "invalid_role_name",
        /// Dokploy management: `owner`, `admin` and `member` are not custom role names.
        #[cfg(feature = "dokploy")]
        ReservedRoleName => "reserved_role_name",
        /// Dokploy management: the permissions name a resource Dokploy manages itself.
        #[cfg(feature = "dokploy")]
        InternalResource => "internal_resource",
        /// Dokploy management: the permissions name an unknown resource or action (`path`).
        #[cfg(feature = "dokploy")]
        UnknownPermission => "unknown_permission",
        /// Dokploy management: the permissions are not in Dokploy's stored shape (`path`).
        #[cfg(feature = "dokploy")]
        InvalidPermissions => "invalid_permissions",
        /// Portainer: the new ownership is not one a non-administrator may set.
        #[cfg(feature = "portainer")]
        OwnershipNotAllowed => "ownership_not_allowed",
        /// A call: only some roles may make it (`role_required`: owner, or owner and admin).
        #[cfg(feature = "requests")]
        RoleRequired => "role_required",
        /// A call: only the creator (or owner) of the object may make it.
        #[cfg(feature = "requests")]
        NotCreator => "not_creator",
        /// A call: the check needs a stored fact the state does not hold; `context` names it.
        #[cfg(feature = "requests")]
        MissingContext => "missing_context",
        /// A call: its input lacks an id the check needs, or has one of the wrong type (`path`).
        #[cfg(feature = "requests")]
        InvalidInput => "invalid_input",
        /// A call: the token the request carries is not the stored one.
        #[cfg(feature = "requests")]
        InvalidToken => "invalid_token",
        /// A request: it cannot be read as a call (`path` names the part).
        #[cfg(feature = "requests")]
        InvalidRequest => "invalid_request",
        /// A request: no procedure or operation answers it; refused, never allowed by omission.
        #[cfg(feature = "requests")]
        UnknownRoute => "unknown_route",
    }
}

impl DecisionCode {
    /// Whether this code allows.
    pub const fn allows(self) -> bool {
        matches!(self, DecisionCode::Granted | DecisionCode::Administrator)
    }
}
