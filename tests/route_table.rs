//! Portainer's routes: the corpus (`tests/corpus/portainer/requests.json`) routes a request to
//! every operation that has a route, and the operations without one are the ones the README
//! names as composed by the UI from others.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use portcullis::portainer::{operations, routed_operations};
use serde_json::Value as Json;

#[test]
fn the_corpus_routes_a_request_to_every_routed_operation() {
    let corpus: Json = serde_json::from_str(include_str!("corpus/portainer/requests.json"))
        .expect("the corpus is JSON");
    let routed_in_corpus: BTreeSet<&str> = corpus["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .filter(|case| case["call"][0] == "route")
        .filter_map(|case| case["expect"]["id"].as_str())
        .collect();
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
        "the operations the UI composes from others (README, Portainer's routes)"
    );
}
