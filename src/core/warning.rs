//! Warnings: what an input holds that the product itself accepts but portcullis had to
//! interpret — a loaded state keeps them, `warnings()` hands them out, and they never change
//! a decision by themselves.

use crate::prelude::*;

use super::json::{ObjectWriter, Value};

/// Why a warning was raised. The code strings are part of the public contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WarningCode {
    /// A custom role name outside `[A-Za-z0-9_-]`: Dokploy's UI refuses it, its server does
    /// not. It loads; `createRole` and `updateRole` still refuse such names.
    RoleName,
    /// Member flags stored on a row whose role is not `member`: Dokploy ignores them.
    FlagsIgnored,
    /// A member whose role names no custom role: Dokploy denies them everything, so they are
    /// left out (and are unknown users here, denied everything too).
    DanglingRole,
    /// Several `organization_role` rows with one name: merged as Dokploy merges them.
    MergedRoleRows,
    /// Nothing says whether the organization holds an Enterprise licence: unlicensed.
    LicenceUnknown,
    /// A `can…` column this version does not know: ignored.
    UnknownFlag,
    /// An id that names nothing in the input (a membership, a policy, a control's user or
    /// team, a group): left out.
    DanglingId,
    /// A Portainer edge administrator (role 3): outside Docker RBAC, loaded as a standard user.
    EdgeAdministrator,
    /// A Portainer environment that is not Docker (Kubernetes, Azure, Nomad): left out.
    NotDocker,
    /// A Portainer environment without a snapshot saying whether it is a Swarm: standalone.
    KindUnknown,
    /// An administrators-only control that also names users, teams or `Public`: Portainer's
    /// access test does not read the flag, so the names keep access.
    AdministratorsOnlyIgnored,
    /// A stored resource control that matches no environment or object in the input.
    UnmatchedControl,
}

impl WarningCode {
    /// Every code, in declaration order.
    pub const ALL: [WarningCode; 12] = [
        WarningCode::RoleName,
        WarningCode::FlagsIgnored,
        WarningCode::DanglingRole,
        WarningCode::MergedRoleRows,
        WarningCode::LicenceUnknown,
        WarningCode::UnknownFlag,
        WarningCode::DanglingId,
        WarningCode::EdgeAdministrator,
        WarningCode::NotDocker,
        WarningCode::KindUnknown,
        WarningCode::AdministratorsOnlyIgnored,
        WarningCode::UnmatchedControl,
    ];

    /// The code as the JS API writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            WarningCode::RoleName => "role_name",
            WarningCode::FlagsIgnored => "flags_ignored",
            WarningCode::DanglingRole => "dangling_role",
            WarningCode::MergedRoleRows => "merged_role_rows",
            WarningCode::LicenceUnknown => "licence_unknown",
            WarningCode::UnknownFlag => "unknown_flag",
            WarningCode::DanglingId => "dangling_id",
            WarningCode::EdgeAdministrator => "edge_administrator",
            WarningCode::NotDocker => "not_docker",
            WarningCode::KindUnknown => "kind_unknown",
            WarningCode::AdministratorsOnlyIgnored => "administrators_only_ignored",
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
