//! Handles cannot lie: after every change the old generation's handles are refused, and the
//! handle path (and the path of ids given as strings with a user handle) decides exactly as
//! the string path, for every user, permission and target,
//! through a random run of every kind of mutation.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

use common::rng::Rng;

use portcullis::api::{DokployAuthorizer, PortainerAuthorizer};
use portcullis::dokploy::{catalog, Permissions};
use portcullis::{CatalogSet, Value};

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

const FIELDS: [&str; 5] = [
    "projectId",
    "environmentId",
    "serviceId",
    "gitProviderId",
    "serverId",
];
const IDS: [&str; 6] = ["p1", "e1", "s1", "s2", "g1", "nowhere"];
const USERS: [&str; 6] = ["u1", "u2", "u3", "u4", "u5", "ghost"];
const ROLES: [&str; 5] = ["member", "admin", "deployer", "viewer", "reader"];

fn check_agreement(org: &mut DokployAuthorizer, rng: &mut Rng) -> usize {
    let generation = org.generation();
    let mut checked = 0;
    for _ in 0..40 {
        let user = rng.pick(&USERS);
        let user_handle = org
            .user_handle(generation, user)
            .expect("current generation");
        let mut scope = [0u32; 5];
        let mut ids: [Option<&str>; 5] = [None; 5];
        let mut target = Vec::new();
        for ((slot, given), field) in scope.iter_mut().zip(ids.iter_mut()).zip(FIELDS) {
            if rng.next() % 3 == 0 {
                let id = rng.pick(&IDS);
                *slot = org
                    .target_handle(generation, id)
                    .expect("current generation");
                *given = Some(id);
                target.push((field.to_owned(), s(id)));
            }
        }
        let target = Value::Object(target);
        let page = org
            .allowed_handles(generation, user_handle, scope)
            .expect("current handles");
        assert_eq!(
            page,
            org.allowed(&s(user), &target).expect("valid"),
            "{user} {target:?}"
        );
        for (index, info) in catalog::permissions().iter().enumerate() {
            let by_string = org.can(&s(user), &s(info.id), &target).expect("valid");
            let by_handle = org
                .can_handles(generation, user_handle, index as u32, scope)
                .expect("current handles");
            assert_eq!(by_handle, by_string, "{user} {} {target:?}", info.id);
            let by_ids = org
                .can_ids(generation, user_handle, index as u32, ids)
                .expect("current generation");
            assert_eq!(by_ids, by_string, "{user} {} {target:?}", info.id);
            assert_eq!(
                page.contains(Permissions::single(index)),
                by_string,
                "{user} {} {target:?}",
                info.id
            );
            checked += 1;
        }
    }
    checked
}

#[test]
fn handle_and_string_paths_agree_through_every_kind_of_mutation() {
    let state = r#"{"licensed":true,
        "roles":{"deployer":{"deployment":["read","create"],"service":["read"]},"viewer":{"service":["read"],"logs":["read"]}},
        "members":[{"userId":"u1","role":"owner"},{"userId":"u2","role":"member","canCreateServices":true,"accessedProjects":["p1"],"accessedServices":["s1"]},
          {"userId":"u3","role":"deployer","accessedServices":["s1"]},{"userId":"u4","role":"admin"},{"userId":"u5","role":"viewer","accessedServices":["s2"]}]}"#;
    let mut org = DokployAuthorizer::load_json(state).expect("loads");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut checked = check_agreement(&mut org, &mut rng);
    let mut changes = 0;
    for _ in 0..200 {
        let before = org.generation();
        let actor = s(rng.pick(&["u1", "u4"]));
        let result = match rng.next() % 6 {
            0 => org.assign_role(&actor, &s(rng.pick(&USERS)), &s(rng.pick(&ROLES))),
            1 => org.remove_member(&actor, &s(rng.pick(&USERS))),
            2 => org
                .record_created(
                    &s(rng.pick(&USERS)),
                    &s(rng.pick(&FIELDS)),
                    &s(rng.pick(&IDS)),
                )
                .map(drop),
            3 => org.create_role(
                &actor,
                &s(rng.pick(&ROLES)),
                &Value::parse(r#"{"service":["read","delete"]}"#).expect("JSON"),
            ),
            4 => org.update_role(
                &actor,
                &s(rng.pick(&ROLES)),
                &Value::Object(vec![]),
                &s(rng.pick(&ROLES)),
            ),
            _ => org.delete_role(&actor, &s(rng.pick(&ROLES))),
        };
        match result {
            Ok(()) => {
                changes += 1;
                assert_ne!(org.generation(), before, "a change starts a new generation");
                let stale = org.allowed_handles(before, 1, [0; 5]).unwrap_err();
                assert_eq!(
                    (stale.code().as_str(), stale.path()),
                    ("stale_handle", "generation")
                );
            }
            Err(_) => assert_eq!(
                org.generation(),
                before,
                "a refused change keeps the generation"
            ),
        }
        checked += check_agreement(&mut org, &mut rng);
    }
    assert!(changes > 20, "only {changes} changes took effect");
    assert!(checked > 100_000, "checked {checked}");
}

#[test]
fn handles_the_state_never_minted_are_refused() {
    let org = DokployAuthorizer::load_json(
        r#"{"members":[{"userId":"o","role":"owner","accessedServices":[]}]}"#,
    )
    .expect("loads");
    let generation = org.generation();
    let past_users = org.allowed_handles(generation, 2, [0; 5]).unwrap_err();
    assert_eq!(
        (past_users.code().as_str(), past_users.path()),
        ("invalid_argument", "user")
    );
    let past_ids = org
        .allowed_handles(generation, 1, [0, 0, 2, 0, 0])
        .unwrap_err();
    assert_eq!(
        (past_ids.code().as_str(), past_ids.path()),
        ("invalid_argument", "serviceId")
    );
    // Handle 0 is "no such user", 1 "an id the state does not hold": both are answers.
    assert_eq!(
        org.allowed_handles(generation, 0, [0; 5]),
        Ok(Permissions::empty())
    );
    assert_eq!(
        org.allowed_handles(generation, 1, [1; 5])
            .map(|p| p.contains(Permissions::single(0))),
        Ok(true)
    );
}

#[test]
fn one_authorizers_handles_are_stale_for_another() {
    let text = r#"{"users":[{"id":"2"}],"environments":[{"id":"e1","kind":"standalone","userPolicies":{"2":"ST"}}]}"#;
    let mut first = PortainerAuthorizer::load_json(text).expect("loads");
    let second = PortainerAuthorizer::load_json(text).expect("loads");
    assert_ne!(first.generation(), second.generation());
    let environment = first
        .target_handle(first.generation(), "e1")
        .expect("current generation");
    assert_eq!(
        first
            .allowed_handles(first.generation(), 1, [environment, 0, 0])
            .map(|page| page.contains(portcullis::portainer::Operations::single(0))),
        Ok(true)
    );
    let error = second
        .allowed_handles(first.generation(), 1, [environment, 0, 0])
        .unwrap_err();
    assert_eq!(error.code(), "stale_handle");
    let no_environment = first
        .allowed_handles(first.generation(), 1, [0, 0, 0])
        .unwrap_err();
    assert_eq!(
        (no_environment.code().as_str(), no_environment.path()),
        ("invalid_argument", "target.environmentId")
    );
}

#[test]
fn handles_are_handed_out_on_demand_and_renewed_without_a_change() {
    let mut org = DokployAuthorizer::load_json(
        r#"{"members":[{"userId":"o","role":"owner"},{"userId":"m","role":"member","accessedServices":["s1"]}]}"#,
    )
    .expect("loads");
    let generation = org.generation();
    assert_eq!(org.user_handle(generation, "m"), Ok(2));
    assert_eq!(org.user_handle(generation, "nobody"), Ok(0));
    // Any id gets a handle, held or not; asking again gives the same one.
    let s1 = org.target_handle(generation, "s1").expect("current");
    let elsewhere = org.target_handle(generation, "elsewhere").expect("current");
    assert_ne!(s1, elsewhere);
    assert_eq!(org.target_handle(generation, "s1"), Ok(s1));
    let read = |org: &DokployAuthorizer, g, service| {
        org.can_handles(g, 2, catalog_index("service.read"), [0, 0, service, 0, 0])
    };
    assert_eq!(read(&org, generation, s1), Ok(true));
    assert_eq!(read(&org, generation, elsewhere), Ok(false));
    // Renewing starts a generation with no handles; the state and its decisions are as before.
    let fingerprint = org.fingerprint();
    let renewed = org.renew_handles();
    assert_ne!(renewed, generation);
    assert_eq!(org.fingerprint(), fingerprint);
    assert_eq!(
        read(&org, generation, s1).unwrap_err().code(),
        "stale_handle"
    );
    assert_eq!(
        org.user_handle(generation, "m").unwrap_err().code(),
        "stale_handle"
    );
    assert_eq!(
        read(&org, renewed, s1).unwrap_err().code(),
        "invalid_argument",
        "the old handle was never handed out in the new generation"
    );
    let again = org.target_handle(renewed, "s1").expect("current");
    assert_eq!(read(&org, renewed, again), Ok(true));
}

fn catalog_index(id: &str) -> u32 {
    catalog::permissions()
        .iter()
        .position(|info| info.id == id)
        .expect("a catalog id") as u32
}

#[test]
fn authorizers_can_be_shared_across_threads() {
    // A Rust backend keeps one authorizer behind an `Arc` for all its request handlers.
    fn shared<T: Send + Sync>() {}
    shared::<DokployAuthorizer>();
    shared::<PortainerAuthorizer>();
}
