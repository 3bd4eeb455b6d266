//! Long access lists, policies and control lists are looked up by hash once they pass a few
//! ids: the answers must not change with their length.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use portcullis::api::{DokployAuthorizer, PortainerAuthorizer};
use portcullis::Value;

fn s(text: &str) -> Value {
    Value::String(text.to_owned())
}

fn code<D: portcullis::DecisionDetail>(
    answer: portcullis::Result<portcullis::Decision<D>>,
) -> &'static str {
    answer.expect("valid call").code.as_str()
}

fn service(id: &str) -> Value {
    Value::Object(vec![("serviceId".to_owned(), s(id))])
}

#[test]
fn long_access_lists_decide_like_short_ones() {
    let services: Vec<String> = (0..2000).map(|i| format!("\"svc-{i}\"")).collect();
    let json = format!(
        r#"{{"members":[{{"userId":"o","role":"owner"}},
            {{"userId":"m","role":"member","accessedServices":[{}]}}]}}"#,
        services.join(",")
    );
    let mut org = DokployAuthorizer::load_json(&json).expect("loads");
    let read = s("service.read");
    for id in ["svc-0", "svc-8", "svc-9", "svc-1999"] {
        assert_eq!(
            code(org.explain(&s("m"), &read, &service(id))),
            "granted",
            "{id}"
        );
    }
    for id in ["svc-2000", "svc-", "SVC-1"] {
        assert_eq!(
            code(org.explain(&s("m"), &read, &service(id))),
            "out_of_scope",
            "{id}"
        );
    }
    org.record_created(&s("m"), &s("serviceId"), &s("svc-new"))
        .expect("records");
    assert_eq!(
        code(org.explain(&s("m"), &read, &service("svc-new"))),
        "granted"
    );
    // Saving keeps the list as it was, plus the new id at the end.
    let saved = org.to_json();
    let reloaded = DokployAuthorizer::load(&saved).expect("reloads");
    assert_eq!(reloaded.to_json(), saved);
    assert_eq!(reloaded.fingerprint(), org.fingerprint());
}

#[test]
fn long_policies_and_control_lists_decide_like_short_ones() {
    let users: Vec<String> = (0..300)
        .map(|i| format!(r#"{{"id":"u{i}","teams":["t{}"]}}"#, i % 50))
        .collect();
    let teams: Vec<String> = (0..50).map(|i| format!(r#"{{"id":"t{i}"}}"#)).collect();
    // Users u0..u199 hold a policy of their own; u100..u199 are RO, the rest ST.
    let policies: Vec<String> = (0..200)
        .map(|i| format!(r#""u{i}":"{}""#, if i >= 100 { "RO" } else { "ST" }))
        .collect();
    let team_names: Vec<String> = (0..40).map(|i| format!("\"t{i}\"")).collect();
    let json = format!(
        r#"{{"users":[{}],"teams":[{}],
            "environments":[{{"id":"e","kind":"standalone","userPolicies":{{{}}}}}],
            "resources":[{{"type":"container","id":"c","environmentId":"e","control":{{"teams":[{}]}}}}]}}"#,
        users.join(","),
        teams.join(","),
        policies.join(","),
        team_names.join(",")
    );
    let state = PortainerAuthorizer::load_json(&json).expect("loads");
    let role = |user: &str| {
        state
            .role_of(&s(user), &s("e"))
            .expect("valid call")
            .map(|r| r.code())
    };
    assert_eq!(role("u0"), Some("ST"));
    assert_eq!(role("u99"), Some("ST"));
    assert_eq!(role("u150"), Some("RO"));
    assert_eq!(role("u250"), None);
    let on_c = Value::parse(r#"{"environmentId":"e","resourceId":"c"}"#).expect("JSON");
    let start = s("container.start");
    // u39 is in t39, which the control names; u40 is in t40, which it does not.
    assert_eq!(code(state.explain(&s("u39"), &start, &on_c)), "granted");
    assert_eq!(
        code(state.explain(&s("u40"), &start, &on_c)),
        "no_resource_access"
    );
    assert_eq!(
        code(state.explain(&s("u139"), &start, &on_c)),
        "no_permission"
    );
    let reloaded = PortainerAuthorizer::load(&state.to_json()).expect("reloads");
    assert_eq!(reloaded.state(), state.state());
}

#[test]
fn thousands_of_stored_controls_each_reach_their_own_object() {
    // Portainer's API shapes: 3,000 containers and a stored control for each, naming user 2 on
    // the even ones and user 3 on the odd ones; a volume controlled through
    // `<volume name>_<Docker id>`, its name holding underscores of its own.
    let containers: Vec<String> = (0..3000).map(|i| format!(r#"{{"Id":"c{i}"}}"#)).collect();
    let controls: Vec<String> = (0..3000)
        .map(|i| {
            format!(
                r#"{{"Id":{},"ResourceId":"c{i}","Type":1,"UserAccesses":[{{"UserId":{}}}],"TeamAccesses":[]}}"#,
                i + 1,
                2 + i % 2
            )
        })
        .chain(std::iter::once(
            r#"{"Id":9000,"ResourceId":"my_app_data_f00d","Type":3,"UserAccesses":[{"UserId":3}],"TeamAccesses":[]}"#.to_owned(),
        ))
        .collect();
    let input = format!(
        r#"{{"users":[{{"Id":1,"Role":1}},{{"Id":2,"Role":2}},{{"Id":3,"Role":2}}],
            "teams":[],"teamMemberships":[],"endpointGroups":[],"registries":[],
            "endpoints":[{{"Id":1,"Type":1,"Snapshots":[{{"Swarm":false}}],
                "UserAccessPolicies":{{"2":{{"RoleId":3}},"3":{{"RoleId":3}}}}}}],
            "resourceControls":[{}],
            "docker":{{"1":{{"containers":[{}],
                "volumes":[{{"Name":"my_app_data","ResourceID":"my_app_data_f00d"}}]}}}}}}"#,
        controls.join(","),
        containers.join(",")
    );
    let state = PortainerAuthorizer::from_api(&Value::parse(&input).expect("JSON")).expect("loads");
    assert!(state.warnings().is_empty(), "{:?}", state.warnings());
    let on = |resource: &str| {
        Value::parse(&format!(
            r#"{{"environmentId":"1","resourceId":"{resource}"}}"#
        ))
        .expect("JSON")
    };
    let start = s("container.start");
    for (container, owner, other) in [
        ("c0", "2", "3"),
        ("c1", "3", "2"),
        ("c2998", "2", "3"),
        ("c2999", "3", "2"),
    ] {
        assert_eq!(
            code(state.explain(&s(owner), &start, &on(container))),
            "granted",
            "{container}"
        );
        assert_eq!(
            code(state.explain(&s(other), &start, &on(container))),
            "no_resource_access",
            "{container}"
        );
    }
    let inspect = s("volume.inspect");
    assert_eq!(
        code(state.explain(&s("3"), &inspect, &on("my_app_data"))),
        "granted"
    );
    assert_eq!(
        code(state.explain(&s("2"), &inspect, &on("my_app_data"))),
        "no_resource_access"
    );
}
