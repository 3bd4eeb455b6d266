//! The wasm bindings of the JS API: every binding decodes its JS arguments into
//! [`Value`]s, calls the contract in [`crate::api`], encodes the answer and maps an error to a
//! `PortcullisError`. Nothing here decides or reads a model's terms. The entry points are
//! reached through the table of [`crate::api::entry_points`] (four bindings per class, one per
//! kind), so that nothing here lists them; only the handle calls of the fast path are bound
//! one by one.
//!
//! Every argument is taken as a `JsValue`, never as `&str`: wasm-bindgen's string passing
//! reads any JS value as a string, and a number or a symbol there corrupts the module's
//! memory instead of raising an error.

pub(crate) mod host;

use wasm_bindgen::prelude::*;

use host::{arg, state, state_text, throw, to_js};

use crate::api::{self, statics, EntryPoint};
#[cfg(feature = "dokploy")]
use crate::api::{DokployAuthorizer, DOKPLOY_ENTRY_POINTS};
#[cfg(feature = "portainer")]
use crate::api::{PortainerAuthorizer, PORTAINER_ENTRY_POINTS};
use crate::core::error::{Error, ErrorCode};
use crate::core::json::Value;
use crate::core::permission_set::CatalogSet;

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

/// Runs the entry point at `entry` of `table` with `run`: its arguments read from their JS
/// values as its row names them, and the answer written back for JS.
fn dispatch(
    table: &'static [EntryPoint],
    entry: u32,
    values: [JsValue; 4],
    run: impl FnOnce(usize, &[Value]) -> crate::Result<Value>,
) -> Result<JsValue, JsValue> {
    let args = row(table, entry)?
        .arguments
        .iter()
        .zip(values.iter())
        .map(|(argument, value)| arg(value, argument.name))
        .collect::<Result<Vec<_>, _>>()?;
    run(entry as usize, &args)
        .map(|answer| to_js(&answer))
        .map_err(throw)
}

/// The row at `entry` of `table`, or the error for an index that is none.
fn row(table: &'static [EntryPoint], entry: u32) -> Result<&'static EntryPoint, JsValue> {
    table.get(entry as usize).ok_or_else(|| {
        throw(Error::new(
            ErrorCode::InvalidArgument,
            "method",
            format!("{entry} is not an entry point index"),
        ))
    })
}

/// A check's answer as a number, so that the hot binding returns no `Result`.
fn status(answer: crate::Result<bool>) -> u32 {
    match answer {
        Ok(allowed) => u32::from(allowed),
        Err(_) => 2,
    }
}

/// A permission set as its four words, for `allowedBits`.
fn words(set: crate::Result<impl CatalogSet>) -> Result<Vec<u32>, JsValue> {
    set.map(|s| s.words().to_vec()).map_err(throw)
}

/// Binds functions of [`statics`] that answer without a state, under their JS names.
macro_rules! bind_statics {
    ($($(#[$cfg:meta])? $js:ident => $name:ident),* $(,)?) => {$(
        $(#[$cfg])?
        #[wasm_bindgen(js_name = $js)]
        pub fn $name() -> JsValue {
            to_js(&statics::$name())
        }
    )*};
}

bind_statics! {
    #[cfg(feature = "dokploy")] dokployIds => dokploy_ids,
    #[cfg(feature = "dokploy")] dokployTargetFields => dokploy_target_fields,
    #[cfg(feature = "portainer")] portainerIds => portainer_ids,
    #[cfg(feature = "portainer")] portainerTargetFields => portainer_target_fields,
    decisionCodes => decision_codes,
    errorCodes => error_codes,
    warningCodes => warning_codes,
}

/// Binds an authorizer's table of entry points on the wasm class `$core` over the contract's
/// `$authorizer`: four bindings, one per kind of entry point, reach them all by their
/// position in `$table`; the handle calls of the fast path are bound beside them.
macro_rules! bind_authorizer {
    ($core:ident, $authorizer:ident, $table:ident) => {
        #[wasm_bindgen]
        impl $core {
            /// Runs an `open` entry point (`load`, `fromRows`, …): the input (object or JSON
            /// text) under the limits of `options` (`{ limits? }`).
            pub fn open(entry: u32, input: JsValue, options: JsValue) -> Result<$core, JsValue> {
                let row = row($table, entry)?;
                let limits = api::load_limits(&arg(&options, "options")?).map_err(throw)?;
                let name = row.arguments.first().map_or("state", |a| a.name);
                let input = state(&input, &limits, name)?;
                $authorizer::open_entry(entry as usize, &input, &limits_value(&options)?)
                    .map($core)
                    .map_err(throw)
            }

            /// [`open`](Self::open) with the input as JSON text in UTF-8.
            #[wasm_bindgen(js_name = openText)]
            pub fn open_text(
                entry: u32,
                text: Vec<u8>,
                options: JsValue,
            ) -> Result<$core, JsValue> {
                row($table, entry)?;
                let input = state_text(text)?;
                $authorizer::open_entry(entry as usize, &input, &limits_value(&options)?)
                    .map($core)
                    .map_err(throw)
            }

            /// Runs a `static` entry point (`catalog`, …).
            #[wasm_bindgen(js_name = callStatic)]
            pub fn call_static(
                entry: u32,
                a0: JsValue,
                a1: JsValue,
                a2: JsValue,
                a3: JsValue,
            ) -> Result<JsValue, JsValue> {
                dispatch($table, entry, [a0, a1, a2, a3], $authorizer::call_static)
            }

            /// Runs a `read` entry point with its arguments (missing ones `undefined`).
            pub fn call(
                &self,
                entry: u32,
                a0: JsValue,
                a1: JsValue,
                a2: JsValue,
                a3: JsValue,
            ) -> Result<JsValue, JsValue> {
                dispatch($table, entry, [a0, a1, a2, a3], |entry, args| {
                    self.0.read_entry(entry, args)
                })
            }

            /// Runs a `change` entry point with its arguments (missing ones `undefined`).
            pub fn change(
                &mut self,
                entry: u32,
                a0: JsValue,
                a1: JsValue,
                a2: JsValue,
                a3: JsValue,
            ) -> Result<JsValue, JsValue> {
                dispatch($table, entry, [a0, a1, a2, a3], |entry, args| {
                    self.0.change_entry(entry, args)
                })
            }

            /// The generation the handles of `userHandle` and `targetHandle` belong to.
            pub fn generation(&self) -> u32 {
                self.0.generation()
            }

            // These two take `&str`, unlike every entry point a user can reach: only
            // `js/` calls them, with values it has just checked are strings, on the hot
            // path where reading a `JsValue` as a string would cost three times as much.

            /// A user's handle in `generation` (`0`: no such user).
            #[wasm_bindgen(js_name = userHandle)]
            pub fn user_handle(&self, generation: u32, user: &str) -> Result<u32, JsValue> {
                self.0.user_handle(generation, user).map_err(throw)
            }

            /// A target id's handle in `generation`, handed out now if it had none (`0`: the
            /// table is full; `renewHandles` starts over).
            #[wasm_bindgen(js_name = targetHandle)]
            pub fn target_handle(&mut self, generation: u32, id: &str) -> Result<u32, JsValue> {
                self.0.target_handle(generation, id).map_err(throw)
            }

            /// A new generation with no target handles, the state unchanged.
            #[wasm_bindgen(js_name = renewHandles)]
            pub fn renew_handles(&mut self) -> u32 {
                self.0.renew_handles()
            }
        }
    };
}

/// `load`'s options as the contract reads them (their limits were read once already, to
/// bound the input while it was read from JS).
fn limits_value(options: &JsValue) -> Result<Value, JsValue> {
    arg(options, "options")
}

/// A loaded Dokploy organization. `js/` wraps it as the public `Dokploy` class.
#[cfg(feature = "dokploy")]
#[wasm_bindgen]
pub struct DokployCore(DokployAuthorizer);

#[cfg(feature = "dokploy")]
bind_authorizer!(DokployCore, DokployAuthorizer, DOKPLOY_ENTRY_POINTS);

#[cfg(feature = "dokploy")]
#[wasm_bindgen]
impl DokployCore {
    /// `can` with handles of `generation`, for a (user, target) pair `js/` has not
    /// asked about before: 1 allowed, 0 not, 2 refused (`allowedBits` then throws why).
    #[wasm_bindgen(js_name = canHandles)]
    #[allow(clippy::too_many_arguments)]
    pub fn can_handles(
        &self,
        generation: u32,
        user: u32,
        permission: u32,
        project: u32,
        environment: u32,
        service: u32,
        git_provider: u32,
        server: u32,
    ) -> u32 {
        let scope = [project, environment, service, git_provider, server];
        status(self.0.can_handles(generation, user, permission, scope))
    }

    /// `canHandles` with the target's ids as strings (`undefined` where not given), for ids
    /// `js/` holds no handle for: 1 allowed, 0 not, 2 refused. Like the handle calls,
    /// only `js/` calls it, with values it has checked are strings.
    #[wasm_bindgen(js_name = canIds)]
    #[allow(clippy::too_many_arguments)]
    pub fn can_ids(
        &self,
        generation: u32,
        user: u32,
        permission: u32,
        project: Option<String>,
        environment: Option<String>,
        service: Option<String>,
        git_provider: Option<String>,
        server: Option<String>,
    ) -> u32 {
        let ids =
            [&project, &environment, &service, &git_provider, &server].map(|id| id.as_deref());
        status(self.0.can_ids(generation, user, permission, ids))
    }

    /// Every permission allowed on a target given as handles of `generation`, as the four
    /// words of a permission set: one crossing answers a whole page, which `js/` keeps.
    #[wasm_bindgen(js_name = allowedBits)]
    #[allow(clippy::too_many_arguments)]
    pub fn allowed_bits(
        &self,
        generation: u32,
        user: u32,
        project: u32,
        environment: u32,
        service: u32,
        git_provider: u32,
        server: u32,
    ) -> Result<Vec<u32>, JsValue> {
        let scope = [project, environment, service, git_provider, server];
        words(self.0.allowed_handles(generation, user, scope))
    }
}

/// A loaded Portainer state. `js/` wraps it as the public `Portainer` class.
#[cfg(feature = "portainer")]
#[wasm_bindgen]
pub struct PortainerCore(PortainerAuthorizer);

#[cfg(feature = "portainer")]
bind_authorizer!(PortainerCore, PortainerAuthorizer, PORTAINER_ENTRY_POINTS);

#[cfg(feature = "portainer")]
#[wasm_bindgen]
impl PortainerCore {
    /// `can` with handles of `generation`, for a (user, target) pair `js/` has not
    /// asked about before: 1 allowed, 0 not, 2 refused (`allowedBits` then throws why).
    #[wasm_bindgen(js_name = canHandles)]
    pub fn can_handles(
        &self,
        generation: u32,
        user: u32,
        operation: u32,
        environment: u32,
        resource: u32,
        registry: u32,
    ) -> u32 {
        status(self.0.can_handles(
            generation,
            user,
            operation,
            [environment, resource, registry],
        ))
    }

    /// `canHandles` with the target's ids as strings (`undefined` where not given), for ids
    /// `js/` holds no handle for: 1 allowed, 0 not, 2 refused.
    #[wasm_bindgen(js_name = canIds)]
    pub fn can_ids(
        &self,
        generation: u32,
        user: u32,
        operation: u32,
        environment: Option<String>,
        resource: Option<String>,
        registry: Option<String>,
    ) -> u32 {
        let ids = [&environment, &resource, &registry].map(|id| id.as_deref());
        status(self.0.can_ids(generation, user, operation, ids))
    }

    /// Every operation allowed on a target given as handles of `generation`, as the four
    /// words of an operation set.
    #[wasm_bindgen(js_name = allowedBits)]
    pub fn allowed_bits(
        &self,
        generation: u32,
        user: u32,
        environment: u32,
        resource: u32,
        registry: u32,
    ) -> Result<Vec<u32>, JsValue> {
        words(
            self.0
                .allowed_handles(generation, user, [environment, resource, registry]),
        )
    }
}
