//! The test corpus under wasm-bindgen-test (Node, and headless Chromium with
//! `WASM_BINDGEN_USE_BROWSER=1`), through the shipped bindings: every argument crosses as the
//! JS value a user would pass, every answer and every thrown error comes back as JS.
#![cfg(target_arch = "wasm32")]

mod common;

use common::corpus::{js_marker, run_file, Outcome, Runner};
use common::corpus_files::CORPUS;
use js_sys::{Array, Object, Reflect};
use portcullis::api::{EntryPoint, Kind, DOKPLOY_ENTRY_POINTS, PORTAINER_ENTRY_POINTS};
use portcullis::wasm::{DokployCore, PortainerCore};
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

/// A JS answer as the JSON value it stands for, read back through the host's
/// `JSON.stringify`.
fn from_js(value: &JsValue) -> Value {
    let text = js_sys::JSON::stringify(value).expect("a JSON answer");
    Value::parse(&String::from(text)).expect("JSON text of an answer")
}

fn answer(value: JsValue) -> Outcome {
    if value.is_undefined() {
        return Outcome::Answer(Value::Null);
    }
    Outcome::Answer(from_js(&value))
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

/// Calls the entry point `method` of a core through the binding of its kind, as `js/` does,
/// by its position in the table.
macro_rules! dispatch {
    ($core:ident, $class:ident, $table:expr, $method:expr, $args:expr) => {{
        let entry = $table
            .iter()
            .position(|e| e.name == $method)
            .unwrap_or_else(|| panic!("the corpus calls an unknown method {}", $method));
        let a = |i: usize| $args.get(i).cloned().unwrap_or(JsValue::UNDEFINED);
        let index = entry as u32;
        match $table[entry].kind {
            Kind::Static => $class::call_static(index, a(0), a(1), a(2), a(3)),
            Kind::Read => $core.call(index, a(0), a(1), a(2), a(3)),
            Kind::Change => $core.change(index, a(0), a(1), a(2), a(3)),
            Kind::Open => panic!("the corpus loads through `load`, not a call"),
        }
    }};
}

impl Runner for Bindings {
    fn load(&mut self, model: &str, state: &Value, options: &Value, rows: bool) -> Outcome {
        let (state, options) = (js(state), js(options));
        let open = |table: &[EntryPoint]| {
            let name = if rows {
                ["fromRows", "fromApi"]
            } else {
                ["load", "load"]
            };
            let entry = table
                .iter()
                .position(|e| name.contains(&e.name))
                .expect("an open entry point");
            entry as u32
        };
        let loaded = match model {
            "dokploy" => {
                DokployCore::open(open(DOKPLOY_ENTRY_POINTS), state, options).map(Core::Dokploy)
            }
            "portainer" => PortainerCore::open(open(PORTAINER_ENTRY_POINTS), state, options)
                .map(Core::Portainer),
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
            Core::Dokploy(core) => {
                dispatch!(core, DokployCore, DOKPLOY_ENTRY_POINTS, method, args)
            }
            Core::Portainer(core) => {
                dispatch!(core, PortainerCore, PORTAINER_ENTRY_POINTS, method, args)
            }
        })
    }
}

#[wasm_bindgen_test]
fn corpus_through_the_bindings() {
    let mut passed = 0;
    for (name, text) in CORPUS {
        let corpus = Value::parse(text).expect("corpus JSON");
        let tally = run_file(name, &corpus, &mut Bindings::default());
        assert_eq!(
            tally.skipped, 0,
            "{name}: every JS value can be passed to the bindings"
        );
        passed += tally.passed;
    }
    assert!(passed > 500, "ran {passed} cases");
}
