//! How a user's role on an environment is resolved from the policies of the user and their
//! teams on the environment and its group.

use crate::prelude::*;

use crate::core::text::text;

use super::model::{Environment, Policies, PortainerState, User};
use super::role::Role;

/// Which policy gave the user their role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicySource<'s> {
    /// The user's own policy on the environment.
    UserOnEnvironment,
    /// The user's own policy on the environment's group.
    UserOnGroup(&'s str),
    /// A team's policy on the environment.
    TeamOnEnvironment(&'s str),
    /// A team's policy on the environment's group.
    TeamOnGroup(&'s str, &'s str),
}

/// A user's role on an environment and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleGrant<'s> {
    /// The role.
    pub role: Role,
    /// The policy it came from.
    pub source: PolicySource<'s>,
}

impl RoleGrant<'_> {
    pub(crate) fn describe(&self) -> String {
        match self.source {
            PolicySource::UserOnEnvironment => {
                "the user's own policy on the environment".to_owned()
            }
            PolicySource::UserOnGroup(group) => text!("the user's policy on group `", group, "`"),
            PolicySource::TeamOnEnvironment(team) => {
                text!("team `", team, "`'s policy on the environment")
            }
            PolicySource::TeamOnGroup(team, group) => {
                text!("team `", team, "`'s policy on group `", group, "`")
            }
        }
    }
}

/// The least privileged team role at one level, with the team that holds it.
fn team_role<'s>(
    state: &'s PortainerState,
    user: &User,
    policies: &Policies,
) -> Option<(Role, &'s str)> {
    state
        .team_positions(user)
        .iter()
        .filter_map(|&team| {
            let role = state.role_at(policies.dense, team)?;
            Some((role, state.teams.get(team as usize)?.id.as_str()))
        })
        .reduce(|held, next| {
            if next.0.least_privileged(held.0) != held.0 {
                next
            } else {
                held
            }
        })
}

/// Resolves the user's role: own policy on the environment, own policy on its group, teams'
/// policies on the environment, teams' policies on the group; first hit wins.
pub(crate) fn resolve_role<'s>(
    state: &'s PortainerState,
    user: &'s User,
    env: &'s Environment,
) -> Option<RoleGrant<'s>> {
    if let Some(role) = state.role_at(env.user_policies.dense, user.position) {
        return Some(RoleGrant {
            role,
            source: PolicySource::UserOnEnvironment,
        });
    }
    let group = env.group_position.and_then(|g| state.groups.get(g));
    if let Some(group) = group {
        if let Some(role) = state.role_at(group.user_policies.dense, user.position) {
            return Some(RoleGrant {
                role,
                source: PolicySource::UserOnGroup(&group.id),
            });
        }
    }
    if let Some((role, team)) = team_role(state, user, &env.team_policies) {
        return Some(RoleGrant {
            role,
            source: PolicySource::TeamOnEnvironment(team),
        });
    }
    let group = group?;
    team_role(state, user, &group.team_policies).map(|(role, team)| RoleGrant {
        role,
        source: PolicySource::TeamOnGroup(team, &group.id),
    })
}

impl PortainerState {
    /// The user's role on an environment (`None` for the global administrator, who is outside
    /// RBAC, and for unknown users or environments).
    pub fn role_of(&self, user: &str, environment: &str) -> Option<Role> {
        self.role_grant(user, environment).map(|g| g.role)
    }

    /// The user's role and the policy it came from.
    pub fn role_grant(&self, user: &str, environment: &str) -> Option<RoleGrant<'_>> {
        let user = self.acting(user)?;
        let env = self.environment(environment)?;
        if user.is_administrator() {
            return None;
        }
        resolve_role(self, user, env)
    }
}
