//! A member's flags and access lists, as Dokploy's "Add permissions" dialog edits them
//! (`user.assignPermissions`): whoever holds `member.update` may change another member's,
//! except the owner's (who reaches everything) and, for an admin, another admin's. Nobody
//! changes their own: it would let a member grant themselves more.

use crate::core::text::text;

use super::members::admin_protects;
use super::{allow, applied, decided, refuse};
use crate::core::decision::{Decision, DecisionCode};
use crate::core::error::Result;
use crate::core::id_map::IdList;
use crate::core::json::{ObjectReader, Value};
use crate::dokploy::catalog::{ScopeKind, MEMBER_FLAGS};
use crate::dokploy::format::MEMBER;
use crate::dokploy::model::{Organization, Role};

/// The change `update_member_access` applies: each flag and list given replaces the row's;
/// what is absent (or `null`) stays as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberAccess {
    flags: [Option<bool>; MEMBER_FLAGS.len()],
    lists: [Option<IdList>; 5],
}

impl MemberAccess {
    /// Reads `{ canCreateProjects?, …, accessedProjects?, … }`: the eleven flags as booleans,
    /// the five lists as arrays of distinct non-empty ids; any other field is refused.
    pub fn from_value(value: &Value, path: &str) -> Result<Self> {
        let mut object = ObjectReader::new(value, path)?;
        let mut access = MemberAccess::default();
        for (slot, (flag, _)) in access.flags.iter_mut().zip(MEMBER_FLAGS.iter()) {
            *slot = object.optional_bool(flag)?;
        }
        for (slot, kind) in access.lists.iter_mut().zip(ScopeKind::ALL) {
            *slot = object.optional_id_list(kind.access_list())?;
        }
        // A member row's fields after `userId` and `role` are exactly these.
        object.finish(&MEMBER[2..])?;
        Ok(access)
    }
}

impl Organization {
    fn check_update_access(&self, actor: &str, target: &str) -> Result<((), Decision), Decision> {
        let (member, target_member) = self.updater_of(
            actor,
            target,
            (
                DecisionCode::SelfAccessChange,
                "nobody changes their own flags or access lists",
            ),
        )?;
        if target_member.role == Role::Owner {
            return Err(refuse(
                DecisionCode::OwnerProtected,
                text!(
                    "`",
                    target,
                    "` is the owner, who reaches everything; the owner's access is never edited"
                ),
            ));
        }
        admin_protects(
            member,
            target_member,
            target,
            "change another admin's access",
        )?;
        Ok((
            (),
            allow(
                member,
                text!(
                    "`",
                    actor,
                    "` may change `",
                    target,
                    "`'s flags and access lists"
                ),
            ),
        ))
    }

    /// Whether `actor` may change `target`'s flags and access lists.
    pub fn can_update_member_access(&self, actor: &str, target: &str) -> Decision {
        decided(self.check_update_access(actor, target))
    }

    /// Replaces the flags and access lists `access` gives on `target`'s row.
    pub fn update_member_access(
        &mut self,
        actor: &str,
        target: &str,
        access: MemberAccess,
    ) -> Result<()> {
        crate::core::slice::writable(self.slice.as_ref())?;
        applied(self.check_update_access(actor, target))?;
        if let Some(member) = self.member_mut(target) {
            for (slot, flag) in member.flags.iter_mut().zip(access.flags) {
                if flag.is_some() {
                    *slot = flag;
                }
            }
            for (slot, list) in member.lists.iter_mut().zip(access.lists) {
                if list.is_some() {
                    *slot = list;
                }
            }
        }
        self.compile();
        Ok(())
    }
}
