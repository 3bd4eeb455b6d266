//! Handles: small integers standing for the strings of a loaded state, so that the hot calls
//! from JS cross the wasm boundary as numbers instead of strings.
//!
//! Handle `0` is "not given", `1` is "given, but no such id is in the state", and `n >= 2` is
//! the `(n - 2)`-th string of the table. An id that is not in the state can never match an
//! access list, a policy or a resource, so resolving it to the empty string (which no loaded
//! id can be) gives the same decision as the string itself.

use crate::core::id_map::IdSet;

/// No value given.
pub const ABSENT: u32 = 0;
/// A value given that the state does not hold.
pub const UNKNOWN: u32 = 1;

/// The distinct ids of a state, in first-seen order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StringTable {
    strings: Vec<String>,
}

impl StringTable {
    pub fn build<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let mut seen = IdSet::default();
        let strings = ids
            .into_iter()
            .filter(|id| seen.insert(*id))
            .map(str::to_owned)
            .collect();
        StringTable { strings }
    }

    /// The table's strings; the handle of `strings()[i]` is `i + 2`.
    pub fn strings(&self) -> &[String] {
        &self.strings
    }

    /// The string a handle stands for: `None` for [`ABSENT`], `""` for [`UNKNOWN`] and for
    /// any handle past the table.
    pub fn resolve(&self, handle: u32) -> Option<&str> {
        match handle {
            ABSENT => None,
            _ => Some(
                (handle as usize)
                    .checked_sub(2)
                    .and_then(|i| self.strings.get(i))
                    .map_or("", String::as_str),
            ),
        }
    }
}

/// The index a user handle stands for: handle `n >= 1` is index `n - 1`; `0` is no user.
pub fn user_index(handle: u32) -> usize {
    (handle as usize).wrapping_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_resolve_to_their_strings() {
        let table = StringTable::build(["a", "b", "a", "c"]);
        assert_eq!(table.strings(), ["a", "b", "c"]);
        assert_eq!(table.resolve(ABSENT), None);
        assert_eq!(table.resolve(UNKNOWN), Some(""));
        assert_eq!(table.resolve(2), Some("a"));
        assert_eq!(table.resolve(4), Some("c"));
        assert_eq!(table.resolve(5), Some(""));
        assert_eq!(table.resolve(u32::MAX), Some(""));
        assert_eq!(user_index(0), usize::MAX);
        assert_eq!(user_index(3), 2);
    }
}
