//! Portainer scenarios written from the semantics of DESIGN.md: each rule with an allow and a
//! deny case.
#![cfg(not(target_arch = "wasm32"))]

use portcullis::portainer::{Control, PortainerState, Request, Role, Target};
use portcullis::{CatalogSet, Decision, Value};

const STATE: &str = r#"{
  "users": [
    { "id": "1", "name": "admin", "administrator": true },
    { "id": "2", "name": "alice", "teams": ["10"] },
    { "id": "3", "name": "bob", "teams": ["10", "11"] },
    { "id": "4", "name": "carol", "teams": ["11"] },
    { "id": "5", "name": "dave" },
    { "id": "6", "name": "erin", "teams": ["12"] },
    { "id": "7", "name": "olga" },
    { "id": "8", "name": "eve" }
  ],
  "teams": [ { "id": "10", "name": "devs" }, { "id": "11", "name": "ops" }, { "id": "12", "name": "qa" } ],
  "groups": [
    { "id": "g1", "name": "prod", "userPolicies": { "2": "ST", "5": "HD" }, "teamPolicies": { "12": "OP" } }
  ],
  "environments": [
    { "id": "e1", "name": "local", "kind": "standalone", "groupId": "g1",
      "userPolicies": { "5": "RO", "7": "OP", "8": "EA" }, "teamPolicies": { "10": "EA", "11": "RO" },
      "securitySettings": { "disablePrivilegedMode": true, "disableHostPid": true,
        "disableDeviceMappings": true, "disableCapabilities": true, "disableBindMounts": true,
        "disableSysctls": true, "disableStacks": false, "enableVolumeBrowser": false },
      "registryAccess": { "r1": { "users": [], "teams": ["11"] } } },
    { "id": "e2", "name": "cluster", "kind": "swarm", "groupId": "g1",
      "userPolicies": { "2": "ST", "8": "EA", "7": "OP" }, "teamPolicies": {},
      "securitySettings": { "disableStacks": true, "enableVolumeBrowser": true } },
    { "id": "e3", "name": "edge", "kind": "standalone" }
  ],
  "registries": [ { "id": "r1", "name": "ghcr" }, { "id": "r2", "name": "quay" } ],
  "resources": [
    { "type": "stack", "id": "web", "environmentId": "e1", "control": { "users": ["2"] } },
    { "type": "container", "id": "c1", "environmentId": "e1", "stack": "web" },
    { "type": "container", "id": "c2", "environmentId": "e1" },
    { "type": "container", "id": "c3", "environmentId": "e1", "control": { "public": true } },
    { "type": "container", "id": "c4", "environmentId": "e1", "control": { "teams": ["11"] } },
    { "type": "volume", "id": "v1", "environmentId": "e1", "control": { "users": ["2"] } },
    { "type": "stack", "id": "api", "environmentId": "e2", "control": { "teams": ["11"] } },
    { "type": "service", "id": "svc", "environmentId": "e2", "control": { "users": ["2"], "subResources": ["data"] } },
    { "type": "service", "id": "svc2", "environmentId": "e2", "stack": "api" },
    { "type": "container", "id": "task1", "environmentId": "e2", "service": "svc" },
    { "type": "container", "id": "task2", "environmentId": "e2", "service": "svc2" },
    { "type": "volume", "id": "data", "environmentId": "e2" },
    { "type": "secret", "id": "s1", "environmentId": "e2", "control": { "administratorsOnly": true } }
  ]
}"#;

fn state() -> PortainerState {
    PortainerState::from_json(STATE).expect("fixture loads")
}

fn explain(state: &PortainerState, user: &str, op: &str, target: &Target<'_>) -> Decision {
    let decision = state.explain(user, op, target).expect("known operation");
    assert_eq!(
        state.can(user, op, target).expect("known operation"),
        decision.allowed,
        "can() and explain() disagree on {user} {op}"
    );
    decision
}

fn code(state: &PortainerState, user: &str, op: &str, target: &Target<'_>) -> &'static str {
    explain(state, user, op, target).code.as_str()
}

fn request(json: &str) -> Request {
    Request::from_value(&Value::parse(json).expect("request JSON"), "request").expect("request")
}

#[test]
fn role_precedence_user_environment_then_user_group_then_teams() {
    let s = state();
    // dave: own RO on e1 beats own HD on the group.
    assert_eq!(s.role_of("5", "e1"), Some(Role::RO));
    // alice: no own policy on e1, own ST on the group beats her team's EA on e1.
    assert_eq!(s.role_of("2", "e1"), Some(Role::ST));
    // carol: team ops RO on e1.
    assert_eq!(s.role_of("4", "e1"), Some(Role::RO));
    // erin: only the group's team policy reaches her.
    assert_eq!(s.role_of("6", "e1"), Some(Role::OP));
    // nobody has a role on e3; the global administrator is outside RBAC.
    assert_eq!(s.role_of("2", "e3"), None);
    assert_eq!(s.role_of("1", "e1"), None);
    let d = explain(&s, "2", "container.list", &Target::environment("e3"));
    assert_eq!(d.code.as_str(), "no_role");
    assert!(!d.allowed);
}

#[test]
fn team_tie_goes_to_the_least_privileged_role() {
    let s = state();
    // bob is in devs (EA on e1) and ops (RO on e1): RO wins.
    assert_eq!(s.role_of("3", "e1"), Some(Role::RO));
    assert_eq!(
        code(&s, "3", "container.create", &Target::environment("e1")),
        "no_permission"
    );
    assert_eq!(
        code(&s, "3", "container.list", &Target::environment("e1")),
        "granted"
    );
}

#[test]
fn global_administrator_may_do_everything_but_inapplicable_operations() {
    let s = state();
    let d = explain(&s, "1", "image.delete", &Target::environment("e1"));
    assert_eq!(d.code.as_str(), "administrator");
    assert!(d.allowed);
    assert_eq!(
        code(
            &s,
            "1",
            "container.start",
            &Target::environment("e1").resource("c2")
        ),
        "administrator"
    );
    assert_eq!(
        code(&s, "1", "service.list", &Target::environment("e1")),
        "not_applicable"
    );
}

#[test]
fn access_inherited_through_a_stack() {
    let s = state();
    let target = Target::environment("e1").resource("c1");
    let d = explain(&s, "2", "container.start", &target);
    assert!(d.allowed, "{}", d.message);
    let control = d.control.expect("granted through a control");
    assert_eq!(
        (control.source, control.resource_id.as_deref()),
        ("stack", Some("web"))
    );
    // dave (RO) needs access to inspect, and the stack names only alice.
    let d = explain(&s, "5", "container.inspect", &target);
    assert_eq!(d.code.as_str(), "no_resource_access");
    assert_eq!(d.control.expect("origin").source, "stack");
}

#[test]
fn access_inherited_through_a_swarm_service() {
    let s = state();
    let d = explain(
        &s,
        "2",
        "container.logs",
        &Target::environment("e2").resource("task1"),
    );
    assert!(d.allowed, "{}", d.message);
    let control = d.control.expect("origin");
    assert_eq!(
        (control.source, control.resource_id.as_deref()),
        ("service", Some("svc"))
    );
    // task2's service has no control of its own; its stack's names team ops, not alice's team.
    let d = explain(
        &s,
        "2",
        "container.logs",
        &Target::environment("e2").resource("task2"),
    );
    assert_eq!(d.code.as_str(), "no_resource_access");
    let control = d.control.expect("origin");
    assert_eq!(
        (control.source, control.resource_id.as_deref()),
        ("stack", Some("api"))
    );
}

#[test]
fn access_through_a_sub_resource_list() {
    let s = state();
    let d = explain(
        &s,
        "2",
        "volume.inspect",
        &Target::environment("e2").resource("data"),
    );
    assert!(d.allowed, "{}", d.message);
    assert_eq!(d.control.expect("origin").source, "sub_resource");
}

#[test]
fn no_control_anywhere_is_administrators_only() {
    let s = state();
    let target = Target::environment("e1").resource("c2");
    let d = explain(&s, "5", "container.inspect", &target);
    assert_eq!(d.code.as_str(), "no_resource_access");
    assert_eq!(d.control.expect("origin").source, "none");
    // EA/OP bypass resource access where the row does not list them.
    assert_eq!(code(&s, "8", "container.delete", &target), "granted");
    assert_eq!(code(&s, "7", "container.start", &target), "granted");
    // …but OP is listed on ownership rows.
    assert_eq!(
        code(&s, "7", "container.change_ownership", &target),
        "no_resource_access"
    );
    // administrators-only resources stay closed even to a named user.
    assert_eq!(
        code(
            &s,
            "2",
            "secret.inspect",
            &Target::environment("e2").resource("s1")
        ),
        "no_resource_access"
    );
}

#[test]
fn public_resources_and_system_networks_are_open() {
    let s = state();
    assert_eq!(
        code(
            &s,
            "5",
            "container.inspect",
            &Target::environment("e1").resource("c3")
        ),
        "granted"
    );
    let d = explain(
        &s,
        "5",
        "network.inspect",
        &Target::environment("e1").resource("bridge"),
    );
    assert!(d.allowed);
    assert_eq!(d.control.expect("origin").source, "system_network");
    assert_eq!(
        code(
            &s,
            "5",
            "network.inspect",
            &Target::environment("e1").resource("mynet")
        ),
        "unknown_resource"
    );
}

#[test]
fn team_control_admits_members_of_the_team() {
    let s = state();
    assert_eq!(
        code(
            &s,
            "4",
            "container.logs",
            &Target::environment("e1").resource("c4")
        ),
        "granted"
    );
    assert_eq!(
        code(
            &s,
            "5",
            "container.logs",
            &Target::environment("e1").resource("c4")
        ),
        "no_resource_access"
    );
}

#[test]
fn each_security_setting_blocks_st_and_not_ea() {
    let s = state();
    let cases = [
        ("privileged", r#"{"privileged": true}"#),
        ("host_pid", r#"{"pidMode": "host"}"#),
        ("device_mappings", r#"{"devices": ["/dev/fuse"]}"#),
        ("capabilities", r#"{"capAdd": ["NET_ADMIN"]}"#),
        ("capabilities", r#"{"capDrop": ["ALL"]}"#),
        ("bind_mounts", r#"{"binds": ["/etc:/host-etc:ro"]}"#),
        (
            "bind_mounts",
            r#"{"mounts": [{"type": "bind", "source": "/var/run/docker.sock"}]}"#,
        ),
        ("sysctls", r#"{"sysctls": {"net.ipv4.ip_forward": "1"}}"#),
    ];
    for (setting, json) in cases {
        let target = Target::environment("e1").request(request(json));
        let d = explain(&s, "2", "container.create", &target);
        assert_eq!(
            d.code.as_str(),
            "security_setting",
            "{setting}: {}",
            d.message
        );
        assert_eq!(d.setting, Some(setting));
        assert!(!d.feature.clone().unwrap_or_default().is_empty());
        assert_eq!(
            code(&s, "8", "container.create", &target),
            "granted",
            "EA is not bound by {setting}"
        );
        assert_eq!(code(&s, "1", "container.create", &target), "administrator");
    }
    // The same create without the feature is allowed.
    let plain = Target::environment("e1").request(request(
        r#"{"privileged": false, "pidMode": "private", "binds": ["data:/data"], "mounts": [{"type": "volume", "source": "data"}]}"#,
    ));
    assert_eq!(code(&s, "2", "container.create", &plain), "granted");
    assert_eq!(
        code(&s, "2", "container.create", &Target::environment("e1")),
        "granted"
    );
    // A setting that is off does not bind: e3 has none, but alice has no role there; use e2.
    let privileged = Target::environment("e2").request(request(r#"{"privileged": true}"#));
    assert_eq!(code(&s, "2", "container.create", &privileged), "granted");
}

#[test]
fn disabled_stacks_deny_every_stack_operation_to_st() {
    let s = state();
    let d = explain(&s, "2", "stack.list", &Target::environment("e2"));
    assert_eq!(
        (d.code.as_str(), d.setting),
        ("security_setting", Some("stacks"))
    );
    assert_eq!(
        code(&s, "8", "stack.create", &Target::environment("e2")),
        "granted"
    );
    assert_eq!(
        code(&s, "2", "stack.list", &Target::environment("e1")),
        "granted"
    );
}

#[test]
fn volume_browser_off_leaves_browsing_to_ea() {
    let s = state();
    let target = Target::environment("e1").resource("v1");
    let d = explain(&s, "2", "volume.browse", &target);
    assert_eq!(
        (d.code.as_str(), d.setting),
        ("security_setting", Some("volume_browser"))
    );
    assert_eq!(code(&s, "7", "volume.browse", &target), "security_setting");
    assert_eq!(code(&s, "8", "volume.browse", &target), "granted");
    // Enabled on e2: ST may browse what they can access.
    assert_eq!(
        code(
            &s,
            "2",
            "volume.browse",
            &Target::environment("e2").resource("data")
        ),
        "granted"
    );
}

#[test]
fn registry_access_through_a_team() {
    let s = state();
    let granted = Target::environment("e1").registry("r1");
    // carol is RO on e1: holds no update_repositories; erin (OP) bypasses; use a ST in team ops.
    assert_eq!(code(&s, "4", "registry.inspect", &granted), "granted");
    assert_eq!(
        code(&s, "5", "registry.inspect", &granted),
        "registry_not_allowed"
    );
    assert_eq!(
        code(
            &s,
            "4",
            "registry.inspect",
            &Target::environment("e1").registry("r2")
        ),
        "registry_not_allowed"
    );
    // update_repositories needs a registry grant for ST: alice (ST on e1, team devs) has none.
    let d = explain(&s, "2", "registry.update_repositories", &granted);
    assert_eq!(d.code.as_str(), "registry_not_allowed");
    assert_eq!(
        code(&s, "8", "registry.update_repositories", &granted),
        "granted"
    );
    assert_eq!(
        code(
            &s,
            "2",
            "registry.update_repositories",
            &Target::environment("e1")
        ),
        "missing_scope"
    );
    assert_eq!(
        code(
            &s,
            "2",
            "registry.update_repositories",
            &Target::environment("e1").registry("r9")
        ),
        "unknown_resource"
    );
}

#[test]
fn registry_grant_to_a_team_lets_its_st_members_push() {
    let json = STATE.replace(
        r#""registryAccess": { "r1": { "users": [], "teams": ["11"] } }"#,
        r#""registryAccess": { "r1": { "teams": ["10"] } }"#,
    );
    let s = PortainerState::from_json(&json).expect("variant loads");
    assert_eq!(
        code(
            &s,
            "2",
            "registry.update_repositories",
            &Target::environment("e1").registry("r1")
        ),
        "granted"
    );
}

#[test]
fn swarm_only_operations_are_not_applicable_on_standalone() {
    let s = state();
    let d = explain(&s, "8", "service.create", &Target::environment("e1"));
    assert_eq!(d.code.as_str(), "not_applicable");
    assert!(d.message.contains("swarm"));
    assert_eq!(
        code(&s, "8", "service.create", &Target::environment("e2")),
        "granted"
    );
    assert_eq!(
        code(&s, "8", "host.inspect", &Target::environment("e2")),
        "not_applicable"
    );
    assert_eq!(
        code(&s, "8", "host.inspect", &Target::environment("e1")),
        "granted"
    );
}

#[test]
fn unknown_user_resource_environment_and_operation_never_allow() {
    let s = state();
    assert_eq!(
        code(&s, "99", "container.list", &Target::environment("e1")),
        "unknown_user"
    );
    assert_eq!(
        code(&s, "2", "container.list", &Target::environment("nope")),
        "unknown_resource"
    );
    assert_eq!(
        code(
            &s,
            "2",
            "container.start",
            &Target::environment("e1").resource("ghost")
        ),
        "unknown_resource"
    );
    assert_eq!(
        code(
            &s,
            "1",
            "container.start",
            &Target::environment("e1").resource("ghost")
        ),
        "unknown_resource"
    );
    let error = s
        .explain("2", "contaner.start", &Target::environment("e1"))
        .unwrap_err();
    assert_eq!(error.code(), "unknown_id");
    assert!(s
        .can("2", "contaner.start", &Target::environment("e1"))
        .is_err());
    assert!(s.allowed("99", &Target::environment("e1")).is_empty());
}

#[test]
fn allowed_lists_a_whole_page_in_catalog_order() {
    let s = state();
    let ids: Vec<&str> = s.allowed("5", &Target::environment("e1")).ids().collect();
    let expected: Vec<&str> = portcullis::portainer::operations()
        .iter()
        .filter(|op| s.can("5", op.id, &Target::environment("e1")).unwrap())
        .map(|op| op.id)
        .collect();
    assert_eq!(ids, expected);
    assert!(ids.contains(&"container.list"));
    assert!(!ids.contains(&"container.create"));
    assert!(!ids.contains(&"service.list"), "swarm-only");
    // On one resource: only that resource type's operations can be allowed.
    let on_c3: Vec<&str> = s
        .allowed("2", &Target::environment("e1").resource("c3"))
        .ids()
        .collect();
    assert!(on_c3.contains(&"container.start"));
    assert!(!on_c3.contains(&"volume.inspect"));
}

fn control(json: &str) -> Control {
    Control::from_value(&Value::parse(json).expect("control JSON"), "newControl").expect("control")
}

#[test]
fn ownership_change_rules_for_non_administrators() {
    let s = state();
    let v1 = Target::environment("e1").resource("v1");
    let ok = |c: &str| {
        s.can_change_ownership("2", &v1, &control(c))
            .expect("valid input")
    };
    assert_eq!(ok(r#"{"public": true}"#).code.as_str(), "granted");
    assert_eq!(ok(r#"{"users": ["2"]}"#).code.as_str(), "granted");
    assert_eq!(ok(r#"{"teams": ["10"]}"#).code.as_str(), "granted");
    assert_eq!(
        ok(r#"{"users": ["2"], "teams": ["10"]}"#).code.as_str(),
        "granted"
    );
    assert_eq!(
        ok(r#"{"users": ["3"]}"#).code.as_str(),
        "ownership_not_allowed"
    );
    assert_eq!(
        ok(r#"{"teams": ["11"]}"#).code.as_str(),
        "ownership_not_allowed"
    );
    assert_eq!(
        ok(r#"{"administratorsOnly": true}"#).code.as_str(),
        "ownership_not_allowed"
    );
    assert_eq!(ok(r#"{}"#).code.as_str(), "ownership_not_allowed");
    // An environment administrator may restrict to administrators.
    let ea = s
        .can_change_ownership("8", &v1, &control(r#"{"administratorsOnly": true}"#))
        .expect("valid");
    assert!(ea.allowed, "{}", ea.message);
    // Without access to the resource there is no ownership to change.
    let c2 = Target::environment("e1").resource("c2");
    assert_eq!(
        s.can_change_ownership("2", &c2, &control(r#"{"public": true}"#))
            .expect("valid")
            .code
            .as_str(),
        "no_resource_access"
    );
    // Unknown names in the new control are bad input, with their path.
    let error = s
        .can_change_ownership("2", &v1, &control(r#"{"teams": ["77"]}"#))
        .unwrap_err();
    assert_eq!(
        (error.code(), error.path()),
        ("dangling_reference", "newControl.teams[0]")
    );
    // No resource named: missing scope.
    let none = s
        .can_change_ownership(
            "2",
            &Target::environment("e1"),
            &control(r#"{"public": true}"#),
        )
        .expect("valid");
    assert_eq!(none.code.as_str(), "missing_scope");
}

#[test]
fn saving_gives_back_what_was_loaded() {
    let s = state();
    let original = Value::parse(STATE).unwrap();
    assert_eq!(s.to_value().canonical(), original.canonical());
    let reloaded = PortainerState::from_value(&s.to_value()).unwrap();
    assert_eq!(reloaded.fingerprint(), s.fingerprint());
    // Key order does not change the fingerprint; content does.
    let reordered =
        PortainerState::from_json(r#"{"teams": [], "users": [{"name": "a", "id": "1"}]}"#).unwrap();
    let ordered =
        PortainerState::from_json(r#"{"users": [{"id": "1", "name": "a"}], "teams": []}"#).unwrap();
    assert_eq!(reordered.fingerprint(), ordered.fingerprint());
    assert_ne!(ordered.fingerprint(), s.fingerprint());
    assert!(ordered.fingerprint().starts_with("sha256:"));
}

/// Long policies and control lists are looked up by hash: the answers must not change with
/// their length.
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
    let s = PortainerState::from_json(&json).expect("loads");
    assert_eq!(s.role_of("u0", "e"), Some(Role::ST));
    assert_eq!(s.role_of("u99", "e"), Some(Role::ST));
    assert_eq!(s.role_of("u150", "e"), Some(Role::RO));
    assert_eq!(s.role_of("u250", "e"), None);
    let on_c = Target {
        resource_id: Some("c"),
        ..Target::environment("e")
    };
    // u39 is in t39, which the control names; u40 is in t40, which it does not.
    assert_eq!(code(&s, "u39", "container.start", &on_c), "granted");
    assert_eq!(
        code(&s, "u40", "container.start", &on_c),
        "no_resource_access"
    );
    assert_eq!(code(&s, "u139", "container.start", &on_c), "no_permission");
    let saved = PortainerState::from_value(&s.to_value()).expect("reloads");
    assert_eq!(saved, s);
}
