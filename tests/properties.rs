//! Properties over random states and queries (proptest), natively:
//! - `can` = `explain().allowed` = membership in `allowed`, for every query;
//! - `load(toJSON())` decides exactly as before, with the same fingerprint;
//! - monotonicity where the products are monotone: one more permission in a custom role, one
//!   more flag, one more access-list entry, one more user or team in a control, one more
//!   registry grant never removes an access;
//! - order: owner ⊇ admin ⊇ any custom role; EA ⊇ OP ⊇ HD on operation grants;
//! - Portainer's role resolution (not monotone) follows its precedence and tie rule;
//! - a refused mutation changes nothing.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

use common::MEMBER_FLAGS;
use portcullis::dokploy::{self, Organization, Permissions};
use portcullis::portainer::{self, PortainerState, Role};
use portcullis::{CatalogSet, Value};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use std::collections::BTreeSet;

const IDS: [&str; 6] = ["p1", "e1", "s1", "s2", "g1", "v1"];
const FIELDS: [&str; 5] = [
    "projectId",
    "environmentId",
    "serviceId",
    "gitProviderId",
    "serverId",
];
const LISTS: [&str; 5] = [
    "accessedProjects",
    "accessedEnvironments",
    "accessedServices",
    "accessedGitProviders",
    "accessedServers",
];

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    }
}

fn quoted(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("\"{id}\""))
        .collect::<Vec<_>>()
        .join(",")
}

/// Permission ids a custom role may hold.
fn assignable() -> Vec<&'static str> {
    dokploy::catalog::permissions()
        .iter()
        .filter(|p| p.resource().assignable_to_custom_role)
        .map(|p| p.id)
        .collect()
}

#[derive(Debug, Clone)]
struct DokployMember {
    role: &'static str,
    flags: Vec<&'static str>,
    lists: Vec<(&'static str, Vec<&'static str>)>,
}

#[derive(Debug, Clone)]
struct DokployState {
    licensed: bool,
    roles: Vec<(&'static str, Vec<&'static str>)>,
    members: Vec<DokployMember>,
}

impl DokployState {
    fn json(&self) -> String {
        let roles =
            self.roles
                .iter()
                .map(|(name, ids)| {
                    let mut by_resource: Vec<(String, Vec<String>)> = Vec::new();
                    for id in ids {
                        let (resource, action) = id.split_once('.').expect("resource.action");
                        match by_resource.iter_mut().find(|(r, _)| r == resource) {
                            Some((_, actions)) => actions.push(format!("\"{action}\"")),
                            None => by_resource
                                .push((resource.to_owned(), vec![format!("\"{action}\"")])),
                        }
                    }
                    let body = by_resource
                        .iter()
                        .map(|(r, a)| format!("\"{r}\":[{}]", a.join(",")))
                        .collect::<Vec<_>>()
                        .join(",");
                    format!("\"{name}\":{{{body}}}")
                })
                .collect::<Vec<_>>()
                .join(",");
        let mut members = vec![r#"{"userId":"u0","role":"owner"}"#.to_owned()];
        for (i, m) in self.members.iter().enumerate() {
            let mut row = format!(r#"{{"userId":"u{}","role":"{}""#, i + 1, m.role);
            for flag in &m.flags {
                row.push_str(&format!(r#","{flag}":true"#));
            }
            for (list, ids) in &m.lists {
                row.push_str(&format!(r#","{list}":[{}]"#, quoted(ids)));
            }
            row.push('}');
            members.push(row);
        }
        format!(
            r#"{{"licensed":{},"roles":{{{roles}}},"members":[{}]}}"#,
            self.licensed,
            members.join(",")
        )
    }

    fn users(&self) -> Vec<String> {
        (0..=self.members.len())
            .map(|i| format!("u{i}"))
            .chain(["ghost".to_owned()])
            .collect()
    }
}

fn dokploy_state() -> impl Strategy<Value = DokployState> {
    let role_perms = subsequence(assignable(), 0..12);
    (any::<bool>(), proptest::collection::vec(role_perms, 0..3)).prop_flat_map(
        |(licensed, perms)| {
            let roles: Vec<(&'static str, Vec<&'static str>)> =
                ["alpha", "beta", "gamma"].into_iter().zip(perms).collect();
            let mut role_names = vec!["admin", "member"];
            role_names.extend(roles.iter().map(|(n, _)| *n));
            let member = (
                select(role_names),
                subsequence(MEMBER_FLAGS.to_vec(), 0..4),
                subsequence(LISTS.to_vec(), 0..5),
                proptest::collection::vec(subsequence(IDS.to_vec(), 0..4), 5),
            )
                .prop_map(|(role, flags, lists, ids)| DokployMember {
                    role,
                    flags,
                    lists: lists.into_iter().zip(ids).collect(),
                });
            proptest::collection::vec(member, 0..5).prop_map(move |members| DokployState {
                licensed,
                roles: roles.clone(),
                members,
            })
        },
    )
}

/// A target: some fields, each naming an id of the pool.
fn target_json(fields: &[(usize, usize)]) -> String {
    let mut named: Vec<usize> = Vec::new();
    let mut parts = Vec::new();
    for &(f, i) in fields {
        if !named.contains(&f) {
            named.push(f);
            parts.push(format!("\"{}\":\"{}\"", FIELDS[f % 5], IDS[i % IDS.len()]));
        }
    }
    let body = parts.join(",");
    format!("{{{body}}}")
}

fn dokploy_target(value: &Value) -> dokploy::Target<'_> {
    dokploy::Target::from_value(value, "target").expect("a valid target")
}

/// Every (user, permission) decision on `targets`, as (allowed, code).
fn dokploy_decisions(
    org: &Organization,
    users: &[String],
    targets: &[Value],
) -> Vec<(bool, &'static str)> {
    let mut out = Vec::new();
    for user in users {
        for target in targets {
            let target = dokploy_target(target);
            for p in dokploy::catalog::permissions() {
                let d = org.explain(user, p.id, &target).expect("a catalog id");
                out.push((d.allowed, d.code.as_str()));
            }
        }
    }
    out
}

fn targets(pool: &[Vec<(usize, usize)>]) -> Vec<Value> {
    pool.iter()
        .map(|t| Value::parse(&target_json(t)).expect("JSON"))
        .collect()
}

fn target_pool() -> impl Strategy<Value = Vec<Vec<(usize, usize)>>> {
    proptest::collection::vec(proptest::collection::vec((0..5usize, 0..6usize), 0..3), 3)
}

/// `before` allows nothing that `after` does not.
fn no_access_lost(before: &[(bool, &str)], after: &[(bool, &str)], what: &str) {
    assert_eq!(before.len(), after.len());
    for (i, (b, a)) in before.iter().zip(after).enumerate() {
        assert!(
            !b.0 || a.0,
            "{what} removed access #{i}: was {b:?}, now {a:?}"
        );
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn dokploy_can_explain_and_allowed_agree(state in dokploy_state(), pool in target_pool()) {
        let org = Organization::from_json(&state.json()).expect("generated states load");
        for user in state.users() {
            for target in targets(&pool) {
                let target = dokploy_target(&target);
                let page = org.allowed(&user, &target);
                for (i, p) in dokploy::catalog::permissions().iter().enumerate() {
                    let d = org.explain(&user, p.id, &target).expect("a catalog id");
                    prop_assert_eq!(org.can(&user, p.id, &target).expect("a catalog id"), d.allowed);
                    prop_assert_eq!(page.contains(Permissions::single(i)), d.allowed);
                }
            }
        }
    }

    #[test]
    fn dokploy_reloading_its_json_decides_the_same(state in dokploy_state(), pool in target_pool()) {
        let org = Organization::from_json(&state.json()).expect("generated states load");
        let again = Organization::from_value(&org.to_value()).expect("saved states load");
        prop_assert_eq!(again.fingerprint(), org.fingerprint());
        let targets = targets(&pool);
        prop_assert_eq!(dokploy_decisions(&again, &state.users(), &targets), dokploy_decisions(&org, &state.users(), &targets));
    }

    #[test]
    fn dokploy_more_permissions_flags_or_ids_never_remove_access(
        state in dokploy_state(),
        pool in target_pool(),
        extra_permission in select(assignable()),
        which in any::<prop::sample::Index>(),
        flag in select(MEMBER_FLAGS.to_vec()),
        list in select(LISTS.to_vec()),
        id in select(IDS.to_vec()),
    ) {
        let org = Organization::from_json(&state.json()).expect("loads");
        let targets = targets(&pool);
        let before = dokploy_decisions(&org, &state.users(), &targets);
        // One more permission in a custom role.
        if !state.roles.is_empty() {
            let mut grown = state.clone();
            let role = &mut grown.roles[which.index(state.roles.len())].1;
            if !role.contains(&extra_permission) {
                role.push(extra_permission);
            }
            let after = Organization::from_json(&grown.json()).expect("loads");
            no_access_lost(&before, &dokploy_decisions(&after, &state.users(), &targets), "a custom role's extra permission");
        }
        if !state.members.is_empty() {
            let m = which.index(state.members.len());
            // One more flag.
            let mut grown = state.clone();
            if !grown.members[m].flags.contains(&flag) {
                grown.members[m].flags.push(flag);
            }
            let after = Organization::from_json(&grown.json()).expect("loads");
            no_access_lost(&before, &dokploy_decisions(&after, &state.users(), &targets), "a flag");
            // One more access-list entry.
            let mut grown = state.clone();
            match grown.members[m].lists.iter_mut().find(|(l, _)| *l == list) {
                Some((_, ids)) if !ids.contains(&id) => ids.push(id),
                Some(_) => {}
                None => grown.members[m].lists.push((list, vec![id])),
            }
            let after = Organization::from_json(&grown.json()).expect("loads");
            no_access_lost(&before, &dokploy_decisions(&after, &state.users(), &targets), "an access-list entry");
        }
    }

    #[test]
    fn dokploy_owner_contains_admin_contains_every_custom_role(state in dokploy_state()) {
        let mut licensed = state.clone();
        licensed.licensed = true;
        licensed.members = licensed.roles.iter().map(|(name, _)| DokployMember { role: name, flags: vec![], lists: vec![] }).collect();
        licensed.members.push(DokployMember { role: "admin", flags: vec![], lists: vec![] });
        let org = Organization::from_json(&licensed.json()).expect("loads");
        let owner = org.permissions("u0");
        let admin = org.permissions(&format!("u{}", licensed.members.len()));
        prop_assert!(owner.contains(admin));
        for i in 1..licensed.members.len() {
            let custom = org.permissions(&format!("u{i}"));
            prop_assert!(admin.contains(custom));
        }
    }

    #[test]
    fn dokploy_a_refused_mutation_changes_nothing(
        state in dokploy_state(),
        pool in target_pool(),
        actor in 0..7usize,
        subject in 0..7usize,
        role in select(vec!["owner", "admin", "member", "alpha", "beta", "nobody", "bad name"]),
        kind in 0..6usize,
    ) {
        let mut org = Organization::from_json(&state.json()).expect("loads");
        let users = state.users();
        let actor = &users[actor % users.len()];
        let subject = &users[subject % users.len()];
        let targets = targets(&pool);
        let before = (org.fingerprint(), dokploy_decisions(&org, &users, &targets), org.to_value());
        let permissions = Value::parse(r#"{"service":["read"],"ac":["read"]}"#).expect("JSON");
        let result = match kind {
            0 => org.assign_role(actor, subject, role),
            1 => org.remove_member(actor, subject),
            2 => org.create_role(actor, role, &permissions),
            3 => org.update_role(actor, role, &permissions, Some("renamed")),
            4 => org.delete_role(actor, role),
            _ => org.record_created(subject, dokploy::ScopeKind::Service, "").map(drop),
        };
        if result.is_err() {
            prop_assert_eq!(&org.fingerprint(), &before.0);
            prop_assert_eq!(dokploy_decisions(&org, &users, &targets), before.1);
            prop_assert_eq!(org.to_value(), before.2);
        }
    }
}

// ---------------------------------------------------------------- Portainer

/// A control as generated: public, the users it names, the teams it names.
type GeneratedControl = (bool, Vec<usize>, Vec<&'static str>);

#[derive(Debug, Clone)]
struct PortainerSetup {
    admins: Vec<bool>,
    memberships: Vec<Vec<&'static str>>,
    /// (user or team id, role) on the environment and on its group.
    env_users: Vec<(usize, Role)>,
    env_teams: Vec<(&'static str, Role)>,
    group_users: Vec<(usize, Role)>,
    group_teams: Vec<(&'static str, Role)>,
    kind: &'static str,
    settings: Vec<&'static str>,
    registry_users: Vec<usize>,
    registry_teams: Vec<&'static str>,
    /// Controls of the stack, the service, the volume and the network.
    controls: Vec<Option<GeneratedControl>>,
}

const TEAMS: [&str; 3] = ["t1", "t2", "t3"];
const SETTINGS: [&str; 8] = [
    "disablePrivilegedMode",
    "disableHostPid",
    "disableDeviceMappings",
    "disableCapabilities",
    "disableBindMounts",
    "disableSysctls",
    "disableStacks",
    "enableVolumeBrowser",
];
const USERS: usize = 5;
const RESOURCES: [&str; 8] = ["st", "sv", "vol", "c1", "c2", "net", "bridge", "ghost"];

fn role() -> impl Strategy<Value = Role> {
    select(Role::ALL.to_vec())
}

fn portainer_setup() -> impl Strategy<Value = PortainerSetup> {
    let control = proptest::option::of((
        any::<bool>(),
        subsequence((0..USERS).collect::<Vec<_>>(), 0..3),
        subsequence(TEAMS.to_vec(), 0..2),
    ));
    (
        proptest::collection::vec(proptest::bool::weighted(0.15), USERS),
        proptest::collection::vec(subsequence(TEAMS.to_vec(), 0..3), USERS),
        proptest::collection::vec((0..USERS, role()), 0..3),
        proptest::collection::vec((select(TEAMS.to_vec()), role()), 0..3),
        proptest::collection::vec((0..USERS, role()), 0..3),
        proptest::collection::vec((select(TEAMS.to_vec()), role()), 0..3),
        select(vec!["standalone", "swarm"]),
        subsequence(SETTINGS.to_vec(), 0..8),
        subsequence((0..USERS).collect::<Vec<_>>(), 0..3),
        subsequence(TEAMS.to_vec(), 0..2),
        proptest::collection::vec(control, 4),
    )
        .prop_map(
            |(
                admins,
                memberships,
                env_users,
                env_teams,
                group_users,
                group_teams,
                kind,
                settings,
                registry_users,
                registry_teams,
                controls,
            )| {
                PortainerSetup {
                    admins,
                    memberships,
                    env_users,
                    env_teams,
                    group_users,
                    group_teams,
                    kind,
                    settings,
                    registry_users,
                    registry_teams,
                    controls,
                }
            },
        )
}

fn policies<K: std::fmt::Display>(entries: &[(K, Role)]) -> String {
    let mut seen = Vec::new();
    let mut parts = Vec::new();
    for (k, r) in entries {
        let key = k.to_string();
        if !seen.contains(&key) {
            parts.push(format!("\"{key}\":\"{}\"", r.code()));
            seen.push(key);
        }
    }
    format!("{{{}}}", parts.join(","))
}

impl PortainerSetup {
    fn json(&self) -> String {
        let users = (0..USERS)
            .map(|i| {
                format!(
                    r#"{{"id":"{i}","administrator":{},"teams":[{}]}}"#,
                    self.admins[i],
                    quoted(&self.memberships[i])
                )
            })
            .collect::<Vec<_>>()
            .join(",");
        let control = |c: &Option<GeneratedControl>| match c {
            None => String::new(),
            Some((public, users, teams)) => {
                let users: Vec<String> = users.iter().map(|u| u.to_string()).collect();
                let users: Vec<&str> = users.iter().map(String::as_str).collect();
                format!(
                    r#","control":{{"public":{public},"users":[{}],"teams":[{}]}}"#,
                    quoted(&users),
                    quoted(teams)
                )
            }
        };
        let registry_users: Vec<String> =
            self.registry_users.iter().map(|u| u.to_string()).collect();
        let registry_users: Vec<&str> = registry_users.iter().map(String::as_str).collect();
        let settings = self
            .settings
            .iter()
            .map(|s| format!("\"{s}\":true"))
            .collect::<Vec<_>>()
            .join(",");
        format!(
            r#"{{"users":[{users}],"teams":[{{"id":"t1"}},{{"id":"t2"}},{{"id":"t3"}}],
               "groups":[{{"id":"g","userPolicies":{},"teamPolicies":{}}}],
               "environments":[{{"id":"e","kind":"{}","groupId":"g","userPolicies":{},"teamPolicies":{},
                  "securitySettings":{{{settings}}},"registryAccess":{{"r":{{"users":[{}],"teams":[{}]}}}}}}],
               "registries":[{{"id":"r"}},{{"id":"r2"}}],
               "resources":[
                 {{"type":"stack","id":"st","environmentId":"e"{}}},
                 {{"type":"service","id":"sv","environmentId":"e","stack":"st"{}}},
                 {{"type":"volume","id":"vol","environmentId":"e"{}}},
                 {{"type":"container","id":"c1","environmentId":"e","stack":"st"}},
                 {{"type":"container","id":"c2","environmentId":"e","service":"sv"}},
                 {{"type":"network","id":"net","name":"bridge","environmentId":"e"{}}}]}}"#,
            policies(&self.group_users),
            policies(&self.group_teams),
            self.kind,
            policies(&self.env_users),
            policies(&self.env_teams),
            quoted(&registry_users),
            quoted(&self.registry_teams),
            control(&self.controls[0]),
            control(&self.controls[1]),
            control(&self.controls[2]),
            control(&self.controls[3]),
        )
    }

    /// The role by the rule of DESIGN.md: own policy on the environment, own on the group,
    /// teams' on the environment, teams' on the group; the least privileged team wins a tie.
    fn expected_role(&self, user: usize) -> Option<Role> {
        if self.admins[user] {
            return None;
        }
        let first =
            |entries: &[(usize, Role)]| entries.iter().find(|(u, _)| *u == user).map(|(_, r)| *r);
        let least = |entries: &[(&str, Role)]| {
            let mut held: Vec<Role> = Vec::new();
            for team in &self.memberships[user] {
                if let Some((_, r)) = entries.iter().find(|(t, _)| t == team) {
                    held.push(*r);
                }
            }
            held.into_iter().max()
        };
        first(&self.env_users)
            .or_else(|| first(&self.group_users))
            .or_else(|| least(&self.env_teams))
            .or_else(|| least(&self.group_teams))
    }
}

fn portainer_targets() -> Vec<Value> {
    let mut out = Vec::new();
    for resource in RESOURCES {
        for registry in ["", "r", "r2"] {
            let mut t = format!(r#"{{"environmentId":"e","resourceId":"{resource}""#);
            if !registry.is_empty() {
                t.push_str(&format!(r#","registryId":"{registry}""#));
            }
            t.push('}');
            out.push(Value::parse(&t).expect("JSON"));
        }
    }
    out.push(
        Value::parse(r#"{"environmentId":"e","request":{"privileged":true,"binds":["/x:/x"]}}"#)
            .expect("JSON"),
    );
    out.push(Value::parse(r#"{"environmentId":"e"}"#).expect("JSON"));
    out
}

fn portainer_decisions(state: &PortainerState) -> Vec<(bool, &'static str)> {
    let mut out = Vec::new();
    for user in (0..USERS).map(|u| u.to_string()) {
        for target in portainer_targets() {
            let target = portainer::Target::from_value(&target, "target").expect("valid");
            for op in portainer::operations() {
                let d = state.explain(&user, op.id, &target).expect("a catalog id");
                out.push((d.allowed, d.code.as_str()));
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn portainer_can_explain_and_allowed_agree(setup in portainer_setup()) {
        let state = PortainerState::from_json(&setup.json()).expect("generated states load");
        for user in (0..=USERS).map(|u| u.to_string()) {
            for target in portainer_targets() {
                let target = portainer::Target::from_value(&target, "target").expect("valid");
                let page = state.allowed(&user, &target);
                for (i, op) in portainer::operations().iter().enumerate() {
                    let d = state.explain(&user, op.id, &target).expect("a catalog id");
                    prop_assert_eq!(state.can(&user, op.id, &target).expect("a catalog id"), d.allowed);
                    prop_assert_eq!(page.contains(portainer::Operations::single(i)), d.allowed);
                }
            }
        }
    }

    #[test]
    fn portainer_reloading_its_json_decides_the_same(setup in portainer_setup()) {
        let state = PortainerState::from_json(&setup.json()).expect("loads");
        let again = PortainerState::from_value(&state.to_value()).expect("saved states load");
        prop_assert_eq!(again.fingerprint(), state.fingerprint());
        prop_assert_eq!(portainer_decisions(&again), portainer_decisions(&state));
    }

    #[test]
    fn portainer_role_follows_precedence_and_the_tie_rule(setup in portainer_setup()) {
        let state = PortainerState::from_json(&setup.json()).expect("loads");
        for user in 0..USERS {
            prop_assert_eq!(state.role_of(&user.to_string(), "e"), setup.expected_role(user), "user {}", user);
        }
    }

    #[test]
    fn portainer_more_names_in_a_control_or_a_grant_never_remove_access(
        setup in portainer_setup(),
        which in 0..4usize,
        user in 0..USERS,
        team in select(TEAMS.to_vec()),
    ) {
        let before = portainer_decisions(&PortainerState::from_json(&setup.json()).expect("loads"));
        let mut grown = setup.clone();
        if let Some((_, users, _)) = &mut grown.controls[which] {
            if !users.contains(&user) { users.push(user); }
        }
        let after = portainer_decisions(&PortainerState::from_json(&grown.json()).expect("loads"));
        no_access_lost(&before, &after, "a user in a control");
        let mut grown = setup.clone();
        if let Some((_, _, teams)) = &mut grown.controls[which] {
            if !teams.contains(&team) { teams.push(team); }
        }
        let after = portainer_decisions(&PortainerState::from_json(&grown.json()).expect("loads"));
        no_access_lost(&before, &after, "a team in a control");
        let mut grown = setup.clone();
        if !grown.registry_users.contains(&user) { grown.registry_users.push(user); }
        if !grown.registry_teams.contains(&team) { grown.registry_teams.push(team); }
        let after = portainer_decisions(&PortainerState::from_json(&grown.json()).expect("loads"));
        no_access_lost(&before, &after, "a registry grant");
    }
}

#[test]
fn operation_grants_are_ordered_ea_op_hd() {
    for op in portainer::operations() {
        let holds = |role: Role| op.roles.contains(role.bit());
        assert!(
            !holds(Role::OP) || holds(Role::EA),
            "{}: OP without EA",
            op.id
        );
        assert!(
            !holds(Role::HD) || holds(Role::OP),
            "{}: HD without OP",
            op.id
        );
    }
}

/// The state `json` with `remedies` given to `user`, as the grants they name: a flag, a
/// permission in a custom role or an access-list entry (Dokploy); a role of the user's own on
/// the environment, the user in a resource's control, a registry granted on the environment
/// (Portainer).
fn with_remedies(json: &str, user: &str, remedies: &Value) -> String {
    let mut state: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let remedies: serde_json::Value =
        serde_json::from_str(&remedies.to_json_string()).expect("JSON");
    for remedy in remedies.as_array().expect("a list") {
        let text = |key: &str| remedy[key].as_str().map(str::to_owned);
        if let Some(flag) = text("flag") {
            let member = dokploy_member(&mut state, user);
            member[flag.as_str()] = serde_json::Value::Bool(true);
        } else if let (Some(role), Some(permission)) = (text("role"), text("permission")) {
            let (resource, action) = permission.split_once('.').expect("resource.action");
            let actions = state["roles"][role.as_str()][resource]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let mut actions = actions;
            actions.push(action.into());
            state["roles"][role.as_str()][resource] = actions.into();
        } else if let (Some(list), Some(id)) = (text("accessList"), text("id")) {
            let member = dokploy_member(&mut state, user);
            let mut ids = member[list.as_str()]
                .as_array()
                .cloned()
                .unwrap_or_default();
            ids.push(id.into());
            member[list.as_str()] = ids.into();
        } else if let (Some(env), Some(role)) = (text("environmentId"), text("role")) {
            let env = portainer_environment(&mut state, &env);
            env["userPolicies"][user] = role.into();
        } else if let (Some(kind), Some(id)) = (text("resourceType"), text("resourceId")) {
            let resource = state["resources"]
                .as_array_mut()
                .expect("resources")
                .iter_mut()
                .find(|r| r["type"] == kind.as_str() && r["id"] == id.as_str())
                .expect("the remedy names a resource of the state");
            let users = &mut resource["control"]["users"];
            let mut list = users.as_array().cloned().unwrap_or_default();
            list.push(user.into());
            *users = list.into();
        } else if let (Some(registry), Some(env)) = (text("registryId"), text("environmentId")) {
            let env = portainer_environment(&mut state, &env);
            let users = &mut env["registryAccess"][registry.as_str()]["users"];
            let mut list = users.as_array().cloned().unwrap_or_default();
            list.push(user.into());
            *users = list.into();
        } else {
            panic!("an unknown remedy {remedy}");
        }
    }
    state.to_string()
}

fn dokploy_member<'a>(state: &'a mut serde_json::Value, user: &str) -> &'a mut serde_json::Value {
    state["members"]
        .as_array_mut()
        .expect("members")
        .iter_mut()
        .find(|m| m["userId"] == user)
        .expect("the remedy is for a member")
}

fn portainer_environment<'a>(
    state: &'a mut serde_json::Value,
    id: &str,
) -> &'a mut serde_json::Value {
    state["environments"]
        .as_array_mut()
        .expect("environments")
        .iter_mut()
        .find(|e| e["id"] == id)
        .expect("the remedy names an environment of the state")
}

proptest! {
    #![proptest_config(config())]

    /// Every denial that names remedies is lifted by giving them: the decision allows.
    #[test]
    fn dokploy_a_remedy_allows_what_it_names(state in dokploy_state(), pool in target_pool()) {
        let json = state.json();
        let org = Organization::from_json(&json).expect("generated states load");
        for user in state.users() {
            for target in targets(&pool) {
                for p in dokploy::catalog::permissions() {
                    let decision = org.explain(&user, p.id, &dokploy_target(&target)).expect("a catalog id");
                    if decision.would_allow.is_empty() {
                        continue;
                    }
                    prop_assert!(!decision.allowed);
                    let value = decision.to_value();
                    let remedies = common::field(&value, "wouldAllow");
                    let granted = Organization::from_json(&with_remedies(&json, &user, remedies))
                        .expect("the remedied state loads");
                    let after = granted.explain(&user, p.id, &dokploy_target(&target)).expect("a catalog id");
                    prop_assert!(after.allowed, "{user} {} on {}: {} → {}", p.id, target.to_json_string(), decision.message, after.message);
                }
            }
        }
    }

    /// Every Portainer denial that names remedies is lifted by giving them; for a user without a
    /// role, the role it names lifts the `no_role` refusal.
    #[test]
    fn portainer_a_remedy_allows_what_it_names(setup in portainer_setup()) {
        let json = setup.json();
        let state = PortainerState::from_json(&json).expect("generated states load");
        for user in (0..USERS).map(|u| u.to_string()) {
            for target in portainer_targets() {
                let parsed = portainer::Target::from_value(&target, "target").expect("valid");
                for op in portainer::operations() {
                    let decision = state.explain(&user, op.id, &parsed).expect("a catalog id");
                    if decision.would_allow.is_empty() {
                        continue;
                    }
                    prop_assert!(!decision.allowed);
                    let value = decision.to_value();
                    let remedies = common::field(&value, "wouldAllow");
                    let granted = PortainerState::from_json(&with_remedies(&json, &user, remedies))
                        .expect("the remedied state loads");
                    let after = granted.explain(&user, op.id, &parsed).expect("a catalog id");
                    if decision.code.as_str() == "no_role" {
                        prop_assert_ne!(after.code.as_str(), "no_role");
                    } else {
                        prop_assert!(after.allowed, "{user} {} on {}: {} → {}", op.id, target.to_json_string(), decision.message, after.message);
                    }
                }
            }
        }
    }
}

/// The targets a Dokploy state names, read from its JSON as the brute force sees it: the
/// organization, and every project, environment, service and git provider id it mentions.
fn dokploy_named_targets(json: &str) -> Vec<String> {
    let state: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let mut targets = BTreeSet::from(["{}".to_owned()]);
    let fields = [
        ("accessedProjects", "projectId"),
        ("accessedEnvironments", "environmentId"),
        ("accessedServices", "serviceId"),
        ("accessedGitProviders", "gitProviderId"),
    ];
    for member in state["members"].as_array().into_iter().flatten() {
        for (list, field) in fields {
            for id in member[list].as_array().into_iter().flatten() {
                targets.insert(format!(r#"{{"{field}":{id}}}"#));
            }
        }
    }
    for provider in state["gitProviders"].as_array().into_iter().flatten() {
        targets.insert(format!(
            r#"{{"gitProviderId":{}}}"#,
            provider["gitProviderId"]
        ));
    }
    targets.into_iter().collect()
}

/// The targets a Portainer state names: each environment, and on it every registry and resource.
fn portainer_named_targets(json: &str) -> Vec<String> {
    let state: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let mut targets = BTreeSet::new();
    for env in state["environments"].as_array().into_iter().flatten() {
        let e = &env["id"];
        targets.insert(format!(r#"{{"environmentId":{e}}}"#));
        for registry in state["registries"].as_array().into_iter().flatten() {
            targets.insert(format!(
                r#"{{"environmentId":{e},"registryId":{}}}"#,
                registry["id"]
            ));
        }
        for resource in state["resources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["environmentId"] == *e)
        {
            targets.insert(format!(
                r#"{{"environmentId":{e},"resourceId":{}}}"#,
                resource["id"]
            ));
        }
    }
    targets.into_iter().collect()
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items
}

/// A Dokploy state edited the way an administrator saves one change: a member's flag, list,
/// role or a custom role's permissions, or the licence.
fn dokploy_edit(
    state: &DokployState,
    edit: usize,
    which: usize,
    flag: &'static str,
    id: &'static str,
    permission: &'static str,
) -> DokployState {
    let mut next = state.clone();
    match edit % 5 {
        0 => next.licensed = !next.licensed,
        1 if !next.members.is_empty() => {
            let m = which % next.members.len();
            let flags = &mut next.members[m].flags;
            match flags.iter().position(|f| *f == flag) {
                Some(i) => {
                    flags.remove(i);
                }
                None => flags.push(flag),
            }
        }
        2 if !next.members.is_empty() => {
            let m = which % next.members.len();
            match next.members[m].lists.first_mut() {
                Some((_, ids)) if !ids.contains(&id) => ids.push(id),
                Some((_, ids)) => ids.retain(|i| *i != id),
                None => next.members[m].lists.push(("accessedServices", vec![id])),
            }
        }
        3 if !next.members.is_empty() => {
            let m = which % next.members.len();
            next.members[m].role = if next.members[m].role == "member" {
                "admin"
            } else {
                "member"
            };
        }
        _ if !next.roles.is_empty() => {
            let r = which % next.roles.len();
            let perms = &mut next.roles[r].1;
            match perms.iter().position(|p| *p == permission) {
                Some(i) => {
                    perms.remove(i);
                }
                None => perms.push(permission),
            }
        }
        _ => next.licensed = !next.licensed,
    }
    next
}

proptest! {
    #![proptest_config(config())]

    /// whoCan, accessOf and changes against brute force over every user × id × named target.
    #[test]
    fn dokploy_who_can_access_of_and_changes_match_brute_force(
        state in dokploy_state(),
        other in dokploy_state(),
        edit in 0..5usize,
        which in 0..8usize,
        flag in select(MEMBER_FLAGS.to_vec()),
        id in select(IDS.to_vec()),
        permission in select(assignable()),
    ) {
        let json = state.json();
        let org = Organization::from_json(&json).expect("loads");
        let targets = dokploy_named_targets(&json);
        let named: Vec<String> = sorted(org.named_targets().iter().map(|t| t.to_value().to_json_string()).collect());
        prop_assert_eq!(&named, &targets);
        for target_text in &targets {
            let target_value = Value::parse(target_text).expect("JSON");
            let target = dokploy_target(&target_value);
            for p in dokploy::catalog::permissions() {
                let index = dokploy::Permissions::index_of(p.id).expect("a catalog id");
                let brute: Vec<(String, String)> = sorted(state.users().into_iter()
                    .filter(|u| org.can(u, p.id, &target).expect("a catalog id"))
                    .map(|u| { let d = org.explain(&u, p.id, &target).expect("id").to_value().to_json_string(); (u, d) })
                    .collect());
                let found: Vec<(String, String)> = org.who_can(index, &target).into_iter()
                    .map(|(u, d)| (u.to_owned(), d.to_value().to_json_string())).collect();
                prop_assert_eq!(found, brute, "whoCan {} on {}", p.id, target_text);
            }
        }
        for user in state.users() {
            let brute: Vec<(String, Vec<&str>)> = sorted(targets.iter().filter_map(|t| {
                let v = Value::parse(t).expect("JSON");
                let allowed: Vec<&str> = org.allowed(&user, &dokploy_target(&v)).ids().collect();
                (!allowed.is_empty()).then(|| (t.clone(), allowed))
            }).collect());
            let found: Vec<(String, Vec<&str>)> = sorted(org.access_of(&user).into_iter()
                .map(|(t, allowed)| (t.to_value().to_json_string(), allowed.ids().collect())).collect());
            prop_assert_eq!(found, brute, "accessOf {}", user);
        }
        for next_state in [other, dokploy_edit(&state, edit, which, flag, id, permission)] {
            let next_json = next_state.json();
            let next = Organization::from_json(&next_json).expect("loads");
            let all_targets: BTreeSet<String> = targets.iter().cloned().chain(dokploy_named_targets(&next_json)).collect();
            let users: BTreeSet<String> = state.users().into_iter().chain(next_state.users()).filter(|u| u != "ghost").collect();
            let mut brute = Vec::new();
            for user in &users {
                for t in &all_targets {
                    let v = Value::parse(t).expect("JSON");
                    let target = dokploy_target(&v);
                    for p in dokploy::catalog::permissions() {
                        let (a, b) = (org.explain(user, p.id, &target).expect("id"), next.explain(user, p.id, &target).expect("id"));
                        if a.allowed != b.allowed {
                            brute.push((user.clone(), p.id, t.clone(), a.to_value().to_json_string(), b.to_value().to_json_string()));
                        }
                    }
                }
            }
            let found: Vec<_> = org.changes(&next).into_iter().map(|c| (
                c.user.to_owned(), <dokploy::Permissions as CatalogSet>::id_at(c.index), c.target.to_value().to_json_string(),
                c.before.to_value().to_json_string(), c.after.to_value().to_json_string(),
            )).collect();
            prop_assert_eq!(sorted(found), sorted(brute), "changes");
        }
    }

    /// whoCan, accessOf and changes against brute force, Portainer.
    #[test]
    fn portainer_who_can_access_of_and_changes_match_brute_force(
        setup in portainer_setup(),
        other in portainer_setup(),
        which in 0..4usize,
        user in 0..USERS,
        team in select(TEAMS.to_vec()),
        role in role(),
    ) {
        let json = setup.json();
        let state = PortainerState::from_json(&json).expect("loads");
        let targets = portainer_named_targets(&json);
        let named: Vec<String> = sorted(state.named_targets().iter().map(|t| t.ids_value().to_json_string()).collect());
        prop_assert_eq!(&named, &targets);
        let users: Vec<String> = (0..USERS).map(|u| u.to_string()).collect();
        for target_text in &targets {
            let v = Value::parse(target_text).expect("JSON");
            let target = portainer::Target::from_value(&v, "target").expect("valid");
            for op in portainer::operations() {
                let index = portainer::Operations::index_of(op.id).expect("id");
                let brute: Vec<(String, String)> = sorted(users.iter()
                    .filter(|u| state.can(u, op.id, &target).expect("id"))
                    .map(|u| (u.clone(), state.explain(u, op.id, &target).expect("id").to_value().to_json_string()))
                    .collect());
                let found: Vec<(String, String)> = state.who_can(index, &target).into_iter()
                    .map(|(u, d)| (u.to_owned(), d.to_value().to_json_string())).collect();
                prop_assert_eq!(found, brute, "whoCan {} on {}", op.id, target_text);
            }
        }
        for u in &users {
            let brute: Vec<(String, Vec<&str>)> = sorted(targets.iter().filter_map(|t| {
                let v = Value::parse(t).expect("JSON");
                let target = portainer::Target::from_value(&v, "target").expect("valid");
                let allowed: Vec<&str> = state.allowed(u, &target).ids().collect();
                (!allowed.is_empty()).then(|| (t.clone(), allowed))
            }).collect());
            let found: Vec<(String, Vec<&str>)> = sorted(state.access_of(u).into_iter()
                .map(|(t, allowed)| (t.ids_value().to_json_string(), allowed.ids().collect())).collect());
            prop_assert_eq!(found, brute, "accessOf {}", u);
        }
        // Another state, and one administrator's edit: a control, a policy, a membership.
        let mut edited = setup.clone();
        match which {
            0 => edited.controls[which] = Some((false, vec![user], vec![team])),
            1 => edited.env_users.insert(0, (user, role)),
            2 => edited.memberships[user] = vec![team],
            _ => edited.group_teams.insert(0, (team, role)),
        }
        for next_setup in [other, edited] {
            let next_json = next_setup.json();
            let next = PortainerState::from_json(&next_json).expect("loads");
            let all_targets: BTreeSet<String> = targets.iter().cloned().chain(portainer_named_targets(&next_json)).collect();
            let mut brute = Vec::new();
            for u in &users {
                for t in &all_targets {
                    let v = Value::parse(t).expect("JSON");
                    let target = portainer::Target::from_value(&v, "target").expect("valid");
                    for op in portainer::operations() {
                        let (a, b) = (state.explain(u, op.id, &target).expect("id"), next.explain(u, op.id, &target).expect("id"));
                        if a.allowed != b.allowed {
                            brute.push((u.clone(), op.id, t.clone(), a.to_value().to_json_string(), b.to_value().to_json_string()));
                        }
                    }
                }
            }
            let found: Vec<_> = state.changes(&next).into_iter().map(|c| (
                c.user.to_owned(), <portainer::Operations as CatalogSet>::id_at(c.index), c.target.ids_value().to_json_string(),
                c.before.to_value().to_json_string(), c.after.to_value().to_json_string(),
            )).collect();
            prop_assert_eq!(sorted(found), sorted(brute), "changes");
        }
    }
}
