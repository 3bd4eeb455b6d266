//! Slices: over random states and every user in them, every entry point with that user acting
//! answers identically on the slice and on the full state (the whole answer: allowed, code,
//! message, every field; errors alike), for targets the state holds and targets it does not,
//! also after random changes of the full state and a new slice; any other acting user gets
//! what an unknown user gets; a slice holds nothing its user's answers do not need; it is
//! read-only and says where it was cut from.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

use common::rng::Rng;
use common::MEMBER_FLAGS;
use portcullis::api::DokployAuthorizer;

const USERS: &[&str] = &["u0", "u1", "u2", "u3", "u4", "u5", "ghost"];
const IDS: &[&str] = &["p1", "e1", "s1", "s2", "g1", "g2", "g3", "v1", "nowhere"];
const FIELDS: &[&str] = &[
    "projectId",
    "environmentId",
    "serviceId",
    "gitProviderId",
    "serverId",
];
const LISTS: &[&str] = &[
    "accessedProjects",
    "accessedEnvironments",
    "accessedServices",
    "accessedGitProviders",
    "accessedServers",
];
/// What custom roles are made of, management included.
const ROLE_PERMISSIONS: &[(&str, &str)] = &[
    ("service", "read"),
    ("service", "create"),
    ("deployment", "create"),
    ("gitProviders", "read"),
    ("gitProviders", "delete"),
    ("member", "read"),
    ("member", "create"),
    ("member", "update"),
    ("tag", "read"),
];
const ROLE_NAMES: &[&str] = &["alpha", "beta", "gamma", "delta"];

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(",")
}

fn some<'a>(rng: &mut Rng, items: &[&'a str], one_in: usize) -> Vec<&'a str> {
    items
        .iter()
        .copied()
        .filter(|_| rng.below(one_in) == 0)
        .collect()
}

/// A random organization: licensed or not, up to three custom roles, an owner and up to five
/// others with random roles, flags and lists, and (often) git providers.
fn dokploy_state(rng: &mut Rng) -> String {
    let licensed = rng.below(3) != 0;
    let roles: Vec<&str> = some(rng, ROLE_NAMES, 2);
    let role_json: Vec<String> = roles
        .iter()
        .map(|name| {
            let mut by_resource: Vec<(&str, Vec<&str>)> = Vec::new();
            for (resource, action) in ROLE_PERMISSIONS {
                if rng.below(3) == 0 {
                    match by_resource.iter_mut().find(|(r, _)| r == resource) {
                        Some((_, actions)) => actions.push(action),
                        None => by_resource.push((resource, vec![action])),
                    }
                }
            }
            let body: Vec<String> = by_resource
                .iter()
                .map(|(r, a)| format!("\"{r}\":[{}]", quoted(a)))
                .collect();
            format!("\"{name}\":{{{}}}", body.join(","))
        })
        .collect();
    let mut choices = vec!["admin", "member", "member"];
    choices.extend(roles.iter());
    let mut members = vec![r#"{"userId":"u0","role":"owner"}"#.to_owned()];
    for user in &USERS[1..1 + rng.below(6)] {
        let mut row = format!(r#"{{"userId":"{user}","role":"{}""#, rng.pick(&choices));
        for flag in some(rng, &MEMBER_FLAGS, 4) {
            row.push_str(&format!(r#","{flag}":{}"#, rng.below(4) != 0));
        }
        for list in some(rng, LISTS, 2) {
            row.push_str(&format!(r#","{list}":[{}]"#, quoted(&some(rng, IDS, 3))));
        }
        row.push('}');
        members.push(row);
    }
    let providers = if rng.below(4) == 0 {
        String::new()
    } else {
        let mut rows = Vec::new();
        for id in ["g1", "g2", "g3"] {
            if rng.below(4) != 0 {
                rows.push(format!(
                    r#"{{"gitProviderId":"{id}","userId":"{}","sharedWithOrganization":{}}}"#,
                    rng.pick(&["u0", "u1", "u2", "u3", "gone"]),
                    rng.below(3) == 0
                ));
            }
        }
        format!(r#","gitProviders":[{}]"#, rows.join(","))
    };
    format!(
        r#"{{"licensed":{licensed},"roles":{{{}}},"members":[{}]{providers}}}"#,
        role_json.join(","),
        members.join(",")
    )
}

fn target(rng: &mut Rng) -> String {
    let mut fields = Vec::new();
    for field in FIELDS {
        if rng.below(3) == 0 {
            fields.push(format!("\"{field}\":\"{}\"", rng.pick(IDS)));
        }
    }
    format!("{{{}}}", fields.join(","))
}

/// The calls with `user` acting that a slice must answer as the full state does.
fn dokploy_calls(
    rng: &mut Rng,
    user: &str,
    permissions: &[&'static str],
) -> Vec<(&'static str, String)> {
    let mut calls = vec![
        ("permissions", format!("[\"{user}\"]")),
        ("allowed", format!("[\"{user}\"]")),
        ("sourceFingerprint", "[]".to_owned()),
    ];
    for _ in 0..40 {
        let t = target(rng);
        let id = rng.pick(permissions);
        calls.push(("can", format!("[\"{user}\",\"{id}\",{t}]")));
        calls.push(("explain", format!("[\"{user}\",\"{id}\",{t}]")));
        calls.push(("allowed", format!("[\"{user}\",{t}]")));
    }
    let other = |rng: &mut Rng| rng.pick(USERS);
    let role = |rng: &mut Rng| {
        rng.pick(&[
            "owner", "admin", "member", "alpha", "beta", "gamma", "delta", "nope",
        ])
    };
    for _ in 0..12 {
        let perms = if rng.below(2) == 0 {
            r#"{"service":["read"],"tag":["read"]}"#
        } else {
            r#"{"organization":["delete"]}"#
        };
        let calls_round = [
            (
                "canCreateRole",
                format!("[\"{user}\",\"{}\",{perms}]", role(rng)),
            ),
            (
                "canUpdateRole",
                format!("[\"{user}\",\"{}\",{perms},\"{}\"]", role(rng), role(rng)),
            ),
            ("canDeleteRole", format!("[\"{user}\",\"{}\"]", role(rng))),
            ("canInvite", format!("[\"{user}\",\"{}\"]", role(rng))),
            (
                "canAssignRole",
                format!("[\"{user}\",\"{}\",\"{}\"]", other(rng), role(rng)),
            ),
            (
                "canRemoveMember",
                format!("[\"{user}\",\"{}\"]", other(rng)),
            ),
            (
                "canUpdateMemberAccess",
                format!("[\"{user}\",\"{}\"]", other(rng)),
            ),
            (
                "canEditDeployGitSource",
                format!("[\"{user}\",\"{}\"]", rng.pick(&["g1", "g2", "g3", "g9"])),
            ),
        ];
        calls.extend(calls_round);
    }
    calls
}

fn answer(authorizer: &mut DokployAuthorizer, method: &str, args: &str) -> String {
    match authorizer.call_json(method, args) {
        Ok(text) => text,
        Err(error) => format!(
            "error {} at {}: {}",
            error.code(),
            error.path(),
            error.message()
        ),
    }
}

/// A random change of the full state, acted by its owner (or refused: then nothing changes).
fn change(rng: &mut Rng, full: &mut DokployAuthorizer) {
    let user = rng.pick(USERS);
    let role = rng.pick(&["admin", "member", "alpha", "beta"]);
    let args = match rng.below(4) {
        0 => ("assignRole", format!("[\"u0\",\"{user}\",\"{role}\"]")),
        1 => ("removeMember", format!("[\"u0\",\"{user}\"]")),
        2 => (
            "updateMemberAccess",
            format!(
                "[\"u0\",\"{user}\",{{\"accessedServices\":[\"{}\"],\"canAccessToGitProviders\":{}}}]",
                rng.pick(IDS),
                rng.below(2) == 0
            ),
        ),
        _ => ("createRole", format!("[\"u0\",\"{}\",{{\"member\":[\"update\"]}}]", rng.pick(ROLE_NAMES))),
    };
    let _ = full.call_json(args.0, &args.1);
}

#[test]
fn dokploy_every_call_with_the_slice_user_acting_answers_as_the_full_state() {
    let permissions: Vec<&str> = portcullis::dokploy::catalog::permissions()
        .iter()
        .map(|p| p.id)
        .collect();
    let mut rng = Rng(0x5eed_51ce);
    let mut compared = 0;
    for round in 0..160 {
        let text = dokploy_state(&mut rng);
        let mut full = DokployAuthorizer::load_json(&text).expect("a random state loads");
        for step in 0..3 {
            if step > 0 {
                change(&mut rng, &mut full);
            }
            for user in USERS {
                let slice = full
                    .call_json("slice", &format!("[\"{user}\"]"))
                    .expect("a slice");
                let mut sliced = DokployAuthorizer::load_json(&slice).unwrap_or_else(|e| {
                    panic!("round {round}: the slice of {user} loads: {e:?}\n{slice}")
                });
                assert_eq!(
                    answer(&mut sliced, "sourceFingerprint", "[]"),
                    format!("\"{}\"", full.fingerprint()),
                    "the slice says where it was cut from"
                );
                for (method, args) in dokploy_calls(&mut rng, user, &permissions) {
                    if method == "sourceFingerprint" {
                        continue;
                    }
                    let expected = answer(&mut full, method, &args);
                    let got = answer(&mut sliced, method, &args);
                    assert_eq!(got, expected, "round {round}, slice of {user}: {method}{args}\nstate {text}\nslice {slice}");
                    compared += 1;
                }
                // Any other acting user is what an unknown user is, in the full state.
                for other in USERS.iter().filter(|o| *o != user) {
                    let t = target(&mut rng);
                    let id = rng.pick(&permissions);
                    let unknown = answer(
                        &mut full,
                        "explain",
                        &format!("[\"nobody-at-all\",\"{id}\",{t}]"),
                    )
                    .replace("nobody-at-all", other);
                    let got = answer(
                        &mut sliced,
                        "explain",
                        &format!("[\"{other}\",\"{id}\",{t}]"),
                    );
                    assert_eq!(
                        got, unknown,
                        "round {round}: {other} acting in the slice of {user}"
                    );
                    assert_eq!(
                        answer(&mut sliced, "permissions", &format!("[\"{other}\"]")),
                        "[]"
                    );
                }
            }
        }
    }
    assert!(compared > 100_000, "compared {compared} answers");
}

#[test]
fn dokploy_a_slice_holds_nothing_of_the_others() {
    let state = r#"{"licensed":true,
        "roles":{"deployer":{"deployment":["read","create"],"service":["read"]},"auditor":{"auditLog":["read"]},"hr":{"member":["read","update"]}},
        "members":[{"userId":"olivia","role":"owner","accessedServices":["secret-owner-list"]},
          {"userId":"adam","role":"admin","canCreateProjects":true},
          {"userId":"maya","role":"member","canCreateServices":true,"accessedProjects":["shop"],"accessedServices":["shop-api"]},
          {"userId":"noah","role":"member","canAccessToDocker":true,"accessedServices":["noahs-service"],"accessedGitProviders":["gp-noah"]},
          {"userId":"ci","role":"deployer","accessedServices":["shop-api","blog"]},
          {"userId":"hal","role":"hr"}],
        "gitProviders":[{"gitProviderId":"gp-maya","userId":"maya"},{"gitProviderId":"gp-noah","userId":"noah"},
          {"gitProviderId":"gp-team","userId":"olivia","sharedWithOrganization":true}]}"#;
    let full = DokployAuthorizer::load_json(state).expect("loads");
    let slice = |user: &str| full.call_json_ref("slice", user);
    let maya = slice("maya");
    // maya's own row and providers, the shared one without its creator; nobody else.
    assert_eq!(
        maya,
        format!(
            r#"{{"slice":{{"user":"maya","sourceFingerprint":"{}"}},"licensed":true,"members":[{{"userId":"maya","role":"member","canCreateServices":true,"accessedProjects":["shop"],"accessedServices":["shop-api"]}}],"gitProviders":[{{"gitProviderId":"gp-maya","userId":"maya"}},{{"gitProviderId":"gp-team","sharedWithOrganization":true}}]}}"#,
            full.fingerprint()
        )
    );
    assert!(
        maya.len() < 2048,
        "a member's slice is small: {} bytes",
        maya.len()
    );
    // A custom role holder gets their role's definition, not the others'.
    let ci = slice("ci");
    assert!(
        ci.contains(r#""roles":{"deployer":"#) && !ci.contains("auditLog") && !ci.contains("hal")
    );
    // Whoever manages members sees who they are and their roles, never their flags or lists.
    for manager in ["adam", "hal"] {
        let text = slice(manager);
        for secret in [
            "secret-owner-list",
            "noahs-service",
            "canAccessToDocker",
            "accessedProjects\":[\"shop\"]",
            "gp-noah",
            "auditLog",
        ] {
            assert!(
                !text.contains(secret),
                "the slice of {manager} holds {secret}: {text}"
            );
        }
        for name in ["olivia", "maya", "noah", "ci", "auditor"] {
            assert!(
                text.contains(name),
                "the slice of {manager} names {name}: an answer reads it"
            );
        }
    }
    // The slice of a user the state does not hold holds nothing at all.
    assert_eq!(
        slice("mallory"),
        format!(
            r#"{{"slice":{{"user":"mallory","sourceFingerprint":"{}"}},"licensed":true,"members":[],"gitProviders":[{{"gitProviderId":"gp-team","sharedWithOrganization":true}}]}}"#,
            full.fingerprint()
        )
    );
}

#[test]
fn dokploy_a_slice_does_not_depend_on_what_its_user_cannot_see() {
    let base = r#"{"licensed":true,"members":[{"userId":"o","role":"owner"},
        {"userId":"maya","role":"member","accessedServices":["s1"]},
        {"userId":"noah","role":"member","accessedServices":["s9"],"canAccessToDocker":true}],
        "gitProviders":[{"gitProviderId":"g1","userId":"noah"}]}"#;
    let changed = base
        .replace(
            r#""accessedServices":["s9"],"canAccessToDocker":true"#,
            r#""accessedServices":["s7","s8"],"canDeleteServices":true"#,
        )
        .replace(
            r#"{"gitProviderId":"g1","userId":"noah"}"#,
            r#"{"gitProviderId":"g1","userId":"o"},{"gitProviderId":"g5","userId":"noah"}"#,
        );
    let slice_of = |text: &str| {
        let full = DokployAuthorizer::load_json(text).expect("loads");
        let slice = full.call_json_ref("slice", "maya");
        // Everything but the source fingerprint, which changes with the whole state.
        slice
            .split_once(r#""licensed""#)
            .map(|(_, rest)| rest.to_owned())
            .unwrap_or_default()
    };
    assert_eq!(slice_of(base), slice_of(&changed));
}

#[test]
fn dokploy_a_slice_is_read_only_and_names_its_source() {
    let state = r#"{"licensed":true,"members":[{"userId":"o","role":"owner"},{"userId":"m","role":"member"}]}"#;
    let full = DokployAuthorizer::load_json(state).expect("loads");
    assert_eq!(full.source_fingerprint(), None);
    let mut sliced =
        DokployAuthorizer::load_json(&full.call_json_ref("slice", "o")).expect("the slice loads");
    assert_eq!(sliced.source_fingerprint(), Some(full.fingerprint()));
    assert_ne!(
        sliced.fingerprint(),
        full.fingerprint(),
        "a slice is a state of its own"
    );
    for (method, args) in [
        ("createRole", r#"["o","x",{"service":["read"]}]"#),
        ("updateRole", r#"["o","x",{}]"#),
        ("deleteRole", r#"["o","x"]"#),
        ("assignRole", r#"["o","m","admin"]"#),
        ("removeMember", r#"["o","m"]"#),
        (
            "updateMemberAccess",
            r#"["o","m",{"canAccessToDocker":true}]"#,
        ),
        ("recordCreated", r#"["o","serviceId","s1"]"#),
    ] {
        let error = sliced
            .call_json(method, args)
            .expect_err("a slice refuses changes");
        assert_eq!(error.code().as_str(), "read_only_slice", "{method}");
    }
    // Nothing changed, and a slice is not cut again.
    assert_eq!(sliced.source_fingerprint(), Some(full.fingerprint()));
    let error = sliced
        .call_json("slice", r#"["o"]"#)
        .expect_err("no slice of a slice");
    assert_eq!(error.code().as_str(), "read_only_slice");
}

#[test]
fn dokploy_a_slice_loaded_with_another_user_is_an_unknown_user_for_everyone() {
    let state = r#"{"licensed":true,"members":[{"userId":"o","role":"owner"},{"userId":"a","role":"admin"},{"userId":"m","role":"member"}]}"#;
    let full = DokployAuthorizer::load_json(state).expect("loads");
    let slice = full.call_json_ref("slice", "a");
    for forged in ["o", "m", "nobody"] {
        let text = slice.replace(r#""user":"a""#, &format!(r#""user":"{forged}""#));
        let mut sliced = DokployAuthorizer::load_json(&text).expect("a forged slice still loads");
        for user in ["o", "a", "m", "nobody"] {
            let answer = sliced
                .call_json("explain", &format!(r#"["{user}","organization.update"]"#))
                .expect("an answer");
            assert!(
                answer.contains(r#""code":"unknown_user""#),
                "{forged}/{user}: {answer}"
            );
            let removal = sliced
                .call_json("canRemoveMember", &format!(r#"["{user}","m"]"#))
                .expect("an answer");
            assert!(
                removal.contains(r#""code":"unknown_user""#),
                "{forged}/{user}: {removal}"
            );
        }
    }
}

/// `call_json` on a shared authorizer, for the read-only calls these tests make.
trait CallRef {
    fn call_json_ref(&self, method: &str, user: &str) -> String;
}

impl CallRef for DokployAuthorizer {
    fn call_json_ref(&self, method: &str, user: &str) -> String {
        let mut copy = self.clone();
        copy.call_json(method, &format!("[\"{user}\"]"))
            .unwrap_or_else(|e| panic!("{method}: {e:?}"))
    }
}

// ------------------------------------------------------------------ Portainer

use portcullis::api::PortainerAuthorizer;

const P_USERS: &[&str] = &["1", "2", "3", "4", "5", "6", "99"];
const P_TEAMS: &[&str] = &["t1", "t2", "t3"];
const P_ROLES: &[&str] = &["EA", "OP", "HD", "ST", "RO"];
const P_ENVS: &[&str] = &["e1", "e2", "e3"];
const SETTINGS: &[&str] = &[
    "disablePrivilegedMode",
    "disableHostPid",
    "disableDeviceMappings",
    "disableCapabilities",
    "disableBindMounts",
    "disableSysctls",
    "disableStacks",
    "enableVolumeBrowser",
];

fn policies(rng: &mut Rng, ids: &[&str]) -> String {
    let mut entries = Vec::new();
    for id in ids {
        if rng.below(3) == 0 {
            entries.push(format!("\"{id}\":\"{}\"", rng.pick(P_ROLES)));
        }
    }
    format!("{{{}}}", entries.join(","))
}

fn control(rng: &mut Rng, subs: &[String]) -> String {
    let mut fields = Vec::new();
    match rng.below(5) {
        0 => fields.push("\"public\":true".to_owned()),
        // Administrators only names nobody.
        1 => return "{\"administratorsOnly\":true}".to_owned(),
        _ => {}
    }
    let users = some(rng, &P_USERS[..6], 3);
    if !users.is_empty() {
        fields.push(format!("\"users\":[{}]", quoted(&users)));
    }
    let teams = some(rng, P_TEAMS, 3);
    if !teams.is_empty() {
        fields.push(format!("\"teams\":[{}]", quoted(&teams)));
    }
    if !subs.is_empty() && rng.below(3) == 0 {
        fields.push(format!("\"subResources\":[{}]", subs.join(",")));
    }
    format!("{{{}}}", fields.join(","))
}

/// A random Portainer state: users (some administrators) in teams, groups and environments
/// with user and team policies, settings and registry grants, and resources of every kind
/// with controls, stacks, services and sub-resources.
fn portainer_state(rng: &mut Rng) -> String {
    let mut users = Vec::new();
    for id in &P_USERS[..6] {
        let admin = if rng.below(6) == 0 {
            ",\"administrator\":true"
        } else {
            ""
        };
        users.push(format!(
            "{{\"id\":\"{id}\",\"name\":\"user {id}\"{admin},\"teams\":[{}]}}",
            quoted(&some(rng, P_TEAMS, 2))
        ));
    }
    let teams: Vec<String> = P_TEAMS
        .iter()
        .map(|t| format!("{{\"id\":\"{t}\",\"name\":\"team {t}\"}}"))
        .collect();
    let mut groups = Vec::new();
    for g in ["g1", "g2"] {
        let (u, t) = (policies(rng, &P_USERS[..6]), policies(rng, P_TEAMS));
        groups.push(format!(
            "{{\"id\":\"{g}\",\"name\":\"group {g}\",\"userPolicies\":{u},\"teamPolicies\":{t}}}"
        ));
    }
    let mut environments = Vec::new();
    let mut resources = Vec::new();
    for e in P_ENVS {
        let kind = rng.pick(&["standalone", "swarm"]);
        let group = if rng.below(2) == 0 {
            format!(",\"groupId\":\"{}\"", rng.pick(&["g1", "g2"]))
        } else {
            String::new()
        };
        let settings: Vec<String> = some(rng, SETTINGS, 2)
            .iter()
            .map(|s| format!("\"{s}\":{}", rng.below(2) == 0))
            .collect();
        let (u, t) = (policies(rng, &P_USERS[..6]), policies(rng, P_TEAMS));
        let grant = format!(
            "{{\"r1\":{{\"users\":[{}],\"teams\":[{}]}},\"r2\":{{\"users\":[{}]}}}}",
            quoted(&some(rng, &P_USERS[..6], 3)),
            quoted(&some(rng, P_TEAMS, 3)),
            quoted(&some(rng, &P_USERS[..6], 4))
        );
        environments.push(format!(
            "{{\"id\":\"{e}\",\"name\":\"env {e}\",\"kind\":\"{kind}\"{group},\"userPolicies\":{u},\"teamPolicies\":{t},\"securitySettings\":{{{}}},\"registryAccess\":{grant}}}",
            settings.join(",")
        ));
        let subs = vec![format!("\"vol-{e}\""), format!("\"c2-{e}\"")];
        let mut add = |rng: &mut Rng, body: String, controlled: bool| {
            // Only the stack lists sub-resources: a resource is the sub-resource of one control.
            let subs: &[String] = if body.contains("\"stack\",") {
                &subs
            } else {
                &[]
            };
            let c = if controlled && rng.below(2) == 0 {
                format!(",\"control\":{}", control(rng, subs))
            } else {
                String::new()
            };
            resources.push(format!("{{{body},\"environmentId\":\"{e}\"{c}}}"));
        };
        add(rng, format!("\"type\":\"stack\",\"id\":\"web-{e}\""), true);
        add(
            rng,
            format!("\"type\":\"service\",\"id\":\"svc-{e}\",\"stack\":\"web-{e}\""),
            true,
        );
        add(
            rng,
            format!("\"type\":\"container\",\"id\":\"c1-{e}\",\"stack\":\"web-{e}\""),
            true,
        );
        add(
            rng,
            format!("\"type\":\"container\",\"id\":\"c2-{e}\",\"service\":\"svc-{e}\""),
            true,
        );
        add(rng, format!("\"type\":\"volume\",\"id\":\"vol-{e}\""), true);
        let network_name = rng.pick(&["bridge", "mine"]);
        add(
            rng,
            format!("\"type\":\"network\",\"id\":\"n-{e}\",\"name\":\"{network_name}\""),
            true,
        );
        add(rng, format!("\"type\":\"secret\",\"id\":\"sec-{e}\""), true);
    }
    format!(
        "{{\"users\":[{}],\"teams\":[{}],\"groups\":[{}],\"environments\":[{}],\"registries\":[{{\"id\":\"r1\",\"name\":\"ghcr\"}},{{\"id\":\"r2\"}}],\"resources\":[{}]}}",
        users.join(","),
        teams.join(","),
        groups.join(","),
        environments.join(","),
        resources.join(",")
    )
}

fn portainer_target(rng: &mut Rng) -> String {
    let env = rng.pick(&["e1", "e2", "e3", "e9"]);
    let mut fields = vec![format!("\"environmentId\":\"{env}\"")];
    if rng.below(2) == 0 {
        let kind = rng.pick(&["web", "svc", "c1", "c2", "vol", "n", "sec"]);
        let in_env = rng.pick(P_ENVS);
        let id = match rng.below(6) {
            0 => "bridge".to_owned(),
            1 => "ghost".to_owned(),
            _ => format!("{kind}-{in_env}"),
        };
        fields.push(format!("\"resourceId\":\"{id}\""));
    }
    if rng.below(4) == 0 {
        fields.push(format!(
            "\"registryId\":\"{}\"",
            rng.pick(&["r1", "r2", "r9"])
        ));
    }
    if rng.below(5) == 0 {
        fields.push(format!(
            "\"request\":{}",
            rng.pick(&[
                "{\"privileged\":true}",
                "{\"pidMode\":\"host\"}",
                "{\"binds\":[\"/etc:/etc\"]}",
                "{\"capAdd\":[\"NET_ADMIN\"]}",
                "{\"privileged\":false}"
            ])
        ));
    }
    format!("{{{}}}", fields.join(","))
}

fn portainer_answer(authorizer: &mut PortainerAuthorizer, method: &str, args: &str) -> String {
    match authorizer.call_json(method, args) {
        Ok(text) => text,
        Err(error) => format!(
            "error {} at {}: {}",
            error.code(),
            error.path(),
            error.message()
        ),
    }
}

#[test]
fn portainer_every_call_with_the_slice_user_acting_answers_as_the_full_state() {
    let operations: Vec<&'static str> = portcullis::portainer::operations()
        .iter()
        .map(|op| op.id)
        .collect();
    let mut rng = Rng(0x0b5e_55ed);
    let mut compared = 0;
    for round in 0..60 {
        let text = portainer_state(&mut rng);
        let mut full = PortainerAuthorizer::load_json(&text)
            .unwrap_or_else(|e| panic!("round {round}: a random state loads: {e:?}\n{text}"));
        for user in P_USERS {
            let slice = full
                .call_json("slice", &format!("[\"{user}\"]"))
                .expect("a slice");
            let mut sliced = PortainerAuthorizer::load_json(&slice).unwrap_or_else(|e| {
                panic!("round {round}: the slice of {user} loads: {e:?}\n{slice}")
            });
            assert_eq!(
                portainer_answer(&mut sliced, "sourceFingerprint", "[]"),
                format!("\"{}\"", full.fingerprint())
            );
            let mut calls = Vec::new();
            for env in ["e1", "e2", "e3", "e9"] {
                calls.push(("roleOf", format!("[\"{user}\",\"{env}\"]")));
            }
            for _ in 0..60 {
                let t = portainer_target(&mut rng);
                let op = operations[rng.below(operations.len())];
                calls.push(("can", format!("[\"{user}\",\"{op}\",{t}]")));
                calls.push(("explain", format!("[\"{user}\",\"{op}\",{t}]")));
                calls.push(("allowed", format!("[\"{user}\",{t}]")));
            }
            for _ in 0..15 {
                let t = portainer_target(&mut rng);
                let users = some(&mut rng, P_USERS, 4);
                let teams = some(&mut rng, &["t1", "t2", "t3", "tx"], 4);
                let flag = rng.pick(&["", "\"public\":true,", "\"administratorsOnly\":true,"]);
                let new_control = format!(
                    "{{{flag}\"users\":[{}],\"teams\":[{}]}}",
                    quoted(&users),
                    quoted(&teams)
                );
                calls.push((
                    "canChangeOwnership",
                    format!("[\"{user}\",{t},{new_control}]"),
                ));
            }
            for (method, args) in calls {
                let expected = portainer_answer(&mut full, method, &args);
                let got = portainer_answer(&mut sliced, method, &args);
                assert_eq!(
                    got, expected,
                    "round {round}, slice of {user}: {method}{args}\nstate {text}\nslice {slice}"
                );
                compared += 1;
            }
            for other in P_USERS.iter().filter(|o| *o != user) {
                let t = portainer_target(&mut rng);
                let op = operations[rng.below(operations.len())];
                let unknown = portainer_answer(
                    &mut full,
                    "explain",
                    &format!("[\"nobody-at-all\",\"{op}\",{t}]"),
                )
                .replace("nobody-at-all", other);
                let got = portainer_answer(
                    &mut sliced,
                    "explain",
                    &format!("[\"{other}\",\"{op}\",{t}]"),
                );
                assert_eq!(
                    got, unknown,
                    "round {round}: {other} acting in the slice of {user}"
                );
                assert_eq!(
                    portainer_answer(&mut sliced, "roleOf", &format!("[\"{other}\",\"e1\"]")),
                    "null"
                );
            }
        }
    }
    assert!(compared > 50_000, "compared {compared} answers");
}

#[test]
fn portainer_a_slice_holds_nothing_of_the_others() {
    let state = r#"{"users":[{"id":"1","name":"admin","administrator":true},{"id":"2","name":"alice","teams":["10"]},{"id":"3","name":"bob","teams":["20"]}],
        "teams":[{"id":"10","name":"devs"},{"id":"20","name":"secret-team"}],
        "groups":[{"id":"g1","name":"prod","userPolicies":{"3":"EA"},"teamPolicies":{"20":"OP"}}],
        "environments":[{"id":"e1","name":"local","kind":"standalone","groupId":"g1","userPolicies":{"2":"ST","3":"RO"},"teamPolicies":{"20":"HD"},
            "securitySettings":{"disablePrivilegedMode":true},"registryAccess":{"r1":{"users":["2","3"]},"r2":{"teams":["20"]}}},
          {"id":"e2","name":"bobs-private-env","kind":"swarm","userPolicies":{"3":"EA"},"securitySettings":{"disableStacks":true}}],
        "registries":[{"id":"r1","name":"ghcr"},{"id":"r2","name":"internal-registry"}],
        "resources":[{"type":"stack","id":"web","environmentId":"e1","control":{"users":["2","3"],"teams":["20"]}},
          {"type":"container","id":"c1","environmentId":"e1","stack":"web"},
          {"type":"volume","id":"bobs-data","environmentId":"e1","control":{"users":["3"]}},
          {"type":"container","id":"bobs-box","name":"bob-only","environmentId":"e2","control":{"users":["3"]}}]}"#;
    let full = PortainerAuthorizer::load_json(state).expect("loads");
    let slice = full
        .clone()
        .call_json("slice", r#"["2"]"#)
        .expect("a slice");
    for secret in [
        "bob\"",
        "secret-team",
        "internal-registry",
        "\"OP\"",
        "\"HD\"",
        "\"EA\"",
        "bobs-private-env",
        "bob-only",
        // Where alice holds no role, her every answer is `no_role` before a resource is looked
        // at: not even its id crosses.
        "bobs-box",
        "disableStacks",
        "\"RO\"",
        "prod",
    ] {
        assert!(
            !slice.contains(secret),
            "the slice of alice holds {secret}: {slice}"
        );
    }
    // What her answers read: her record, her policy, the environment's settings, her grant,
    // the controls as they concern her; the rest only as ids that exist.
    for kept in [
        r#"{"id":"2","name":"alice","teams":["10"]}"#,
        r#""userPolicies":{"2":"ST"}"#,
        r#""disablePrivilegedMode":true"#,
        r#""r1":{"users":["2"]}"#,
        r#"{"type":"stack","id":"web","environmentId":"e1","control":{"users":["2"]}}"#,
        r#"{"type":"volume","id":"bobs-data","environmentId":"e1","control":{}}"#,
        r#"{"id":"e2","kind":"swarm"}"#,
        r#""userIds":["1","3"]"#,
    ] {
        assert!(
            slice.contains(kept),
            "the slice of alice holds {kept}: {slice}"
        );
    }
}

#[test]
fn portainer_a_slice_does_not_depend_on_what_its_user_cannot_see() {
    let base = r#"{"users":[{"id":"2","teams":["10"]},{"id":"3","teams":["20"]}],"teams":[{"id":"10"},{"id":"20","name":"x"}],
        "environments":[{"id":"e1","kind":"standalone","userPolicies":{"2":"ST","3":"RO"},"teamPolicies":{"20":"EA"}},{"id":"e2","kind":"swarm","userPolicies":{"3":"EA"},"securitySettings":{"disableStacks":true}}],
        "resources":[{"type":"volume","id":"v","environmentId":"e1","control":{"users":["3"],"teams":["20"]}},{"type":"container","id":"c","environmentId":"e2","control":{"users":["3"]}}]}"#;
    let changed = base
        .replace(
            r#""3":"RO"},"teamPolicies":{"20":"EA"}"#,
            r#""3":"EA"},"teamPolicies":{"20":"RO"}"#,
        )
        .replace(
            r#"{"id":"20","name":"x"}"#,
            r#"{"id":"20","name":"renamed"}"#,
        )
        .replace(
            r#"{"disableStacks":true}"#,
            r#"{"disablePrivilegedMode":true}"#,
        )
        .replace(
            r#""control":{"users":["3"],"teams":["20"]}"#,
            r#""control":{"teams":["20"]}"#,
        )
        .replace(
            r#""environmentId":"e2","control":{"users":["3"]}"#,
            r#""environmentId":"e2","control":{"public":true}"#,
        );
    let slice_of = |text: &str| {
        let full = PortainerAuthorizer::load_json(text).expect("loads");
        let slice = full
            .clone()
            .call_json("slice", r#"["2"]"#)
            .expect("a slice");
        slice
            .split_once("},")
            .map(|(_, rest)| rest.to_owned())
            .unwrap_or_default()
    };
    assert_eq!(slice_of(base), slice_of(&changed));
}

#[test]
fn portainer_a_slice_is_read_only_and_a_forged_user_is_unknown() {
    let state = r#"{"users":[{"id":"1","administrator":true},{"id":"2"}],"environments":[{"id":"e1","kind":"standalone","userPolicies":{"2":"ST"}}]}"#;
    let full = PortainerAuthorizer::load_json(state).expect("loads");
    let slice = full
        .clone()
        .call_json("slice", r#"["1"]"#)
        .expect("a slice");
    let mut sliced = PortainerAuthorizer::load_json(&slice).expect("the slice loads");
    assert_eq!(sliced.source_fingerprint(), Some(full.fingerprint()));
    let error = sliced
        .call_json("slice", r#"["1"]"#)
        .expect_err("no slice of a slice");
    assert_eq!(error.code().as_str(), "read_only_slice");
    let forged = slice.replace(r#""user":"1""#, r#""user":"2""#);
    let mut forged = PortainerAuthorizer::load_json(&forged).expect("a forged slice loads");
    for user in ["1", "2"] {
        let answer = forged
            .call_json(
                "explain",
                &format!(r#"["{user}","container.list",{{"environmentId":"e1"}}]"#),
            )
            .expect("an answer");
        assert!(
            answer.contains(r#""code":"unknown_user""#),
            "{user}: {answer}"
        );
    }
}
