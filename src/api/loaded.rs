//! What both authorizers hold besides their model: the generation the handles belong to and
//! the table of target ids they stand for, and loading a state as JS hands it over.

use super::arguments::{object, shaped};
use crate::core::error::Result;
use crate::core::error::{Error, ErrorCode};
use crate::core::handles::{Generation, StringTable};
use crate::core::json::ObjectReader;
use crate::core::json::Value;
use crate::core::limits::Limits;

/// A model an authorizer can load and mint target handles for.
pub(crate) trait Model: Sized {
    fn from_value(value: &Value, limits: &Limits) -> Result<Self>;

    /// Every id a target can name that can match anything in the state.
    fn target_ids(&self) -> impl Iterator<Item = &str>;
}

/// A loaded state with its generation and target handles.
#[derive(Debug, Clone)]
pub(crate) struct Loaded<M> {
    pub(crate) model: M,
    generation: Generation,
    /// Handles for target ids; rebuilt with every new generation.
    targets: StringTable,
}

impl<M: Model> Loaded<M> {
    /// Validates and compiles a state (an object, or JSON text as a string, as JS may pass)
    /// under `limits`.
    pub(crate) fn load(state: &Value, limits: &Limits) -> Result<Self> {
        if let Value::String(text) = state {
            return Self::load_json(text, limits);
        }
        Ok(Self::new(M::from_value(object(state, "state")?, limits)?))
    }

    pub(crate) fn load_json(text: &str, limits: &Limits) -> Result<Self> {
        limits.check_text(text)?;
        match Value::parse(text)? {
            // JSON text of a string is not a state, not more JSON text.
            Value::String(_) => Err(Error::new(
                ErrorCode::InvalidArgument,
                "state",
                "`state` must be an object, not a string",
            )),
            state => Self::load(&state, limits),
        }
    }

    pub(crate) fn new(model: M) -> Self {
        let targets = StringTable::build(model.target_ids());
        Loaded {
            model,
            generation: Generation::next(),
            targets,
        }
    }

    /// Passes on the result of a change; a successful one starts a new generation, so that
    /// handles minted before it are refused.
    pub(crate) fn changed<T>(&mut self, result: Result<T>) -> Result<T> {
        let value = result?;
        self.generation = Generation::next();
        self.targets = StringTable::build(self.model.target_ids());
        Ok(value)
    }

    pub(crate) fn generation(&self) -> u32 {
        self.generation.get()
    }

    /// Refuses handles of another generation.
    pub(crate) fn check(&self, generation: u32) -> Result<()> {
        self.generation.check(generation)
    }

    pub(crate) fn target_ids(&self) -> &[String] {
        self.targets.strings()
    }

    /// The id a target handle stands for (see [`StringTable::resolve`]).
    pub(crate) fn resolve(&self, handle: u32, field: &str) -> Result<Option<&str>> {
        self.targets.resolve(handle, field)
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
            format!("the arguments must be a JSON array, not {}", other.kind()),
        )),
    }
}

/// The limits of `load`'s second argument, `{ limits? }` (absent: the defaults).
pub fn load_limits(options: &Value) -> Result<Limits> {
    if matches!(options, Value::Null) {
        return Ok(Limits::default());
    }
    let mut reader = shaped(ObjectReader::new(object(options, "options")?, "options"))?;
    let limits = match reader.optional("limits") {
        Some((value, path)) => shaped(Limits::from_value(value, &path))?,
        None => Limits::default(),
    };
    shaped(reader.finish(&["limits"]))?;
    Ok(limits)
}
