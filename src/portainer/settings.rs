//! The per-environment security settings, and the one rule that applies them.

use crate::prelude::*;

use super::request::Request;
use super::role::Role;
use crate::core::error::Result;
use crate::core::json::{Node, ObjectReader, ObjectWriter, Value};

/// A security setting of the reference (`privileged`, `bind_mounts`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecuritySetting {
    /// `disablePrivilegedMode`.
    Privileged,
    /// `disableHostPid`.
    HostPid,
    /// `disableDeviceMappings`.
    DeviceMappings,
    /// `disableCapabilities`.
    Capabilities,
    /// `disableBindMounts`.
    BindMounts,
    /// `disableSysctls`.
    Sysctls,
    /// `disableStacks`.
    Stacks,
    /// `enableVolumeBrowser`: the one setting that grants when on.
    VolumeBrowser,
}

impl SecuritySetting {
    /// Every setting, in declaration order.
    pub const ALL: [SecuritySetting; 8] = [
        SecuritySetting::Privileged,
        SecuritySetting::HostPid,
        SecuritySetting::DeviceMappings,
        SecuritySetting::Capabilities,
        SecuritySetting::BindMounts,
        SecuritySetting::Sysctls,
        SecuritySetting::Stacks,
        SecuritySetting::VolumeBrowser,
    ];

    /// The reference's id of the setting.
    pub const fn id(self) -> &'static str {
        match self {
            SecuritySetting::Privileged => "privileged",
            SecuritySetting::HostPid => "host_pid",
            SecuritySetting::DeviceMappings => "device_mappings",
            SecuritySetting::Capabilities => "capabilities",
            SecuritySetting::BindMounts => "bind_mounts",
            SecuritySetting::Sysctls => "sysctls",
            SecuritySetting::Stacks => "stacks",
            SecuritySetting::VolumeBrowser => "volume_browser",
        }
    }

    /// The state field that holds it.
    pub const fn field(self) -> &'static str {
        match self {
            SecuritySetting::Privileged => "disablePrivilegedMode",
            SecuritySetting::HostPid => "disableHostPid",
            SecuritySetting::DeviceMappings => "disableDeviceMappings",
            SecuritySetting::Capabilities => "disableCapabilities",
            SecuritySetting::BindMounts => "disableBindMounts",
            SecuritySetting::Sysctls => "disableSysctls",
            SecuritySetting::Stacks => "disableStacks",
            SecuritySetting::VolumeBrowser => "enableVolumeBrowser",
        }
    }

    /// Whether this setting, as `settings` holds it, denies an operation it binds to a user
    /// holding `role` who asks for `request`.
    ///
    /// Settings bind non-administrators only: never EA, OP or HD (the global administrator
    /// never reaches a setting). The volume browser is the one setting that grants when on:
    /// while it is off, only EA browses volumes. `stacks` denies every stack operation. The
    /// others deny only when the request asks for what they forbid.
    pub fn denies(
        self,
        role: Role,
        settings: &SecuritySettings,
        request: Option<&Request>,
    ) -> bool {
        let on = settings.get(self);
        match self {
            SecuritySetting::VolumeBrowser => role != Role::EA && !on,
            _ if role.bypasses_restrictions() => false,
            SecuritySetting::Stacks => on,
            _ => on && request.is_some_and(|r| r.asks_for(self).is_some()),
        }
    }

    /// What the denied request asked for, as the decision names it.
    pub(crate) fn feature(self, request: Option<&Request>) -> String {
        match self {
            SecuritySetting::Stacks => "stacks".to_owned(),
            SecuritySetting::VolumeBrowser => "volume browsing".to_owned(),
            _ => request.and_then(|r| r.asks_for(self)).unwrap_or_default(),
        }
    }
}

/// An environment's settings as stored; absent fields are `false` and stay absent on save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecuritySettings {
    values: [Option<bool>; 8],
}

impl SecuritySettings {
    /// Whether the setting is on (absent is off).
    pub fn get(&self, setting: SecuritySetting) -> bool {
        self.values[setting as usize].unwrap_or(false)
    }

    /// Sets one setting (used by callers building a state in Rust).
    pub fn set(&mut self, setting: SecuritySetting, value: bool) {
        self.values[setting as usize] = Some(value);
    }

    pub(crate) fn from_value<'a, N: Node<'a>>(value: N, path: &str) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let mut settings = SecuritySettings::default();
        for setting in SecuritySetting::ALL {
            settings.values[setting as usize] = reader.optional_bool(setting.field())?;
        }
        reader.finish(&SecuritySetting::ALL.map(SecuritySetting::field))?;
        Ok(settings)
    }

    pub(crate) fn to_value(&self) -> Value {
        SecuritySetting::ALL
            .iter()
            .fold(ObjectWriter::new(), |w, s| {
                w.optional_bool(s.field(), self.values[*s as usize])
            })
            .build()
    }
}
