//! A decision that differs between two states: what `changes` and the previews answer.

use super::decision::{Decision, DecisionDetail};

/// Who, which id (its catalog index), on what target, and the decision in each state.
#[derive(Debug, Clone, PartialEq)]
pub struct Change<'s, T, D: DecisionDetail = ()> {
    /// The user's id.
    pub user: &'s str,
    /// The id's catalog index.
    pub index: usize,
    /// The target.
    pub target: T,
    /// The decision in this state.
    pub before: Decision<D>,
    /// The decision in the next state.
    pub after: Decision<D>,
}
