//! The test corpus (tests/corpus/**/*.json), run by every harness: natively through the
//! contract (`portcullis::api`), under wasm-bindgen-test through the shipped bindings, and —
//! by tests/js/corpus.test.mjs — through the packed npm package.
//!
//! A file is `{ model, about, state | rows | api, cases: [case] }`. A case is
//! `{ name, state? | rows? | api?, steps?, call: [method, ...args], expect? | includes? |
//! excludes? | error? }`: it loads its own `state` (through `load`), `rows` (Dokploy's own
//! data, through `fromRows`) or `api` (Portainer's, through `fromApi`), or else the file's,
//! runs each step (each itself `{ call, expect? | error? }`), then the call. `expect` matches
//! the answer: an object matches when each of its keys matches the answer's (other keys may
//! be present; `null` matches an absent key), an array when it has as many items and each
//! matches, anything else must be equal. `includes` and `excludes` list items an array answer
//! must and must not hold, matched the same way. `error` matches the thrown
//! `PortcullisError`'s `code` and `path`. The calls `["load", state?, options?]`,
//! `["fromRows", rows?, options?]` and `["fromApi", api?, options?]` load and nothing else.
//!
//! An argument `{ "$js": "undefined" | "NaN" | "Infinity" | "symbol" | "bigint" | "function" }`
//! stands for a JS value JSON cannot write; a runner that cannot pass it skips the case.
#![allow(dead_code, reason = "each test crate uses part of the shared helpers")]

use portcullis::Value;

use super::{field, items, text};

/// What a call gave.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Answer(Value),
    Error {
        code: String,
        path: String,
        message: String,
    },
    /// The runner cannot pass one of the arguments (a symbol, natively).
    Skipped,
}

/// One harness: loads a model's state and calls entry points on it.
pub trait Runner {
    /// Loads `state` with `load`'s `options` (`null` for none); with `rows`, through the
    /// adapter of the product's own data (`Dokploy.fromRows`, `Portainer.fromApi`).
    fn load(&mut self, model: &str, state: &Value, options: &Value, rows: bool) -> Outcome;
    fn call(&mut self, method: &str, args: &[Value]) -> Outcome;
}

/// Counts of one run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub passed: usize,
    pub skipped: usize,
}

/// Whether `actual` matches `expected` as the file format says.
pub fn matches(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Object(want), Value::Object(_)) => want
            .iter()
            .all(|(key, value)| matches(value, field(actual, key))),
        (Value::Array(want), Value::Array(got)) => {
            want.len() == got.len() && want.iter().zip(got).all(|(w, g)| matches(w, g))
        }
        _ => expected == actual,
    }
}

fn check(file: &str, name: &str, step: &Value, outcome: &Outcome) {
    let expect = field(step, "expect");
    let error = field(step, "error");
    match outcome {
        Outcome::Answer(answer) => {
            assert!(
                matches!(error, Value::Null),
                "{file} / {name}: expected the error {error:?}, got the answer {answer:?}"
            );
            if has_key(step, "expect") {
                assert!(
                    matches(expect, answer),
                    "{file} / {name}: expected {}, got {}",
                    expect.to_json_string(),
                    answer.to_json_string()
                );
            }
            for (key, wanted) in [("includes", true), ("excludes", false)] {
                for id in items(field(step, key)) {
                    assert_eq!(
                        items(answer).iter().any(|item| matches(id, item)),
                        wanted,
                        "{file} / {name}: {key} {} in {}",
                        id.to_json_string(),
                        answer.to_json_string()
                    );
                }
            }
        }
        Outcome::Error {
            code,
            path,
            message,
        } => {
            assert!(
                !matches!(error, Value::Null),
                "{file} / {name}: unexpected error {code} at `{path}`: {message}"
            );
            assert_eq!(
                code,
                text(field(error, "code")),
                "{file} / {name}: error code ({message})"
            );
            assert_eq!(
                path,
                text(field(error, "path")),
                "{file} / {name}: error path ({message})"
            );
        }
        Outcome::Skipped => {}
    }
}

fn has_key(value: &Value, key: &str) -> bool {
    matches!(value, Value::Object(fields) if fields.iter().any(|(k, _)| k == key))
}

/// Runs one call of a case, with the cross-checks every harness makes: an `explain` is
/// also asked as `can` and checked against `allowed`.
fn run_call(runner: &mut dyn Runner, model: &str, state: &Value, call: &[Value]) -> Outcome {
    let method = text(&call[0]);
    let args = &call[1..];
    if matches!(method, "load" | "fromRows" | "fromApi") {
        let state = args.first().unwrap_or(state);
        let options = args.get(1).unwrap_or(&Value::Null);
        return match runner.load(model, state, options, method != "load") {
            Outcome::Answer(_) => Outcome::Answer(Value::Null),
            other => other,
        };
    }
    runner.call(method, args)
}

fn cross_check(file: &str, name: &str, runner: &mut dyn Runner, call: &[Value], outcome: &Outcome) {
    let Outcome::Answer(decision) = outcome else {
        return;
    };
    if text(&call[0]) != "explain" {
        return;
    }
    let allowed = matches!(field(decision, "allowed"), Value::Bool(true));
    let can = runner.call("can", &call[1..]);
    assert_eq!(
        can,
        Outcome::Answer(Value::Bool(allowed)),
        "{file} / {name}: can() disagrees with explain()"
    );
    let mut page_args = vec![call[1].clone()];
    page_args.extend(call.get(3).cloned());
    if let Outcome::Answer(Value::Array(page)) = runner.call("allowed", &page_args) {
        let listed = page.iter().any(|id| *id == call[2]);
        assert_eq!(
            listed, allowed,
            "{file} / {name}: allowed() disagrees with explain()"
        );
    }
}

/// Runs every case of one corpus file.
pub fn run_file(file: &str, corpus: &Value, runner: &mut dyn Runner) -> Tally {
    let model = text(field(corpus, "model"));
    let mut tally = Tally::default();
    for case in items(field(corpus, "cases")) {
        let name = text(field(case, "name"));
        // A case loads its own `state`, `rows` or `api`, else the file's.
        let (state, rows) = [
            (case, "state"),
            (case, "rows"),
            (case, "api"),
            (corpus, "state"),
            (corpus, "rows"),
            (corpus, "api"),
        ]
        .into_iter()
        .find(|(holder, key)| !matches!(field(holder, key), Value::Null))
        .map_or((&Value::Null, false), |(holder, key)| {
            (field(holder, key), key != "state")
        });
        let call = items(field(case, "call"));
        if !matches!(text(&call[0]), "load" | "fromRows" | "fromApi") {
            match runner.load(model, state, &Value::Null, rows) {
                Outcome::Answer(_) => {}
                other => panic!("{file} / {name}: the state does not load: {other:?}"),
            }
        }
        let mut skipped = false;
        for step in items(field(case, "steps")) {
            let step_call = items(field(step, "call"));
            let outcome = run_call(runner, model, state, step_call);
            skipped |= outcome == Outcome::Skipped;
            check(
                file,
                &format!("{name} (step {})", text(&step_call[0])),
                step,
                &outcome,
            );
        }
        let outcome = run_call(runner, model, state, call);
        skipped |= outcome == Outcome::Skipped;
        check(file, name, case, &outcome);
        cross_check(file, name, runner, call, &outcome);
        if skipped {
            tally.skipped += 1;
        } else {
            tally.passed += 1;
        }
    }
    tally
}

/// The `$js` marker of an argument, if it is one.
pub fn js_marker(value: &Value) -> Option<&str> {
    match value {
        Value::Object(fields) if fields.len() == 1 && fields[0].0 == "$js" => {
            Some(text(&fields[0].1))
        }
        _ => None,
    }
}
