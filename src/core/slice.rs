//! What a slice says of itself: the one user whose answers it holds, and the fingerprint of
//! the state it was cut from. A slice is a state that answers every call with that user
//! acting exactly as the full state does, and holds nothing else; each model cuts its own
//! (`Organization::slice`, `PortainerState::slice`). This is the part both share: the
//! `slice` field of the state, and the refusal of changes.

use crate::prelude::*;

use crate::core::text::text;

use super::error::{Error, ErrorCode, Result};
use super::json::{Node, ObjectReader, ObjectWriter, Value};

/// The `slice` field of a state: `{ user, sourceFingerprint }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SliceInfo {
    /// The only user who acts in the slice; any other is an unknown user.
    pub user: String,
    /// The fingerprint of the state the slice was cut from.
    pub source: String,
}

impl SliceInfo {
    pub fn from_value<'a, N: Node<'a>>(value: N, path: &str) -> Result<Self> {
        let mut reader = ObjectReader::new(value, path)?;
        let user = reader.required_id("user")?;
        let source = reader.required_id("sourceFingerprint")?;
        reader.finish(&["user", "sourceFingerprint"])?;
        Ok(SliceInfo { user, source })
    }

    pub fn to_value(&self) -> Value {
        ObjectWriter::new()
            .string("user", &self.user)
            .string("sourceFingerprint", &self.source)
            .build()
    }

    /// Whether `user` may act in the slice.
    pub fn acts(&self, user: &str) -> bool {
        self.user == user
    }
}

/// Refuses a change to a slice (`slice` is the state's `slice` field, if any).
pub fn writable(slice: Option<&SliceInfo>) -> Result<()> {
    refuse_slice(
        slice,
        "which is read-only: change the full state and cut a new slice",
    )
}

/// Refuses to cut a slice from a slice.
pub fn cuttable(slice: Option<&SliceInfo>) -> Result<()> {
    refuse_slice(
        slice,
        "and no slice is cut from a slice: cut it from the full state",
    )
}

/// `read_only_slice` when the state is a slice: "this state is the slice of `u`, `why`".
fn refuse_slice(slice: Option<&SliceInfo>, why: &str) -> Result<()> {
    match slice {
        None => Ok(()),
        Some(info) => Err(Error::new(
            ErrorCode::ReadOnlySlice,
            "",
            text!("this state is the slice of `", info.user, "`, ", why),
        )),
    }
}
