//! The product-free core: permission sets, decisions, errors, warnings, strict JSON, limits
//! and fingerprints. It knows neither Dokploy nor Portainer (it builds without them).

#[cfg(feature = "manage")]
pub mod change;
pub(crate) mod codes;
pub mod decision;
mod decision_code;
pub mod error;
pub mod fingerprint;
pub(crate) mod host;
#[cfg(feature = "requests")]
pub mod http;
pub mod id_map;
pub mod json;
#[cfg(feature = "serde")]
mod json_serde;
pub mod limits;
pub mod parse;
pub mod permission_set;
pub mod raw_value;
pub(crate) mod record;
pub(crate) mod runs;
pub mod slice;
#[cfg(feature = "manage")]
pub(crate) mod sorted;
pub(crate) mod text;
pub mod warning;
