//! Malformed states are refused with a code and the JSON path of the bad value, and no
//! input makes the crate panic.
#![cfg(not(target_arch = "wasm32"))]

use portcullis::dokploy::{self, Organization};
use portcullis::portainer::{self, PortainerState};
use portcullis::CatalogSet;

const OWNER: &str = r#"{"userId":"o","role":"owner"}"#;

#[test]
fn dokploy_malformed_states_name_the_bad_value() {
    let cases: &[(&str, &str, &str)] = &[
        ("[]", "wrong_type", ""),
        ("{", "invalid_json", ""),
        (r#"{}"#, "missing_field", "members"),
        (r#"{"members":[],"extra":1}"#, "unknown_field", "extra"),
        (
            r#"{"licensed":"yes","members":[]}"#,
            "wrong_type",
            "licensed",
        ),
        (r#"{"members":[]}"#, "owner_count", "members"),
        (
            &format!(r#"{{"members":[{OWNER},{{"userId":"x","role":"owner"}}]}}"#),
            "owner_count",
            "members[1].role",
        ),
        (
            &format!(r#"{{"members":[{OWNER},{{"userId":"o","role":"member"}}]}}"#),
            "duplicate_id",
            "members[1].userId",
        ),
        (
            &format!(r#"{{"members":[{OWNER},{{"userId":"m","role":"boss"}}]}}"#),
            "invalid_value",
            "members[1].role",
        ),
        (
            &format!(
                r#"{{"members":[{OWNER},{{"userId":"m","role":"member","canCreateProject":true}}]}}"#
            ),
            "unknown_field",
            "members[1].canCreateProject",
        ),
        (
            &format!(
                r#"{{"members":[{OWNER},{{"userId":"m","role":"member","canCreateProjects":1}}]}}"#
            ),
            "wrong_type",
            "members[1].canCreateProjects",
        ),
        (
            &format!(
                r#"{{"members":[{OWNER},{{"userId":"m","role":"member","accessedServices":["s1","s1"]}}]}}"#
            ),
            "duplicate_id",
            "members[1].accessedServices[1]",
        ),
        (
            &format!(
                r#"{{"members":[{OWNER},{{"userId":"m","role":"member","accessedServices":[7]}}]}}"#
            ),
            "wrong_type",
            "members[1].accessedServices[0]",
        ),
        (
            &format!(r#"{{"members":[{OWNER},{{"userId":"","role":"member"}}]}}"#),
            "invalid_value",
            "members[1].userId",
        ),
        (
            &format!(r#"{{"members":[{OWNER},{{"role":"member"}}]}}"#),
            "missing_field",
            "members[1].userId",
        ),
        (
            &format!(r#"{{"members":[{OWNER},{{"userId":"m","role":"member","role":"admin"}}]}}"#),
            "duplicate_key",
            "members[1].role",
        ),
        (
            &format!(r#"{{"roles":{{"x":{{"ac":["read"]}}}},"members":[{OWNER}]}}"#),
            "internal_resource",
            "roles.x.ac",
        ),
        (
            &format!(r#"{{"roles":{{"x":{{"servce":["read"]}}}},"members":[{OWNER}]}}"#),
            "unknown_resource",
            "roles.x.servce",
        ),
        (
            &format!(r#"{{"roles":{{"x":{{"service":["read","fly"]}}}},"members":[{OWNER}]}}"#),
            "unknown_action",
            "roles.x.service[1]",
        ),
        (
            &format!(r#"{{"roles":{{"x":{{"service":["read","read"]}}}},"members":[{OWNER}]}}"#),
            "duplicate_id",
            "roles.x.service[1]",
        ),
        (
            &format!(r#"{{"roles":{{"admin":{{}}}},"members":[{OWNER}]}}"#),
            "reserved_role_name",
            "roles.admin",
        ),
        (
            &format!(r#"{{"roles":{{"bad name":{{}}}},"members":[{OWNER}]}}"#),
            "invalid_role_name",
            "roles[\"bad name\"]",
        ),
        (
            &format!(
                r#"{{"roles":{{{}}},"members":[{OWNER}]}}"#,
                (0..11)
                    .map(|i| format!(r#""r{i}":{{}}"#))
                    .collect::<Vec<_>>()
                    .join(",")
            ),
            "limit_exceeded",
            "roles",
        ),
    ];
    for (json, code, path) in cases {
        let error = Organization::from_json(json).expect_err(json);
        assert_eq!(
            (error.code(), error.path()),
            (*code, *path),
            "{json}: {error}"
        );
        assert!(!error.message().is_empty());
    }
}

const P_BASE: &str = r#""users":[{"id":"u","teams":["t"]}],"teams":[{"id":"t"}],"groups":[{"id":"g"}],"registries":[{"id":"r"}]"#;

fn portainer(rest: &str) -> String {
    format!("{{{P_BASE},{rest}}}")
}

#[test]
fn portainer_malformed_states_name_the_bad_value() {
    let env = r#"{"id":"e","kind":"swarm"}"#;
    let cases: Vec<(String, &str, &str)> = vec![
        (r#"{"users":{}}"#.to_owned(), "wrong_type", "users"),
        (r#"{"user":[]}"#.to_owned(), "unknown_field", "user"),
        (r#"{"users":[{"id":1}]}"#.to_owned(), "wrong_type", "users[0].id"),
        (r#"{"users":[{"id":"a"},{"id":"a"}]}"#.to_owned(), "duplicate_id", "users[1].id"),
        (r#"{"users":[{"id":"a","admin":true}]}"#.to_owned(), "unknown_field", "users[0].admin"),
        (r#"{"users":[{"id":"a","teams":["t9"]}]}"#.to_owned(), "dangling_reference", "users[0].teams[0]"),
        (portainer(r#""environments":[{"id":"e","kind":"kubernetes"}]"#), "invalid_value", "environments[0].kind"),
        (portainer(r#""environments":[{"id":"e"}]"#), "missing_field", "environments[0].kind"),
        (portainer(r#""environments":[{"id":"e","kind":"swarm","groupId":"g9"}]"#), "dangling_reference", "environments[0].groupId"),
        (portainer(r#""environments":[{"id":"e","kind":"swarm","userPolicies":{"u":"ADMIN"}}]"#), "invalid_value", "environments[0].userPolicies.u"),
        (portainer(r#""environments":[{"id":"e","kind":"swarm","teamPolicies":{"t9":"RO"}}]"#), "dangling_reference", "environments[0].teamPolicies.t9"),
        (portainer(r#""environments":[{"id":"e","kind":"swarm","securitySettings":{"disablePrivileged":true}}]"#), "unknown_field", "environments[0].securitySettings.disablePrivileged"),
        (portainer(r#""environments":[{"id":"e","kind":"swarm","registryAccess":{"r9":{}}}]"#), "dangling_reference", "environments[0].registryAccess.r9"),
        (portainer(r#""environments":[{"id":"e","kind":"swarm","registryAccess":{"r":{"users":["nobody"]}}}]"#), "dangling_reference", "environments[0].registryAccess.r.users[0]"),
        (r#"{"users":[{"id":"u"}],"groups":[{"id":"g","userPolicies":{"u":"ST"},"teamPolicies":{"u":"ST"}}]}"#.to_owned(), "dangling_reference", "groups[0].teamPolicies.u"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"pod","id":"x","environmentId":"e"}}]"#)), "invalid_value", "resources[0].type"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e9"}}]"#)), "dangling_reference", "resources[0].environmentId"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e","stack":"web"}}]"#)), "dangling_reference", "resources[0].stack"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"volume","id":"x","environmentId":"e","service":"s"}}]"#)), "invalid_value", "resources[0].service"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e"}},{{"type":"container","id":"x","environmentId":"e"}}]"#)), "duplicate_id", "resources[1].id"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e","control":{{"users":["ghost"]}}}}]"#)), "dangling_reference", "resources[0].control.users[0]"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e","control":{{"subResources":["y"]}}}}]"#)), "dangling_reference", "resources[0].control.subResources[0]"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e","control":{{"public":true,"administratorsOnly":true}}}}]"#)), "invalid_value", "resources[0].control"),
        (portainer(&format!(r#""environments":[{env}],"resources":[{{"type":"container","id":"x","environmentId":"e","control":{{"owner":"u"}}}}]"#)), "unknown_field", "resources[0].control.owner"),
    ];
    for (json, code, path) in &cases {
        let error = PortainerState::from_json(json).expect_err(json);
        assert_eq!(
            (error.code(), error.path()),
            (*code, *path),
            "{json}: {error}"
        );
    }
}

#[test]
fn target_objects_are_strict_too() {
    let value = portcullis::Value::parse(r#"{"serviceID":"s1"}"#).unwrap();
    let error = dokploy::Target::from_value(&value, "target").unwrap_err();
    assert_eq!(
        (error.code(), error.path()),
        ("unknown_field", "target.serviceID")
    );
    let value = portcullis::Value::parse(r#"{"environmentId":"e","request":{"privileged":"yes"}}"#)
        .unwrap();
    let error = portainer::Target::from_value(&value, "target").unwrap_err();
    assert_eq!(
        (error.code(), error.path()),
        ("wrong_type", "target.request.privileged")
    );
    let value = portcullis::Value::parse(r#"{"resourceId":"c"}"#).unwrap();
    let error = portainer::Target::from_value(&value, "target").unwrap_err();
    assert_eq!(
        (error.code(), error.path()),
        ("missing_field", "target.environmentId")
    );
}

/// A small deterministic generator (xorshift), so the run is the same every time.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const DOKPLOY_SEED: &str = r#"{"licensed":true,"roles":{"deployer":{"deployment":["read","create"],"service":["read"]}},"members":[{"userId":"u1","role":"owner"},{"userId":"u2","role":"member","canCreateServices":true,"accessedProjects":["p1"],"accessedServices":["s1"]},{"userId":"u3","role":"deployer","accessedServices":["s1"]}]}"#;
const PORTAINER_SEED: &str = r#"{"users":[{"id":"1","administrator":true},{"id":"2","teams":["10"]}],"teams":[{"id":"10"}],"groups":[{"id":"g1","userPolicies":{"2":"ST"}}],"environments":[{"id":"e1","kind":"standalone","groupId":"g1","teamPolicies":{"10":"RO"},"securitySettings":{"disablePrivilegedMode":true},"registryAccess":{"r1":{"users":["2"]}}}],"registries":[{"id":"r1"}],"resources":[{"type":"stack","id":"web","environmentId":"e1","control":{"users":["2"]}},{"type":"container","id":"c1","environmentId":"e1","stack":"web"}]}"#;

fn mutate(seed: &str, rng: &mut Rng) -> String {
    const PIECES: [&str; 14] = [
        "",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "null",
        "true",
        "1e999",
        "\"owner\"",
        "\"e1\"",
        "\\u0000",
    ];
    let mut bytes: Vec<char> = seed.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(3) {
            0 if at < bytes.len() => {
                bytes.remove(at);
            }
            1 => {
                let piece = PIECES[rng.below(PIECES.len())];
                for (i, c) in piece.chars().enumerate() {
                    bytes.insert(at + i, c);
                }
            }
            _ => {
                let end = (at + rng.below(12)).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes.into_iter().collect()
}

#[test]
fn no_input_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut loaded, mut refused) = (0, 0);
    for _ in 0..3000 {
        let text = mutate(DOKPLOY_SEED, &mut rng);
        match Organization::from_json(&text) {
            Ok(org) => {
                loaded += 1;
                for user in ["u1", "u2", "u3", "zz"] {
                    for id in dokploy::catalog::permissions().iter().map(|p| p.id) {
                        let _ = org.explain(user, id, &dokploy::Target::service("s1"));
                    }
                    let _ = org.allowed(user, &dokploy::Target::none()).ids().count();
                }
                let _ = org.fingerprint();
            }
            Err(error) => {
                refused += 1;
                assert!(!error.code().is_empty());
            }
        }
        let text = mutate(PORTAINER_SEED, &mut rng);
        match PortainerState::from_json(&text) {
            Ok(state) => {
                loaded += 1;
                for user in ["1", "2", "zz"] {
                    for resource in ["c1", "web", "bridge", "zz"] {
                        let target = portainer::Target::environment("e1")
                            .resource(resource)
                            .registry("r1");
                        let _ = state.allowed(user, &target).ids().count();
                    }
                }
                let _ = state.fingerprint();
            }
            Err(error) => {
                refused += 1;
                assert!(!error.code().is_empty());
            }
        }
    }
    assert!(
        loaded > 0 && refused > 0,
        "loaded {loaded}, refused {refused}"
    );
}
