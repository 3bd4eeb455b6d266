//! Lists of 100,000 entries load, or fail with the path of the bad entry, in time linear in
//! their size (`bench/load_scaling.rs` prints the times); duplicates and dangling ids are
//! found at the end of a long list as at its start.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use portcullis::dokploy::Organization;
use portcullis::portainer::PortainerState;

const N: usize = 100_000;

fn ids(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("\"{prefix}{i}\"")).collect()
}

fn error(result: Result<impl Sized, portcullis::Error>) -> (String, String) {
    let error = result.err().expect("refused");
    (error.code().to_string(), error.path().to_owned())
}

#[test]
fn a_user_in_100k_teams_the_state_does_not_hold() {
    let json = format!(
        r#"{{"users":[{{"id":"u","teams":[{}]}}]}}"#,
        ids("t", N).join(",")
    );
    assert_eq!(
        error(PortainerState::from_json(&json)),
        ("dangling_reference".into(), "users[0].teams[0]".into())
    );
}

#[test]
fn a_user_in_100k_teams_loads() {
    let teams: Vec<String> = (0..N).map(|i| format!(r#"{{"id":"t{i}"}}"#)).collect();
    let json = format!(
        r#"{{"users":[{{"id":"u","teams":[{}]}}],"teams":[{}],
            "environments":[{{"id":"e","kind":"swarm","teamPolicies":{{"t{}":"RO"}}}}]}}"#,
        ids("t", N).join(","),
        teams.join(","),
        N - 1
    );
    let state = PortainerState::from_json(&json).expect("loads");
    assert_eq!(state.role_of("u", "e").map(|r| r.code()), Some("RO"));
}

#[test]
fn a_duplicate_at_the_end_of_100k_ids() {
    let mut list = ids("t", N);
    list.push("\"t5\"".to_owned());
    let teams: Vec<String> = (0..N).map(|i| format!(r#"{{"id":"t{i}"}}"#)).collect();
    let json = format!(
        r#"{{"users":[{{"id":"u","teams":[{}]}}],"teams":[{}]}}"#,
        list.join(","),
        teams.join(",")
    );
    assert_eq!(
        error(PortainerState::from_json(&json)),
        ("duplicate_id".into(), format!("users[0].teams[{N}]"))
    );
}

#[test]
fn a_duplicate_key_at_the_end_of_100k_policies() {
    let users: Vec<String> = (0..N).map(|i| format!(r#"{{"id":"u{i}"}}"#)).collect();
    let mut policies: Vec<String> = (0..N).map(|i| format!(r#""u{i}":"ST""#)).collect();
    policies.push(r#""u7":"RO""#.to_owned());
    let json = format!(
        r#"{{"users":[{}],"environments":[{{"id":"e","kind":"swarm","userPolicies":{{{}}}}}]}}"#,
        users.join(","),
        policies.join(",")
    );
    assert_eq!(
        error(PortainerState::from_json(&json)),
        (
            "duplicate_key".into(),
            "environments[0].userPolicies.u7".into()
        )
    );
}

#[test]
fn a_member_with_100k_services_and_one_repeated() {
    let services = ids("s", N);
    let json = format!(
        r#"{{"members":[{{"userId":"o","role":"owner"}},{{"userId":"m","role":"member","accessedServices":[{}]}}]}}"#,
        services.join(",")
    );
    let org = Organization::from_json(&json).expect("loads");
    let last = format!("s{}", N - 1);
    assert!(org
        .can(
            "m",
            "service.read",
            &portcullis::dokploy::Target::service(&last)
        )
        .expect("a catalog id"));
    let repeated = json.replacen(r#""s0","#, r#""s0","s0","#, 1);
    assert_eq!(
        error(Organization::from_json(&repeated)),
        (
            "duplicate_id".into(),
            "members[1].accessedServices[1]".into()
        )
    );
}

#[test]
fn members_100k_and_a_second_owner_at_the_end() {
    let mut members: Vec<String> = (0..N)
        .map(|i| format!(r#"{{"userId":"u{i}","role":"member"}}"#))
        .collect();
    members[0] = r#"{"userId":"u0","role":"owner"}"#.to_owned();
    members.push(r#"{"userId":"last","role":"owner"}"#.to_owned());
    let json = format!(r#"{{"members":[{}]}}"#, members.join(","));
    assert_eq!(
        error(Organization::from_json(&json)),
        ("owner_count".into(), format!("members[{N}].role"))
    );
}
