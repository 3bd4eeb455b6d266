//! What a create, edit, duplicate or recreate asks for, in Docker's own terms: the part of a
//! request the security settings look at.

use crate::prelude::*;

use crate::core::text::{before, text};

use super::settings::SecuritySetting;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{as_array, as_object, as_str, join_index, ObjectReader, Value};

/// What a create, edit, duplicate or recreate asks for, in Docker's own terms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Request {
    /// `Privileged: true`.
    pub privileged: bool,
    /// The PID mode (`host`).
    pub pid_mode: Option<String>,
    /// How many device mappings.
    pub devices: usize,
    /// How many capabilities added.
    pub cap_add: usize,
    /// How many capabilities dropped.
    pub cap_drop: usize,
    /// `source:target[:options]` strings as in Docker's `HostConfig.Binds`.
    pub binds: Vec<String>,
    /// `(type, source)` of each mount.
    pub mounts: Vec<(String, String)>,
    /// How many sysctls.
    pub sysctls: usize,
}

impl Request {
    #[cfg(feature = "requests")]
    /// A request asking for everything the security settings govern: what a file that
    /// cannot be read might hold.
    pub(crate) fn everything() -> Request {
        Request {
            privileged: true,
            pid_mode: Some("host".to_owned()),
            devices: 1,
            cap_add: 1,
            cap_drop: 0,
            binds: vec!["/".to_owned()],
            mounts: Vec::new(),
            sysctls: 1,
        }
    }

    /// Reads `{ privileged?, pidMode?, devices?, capAdd?, capDrop?, binds?, mounts?, sysctls? }`.
    pub fn from_value(value: &Value, path: &str) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let mut request = Request {
            privileged: reader.optional_bool("privileged")?.unwrap_or(false),
            ..Request::default()
        };
        if let Some((v, p)) = reader.optional("pidMode") {
            request.pid_mode = Some(as_str(v, &p)?.to_owned());
        }
        for (key, slot) in [
            ("devices", &mut request.devices),
            ("capAdd", &mut request.cap_add),
            ("capDrop", &mut request.cap_drop),
        ] {
            if let Some((v, p)) = reader.optional(key) {
                *slot = as_array(v, &p)?.len();
            }
        }
        if let Some((v, p)) = reader.optional("binds") {
            for (i, bind) in as_array(v, &p)?.iter().enumerate() {
                request
                    .binds
                    .push(as_str(bind, &join_index(&p, i))?.to_owned());
            }
        }
        if let Some((v, p)) = reader.optional("mounts") {
            for (i, mount) in as_array(v, &p)?.iter().enumerate() {
                let mount_path = join_index(&p, i);
                let mut m = ObjectReader::new(mount, &mount_path)?;
                let (t, tp) = m.required("type")?;
                let kind = as_str(t, &tp)?.to_owned();
                let source = match m.optional("source") {
                    Some((s, sp)) => as_str(s, &sp)?.to_owned(),
                    None => String::new(),
                };
                // Docker's mount objects carry a target and a read-only flag; neither binds a setting.
                m.optional("target");
                m.optional_bool("readOnly")?;
                m.finish(&["type", "source", "target", "readOnly"])?;
                request.mounts.push((kind, source));
            }
        }
        if let Some((v, p)) = reader.optional("sysctls") {
            request.sysctls = match v {
                Value::Object(_) => as_object(v, &p)?.len(),
                Value::Array(items) => items.len(),
                other => {
                    return Err(Error::new(
                        ErrorCode::WrongType,
                        p,
                        text!("expected an object of sysctls, found ", other.kind()),
                    ))
                }
            };
        }
        reader.finish(&[
            "privileged",
            "pidMode",
            "devices",
            "capAdd",
            "capDrop",
            "binds",
            "mounts",
            "sysctls",
        ])?;
        Ok(request)
    }

    /// The requested feature that `setting` forbids, described for the decision; `None` when
    /// the request does not ask for it.
    pub fn asks_for(&self, setting: SecuritySetting) -> Option<String> {
        match setting {
            SecuritySetting::Privileged => self.privileged.then(|| "privileged: true".to_owned()),
            SecuritySetting::HostPid => self
                .pid_mode
                .as_deref()
                .filter(|mode| *mode == "host")
                .map(|_| "pidMode: host".to_owned()),
            SecuritySetting::DeviceMappings => {
                (self.devices > 0).then(|| text!(self.devices, " device mapping(s)"))
            }
            SecuritySetting::Capabilities => (self.cap_add + self.cap_drop > 0)
                .then(|| "added or dropped capabilities".to_owned()),
            SecuritySetting::BindMounts => self
                .binds
                .iter()
                .find(|bind| bind.starts_with('/'))
                .map(|bind| text!("bind mount of host path `", before(bind, b':'), "`"))
                .or_else(|| {
                    self.mounts
                        .iter()
                        .find(|(kind, _)| kind == "bind")
                        .map(|(_, source)| text!("bind mount of host path `", source, "`"))
                }),
            SecuritySetting::Sysctls => {
                (self.sysctls > 0).then(|| text!(self.sysctls, " sysctl(s)"))
            }
            SecuritySetting::Stacks | SecuritySetting::VolumeBrowser => None,
        }
    }
}
