//! The stable reason codes of decisions: named apart from the decisions themselves, as errors
//! carry them too (a refusal reported as an error).

/// The stable reason code of a decision. The strings are part of the public contract.
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
    NoRole,
    /// Dokploy: the target is not in the user's access lists.
    OutOfScope,
    /// The id needs a target id that was not given (`scope` names it).
    MissingScope,
    /// Portainer: the user may not access that resource (`control` says why).
    NoResourceAccess,
    /// Portainer: an environment setting forbids a requested feature (`setting`).
    SecuritySetting,
    /// Portainer: the operation does not exist on this environment kind.
    NotApplicable,
    /// Portainer: the registry is not granted to the user in that environment.
    RegistryNotAllowed,
    /// Dokploy: custom role while the organization has no Enterprise licence.
    Unlicensed,
    /// The user is not in the state.
    UnknownUser,
    /// The environment, resource, registry or member named is not in the state.
    UnknownResource,
    /// Dokploy management: the role named is neither built in nor a custom role.
    UnknownRole,
    /// Dokploy management: nobody invites or assigns `owner`, and the owner's role never changes.
    OwnerRole,
    /// Dokploy management: nobody changes their own role.
    SelfRoleChange,
    /// Dokploy management: nobody changes their own flags or access lists.
    SelfAccessChange,
    /// Dokploy management: the owner is never removed.
    OwnerProtected,
    /// Dokploy management: an admin cannot change or remove another admin.
    AdminProtected,
    /// Dokploy management: an admin cannot remove themselves.
    SelfRemoval,
    /// Dokploy management: a role cannot be deleted while members hold it.
    RoleInUse,
    /// Dokploy management: a custom role with that name exists already.
    RoleExists,
    /// Dokploy management: the organization already has the most custom roles allowed.
    LimitExceeded,
    /// Dokploy management: the role name breaks the naming rules.
    InvalidRoleName,
    /// Dokploy management: `owner`, `admin` and `member` are not custom role names.
    ReservedRoleName,
    /// Dokploy management: the permissions name a resource Dokploy manages itself.
    InternalResource,
    /// Dokploy management: the permissions name an unknown resource or action (`path`).
    UnknownPermission,
    /// Dokploy management: the permissions are not in Dokploy's stored shape (`path`).
    InvalidPermissions,
    /// Portainer: the new ownership is not one a non-administrator may set.
    OwnershipNotAllowed,
    /// A call: only some roles may make it (`role_required`: owner, or owner and admin).
    RoleRequired,
    /// A call: only the creator (or owner) of the object may make it.
    NotCreator,
    /// A call: the check needs a stored fact the state does not hold; `context` names it.
    MissingContext,
    /// A call: its input lacks an id the check needs, or has one of the wrong type (`path`).
    InvalidInput,
    /// A call: the token the request carries is not the stored one.
    InvalidToken,
    /// A request: it cannot be read as a call (`path` names the part).
    InvalidRequest,
    /// A request: no procedure or operation answers it; refused, never allowed by omission.
    UnknownRoute,
}

impl DecisionCode {
    /// Every code, for generated type declarations.
    pub const ALL: [DecisionCode; 36] = [
        DecisionCode::Granted,
        DecisionCode::Administrator,
        DecisionCode::NoPermission,
        DecisionCode::NoRole,
        DecisionCode::OutOfScope,
        DecisionCode::MissingScope,
        DecisionCode::NoResourceAccess,
        DecisionCode::SecuritySetting,
        DecisionCode::NotApplicable,
        DecisionCode::RegistryNotAllowed,
        DecisionCode::Unlicensed,
        DecisionCode::UnknownUser,
        DecisionCode::UnknownResource,
        DecisionCode::UnknownRole,
        DecisionCode::OwnerRole,
        DecisionCode::SelfRoleChange,
        DecisionCode::SelfAccessChange,
        DecisionCode::OwnerProtected,
        DecisionCode::AdminProtected,
        DecisionCode::SelfRemoval,
        DecisionCode::RoleInUse,
        DecisionCode::RoleExists,
        DecisionCode::LimitExceeded,
        DecisionCode::InvalidRoleName,
        DecisionCode::ReservedRoleName,
        DecisionCode::InternalResource,
        DecisionCode::UnknownPermission,
        DecisionCode::InvalidPermissions,
        DecisionCode::OwnershipNotAllowed,
        DecisionCode::RoleRequired,
        DecisionCode::NotCreator,
        DecisionCode::MissingContext,
        DecisionCode::InvalidInput,
        DecisionCode::InvalidToken,
        DecisionCode::InvalidRequest,
        DecisionCode::UnknownRoute,
    ];

    /// The code as the JS API writes it (`no_permission`).
    pub const fn as_str(self) -> &'static str {
        match self {
            DecisionCode::Granted => "granted",
            DecisionCode::Administrator => "administrator",
            DecisionCode::NoPermission => "no_permission",
            DecisionCode::NoRole => "no_role",
            DecisionCode::OutOfScope => "out_of_scope",
            DecisionCode::MissingScope => "missing_scope",
            DecisionCode::NoResourceAccess => "no_resource_access",
            DecisionCode::SecuritySetting => "security_setting",
            DecisionCode::NotApplicable => "not_applicable",
            DecisionCode::RegistryNotAllowed => "registry_not_allowed",
            DecisionCode::Unlicensed => "unlicensed",
            DecisionCode::UnknownUser => "unknown_user",
            DecisionCode::UnknownResource => "unknown_resource",
            DecisionCode::UnknownRole => "unknown_role",
            DecisionCode::OwnerRole => "owner_role",
            DecisionCode::SelfRoleChange => "self_role_change",
            DecisionCode::SelfAccessChange => "self_access_change",
            DecisionCode::OwnerProtected => "owner_protected",
            DecisionCode::AdminProtected => "admin_protected",
            DecisionCode::SelfRemoval => "self_removal",
            DecisionCode::RoleInUse => "role_in_use",
            DecisionCode::RoleExists => "role_exists",
            DecisionCode::LimitExceeded => "limit_exceeded",
            DecisionCode::InvalidRoleName => "invalid_role_name",
            DecisionCode::ReservedRoleName => "reserved_role_name",
            DecisionCode::InternalResource => "internal_resource",
            DecisionCode::UnknownPermission => "unknown_permission",
            DecisionCode::InvalidPermissions => "invalid_permissions",
            DecisionCode::OwnershipNotAllowed => "ownership_not_allowed",
            DecisionCode::RoleRequired => "role_required",
            DecisionCode::NotCreator => "not_creator",
            DecisionCode::MissingContext => "missing_context",
            DecisionCode::InvalidInput => "invalid_input",
            DecisionCode::InvalidToken => "invalid_token",
            DecisionCode::InvalidRequest => "invalid_request",
            DecisionCode::UnknownRoute => "unknown_route",
        }
    }

    /// Whether this code allows.
    pub const fn allows(self) -> bool {
        matches!(self, DecisionCode::Granted | DecisionCode::Administrator)
    }
}
