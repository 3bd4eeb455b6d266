//! The model-independent core: permission sets, decisions, errors and strict JSON.

pub mod decision;
pub mod error;
pub mod fingerprint;
pub mod handles;
pub mod id_map;
pub mod json;
pub mod limits;
pub mod parse;
pub mod permission_set;
pub mod warning;
