//! The one error type of the crate: every refusal of bad input carries a stable code, a
//! lowercase human message and the JSON path of the offending value.

use crate::prelude::*;

use core::fmt;

use super::codes::codes;
use super::decision_code::DecisionCode;

codes! {
    /// Why an input or a call was refused. The code strings are part of the public contract; a
    /// code only one product or feature gives exists in the builds with it.
    pub enum ErrorCode {
        /// The text is not JSON.
        InvalidJson => "invalid_json",
        /// A value has the wrong JSON type (a number where a string belongs, …).
        WrongType => "wrong_type",
        /// An object carries a field the format does not define.
        UnknownField => "unknown_field",
        /// A required field is absent.
        MissingField => "missing_field",
        /// The same key appears twice in one JSON object.
        DuplicateKey => "duplicate_key",
        /// Two entries claim the same id.
        DuplicateId => "duplicate_id",
        /// A value is outside what the field accepts (an empty id, an unknown role, …).
        InvalidValue => "invalid_value",
        /// A reference names an id that is not in the state (a team, group, stack, …).
        DanglingReference => "dangling_reference",
        /// A permission or operation id that the catalog does not know.
        UnknownId => "unknown_id",
        /// A resource name that the catalog does not know.
        #[cfg(feature = "dokploy")]
        UnknownResource => "unknown_resource",
        /// An action that the resource does not have.
        #[cfg(feature = "dokploy")]
        UnknownAction => "unknown_action",
        /// A resource that only Dokploy itself manages (`organization`, `invitation`, `team`, `ac`).
        #[cfg(feature = "dokploy")]
        InternalResource => "internal_resource",
        /// A custom role name outside 1–50 characters of `[A-Za-z0-9_-]`.
        #[cfg(feature = "dokploy")]
        InvalidRoleName => "invalid_role_name",
        /// A custom role named `owner`, `admin` or `member`.
        #[cfg(feature = "dokploy")]
        ReservedRoleName => "reserved_role_name",
        /// More of something than allowed (custom roles per organization, input size, …).
        LimitExceeded => "limit_exceeded",
        /// A custom role name used twice.
        #[cfg(feature = "dokploy")]
        RoleExists => "role_exists",
        /// The organization must have exactly one owner.
        #[cfg(feature = "dokploy")]
        OwnerCount => "owner_count",
        /// A call's argument is missing or of the wrong type or shape (`path` names it).
        InvalidArgument => "invalid_argument",
        /// The authorizer was freed; nothing can be asked of it any more (raised by the JS layer).
        Freed => "freed",
        /// A change asked of a slice: a slice is read-only; the full state changes, and a new
        /// slice is cut from it.
        ReadOnlySlice => "read_only_slice",
        /// An HTTP request a gate cannot read as a call of the product: a malformed URL, body
        /// or batch, or a method the procedure is not served on (`path` names the part).
        #[cfg(feature = "requests")]
        InvalidRequest => "invalid_request",
    }
    wrapping {
        /// A management call refused by a decision; the code is the decision's.
        Refused(DecisionCode)
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A refused input or call. One pointer wide: every function that can refuse returns a
/// `Result` of it, and each `?` on the way out copies the error, so a wider one costs every
/// such call site in code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<Contents>);

/// What an [`Error`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Contents {
    code: ErrorCode,
    message: String,
    path: String,
}

impl Error {
    /// An error about the value at `path` (empty for the whole input). Not inlined: the
    /// hundreds of places that refuse an input each make one call instead of carrying the
    /// conversions (0.6–1.0 KB of each browser kernel's gzip); none is on a hot path.
    #[inline(never)]
    pub fn new(code: ErrorCode, path: impl Into<String>, message: impl Into<String>) -> Self {
        Error(Box::new(Contents {
            code,
            message: message.into(),
            path: path.into(),
        }))
    }

    /// The error's stable code.
    pub fn code(&self) -> ErrorCode {
        self.0.code
    }

    /// What went wrong, in words.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// JSON path of the offending value, like `members[2].role`; empty for the whole input.
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// The same error with another code (an argument's shape error becomes
    /// `invalid_argument`, keeping its message and path).
    pub(crate) fn with_code(mut self, code: ErrorCode) -> Self {
        self.0.code = code;
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.path.is_empty() {
            write!(f, "{}: {}", self.0.code, self.0.message)
        } else {
            write!(
                f,
                "{} at `{}`: {}",
                self.0.code, self.0.path, self.0.message
            )
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}

/// A result whose error is a portcullis [`Error`].
pub type Result<T, E = Error> = core::result::Result<T, E>;
