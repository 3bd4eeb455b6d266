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
pub fn procedures() -> impl ExactSizeIterator<Item = Procedure> + Clone {
    (0..table::PATH_ENDS.len()).map(|i| Procedure { index: i as u16 })
}

/// The procedure at `path` (`application.deploy`).
pub fn procedure(path: &str) -> Option<Procedure> {
    let mut low = 0;
    let mut high = table::PATH_ENDS.len();
    while low < high {
        let middle = (low + high) / 2;
        let candidate = Procedure {
            index: middle as u16,
        };
        match candidate.path().cmp(path) {
            core::cmp::Ordering::Less => low = middle + 1,
            core::cmp::Ordering::Greater => high = middle,
            core::cmp::Ordering::Equal => return Some(candidate),
        }
    }
    None
}
