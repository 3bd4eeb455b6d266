//! Putting a Dokploy verdict into words: the decision's code, message, and what decided
//! (the role, the flag, the access list).

use super::catalog::Permissions;
use super::catalog::ScopeKind;
use super::catalog::{scope_rule, ScopeRule, PERMISSIONS};
use super::evaluate::{grant_of, Grant, ProviderGrant, Verdict};
use super::model::Organization;
use crate::core::decision::{Decision, DecisionCode};
use crate::core::permission_set::CatalogSet;

impl Verdict<'_> {
    pub(crate) fn describe(self, org: &Organization, index: usize, user: &str) -> Decision {
        let id = PERMISSIONS[index].id;
        match self {
        Verdict::Administrator(member) => Decision::new(
            DecisionCode::Administrator,
            format!("`{user}` is the organization's {} and may `{id}` everywhere", member.role.name()),
        )
        .with_role(member.role.name())
        .with_via(member.role.name()),
        Verdict::Granted(member) => {
            let grant = grant_of(org, member, Permissions::single(index)).unwrap_or(Grant::Role);
            let (via, how) = match grant {
                Grant::Role => (
                    member.role.name().to_owned(),
                    format!("role `{}` grants `{id}`", member.role.name()),
                ),
                Grant::Flag(flag) => (
                    flag.to_owned(),
                    format!("the member flag `{flag}` grants `{id}`"),
                ),
            };
            let scoped = match scope_rule(index) {
                ScopeRule::Required(kind) => format!(" and the {} is in `{}`", kind.noun(), kind.access_list()),
                _ => String::new(),
            };
            Decision::new(DecisionCode::Granted, format!("{how}{scoped}"))
                .with_role(member.role.name())
                .with_via(via)
        }
        Verdict::Provider(member, grant) => {
            let provider = ScopeKind::GitProvider.noun();
            let (via, how) = match grant {
                ProviderGrant::Creator => ("creator", format!("`{user}` created the {provider}")),
                ProviderGrant::Shared => (
                    "sharedWithOrganization",
                    format!("the {provider} is shared with the organization"),
                ),
                ProviderGrant::AccessList => (
                    "accessedGitProviders",
                    format!("the {provider} is in the `accessedGitProviders` of `{user}`"),
                ),
            };
            Decision::new(DecisionCode::Granted, format!("{how}, which allows `{id}` on it"))
                .with_role(member.role.name())
                .with_via(via)
        }
        Verdict::ProviderRefused(member, provider_id, rule) => {
            let message = if rule == ScopeRule::ProviderCreator {
                format!(
                    "only the owner, an admin or its creator may `{id}` on git provider `{provider_id}`, and `{user}` did not create it"
                )
            } else {
                let list = if org.licensed() {
                    "nor in their `accessedGitProviders`"
                } else {
                    "and without an Enterprise licence `accessedGitProviders` grants nothing"
                };
                format!(
                    "git provider `{provider_id}` is neither created by `{user}` nor shared with the organization, {list}"
                )
            };
            Decision::new(DecisionCode::OutOfScope, message)
                .with_role(member.role.name())
                .with_scope(ScopeKind::GitProvider.target_field())
        }
        Verdict::NoPermission(member) => Decision::new(
            DecisionCode::NoPermission,
            format!("role `{}` does not include `{id}`", member.role.name()),
        )
        .with_role(member.role.name()),
        Verdict::Unlicensed(member) => Decision::new(
            DecisionCode::Unlicensed,
            format!(
                "`{user}` holds the custom role `{}`, and custom roles need an Enterprise licence, which the organization does not have",
                member.role.name()
            ),
        )
        .with_role(member.role.name()),
        Verdict::UnknownUser => Decision::new(
            DecisionCode::UnknownUser,
            format!("`{user}` is not a member of the organization"),
        ),
        Verdict::MissingScope(kind) => Decision::new(
            DecisionCode::MissingScope,
            format!("`{id}` needs `{}` in the target", kind.target_field()),
        )
        .with_scope(kind.target_field()),
        Verdict::OutOfScope(member, kind, target_id) => Decision::new(
            DecisionCode::OutOfScope,
            format!(
                "{} `{target_id}` is not in the `{}` of `{user}`",
                kind.noun(),
                kind.access_list()
            ),
        )
        .with_role(member.role.name())
        .with_scope(kind.target_field()),
    }
    }
}
