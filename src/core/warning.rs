//! Warnings: what an input holds that the product itself accepts but portcullis had to
//! interpret — a loaded state keeps them, `warnings()` hands them out, and they never change
//! a decision by themselves.

use crate::prelude::*;

use super::codes::codes;
use super::json::{ObjectWriter, Value};

codes! {
    /// Why a warning was raised. The code strings are part of the public contract; each code
    /// exists in the builds whose features can raise it (the adapters' only with `adapters`), so a
    /// browser's kernel carries no other's.
    pub enum WarningCode {
        /// A custom role name outside `[A-Za-z0-9_-]`: Dokploy's UI refuses it, its server does
        /// not. It loads; `createRole` and `updateRole` still refuse such names.
        #[cfg(feature = "dokploy")]
        RoleName => "role_name",
        /// Member flags stored on a row whose role is not `member`: Dokploy ignores them.
        #[cfg(feature = "dokploy")]
        FlagsIgnored => "flags_ignored",
        /// A member whose role names no custom role: Dokploy denies them everything, so they are
        /// left out (and are unknown users here, denied everything too).
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        DanglingRole => "dangling_role",
        /// Several `organization_role` rows with one name: merged as Dokploy merges them.
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        MergedRoleRows => "merged_role_rows",
        /// Nothing says whether the organization holds an Enterprise licence: unlicensed.
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        LicenceUnknown => "licence_unknown",
        /// A `can…` column this version does not know: ignored.
        #[cfg(all(feature = "dokploy", feature = "adapters"))]
        UnknownFlag => "unknown_flag",
        /// An id that names nothing in the input (a membership, a policy, a control's user or
        /// team, a group): left out.
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        DanglingId => "dangling_id",
        /// A Portainer edge administrator (role 3): outside Docker RBAC, loaded as a standard user.
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        EdgeAdministrator => "edge_administrator",
        /// A Portainer environment that is not Docker (Kubernetes, Azure, Nomad): left out.
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        NotDocker => "not_docker",
        /// A Portainer environment without a snapshot saying whether it is a Swarm: standalone.
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        KindUnknown => "kind_unknown",
        /// An administrators-only control that also names users, teams or `Public`: Portainer's
        /// access test does not read the flag, so the names keep access.
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        AdministratorsOnlyIgnored => "administrators_only_ignored",
        /// A stored resource control that matches no environment or object in the input.
        #[cfg(all(feature = "portainer", feature = "adapters"))]
        UnmatchedControl => "unmatched_control",
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
    Value::array_from(&mut warnings.iter().map(Warning::to_value))
}
