//! The dense form a check reads: every user and team id a policy, a control or a registry grant
//! names, compiled once at load to its position in the state's users or teams. A check then
//! compares small integers (a binary search in a sorted run) where it compared strings, and
//! looks each string up once, at the boundary. Every run lives in one arena of the state, so a
//! large state pays no allocation per control. The state never changes after load (a new one
//! replaces it), so the compiled form is exact for its whole life.

use crate::prelude::*;

use super::model::{Members, PortainerState, Span, User};
use super::role::Role;
use crate::core::id_map::{IdIndex, IdList};
use crate::core::runs;

/// Builds the arena: runs of positions, each sorted.
struct Arena<'m> {
    runs: Vec<u32>,
    users: &'m IdIndex,
    teams: &'m IdIndex,
}

impl Arena<'_> {
    /// The run of the positions in `index` of `ids` (those it holds), sorted when `sorted` (a
    /// user's teams keep their order). Written straight into the arena, with no list of them
    /// first.
    fn positions(&mut self, ids: Option<&IdList>, index: &IdIndex, sorted: bool) -> Span {
        let start = self.runs.len();
        if let Some(ids) = ids {
            for id in ids {
                if let Some(position) = index.get(id.as_str()) {
                    self.runs.push(position as u32);
                }
            }
        }
        runs::close(&mut self.runs, start, sorted)
    }

    fn members(&mut self, users: Option<&IdList>, teams: Option<&IdList>) -> Members {
        let (user_index, team_index) = (self.users, self.teams);
        Members {
            users: self.positions(users, user_index, true),
            teams: self.positions(teams, team_index, true),
        }
    }

    /// A policy's roles as `position << 3 | role`, sorted by position.
    fn roles(&mut self, ids: Option<&IdList>, roles: &[Role], index: &IdIndex) -> Span {
        let start = self.runs.len();
        if let Some(ids) = ids {
            for (id, &role) in ids.into_iter().zip(roles) {
                if let Some(position) = index.get(id.as_str()) {
                    self.runs.push((position as u32) << 3 | role as u32);
                }
            }
        }
        runs::close(&mut self.runs, start, true)
    }
}

impl PortainerState {
    /// Compiles the dense form from the loaded state (run once, at the end of loading).
    pub(crate) fn compile(&mut self) {
        let mut arena = Arena {
            runs: Vec::new(),
            users: &self.user_index,
            teams: &self.team_index,
        };
        for (position, user) in self.users.iter_mut().enumerate() {
            user.position = position as u32;
            let teams = arena.teams;
            user.team_positions = arena.positions(user.teams.as_ref(), teams, false);
        }
        for group in &mut self.groups {
            let (u, t) = (&mut group.user_policies, &mut group.team_policies);
            u.dense = arena.roles(u.ids.as_ref(), &u.roles, arena.users);
            t.dense = arena.roles(t.ids.as_ref(), &t.roles, arena.teams);
        }
        for env in &mut self.environments {
            let (u, t) = (&mut env.user_policies, &mut env.team_policies);
            u.dense = arena.roles(u.ids.as_ref(), &u.roles, arena.users);
            t.dense = arena.roles(t.ids.as_ref(), &t.roles, arena.teams);
            env.group_position = env
                .group_id
                .as_deref()
                .and_then(|g| self.group_index.get(g));
            for (_, grant) in env.registry_access.iter_mut().flatten() {
                grant.members = arena.members(grant.users.as_ref(), grant.teams.as_ref());
            }
        }
        for resource in &mut self.resources {
            if let Some(control) = &mut resource.control {
                control.members = arena.members(control.users.as_ref(), control.teams.as_ref());
            }
        }
        arena.runs.shrink_to_fit();
        self.compiled = arena.runs;
    }

    fn run(&self, span: Span) -> &[u32] {
        span.of(&self.compiled)
    }

    /// The positions of `user`'s teams, in their order.
    pub(crate) fn team_positions(&self, user: &User) -> &[u32] {
        self.run(user.team_positions)
    }

    /// Whether `members` name `user` or one of their teams.
    pub(crate) fn includes(&self, members: Members, user: &User) -> bool {
        let teams = self.run(members.teams);
        self.run(members.users)
            .binary_search(&user.position)
            .is_ok()
            || self
                .team_positions(user)
                .iter()
                .any(|t| teams.binary_search(t).is_ok())
    }

    /// The role a compiled policy gives the user or team at `position`.
    pub(crate) fn role_at(&self, policy: Span, position: u32) -> Option<Role> {
        let entries = self.run(policy);
        let i = entries.binary_search_by_key(&position, |&e| e >> 3).ok()?;
        Role::ALL.get((entries[i] & 7) as usize).copied()
    }
}
