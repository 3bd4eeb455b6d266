//! One user's checks on one environment, resolved once: a backend that checks a page of rows
//! (every container of an environment, say) looks the user, the environment and the user's role
//! there up once, not once per row.

use super::catalog::{Operations, OPERATIONS};
use super::evaluate::{allowed_in, evaluate, operation_index, standing, Standing};
use super::model::{PortainerState, User};
use super::target::Target;
use crate::core::error::Result;

/// A user's standing on one environment, for many checks there. It borrows the state, so the
/// state cannot change while it is held: it never answers for a state it was not made on.
/// Every answer is the one [`PortainerState::can`] gives; a target on another environment is
/// checked in full.
pub struct OnEnvironment<'s> {
    state: &'s PortainerState,
    user: Option<&'s User>,
    environment_id: &'s str,
    /// `None` for an unknown user or environment: every check there is refused.
    standing: Option<Standing<'s>>,
}

impl PortainerState {
    /// `user`'s standing on the environment `environment_id`, resolved once for many checks.
    pub fn on_environment<'s>(&'s self, user: &str, environment_id: &'s str) -> OnEnvironment<'s> {
        let acting = self.acting(user);
        OnEnvironment {
            state: self,
            user: acting,
            environment_id,
            standing: standing(self, acting, environment_id).ok(),
        }
    }
}

impl OnEnvironment<'_> {
    /// Whether the user may perform `operation` on `target`. An unknown operation id is an
    /// error.
    pub fn can(&self, operation: &str, target: &Target<'_>) -> Result<bool> {
        Ok(self.can_index(operation_index(operation)?, target))
    }

    /// [`can`](Self::can) with a catalog index (`CatalogSet::index_of`), for callers that
    /// resolved the id once too.
    pub fn can_index(&self, index: usize, target: &Target<'_>) -> bool {
        if target.environment_id != self.environment_id {
            return self.state.can_user(self.user, index, target);
        }
        match (&self.standing, OPERATIONS.get(index)) {
            (Some(standing), Some(op)) => evaluate(&standing.context(target), op).allowed(),
            _ => false,
        }
    }

    /// Every operation allowed to the user on `target`, in catalog order.
    pub fn allowed(&self, target: &Target<'_>) -> Operations {
        if target.environment_id != self.environment_id {
            return self.state.allowed_for(self.user, target);
        }
        match &self.standing {
            Some(standing) => allowed_in(&standing.context(target)),
            None => Operations::empty(),
        }
    }
}
