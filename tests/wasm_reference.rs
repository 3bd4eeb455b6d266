//! The reference walks compiled to wasm32: run by `wasm-pack test --node` and, with
//! `WASM_BINDGEN_USE_BROWSER=1`, by `wasm-pack test --headless --chrome` in real Chromium.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use wasm_bindgen_test::wasm_bindgen_test;

mod common;

/// Parses with the crate's own parser, compiled to wasm, the way the package parses JSON
/// text (its numbers through the host's `parseFloat`).
fn parse(text: &str) -> portcullis::Value {
    portcullis::Value::parse(text).expect("test JSON parses")
}

#[wasm_bindgen_test]
fn portainer_catalog_is_the_reference() {
    common::portainer_catalog_matches_reference(parse);
}

#[wasm_bindgen_test]
fn portainer_every_row_every_role_both_kinds_with_and_without_access() {
    let checked = common::portainer_reference_walk(parse);
    assert!(checked > 89 * 5 * 2, "walked {checked} decisions");
}

#[wasm_bindgen_test]
fn dokploy_effective_permissions_are_the_reference() {
    let checked = common::dokploy_reference_walk(parse);
    assert!(checked > 94 * 16, "walked {checked} decisions");
}
