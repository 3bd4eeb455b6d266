//! Putting a Dokploy verdict into words: the decision's code, message, and what decided
//! (the role, the flag, the access list).

use crate::prelude::*;

use crate::core::text::text;

use super::catalog::Permissions;
use super::catalog::ScopeKind;
use super::catalog::{scope_rule, ScopeRule, PERMISSIONS};
use super::evaluate::{grant_of, Grant, Verdict};
use super::git_provider::{not_accessible, ProviderGrant};
use super::model::Organization;
use crate::core::decision::{Decision, DecisionCode};
use crate::core::permission_set::CatalogSet;

impl Verdict<'_> {
    pub(crate) fn describe(self, org: &Organization, index: usize, user: &str) -> Decision {
        let id = PERMISSIONS[index].id;
        match self {
        Verdict::Administrator(member) => Decision::new(
            DecisionCode::Administrator,
            text!("`", user, "` is the organization's ", member.role.name(), " and may `", id, "` everywhere"),
        )
        .with_role(member.role.name())
        .with_via(member.role.name()),
        Verdict::Granted(member) => {
            let grant = grant_of(org, member, Permissions::single(index)).unwrap_or(Grant::Role);
            let (via, how) = match grant {
                Grant::Role => (
                    member.role.name().to_owned(),
                    text!("role `", member.role.name(), "` grants `", id, "`"),
                ),
                Grant::Flag(flag) => (
                    flag.to_owned(),
                    text!("the member flag `", flag, "` grants `", id, "`"),
                ),
            };
            let scoped = match scope_rule(index) {
                ScopeRule::Required(kind) => text!(" and the ", kind.noun(), " is in `", kind.access_list(), "`"),
                _ => String::new(),
            };
            Decision::new(DecisionCode::Granted, text!(how, scoped))
                .with_role(member.role.name())
                .with_via(via)
        }
        Verdict::Provider(member, grant) => {
            let provider = ScopeKind::GitProvider.noun();
            let how = match grant {
                ProviderGrant::Creator => text!("`", user, "` created the ", provider),
                ProviderGrant::Shared => text!("the ", provider, " is shared with the organization"),
                ProviderGrant::AccessList => {
                    text!("the ", provider, " is in the `accessedGitProviders` of `", user, "`")
                }
            };
            let via = grant.via();
            Decision::new(DecisionCode::Granted, text!(how, ", which allows `", id, "` on it"))
                .with_role(member.role.name())
                .with_via(via)
        }
        Verdict::ProviderRefused(member, provider_id, rule) => {
            let message = if rule == ScopeRule::ProviderCreator {
                text!("only the owner, an admin or its creator may `", id, "` on git provider `", provider_id, "`, and `", user, "` did not create it")
            } else {
                not_accessible(provider_id, user, org.licensed())
            };
            Decision::new(DecisionCode::OutOfScope, message)
                .with_role(member.role.name())
                .with_scope(ScopeKind::GitProvider.target_field())
        }
        Verdict::NoPermission(member) => Decision::new(
            DecisionCode::NoPermission,
            text!("role `", member.role.name(), "` does not include `", id, "`"),
        )
        .with_role(member.role.name()),
        Verdict::Unlicensed(member) => Decision::new(
            DecisionCode::Unlicensed,
            text!("`", user, "` holds the custom role `", member.role.name(), "`, and custom roles need an Enterprise licence, which the organization does not have"),
        )
        .with_role(member.role.name()),
        Verdict::UnknownUser => Decision::new(
            DecisionCode::UnknownUser,
            text!("`", user, "` is not a member of the organization"),
        ),
        Verdict::MissingScope(kind) => Decision::new(
            DecisionCode::MissingScope,
            text!("`", id, "` needs `", kind.target_field(), "` in the target"),
        )
        .with_scope(kind.target_field()),
        Verdict::OutOfScope(member, kind, target_id) => Decision::new(
            DecisionCode::OutOfScope,
            text!(kind.noun(), " `", target_id, "` is not in the `", kind.access_list(), "` of `", user, "`"),
        )
        .with_role(member.role.name())
        .with_scope(kind.target_field()),
    }
    }
}
