//! Hostile state text: thousands of mutations of valid states load or are refused with a
//! known error code, and never panic; whatever loads answers every query.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

use common::rng::Rng;

use portcullis::dokploy::{self, Organization};
use portcullis::portainer::{self, PortainerState};
use portcullis::{CatalogSet, DecisionCode, Error, ErrorCode};

/// A refusal carries one of the documented codes and a path inside the input.
fn assert_known(error: &Error) {
    let code = error.code();
    assert!(
        ErrorCode::ALL.contains(&code)
            || DecisionCode::ALL
                .iter()
                .any(|d| code == ErrorCode::Refused(*d)),
        "undocumented code {code}"
    );
    assert!(!error.message().is_empty(), "{code} without a message");
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
                    let target = dokploy::Target::service("s1");
                    let allowed: Vec<&str> = org.allowed(user, &target).ids().collect();
                    for id in dokploy::catalog::permissions().iter().map(|p| p.id) {
                        let decision = org.explain(user, id, &target).expect("a catalog id");
                        assert_eq!(
                            org.can(user, id, &target).expect("a catalog id"),
                            decision.allowed
                        );
                        assert_eq!(allowed.contains(&id), decision.allowed, "{user} {id}");
                    }
                }
                let _ = org.fingerprint();
            }
            Err(error) => {
                refused += 1;
                assert_known(&error);
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
                        let allowed: Vec<&str> = state.allowed(user, &target).ids().collect();
                        for op in portainer::operations() {
                            let decision =
                                state.explain(user, op.id, &target).expect("a catalog id");
                            assert_eq!(
                                allowed.contains(&op.id),
                                decision.allowed,
                                "{user} {}",
                                op.id
                            );
                        }
                    }
                }
                let _ = state.fingerprint();
            }
            Err(error) => {
                refused += 1;
                assert_known(&error);
            }
        }
    }
    assert!(
        loaded > 0 && refused > 0,
        "loaded {loaded}, refused {refused}"
    );
}
