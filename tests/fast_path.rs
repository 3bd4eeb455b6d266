//! The full build's fast path (`canIds`, `allowedIds`: the catalog index as a number, the user
//! and the target's ids as strings) decides exactly as the string path, for every user,
//! permission and target, through a random run of every kind of mutation, in slices too.
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
use portcullis::portainer::Operations;
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

fn check_agreement(org: &DokployAuthorizer, rng: &mut Rng) -> usize {
    let mut checked = 0;
    for _ in 0..40 {
        let user = rng.pick(&USERS);
        let mut ids: [Option<&str>; 5] = [None; 5];
        let mut target = Vec::new();
        for (given, field) in ids.iter_mut().zip(FIELDS) {
            if rng.next() % 3 == 0 {
                let id = rng.pick(&IDS);
                *given = Some(id);
                target.push((field.to_owned(), s(id)));
            }
        }
        let target = Value::Object(target);
        let page = org.allowed_ids(user, ids);
        assert_eq!(
            page,
            org.allowed(&s(user), &target).expect("valid"),
            "{user} {target:?}"
        );
        for (index, info) in catalog::permissions().iter().enumerate() {
            let by_string = org.can(&s(user), &s(info.id), &target).expect("valid");
            let by_ids = org.can_ids(user, index as u32, ids).expect("an index");
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
fn the_fast_path_and_the_string_path_agree_through_every_kind_of_mutation() {
    let state = r#"{"licensed":true,
        "roles":{"deployer":{"deployment":["read","create"],"service":["read"]},"viewer":{"service":["read"],"logs":["read"]}},
        "members":[{"userId":"u1","role":"owner"},{"userId":"u2","role":"member","canCreateServices":true,"accessedProjects":["p1"],"accessedServices":["s1"]},
          {"userId":"u3","role":"deployer","accessedServices":["s1"]},{"userId":"u4","role":"admin"},{"userId":"u5","role":"viewer","accessedServices":["s2"]}]}"#;
    let mut org = DokployAuthorizer::load_json(state).expect("loads");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut checked = check_agreement(&org, &mut rng);
    let mut changes = 0;
    for _ in 0..200 {
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
        changes += usize::from(result.is_ok());
        checked += check_agreement(&org, &mut rng);
        // A slice answers its user as the state does, and anyone else as an unknown user.
        let user = rng.pick(&USERS);
        if let Ok(slice) = org.slice_json(&s(user)) {
            checked += check_agreement(
                &DokployAuthorizer::load_json(&slice).expect("a slice loads"),
                &mut rng,
            );
        }
    }
    assert!(changes > 20, "only {changes} changes took effect");
    assert!(checked > 100_000, "checked {checked}");
}

fn catalog_index(id: &str) -> u32 {
    catalog::permissions()
        .iter()
        .position(|info| info.id == id)
        .expect("a catalog id") as u32
}

#[test]
fn the_fast_path_answers_what_the_state_says() {
    let org = DokployAuthorizer::load_json(
        r#"{"members":[{"userId":"o","role":"owner"},{"userId":"m","role":"member","accessedServices":["s1"]}]}"#,
    )
    .expect("loads");
    let read = catalog_index("service.read");
    let service = |id| [None, None, Some(id), None, None];
    assert_eq!(org.can_ids("m", read, service("s1")), Ok(true));
    assert_eq!(org.can_ids("m", read, service("elsewhere")), Ok(false));
    // No such user is an answer, not an error: nothing is allowed to them.
    assert_eq!(org.can_ids("nobody", read, service("s1")), Ok(false));
    assert_eq!(org.allowed_ids("nobody", [None; 5]), Permissions::empty());
    assert!(org
        .allowed_ids("o", service("anything"))
        .contains(Permissions::single(read as usize)));
    // An index past the catalog is refused with the argument's path.
    let past = org
        .can_ids("m", Permissions::LEN as u32, [None; 5])
        .unwrap_err();
    assert_eq!(
        (past.code().as_str(), past.path()),
        ("invalid_argument", "id")
    );
}

#[test]
fn portainer_fast_path_needs_an_environment_and_decides_as_the_string_path() {
    let text = r#"{"users":[{"id":"2","teams":["10"]},{"id":"3"}],"teams":[{"id":"10"}],
        "environments":[{"id":"e1","kind":"standalone","userPolicies":{"2":"ST","3":"ST"}}],
        "resources":[{"type":"stack","id":"web","environmentId":"e1","control":{"teams":["10"]}},
          {"type":"container","id":"c1","environmentId":"e1","stack":"web"}]}"#;
    let docker = PortainerAuthorizer::load_json(text).expect("loads");
    let operations = portcullis::portainer::catalog::operations();
    let start = operations
        .iter()
        .position(|op| op.id == "container.start")
        .expect("a catalog id") as u32;
    let c1 = [Some("e1"), Some("c1"), None];
    assert_eq!(docker.can_ids("2", start, c1), Ok(true));
    assert_eq!(docker.can_ids("3", start, c1), Ok(false));
    for user in ["2", "3", "9"] {
        for target in [c1, [Some("e1"), None, None], [Some("e9"), Some("c1"), None]] {
            let value = Value::Object(
                ["environmentId", "resourceId", "registryId"]
                    .iter()
                    .zip(target)
                    .filter_map(|(field, id)| Some((field.to_string(), s(id?))))
                    .collect(),
            );
            let page = docker.allowed_ids(user, target).expect("an environment");
            assert_eq!(page, docker.allowed(&s(user), &value).expect("valid"));
            for (index, op) in operations.iter().enumerate() {
                let by_string = docker.can(&s(user), &s(op.id), &value).expect("valid");
                assert_eq!(docker.can_ids(user, index as u32, target), Ok(by_string));
                assert_eq!(page.contains(Operations::single(index)), by_string);
            }
        }
    }
    let no_environment = docker
        .allowed_ids("2", [None, Some("c1"), None])
        .unwrap_err();
    assert_eq!(
        (no_environment.code().as_str(), no_environment.path()),
        ("invalid_argument", "target.environmentId")
    );
}

#[test]
fn authorizers_can_be_shared_across_threads() {
    // A Rust backend keeps one authorizer behind an `Arc` for all its request handlers.
    fn shared<T: Send + Sync>() {}
    shared::<DokployAuthorizer>();
    shared::<PortainerAuthorizer>();
}
