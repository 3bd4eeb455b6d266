//! The one error type of the crate: every refusal of bad input carries a stable code, a
//! lowercase human message and the JSON path of the offending value.

use crate::prelude::*;

use core::fmt;

use super::decision_code::DecisionCode;

/// Why an input or a call was refused. The code strings are part of the public contract; a
/// code only one product or feature gives exists in the builds with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The text is not JSON.
    InvalidJson,
    /// A value has the wrong JSON type (a number where a string belongs, …).
    WrongType,
    /// An object carries a field the format does not define.
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// The same key appears twice in one JSON object.
    DuplicateKey,
    /// Two entries claim the same id.
    DuplicateId,
    /// A value is outside what the field accepts (an empty id, an unknown role, …).
    InvalidValue,
    /// A reference names an id that is not in the state (a team, group, stack, …).
    DanglingReference,
    /// A permission or operation id that the catalog does not know.
    UnknownId,
    /// A resource name that the catalog does not know.
    #[cfg(feature = "dokploy")]
    UnknownResource,
    /// An action that the resource does not have.
    #[cfg(feature = "dokploy")]
    UnknownAction,
    /// A resource that only Dokploy itself manages (`organization`, `invitation`, `team`, `ac`).
    #[cfg(feature = "dokploy")]
    InternalResource,
    /// A custom role name outside 1–50 characters of `[A-Za-z0-9_-]`.
    #[cfg(feature = "dokploy")]
    InvalidRoleName,
    /// A custom role named `owner`, `admin` or `member`.
    #[cfg(feature = "dokploy")]
    ReservedRoleName,
    /// More of something than allowed (custom roles per organization, input size, …).
    LimitExceeded,
    /// A custom role name used twice.
    #[cfg(feature = "dokploy")]
    RoleExists,
    /// The organization must have exactly one owner.
    #[cfg(feature = "dokploy")]
    OwnerCount,
    /// A call's argument is missing or of the wrong type or shape (`path` names it).
    InvalidArgument,
    /// The authorizer was freed; nothing can be asked of it any more (raised by the JS layer).
    Freed,
    /// A change asked of a slice: a slice is read-only; the full state changes, and a new
    /// slice is cut from it.
    ReadOnlySlice,
    /// An HTTP request a gate cannot read as a call of the product: a malformed URL, body
    /// or batch, or a method the procedure is not served on (`path` names the part).
    #[cfg(feature = "requests")]
    InvalidRequest,
    /// A management call refused by a decision; the code is the decision's.
    Refused(DecisionCode),
}

impl ErrorCode {
    /// Every code of this build that is not a refusal, for generated type declarations (the
    /// full build has them all).
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidJson,
        ErrorCode::WrongType,
        ErrorCode::UnknownField,
        ErrorCode::MissingField,
        ErrorCode::DuplicateKey,
        ErrorCode::DuplicateId,
        ErrorCode::InvalidValue,
        ErrorCode::DanglingReference,
        ErrorCode::UnknownId,
        #[cfg(feature = "dokploy")]
        ErrorCode::UnknownResource,
        #[cfg(feature = "dokploy")]
        ErrorCode::UnknownAction,
        #[cfg(feature = "dokploy")]
        ErrorCode::InternalResource,
        #[cfg(feature = "dokploy")]
        ErrorCode::InvalidRoleName,
        #[cfg(feature = "dokploy")]
        ErrorCode::ReservedRoleName,
        ErrorCode::LimitExceeded,
        #[cfg(feature = "dokploy")]
        ErrorCode::RoleExists,
        #[cfg(feature = "dokploy")]
        ErrorCode::OwnerCount,
        ErrorCode::InvalidArgument,
        ErrorCode::Freed,
        ErrorCode::ReadOnlySlice,
        #[cfg(feature = "requests")]
        ErrorCode::InvalidRequest,
    ];

    /// The stable, machine-readable code string.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::DuplicateKey => "duplicate_key",
            ErrorCode::DuplicateId => "duplicate_id",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::DanglingReference => "dangling_reference",
            ErrorCode::UnknownId => "unknown_id",
            #[cfg(feature = "dokploy")]
            ErrorCode::UnknownResource => "unknown_resource",
            #[cfg(feature = "dokploy")]
            ErrorCode::UnknownAction => "unknown_action",
            #[cfg(feature = "dokploy")]
            ErrorCode::InternalResource => "internal_resource",
            #[cfg(feature = "dokploy")]
            ErrorCode::InvalidRoleName => "invalid_role_name",
            #[cfg(feature = "dokploy")]
            ErrorCode::ReservedRoleName => "reserved_role_name",
            ErrorCode::LimitExceeded => "limit_exceeded",
            #[cfg(feature = "dokploy")]
            ErrorCode::RoleExists => "role_exists",
            #[cfg(feature = "dokploy")]
            ErrorCode::OwnerCount => "owner_count",
            ErrorCode::InvalidArgument => "invalid_argument",
            ErrorCode::Freed => "freed",
            ErrorCode::ReadOnlySlice => "read_only_slice",
            #[cfg(feature = "requests")]
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::Refused(decision) => decision.as_str(),
        }
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
