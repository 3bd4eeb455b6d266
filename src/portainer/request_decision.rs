//! Deciding an HTTP request to Portainer: the route table names the operations, the state
//! decides them, and the decision says what the gate could not see.

use crate::prelude::*;

use crate::core::text::text;

use super::explain::administrator_only;
use super::model::EnvironmentKind;
use super::route::{resolve, Route, Routed};
use super::{operation_index, Decision, PortainerState, Request, Target};
use crate::core::decision::DecisionCode;
use crate::core::error::{ErrorCode, Result};
use crate::core::http::request_refusal;
use crate::core::json::{present_field, Value};

impl PortainerState {
    /// The decision on `{ method, url, body }` for `user`, as Portainer decides the request: by
    /// the operations its route names, the global administrator alone on the routes Portainer's
    /// proxy keeps to administrators, and `unknown_route` for anything else. A request that
    /// cannot be read is refused as a decision; an argument of the wrong shape is an error.
    pub fn explain_request(&self, user: &str, request: &Value) -> Result<Decision> {
        let routed = match resolve(request) {
            Ok(routed) => routed,
            Err(error) if error.code() == ErrorCode::InvalidArgument => return Err(error),
            Err(error) => return Ok(request_refusal(error)),
        };
        match routed {
            Routed::Operation(route) => self.explain_route(user, &route),
            Routed::AdministratorOnly {
                environment,
                reason,
                ..
            } => Ok(administrator_only(
                self,
                user,
                &environment,
                &request_line(request),
                reason,
            )),
            Routed::Unknown => Ok(Decision::new(
                DecisionCode::UnknownRoute,
                text!(
                    "`",
                    request_line(request),
                    "` is none of Portainer's operations that portcullis knows, so it is refused; resource-control updates name a control id the state does not hold (decide them with `canChangeOwnership`), and Portainer's own API needs `?endpointId=`"
                ),
            )
            .with_path("request.url")),
        }
    }

    fn explain_route(&self, user: &str, route: &Route) -> Result<Decision> {
        let target = match Target::from_value(&route.target, "target") {
            Ok(target) => target,
            Err(error) => return Ok(request_refusal(error.with_code(ErrorCode::InvalidRequest))),
        };
        let on_swarm = self
            .environment_entry(target.environment_id)
            .is_some_and(|(_, env)| env.kind == EnvironmentKind::Swarm);
        let operation = match route.on_swarm {
            Some(swarm) if on_swarm => swarm,
            _ => route.operation,
        };
        let index = operation_index(operation)?;
        if let Some(unread) = route.unread {
            // The file Portainer will read is out of reach: refused unless the settings do not
            // bind this user at all (a file asking for everything would pass).
            let everything = target.clone().request(Request::everything());
            let decision = self.explain_index(user, index, &everything);
            if !decision.allowed && decision.code == DecisionCode::SecuritySetting {
                return Ok(Decision::new(
                    DecisionCode::InvalidRequest,
                    text!(
                        unread,
                        ", which the gate cannot read, and the environment's security settings bind `",
                        user,
                        "`: Portainer would inspect it"
                    ),
                )
                .with_path("request.body"));
            }
        }
        let mut decision = self.explain_index(user, index, &target);
        if let (true, Some(also)) = (decision.allowed, route.also) {
            let second = self.explain_index(user, operation_index(also)?, &target);
            if !second.allowed {
                return Ok(second);
            }
            decision.message = text!(
                decision.message,
                "; and `",
                also,
                "`, which the request needs as well"
            );
        }
        Ok(match route.unseen.or(route.unread) {
            Some(unseen) => decision.with_unseen(unseen),
            None => decision,
        })
    }
}

/// `METHOD url` as the request gave them, for messages.
fn request_line(request: &Value) -> String {
    let text = |name| match present_field(request, name) {
        Some(Value::String(s)) => s.as_str(),
        _ => "",
    };
    let method = match text("method") {
        "" => "GET",
        method => method,
    };
    text!(method, " ", text("url"))
}
