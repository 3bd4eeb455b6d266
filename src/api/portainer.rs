//! The `Portainer` authorizer of the JS API, in plain Rust: every entry point takes its
//! arguments as JS hands them over ([`Value`]s), checks them, and answers or refuses with an
//! [`Error`]. The wasm bindings only convert values; native callers use the same methods, or
//! [`call_json`](PortainerAuthorizer::call_json) with JSON text.

use super::arguments::{object, shaped, string, Arguments};
use super::dokploy::{ids, unknown_method};
use super::loaded::{load_limits, Loaded, Model};
use crate::core::decision::Decision;
use crate::core::error::{Error, ErrorCode, Result};
use crate::core::handles::user_index;
use crate::core::json::Value;
use crate::core::limits::Limits;
use crate::core::permission_set::CatalogSet;
use crate::portainer::{operation_index, Control, Operations, PortainerState, Role, Target};

/// A loaded Portainer state with the handles of its current generation.
#[derive(Debug, Clone)]
pub struct PortainerAuthorizer(Loaded<PortainerState>);

impl Model for PortainerState {
    fn from_value(value: &Value, limits: &Limits) -> Result<Self> {
        PortainerState::from_value_with(value, limits)
    }

    fn target_ids(&self) -> impl Iterator<Item = &str> {
        self.known_ids()
    }
}

fn target(value: &Value) -> Result<Target<'_>> {
    shaped(Target::from_value(object(value, "target")?, "target"))
}

impl PortainerAuthorizer {
    /// Validates and compiles a state (an object, or JSON text as a string, as JS may pass)
    /// under the default [`Limits`].
    pub fn load(state: &Value) -> Result<Self> {
        Self::load_with(state, &Value::Null)
    }

    /// [`load`](Self::load) with `load`'s options, `{ limits? }`.
    pub fn load_with(state: &Value, options: &Value) -> Result<Self> {
        Self::load_with_limits(state, &load_limits(options)?)
    }

    /// [`load`](Self::load) under `limits`.
    pub fn load_with_limits(state: &Value, limits: &Limits) -> Result<Self> {
        Loaded::load(state, limits).map(PortainerAuthorizer)
    }

    /// [`load`](Self::load) from JSON text.
    pub fn load_json(text: &str) -> Result<Self> {
        Self::load_json_with(text, &Limits::default())
    }

    /// [`load_json`](Self::load_json) under `limits`.
    pub fn load_json_with(text: &str, limits: &Limits) -> Result<Self> {
        Loaded::load_json(text, limits).map(PortainerAuthorizer)
    }

    pub fn new(state: PortainerState) -> Self {
        PortainerAuthorizer(Loaded::new(state))
    }

    pub fn state(&self) -> &PortainerState {
        &self.0.model
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

    pub fn can(&self, user: &Value, id: &Value, target: &Value) -> Result<bool> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.0.model.can_index(user, index, &target))
    }

    pub fn explain(&self, user: &Value, id: &Value, target: &Value) -> Result<Decision> {
        let (user, index, target) = self.query(user, id, target)?;
        Ok(self.0.model.explain_index(user, index, &target))
    }

    /// Every operation allowed to `user` on `target`, in catalog order.
    pub fn allowed(&self, user: &Value, target_value: &Value) -> Result<Operations> {
        let user = string(user, "user")?;
        Ok(self.0.model.allowed(user, &target(target_value)?))
    }

    /// The user's role on the environment; `None` for the global administrator (outside
    /// RBAC), no role, or an unknown user or environment.
    pub fn role_of(&self, user: &Value, environment_id: &Value) -> Result<Option<Role>> {
        Ok(self.0.model.role_of(
            string(user, "user")?,
            string(environment_id, "environmentId")?,
        ))
    }

    pub fn can_change_ownership(
        &self,
        user: &Value,
        target_value: &Value,
        new_control: &Value,
    ) -> Result<Decision> {
        let user = string(user, "user")?;
        let target = target(target_value)?;
        let new_control = shaped(Control::from_value(
            object(new_control, "newControl")?,
            "newControl",
        ))?;
        self.0
            .model
            .can_change_ownership(user, &target, &new_control)
    }

    pub fn to_json(&self) -> Value {
        self.0.model.to_value()
    }

    pub fn fingerprint(&self) -> String {
        self.0.model.fingerprint()
    }

    /// The generation the handles below belong to.
    pub fn generation(&self) -> u32 {
        self.0.generation()
    }

    /// User ids in order: a user's handle is its position plus one.
    pub fn user_ids(&self) -> impl Iterator<Item = &str> {
        self.0.model.user_ids()
    }

    /// The ids that target handles stand for (handle = position + 2).
    pub fn target_ids(&self) -> &[String] {
        self.0.target_ids()
    }

    /// The target of handles in [`TARGET_FIELDS`](crate::portainer::TARGET_FIELDS) order; an
    /// absent environment is no target at all.
    fn handle_target(&self, handles: [u32; 3]) -> Result<Target<'_>> {
        let [environment, resource, registry] = handles;
        let environment = self
            .0
            .resolve(environment, "environmentId")?
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidArgument,
                    "target.environmentId",
                    "`target.environmentId` is required",
                )
            })?;
        Ok(Target {
            resource_id: self.0.resolve(resource, "resourceId")?,
            registry_id: self.0.resolve(registry, "registryId")?,
            ..Target::environment(environment)
        })
    }

    /// `can` with handles of `generation`: the user's, the operation's catalog index, and the
    /// target ids' in [`TARGET_FIELDS`](crate::portainer::TARGET_FIELDS) order. Targets with
    /// a `request` take the value path.
    pub fn can_handles(
        &self,
        generation: u32,
        user: u32,
        operation: u32,
        target: [u32; 3],
    ) -> Result<bool> {
        self.0.check(generation)?;
        let user = user_index(user, self.0.model.users().len())?;
        let index = operation as usize;
        if index >= Operations::LEN {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                "id",
                format!("{operation} is not a Portainer operation index"),
            ));
        }
        Ok(self
            .0
            .model
            .can_user_index(user, index, &self.handle_target(target)?))
    }

    /// `allowed` with handles of `generation`.
    pub fn allowed_handles(
        &self,
        generation: u32,
        user: u32,
        target: [u32; 3],
    ) -> Result<Operations> {
        self.0.check(generation)?;
        let user = user_index(user, self.0.model.users().len())?;
        Ok(self
            .0
            .model
            .allowed_user_index(user, &self.handle_target(target)?))
    }

    /// Calls the entry point `method` (its JS name) with positional arguments, and answers
    /// with the JSON value JS would receive (`null` for no answer).
    pub fn call(&mut self, method: &str, args: &[Value]) -> Result<Value> {
        let a = Arguments::new(args);
        Ok(match method {
            "can" => Value::Bool(self.can(a.get(0), a.get(1), a.get(2))?),
            "explain" => self.explain(a.get(0), a.get(1), a.get(2))?.to_value(),
            "allowed" => ids(self.allowed(a.get(0), a.get(1))?),
            "roleOf" => self
                .role_of(a.get(0), a.get(1))?
                .map_or(Value::Null, |role| Value::String(role.code().to_owned())),
            "canChangeOwnership" => self
                .can_change_ownership(a.get(0), a.get(1), a.get(2))?
                .to_value(),
            "toJSON" => self.to_json(),
            "fingerprint" => Value::String(self.fingerprint()),
            "catalog" => super::statics::portainer_catalog(),
            "matrix" => super::statics::portainer_matrix(),
            other => return Err(unknown_method(other)),
        })
    }

    /// [`call`](Self::call) with the arguments as a JSON array and the answer as JSON text.
    pub fn call_json(&mut self, method: &str, args: &str) -> Result<String> {
        super::loaded::call_json(args, |args| self.call(method, args))
    }
}
