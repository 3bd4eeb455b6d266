//! The JS surface of API.md. Every binding is the same few lines: decode the JS values, call
//! the core, encode the answer, map an error to a `PortcullisError`. Logic lives in the core.

use js_sys::{Array, JsString, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::error::{Error, ErrorCode};
use crate::core::handles::{user_index, StringTable};
use crate::core::json::{join_index, join_key, Value};
use crate::dokploy::{self, Organization, ScopeKind};
use crate::portainer::{self, Control, PortainerState};
use crate::CatalogSet;
use crate::Decision;

#[wasm_bindgen(module = "/js/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = PortcullisError)]
    type JsPortcullisError;

    #[wasm_bindgen(constructor, js_class = "PortcullisError")]
    fn new(code: &str, message: &str, path: &str) -> JsPortcullisError;
}

#[wasm_bindgen(start)]
fn start() {
    #[cfg(all(feature = "console-panic-hook", debug_assertions))]
    console_error_panic_hook::set_once();
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

fn throw(error: Error) -> JsValue {
    JsPortcullisError::new(error.code(), error.message(), error.path()).into()
}

/// Deepest nesting accepted from JS: a cyclic object must end in an error, not a stack overflow.
const MAX_DEPTH: usize = 64;

/// A JS value (object, or JSON text) as a [`Value`]; `path` names it in errors.
fn decode(value: &JsValue, path: &str) -> Result<Value, JsValue> {
    match value.as_string() {
        Some(text) => {
            let parsed = js_sys::JSON::parse(&text).map_err(|_| {
                throw(Error::new(
                    ErrorCode::InvalidJson,
                    path,
                    "not valid JSON text",
                ))
            })?;
            js_to_value(&parsed, path, 0).map_err(throw)
        }
        None => js_to_value(value, path, 0).map_err(throw),
    }
}

/// Like [`decode`], but a string stays a string: for targets.
fn decode_optional(value: &JsValue) -> Result<Value, JsValue> {
    js_to_value(value, "target", 0).map_err(throw)
}

/// Reads a JSON-shaped JS value: own enumerable keys of plain objects, arrays, strings,
/// finite numbers, booleans, null/undefined (as null). Anything else is a `wrong_type`.
fn js_to_value(value: &JsValue, path: &str, depth: usize) -> crate::Result<Value> {
    if depth > MAX_DEPTH {
        return Err(Error::new(
            ErrorCode::InvalidValue,
            path,
            format!("nested more than {MAX_DEPTH} levels deep (a cycle?)"),
        ));
    }
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::String(s));
    }
    if Array::is_array(value) {
        let array = Array::from(value);
        return (0..array.length())
            .map(|i| js_to_value(&array.get(i), &join_index(path, i as usize), depth + 1))
            .collect::<crate::Result<Vec<_>>>()
            .map(Value::Array);
    }
    if value.is_object() && !value.is_function() {
        let entries = Object::entries(value.unchecked_ref::<Object>());
        let mut fields = Vec::with_capacity(entries.length() as usize);
        for entry in entries.iter() {
            let entry = Array::from(&entry);
            let key = entry.get(0).as_string().unwrap_or_default();
            let item = js_to_value(&entry.get(1), &join_key(path, &key), depth + 1)?;
            fields.push((key, item));
        }
        return Ok(Value::Object(fields));
    }
    Err(Error::new(
        ErrorCode::WrongType,
        path,
        "expected a JSON value (object, array, string, number, boolean or null)",
    ))
}

/// A [`Value`] as a plain JS value: written as JSON text and parsed by the host, which is
/// several times faster than building the object one property at a time across the boundary.
fn value_to_js(value: &Value) -> JsValue {
    // JSON text that this crate wrote always parses.
    js_sys::JSON::parse(&value.to_json_string()).unwrap_or(JsValue::NULL)
}

/// What a binding returns to JS.
trait Encode {
    fn to_js(&self) -> JsValue;
}

impl Encode for Value {
    fn to_js(&self) -> JsValue {
        value_to_js(self)
    }
}

impl Encode for Decision {
    fn to_js(&self) -> JsValue {
        value_to_js(&self.to_value())
    }
}

fn encode(value: &impl Encode) -> Result<JsValue, JsValue> {
    Ok(value.to_js())
}

/// A permission set as the catalog indexes of its members, for `allowedHandles`.
fn catalog_indexes(set: impl CatalogSet) -> Vec<u32> {
    set.indexes().map(|i| i as u32).collect()
}

fn id_array<'a>(ids: impl Iterator<Item = &'a str>) -> Array {
    ids.map(JsString::from).collect()
}

/// A loaded Dokploy organization. `js/api.js` wraps it as the public `Dokploy` class.
#[wasm_bindgen(js_name = DokployCore)]
pub struct DokployAuthorizer {
    org: Organization,
    /// Handles for target ids; rebuilt after every change to the organization.
    ids: StringTable,
}

fn dokploy_target(value: &Value) -> Result<dokploy::Target<'_>, JsValue> {
    dokploy::Target::from_value(value, "target").map_err(throw)
}

impl DokployAuthorizer {
    /// Passes on the result of a change, rebuilding the target handles when it took effect.
    fn changed<T>(&mut self, result: crate::Result<T>) -> Result<T, JsValue> {
        let value = result.map_err(throw)?;
        self.ids = StringTable::build(self.org.listed_ids());
        Ok(value)
    }
}

#[wasm_bindgen(js_class = DokployCore)]
impl DokployAuthorizer {
    /// Validates and compiles a state (object or JSON text).
    pub fn load(state: JsValue) -> Result<DokployAuthorizer, JsValue> {
        let value = decode(&state, "")?;
        let org = Organization::from_value(&value).map_err(throw)?;
        let ids = StringTable::build(org.listed_ids());
        Ok(DokployAuthorizer { org, ids })
    }

    /// Member user ids in order: a user's handle is its position plus one.
    #[wasm_bindgen(js_name = userIds)]
    pub fn user_ids(&self) -> Array {
        id_array(self.org.members().iter().map(|m| m.user_id()))
    }

    /// The ids that target handles stand for (handle = position + 2).
    #[wasm_bindgen(js_name = targetIds)]
    pub fn target_ids(&self) -> Array {
        id_array(self.ids.strings().iter().map(String::as_str))
    }

    fn handle_target(&self, handles: [u32; 5]) -> dokploy::Target<'_> {
        ScopeKind::ALL.into_iter().zip(handles).fold(
            dokploy::Target::none(),
            |target, (kind, handle)| match self.ids.resolve(handle) {
                Some(id) => target.with(kind, id),
                None => target,
            },
        )
    }

    /// `can` with handles: numbers cross the boundary, not strings.
    #[wasm_bindgen(js_name = canHandles)]
    #[allow(clippy::too_many_arguments)]
    pub fn can_handles(
        &self,
        user: u32,
        permission: u32,
        project: u32,
        environment: u32,
        service: u32,
        git_provider: u32,
        server: u32,
    ) -> bool {
        let target = self.handle_target([project, environment, service, git_provider, server]);
        self.org
            .can_member(user_index(user), permission as usize, &target)
    }

    /// `allowed` with handles: the catalog indexes of every allowed permission.
    #[wasm_bindgen(js_name = allowedHandles)]
    pub fn allowed_handles(
        &self,
        user: u32,
        project: u32,
        environment: u32,
        service: u32,
        git_provider: u32,
        server: u32,
    ) -> Vec<u32> {
        let target = self.handle_target([project, environment, service, git_provider, server]);
        catalog_indexes(self.org.allowed_member(user_index(user), &target))
    }

    pub fn can(&self, user: &str, id: &str, target: JsValue) -> Result<bool, JsValue> {
        let target = decode_optional(&target)?;
        self.org
            .can(user, id, &dokploy_target(&target)?)
            .map_err(throw)
    }

    pub fn explain(&self, user: &str, id: &str, target: JsValue) -> Result<JsValue, JsValue> {
        let target = decode_optional(&target)?;
        encode(
            &self
                .org
                .explain(user, id, &dokploy_target(&target)?)
                .map_err(throw)?,
        )
    }

    pub fn allowed(&self, user: &str, target: JsValue) -> Result<Array, JsValue> {
        let target = decode_optional(&target)?;
        Ok(id_array(
            self.org.allowed(user, &dokploy_target(&target)?).ids(),
        ))
    }

    /// What the user's role grants, ignoring scope.
    pub fn permissions(&self, user: &str) -> Array {
        id_array(self.org.permissions(user).ids())
    }

    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        encode(&self.org.to_value())
    }

    pub fn fingerprint(&self) -> String {
        self.org.fingerprint()
    }

    pub fn catalog(&self) -> Result<JsValue, JsValue> {
        encode(&dokploy::catalog::catalog_value())
    }

    pub fn presets(&self) -> Result<JsValue, JsValue> {
        let presets = Value::Object(
            dokploy::presets()
                .map(|(name, statements)| (name.to_owned(), statements.to_value()))
                .collect(),
        );
        encode(&presets)
    }

    #[wasm_bindgen(js_name = canCreateRole)]
    pub fn can_create_role(
        &self,
        actor: &str,
        name: &str,
        permissions: JsValue,
    ) -> Result<JsValue, JsValue> {
        let permissions = decode(&permissions, "permissions")?;
        encode(&self.org.can_create_role(actor, name, &permissions))
    }

    #[wasm_bindgen(js_name = createRole)]
    pub fn create_role(
        &mut self,
        actor: &str,
        name: &str,
        permissions: JsValue,
    ) -> Result<(), JsValue> {
        let permissions = decode(&permissions, "permissions")?;
        let result = self.org.create_role(actor, name, &permissions);
        self.changed(result)
    }

    #[wasm_bindgen(js_name = canUpdateRole)]
    pub fn can_update_role(
        &self,
        actor: &str,
        name: &str,
        permissions: JsValue,
        new_name: Option<String>,
    ) -> Result<JsValue, JsValue> {
        let permissions = decode(&permissions, "permissions")?;
        encode(
            &self
                .org
                .can_update_role(actor, name, &permissions, new_name.as_deref()),
        )
    }

    #[wasm_bindgen(js_name = updateRole)]
    pub fn update_role(
        &mut self,
        actor: &str,
        name: &str,
        permissions: JsValue,
        new_name: Option<String>,
    ) -> Result<(), JsValue> {
        let permissions = decode(&permissions, "permissions")?;
        let result = self
            .org
            .update_role(actor, name, &permissions, new_name.as_deref());
        self.changed(result)
    }

    #[wasm_bindgen(js_name = canDeleteRole)]
    pub fn can_delete_role(&self, actor: &str, name: &str) -> Result<JsValue, JsValue> {
        encode(&self.org.can_delete_role(actor, name))
    }

    #[wasm_bindgen(js_name = deleteRole)]
    pub fn delete_role(&mut self, actor: &str, name: &str) -> Result<(), JsValue> {
        let result = self.org.delete_role(actor, name);
        self.changed(result)
    }

    #[wasm_bindgen(js_name = canInvite)]
    pub fn can_invite(&self, actor: &str, role: &str) -> Result<JsValue, JsValue> {
        encode(&self.org.can_invite(actor, role))
    }

    #[wasm_bindgen(js_name = canAssignRole)]
    pub fn can_assign_role(
        &self,
        actor: &str,
        target_user: &str,
        role: &str,
    ) -> Result<JsValue, JsValue> {
        encode(&self.org.can_assign_role(actor, target_user, role))
    }

    #[wasm_bindgen(js_name = assignRole)]
    pub fn assign_role(
        &mut self,
        actor: &str,
        target_user: &str,
        role: &str,
    ) -> Result<(), JsValue> {
        let result = self.org.assign_role(actor, target_user, role);
        self.changed(result)
    }

    #[wasm_bindgen(js_name = canRemoveMember)]
    pub fn can_remove_member(&self, actor: &str, target_user: &str) -> Result<JsValue, JsValue> {
        encode(&self.org.can_remove_member(actor, target_user))
    }

    #[wasm_bindgen(js_name = removeMember)]
    pub fn remove_member(&mut self, actor: &str, target_user: &str) -> Result<(), JsValue> {
        let result = self.org.remove_member(actor, target_user);
        self.changed(result)
    }

    /// Records that `user` created a project/environment/service/… and returns the access
    /// grant to persist (`{ userId, list, id }`), or `null` when none was needed.
    #[wasm_bindgen(js_name = recordCreated)]
    pub fn record_created(&mut self, user: &str, kind: &str, id: &str) -> Result<JsValue, JsValue> {
        let kind = ScopeKind::ALL
            .into_iter()
            .find(|k| k.target_field() == kind || k.noun() == kind)
            .ok_or_else(|| {
                throw(Error::new(
                    ErrorCode::InvalidValue,
                    "kind",
                    format!("`{kind}` is not one of `projectId`, `environmentId`, `serviceId`, `gitProviderId`, `serverId`"),
                ))
            })?;
        let result = self.org.record_created(user, kind, id);
        match self.changed(result)? {
            None => Ok(JsValue::NULL),
            Some(grant) => encode(
                &crate::core::json::ObjectWriter::new()
                    .string("userId", &grant.user_id)
                    .string("list", grant.list)
                    .string("id", &grant.id)
                    .build(),
            ),
        }
    }
}

/// A loaded Portainer state. `js/api.js` wraps it as the public `Portainer` class.
#[wasm_bindgen(js_name = PortainerCore)]
pub struct PortainerAuthorizer {
    state: PortainerState,
    /// Handles for environment, resource and registry ids.
    ids: StringTable,
}

fn portainer_target(value: &Value) -> Result<portainer::Target<'_>, JsValue> {
    portainer::Target::from_value(value, "target").map_err(throw)
}

#[wasm_bindgen(js_class = PortainerCore)]
impl PortainerAuthorizer {
    /// Validates and compiles a state (object or JSON text).
    pub fn load(state: JsValue) -> Result<PortainerAuthorizer, JsValue> {
        let value = decode(&state, "")?;
        let state = PortainerState::from_value(&value).map_err(throw)?;
        let ids = StringTable::build(state.known_ids());
        Ok(PortainerAuthorizer { state, ids })
    }

    /// User ids in order: a user's handle is its position plus one.
    #[wasm_bindgen(js_name = userIds)]
    pub fn user_ids(&self) -> Array {
        id_array(self.state.user_ids())
    }

    /// The ids that target handles stand for (handle = position + 2).
    #[wasm_bindgen(js_name = targetIds)]
    pub fn target_ids(&self) -> Array {
        id_array(self.ids.strings().iter().map(String::as_str))
    }

    fn handle_target(
        &self,
        environment: u32,
        resource: u32,
        registry: u32,
    ) -> Option<portainer::Target<'_>> {
        Some(portainer::Target {
            resource_id: self.ids.resolve(resource),
            registry_id: self.ids.resolve(registry),
            ..portainer::Target::environment(self.ids.resolve(environment)?)
        })
    }

    /// `allowed` with handles, for targets without a `request`: the catalog indexes of
    /// every allowed operation.
    #[wasm_bindgen(js_name = allowedHandles)]
    pub fn allowed_handles(
        &self,
        user: u32,
        environment: u32,
        resource: u32,
        registry: u32,
    ) -> Vec<u32> {
        let Some(target) = self.handle_target(environment, resource, registry) else {
            return Vec::new();
        };
        catalog_indexes(self.state.allowed_user_index(user_index(user), &target))
    }

    /// `can` with handles, for targets without a `request`.
    #[wasm_bindgen(js_name = canHandles)]
    pub fn can_handles(
        &self,
        user: u32,
        operation: u32,
        environment: u32,
        resource: u32,
        registry: u32,
    ) -> bool {
        let Some(target) = self.handle_target(environment, resource, registry) else {
            return false;
        };
        self.state
            .can_user_index(user_index(user), operation as usize, &target)
    }

    pub fn can(&self, user: &str, id: &str, target: JsValue) -> Result<bool, JsValue> {
        let target = decode_optional(&target)?;
        self.state
            .can(user, id, &portainer_target(&target)?)
            .map_err(throw)
    }

    pub fn explain(&self, user: &str, id: &str, target: JsValue) -> Result<JsValue, JsValue> {
        let target = decode_optional(&target)?;
        encode(
            &self
                .state
                .explain(user, id, &portainer_target(&target)?)
                .map_err(throw)?,
        )
    }

    pub fn allowed(&self, user: &str, target: JsValue) -> Result<Array, JsValue> {
        let target = decode_optional(&target)?;
        Ok(id_array(
            self.state.allowed(user, &portainer_target(&target)?).ids(),
        ))
    }

    /// `"EA" | "OP" | "HD" | "ST" | "RO"`, or `null` (no role, the global administrator,
    /// an unknown user or environment).
    #[wasm_bindgen(js_name = roleOf)]
    pub fn role_of(&self, user: &str, environment_id: &str) -> JsValue {
        match self.state.role_of(user, environment_id) {
            Some(role) => JsValue::from_str(role.code()),
            None => JsValue::NULL,
        }
    }

    #[wasm_bindgen(js_name = canChangeOwnership)]
    pub fn can_change_ownership(
        &self,
        user: &str,
        target: JsValue,
        new_control: JsValue,
    ) -> Result<JsValue, JsValue> {
        let target = decode_optional(&target)?;
        let new_control = decode(&new_control, "newControl")?;
        let new_control = Control::from_value(&new_control, "newControl").map_err(throw)?;
        encode(
            &self
                .state
                .can_change_ownership(user, &portainer_target(&target)?, &new_control)
                .map_err(throw)?,
        )
    }

    pub fn matrix(&self) -> Result<JsValue, JsValue> {
        encode(&portainer::catalog::matrix_value())
    }

    pub fn catalog(&self) -> Result<JsValue, JsValue> {
        encode(&portainer::catalog::catalog_value())
    }

    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        encode(&self.state.to_value())
    }

    pub fn fingerprint(&self) -> String {
        self.state.fingerprint()
    }
}
