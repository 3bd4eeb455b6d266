//! Checks resolved once answer exactly as `can` and `allowed` do. Portainer: a user's standing
//! on an environment (`PortainerState::on_environment`), for every user of the scenarios' state
//! (and one it does not hold), every environment (and one it does not hold), every target there
//! and on another environment, and every operation. Dokploy: a member looked up once
//! (`Organization::for_member`), for every member (and a stranger), every target and permission.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

use portcullis::dokploy::{self, Organization, Permissions, ScopeKind};
use portcullis::portainer::{Operations, PortainerState, Target};
use portcullis::{CatalogSet, Value};

/// The `state` of a corpus file.
fn corpus_state(file: &str) -> Value {
    let text = std::fs::read_to_string(file).unwrap();
    let Value::Object(fields) = Value::parse(&text).unwrap() else {
        panic!("the corpus file is an object");
    };
    fields
        .into_iter()
        .find(|(key, _)| key == "state")
        .unwrap()
        .1
}

fn scenarios_state() -> PortainerState {
    PortainerState::from_value(&corpus_state("tests/corpus/portainer/scenarios.json")).unwrap()
}

#[test]
fn resolved_checks_answer_as_can_does() {
    let state = scenarios_state();
    let users = ["1", "2", "3", "4", "5", "6", "7", "8", "nobody"];
    let environments = ["e1", "e2", "e3", "nowhere"];
    let resources = [
        "web", "c1", "c2", "c3", "c4", "v1", "api", "svc", "task1", "data", "s1", "bridge",
        "missing",
    ];
    let mut granted = 0;
    let mut checked = 0;
    for user in users {
        for environment in environments {
            let resolved = state.on_environment(user, environment);
            let mut targets = vec![
                Target::environment(environment),
                Target::environment(environment).registry("r1"),
                // Another environment than the one resolved: checked in full.
                Target::environment("e1").resource("c1"),
            ];
            targets.extend(
                resources
                    .iter()
                    .map(|&r| Target::environment(environment).resource(r)),
            );
            for target in &targets {
                let allowed = state.allowed(user, target);
                assert_eq!(resolved.allowed(target), allowed, "{user} on {target:?}");
                for index in 0..Operations::LEN {
                    let expected = state.can_index(user, index, target);
                    assert_eq!(
                        resolved.can_index(index, target),
                        expected,
                        "{user}, {index}, {target:?}"
                    );
                    granted += usize::from(expected);
                    checked += 1;
                }
            }
        }
    }
    // The sweep reaches both answers, many times over.
    assert!(
        granted > 1000 && checked - granted > 1000,
        "{granted} of {checked}"
    );
}

#[test]
fn resolved_checks_decide_as_the_scenarios_say() {
    let state = scenarios_state();
    // alice (2) holds ST on e1 through the group; the stack `web` is hers, c1 inherits it.
    let alice = state.on_environment("2", "e1");
    let c1 = Target::environment("e1").resource("c1");
    assert!(alice.can("container.start", &c1).unwrap());
    // c4 is team 11's, which alice is not in.
    let c4 = Target::environment("e1").resource("c4");
    assert!(!alice.can("container.start", &c4).unwrap());
    // eve (8) is environment administrator on e1: every container.
    assert!(state
        .on_environment("8", "e1")
        .can("container.start", &c4)
        .unwrap());
    // An unknown user, an unknown environment: refused.
    assert!(!state
        .on_environment("nobody", "e1")
        .can("container.start", &c1)
        .unwrap());
    let nowhere = Target::environment("nowhere").resource("c1");
    assert!(!state
        .on_environment("2", "nowhere")
        .can("container.start", &nowhere)
        .unwrap());
    // An unknown operation is an error, as for `can`.
    let error = alice.can("container.fly", &c1).unwrap_err();
    assert_eq!(error.code().as_str(), "unknown_id");
}

#[test]
fn a_member_looked_up_once_answers_as_can_does() {
    let org =
        Organization::from_value(&corpus_state("tests/corpus/dokploy/scenarios.json")).unwrap();
    let users = ["owner", "admin", "dev", "ci", "hr", "stranger"];
    let mut targets = vec![dokploy::Target::none()];
    for id in ["p1", "e1", "s1", "s2", "elsewhere"] {
        for kind in ScopeKind::ALL {
            targets.push(dokploy::Target::none().with(kind, id));
        }
    }
    targets.push(dokploy::Target::project("p1").with(ScopeKind::Service, "s1"));
    let mut granted = 0;
    let mut checked = 0;
    for user in users {
        let member = org.for_member(user);
        for target in &targets {
            assert_eq!(
                member.allowed(target),
                org.allowed(user, target),
                "{user} {target:?}"
            );
            for index in 0..Permissions::LEN {
                let expected = org.can_index(user, index, target);
                assert_eq!(
                    member.can_index(index, target),
                    expected,
                    "{user} {index} {target:?}"
                );
                granted += usize::from(expected);
                checked += 1;
            }
        }
    }
    assert!(
        granted > 500 && checked - granted > 500,
        "{granted} of {checked}"
    );
    // As the scenarios say: `dev` may read the service of their list, `ci` deploy it; a
    // stranger nothing; an unknown permission id is an error.
    let s1 = dokploy::Target::service("s1");
    assert!(org.for_member("dev").can("service.read", &s1).unwrap());
    assert!(org.for_member("ci").can("deployment.create", &s1).unwrap());
    assert!(!org
        .for_member("ci")
        .can("deployment.create", &dokploy::Target::service("s2"))
        .unwrap());
    assert!(!org.for_member("stranger").can("service.read", &s1).unwrap());
    let error = org.for_member("dev").can("serivce.read", &s1).unwrap_err();
    assert_eq!(error.code().as_str(), "unknown_id");
}
