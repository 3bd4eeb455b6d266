//! The test corpus under wasm-bindgen-test (Node, and headless Chromium with
//! `WASM_BINDGEN_USE_BROWSER=1`), through the shipped bindings: every argument crosses as the
//! text `js/host.js` writes of the JS value a user would pass (markers and all), every answer
//! and every error comes back as the JSON text JS reads. The packed package's corpus test
//! runs the same cases through that JS itself.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};

use common::corpus::{js_marker, run_file, Outcome, Runner};
use common::corpus_files::CORPUS;
use portcullis::api::{Kind, DOKPLOY_ENTRY_POINTS, PORTAINER_ENTRY_POINTS};
use portcullis::dokploy::ScopeKind;
use portcullis::portainer::TARGET_FIELDS;
use portcullis::wasm::{Host, BY_ID};
use portcullis::Value;
use wasm_bindgen_test::wasm_bindgen_test;

/// In an argument's length, the bit that marks a state's own JSON text.
const STATE_TEXT: u32 = 1 << 31;

/// How many `can` cases were also decided through `canIds`, the permission named by its id.
static CAN_ID_CHECKED: AtomicUsize = AtomicUsize::new(0);

/// The bindings as the package's JS drives them: one host, the authorizer loaded last.
struct Bindings {
    host: Host,
    /// The model (0 Dokploy, 1 Portainer) and number of the loaded authorizer.
    loaded: Option<(u32, u32)>,
}

impl Default for Bindings {
    fn default() -> Self {
        Bindings {
            host: Host::new(),
            loaded: None,
        }
    }
}

/// A corpus argument as the text `js/host.js` writes of the JS value it stands for: JSON, with
/// a marker where the value is one JSON cannot hold. `None` for `undefined` (not given).
fn argument_text(value: &Value) -> Option<String> {
    let mut out = String::new();
    write_text(value, &mut out);
    (js_marker(value) != Some("undefined")).then_some(out)
}

fn write_text(value: &Value, out: &mut String) {
    match js_marker(value) {
        Some("undefined") => out.push_str("null"),
        Some("NaN" | "Infinity") => out.push_str("?n"),
        Some("symbol" | "bigint" | "function") => out.push_str("?s"),
        Some(other) => panic!("unknown $js marker {other}"),
        None => match value {
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_text(item, out);
                }
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                for (i, (key, item)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(key.clone()).to_json_string());
                    out.push(':');
                    write_text(item, out);
                }
                out.push('}');
            }
            other => out.push_str(&other.to_json_string()),
        },
    }
}

/// Whether a value holds a marker anywhere: JS then cannot send it as its JSON text.
fn has_marker(value: &Value) -> bool {
    js_marker(value).is_some()
        || match value {
            Value::Array(items) => items.iter().any(has_marker),
            Value::Object(fields) => fields.iter().any(|(_, item)| has_marker(item)),
            _ => false,
        }
}

impl Bindings {
    /// Writes `texts` as the input; their lengths, each with its flag.
    fn write(&mut self, texts: &[(String, u32)]) -> Vec<u32> {
        let input: String = texts.iter().map(|(text, _)| text.as_str()).collect();
        self.host.set_input(&input);
        texts
            .iter()
            .map(|(text, flag)| text.len() as u32 | flag)
            .collect()
    }

    /// The answer of a call that returned `status` (0: answered, 1: refused).
    fn outcome(&self, status: u32) -> Outcome {
        let output = Value::parse(self.host.output_text()).expect("JSON output");
        if status == 0 {
            return Outcome::Answer(output);
        }
        let field = |key: &str| match &output {
            Value::Object(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .and_then(|(_, v)| match v {
                    Value::String(s) => Some(s.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("an error without `{key}`: {output:?}")),
            _ => panic!("an error is an object: {output:?}"),
        };
        Outcome::Error {
            code: field("code"),
            path: field("path"),
            message: field("message"),
        }
    }
}

impl Runner for Bindings {
    fn load(&mut self, model: &str, state: &Value, options: &Value, rows: bool) -> Outcome {
        let (model, table) = match model {
            "dokploy" => (0, DOKPLOY_ENTRY_POINTS),
            "portainer" => (1, PORTAINER_ENTRY_POINTS),
            other => panic!("unknown model {other}"),
        };
        let names = if rows {
            ["fromRows", "fromApi"]
        } else {
            ["load", "load"]
        };
        let entry = table
            .iter()
            .position(|e| names.contains(&e.name))
            .expect("an open entry point") as u32;
        // As `js/host.js` sends a state: text as it is, a plain object as its JSON text,
        // anything else as the text of the value, markers and all.
        let state = match state {
            Value::String(text) => (text.clone(), STATE_TEXT),
            Value::Object(_) | Value::Array(_) if !has_marker(state) => {
                (state.to_json_string(), STATE_TEXT)
            }
            other => (argument_text(other).unwrap_or_else(|| "null".into()), 0),
        };
        let options = (argument_text(options).unwrap_or_default(), 0);
        let lengths = self.write(&[options, state]);
        let number = self.host.open(model, entry, lengths[0], lengths[1]);
        if number == 0 {
            return self.outcome(1);
        }
        self.loaded = Some((model, number));
        Outcome::Answer(Value::Null)
    }

    fn call(&mut self, method: &str, args: &[Value]) -> Outcome {
        let (model, number) = self.loaded.expect("a state is loaded");
        let table = if model == 0 {
            DOKPLOY_ENTRY_POINTS
        } else {
            PORTAINER_ENTRY_POINTS
        };
        let entry = table
            .iter()
            .position(|e| e.name == method)
            .unwrap_or_else(|| panic!("the corpus calls an unknown method {method}"));
        let mut texts: Vec<(String, u32)> = (0..4)
            .map(|i| {
                let text = args.get(i).and_then(argument_text).unwrap_or_default();
                (text, 0)
            })
            .collect();
        if method == "replace" {
            texts[0] = match args.first() {
                Some(Value::String(text)) => (text.clone(), STATE_TEXT),
                Some(state @ (Value::Object(_) | Value::Array(_))) if !has_marker(state) => {
                    (state.to_json_string(), STATE_TEXT)
                }
                _ => texts[0].clone(),
            };
        }
        let l = self.write(&texts);
        let index = entry as u32;
        let status = match table[entry].kind {
            Kind::Static => self.host.call_static(model, index, l[0], l[1], l[2], l[3]),
            Kind::Read | Kind::Change => self.host.call(number, index, l[0], l[1], l[2], l[3]),
            Kind::Open => panic!("the corpus loads through `load`, not a call"),
        };
        let outcome = self.outcome(status);
        if method == "can" {
            self.check_can_id(model, number, args, &outcome);
        }
        outcome
    }
}

impl Bindings {
    /// A `can` the product entries' memo would send through `canIds` by the permission's id (a string user, a string
    /// id, no target or one of the model's fields with string ids) is decided there as the
    /// string path decided it: the same answer, or refused where it was.
    fn check_can_id(&mut self, model: u32, number: u32, args: &[Value], outcome: &Outcome) {
        let dokploy = ScopeKind::ALL.map(ScopeKind::target_field);
        let fields: &[&str] = if model == 0 { &dokploy } else { &TARGET_FIELDS };
        let (Some(Value::String(user)), Some(Value::String(id))) = (args.first(), args.get(1))
        else {
            return;
        };
        let mut ids = [""; 5];
        match args.get(2) {
            None => {}
            Some(Value::Object(target)) if !target.is_empty() => {
                for (name, value) in target {
                    let (Some(field), Value::String(value)) =
                        (fields.iter().position(|f| f == name), value)
                    else {
                        return;
                    };
                    if value.is_empty() || !ids[field].is_empty() {
                        return;
                    }
                    ids[field] = value;
                }
            }
            Some(_) => return,
        }
        if js_marker(&args[0]).is_some() || args.get(2).is_some_and(has_marker) {
            return;
        }
        let input: String = [id.as_str(), user.as_str()]
            .into_iter()
            .chain(ids)
            .collect();
        self.host.set_input(&input);
        let l = ids.map(|text| text.len() as u32);
        let answer = self.host.can_ids(
            number,
            BY_ID,
            id.len() as u32,
            user.len() as u32,
            l[0],
            l[1],
            l[2],
            l[3],
            l[4],
        );
        let expected = match outcome {
            Outcome::Answer(Value::Bool(allowed)) => u32::from(*allowed),
            Outcome::Error { .. } => 2,
            Outcome::Answer(other) => panic!("`can` answered {other:?}"),
            Outcome::Skipped => return,
        };
        assert_eq!(answer, expected, "canIds({user}, {id}, {:?})", args.get(2));
        CAN_ID_CHECKED.fetch_add(1, Ordering::Relaxed);
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
    let through_can_id = CAN_ID_CHECKED.load(Ordering::Relaxed);
    assert!(
        through_can_id > 200,
        "{through_can_id} cases through canIds by id"
    );
}
