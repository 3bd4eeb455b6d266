//! Handles: small integers standing for the strings of a loaded state, so that the hot calls
//! from JS cross the wasm boundary as numbers instead of strings.
//!
//! A handle is only meaningful for the state it was minted for. Every authorizer carries a
//! [`Generation`], new at load and after every change; the handle calls take the generation
//! the caller's handles belong to and refuse any other (`stale_handle`), so a handle kept
//! across a change can never silently name a different user or id.
//!
//! Handles are handed out on demand, one id at a time, so that loading or changing a state
//! never has to send every id across. Target handles: `0` is "not given", `1` is "an id the
//! state does not hold" (it decides as the empty string, which no loaded id can be), and
//! `n >= 2` is the `(n - 2)`-th id handed out in this generation. User handles: `0` is "no
//! such user", `n >= 1` is the `(n - 1)`-th user of the state.

use crate::prelude::*;

use alloc::sync::Arc;
use core::sync::atomic::{AtomicU32, Ordering};

use crate::core::error::{Error, ErrorCode, Result};
use crate::core::text::text;

/// Hashing for tables that store keys a caller chooses: SipHash keyed per process (natively
/// from the standard library's random keys, under wasm from the host's `Math.random`), so that
/// no crafted set of ids can pile up in one bucket. Used off the hot path: a handle is minted
/// once per id, and checks then resolve handles by position.
#[derive(Debug, Clone, Copy)]
pub struct KeyedState {
    keys: (u64, u64),
}

impl Default for KeyedState {
    fn default() -> Self {
        static KEYS: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
        KeyedState {
            keys: *KEYS.get_or_init(process_keys),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn process_keys() -> (u64, u64) {
    use std::hash::BuildHasher;
    let random = std::collections::hash_map::RandomState::new();
    (random.hash_one(0x5eed_u64), random.hash_one(0x5eed_u64 + 1))
}

#[cfg(target_arch = "wasm32")]
fn process_keys() -> (u64, u64) {
    use crate::core::host::random_u64;
    (random_u64(), random_u64())
}

impl std::hash::BuildHasher for KeyedState {
    #[expect(
        deprecated,
        reason = "std's SipHash with chosen keys, deprecated only in favour of a crate: the one keyed hash std offers on every target"
    )]
    type Hasher = std::hash::SipHasher;

    #[expect(deprecated, reason = "the keyed SipHash above")]
    fn build_hasher(&self) -> Self::Hasher {
        std::hash::SipHasher::new_with_keys(self.keys.0, self.keys.1)
    }
}

/// No value given.
pub const ABSENT: u32 = 0;
/// A value given that the state does not hold.
pub const UNKNOWN: u32 = 1;

/// The version of a state that handles belong to. Unique in the process, so that handles of
/// one authorizer are not those of another either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Generation(u32);

static NEXT_GENERATION: AtomicU32 = AtomicU32::new(1);

impl Generation {
    /// A generation no state had before.
    pub fn next() -> Self {
        Generation(NEXT_GENERATION.fetch_add(1, Ordering::Relaxed))
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// Refuses handles minted for another generation.
    pub fn check(self, claimed: u32) -> Result<()> {
        if claimed == self.0 {
            return Ok(());
        }
        Err(Error::new(
            ErrorCode::StaleHandle,
            "generation",
            text!(
                "the handles were minted for generation ",
                claimed,
                ", and the state is now at generation ",
                self.0,
                "; fetch them again"
            ),
        ))
    }
}

/// Most target ids one generation hands out handles for. Past it the caller renews the
/// handles (a new generation with none), so the table stays bounded whatever ids it is asked
/// about: at most a few MB.
pub const MAX_TARGET_HANDLES: usize = 1 << 17;

/// The target ids handed out as handles in this generation, in the order they were asked
/// for. Any id may have a handle, the state's or not: the model decides on the string it
/// stands for, so an id the state does not hold decides as it would as a string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TargetHandles {
    // One allocation per id, shared by both directions. The ids are the caller's: keyed
    // hashing keeps crafted collisions from turning each new id into a long probe.
    strings: Vec<Arc<str>>,
    index: std::collections::HashMap<Arc<str>, u32, KeyedState>,
}

impl TargetHandles {
    /// The handle of `id`, given out now if it had none; `None` when the table is full.
    pub fn intern(&mut self, id: &str) -> Option<u32> {
        if let Some(&handle) = self.index.get(id) {
            return Some(handle);
        }
        if self.strings.len() >= MAX_TARGET_HANDLES {
            return None;
        }
        let handle = self.strings.len() as u32 + 2;
        let id: Arc<str> = Arc::from(id);
        self.strings.push(Arc::clone(&id));
        self.index.insert(id, handle);
        Some(handle)
    }

    /// Forgets every handle (a new generation starts).
    pub fn clear(&mut self) {
        self.strings.clear();
        self.index.clear();
    }

    /// The string a handle stands for: `None` for [`ABSENT`], `""` for [`UNKNOWN`]; a handle
    /// never handed out is `invalid_argument`, `path` = `name`.
    pub fn resolve(&self, handle: u32, name: &str) -> Result<Option<&str>> {
        match handle {
            ABSENT => Ok(None),
            UNKNOWN => Ok(Some("")),
            _ => self
                .strings
                .get(handle as usize - 2)
                .map(|s| Some(&**s))
                .ok_or_else(|| out_of_range(name, handle)),
        }
    }
}

/// The index a user handle stands for among `count` users: `None` for "no such user".
pub fn user_index(handle: u32, count: usize) -> Result<Option<usize>> {
    match handle {
        0 => Ok(None),
        n if (n as usize) <= count => Ok(Some(n as usize - 1)),
        n => Err(out_of_range("user", n)),
    }
}

fn out_of_range(name: &str, handle: u32) -> Error {
    Error::new(
        ErrorCode::InvalidArgument,
        name,
        text!(handle, " is not a ", name, " handle of this state"),
    )
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::*;
    use crate::core::id_map::tests::colliding_ids;

    #[test]
    fn handles_resolve_to_their_strings() {
        let mut table = TargetHandles::default();
        assert_eq!(table.intern("a"), Some(2));
        assert_eq!(table.intern("b"), Some(3));
        assert_eq!(table.intern("a"), Some(2));
        assert_eq!(table.resolve(ABSENT, "t"), Ok(None));
        assert_eq!(table.resolve(UNKNOWN, "t"), Ok(Some("")));
        assert_eq!(table.resolve(2, "t"), Ok(Some("a")));
        assert_eq!(table.resolve(3, "t"), Ok(Some("b")));
        assert_eq!(
            table.resolve(4, "t").unwrap_err().code(),
            "invalid_argument"
        );
        assert!(table.resolve(u32::MAX, "t").is_err());
        table.clear();
        assert!(table.resolve(2, "t").is_err());
        assert_eq!(user_index(0, 3), Ok(None));
        assert_eq!(user_index(3, 3), Ok(Some(2)));
        assert!(user_index(4, 3).is_err());
    }

    #[test]
    fn the_table_stops_at_its_bound() {
        let mut table = TargetHandles::default();
        for i in 0..MAX_TARGET_HANDLES {
            assert!(table.intern(&i.to_string()).is_some());
        }
        assert_eq!(table.intern("one more"), None);
        assert_eq!(table.intern("0"), Some(2), "what it holds keeps its handle");
    }

    #[test]
    fn a_generation_refuses_every_other() {
        let first = Generation::next();
        let second = Generation::next();
        assert_ne!(first, second);
        assert!(first.check(first.get()).is_ok());
        let error = second.check(first.get()).unwrap_err();
        assert_eq!(error.code(), "stale_handle");
        assert_eq!(error.path(), "generation");
    }

    /// A key that counts the comparisons a table makes: the work of a probe.
    #[derive(Debug)]
    struct Counted<'c>(String, &'c core::cell::Cell<usize>);

    impl std::hash::Hash for Counted<'_> {
        fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
            self.0.as_str().hash(state);
        }
    }

    impl PartialEq for Counted<'_> {
        fn eq(&self, other: &Self) -> bool {
            self.1.set(self.1.get() + 1);
            self.0 == other.0
        }
    }

    impl Eq for Counted<'_> {}

    /// Comparisons per id while `ids` are inserted into a table hashed by `S`.
    #[expect(
        clippy::mutable_key_type,
        reason = "the counter a key holds is not part of what it hashes or compares"
    )]
    fn comparisons_per_id<S: std::hash::BuildHasher + Default>(ids: &[String]) -> f64 {
        let count = core::cell::Cell::new(0);
        let mut table = std::collections::HashMap::with_hasher(S::default());
        for (i, id) in ids.iter().enumerate() {
            table.insert(Counted(id.clone(), &count), i);
        }
        assert_eq!(table.len(), ids.len());
        count.get() as f64 / ids.len() as f64
    }

    #[test]
    fn ids_crafted_to_collide_cost_the_keyed_table_no_more_than_any_ids() {
        use crate::core::id_map::{id_hash, IdHasher};
        use std::hash::BuildHasher;
        let ids = colliding_ids(4000);
        // The attack is real: every id has the same state hash...
        assert!(ids.iter().all(|id| id_hash(id) == id_hash(&ids[0])));
        // ...so a table keyed by it compares each new id with every earlier one,
        let flooded = comparisons_per_id::<std::hash::BuildHasherDefault<IdHasher>>(&ids);
        assert!(flooded > 1000.0, "{flooded} comparisons per id");
        // while the keyed table's work per id stays flat, as for ordinary ids.
        let keyed = comparisons_per_id::<KeyedState>(&ids);
        let ordinary: Vec<String> = (0..4000).map(|i| format!("svc-{i}")).collect();
        let baseline = comparisons_per_id::<KeyedState>(&ordinary);
        assert!(
            keyed < 0.5 && baseline < 0.5,
            "keyed {keyed}, ordinary {baseline}"
        );
        let distinct: std::collections::HashSet<u64> = ids
            .iter()
            .map(|id| KeyedState::default().hash_one(id.as_str()))
            .collect();
        assert_eq!(
            distinct.len(),
            ids.len(),
            "no two crafted ids hash alike under the key"
        );
    }

    #[test]
    fn handles_of_ids_crafted_to_collide_are_minted_and_resolved_like_any() {
        let ids = colliding_ids(20_000);
        let mut handles = TargetHandles::default();
        let minted: Vec<u32> = ids
            .iter()
            .map(|id| handles.intern(id).unwrap_or(ABSENT))
            .collect();
        for (id, &handle) in ids.iter().zip(&minted) {
            assert!(handle >= 2);
            assert_eq!(handles.resolve(handle, "serviceId"), Ok(Some(id.as_str())));
            assert_eq!(
                handles.intern(id),
                Some(handle),
                "asked again, the same handle"
            );
        }
    }
}
