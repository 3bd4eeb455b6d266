//! The test corpus, natively, through the contract (`portcullis::api`) exactly as the wasm
//! bindings call it.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

mod common;

use common::corpus::{js_marker, run_file, Outcome, Runner};
use common::corpus_files::CORPUS;
use portcullis::api::{DokployAuthorizer, PortainerAuthorizer};
use portcullis::{Error, Value};

enum Authorizer {
    Dokploy(Box<DokployAuthorizer>),
    Portainer(Box<PortainerAuthorizer>),
}

#[derive(Default)]
struct Native {
    authorizer: Option<Authorizer>,
}

/// A corpus argument as a native caller passes it; `None` for a JS value that has no `Value`.
fn native(value: &Value) -> Option<Value> {
    if let Some(marker) = js_marker(value) {
        return match marker {
            "undefined" => Some(Value::Null),
            "NaN" => Some(Value::Number(f64::NAN)),
            "Infinity" => Some(Value::Number(f64::INFINITY)),
            _ => None,
        };
    }
    Some(match value {
        Value::Array(items) => Value::Array(items.iter().map(native).collect::<Option<_>>()?),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| Some((k.clone(), native(v)?)))
                .collect::<Option<_>>()?,
        ),
        other => other.clone(),
    })
}

fn outcome(result: Result<Value, Error>) -> Outcome {
    match result {
        Ok(value) => Outcome::Answer(value),
        Err(error) => Outcome::Error {
            code: error.code().to_string(),
            path: error.path().to_owned(),
            message: error.message().to_owned(),
        },
    }
}

impl Runner for Native {
    fn load(&mut self, model: &str, state: &Value, options: &Value, rows: bool) -> Outcome {
        let (Some(state), Some(options)) = (native(state), native(options)) else {
            return Outcome::Skipped;
        };
        let loaded = match model {
            "dokploy" if rows => DokployAuthorizer::from_rows_with(&state, &options)
                .map(|a| Authorizer::Dokploy(Box::new(a))),
            "dokploy" => DokployAuthorizer::load_with(&state, &options)
                .map(|a| Authorizer::Dokploy(Box::new(a))),
            "portainer" if rows => PortainerAuthorizer::from_api_with(&state, &options)
                .map(|a| Authorizer::Portainer(Box::new(a))),
            "portainer" => PortainerAuthorizer::load_with(&state, &options)
                .map(|a| Authorizer::Portainer(Box::new(a))),
            other => panic!("unknown model {other}"),
        };
        outcome(loaded.map(|authorizer| {
            self.authorizer = Some(authorizer);
            Value::Null
        }))
    }

    fn call(&mut self, method: &str, args: &[Value]) -> Outcome {
        let Some(args) = args.iter().map(native).collect::<Option<Vec<_>>>() else {
            return Outcome::Skipped;
        };
        outcome(match self.authorizer.as_mut().expect("a state is loaded") {
            Authorizer::Dokploy(a) => a.call(method, &args),
            Authorizer::Portainer(a) => a.call(method, &args),
        })
    }
}

#[test]
fn every_corpus_file_is_listed_for_every_harness() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut on_disk = Vec::new();
    for model in std::fs::read_dir(&root).expect("tests/corpus") {
        let model = model.expect("entry").path();
        for file in std::fs::read_dir(&model).expect("model folder") {
            let file = file.expect("entry").path();
            let relative = file.strip_prefix(&root).expect("under root");
            on_disk.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    on_disk.sort();
    let mut listed: Vec<String> = CORPUS.iter().map(|(name, _)| (*name).to_owned()).collect();
    listed.sort();
    assert_eq!(
        listed, on_disk,
        "tests/common/corpus_files.rs must list every corpus file"
    );
}

#[test]
fn corpus_natively() {
    let mut per_model: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for (name, text) in CORPUS {
        let corpus = Value::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let tally = run_file(name, &corpus, &mut Native::default());
        let model = name.split('/').next().unwrap_or(name).to_owned();
        let entry = per_model.entry(model).or_default();
        entry.0 += tally.passed;
        entry.1 += tally.skipped;
    }
    for (model, (passed, skipped)) in &per_model {
        println!("corpus {model}: {passed} cases passed, {skipped} skipped (JS-only values)");
    }
    assert!(per_model.values().all(|(passed, _)| *passed > 0));
}
