//! The `Portainer` authorizer of the JS API, in plain Rust: every entry point takes its
//! arguments as JS hands them over ([`Value`]s), checks them, and answers or refuses with an
//! [`Error`]. The wasm bindings only convert values; native callers use the same methods, or
//! [`call_json`](PortainerAuthorizer::call_json) with JSON text.

use crate::prelude::*;

use crate::core::text::text;

use super::arguments::{object, shaped, string};
use super::authorizer::{load_limits, Authorizer, Model};
use super::entry_points::{entry_points, Answer};
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{JsonPath, Value};
use crate::core::limits::Limits;
use crate::core::parse::read_tree;
use crate::core::permission_set::CatalogSet;
use crate::core::raw_value::RawValue;
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;
#[cfg(feature = "requests")]
use crate::portainer::route;
use crate::portainer::{
    operation_index, Control, Decision, Operations, PortainerState, Role, Target,
};

/// A loaded Portainer state.
pub type PortainerAuthorizer = Authorizer<PortainerState>;

impl Model for PortainerState {
    fn from_value(value: &Value, limits: &Limits) -> Result<Self> {
        PortainerState::from_value_with(value, limits)
    }

    fn from_checked(value: RawValue<'_>) -> Result<Self> {
        PortainerState::from_checked(value)
    }

    fn to_value(&self) -> Value {
        PortainerState::to_value(self)
    }

    fn fingerprint(&self) -> String {
        PortainerState::fingerprint(self)
    }

    fn warnings(&self) -> &[Warning] {
        PortainerState::warnings(self)
    }

    fn slice_info(&self) -> Option<&SliceInfo> {
        PortainerState::slice_info(self)
    }

    #[cfg(feature = "slices")]
    fn slice_from(&self, user: &str, source: String) -> Result<Value> {
        PortainerState::slice_from(self, user, source)
    }

    #[cfg(feature = "slices")]
    fn slice_json_from(&self, user: &str, source: String) -> Result<String> {
        PortainerState::slice_json_from(self, user, source)
    }

    fn user_position(&self, id: &str) -> Option<usize> {
        // In a slice only its user acts: anyone else is an unknown user.
        self.user_index
            .get(id)
            .filter(|&i| self.may_act(&self.users[i]))
    }
}

/// The target of ids in [`TARGET_FIELDS`](crate::portainer::TARGET_FIELDS) order; an absent
/// environment is no target at all.
fn ids_target(ids: [Option<&str>; 3]) -> Result<Target<'_>> {
    let [environment, resource_id, registry_id] = ids;
    let environment = environment.ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidArgument,
            "target.environmentId",
            "`target.environmentId` is required",
        )
    })?;
    Ok(Target {
        resource_id,
        registry_id,
        ..Target::environment(environment)
    })
}

fn target(value: &Value) -> Result<Target<'_>> {
    shaped(Target::from_value(object(value, "target")?, "target"))
}

entry_points! {
    /// The entry points of the `Portainer` class, in the order their positions count.
    pub static PORTAINER_ENTRY_POINTS, PORTAINER_ENTRY_TYPES for PortainerAuthorizer, state "PortainerState";

    /// Validates and compiles a state (object or JSON text) under `options.limits`; throws `PortcullisError`.
    open "load" => load_with(state: "PortainerState | string"; options: "LoadOptions") -> "Self";
    /// Loads Portainer's own API responses: `{ users, teams, teamMemberships, endpointGroups,
    /// endpoints, registries, stacks?, resourceControls?, docker? }`, `docker` keyed by
    /// environment id; `warnings()` lists what had to be interpreted. Throws `PortcullisError`.
    #[feature = "adapters"]
    open "fromApi" => from_api_with(input: "PortainerApiData | string"; options: "LoadOptions") -> "Self";
    /// The catalog: one entry per operation, in order.
    #[feature = "catalogs"]
    static "catalog" => catalog() -> "PortainerCatalogEntry[]";
    /// The role × operation table.
    #[feature = "catalogs"]
    static "matrix" => matrix() -> "PortainerMatrix";
    /// Whether the user may run the operation on the target.
    read "can" => can(user: "string", id: "PortainerOperationId", target: "PortainerTarget") -> "boolean";
    /// The decision with its reason.
    read "explain" => explain(user: "string", id: "PortainerOperationId", target: "PortainerTarget") -> "PortainerDecision";
    /// Every operation allowed to the user on the target, in catalog order.
    read "allowed" => allowed(user: "string", target: "PortainerTarget") -> "PortainerOperationId[]";
    /// The user's role on the environment; `null` for none, the global administrator or unknown ids.
    read "roleOf" => role_of(user: "string", environmentId: "string") -> "PortainerRole | null";
    /// Whether the user may give the resource this new control.
    read "canChangeOwnership" => can_change_ownership(user: "string", target: "PortainerTarget", newControl: "PortainerControl") -> "PortainerDecision";
    /// Every user allowed `id` on the target, sorted by user id, each with the decision `explain` gives; an unknown target yields `[]`.
    #[feature = "manage"]
    read "whoCan" => who_can(id: "PortainerOperationId", target: "PortainerTarget") -> "PortainerWhoCan[]";
    /// Every target the state names (each environment, and on it every registry and resource) where the user is allowed something, with what `allowed` gives there.
    #[feature = "manage"]
    read "accessOf" => access_of(user: "string") -> "PortainerAccess[]";
    /// Every (user, operation, target) whose answer differs between this state and `next` (an object or JSON text), with both decisions; `[]` when nothing changes.
    #[feature = "manage"]
    read "changes" => changes(next: "PortainerState | string") -> "PortainerChange[]";
    /// The operation and target of an HTTP request to Portainer: Docker Engine API requests through its proxy (`/api/endpoints/{id}/docker/…`, with or without `/v1.xx`), its stack, template and registry API (environment from `?endpointId=`); creation bodies become the target's `request`. `null` when the request is none of the operations; throws `invalid_request` for a body that cannot be read.
    #[feature = "requests"]
    static "route" => route(request: "RequestShape") -> "PortainerRoute | null";
    /// Whether `user` may make the HTTP request.
    #[feature = "requests"]
    read "canRequest" => can_request(user: "string", request: "RequestShape") -> "boolean";
    /// The decision on `user` making the HTTP request: its operation explained on its target; a request that maps to no operation is refused (`unknown_route`), one that cannot be read too (`invalid_request`), never allowed by omission.
    #[feature = "requests"]
    read "explainRequest" => explain_request(user: "string", request: "RequestShape") -> "PortainerDecision";
}

impl PortainerAuthorizer {
    /// Portainer's catalog: one entry per operation, in order.
    pub fn catalog() -> Value {
        super::statics::portainer_catalog()
    }

    /// The role × operation table.
    pub fn matrix() -> Value {
        super::statics::portainer_matrix()
    }

    #[cfg(feature = "adapters")]
    /// Loads Portainer's own API responses (`{ users, teams, teamMemberships,
    /// endpointGroups, endpoints, registries, stacks?, resourceControls?, docker? }`; JSON
    /// text too) under the default [`Limits`]; [`warnings`](Self::warnings) lists what had
    /// to be interpreted.
    pub fn from_api(input: &Value) -> Result<Self> {
        Self::from_api_with_limits(input, &Limits::default())
    }

    #[cfg(feature = "adapters")]
    /// [`from_api`](Self::from_api) with `load`'s options, `{ limits? }`.
    pub fn from_api_with(input: &Value, options: &Value) -> Result<Self> {
        Self::from_api_with_limits(input, &load_limits(options)?)
    }

    #[cfg(feature = "adapters")]
    /// [`from_api`](Self::from_api) under `limits`.
    pub fn from_api_with_limits(input: &Value, limits: &Limits) -> Result<Self> {
        Self::read_input(input, "input", limits, PortainerState::from_api_with)
    }

    /// The state the authorizer decides on.
    pub fn state(&self) -> &PortainerState {
        &self.model
    }

    fn query<'v>(
        &self,
        user: &'v Value,
        id: &'v Value,
        target_value: &'v Value,
    ) -> Result<(&'v str, usize, Target<'v>)> {
        let user = string(user, "user")?;
        let index = operation_index(string(id, "id")?)?;
        Ok((user, index, target(target_value)?))
    }

    /// `can(user, id, target)`.
    pub fn can(&self, user: &Value, id: &Value, target: &Value) -> Result<bool> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.model.can_index(user, index, &target))
    }

    /// `explain(user, id, target)`: the decision with its reason.
    pub fn explain(&self, user: &Value, id: &Value, target: &Value) -> Result<Decision> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.model.explain_index(user, index, &target))
    }

    /// Every operation allowed to `user` on `target`, in catalog order.
    pub fn allowed(&self, user: &Value, target_value: &Value) -> Result<Operations> {
        let user = string(user, "user")?;
        Ok(self.model.allowed(user, &target(target_value)?))
    }

    /// The user's role on the environment; `None` for the global administrator (outside
    /// RBAC), no role, or an unknown user or environment.
    pub fn role_of(&self, user: &Value, environment_id: &Value) -> Result<Option<Role>> {
        Ok(self.model.role_of(
            string(user, "user")?,
            string(environment_id, "environmentId")?,
        ))
    }

    #[cfg(feature = "requests")]
    /// The route of an HTTP request: `{ id, target, authorization?, also?, onSwarm?, unread?,
    /// unseen? }`, or `null` when it is none of the catalog's operations.
    pub fn route(request: &Value) -> Result<Value> {
        Ok(route::route(object(request, "request")?)?.map_or(Value::Null, |r| r.to_value()))
    }

    /// `canRequest(user, { method, url, body })`: whether Portainer would let the request through.
    #[cfg(feature = "requests")]
    pub fn can_request(&self, user: &Value, request: &Value) -> Result<bool> {
        Ok(self.explain_request(user, request)?.allowed)
    }

    /// `explainRequest(user, { method, url, body })`: the request's decision.
    #[cfg(feature = "requests")]
    pub fn explain_request(&self, user: &Value, request: &Value) -> Result<Decision> {
        self.model
            .explain_request(string(user, "user")?, object(request, "request")?)
    }

    /// `canChangeOwnership(user, target, newControl)`: whether the user may give the resource that control.
    pub fn can_change_ownership(
        &self,
        user: &Value,
        target_value: &Value,
        new_control: &Value,
    ) -> Result<Decision> {
        let user = string(user, "user")?;
        let target = target(target_value)?;
        let new_control = shaped(read_tree(object(new_control, "newControl")?, |c| {
            Control::from_value(c, JsonPath::Text("newControl"))
        }))?;
        self.model.can_change_ownership(user, &target, &new_control)
    }
}

/// The calls of the checks' fast paths (`js/authorizer.js`, `js/pages.js`): the operation by
/// its catalog index and every id as a string, read where JS wrote it.
impl PortainerAuthorizer {
    /// `can` of `user` with the operation's catalog index and the target's ids in
    /// [`TARGET_FIELDS`](crate::portainer::TARGET_FIELDS) order.
    pub fn can_ids(&self, user: &str, operation: u32, ids: [Option<&str>; 3]) -> Result<bool> {
        let index = operation as usize;
        if index >= Operations::LEN {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                "id",
                text!(operation, " is not a Portainer operation index"),
            ));
        }
        let user = self.model.user_position(user);
        Ok(self.model.can_user_index(user, index, &ids_target(ids)?))
    }

    /// `allowed` of `user` on the target of ids in
    /// [`TARGET_FIELDS`](crate::portainer::TARGET_FIELDS) order.
    pub fn allowed_ids(&self, user: &str, ids: [Option<&str>; 3]) -> Result<Operations> {
        let user = self.model.user_position(user);
        Ok(self.model.allowed_user_index(user, &ids_target(ids)?))
    }
}

impl Answer for Operations {
    fn into_answer(self) -> Result<Value> {
        Ok(Value::string_array(self.ids()))
    }
}

impl Answer for Role {
    fn into_answer(self) -> Result<Value> {
        Ok(Value::String(self.code().to_owned()))
    }
}
