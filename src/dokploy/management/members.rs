//! Members: invitations, role assignment, removal, and the access a creator gets to what they
//! create. Nobody invites or assigns `owner`, nobody changes their own role, the owner is
//! never changed or removed, and an admin cannot change or remove another admin nor remove
//! themselves.

use crate::prelude::*;

use crate::core::text::text;

use super::{allow, applied, decided, refuse, AccessGrant};
use crate::core::decision::{Decision, DecisionCode};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::id_map::IdList;
use crate::dokploy::catalog::{Permissions, ScopeKind};
use crate::dokploy::model::{AccessIndex, Member, Organization, Role};

/// An admin cannot change or remove another admin (`what` completes "an admin cannot …");
/// the owner can.
pub(super) fn admin_protects(
    actor: &Member,
    target: &Member,
    target_id: &str,
    what: &str,
) -> Result<(), Decision> {
    if actor.role == Role::Admin && target.role == Role::Admin {
        return Err(refuse(
            DecisionCode::AdminProtected,
            text!("`", target_id, "` is an admin, and an admin cannot ", what),
        )
        .with_role("admin"));
    }
    Ok(())
}

impl Organization {
    /// A role name a member may be given: built in (not owner) or an existing custom role.
    fn assignable(&self, role: &str) -> Result<Role, Decision> {
        match Role::from_name(role) {
            Role::Owner => Err(refuse(
                DecisionCode::OwnerRole,
                "the owner role cannot be given to anyone; it is not transferable".to_owned(),
            )),
            Role::Custom(name) if self.custom_role(&name).is_none() => Err(refuse(
                DecisionCode::UnknownRole,
                text!(
                    "`",
                    name,
                    "` is neither admin, member nor one of the organization's custom roles"
                ),
            )),
            other => Ok(other),
        }
    }

    /// Whether `actor` may invite someone with `role` (`member.create`; never `owner`).
    pub fn can_invite(&self, actor: &str, role: &str) -> Decision {
        decided(
            self.holder_of(actor, Permissions::MEMBER_CREATE, "member.create")
                .and_then(|member| {
                    self.assignable(role)?;
                    Ok((
                        (),
                        allow(member, text!("`", actor, "` may invite a new `", role, "`")),
                    ))
                }),
        )
    }

    /// The acting member (holding `member.update`) and the other member they would change;
    /// `self_change` is the refusal when both are the same user.
    pub(super) fn updater_of(
        &self,
        actor: &str,
        target: &str,
        self_change: (DecisionCode, &str),
    ) -> Result<(&Member, &Member), Decision> {
        let member = self.holder_of(actor, Permissions::MEMBER_UPDATE, "member.update")?;
        let target_member = self.member(target).ok_or_else(|| {
            refuse(
                DecisionCode::UnknownUser,
                text!("`", target, "` is not a member of the organization"),
            )
        })?;
        if target == actor {
            let (code, message) = self_change;
            return Err(refuse(code, message.to_owned()).with_role(member.role.name()));
        }
        Ok((member, target_member))
    }

    pub(crate) fn check_assign_role(
        &self,
        actor: &str,
        target: &str,
        role: &str,
    ) -> Result<(Role, Decision), Decision> {
        let (member, target_member) = self.updater_of(
            actor,
            target,
            (
                DecisionCode::SelfRoleChange,
                "nobody changes their own role",
            ),
        )?;
        if target_member.role == Role::Owner {
            return Err(refuse(
                DecisionCode::OwnerRole,
                text!(
                    "`",
                    target,
                    "` is the owner, and the owner's role never changes"
                ),
            ));
        }
        let new_role = self.assignable(role)?;
        admin_protects(member, target_member, target, "change another admin's role")?;
        let decision = allow(
            member,
            text!("`", actor, "` may make `", target, "` a `", role, "`"),
        );
        Ok((new_role, decision))
    }

    /// Whether `actor` may give `target` the role `role`.
    pub fn can_assign_role(&self, actor: &str, target: &str, role: &str) -> Decision {
        decided(self.check_assign_role(actor, target, role))
    }

    /// Gives `target` a new role.
    pub fn assign_role(&mut self, actor: &str, target: &str, role: &str) -> Result<()> {
        crate::core::slice::writable(self.slice.as_ref())?;
        let new_role = applied(self.check_assign_role(actor, target, role))?;
        if let Some(member) = self.member_mut(target) {
            member.role = new_role;
        }
        self.compile();
        Ok(())
    }

    pub(crate) fn check_remove_member(
        &self,
        actor: &str,
        target: &str,
    ) -> Result<(usize, Decision), Decision> {
        let member = self.administrator(actor, "remove members")?;
        let index = self.member_position(target).ok_or_else(|| {
            refuse(
                DecisionCode::UnknownUser,
                text!("`", target, "` is not a member of the organization"),
            )
        })?;
        let target_role = &self.members[index].role;
        if *target_role == Role::Owner {
            return Err(refuse(
                DecisionCode::OwnerProtected,
                text!(
                    "`",
                    target,
                    "` is the owner, and the owner is never removed"
                ),
            ));
        }
        if member.role == Role::Admin && target == actor {
            return Err(refuse(
                DecisionCode::SelfRemoval,
                "an admin cannot remove themselves".to_owned(),
            )
            .with_role("admin"));
        }
        admin_protects(member, &self.members[index], target, "remove another admin")?;
        Ok((
            index,
            allow(member, text!("`", actor, "` may remove `", target, "`")),
        ))
    }

    /// Whether `actor` may remove `target` from the organization.
    pub fn can_remove_member(&self, actor: &str, target: &str) -> Decision {
        decided(self.check_remove_member(actor, target))
    }

    /// Removes a member row.
    pub fn remove_member(&mut self, actor: &str, target: &str) -> Result<()> {
        crate::core::slice::writable(self.slice.as_ref())?;
        let index = applied(self.check_remove_member(actor, target))?;
        self.members.remove(index);
        self.reindex();
        Ok(())
    }

    /// Records that `user` created the project, environment, service, … `id`: Dokploy adds
    /// it to the creator's access list. Returns the grant to persist, or `None` when the
    /// creator is owner/admin (unscoped) or already had it.
    pub fn record_created(
        &mut self,
        user: &str,
        kind: ScopeKind,
        id: &str,
    ) -> Result<Option<AccessGrant>> {
        crate::core::slice::writable(self.slice.as_ref())?;
        if id.is_empty() {
            return Err(Error::new(
                ErrorCode::InvalidValue,
                "id",
                "an id may not be empty",
            ));
        }
        let member = self.member_mut(user).ok_or_else(|| {
            Error::new(
                ErrorCode::Refused(DecisionCode::UnknownUser),
                "",
                text!("`", user, "` is not a member of the organization"),
            )
        })?;
        if member.role.is_administrator() || member.has_access(kind, id) {
            return Ok(None);
        }
        member.lists[kind.index()]
            .get_or_insert_with(IdList::default)
            .push(id.to_owned());
        self.access = AccessIndex::compile(&mut self.members);
        Ok(Some(AccessGrant {
            user_id: user.to_owned(),
            list: kind.access_list(),
            id: id.to_owned(),
        }))
    }
}
