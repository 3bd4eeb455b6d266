//! The stable reason codes of decisions: named apart from the decisions themselves, as errors
//! carry them too (a refusal reported as an error).

/// The stable reason code of a decision. The strings are part of the public contract; a
/// product's codes exist in the builds with its feature (the calls' and requests' with
/// `requests`), so a browser's kernel carries no other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DecisionCode {
    /// A role, flag or grant allows it (`via` names it).
    Granted,
    /// Dokploy owner/admin, or Portainer's global administrator.
    Administrator,
    /// The user's role does not include the id.
    NoPermission,
    /// Portainer: the user has no role on that environment.
    #[cfg(feature = "portainer")]
    NoRole,
    /// Dokploy: the target is not in the user's access lists.
    #[cfg(feature = "dokploy")]
    OutOfScope,
    /// The id needs a target id that was not given (`scope` names it).
    MissingScope,
    /// Portainer: the user may not access that resource (`control` says why).
    #[cfg(feature = "portainer")]
    NoResourceAccess,
    /// Portainer: an environment setting forbids a requested feature (`setting`).
    #[cfg(feature = "portainer")]
    SecuritySetting,
    /// Portainer: the operation does not exist on this environment kind; a Dokploy call: not
    /// on this installation (a schedule on the Dokploy server, on Dokploy Cloud).
    #[cfg(any(feature = "portainer", feature = "requests"))]
    NotApplicable,
    /// Portainer: the registry is not granted to the user in that environment.
    #[cfg(feature = "portainer")]
    RegistryNotAllowed,
    /// Dokploy: custom role while the organization has no Enterprise licence.
    #[cfg(feature = "dokploy")]
    Unlicensed,
    /// The user is not in the state.
    UnknownUser,
    /// The environment, resource, registry or member named is not in the state.
    UnknownResource,
    /// Dokploy management: the role named is neither built in nor a custom role.
    #[cfg(feature = "dokploy")]
    UnknownRole,
    /// Dokploy management: nobody invites or assigns `owner`, and the owner's role never changes.
    #[cfg(feature = "dokploy")]
    OwnerRole,
    /// Dokploy management: nobody changes their own role.
    #[cfg(feature = "dokploy")]
    SelfRoleChange,
    /// Dokploy management: nobody changes their own flags or access lists.
    #[cfg(feature = "dokploy")]
    SelfAccessChange,
    /// Dokploy management: the owner is never removed.
    #[cfg(feature = "dokploy")]
    OwnerProtected,
    /// Dokploy management: an admin cannot change or remove another admin.
    #[cfg(feature = "dokploy")]
    AdminProtected,
    /// Dokploy management: an admin cannot remove themselves.
    #[cfg(feature = "dokploy")]
    SelfRemoval,
    /// Dokploy management: a role cannot be deleted while members hold it.
    #[cfg(feature = "dokploy")]
    RoleInUse,
    /// Dokploy management: a custom role with that name exists already.
    #[cfg(feature = "dokploy")]
    RoleExists,
    /// Dokploy management: the organization already has the most custom roles allowed.
    #[cfg(feature = "dokploy")]
    LimitExceeded,
    /// Dokploy management: the role name breaks the naming rules.
    #[cfg(feature = "dokploy")]
    InvalidRoleName,
    /// Dokploy management: `owner`, `admin` and `member` are not custom role names.
    #[cfg(feature = "dokploy")]
    ReservedRoleName,
    /// Dokploy management: the permissions name a resource Dokploy manages itself.
    #[cfg(feature = "dokploy")]
    InternalResource,
    /// Dokploy management: the permissions name an unknown resource or action (`path`).
    #[cfg(feature = "dokploy")]
    UnknownPermission,
    /// Dokploy management: the permissions are not in Dokploy's stored shape (`path`).
    #[cfg(feature = "dokploy")]
    InvalidPermissions,
    /// Portainer: the new ownership is not one a non-administrator may set.
    #[cfg(feature = "portainer")]
    OwnershipNotAllowed,
    /// A call: only some roles may make it (`role_required`: owner, or owner and admin).
    #[cfg(feature = "requests")]
    RoleRequired,
    /// A call: only the creator (or owner) of the object may make it.
    #[cfg(feature = "requests")]
    NotCreator,
    /// A call: the check needs a stored fact the state does not hold; `context` names it.
    #[cfg(feature = "requests")]
    MissingContext,
    /// A call: its input lacks an id the check needs, or has one of the wrong type (`path`).
    #[cfg(feature = "requests")]
    InvalidInput,
    /// A call: the token the request carries is not the stored one.
    #[cfg(feature = "requests")]
    InvalidToken,
    /// A request: it cannot be read as a call (`path` names the part).
    #[cfg(feature = "requests")]
    InvalidRequest,
    /// A request: no procedure or operation answers it; refused, never allowed by omission.
    #[cfg(feature = "requests")]
    UnknownRoute,
}

impl DecisionCode {
    /// Every code of this build, for generated type declarations (the full build has them all).
    pub const ALL: &'static [DecisionCode] = &[
        DecisionCode::Granted,
        DecisionCode::Administrator,
        DecisionCode::NoPermission,
        #[cfg(feature = "portainer")]
        DecisionCode::NoRole,
        #[cfg(feature = "dokploy")]
        DecisionCode::OutOfScope,
        DecisionCode::MissingScope,
        #[cfg(feature = "portainer")]
        DecisionCode::NoResourceAccess,
        #[cfg(feature = "portainer")]
        DecisionCode::SecuritySetting,
        #[cfg(any(feature = "portainer", feature = "requests"))]
        DecisionCode::NotApplicable,
        #[cfg(feature = "portainer")]
        DecisionCode::RegistryNotAllowed,
        #[cfg(feature = "dokploy")]
        DecisionCode::Unlicensed,
        DecisionCode::UnknownUser,
        DecisionCode::UnknownResource,
        #[cfg(feature = "dokploy")]
        DecisionCode::UnknownRole,
        #[cfg(feature = "dokploy")]
        DecisionCode::OwnerRole,
        #[cfg(feature = "dokploy")]
        DecisionCode::SelfRoleChange,
        #[cfg(feature = "dokploy")]
        DecisionCode::SelfAccessChange,
        #[cfg(feature = "dokploy")]
        DecisionCode::OwnerProtected,
        #[cfg(feature = "dokploy")]
        DecisionCode::AdminProtected,
        #[cfg(feature = "dokploy")]
        DecisionCode::SelfRemoval,
        #[cfg(feature = "dokploy")]
        DecisionCode::RoleInUse,
        #[cfg(feature = "dokploy")]
        DecisionCode::RoleExists,
        #[cfg(feature = "dokploy")]
        DecisionCode::LimitExceeded,
        #[cfg(feature = "dokploy")]
        DecisionCode::InvalidRoleName,
        #[cfg(feature = "dokploy")]
        DecisionCode::ReservedRoleName,
        #[cfg(feature = "dokploy")]
        DecisionCode::InternalResource,
        #[cfg(feature = "dokploy")]
        DecisionCode::UnknownPermission,
        #[cfg(feature = "dokploy")]
        DecisionCode::InvalidPermissions,
        #[cfg(feature = "portainer")]
        DecisionCode::OwnershipNotAllowed,
        #[cfg(feature = "requests")]
        DecisionCode::RoleRequired,
        #[cfg(feature = "requests")]
        DecisionCode::NotCreator,
        #[cfg(feature = "requests")]
        DecisionCode::MissingContext,
        #[cfg(feature = "requests")]
        DecisionCode::InvalidInput,
        #[cfg(feature = "requests")]
        DecisionCode::InvalidToken,
        #[cfg(feature = "requests")]
        DecisionCode::InvalidRequest,
        #[cfg(feature = "requests")]
        DecisionCode::UnknownRoute,
    ];

    /// The code as the JS API writes it (`no_permission`).
    pub const fn as_str(self) -> &'static str {
        match self {
            DecisionCode::Granted => "granted",
            DecisionCode::Administrator => "administrator",
            DecisionCode::NoPermission => "no_permission",
            #[cfg(feature = "portainer")]
            DecisionCode::NoRole => "no_role",
            #[cfg(feature = "dokploy")]
            DecisionCode::OutOfScope => "out_of_scope",
            DecisionCode::MissingScope => "missing_scope",
            #[cfg(feature = "portainer")]
            DecisionCode::NoResourceAccess => "no_resource_access",
            #[cfg(feature = "portainer")]
            DecisionCode::SecuritySetting => "security_setting",
            #[cfg(any(feature = "portainer", feature = "requests"))]
            DecisionCode::NotApplicable => "not_applicable",
            #[cfg(feature = "portainer")]
            DecisionCode::RegistryNotAllowed => "registry_not_allowed",
            #[cfg(feature = "dokploy")]
            DecisionCode::Unlicensed => "unlicensed",
            DecisionCode::UnknownUser => "unknown_user",
            DecisionCode::UnknownResource => "unknown_resource",
            #[cfg(feature = "dokploy")]
            DecisionCode::UnknownRole => "unknown_role",
            #[cfg(feature = "dokploy")]
            DecisionCode::OwnerRole => "owner_role",
            #[cfg(feature = "dokploy")]
            DecisionCode::SelfRoleChange => "self_role_change",
            #[cfg(feature = "dokploy")]
            DecisionCode::SelfAccessChange => "self_access_change",
            #[cfg(feature = "dokploy")]
            DecisionCode::OwnerProtected => "owner_protected",
            #[cfg(feature = "dokploy")]
            DecisionCode::AdminProtected => "admin_protected",
            #[cfg(feature = "dokploy")]
            DecisionCode::SelfRemoval => "self_removal",
            #[cfg(feature = "dokploy")]
            DecisionCode::RoleInUse => "role_in_use",
            #[cfg(feature = "dokploy")]
            DecisionCode::RoleExists => "role_exists",
            #[cfg(feature = "dokploy")]
            DecisionCode::LimitExceeded => "limit_exceeded",
            #[cfg(feature = "dokploy")]
            DecisionCode::InvalidRoleName => "invalid_role_name",
            #[cfg(feature = "dokploy")]
            DecisionCode::ReservedRoleName => "reserved_role_name",
            #[cfg(feature = "dokploy")]
            DecisionCode::InternalResource => "internal_resource",
            #[cfg(feature = "dokploy")]
            DecisionCode::UnknownPermission => "unknown_permission",
            #[cfg(feature = "dokploy")]
            DecisionCode::InvalidPermissions => "invalid_permissions",
            #[cfg(feature = "portainer")]
            DecisionCode::OwnershipNotAllowed => "ownership_not_allowed",
            #[cfg(feature = "requests")]
            DecisionCode::RoleRequired => "role_required",
            #[cfg(feature = "requests")]
            DecisionCode::NotCreator => "not_creator",
            #[cfg(feature = "requests")]
            DecisionCode::MissingContext => "missing_context",
            #[cfg(feature = "requests")]
            DecisionCode::InvalidInput => "invalid_input",
            #[cfg(feature = "requests")]
            DecisionCode::InvalidToken => "invalid_token",
            #[cfg(feature = "requests")]
            DecisionCode::InvalidRequest => "invalid_request",
            #[cfg(feature = "requests")]
            DecisionCode::UnknownRoute => "unknown_route",
        }
    }

    /// Whether this code allows.
    pub const fn allows(self) -> bool {
        matches!(self, DecisionCode::Granted | DecisionCode::Administrator)
    }
}
