//! The test corpus under wasm-bindgen-test (Node, and headless Chromium with
//! `WASM_BINDGEN_USE_BROWSER=1`), through the shipped bindings: every argument crosses as the
//! JS value a user would pass, every answer and every thrown error comes back as JS.
#![cfg(target_arch = "wasm32")]

mod common;

use common::corpus::{js_marker, run_file, Outcome, Runner};
use common::corpus_files::CORPUS;
use js_sys::{Array, Object, Reflect};
use portcullis::wasm::{self, DokployCore, PortainerCore};
use portcullis::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

enum Core {
    Dokploy(DokployCore),
    Portainer(PortainerCore),
}

#[derive(Default)]
struct Bindings {
    core: Option<Core>,
}

/// A corpus argument as the JS value it stands for.
fn js(value: &Value) -> JsValue {
    if let Some(marker) = js_marker(value) {
        return match marker {
            "undefined" => JsValue::UNDEFINED,
            "NaN" => JsValue::from_f64(f64::NAN),
            "Infinity" => JsValue::from_f64(f64::INFINITY),
            "symbol" => JsValue::symbol(Some("portcullis")),
            "bigint" => JsValue::bigint_from_str("12345678901234567890"),
            "function" => js_sys::Function::new_no_args("return 1").into(),
            other => panic!("unknown $js marker {other}"),
        };
    }
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(js).collect::<Array>().into(),
        Value::Object(fields) => {
            let object = Object::new();
            for (key, item) in fields {
                Reflect::set(&object, &JsValue::from_str(key), &js(item)).expect("a plain object");
            }
            object.into()
        }
    }
}

fn answer(value: JsValue) -> Outcome {
    if value.is_undefined() {
        return Outcome::Answer(Value::Null);
    }
    Outcome::Answer(serde_wasm_bindgen::from_value(value).expect("a JSON answer"))
}

/// A thrown value: it must be a `PortcullisError` with a code, a message and a path.
fn thrown(error: JsValue) -> Outcome {
    let get = |key: &str| {
        Reflect::get(&error, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| panic!("thrown value without a string `{key}`: {error:?}"))
    };
    assert_eq!(
        get("name"),
        "PortcullisError",
        "only PortcullisError is thrown"
    );
    assert!(error.is_instance_of::<js_sys::Error>(), "a real Error");
    Outcome::Error {
        code: get("code"),
        path: get("path"),
        message: get("message"),
    }
}

fn outcome(result: Result<JsValue, JsValue>) -> Outcome {
    match result {
        Ok(value) => answer(value),
        Err(error) => thrown(error),
    }
}

fn unit(result: Result<(), JsValue>) -> Result<JsValue, JsValue> {
    result.map(|()| JsValue::UNDEFINED)
}

fn bool(result: Result<bool, JsValue>) -> Result<JsValue, JsValue> {
    result.map(JsValue::from_bool)
}

fn array(result: Result<Array, JsValue>) -> Result<JsValue, JsValue> {
    result.map(JsValue::from)
}

fn dokploy(core: &mut DokployCore, method: &str, a: &[JsValue]) -> Result<JsValue, JsValue> {
    let a = |i: usize| a.get(i).cloned().unwrap_or(JsValue::UNDEFINED);
    match method {
        "can" => bool(core.can(a(0), a(1), a(2))),
        "explain" => core.explain(a(0), a(1), a(2)),
        "allowed" => array(core.allowed(a(0), a(1))),
        "permissions" => array(core.permissions(a(0))),
        "toJSON" => Ok(core.to_json()),
        "fingerprint" => Ok(JsValue::from_str(&core.fingerprint())),
        "warnings" => Ok(core.warnings()),
        "catalog" => Ok(wasm::dokploy_catalog()),
        "presets" => Ok(wasm::dokploy_presets()),
        "canCreateRole" => core.can_create_role(a(0), a(1), a(2)),
        "createRole" => unit(core.create_role(a(0), a(1), a(2))),
        "canUpdateRole" => core.can_update_role(a(0), a(1), a(2), a(3)),
        "updateRole" => unit(core.update_role(a(0), a(1), a(2), a(3))),
        "canDeleteRole" => core.can_delete_role(a(0), a(1)),
        "deleteRole" => unit(core.delete_role(a(0), a(1))),
        "canInvite" => core.can_invite(a(0), a(1)),
        "canAssignRole" => core.can_assign_role(a(0), a(1), a(2)),
        "assignRole" => unit(core.assign_role(a(0), a(1), a(2))),
        "canRemoveMember" => core.can_remove_member(a(0), a(1)),
        "removeMember" => unit(core.remove_member(a(0), a(1))),
        "canUpdateMemberAccess" => core.can_update_member_access(a(0), a(1)),
        "updateMemberAccess" => unit(core.update_member_access(a(0), a(1), a(2))),
        "recordCreated" => core.record_created(a(0), a(1), a(2)),
        other => panic!("the corpus calls an unknown Dokploy method {other}"),
    }
}

fn portainer(core: &mut PortainerCore, method: &str, a: &[JsValue]) -> Result<JsValue, JsValue> {
    let a = |i: usize| a.get(i).cloned().unwrap_or(JsValue::UNDEFINED);
    match method {
        "can" => bool(core.can(a(0), a(1), a(2))),
        "explain" => core.explain(a(0), a(1), a(2)),
        "allowed" => array(core.allowed(a(0), a(1))),
        "roleOf" => core.role_of(a(0), a(1)),
        "canChangeOwnership" => core.can_change_ownership(a(0), a(1), a(2)),
        "toJSON" => Ok(core.to_json()),
        "fingerprint" => Ok(JsValue::from_str(&core.fingerprint())),
        "warnings" => Ok(core.warnings()),
        "catalog" => Ok(wasm::portainer_catalog()),
        "matrix" => Ok(wasm::portainer_matrix()),
        other => panic!("the corpus calls an unknown Portainer method {other}"),
    }
}

impl Runner for Bindings {
    fn load(&mut self, model: &str, state: &Value, options: &Value, rows: bool) -> Outcome {
        let (state, options) = (js(state), js(options));
        let loaded = match model {
            "dokploy" if rows => DokployCore::from_rows(state, options).map(Core::Dokploy),
            "dokploy" => DokployCore::load(state, options).map(Core::Dokploy),
            "portainer" if rows => PortainerCore::from_api(state, options).map(Core::Portainer),
            "portainer" => PortainerCore::load(state, options).map(Core::Portainer),
            other => panic!("unknown model {other}"),
        };
        outcome(loaded.map(|core| {
            self.core = Some(core);
            JsValue::UNDEFINED
        }))
    }

    fn call(&mut self, method: &str, args: &[Value]) -> Outcome {
        let args: Vec<JsValue> = args.iter().map(js).collect();
        outcome(match self.core.as_mut().expect("a state is loaded") {
            Core::Dokploy(core) => dokploy(core, method, &args),
            Core::Portainer(core) => portainer(core, method, &args),
        })
    }
}

#[wasm_bindgen_test]
fn corpus_through_the_bindings() {
    let mut passed = 0;
    for (name, text) in CORPUS {
        let corpus =
            serde_wasm_bindgen::from_value(js_sys::JSON::parse(text).expect("corpus JSON"))
                .expect("corpus as a Value");
        let tally = run_file(name, &corpus, &mut Bindings::default());
        assert_eq!(
            tally.skipped, 0,
            "{name}: every JS value can be passed to the bindings"
        );
        passed += tally.passed;
    }
    assert!(passed > 500, "ran {passed} cases");
}
