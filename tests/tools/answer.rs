//! Reads `[{ model, state, calls: [[method, ...args], ...] }, ...]` as JSON on stdin and
//! writes, for each case, the outcome of loading its state and of each call in order:
//! `{ "answer": … }` or `{ "error": { "code", "path" } }`. The package's differential test
//! sends the same random cases here and to the npm package and compares.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

// Native only: there is nothing to run in a wasm32 build of the examples.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::Read;

    use portcullis::api::{DokployAuthorizer, PortainerAuthorizer};
    use portcullis::{Error, Value};

    fn outcome(result: Result<Value, Error>) -> Value {
        match result {
            Ok(answer) => Value::Object(vec![("answer".to_owned(), answer)]),
            Err(error) => Value::Object(vec![(
                "error".to_owned(),
                Value::Object(vec![
                    ("code".to_owned(), Value::String(error.code().to_string())),
                    ("path".to_owned(), Value::String(error.path().to_owned())),
                ]),
            )]),
        }
    }

    fn field<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
        match value {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn items(value: Option<&Value>) -> &[Value] {
        match value {
            Some(Value::Array(items)) => items,
            _ => &[],
        }
    }

    /// One loaded authorizer, as the entry point it answers with.
    type Call = Box<dyn FnMut(&str, &[Value]) -> Result<Value, Error>>;

    fn run(case: &Value) -> Value {
        let state = field(case, "state").unwrap_or(&Value::Null);
        let model = match field(case, "model") {
            Some(Value::String(model)) => model.as_str(),
            _ => "",
        };
        let mut call: Call = match model {
            "dokploy" => match DokployAuthorizer::load(state) {
                Ok(mut authorizer) => Box::new(move |m, a| authorizer.call(m, a)),
                Err(error) => return Value::Array(vec![outcome(Err(error))]),
            },
            _ => match PortainerAuthorizer::load(state) {
                Ok(mut authorizer) => Box::new(move |m, a| authorizer.call(m, a)),
                Err(error) => return Value::Array(vec![outcome(Err(error))]),
            },
        };
        let mut outcomes = vec![outcome(Ok(Value::Null))];
        for request in items(field(case, "calls")) {
            let request = items(Some(request));
            let method = match request.first() {
                Some(Value::String(method)) => method.as_str(),
                _ => "",
            };
            outcomes.push(outcome(call(method, request.get(1..).unwrap_or(&[]))));
        }
        Value::Array(outcomes)
    }

    pub fn main() {
        let mut input = String::new();
        if let Err(error) = std::io::stdin().read_to_string(&mut input) {
            eprintln!("answer: cannot read stdin: {error}");
            std::process::exit(2);
        }
        match Value::parse(&input) {
            Ok(Value::Array(cases)) => {
                println!(
                    "{}",
                    Value::Array(cases.iter().map(run).collect()).to_json_string()
                );
            }
            Ok(_) | Err(_) => {
                eprintln!("answer: expected a JSON array of cases on stdin");
                std::process::exit(2);
            }
        }
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
