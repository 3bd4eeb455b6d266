//! Reading a call's arguments, as JS hands them over, before anything is decided.
//!
//! Every argument arrives as a [`Value`] (`undefined` and `null` both as `Null`). A value of
//! the wrong type or shape is refused with `invalid_argument`, a message naming the argument
//! and the path of the bad value (`user`, `target.serviceId`, `target.request.binds[3]`).

use crate::core::text::text;

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::json::{Node, Value};

/// A required string argument (a user id, a permission or operation id, a role name).
pub(crate) fn string<'a>(value: &'a Value, name: &str) -> Result<&'a str> {
    match value {
        Value::String(s) => Ok(s),
        Value::Null => Err(Error::new(
            ErrorCode::InvalidArgument,
            name,
            text!("`", name, "` is required: expected a string"),
        )),
        other => Err(Error::new(
            ErrorCode::InvalidArgument,
            name,
            text!("`", name, "` must be a string, not ", other.kind()),
        )),
    }
}

/// An optional string argument: `null`/`undefined` is absent.
pub(crate) fn optional_string<'a>(value: &'a Value, name: &str) -> Result<Option<&'a str>> {
    match value {
        Value::Null => Ok(None),
        other => string(other, name).map(Some),
    }
}

/// A required object argument (a state, a control).
pub(crate) fn object<'a, N: Node<'a>>(value: N, name: &str) -> Result<N> {
    object_kind(value.kind(), name).map(|()| value)
}

/// Refuses a value of JSON type `kind` where the object `name` belongs.
fn object_kind(kind: &str, name: &str) -> Result<()> {
    match kind {
        "an object" => Ok(()),
        "null" => Err(Error::new(
            ErrorCode::InvalidArgument,
            name,
            text!("`", name, "` is required: expected an object"),
        )),
        other => Err(Error::new(
            ErrorCode::InvalidArgument,
            name,
            text!("`", name, "` must be an object, not ", other),
        )),
    }
}

/// Reading an argument's inside: a shape error (wrong type, unknown or missing field,
/// duplicate key) becomes `invalid_argument`, keeping its message and path; a value outside
/// what the field accepts keeps its own code.
pub(crate) fn shaped<T>(result: Result<T>) -> Result<T> {
    result.map_err(|error| match error.code() {
        ErrorCode::WrongType
        | ErrorCode::UnknownField
        | ErrorCode::MissingField
        | ErrorCode::DuplicateKey => error.with_code(ErrorCode::InvalidArgument),
        _ => error,
    })
}

/// The arguments of a [`call`](crate::api::DokployAuthorizer::call) by position, or one after
/// the other; missing ones read as `null`.
pub(crate) struct Arguments<'a> {
    values: &'a [Value],
    read: usize,
}

static NULL: Value = Value::Null;

impl<'a> Arguments<'a> {
    pub(crate) fn new(values: &'a [Value]) -> Self {
        Arguments { values, read: 0 }
    }

    pub(crate) fn get(&self, index: usize) -> &'a Value {
        self.values.get(index).unwrap_or(&NULL)
    }

    /// The argument after the last one read this way.
    pub(crate) fn next(&mut self) -> &'a Value {
        self.read += 1;
        self.get(self.read - 1)
    }
}
