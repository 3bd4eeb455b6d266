//! What Portainer adds to a decision: where the resource's control came from, and the
//! security setting that refused with the requested feature it forbids.

use crate::prelude::*;

use super::{ControlSource, ResourceType, SecuritySetting};
use crate::core::decision::DecisionDetail;
use crate::core::json::ObjectWriter;

/// A Portainer decision: the common fields plus [`Detail`].
pub type Decision = crate::core::decision::Decision<Detail>;

/// Where a Portainer resource's access control came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ControlOrigin {
    /// Own, inherited, or none.
    pub source: ControlSource,
    /// The resource whose control applied (absent for `none` and `system_network`).
    pub resource_type: Option<ResourceType>,
    /// The id of the resource whose control applied.
    pub resource_id: Option<String>,
}

/// The fields a Portainer decision carries besides the common ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Detail {
    /// Where the resource's control came from.
    pub control: Option<ControlOrigin>,
    /// The security setting that denied.
    pub setting: Option<SecuritySetting>,
    /// The requested feature that the setting forbids (`privileged: true`, …).
    pub feature: Option<String>,
    /// What the gate could not see of the request it decided (an exec instance names no
    /// container; a stack file in a repository).
    pub unseen: Option<&'static str>,
}

impl DecisionDetail for Detail {
    fn write(&self, writer: ObjectWriter) -> ObjectWriter {
        let control = self.control.as_ref().map(|c| {
            ObjectWriter::new()
                .string("source", c.source.as_str())
                .field_opt_str("resourceType", c.resource_type.map(ResourceType::as_str))
                .field_opt_str("resourceId", c.resource_id.as_deref())
                .build()
        });
        writer
            .field_opt("control", control)
            .field_opt_str("setting", self.setting.map(SecuritySetting::id))
            .field_opt_str("feature", self.feature.as_deref())
            .field_opt_str("unseen", self.unseen)
    }
}

impl Decision {
    /// Names the control that decided.
    pub fn with_control(mut self, control: ControlOrigin) -> Self {
        self.detail.control = Some(control);
        self
    }

    /// Notes what the gate could not see, in the field and the message.
    pub fn with_unseen(mut self, unseen: &'static str) -> Self {
        self.message =
            crate::core::text::text!(self.message, " (the gate cannot see: ", unseen, ")");
        self.detail.unseen = Some(unseen);
        self
    }

    /// Names the setting that refused and the feature it forbids.
    pub fn with_setting(mut self, setting: SecuritySetting, feature: impl Into<String>) -> Self {
        self.detail.setting = Some(setting);
        self.detail.feature = Some(feature.into());
        self
    }
}
