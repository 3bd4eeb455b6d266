//! An authorizer: a loaded model and what both models' authorizers share — loading a state
//! as JS hands it over, saving, slices; `dokploy.rs` and `portainer.rs` add each model's entry
//! points.

use crate::prelude::*;

use crate::core::text::text;

use super::arguments::{object, shaped};
use crate::core::error::Result;
use crate::core::error::{Error, ErrorCode};
use crate::core::json::ObjectReader;
use crate::core::json::Value;
use crate::core::limits::Limits;
use crate::core::parse;
use crate::core::raw_value::RawValue;
use crate::core::slice::SliceInfo;
use crate::core::warning::Warning;

/// A model an authorizer can load and save.
pub trait Model: Sized {
    /// Loads a state from a tree (a Rust caller's, or a JS object that is not plain JSON).
    fn from_value(value: &Value, limits: &Limits) -> Result<Self>;

    /// Loads a state from JSON text checked under its limits, read where it lies.
    fn from_checked(value: RawValue<'_>) -> Result<Self>;

    /// The state as the JSON value `toJSON` gives: every field the model keeps, in its load format.
    fn to_value(&self) -> Value;

    /// The state's fingerprint: `sha256:` and the hex of its canonical JSON.
    fn fingerprint(&self) -> String;

    /// What loading had to interpret.
    fn warnings(&self) -> &[Warning];

    /// The `slice` field, when the state is a slice.
    fn slice_info(&self) -> Option<&SliceInfo>;

    /// The slice of `user`, naming `source` as this state's fingerprint.
    #[cfg(feature = "slices")]
    fn slice_from(&self, user: &str, source: String) -> Result<Value>;

    /// [`slice_from`](Self::slice_from) as JSON text.
    #[cfg(feature = "slices")]
    fn slice_json_from(&self, user: &str, source: String) -> Result<String> {
        Ok(self.slice_from(user, source)?.to_json_string())
    }

    /// Where the user `id` is among the state's users who may act in it: `None` for a user it
    /// does not hold, and in a slice for anyone but its user.
    fn user_position(&self, id: &str) -> Option<usize>;
}

/// A loaded model.
#[derive(Debug, Clone)]
pub struct Authorizer<M> {
    pub(crate) model: M,
    /// The state's fingerprint, computed once per change: every slice cut names it, and
    /// hashing a large state costs milliseconds.
    fingerprint: Once<String>,
}

/// A value computed once, on first use: shared between threads with the standard library,
/// a cell in a kernel (wasm has one thread).
#[cfg(feature = "std")]
type Once<T> = std::sync::OnceLock<T>;
#[cfg(not(feature = "std"))]
type Once<T> = core::cell::OnceCell<T>;

impl<M: Model> Authorizer<M> {
    /// Validates and compiles a state (an object, or JSON text as a string, as JS may pass)
    /// under the default [`Limits`].
    pub fn load(state: &Value) -> Result<Self> {
        Self::load_with_limits(state, &Limits::default())
    }

    /// [`load`](Self::load) with `load`'s options, `{ limits? }`.
    pub fn load_with(state: &Value, options: &Value) -> Result<Self> {
        Self::load_with_limits(state, &load_limits(options)?)
    }

    /// [`load`](Self::load) under `limits`.
    pub fn load_with_limits(state: &Value, limits: &Limits) -> Result<Self> {
        match state {
            Value::String(text) => Self::load_json_with(text, limits),
            other => Ok(Self::new(M::from_value(object(other, "state")?, limits)?)),
        }
    }

    /// [`load`](Self::load) from JSON text.
    pub fn load_json(text: &str) -> Result<Self> {
        Self::load_json_with(text, &Limits::default())
    }

    /// [`load_json`](Self::load_json) under `limits`.
    pub fn load_json_with(text: &str, limits: &Limits) -> Result<Self> {
        reserve_for(text.len());
        let state = parse::check(text, Some(limits))?;
        Ok(Self::new(M::from_checked(object(state, "state")?)?))
    }

    /// Loads an input as JS hands it over — an object, or JSON text of one — with `read`
    /// (`load`, or a product adapter); `name` is the argument's name in errors.
    pub(crate) fn read_input(
        input: &Value,
        name: &str,
        limits: &Limits,
        read: fn(&Value, &Limits) -> Result<M>,
    ) -> Result<Self> {
        match input {
            // Its size is checked before it is parsed, and JSON text of a string is not more
            // JSON text.
            Value::String(text) => {
                limits.check_text(text)?;
                let input = Value::parse(text)?;
                Ok(Self::new(read(object(&input, name)?, limits)?))
            }
            other => Ok(Self::new(read(object(other, name)?, limits)?)),
        }
    }

    /// An authorizer over a model built in Rust.
    pub fn new(model: M) -> Self {
        Authorizer {
            model,
            fingerprint: Once::new(),
        }
    }

    /// Swaps in a whole new state (an object or JSON text, with `load`'s options), validated
    /// as [`load`](Self::load) validates it; all or nothing: a refused state changes nothing.
    /// A slice may be replaced too (by a fresh slice from the server, say).
    pub fn replace(&mut self, state: &Value, options: &Value) -> Result<()> {
        let loaded = Self::load_with(state, options)?;
        self.model = loaded.model;
        self.changed(Ok(()))
    }

    /// Passes on the result of a change; a successful one forgets the fingerprint.
    pub(crate) fn changed<T>(&mut self, result: Result<T>) -> Result<T> {
        let value = result?;
        self.fingerprint = Once::new();
        Ok(value)
    }
}

impl<M: Model> Authorizer<M> {
    /// The state as loaded plus any changes made since.
    pub fn to_json(&self) -> Value {
        self.model.to_value()
    }

    /// A stable hash of the canonical state.
    pub fn fingerprint(&self) -> String {
        self.fingerprint
            .get_or_init(|| self.model.fingerprint())
            .clone()
    }

    /// The slice of `user`: a state that answers every call with `user` acting exactly as
    /// this one does, and holds nothing else (see each model's `slice`).
    #[cfg(feature = "slices")]
    pub fn slice(&self, user: &Value) -> Result<Value> {
        self.model
            .slice_from(super::arguments::string(user, "user")?, self.fingerprint())
    }

    /// [`slice`](Self::slice) as JSON text, ready to send.
    #[cfg(feature = "slices")]
    pub fn slice_json(&self, user: &Value) -> Result<String> {
        self.model
            .slice_json_from(super::arguments::string(user, "user")?, self.fingerprint())
    }

    /// The fingerprint of the state this slice was cut from; `None` for a state that is no
    /// slice.
    pub fn source_fingerprint(&self) -> Option<String> {
        self.model.slice_info().map(|info| info.source.clone())
    }

    /// What the input held that the product accepts but portcullis had to interpret; empty
    /// for a clean input.
    pub fn warnings(&self) -> &[Warning] {
        self.model.warnings()
    }
}

/// Runs `call` on arguments given as a JSON array, and answers with JSON text.
pub(crate) fn call_json(
    args: &str,
    call: impl FnOnce(&[Value]) -> Result<Value>,
) -> Result<String> {
    match Value::parse(args)? {
        Value::Array(args) => Ok(call(&args)?.to_json_string()),
        other => Err(Error::new(
            ErrorCode::InvalidArgument,
            "",
            text!("the arguments must be a JSON array, not ", other.kind()),
        )),
    }
}

/// The limits of `load`'s second argument, `{ limits? }` (absent: the defaults).
pub fn load_limits(options: &Value) -> Result<Limits> {
    if matches!(options, Value::Null) {
        return Ok(Limits::default());
    }
    read_load_options(options)
}

/// `load`'s options when given. Not inlined: V8 compiles wasm lazily, one function at a time,
/// so a load without options (a page's) never compiles their reader.
#[inline(never)]
fn read_load_options(options: &Value) -> Result<Limits> {
    let mut reader = shaped(ObjectReader::new(object(options, "options")?, "options"))?;
    let limits = match reader.optional("limits") {
        Some((value, path)) => shaped(Limits::from_value(value, &path))?,
        None => Limits::default(),
    };
    shaped(reader.finish(&["limits"]))?;
    Ok(limits)
}

/// Asks the allocator, at once, for about what loading `bytes` of JSON text takes (the text
/// and the model built from it: about four times the text, as a state is read where it lies
/// and no tree of it is built), and hands it back. In wasm the memory then grows in one step
/// instead of in thousands of small ones: each of those makes the JS engine account for more
/// external memory and, often, collect its whole heap, which was most of a large first load
/// (2.3 s of 2.5 s for 9 MB). Wasm memory never shrinks, so this is sized to what the load
/// uses (a 9 MB Portainer state: 48 MB of wasm memory, of which ~40 MB resident, against
/// 129 MB when a tree was built); when it cannot be had, loading goes on without.
fn reserve_for(bytes: usize) {
    if cfg!(target_arch = "wasm32") {
        let mut reserve = Vec::<u8>::new();
        // At most 1 GiB, so that a large text never asks for more than wasm32 can hold.
        if reserve
            .try_reserve_exact(bytes.saturating_mul(4).min(1 << 30))
            .is_ok()
        {
            // Without this the optimiser removes the allocation and its free together.
            core::hint::black_box(&reserve);
        }
    }
}
