//! The built-in models against the reference data, natively.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

fn parse(text: &str) -> portcullis::Value {
    portcullis::Value::parse(text).expect("test JSON parses")
}

#[test]
fn portainer_catalog_is_the_reference() {
    common::portainer_catalog_matches_reference(parse);
}

#[test]
fn portainer_every_row_every_role_both_kinds_with_and_without_access() {
    let checked = common::portainer_reference_walk(parse);
    assert!(checked > 89 * 5 * 2, "walked {checked} decisions");
}

#[test]
fn dokploy_effective_permissions_are_the_reference() {
    let checked = common::dokploy_reference_walk(parse);
    assert!(checked > 94 * 16, "walked {checked} decisions");
}
