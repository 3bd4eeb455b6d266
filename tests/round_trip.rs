//! Saving gives back what was loaded: same keys, same order, nothing invented; the
//! fingerprint ignores key order and follows content.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use portcullis::api::{DokployAuthorizer, PortainerAuthorizer};
use portcullis::Value;

const DOKPLOY: &str = r#"{"licensed":true,"roles":{"deployer":{"deployment":["read","create"],"service":["read"]}},"members":[{"userId":"u1","role":"owner"},{"userId":"u2","role":"member","canCreateServices":true,"canDeleteServices":false,"accessedProjects":["p1"],"accessedServices":["s1"]},{"userId":"u3","role":"deployer","accessedServices":["s1"]}]}"#;
const PORTAINER: &str = r#"{"users":[{"id":"1","administrator":true},{"id":"2","teams":["10"]}],"teams":[{"id":"10"}],"groups":[{"id":"g1","userPolicies":{"2":"ST"}}],"environments":[{"id":"e1","kind":"standalone","groupId":"g1","teamPolicies":{"10":"RO"},"securitySettings":{"disablePrivilegedMode":true},"registryAccess":{"r1":{"users":["2"]}}}],"registries":[{"id":"r1"}],"resources":[{"type":"stack","id":"web","environmentId":"e1","control":{"users":["2"]}},{"type":"network","id":"n1","name":"bridge","environmentId":"e1"},{"type":"container","id":"c1","environmentId":"e1","stack":"web"}]}"#;

#[test]
fn dokploy_saves_exactly_what_it_loaded() {
    let org = DokployAuthorizer::load_json(DOKPLOY).expect("loads");
    assert_eq!(org.to_json().to_json_string(), DOKPLOY);
    let minimal = r#"{"members":[{"userId":"o","role":"owner"}]}"#;
    let org = DokployAuthorizer::load_json(minimal).expect("loads");
    assert_eq!(org.to_json().to_json_string(), minimal);
}

#[test]
fn portainer_saves_exactly_what_it_loaded() {
    let state = PortainerAuthorizer::load_json(PORTAINER).expect("loads");
    assert_eq!(state.to_json().to_json_string(), PORTAINER);
}

#[test]
fn fingerprints_ignore_key_order_and_follow_content() {
    let reordered =
        PortainerAuthorizer::load_json(r#"{"teams": [], "users": [{"name": "a", "id": "1"}]}"#)
            .expect("loads");
    let ordered =
        PortainerAuthorizer::load_json(r#"{"users": [{"id": "1", "name": "a"}], "teams": []}"#)
            .expect("loads");
    assert_eq!(reordered.fingerprint(), ordered.fingerprint());
    let other =
        PortainerAuthorizer::load_json(r#"{"users": [{"id": "1", "name": "b"}], "teams": []}"#)
            .expect("loads");
    assert_ne!(other.fingerprint(), ordered.fingerprint());
    let fingerprint = ordered.fingerprint();
    let hex = fingerprint.strip_prefix("sha256:").expect("sha256: prefix");
    assert_eq!(hex.len(), 64);
    assert!(hex
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    let reloaded =
        PortainerAuthorizer::load(&Value::parse(PORTAINER).expect("JSON")).expect("loads");
    let again = PortainerAuthorizer::load(&reloaded.to_json()).expect("reloads");
    assert_eq!(again.fingerprint(), reloaded.fingerprint());
}

/// An organization read from Dokploy's own rows saves as portcullis's own state, which
/// loads back to the same fingerprint and the same decisions.
#[test]
fn dokploy_rows_save_as_a_state_that_decides_the_same() {
    let corpus = Value::parse(include_str!("corpus/dokploy/rows.json")).expect("JSON");
    let Value::Object(fields) = &corpus else {
        panic!("a corpus file is an object")
    };
    let rows = &fields.iter().find(|(k, _)| k == "rows").expect("rows").1;
    let from_rows = DokployAuthorizer::from_rows(rows).expect("the rows load");
    assert!(!from_rows.warnings().is_empty());
    let saved = from_rows.to_json();
    let reloaded = DokployAuthorizer::load(&saved).expect("the saved state loads");
    assert_eq!(reloaded.fingerprint(), from_rows.fingerprint());
    let users = [
        "8xe2WNnkFU2Ol8zzWgAU11OBV7quiYrC",
        "adminUser000000000000000000000000",
        "mayaMember00000000000000000000000",
        "ciDeployer000000000000000000000000",
        "botUser0000000000000000000000000",
        "ghostRole00000000000000000000000",
    ];
    let targets = [
        r#"{}"#,
        r#"{"serviceId":"RqumsCyAoDiEeIppcmXR0"}"#,
        r#"{"serviceId":"0zeCYGegFEIlyZlqlOTED","projectId":"glrdb5pmQAWY-YBOasO8T"}"#,
        r#"{"environmentId":"loB4P4JZe83ga9L8snXWL"}"#,
    ];
    for user in users {
        for target in targets {
            let target = Value::parse(target).expect("JSON");
            for permission in portcullis::dokploy::catalog::permissions() {
                let args = [
                    Value::String(user.to_owned()),
                    Value::String(permission.id.to_owned()),
                    target.clone(),
                ];
                let (a, b) = (
                    from_rows
                        .explain(&args[0], &args[1], &args[2])
                        .expect("valid"),
                    reloaded
                        .explain(&args[0], &args[1], &args[2])
                        .expect("valid"),
                );
                assert_eq!(a, b, "{user} {}", permission.id);
            }
        }
    }
}

/// A Portainer state read from its API responses saves as portcullis's own state, which
/// loads back to the same fingerprint and the same decisions.
#[test]
fn portainer_api_data_saves_as_a_state_that_decides_the_same() {
    let corpus = Value::parse(include_str!("corpus/portainer/api.json")).expect("JSON");
    let Value::Object(fields) = &corpus else {
        panic!("a corpus file is an object")
    };
    let api = &fields.iter().find(|(k, _)| k == "api").expect("api").1;
    let from_api = PortainerAuthorizer::from_api(api).expect("the responses load");
    assert!(!from_api.warnings().is_empty());
    let saved = from_api.to_json();
    let reloaded = PortainerAuthorizer::load(&saved).expect("the saved state loads");
    assert_eq!(reloaded.fingerprint(), from_api.fingerprint());
    assert!(reloaded.warnings().is_empty());
    let resources = ["", "c0ffee", "task1", "data", "svc1", "web"];
    for user in ["1", "2", "3", "4"] {
        for environment in ["1", "2"] {
            for resource in resources {
                let mut target = format!(r#"{{"environmentId":"{environment}""#);
                if !resource.is_empty() {
                    target.push_str(&format!(r#","resourceId":"{resource}""#));
                }
                target.push('}');
                let target = Value::parse(&target).expect("JSON");
                let user = Value::String(user.to_owned());
                assert_eq!(
                    from_api.allowed(&user, &target).expect("valid"),
                    reloaded.allowed(&user, &target).expect("valid")
                );
            }
        }
    }
}
