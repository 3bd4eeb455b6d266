//! Every call into the JS host: reading JS values into [`Value`]s (and back), the
//! `PortcullisError` the bindings throw, and what the core asks of the host instead of
//! carrying its own code (Rust's float formatting and parsing would add some 30 KB to the
//! module for the few non-integer numbers a state holds). The bindings in `mod.rs` and the
//! core call these and touch no `js_sys` themselves.

use js_sys::Array;
use wasm_bindgen::prelude::*;

use crate::core::error::{Error, ErrorCode};
use crate::core::json::{join_index, join_key, Value};
use crate::Limits;

#[wasm_bindgen(module = "/js/errors.js")]
extern "C" {
    #[wasm_bindgen(js_name = PortcullisError)]
    type JsPortcullisError;

    #[wasm_bindgen(constructor, js_class = "PortcullisError")]
    fn new(code: &str, message: &str, path: &str) -> JsPortcullisError;
}

/// An error as the `PortcullisError` JS receives.
pub(crate) fn throw(error: Error) -> JsValue {
    JsPortcullisError::new(error.code().as_str(), error.message(), error.path()).into()
}

/// Deepest nesting of a call argument: a cyclic object must end in an error, not a stack
/// overflow. A state nests as deep as its limits allow.
const MAX_ARGUMENT_DEPTH: usize = 64;

/// Most entries of one array or object in a call argument (a request's binds, a control's
/// users): a Proxy may claim any length.
const MAX_ARGUMENT_ENTRIES: usize = 1_000_000;

/// How deep and how long a value read from JS may be, and what exceeding that is.
#[derive(Clone, Copy)]
enum Bounds<'l> {
    Argument,
    State(&'l Limits),
}

impl Bounds<'_> {
    /// The error for an array or object at `depth`, if that is too deep.
    fn refuse_depth(self, path: &str, depth: usize) -> Option<Error> {
        match self {
            Bounds::Argument if depth >= MAX_ARGUMENT_DEPTH => Some(Error::new(
                ErrorCode::InvalidArgument,
                path,
                format!("nested more than {MAX_ARGUMENT_DEPTH} levels deep (a cycle?)"),
            )),
            Bounds::State(limits) if depth >= limits.max_depth => {
                Some(limits.too_deep(path, depth))
            }
            _ => None,
        }
    }

    /// The error for an array or object of `entries` entries, if that is too many.
    fn refuse_length(self, path: &str, entries: usize) -> Option<Error> {
        match self {
            Bounds::Argument if entries > MAX_ARGUMENT_ENTRIES => Some(Error::new(
                ErrorCode::InvalidArgument,
                path,
                format!("more than {MAX_ARGUMENT_ENTRIES} entries"),
            )),
            Bounds::State(limits) if entries > limits.max_list_length => {
                Some(limits.too_long(path, entries))
            }
            _ => None,
        }
    }
}

/// A state under `limits`: JSON text, which the contract parses inside the module in one pass,
/// or an object, read property by property.
pub(crate) fn state(value: &JsValue, limits: &Limits, name: &str) -> Result<Value, JsValue> {
    match value.as_string() {
        Some(text) => Ok(Value::String(text)),
        // Paths inside a state start at its root (`members[1].role`), as in every state error.
        None => js_to_value(value, "", 0, Bounds::State(limits)).map_err(|error| {
            let path = if error.path().is_empty() {
                name
            } else {
                error.path()
            };
            throw(Error::new(error.code(), path, error.message()))
        }),
    }
}

/// A state's JSON text as the package's JS hands it over: UTF-8 bytes from the engine's encoder,
/// which copies a 9 MB state in a few milliseconds where reading the string character by
/// character took forty.
pub(crate) fn state_text(bytes: Vec<u8>) -> Result<Value, JsValue> {
    String::from_utf8(bytes).map(Value::String).map_err(|_| {
        throw(Error::new(
            ErrorCode::InvalidJson,
            "",
            "not valid JSON: the text is not UTF-8",
        ))
    })
}

/// A call argument named `name` in errors.
pub(crate) fn arg(value: &JsValue, name: &str) -> Result<Value, JsValue> {
    js_to_value(value, name, 0, Bounds::Argument).map_err(throw)
}

// Reading a JS value can run the caller's code: a getter, a Proxy trap. Every read goes
// through a binding that catches what that code throws, so that an exception never unwinds
// through the module (which would leave an authorizer borrowed for good) and surfaces as a
// `PortcullisError` instead.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_keys(value: &JsValue) -> Result<Array, JsValue>;
}

/// What the caller's code threw while a value was read.
fn threw(path: &str, thrown: &JsValue) -> Error {
    let what = js_sys::Reflect::get(thrown, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "an exception".to_owned());
    Error::new(
        ErrorCode::InvalidArgument,
        path,
        format!("reading the value threw: {what}"),
    )
}

/// Reads a JSON-shaped JS value: own enumerable keys of plain objects, arrays, strings,
/// finite numbers, booleans, null/undefined (as null). Anything else (a symbol, a bigint, a
/// function, a non-finite number, a value whose getters throw) is an `invalid_argument` at
/// `path`.
fn js_to_value(
    value: &JsValue,
    path: &str,
    depth: usize,
    limit: Bounds<'_>,
) -> crate::Result<Value> {
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = value.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        if !n.is_finite() {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                path,
                "expected a finite number, found NaN or an infinity",
            ));
        }
        return Ok(Value::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Ok(Value::String(s));
    }
    if !value.is_object() || value.is_function() {
        return Err(Error::new(
            ErrorCode::InvalidArgument,
            path,
            "expected a JSON value (object, array, string, number, boolean or null), found a symbol, a bigint or a function",
        ));
    }
    if let Some(error) = limit.refuse_depth(path, depth) {
        return Err(error);
    }
    let get = |key: &JsValue, item_path: &str| {
        js_sys::Reflect::get(value, key).map_err(|thrown| threw(item_path, &thrown))
    };
    if is_array(value).map_err(|thrown| threw(path, &thrown))? {
        let length = get(&JsValue::from_str("length"), path)?
            .as_f64()
            .unwrap_or(0.0);
        if let Some(error) = limit.refuse_length(path, length as usize) {
            return Err(error);
        }
        return (0..length as u32)
            .map(|i| {
                let item_path = join_index(path, i as usize);
                let item = get(&JsValue::from(i), &item_path)?;
                js_to_value(&item, &item_path, depth + 1, limit)
            })
            .collect::<crate::Result<Vec<_>>>()
            .map(Value::Array);
    }
    let keys = own_keys(value).map_err(|thrown| threw(path, &thrown))?;
    if let Some(error) = limit.refuse_length(path, keys.length() as usize) {
        return Err(error);
    }
    let mut fields = Vec::with_capacity(keys.length() as usize);
    for key in keys.iter() {
        let name = key.as_string().unwrap_or_default();
        let item_path = join_key(path, &name);
        let item = get(&key, &item_path)?;
        fields.push((name, js_to_value(&item, &item_path, depth + 1, limit)?));
    }
    Ok(Value::Object(fields))
}

/// A [`Value`] as a plain JS value: written as JSON text and parsed by the host, which is
/// several times faster than building the object one property at a time across the boundary.
pub(crate) fn to_js(value: &Value) -> JsValue {
    // JSON text that this crate wrote always parses.
    js_sys::JSON::parse(&value.to_json_string()).unwrap_or(JsValue::NULL)
}

/// The shortest text of a double that reads back as it, by `Number.prototype.toString`.
pub(crate) fn float_text(n: f64) -> String {
    String::from(
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .unwrap_or_else(|_| "null".into()),
    )
}

/// 64 random bits from the host (`Math.random`, 32 bits a draw): the key of the tables that
/// store ids a caller chooses. Unpredictable to a caller, which is all a hash key needs.
pub(crate) fn random_u64() -> u64 {
    let draw = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (draw() << 32) | draw()
}

/// The double nearest to a JSON number's text, by `parseFloat`.
pub(crate) fn parse_float(text: &str) -> f64 {
    js_sys::parse_float(text)
}
