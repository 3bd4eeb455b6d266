//! Dokploy's tRPC procedures and the checks each one runs, taken from Dokploy's routers (the
//! table is generated from `tests/reference/dokploy-procedures.json`): deciding a call as
//! Dokploy's backend does, and reading the HTTP requests that carry calls.

mod check;
mod context;
mod decide;
mod request;
#[rustfmt::skip]
mod table;

pub use check::{
    CallType, Check, Condition, Helper, Lookup, Procedure, ProcedureKind, Roles, ScopeField,
    Source, TrpcCode,
};
pub use context::{CallContext, CONTEXT_NAMES};
pub use decide::{CallDecision, CallDetail};
pub use request::{parse_request, Call};

/// Every procedure, in path order.
pub fn procedures() -> &'static [Procedure] {
    &table::PROCEDURES
}

/// The procedure at `path` (`application.deploy`).
pub fn procedure(path: &str) -> Option<&'static Procedure> {
    table::PROCEDURES
        .binary_search_by(|p| p.path.cmp(path))
        .ok()
        .map(|i| &table::PROCEDURES[i])
}
