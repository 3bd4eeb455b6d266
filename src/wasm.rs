//! The JS surface of API.md. Every binding is the same few lines: decode the JS values, call
//! the core, encode the answer, map an error to a `PortcullisError`. Logic lives in the core.

use js_sys::{Array, JsString};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::core::error::{Error, ErrorCode};
use crate::core::handles::{user_index, StringTable};
use crate::core::json::Value;
use crate::dokploy::{self, Organization, ScopeKind};
use crate::portainer::{self, Control, PortainerState};
use crate::CatalogSet;

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

/// A JS value (object, or JSON text) as a [`Value`]; `path` names it in errors.
fn decode(value: &JsValue, path: &str) -> Result<Value, JsValue> {
    let parsed;
    let value = match value.as_string() {
        Some(text) => {
            parsed = js_sys::JSON::parse(&text).map_err(|_| {
                throw(Error::new(
                    ErrorCode::InvalidJson,
                    path,
                    "not valid JSON text",
                ))
            })?;
            &parsed
        }
        None => value,
    };
    serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
        throw(Error::new(
            ErrorCode::WrongType,
            path,
            format!("not a JSON value: {e}"),
        ))
    })
}

/// Like [`decode`], but `undefined` and `null` are `Value::Null` and strings stay strings.
fn decode_optional(value: &JsValue) -> Result<Value, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Null);
    }
    serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
        throw(Error::new(
            ErrorCode::WrongType,
            "target",
            format!("not a JSON value: {e}"),
        ))
    })
}

fn encode<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
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
    fn changed(&mut self, result: crate::Result<()>) -> Result<(), JsValue> {
        result.map_err(throw)?;
        self.ids = StringTable::build(self.org.listed_ids());
        Ok(())
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
        let mut target = dokploy::Target::none();
        for (kind, handle) in
            ScopeKind::ALL
                .into_iter()
                .zip([project, environment, service, git_provider, server])
        {
            if let Some(id) = self.ids.resolve(handle) {
                target = target.with(kind, id);
            }
        }
        self.org
            .can_member(user_index(user), permission as usize, &target)
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
        let grant = self.org.record_created(user, kind, id).map_err(throw)?;
        self.ids = StringTable::build(self.org.listed_ids());
        match grant {
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
        let Some(environment_id) = self.ids.resolve(environment) else {
            return false;
        };
        let target = portainer::Target {
            resource_id: self.ids.resolve(resource),
            registry_id: self.ids.resolve(registry),
            ..portainer::Target::environment(environment_id)
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
