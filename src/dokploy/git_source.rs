//! Whether a member may set a deploy's git source to a provider: Dokploy's
//! `canEditDeployGitSource`, which `application.one` and `compose.one` answer as
//! `hasGitProviderAccess`. Unlike reaching a provider, it reads neither the licence nor the
//! access lists, and only the owner is special: an admin may not point a deploy at the
//! owner's unshared provider.

use crate::core::text::text;

use super::git_provider::{provider_grant, ProviderGrant};
use super::model::{Organization, Role};
use crate::core::decision::{Decision, DecisionCode};

impl Organization {
    /// Whether `user` may deploy from the git provider `provider`: the owner always; anyone
    /// else from a provider they created or one shared with the organization.
    pub fn can_edit_deploy_git_source(&self, user: &str, provider: &str) -> Decision {
        let Some(member) = self.acting(user) else {
            return Decision::new(
                DecisionCode::UnknownUser,
                text!("`", user, "` is not a member of the organization"),
            );
        };
        let role = member.role.name();
        if member.role == Role::Owner {
            return Decision::new(
                DecisionCode::Administrator,
                text!(
                    "`",
                    user,
                    "` is the organization's owner and may deploy from any git provider"
                ),
            )
            .with_role(role)
            .with_via(role);
        }
        match provider_grant(self, member, provider, false) {
            Some(ProviderGrant::Creator) => Decision::new(
                DecisionCode::Granted,
                text!("`", user, "` created git provider `", provider, "` and may deploy from it"),
            )
            .with_role(role)
            .with_via(ProviderGrant::Creator.via()),
            Some(grant) => Decision::new(
                DecisionCode::Granted,
                text!("git provider `", provider, "` is shared with the organization, so `", user, "` may deploy from it"),
            )
            .with_role(role)
            .with_via(grant.via()),
            None => Decision::new(
                DecisionCode::OutOfScope,
                text!("only the owner, the provider's creator, or anyone when it is shared with the organization may deploy from git provider `", provider, "`; `", user, "` (", role, ") is none of these"),
            )
            .with_role(role)
            .with_scope("gitProviderId"),
        }
    }
}
