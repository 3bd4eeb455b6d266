//! Cutting a Dokploy slice: the state one user's answers need, and nothing else.
//!
//! What it holds for the user `u` (everything else of the organization stays out):
//! - the licence;
//! - `u`'s own member row, whole (role, flags, access lists), and the definition of `u`'s
//!   custom role if they hold one;
//! - when `u` may manage members or invite (owner, admin, or a role with `member.create` or
//!   `member.update`): the names of the other custom roles (an answer names a taken or
//!   unknown role) and every other member's user id and role, without flags or lists (the
//!   protections of the owner and of admins, and who holds a role, decide those answers);
//! - the git providers `u` created (with `u` as their creator) and those shared with the
//!   organization (without their creator).

use crate::prelude::*;

use super::catalog::Permissions;
use super::model::{CustomRole, GitProvider, Member, Organization};
use crate::core::error::Result;
use crate::core::json::Value;
use crate::core::slice::{cuttable, SliceInfo};

impl Organization {
    /// The slice of `user`: a state that `load` accepts and that answers every call with
    /// `user` acting exactly as this one does; any other acting user is unknown in it.
    pub fn slice(&self, user: &str) -> Result<Value> {
        self.slice_from(user, self.fingerprint())
    }

    /// [`slice`](Self::slice) naming `source` as the fingerprint of this state (the caller's
    /// cached one).
    pub fn slice_from(&self, user: &str, source: String) -> Result<Value> {
        cuttable(self.slice.as_ref())?;
        let actor = self.member(user);
        let reads_members = actor.is_some_and(|m| {
            m.role.is_administrator()
                || m.permissions
                    .intersects(Permissions::MEMBER_CREATE | Permissions::MEMBER_UPDATE)
        });
        let roles = self
            .roles
            .iter()
            .filter(|role| reads_members || actor.is_some_and(|m| m.role.name() == role.name))
            .map(|role| CustomRole {
                // Only the user's own role keeps its permissions.
                withheld: !actor.is_some_and(|m| m.role.name() == role.name),
                ..role.clone()
            })
            .collect();
        let members: Vec<Member> = self
            .members
            .iter()
            .filter(|m| reads_members || m.user_id == user)
            .map(|m| {
                if m.user_id == user {
                    m.clone()
                } else {
                    Member {
                        flags: Default::default(),
                        lists: Default::default(),
                        reference: true,
                        ..m.clone()
                    }
                }
            })
            .collect();
        let git_providers = self.git_providers.as_ref().map(|providers| {
            providers
                .iter()
                .filter(|p| p.shared() || p.creator() == Some(user))
                .map(|p| GitProvider {
                    creator: p.creator.clone().filter(|creator| creator == user),
                    ..p.clone()
                })
                .collect::<Vec<_>>()
        });
        let sliced = Organization {
            warnings: Vec::new(),
            licensed: self.licensed,
            roles,
            member_index: Default::default(),
            members,
            provider_index: Default::default(),
            git_providers,
            slice: Some(SliceInfo {
                user: user.to_owned(),
                source,
            }),
            access: Default::default(),
        };
        Ok(sliced.to_value())
    }
}
