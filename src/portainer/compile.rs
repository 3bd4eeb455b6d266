//! The dense form a check reads: every user and team id a policy, a control or a registry grant
//! names, compiled once at load to its position in the state's users or teams. A check then
//! compares small integers (a binary search in a sorted list) where it compared strings, and
//! looks each string up once, at the boundary. The state never changes after load (a new one
//! replaces it), so the compiled form is exact for its whole life.

use super::model::{PortainerState, User};
use super::role::Role;
use crate::core::id_map::{IdList, IdMap};

/// Positions in the state's users or teams, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DenseIds(Vec<u32>);

impl DenseIds {
    fn of(ids: Option<&IdList>, index: &IdMap<String, usize>) -> Self {
        let mut positions: Vec<u32> = ids
            .into_iter()
            .flatten()
            .filter_map(|id| index.get(id.as_str()).map(|&i| i as u32))
            .collect();
        heapsort(&mut positions);
        DenseIds(positions)
    }

    pub(crate) fn contains(&self, position: u32) -> bool {
        self.0.binary_search(&position).is_ok()
    }
}

/// The users and teams a control or a registry grant names, compiled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Members {
    users: DenseIds,
    teams: DenseIds,
}

impl Members {
    pub(crate) fn of(
        users: Option<&IdList>,
        teams: Option<&IdList>,
        state_users: &IdMap<String, usize>,
        state_teams: &IdMap<String, usize>,
    ) -> Self {
        Members {
            users: DenseIds::of(users, state_users),
            teams: DenseIds::of(teams, state_teams),
        }
    }

    /// Whether they name `user` or one of their teams.
    pub(crate) fn include(&self, user: &User) -> bool {
        self.users.contains(user.position)
            || user.team_positions.iter().any(|&t| self.teams.contains(t))
    }
}

/// Roles by position of the user or team a policy names: `position << 3 | role`, sorted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DenseRoles(Vec<u32>);

impl DenseRoles {
    pub(crate) fn of(ids: Option<&IdList>, roles: &[Role], index: &IdMap<String, usize>) -> Self {
        let mut entries: Vec<u32> = ids
            .into_iter()
            .flatten()
            .zip(roles)
            .filter_map(|(id, &role)| {
                index
                    .get(id.as_str())
                    .map(|&i| (i as u32) << 3 | role as u32)
            })
            .collect();
        heapsort(&mut entries);
        DenseRoles(entries)
    }

    pub(crate) fn get(&self, position: u32) -> Option<Role> {
        let i = self.0.binary_search_by_key(&position, |&e| e >> 3).ok()?;
        Role::ALL.get((self.0[i] & 7) as usize).copied()
    }
}

impl PortainerState {
    /// Compiles the dense form from the loaded state (run once, at the end of loading).
    pub(crate) fn compile(&mut self) {
        let (users, teams) = (&self.user_index, &self.team_index);
        for (position, user) in self.users.iter_mut().enumerate() {
            user.position = position as u32;
            user.team_positions = user
                .teams()
                .iter()
                .filter_map(|t| teams.get(t.as_str()).map(|&i| i as u32))
                .collect();
        }
        for group in &mut self.groups {
            group.user_policies.compile(users);
            group.team_policies.compile(teams);
        }
        for env in &mut self.environments {
            env.user_policies.compile(users);
            env.team_policies.compile(teams);
            env.group_position = env
                .group_id
                .as_deref()
                .and_then(|g| self.group_index.get(g).copied());
            for (_, grant) in env.registry_access.iter_mut().flatten() {
                grant.members =
                    Members::of(grant.users.as_ref(), grant.teams.as_ref(), users, teams);
            }
        }
        for resource in &mut self.resources {
            if let Some(control) = &mut resource.control {
                control.members =
                    Members::of(control.users.as_ref(), control.teams.as_ref(), users, teams);
            }
        }
    }
}

/// Sorts in place, in O(n log n) and no allocation. The standard library's sort would do the
/// same here, but instantiating it costs some 4 KB of wasm (1.5 KB gzip) in every build, the
/// browser's included, for lists compiled once per load.
fn heapsort(items: &mut [u32]) {
    fn sift_down(items: &mut [u32], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end {
                return;
            }
            if child + 1 < end && items[child] < items[child + 1] {
                child += 1;
            }
            if items[root] >= items[child] {
                return;
            }
            items.swap(root, child);
            root = child;
        }
    }
    let n = items.len();
    for root in (0..n / 2).rev() {
        sift_down(items, root, n);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::heapsort;

    #[test]
    fn heapsort_sorts() {
        let mut state = 0x2545_f491_u32;
        for len in [0, 1, 2, 3, 8, 9, 100, 1000] {
            let mut items: Vec<u32> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state % 97
                })
                .collect();
            let mut expected = items.clone();
            expected.sort();
            heapsort(&mut items);
            assert_eq!(items, expected, "{len} items");
        }
    }
}
