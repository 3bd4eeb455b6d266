//! The one rule that applies the security settings: which operation a setting denies to whom.

use crate::prelude::*;

use super::request::Request;
use super::role::Role;
use super::settings::{SecuritySetting, SecuritySettings};

impl SecuritySetting {
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
