//! Deciding `can(user, permission, target)` on an organization: the verdict, without words
//! (`explain` puts it into words).

use crate::prelude::*;

use crate::core::text::text;

use super::catalog::{
    scope_masks, scope_rule, Permissions, ScopeKind, ScopeRule, MEMBER_BASE, MEMBER_FLAGS,
    PERMISSIONS,
};
use super::git_provider::{created, listed, provider_grant, ProviderGrant};
use super::model::{AccessIndex, Member, Organization, Role};
use super::target::Target;
use crate::core::decision::{Decision, Remedy};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::permission_set::CatalogSet;

/// What granted a permission to a scoped user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grant {
    Role,
    Flag(&'static str),
}

/// A decision before it is put into words; `can` stops here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict<'s> {
    Administrator(&'s Member),
    /// Granted by the role or a flag; which one, `explain` works out.
    Granted(&'s Member),
    /// A git provider the member reaches (`gitProviders.read`) or created (`.delete`).
    Provider(&'s Member, ProviderGrant),
    /// A git provider the member may not reach or delete, by the permission's rule.
    ProviderRefused(&'s Member, &'s str, ScopeRule),
    NoPermission(&'s Member),
    Unlicensed(&'s Member),
    UnknownUser,
    MissingScope(ScopeKind),
    OutOfScope(&'s Member, ScopeKind, &'s str),
}

impl Verdict<'_> {
    pub(crate) fn allowed(&self) -> bool {
        matches!(
            self,
            Verdict::Administrator(_) | Verdict::Granted(..) | Verdict::Provider(..)
        )
    }
}

/// What a member's role grants by itself, without the member flags: the one rule `can`, the
/// procedure checks and the management checks read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RoleGrants {
    /// The role's permission set: owner every permission, admin every one but
    /// `organization.delete`, a plain member the base set, a custom role its statements.
    Set(Permissions),
    /// A custom role while the organization has no Enterprise licence: nothing.
    Unlicensed,
    /// A custom role the organization does not define: nothing.
    UnknownRole,
}

pub(crate) fn role_grants(org: &Organization, member: &Member) -> RoleGrants {
    match &member.role {
        Role::Owner => RoleGrants::Set(Permissions::all()),
        Role::Admin => {
            RoleGrants::Set(Permissions::all().difference(Permissions::ORGANIZATION_DELETE))
        }
        Role::Member => RoleGrants::Set(MEMBER_BASE),
        Role::Custom(_) if !org.licensed() => RoleGrants::Unlicensed,
        Role::Custom(name) => org
            .custom_role(name)
            .map_or(RoleGrants::UnknownRole, |role| {
                RoleGrants::Set(role.permissions())
            }),
    }
}

/// What a plain member's flags add to the base set (nothing for any other role).
pub(crate) fn flag_grants(member: &Member) -> Permissions {
    if member.role != Role::Member {
        return Permissions::empty();
    }
    MEMBER_FLAGS
        .iter()
        .enumerate()
        .filter(|&(i, _)| member.flag(i))
        .fold(Permissions::empty(), |set, (_, (_, grant))| {
            set.union(*grant)
        })
}

/// The permission set a member holds, before scope: the role's and, for a plain member, the
/// flags'. Custom roles grant nothing unlicensed.
pub(crate) fn role_permissions(org: &Organization, member: &Member) -> Permissions {
    match role_grants(org, member) {
        RoleGrants::Set(set) => set.union(flag_grants(member)),
        RoleGrants::Unlicensed | RoleGrants::UnknownRole => Permissions::empty(),
    }
}

/// What granted `bit` to a member whose compiled permissions hold it.
pub(crate) fn grant_of(org: &Organization, member: &Member, bit: Permissions) -> Option<Grant> {
    match &member.role {
        Role::Member if MEMBER_BASE.contains(bit) => Some(Grant::Role),
        Role::Member => MEMBER_FLAGS
            .iter()
            .enumerate()
            .find(|&(i, (_, grant))| member.flag(i) && grant.contains(bit))
            .map(|(_, (flag, _))| Grant::Flag(flag)),
        _ => role_permissions(org, member)
            .contains(bit)
            .then_some(Grant::Role),
    }
}

/// Grants a decision may take as held, to find what would lift a denial: the permission in
/// the member's role or flags, the target's ids in the member's access lists.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Assume {
    pub(crate) permission: bool,
    pub(crate) access_lists: bool,
}

fn evaluate<'s>(
    org: &'s Organization,
    member: Option<&'s Member>,
    index: usize,
    target: &Target<'s>,
) -> Verdict<'s> {
    evaluate_assuming(org, member, index, target, Assume::default())
}

/// [`evaluate`] as if the grants `assume` names were held.
pub(crate) fn evaluate_assuming<'s>(
    org: &'s Organization,
    member: Option<&'s Member>,
    index: usize,
    target: &Target<'s>,
    assume: Assume,
) -> Verdict<'s> {
    let Some(member) = member else {
        return Verdict::UnknownUser;
    };
    if matches!(member.role, Role::Custom(_)) && !org.licensed() {
        return Verdict::Unlicensed(member);
    }
    let rule = scope_rule(index);
    let administrator = member.role.is_administrator();
    let provider = target.get(ScopeKind::GitProvider);
    // Dokploy decides access to a provider without reading any permission.
    if let (ScopeRule::ProviderAccess, Some(id)) = (rule, provider) {
        return if administrator {
            Verdict::Administrator(member)
        } else {
            let listed = (assume.access_lists && org.licensed()) || listed(org, member, id);
            match provider_grant(org, member, id, listed) {
                Some(grant) => Verdict::Provider(member, grant),
                None => Verdict::ProviderRefused(member, id, rule),
            }
        };
    }
    if !assume.permission && !member.permissions.contains(Permissions::single(index)) {
        return Verdict::NoPermission(member);
    }
    let (kind, required) = match rule {
        ScopeRule::Organization | ScopeRule::ProviderAccess => (None, false),
        ScopeRule::Required(kind) => (Some(kind), true),
        ScopeRule::LicensedList(kind) => (org.licensed().then_some(kind), false),
        ScopeRule::ProviderCreator => match provider {
            Some(id) if !administrator => {
                return if created(org, member, id) {
                    Verdict::Provider(member, ProviderGrant::Creator)
                } else {
                    Verdict::ProviderRefused(member, id, rule)
                };
            }
            _ => (None, false),
        },
    };
    if let Some(kind) = kind {
        match target.get(kind) {
            None if required => return Verdict::MissingScope(kind),
            Some(id)
                if !administrator
                    && !assume.access_lists
                    && !org.access.grants(member, kind, id) =>
            {
                return Verdict::OutOfScope(member, kind, id)
            }
            _ => {}
        }
    }
    if administrator {
        Verdict::Administrator(member)
    } else {
        Verdict::Granted(member)
    }
}

/// The grants that together would lift `verdict`, a denial of `index` to `member`: found by
/// deciding again as if they were held, so each list does allow.
fn remedies(
    org: &Organization,
    member: &Member,
    index: usize,
    target: &Target<'_>,
    verdict: Verdict<'_>,
) -> Vec<Remedy> {
    let allows = |assume| evaluate_assuming(org, Some(member), index, target, assume).allowed();
    let access_list = |kind: ScopeKind, id: &str| Remedy::AccessList {
        list: kind.access_list(),
        id: id.to_owned(),
    };
    match verdict {
        Verdict::NoPermission(_) => {
            let bit = Permissions::single(index);
            let grant = match &member.role {
                Role::Member => MEMBER_FLAGS
                    .iter()
                    .find(|(_, grant)| grant.contains(bit))
                    .map(|(flag, _)| Remedy::Flag(flag)),
                Role::Custom(name) if PERMISSIONS[index].resource().assignable_to_custom_role => {
                    Some(Remedy::RolePermission {
                        role: name.clone(),
                        permission: PERMISSIONS[index].id,
                    })
                }
                _ => None,
            };
            let Some(grant) = grant else {
                return Vec::new();
            };
            let with_permission = Assume {
                permission: true,
                access_lists: false,
            };
            match evaluate_assuming(org, Some(member), index, target, with_permission) {
                verdict if verdict.allowed() => vec![grant],
                Verdict::OutOfScope(_, kind, id)
                    if allows(Assume {
                        permission: true,
                        access_lists: true,
                    }) =>
                {
                    vec![grant, access_list(kind, id)]
                }
                _ => Vec::new(),
            }
        }
        Verdict::OutOfScope(_, kind, id) => {
            let with_lists = Assume {
                permission: false,
                access_lists: true,
            };
            if allows(with_lists) {
                vec![access_list(kind, id)]
            } else {
                Vec::new()
            }
        }
        Verdict::ProviderRefused(_, id, ScopeRule::ProviderAccess)
            if allows(Assume {
                permission: false,
                access_lists: true,
            }) =>
        {
            vec![access_list(ScopeKind::GitProvider, id)]
        }
        _ => Vec::new(),
    }
}

impl Organization {
    /// Compiles what a check reads: each member's permission set (role, flags, licence).
    /// Run after loading and after every change.
    pub(crate) fn compile(&mut self) {
        for i in 0..self.members.len() {
            self.members[i].permissions = role_permissions(self, &self.members[i]);
        }
        self.access = AccessIndex::compile(&mut self.members);
    }
}

pub(crate) fn permission_index(id: &str) -> Result<usize> {
    Permissions::index_of(id).ok_or_else(|| {
        Error::new(
            ErrorCode::UnknownId,
            "id",
            text!("`", id, "` is not a Dokploy permission id"),
        )
    })
}

impl Organization {
    /// Whether `user` may use `permission` on `target`. An unknown permission id is an error.
    pub fn can(&self, user: &str, permission: &str, target: &Target<'_>) -> Result<bool> {
        Ok(self.can_index(user, permission_index(permission)?, target))
    }

    /// [`can`](Self::can) with a catalog index, for callers that resolved the id once.
    pub fn can_index(&self, user: &str, index: usize, target: &Target<'_>) -> bool {
        self.can_acting(self.acting(user), index, target)
    }

    /// [`can_index`](Self::can_index) for a member looked up already (`None`: no acting member).
    pub(crate) fn can_acting(
        &self,
        member: Option<&Member>,
        index: usize,
        target: &Target<'_>,
    ) -> bool {
        index < Permissions::LEN && evaluate(self, member, index, target).allowed()
    }

    /// [`can_index`](Self::can_index) for the member at `member_index` of
    /// [`members`](Self::members) (`None`: no such member): for callers that found it already.
    pub(crate) fn can_member(
        &self,
        member_index: Option<usize>,
        index: usize,
        target: &Target<'_>,
    ) -> bool {
        self.can_acting(self.acting_at(member_index), index, target)
    }

    /// The decision with its reason.
    pub fn explain(&self, user: &str, id: &str, target: &Target<'_>) -> Result<Decision> {
        Ok(self.explain_index(user, permission_index(id)?, target))
    }

    /// [`explain`](Self::explain) with a catalog index (`index < Permissions::LEN`).
    pub(crate) fn explain_index(&self, user: &str, index: usize, target: &Target<'_>) -> Decision {
        let member = self.acting(user);
        let verdict = evaluate(self, member, index, target);
        let remedies = match (verdict.allowed(), member) {
            (false, Some(member)) => remedies(self, member, index, target, verdict),
            _ => Vec::new(),
        };
        verdict.describe(self, index, user).with_remedies(remedies)
    }

    /// Every permission allowed to `user` on `target`, in catalog order.
    pub fn allowed(&self, user: &str, target: &Target<'_>) -> Permissions {
        self.allowed_for(self.acting(user), target)
    }

    /// [`allowed`](Self::allowed) for the member at `member_index` of
    /// [`members`](Self::members) (`None`: no such member): for callers that found it already.
    pub(crate) fn allowed_member(
        &self,
        member_index: Option<usize>,
        target: &Target<'_>,
    ) -> Permissions {
        self.allowed_for(self.acting_at(member_index), target)
    }

    /// The member's permissions less what the target's scope takes away: the same verdicts
    /// as [`evaluate`] on each, in a few set operations.
    pub(crate) fn allowed_for(&self, member: Option<&Member>, target: &Target<'_>) -> Permissions {
        match member {
            Some(member) => self.allowed_with(member, target, |kind, id| {
                self.access.grants(member, kind, id)
            }),
            None => Permissions::empty(),
        }
    }

    /// [`allowed_for`](Self::allowed_for) with `grants` saying whether the member's access
    /// lists hold an id: what the audits ask of a target inside or outside the lists at once.
    pub(crate) fn allowed_with(
        &self,
        member: &Member,
        target: &Target<'_>,
        grants: impl Fn(ScopeKind, &str) -> bool,
    ) -> Permissions {
        if matches!(member.role, Role::Custom(_)) && !self.licensed() {
            return Permissions::empty();
        }
        let administrator = member.role.is_administrator();
        let mut allowed = member.permissions;
        for kind in ScopeKind::ALL {
            let (required, licensed_list) = scope_masks(kind);
            match target.get(kind) {
                None => allowed.remove(required),
                Some(id) if !administrator && !grants(kind, id) => {
                    allowed.remove(required);
                    if self.licensed() {
                        allowed.remove(licensed_list);
                    }
                }
                Some(_) => {}
            }
        }
        if let Some(id) = target.get(ScopeKind::GitProvider) {
            // Reaching the provider reads no permission; deleting it needs its creator.
            let reaches = administrator
                || provider_grant(self, member, id, listed(self, member, id)).is_some();
            allowed.set(Permissions::GIT_PROVIDERS_READ, reaches);
            if !administrator && !created(self, member, id) {
                allowed.remove(Permissions::GIT_PROVIDERS_DELETE);
            }
        }
        allowed
    }

    /// What the user's role grants, ignoring scope (empty for an unknown user).
    pub fn permissions(&self, user: &str) -> Permissions {
        self.acting(user)
            .map(|member| member.permissions)
            .unwrap_or_default()
    }
}
