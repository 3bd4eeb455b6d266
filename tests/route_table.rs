//! Portainer's route table against Portainer's own role lists
//! (`tests/reference/portainer-authorizations.json`, from Portainer CE's
//! `api/internal/authorization/authorizations.go`):
//!
//! - the role-set test: every row's catalog operations are held by exactly the roles whose
//!   default list holds the row's authorization (the volume-browsing authorizations counted
//!   where an environment allows browsing), or the row is one Portainer's proxy keeps to its
//!   administrators, with the reason beside it;
//! - the generated corpus `tests/corpus/portainer/route-roles.json` (which every harness runs,
//!   the packed package included) still says what the role lists say, and reaches every row;
//! - every operation a route decides has a case in the corpus, and the operations without a
//!   route are the ones the README names as composed by the UI from others.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use std::collections::{BTreeMap, BTreeSet};

use portcullis::portainer::{
    docker_routes, operations, portainer_routes, resolve, route_rules, routed_operations, Decided,
    Role, RouteRule, Routed, SecuritySetting, SecuritySettings,
};
use portcullis::Value;
use serde_json::Value as Json;

const AUTHORIZATIONS: &str = include_str!("reference/portainer-authorizations.json");
const ROUTE_ROLES: &str = include_str!("corpus/portainer/route-roles.json");
const REQUESTS: &str = include_str!("corpus/portainer/requests.json");

/// The roles Portainer CE's lists cover (the Operator's is Business Edition's, not public).
const LISTED_ROLES: [Role; 4] = [Role::EA, Role::HD, Role::ST, Role::RO];

fn json(text: &str) -> Json {
    serde_json::from_str(text).expect("valid JSON")
}

fn value(json: &Json) -> Value {
    Value::parse(&json.to_string()).expect("valid JSON")
}

fn strings(list: &Json) -> BTreeSet<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|s| s.as_str().expect("a string").to_owned())
        .collect()
}

/// Portainer's default role lists.
struct RoleLists {
    always: BTreeMap<Role, BTreeSet<String>>,
    with_browsing: BTreeMap<Role, BTreeSet<String>>,
    administrator_only: BTreeSet<String>,
}

impl RoleLists {
    fn read() -> RoleLists {
        let reference = json(AUTHORIZATIONS);
        let mut lists = RoleLists {
            always: BTreeMap::new(),
            with_browsing: BTreeMap::new(),
            administrator_only: strings(&reference["administratorOnly"]["routes"]),
        };
        for role in LISTED_ROLES {
            let list = &reference["roles"][role.code()];
            lists.always.insert(role, strings(&list["always"]));
            lists
                .with_browsing
                .insert(role, strings(&list["withVolumeBrowsing"]));
        }
        lists
    }

    /// The roles whose list holds `authorization` where volume browsing is `browsing`.
    fn holders(&self, authorization: &str, browsing: bool) -> BTreeSet<Role> {
        LISTED_ROLES
            .into_iter()
            .filter(|role| {
                self.always[role].contains(authorization)
                    || (browsing && self.with_browsing[role].contains(authorization))
            })
            .collect()
    }

    fn names(&self, authorization: &str) -> bool {
        LISTED_ROLES.iter().any(|role| {
            self.always[role].contains(authorization)
                || self.with_browsing[role].contains(authorization)
        })
    }
}

/// The listed roles the catalog grants every one of `ids` to, where volume browsing is
/// `browsing` and no other setting is on.
fn catalog_holders(ids: &[&str], browsing: bool) -> BTreeSet<Role> {
    let mut settings = SecuritySettings::default();
    settings.set(SecuritySetting::VolumeBrowser, browsing);
    LISTED_ROLES
        .into_iter()
        .filter(|&role| {
            ids.iter().all(|id| {
                let op = operations()
                    .iter()
                    .find(|op| op.id == *id)
                    .unwrap_or_else(|| panic!("`{id}` is a catalog operation"));
                op.granted_to(role)
                    && !op
                        .security_settings
                        .iter()
                        .any(|s| s.denies(role, &settings, None))
            })
        })
        .collect()
}

/// `METHOD path` as the reference lists the administrator-only routes.
fn rule_line(rule: &RouteRule) -> String {
    let line = format!("{} {}", rule.method(), rule.path());
    match rule.query_parameter() {
        Some(name) => format!("{line} (no {name})"),
        None => line,
    }
}

#[test]
fn every_route_is_held_by_the_roles_that_hold_its_authorization() {
    let lists = RoleLists::read();
    let mut administrator_only = BTreeSet::new();
    let mut compared = 0;
    for rule in route_rules() {
        let line = rule_line(rule);
        let decided = rule.decided();
        if let Decided::AdministratorOnly(reason) = decided {
            assert!(
                reason.len() > 20,
                "{line}: the reason Portainer keeps it to administrators"
            );
            administrator_only.insert(line);
            continue;
        }
        let Some(authorization) = rule.authorization() else {
            assert!(
                !docker_routes().iter().any(|r| std::ptr::eq(r, rule)),
                "{line}: every Docker route records Portainer's authorization"
            );
            continue;
        };
        assert!(
            lists.names(authorization),
            "{line}: `{authorization}` is in Portainer's role lists"
        );
        let groups: Vec<Vec<&str>> = match decided {
            Decided::Operation(id) => vec![vec![id]],
            Decided::Both(first, second) => vec![vec![first, second]],
            Decided::ByKind { standalone, swarm } => vec![vec![standalone], vec![swarm]],
            Decided::AdministratorOnly(_) => unreachable!("handled above"),
        };
        for ids in groups {
            for browsing in [true, false] {
                assert_eq!(
                    catalog_holders(&ids, browsing),
                    lists.holders(authorization, browsing),
                    "{line}: the roles holding {ids:?} (volume browsing {}) are the roles holding `{authorization}`",
                    if browsing { "on" } else { "off" }
                );
                compared += 1;
            }
        }
    }
    assert_eq!(
        administrator_only, lists.administrator_only,
        "the routes refused by design are exactly those Portainer's proxy keeps to administrators"
    );
    assert!(compared > 200, "every row compared ({compared})");
}

/// What a resolved request says of the row that decided it, comparable with the row's own.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Signature {
    authorization: Option<&'static str>,
    decided: String,
}

fn rule_signature(rule: &RouteRule) -> Signature {
    Signature {
        authorization: rule.authorization(),
        decided: format!("{:?}", rule.decided()),
    }
}

fn resolved_signature(routed: &Routed) -> Option<Signature> {
    let (authorization, decided) = match routed {
        Routed::Operation(route) => (
            route.authorization,
            match (route.also, route.on_swarm) {
                (Some(also), _) => Decided::Both(route.operation, also),
                (_, Some(swarm)) => Decided::ByKind {
                    standalone: route.operation,
                    swarm,
                },
                _ => Decided::Operation(route.operation),
            },
        ),
        Routed::AdministratorOnly {
            authorization,
            reason,
            ..
        } => (*authorization, Decided::AdministratorOnly(reason)),
        Routed::Unknown => return None,
    };
    Some(Signature {
        authorization,
        decided: format!("{decided:?}"),
    })
}

#[test]
fn the_generated_corpus_says_what_the_role_lists_say_and_reaches_every_row() {
    let lists = RoleLists::read();
    let corpus = json(ROUTE_ROLES);
    let state = &corpus["state"];
    let browsing: BTreeMap<&str, bool> = state["environments"]
        .as_array()
        .expect("environments")
        .iter()
        .map(|env| {
            (
                env["id"].as_str().expect("an id"),
                env["securitySettings"]["enableVolumeBrowser"] == true,
            )
        })
        .collect();
    let policies = &state["environments"][0]["userPolicies"];
    let mut reached = BTreeSet::new();
    let mut checked = 0;
    for case in corpus["cases"].as_array().expect("cases") {
        let call = case["call"].as_array().expect("a call");
        let (user, request) = match call[0].as_str() {
            Some("route") => (None, &call[1]),
            Some("explainRequest") => (call[1].as_str(), &call[2]),
            other => panic!("an unexpected call {other:?}"),
        };
        let routed = resolve(&value(request)).expect("the request reads");
        let signature = resolved_signature(&routed).expect("every case names a route");
        reached.insert(signature);
        let (Some(user), Some(role)) = (user, user.and_then(|u| policies[u].as_str())) else {
            continue;
        };
        let role = Role::from_code(role).expect("a role");
        if role == Role::OP {
            continue;
        }
        let expected = match &routed {
            Routed::Operation(route) => {
                let env = route_environment(request);
                let authorization = route.authorization.expect("an authorization");
                lists
                    .holders(authorization, browsing[env.as_str()])
                    .contains(&role)
            }
            _ => false,
        };
        assert_eq!(
            case["expect"]["allowed"],
            Json::Bool(expected),
            "{}: the role lists' answer for {user}",
            case["name"]
        );
        checked += 1;
    }
    assert!(checked > 500, "the cases of every listed role ({checked})");
    for rule in docker_routes()
        .iter()
        .chain(portainer_routes().filter(|r| r.authorization().is_some()))
    {
        assert!(
            reached.contains(&rule_signature(rule)),
            "{}: a case reaches the row",
            rule_line(rule)
        );
    }
}

/// The environment id of `/api/endpoints/{id}/…` or `?endpointId=`.
fn route_environment(request: &Json) -> String {
    let url = request["url"].as_str().expect("a url");
    if let Some(rest) = url.strip_prefix("/api/endpoints/") {
        return rest.split('/').next().unwrap_or_default().to_owned();
    }
    url.split("endpointId=")
        .nth(1)
        .map(|id| id.split('&').next().unwrap_or_default().to_owned())
        .expect("an endpointId")
}

#[test]
fn the_corpus_routes_a_request_to_every_routed_operation() {
    let mut routed_in_corpus = BTreeSet::new();
    for text in [REQUESTS, ROUTE_ROLES] {
        for case in json(text)["cases"].as_array().expect("cases") {
            let call = case["call"].as_array().expect("a call");
            if call[0] != "route" {
                continue;
            }
            let Ok(Routed::Operation(route)) = resolve(&value(&call[1])) else {
                continue;
            };
            routed_in_corpus.extend([Some(route.operation), route.also, route.on_swarm]);
        }
    }
    let routed_in_corpus: BTreeSet<&str> = routed_in_corpus.into_iter().flatten().collect();
    let routed: BTreeSet<&str> = routed_operations().collect();
    assert_eq!(
        routed_in_corpus, routed,
        "a route case for every routed operation"
    );
    let catalog: BTreeSet<&str> = operations().iter().map(|op| op.id).collect();
    assert!(
        routed.is_subset(&catalog),
        "routes name catalog operations only"
    );
    let unrouted: BTreeSet<&str> = catalog.difference(&routed).copied().collect();
    assert_eq!(
        unrouted,
        BTreeSet::from([
            "app_template.deploy",
            "config.change_ownership",
            "config.clone",
            "container.change_ownership",
            "container.duplicate",
            "custom_template.change_ownership",
            "custom_template.deploy",
            "event.list",
            "image.export",
            "image.push",
            "network.change_ownership",
            "secret.change_ownership",
            "service.change_ownership",
            "stack.change_ownership",
            "stack.create_template",
            "stack.duplicate",
            "stack.remove_service",
            "stack.update_service",
            "volume.change_ownership",
        ]),
        "the operations the UI composes from others, and those whose UI action is stricter than \
         the Docker route Portainer's role lists grant (README, Portainer's routes)"
    );
}
