//! Warnings: what an input holds that the product itself accepts but portcullis had to
//! interpret — a loaded state keeps them, `warnings()` hands them out, and they never change
//! a decision by themselves.

use crate::prelude::*;

use super::json::{ObjectWriter, Value};

/// Why a warning was raised. The code strings are part of the public contract; each code
/// exists in the builds whose features can raise it (the adapters' only with `adapters`), so a
/// browser's kernel carries no other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WarningCode {
    /// A custom role name outside `[A-Za-z0-9_-]`: Dokploy's UI refuses it, its server does
    /// not. It loads; `createRole` and `updateRole` still refuse such names.
    #[cfg(feature = "dokploy")]
    RoleName,
    /// Member flags stored on a row whose role is not `member`: Dokploy ignores them.
    #[cfg(feature = "dokploy")]
    FlagsIgnored,
    /// A member whose role names no custom role: Dokploy denies them everything, so they are
    /// left out (and are unknown users here, denied everything too).
    #[cfg(all(feature = "dokploy", feature = "adapters"))]
    DanglingRole,
    /// Several `organization_role` rows with one name: merged as Dokploy merges them.
    #[cfg(all(feature = "dokploy", feature = "adapters"))]
    MergedRoleRows,
    /// Nothing says whether the organization holds an Enterprise licence: unlicensed.
    #[cfg(all(feature = "dokploy", feature = "adapters"))]
    LicenceUnknown,
    /// A `can…` column this version does not know: ignored.
    #[cfg(all(feature = "dokploy", feature = "adapters"))]
    UnknownFlag,
    /// An id that names nothing in the input (a membership, a policy, a control's user or
    /// team, a group): left out.
    #[cfg(all(feature = "portainer", feature = "adapters"))]
    DanglingId,
    /// A Portainer edge administrator (role 3): outside Docker RBAC, loaded as a standard user.
    #[cfg(all(feature = "portainer", feature = "adapters"))]
    EdgeAdministrator,
    /// A Portainer environment that is not Docker (Kubernetes, Azure, Nomad): left out.
    #[cfg(all(feature = "portainer", feature = "adapters"))]
    NotDocker,
    /// A Portainer environment without a snapshot saying whether it is a Swarm: standalone.
    #[cfg(all(feature = "portainer", feature = "adapters"))]
    KindUnknown,
    /// An administrators-only control that also names users, teams or `Public`: Portainer's
    /// access test does not read the flag, so the names keep access.
    #[cfg(all(feature = "portainer", feature = "adapters"))]
    AdministratorsOnlyIgnored,
    /// A stored resource control that matches no environment or object in the input.
    #[cfg(all(feature = "portainer", feature = "adapters"))]
    UnmatchedControl,
}

impl WarningCode {
    /// Every code of this build, in declaration order.
    pub const ALL: &'static [WarningCode] = &[
        #[cfg(feature = "dokploy")]
        WarningCode::RoleName,
        #[cfg(feature = "dokploy")]
        WarningCode::FlagsIgnored,
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        WarningCode::DanglingRole,
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        WarningCode::MergedRoleRows,
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        WarningCode::LicenceUnknown,
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        WarningCode::UnknownFlag,
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        WarningCode::DanglingId,
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        WarningCode::EdgeAdministrator,
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        WarningCode::NotDocker,
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        WarningCode::KindUnknown,
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        WarningCode::AdministratorsOnlyIgnored,
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        WarningCode::UnmatchedControl,
    ];

    /// The code as the JS API writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            #[cfg(feature = "dokploy")]
            WarningCode::RoleName => "role_name",
            #[cfg(feature = "dokploy")]
            WarningCode::FlagsIgnored => "flags_ignored",
            #[cfg(all(feature = "dokploy", feature = "adapters"))]
            WarningCode::DanglingRole => "dangling_role",
            #[cfg(all(feature = "dokploy", feature = "adapters"))]
            WarningCode::MergedRoleRows => "merged_role_rows",
            #[cfg(all(feature = "dokploy", feature = "adapters"))]
            WarningCode::LicenceUnknown => "licence_unknown",
            #[cfg(all(feature = "dokploy", feature = "adapters"))]
            WarningCode::UnknownFlag => "unknown_flag",
            #[cfg(all(feature = "portainer", feature = "adapters"))]
            WarningCode::DanglingId => "dangling_id",
            #[cfg(all(feature = "portainer", feature = "adapters"))]
            WarningCode::EdgeAdministrator => "edge_administrator",
            #[cfg(all(feature = "portainer", feature = "adapters"))]
            WarningCode::NotDocker => "not_docker",
            #[cfg(all(feature = "portainer", feature = "adapters"))]
            WarningCode::KindUnknown => "kind_unknown",
            #[cfg(all(feature = "portainer", feature = "adapters"))]
            WarningCode::AdministratorsOnlyIgnored => "administrators_only_ignored",
            #[cfg(all(feature = "portainer", feature = "adapters"))]
            WarningCode::UnmatchedControl => "unmatched_control",
        }
    }
}

/// One warning: a code, a message and the JSON path of the value it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// What was interpreted.
    pub code: WarningCode,
    /// What was interpreted, in words.
    pub message: String,
    /// The JSON path of the value concerned.
    pub path: String,
}

impl Warning {
    /// A warning with its code, path and message.
    pub fn new(code: WarningCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
            path: path.into(),
        }
    }

    /// `{ code, message, path }`, as `warnings()` returns it.
    pub fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("code", self.code.as_str())
            .string("message", &self.message)
            .string("path", &self.path)
            .build()
    }
}

/// A list of warnings as JSON.
pub fn warnings_value(warnings: &[Warning]) -> Value {
    Value::Array(warnings.iter().map(Warning::to_value).collect())
}
