//! Who may reach a git provider, written once: `can` (`gitProviders.read` on a provider), the
//! procedure checks (`assertGitProviderAccess`) and `canEditDeployGitSource` all ask
//! [`accessible`]. Dokploy's `getAccessibleGitProviderIds` gives a member who is neither owner
//! nor admin the providers they created, those shared with the organization, and, with an
//! Enterprise licence, those in their `accessedGitProviders`; `canEditDeployGitSource` reads the
//! first two only.

use crate::prelude::*;

use crate::core::text::text;

use super::catalog::ScopeKind;
use super::model::{Member, Organization};

/// What gives a user who is neither owner nor admin a git provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ProviderGrant {
    /// They created it.
    Creator,
    /// It is shared with the organization.
    Shared,
    /// It is in their `accessedGitProviders`, which binds with a licence.
    AccessList,
}

impl ProviderGrant {
    /// The name a decision gives as its `via`.
    pub(crate) fn via(self) -> &'static str {
        match self {
            ProviderGrant::Creator => "creator",
            ProviderGrant::Shared => "sharedWithOrganization",
            ProviderGrant::AccessList => "accessedGitProviders",
        }
    }
}

/// The rule. `created` and `shared` are read in that order and only as far as needed; `listed`
/// says whether the member's access list grants the provider and binds (a licence). A fact
/// that cannot be read (a procedure check on a state that lists no providers and a context
/// that does not say) is an error only when the access list does not grant the provider anyway.
pub(crate) fn accessible<E>(
    created: impl FnOnce() -> Result<bool, E>,
    shared: impl FnOnce() -> Result<bool, E>,
    listed: bool,
) -> Result<Option<ProviderGrant>, E> {
    let unread = |error: E| {
        if listed {
            Ok(Some(ProviderGrant::AccessList))
        } else {
            Err(error)
        }
    };
    match created() {
        Ok(true) => return Ok(Some(ProviderGrant::Creator)),
        Ok(false) => {}
        Err(error) => return unread(error),
    }
    match shared() {
        Ok(true) => Ok(Some(ProviderGrant::Shared)),
        Ok(false) => Ok(listed.then_some(ProviderGrant::AccessList)),
        Err(error) => unread(error),
    }
}

/// Whether the access list of `member` grants the git provider `id` and binds (a licence).
pub(crate) fn listed(org: &Organization, member: &Member, id: &str) -> bool {
    org.licensed() && org.access.grants(member, ScopeKind::GitProvider, id)
}

/// Whether `member` created the git provider `id` (a provider the state does not list was
/// created by nobody it knows).
pub(crate) fn created(org: &Organization, member: &Member, id: &str) -> bool {
    org.git_provider(id)
        .is_some_and(|provider| provider.creator() == Some(member.user_id.as_str()))
}

/// [`accessible`] on what the state holds, for `member` neither owner nor admin; `listed`
/// false asks `canEditDeployGitSource`'s question. A provider the state does not list is
/// nobody's and not shared.
pub(crate) fn provider_grant(
    org: &Organization,
    member: &Member,
    id: &str,
    listed: bool,
) -> Option<ProviderGrant> {
    let known = accessible::<core::convert::Infallible>(
        || Ok(created(org, member, id)),
        || Ok(org.git_provider(id).is_some_and(|p| p.shared())),
        listed,
    );
    match known {
        Ok(grant) => grant,
        Err(never) => match never {},
    }
}

/// Why [`accessible`] refused the git provider `id` to `user`.
pub(crate) fn not_accessible(id: &str, user: &str, licensed: bool) -> String {
    let list = if licensed {
        "nor in their `accessedGitProviders`"
    } else {
        "and without an Enterprise licence `accessedGitProviders` grants nothing"
    };
    text!(
        "git provider `",
        id,
        "` is neither created by `",
        user,
        "` nor shared with the organization, ",
        list
    )
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::*;

    const UNKNOWN: Result<bool, &str> = Err("unknown");

    #[test]
    fn any_one_grant_is_enough() {
        assert_eq!(
            accessible(|| UNKNOWN, || UNKNOWN, true),
            Ok(Some(ProviderGrant::AccessList))
        );
        assert_eq!(
            accessible(|| Ok(false), || UNKNOWN, true),
            Ok(Some(ProviderGrant::AccessList))
        );
        assert_eq!(
            accessible(|| Ok(true), || UNKNOWN, false),
            Ok(Some(ProviderGrant::Creator))
        );
        assert_eq!(
            accessible::<&str>(|| Ok(false), || Ok(true), false),
            Ok(Some(ProviderGrant::Shared))
        );
        assert_eq!(
            accessible::<&str>(|| Ok(false), || Ok(false), true),
            Ok(Some(ProviderGrant::AccessList))
        );
        assert_eq!(
            accessible::<&str>(|| Ok(false), || Ok(false), false),
            Ok(None)
        );
    }

    #[test]
    fn an_unknown_fact_matters_only_when_nothing_else_grants() {
        assert_eq!(accessible(|| UNKNOWN, || Ok(true), false), Err("unknown"));
        assert_eq!(accessible(|| Ok(false), || UNKNOWN, false), Err("unknown"));
    }

    #[test]
    fn deploying_reads_neither_the_licence_nor_the_access_list() {
        let org = Organization::from_json(
            r#"{"licensed": true,
                "members": [{"userId": "o", "role": "owner"},
                            {"userId": "m", "role": "member", "accessedGitProviders": ["g"]}],
                "gitProviders": [{"gitProviderId": "g", "userId": "o"}]}"#,
        )
        .unwrap();
        let member = org.acting("m").unwrap();
        assert_eq!(
            provider_grant(&org, member, "g", listed(&org, member, "g")),
            Some(ProviderGrant::AccessList)
        );
        assert_eq!(provider_grant(&org, member, "g", false), None);
        assert!(!org.can_edit_deploy_git_source("m", "g").allowed);
    }
}
