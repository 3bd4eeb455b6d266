//! Reference walks shared by the native tests and the wasm tests (Node and Chromium): the
//! same assertions against tests/reference/*.json, whichever build runs them.
//!
//! JSON text is turned into a `Value` by the caller's `parse` (the crate's own natively,
//! the host's JSON.parse under wasm), so this module stays target-independent.
#![allow(dead_code, reason = "each test crate uses part of the shared helpers")]

pub mod corpus;
pub mod corpus_files;
pub mod rng;

use portcullis::dokploy::{self, Organization};
use portcullis::portainer::{self, PortainerState, ResourceType};
use portcullis::{CatalogSet, Value};

/// The names of the resource types under ownership control.
fn resource_types() -> Vec<&'static str> {
    ResourceType::ALL.iter().map(|t| t.as_str()).collect()
}

pub type Parse = fn(&str) -> Value;

pub const PORTAINER_REFERENCE: &str = include_str!("../reference/portainer-docker.json");
pub const DOKPLOY_REFERENCE: &str = include_str!("../reference/dokploy.json");

/// A Dokploy member row's flags, as Dokploy names them.
pub const MEMBER_FLAGS: [&str; 11] = [
    "canCreateProjects",
    "canDeleteProjects",
    "canCreateServices",
    "canDeleteServices",
    "canCreateEnvironments",
    "canDeleteEnvironments",
    "canAccessToTraefikFiles",
    "canAccessToDocker",
    "canAccessToAPI",
    "canAccessToSSHKeys",
    "canAccessToGitProviders",
];

pub fn field<'a>(value: &'a Value, key: &str) -> &'a Value {
    match value {
        Value::Object(fields) => fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .unwrap_or(&Value::Null),
        _ => &Value::Null,
    }
}

pub fn text(value: &Value) -> &str {
    match value {
        Value::String(s) => s,
        other => panic!("expected a string, found {other:?}"),
    }
}

pub fn items(value: &Value) -> &[Value] {
    match value {
        Value::Array(items) => items,
        Value::Null => &[],
        other => panic!("expected an array, found {other:?}"),
    }
}

pub fn strings(value: &Value) -> Vec<&str> {
    items(value).iter().map(text).collect()
}

pub fn entries(value: &Value) -> &[(String, Value)] {
    match value {
        Value::Object(fields) => fields,
        other => panic!("expected an object, found {other:?}"),
    }
}

/// `{ "service": ["read"] }` → `["service.read"]`.
pub fn permission_ids(role_map: &Value) -> Vec<String> {
    entries(role_map)
        .iter()
        .flat_map(|(resource, actions)| {
            strings(actions)
                .into_iter()
                .map(move |action| format!("{resource}.{action}"))
        })
        .collect()
}

const ROLES: [&str; 5] = ["EA", "OP", "HD", "ST", "RO"];

/// A state where user `u` holds `role` on a standalone and a swarm environment, every
/// resource type exists once owned by `u` and once by someone else, volume browsing is on,
/// and registry `granted` is granted to `u` while `foreign` is not.
fn portainer_walk_state(role: &str, parse: Parse) -> PortainerState {
    let mut resources = Vec::new();
    for env in ["standalone", "swarm"] {
        for kind in resource_types() {
            resources.push(format!(
                r#"{{"type":"{kind}","id":"owned-{kind}","environmentId":"{env}","control":{{"users":["u"]}}}}"#
            ));
            resources.push(format!(
                r#"{{"type":"{kind}","id":"foreign-{kind}","environmentId":"{env}","control":{{"users":["other"]}}}}"#
            ));
        }
    }
    let environment = |kind: &str| {
        format!(
            r#"{{"id":"{kind}","kind":"{kind}","userPolicies":{{"u":"{role}"}},
                "securitySettings":{{"enableVolumeBrowser":true}},
                "registryAccess":{{"granted":{{"users":["u"]}}}}}}"#
        )
    };
    let text = format!(
        r#"{{"users":[{{"id":"u"}},{{"id":"other"}}],
            "environments":[{},{}],
            "registries":[{{"id":"granted"}},{{"id":"foreign"}}],
            "resources":[{}]}}"#,
        environment("standalone"),
        environment("swarm"),
        resources.join(",")
    );
    PortainerState::from_value(&parse(&text)).expect("walk state loads")
}

/// Walks every reference row for every role, on both environment kinds, with access to the
/// resource and without it. Returns how many decisions were checked.
pub fn portainer_reference_walk(parse: Parse) -> usize {
    let reference = parse(PORTAINER_REFERENCE);
    let rows = items(field(&reference, "operations"));
    assert_eq!(rows.len(), 89, "the reference has 89 operations");
    let mut checked = 0;
    for role in ROLES {
        let state = portainer_walk_state(role, parse);
        for row in rows {
            let id = text(field(row, "id"));
            let granted = strings(field(row, "roles")).contains(&role);
            let needs_access = strings(field(row, "needs_resource_access")).contains(&role);
            let row_kind = text(field(row, "environment"));
            let resource_type = id.split('.').next().unwrap_or(id);
            let allowed_registry = matches!(field(row, "allowed_registry"), Value::Bool(true));
            for env in ["standalone", "swarm"] {
                let applicable = row_kind == "any" || row_kind == env;
                let owned = format!("owned-{resource_type}");
                let foreign = format!("foreign-{resource_type}");
                // (target, whether the user has access to what it names)
                let mut cases: Vec<(portainer::Target<'_>, bool)> = Vec::new();
                let base = portainer::Target::environment(env);
                if resource_types().contains(&resource_type) {
                    cases.push((base.clone(), true));
                    cases.push((base.clone().resource(&owned), true));
                    cases.push((base.clone().resource(&foreign), false));
                } else if resource_type == "registry" {
                    cases.push((base.clone().registry("granted"), true));
                    cases.push((base.clone().registry("foreign"), false));
                } else {
                    cases.push((base.clone(), true));
                }
                for (target, has_access) in cases {
                    let decision = state.explain("u", id, &target).expect("known operation");
                    let expected = if !applicable {
                        "not_applicable"
                    } else if !granted {
                        "no_permission"
                    } else if !has_access && resource_type == "registry" {
                        // DESIGN.md: on allowed_registry rows every role needs the grant.
                        let binds = allowed_registry || needs_access;
                        if binds {
                            "registry_not_allowed"
                        } else {
                            "granted"
                        }
                    } else if !has_access && needs_access {
                        "no_resource_access"
                    } else {
                        "granted"
                    };
                    assert_eq!(
                        decision.code.as_str(),
                        expected,
                        "{role} {id} on {env} with {target:?}: {}",
                        decision.message
                    );
                    assert_eq!(
                        state.can("u", id, &target).expect("known operation"),
                        expected == "granted",
                        "can() disagrees with explain() for {role} {id} on {env}"
                    );
                    checked += 1;
                }
            }
        }
    }
    checked
}

/// The compiled Portainer catalog matches the reference row by row.
pub fn portainer_catalog_matches_reference(parse: Parse) {
    let reference = parse(PORTAINER_REFERENCE);
    let rows = items(field(&reference, "operations"));
    let compiled = portainer::operations();
    assert_eq!(compiled.len(), rows.len());
    for (op, row) in compiled.iter().zip(rows) {
        assert_eq!(op.id, text(field(row, "id")));
        assert_eq!(
            op.labels(),
            (text(field(row, "category")), text(field(row, "label")))
        );
        assert_eq!(op.environment_name(), text(field(row, "environment")));
        let settings: Vec<&str> = op.security_settings.iter().map(|s| s.id()).collect();
        assert_eq!(
            settings,
            strings(field(row, "security_settings")),
            "{}",
            op.id
        );
        assert_eq!(
            Value::Bool(op.allowed_registry),
            *field(row, "allowed_registry")
        );
        for role in portainer::Role::ALL {
            assert_eq!(
                op.roles.contains(role.bit()),
                strings(field(row, "roles")).contains(&role.code()),
                "{} roles",
                op.id
            );
            assert_eq!(
                op.needs_resource_access.contains(role.bit()),
                strings(field(row, "needs_resource_access")).contains(&role.code()),
                "{} needs_resource_access",
                op.id
            );
        }
    }
}

/// Every permission the reference's catalog defines, in order.
pub fn dokploy_reference_ids(reference: &Value) -> Vec<String> {
    items(field(reference, "catalog"))
        .iter()
        .flat_map(|row| {
            let resource = text(field(row, "resource")).to_owned();
            strings(field(row, "actions"))
                .into_iter()
                .map(move |action| format!("{resource}.{action}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// For owner, admin, member without flags, member with each flag, and each preset as a
/// custom role: the effective permission set is exactly the reference's, and `can` agrees
/// for every permission on a target inside the user's access lists.
pub fn dokploy_reference_walk(parse: Parse) -> usize {
    let reference = parse(DOKPLOY_REFERENCE);
    let all = dokploy_reference_ids(&reference);
    let compiled: Vec<&str> = dokploy::catalog::permissions()
        .iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(compiled, all.iter().map(String::as_str).collect::<Vec<_>>());

    let member_base = permission_ids(field(field(&reference, "built_in_roles"), "member"));
    let flags = entries(field(&reference, "member_flags"));
    let presets = entries(field(&reference, "custom_role_presets"));

    let lists = r#""accessedProjects":["p"],"accessedEnvironments":["e"],"accessedServices":["s"],"accessedGitProviders":["g"],"accessedServers":["v"]"#;
    let mut members = vec![
        r#"{"userId":"owner","role":"owner"}"#.to_owned(),
        r#"{"userId":"admin","role":"admin"}"#.to_owned(),
        format!(r#"{{"userId":"member","role":"member",{lists}}}"#),
    ];
    let mut expectations: Vec<(String, Vec<String>)> = vec![
        ("owner".to_owned(), all.clone()),
        (
            "admin".to_owned(),
            all.iter()
                .filter(|id| *id != "organization.delete")
                .cloned()
                .collect(),
        ),
        ("member".to_owned(), member_base.clone()),
    ];
    for (flag, grant) in flags {
        let user = format!("member-{flag}");
        members.push(format!(
            r#"{{"userId":"{user}","role":"member","{flag}":true,{lists}}}"#
        ));
        let mut expected = member_base.clone();
        expected.extend(permission_ids(grant));
        expectations.push((user, expected));
    }
    let mut roles = Vec::new();
    for (name, role_map) in presets {
        let user = format!("preset-{name}");
        roles.push(format!("\"{name}\":{}", role_map_text(role_map)));
        members.push(format!(r#"{{"userId":"{user}","role":"{name}",{lists}}}"#));
        expectations.push((user, permission_ids(role_map)));
    }
    let text = format!(
        r#"{{"licensed":true,"roles":{{{}}},"members":[{}]}}"#,
        roles.join(","),
        members.join(",")
    );
    let org = Organization::from_value(&parse(&text)).expect("walk state loads");
    // No git provider: Dokploy reaches one by its own rule (creator, shared, licensed
    // list), not by the role's permissions (tests/corpus/dokploy/git-providers.json).
    let inside = dokploy::Target::none()
        .with(dokploy::ScopeKind::Project, "p")
        .with(dokploy::ScopeKind::Environment, "e")
        .with(dokploy::ScopeKind::Service, "s")
        .with(dokploy::ScopeKind::Server, "v");
    let mut checked = 0;
    for (user, expected) in &expectations {
        let mut expected_in_order: Vec<&str> = all
            .iter()
            .map(String::as_str)
            .filter(|id| expected.iter().any(|e| e == id))
            .collect();
        expected_in_order.dedup();
        let effective: Vec<&str> = org.permissions(user).ids().collect();
        assert_eq!(
            effective, expected_in_order,
            "effective permissions of {user}"
        );
        let allowed: Vec<&str> = org.allowed(user, &inside).ids().collect();
        assert_eq!(
            allowed, expected_in_order,
            "allowed() of {user} inside its lists"
        );
        for id in &all {
            let decision = org.explain(user, id, &inside).expect("known permission");
            assert_eq!(
                decision.allowed,
                expected_in_order.contains(&id.as_str()),
                "{user} {id}: {}",
                decision.message
            );
            checked += 1;
        }
    }
    // The same presets without a licence: nothing at all, and the reason says so.
    let unlicensed = text.replacen(r#""licensed":true"#, r#""licensed":false"#, 1);
    let org = Organization::from_value(&parse(&unlicensed)).expect("unlicensed state loads");
    for (name, _) in presets {
        let user = format!("preset-{name}");
        assert!(org.permissions(&user).is_empty());
        for id in &all {
            let decision = org.explain(&user, id, &inside).expect("known permission");
            assert_eq!(decision.code.as_str(), "unlicensed", "{user} {id}");
            checked += 1;
        }
    }
    checked
}

fn role_map_text(role_map: &Value) -> String {
    let parts: Vec<String> = entries(role_map)
        .iter()
        .map(|(resource, actions)| {
            let actions: Vec<String> = strings(actions)
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect();
            format!("\"{resource}\":[{}]", actions.join(","))
        })
        .collect();
    format!("{{{}}}", parts.join(","))
}
