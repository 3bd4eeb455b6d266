//! The per-environment security settings as stored (`restriction` applies them).

use crate::core::error::Result;
use crate::core::json::{Node, ObjectReader, ObjectWriter, Value};
use crate::core::text::names_of;

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

    /// Every setting's state field, in declaration order: written at compile time.
    pub(crate) const FIELDS: [&'static str; SecuritySetting::ALL.len()] =
        names_of!(SecuritySetting::ALL, SecuritySetting::field);
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
        reader.finish(&SecuritySetting::FIELDS)?;
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
