//! One member's checks, resolved once: a backend that checks a page of rows (every service of
//! a project, say) looks the member up once, not once per row.

use super::evaluate::permission_index;
use super::model::{Member, Organization};
use super::target::Target;
use super::Permissions;
use crate::core::error::Result;

/// A member, looked up once for many checks. It borrows the organization, so the organization
/// cannot change while it is held: it never answers for a state it was not made on. Every
/// answer is the one [`Organization::can`] gives.
pub struct ForMember<'s> {
    org: &'s Organization,
    /// `None` for a user who is not an acting member: every check is refused.
    member: Option<&'s Member>,
}

impl Organization {
    /// `user`'s checks, the member looked up once.
    pub fn for_member(&self, user: &str) -> ForMember<'_> {
        ForMember {
            org: self,
            member: self.acting(user),
        }
    }
}

impl ForMember<'_> {
    /// Whether the member may use `permission` on `target`. An unknown permission id is an
    /// error.
    pub fn can(&self, permission: &str, target: &Target<'_>) -> Result<bool> {
        Ok(self.can_index(permission_index(permission)?, target))
    }

    /// [`can`](Self::can) with a catalog index, for callers that resolved the id once too.
    pub fn can_index(&self, index: usize, target: &Target<'_>) -> bool {
        self.org.can_acting(self.member, index, target)
    }

    /// Every permission allowed to the member on `target`, in catalog order.
    pub fn allowed(&self, target: &Target<'_>) -> Permissions {
        self.org.allowed_for(self.member, target)
    }
}
