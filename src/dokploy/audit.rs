//! The questions an organization's administrators ask besides "may this member?": who may do
//! this, what may this member do, and what saving a change would change. Each answer is made of
//! the same decisions `explain` gives, computed from the compiled model.

use crate::prelude::*;

use crate::core::sorted::SortedSet;

use super::catalog::{Permissions, ScopeKind};
use super::model::{Member, Organization};
use super::target::Target;
use crate::core::decision::Decision;
use crate::core::json::{ObjectWriter, Value};
use crate::core::permission_set::CatalogSet;

/// A decision that differs between two states, on a Dokploy target.
pub type Change<'s> = crate::core::change::Change<'s, Target<'s>>;

impl Target<'_> {
    /// The target as the JS API writes it: `{ projectId?, environmentId?, … }`.
    pub fn to_value(&self) -> Value {
        ScopeKind::ALL
            .iter()
            .fold(ObjectWriter::new(), |writer, kind| {
                writer.field_opt_str(kind.target_field(), self.get(*kind))
            })
            .build()
    }
}

/// The kinds whose ids are targets a state names.
const NAMED_KINDS: [ScopeKind; 4] = [
    ScopeKind::Project,
    ScopeKind::Environment,
    ScopeKind::Service,
    ScopeKind::GitProvider,
];

/// The kinds a member's access lists scope: on a target naming one of them alone, what the
/// member may do depends only on whether the list holds the id (see [`Classes`]).
const LISTED_KINDS: [ScopeKind; 3] = [
    ScopeKind::Project,
    ScopeKind::Environment,
    ScopeKind::Service,
];

impl Organization {
    /// Every target the state names: the organization (no target), then every project,
    /// environment, service and git provider id of its access lists and git providers, each once.
    pub fn named_targets(&self) -> Vec<Target<'_>> {
        let mut targets = vec![Target::none()];
        for kind in NAMED_KINDS {
            targets.extend(self.named_ids(kind).map(|id| Target::none().with(kind, id)));
        }
        targets
    }

    /// The ids of `kind` the state names, each once: its access lists' (numbered once each),
    /// and for git providers the state's providers too.
    fn named_ids(&self, kind: ScopeKind) -> impl Iterator<Item = &str> {
        let providers = self
            .git_providers
            .iter()
            .flatten()
            .map(|p| p.id())
            .filter(move |id| kind == ScopeKind::GitProvider && !self.access.names(kind, id));
        self.access.named(kind).chain(providers)
    }

    /// Every member allowed the permission at `index` on `target`, sorted by user id, each with
    /// the decision `explain` gives.
    pub fn who_can(&self, index: usize, target: &Target<'_>) -> Vec<(&str, Decision)> {
        let mut allowed: Vec<&Member> = self
            .members
            .iter()
            .filter(|m| !m.reference && self.can_index(&m.user_id, index, target))
            .collect();
        allowed.sort_by(|a, b| a.user_id.cmp(&b.user_id));
        allowed
            .into_iter()
            .map(|m| {
                (
                    m.user_id.as_str(),
                    self.explain_index(&m.user_id, index, target),
                )
            })
            .collect()
    }

    /// Every target the state names where `user` is allowed something, with what
    /// [`allowed`](Self::allowed) gives there.
    pub fn access_of<'s>(&'s self, user: &str) -> Vec<(Target<'s>, Permissions)> {
        let Some(member) = self.acting(user) else {
            return Vec::new();
        };
        let classes = Classes::of(self, Some(member));
        let mut access: Vec<(Target<'_>, Permissions)> = Vec::new();
        let mut add = |target: Target<'s>| {
            let allowed = classes.allowed(self, Some(member), &target);
            if !allowed.is_empty() {
                access.push((target, allowed));
            }
        };
        add(Target::none());
        for kind in NAMED_KINDS {
            if kind != ScopeKind::GitProvider && classes.outside[kind.index()].is_empty() {
                // Outside the member's list nothing is allowed: only the listed ids answer.
                for id in member.lists[kind.index()].iter().flat_map(|ids| ids.iter()) {
                    add(Target::none().with(kind, id));
                }
            } else {
                for id in self.named_ids(kind) {
                    add(Target::none().with(kind, id));
                }
            }
        }
        access
    }

    /// Every decision whose answer differs between this state and `next`: over every user and
    /// every target either state names and every permission, the (user, permission, target)
    /// allowed in one and refused in the other, with both decisions; in user, target and catalog
    /// order. Only members whose grants can differ are asked: those whose row or custom role
    /// changed, or everyone when the licence or the git providers did; and of a kind's targets,
    /// only those in the member's lists unless what the member may do outside them changed.
    pub fn changes<'s>(&'s self, next: &'s Organization) -> Vec<Change<'s>> {
        let mut users: Vec<&'s str> = self
            .members
            .iter()
            .chain(&next.members)
            .filter(|m| !m.reference)
            .map(|m| m.user_id.as_str())
            .collect::<SortedSet<_>>()
            .into_iter()
            .collect();
        let everyone =
            self.licensed() != next.licensed() || self.git_providers != next.git_providers;
        if !everyone {
            users.retain(|user| self.grants_differ(next, user));
        }
        // The targets either state names, by kind (see `named_by_either`).
        let mut by_kind: [Option<Vec<Target<'s>>>; 5] = Default::default();
        let mut changes = Vec::new();
        for user in users {
            let (a, b) = (self.acting(user), next.acting(user));
            let (before, after) = (Classes::of(self, a), Classes::of(next, b));
            let mut targets: Vec<Target<'s>> = vec![Target::none()];
            for kind in LISTED_KINDS {
                let k = kind.index();
                if before.outside[k] != after.outside[k] {
                    targets.extend_from_slice(named_by_either(&mut by_kind, kind, self, next));
                    continue;
                }
                // Outside the lists nothing differs: the ids either state's lists hold.
                let mut listed = SortedSet::new();
                for member in [a, b].into_iter().flatten() {
                    for id in member.lists[k].iter().flat_map(|ids| ids.iter()) {
                        if listed.insert(id.as_str()) {
                            targets.push(Target::none().with(kind, id));
                        }
                    }
                }
            }
            targets.extend_from_slice(named_by_either(
                &mut by_kind,
                ScopeKind::GitProvider,
                self,
                next,
            ));
            for target in &targets {
                let was = before.allowed(self, a, target);
                let is = after.allowed(next, b, target);
                for index in was.symmetric_difference(is).indexes() {
                    changes.push(Change {
                        user,
                        index,
                        target: *target,
                        before: self.explain_index(user, index, target),
                        after: next.explain_index(user, index, target),
                    });
                }
            }
        }
        changes
    }

    /// Whether `user`'s grants may differ in `next`: their row (role, flags, lists) or the
    /// definition of their custom role differs, or they are a member of one state only.
    fn grants_differ(&self, next: &Organization, user: &str) -> bool {
        match (self.acting(user), next.acting(user)) {
            (Some(a), Some(b)) => {
                a.role != b.role
                    || a.flags != b.flags
                    || a.lists != b.lists
                    || self.custom_role(a.role.name()).map(|r| r.permissions())
                        != next.custom_role(b.role.name()).map(|r| r.permissions())
            }
            (None, None) => false,
            _ => true,
        }
    }
}

/// The targets of `kind` that `before` or `after` names, each once: found the first time a
/// member needs them all, then read from `cache`.
fn named_by_either<'c, 's>(
    cache: &'c mut [Option<Vec<Target<'s>>>; 5],
    kind: ScopeKind,
    before: &'s Organization,
    after: &'s Organization,
) -> &'c [Target<'s>] {
    cache[kind.index()].get_or_insert_with(|| {
        let mut seen = SortedSet::new();
        before
            .named_ids(kind)
            .chain(after.named_ids(kind))
            .filter(|id| seen.insert(*id))
            .map(|id| Target::none().with(kind, id))
            .collect()
    })
}

/// The project, environment or service a target names alone: targets whose answer depends only on
/// whether the member's list of that kind holds the id.
fn listed_kind<'t>(target: &Target<'t>) -> Option<(ScopeKind, &'t str)> {
    let mut named = ScopeKind::ALL
        .into_iter()
        .filter_map(|kind| target.get(kind).map(|id| (kind, id)));
    match (named.next(), named.next()) {
        (Some((kind, id)), None) if LISTED_KINDS.contains(&kind) => Some((kind, id)),
        _ => None,
    }
}

/// What a member is allowed on a target of one listed kind, inside their list or outside it: the
/// same for every id, so a page of targets needs two sets per kind, not a check per target.
struct Classes {
    inside: [Permissions; 5],
    outside: [Permissions; 5],
}

impl Classes {
    fn of(org: &Organization, member: Option<&Member>) -> Classes {
        let mut classes = Classes {
            inside: [Permissions::empty(); 5],
            outside: [Permissions::empty(); 5],
        };
        if let Some(member) = member {
            for kind in LISTED_KINDS {
                let target = Target::none().with(kind, "");
                classes.inside[kind.index()] = org.allowed_with(member, &target, |_, _| true);
                classes.outside[kind.index()] = org.allowed_with(member, &target, |_, _| false);
            }
        }
        classes
    }

    /// What [`Organization::allowed`] gives `member` on `target`.
    fn allowed(
        &self,
        org: &Organization,
        member: Option<&Member>,
        target: &Target<'_>,
    ) -> Permissions {
        let Some(member) = member else {
            return Permissions::empty();
        };
        match listed_kind(target) {
            Some((kind, id)) if org.access.grants(member, kind, id) => self.inside[kind.index()],
            Some((kind, _)) => self.outside[kind.index()],
            None => org.allowed_with(member, target, |kind, id| {
                org.access.grants(member, kind, id)
            }),
        }
    }
}
