//! Tables keyed by the ids of a loaded state.
//!
//! A Portainer check looks up an environment, a role policy, a resource and its stack: four to
//! eight hashes of short ids per `can()`. The standard library's SipHash costs more than the
//! rest of the decision in wasm, where it has no 64-bit SIMD help. These tables use a
//! word-at-a-time multiplicative hash (the one rustc uses for its own tables) instead.
//!
//! SipHash exists to resist collision floods from untrusted keys. The keys that go *into* these
//! tables are the ids of the state, which whoever deploys the policy writes; the keys a request
//! brings are only looked up, and a lookup can at worst probe one long chain the state author
//! built. A state designed to collide therefore only slows down its own loading. No table
//! stores what a caller asks about: the ids of a check are hashed once, looked up, and
//! forgotten.
//!
//! The ids themselves stay where the state keeps them (a member's row, a resource): an
//! [`IdTable`] holds only positions, found by hash and confirmed against the id at that
//! position, eight bytes a slot, one instantiation for every kind of id.

use core::hash::{BuildHasher, BuildHasherDefault, Hasher};
use core::ops::Deref;

use crate::prelude::*;

/// Multiplicative word hash: xor in the next word, multiply by an odd constant, fold the high
/// half into the low one.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl IdHasher {
    /// A multiply carries a difference only upwards: with rustc's rotate-xor-multiply, ids
    /// that differ in a word's top byte (`svc-10719`, `svc-10794`) differed in a few bits of
    /// the state before the next word, and 2,276 of 100,000 such ids collided in 64 bits,
    /// turning long access lists quadratic to load. Folding the high half down after each
    /// multiply keeps every difference apart from the next word's (one 64-bit multiply, as
    /// cheap in wasm as before; a 128-bit product would be a library call there).
    #[inline]
    fn add(&mut self, word: u64) {
        let product = (self.hash ^ word).wrapping_mul(SEED);
        self.hash = product ^ (product >> 32);
    }
}

impl Hasher for IdHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The bytes as a little-endian word, built by shifts: a copy of a few bytes would be
            // a call into the C library, the slowest part of hashing a short id.
            let mut word = 0u64;
            for (i, &byte) in rest.iter().enumerate() {
                word |= u64::from(byte) << (8 * i);
            }
            // The length in the free top byte keeps "a" and "a\0" apart.
            self.add(word | (rest.len() as u64) << 56);
        }
    }

    #[inline]
    fn write_u8(&mut self, byte: u8) {
        // `str`'s Hash ends with a 0xff byte, which keeps "ab" + "c" apart from "a" + "bc".
        self.add(u64::from(byte));
    }

    #[inline]
    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    /// Mixes every bit into every other (MurmurHash3's finaliser). Without it, ids sharing a
    /// prefix (`svc-1998`, `svc-1999`) agree in their low 32 bits; an [`IdTable`] picks slots
    /// from the high ones, which this spreads as well.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

/// Values by id, for the full build's adapters, which gather what they read by id: an
/// [`IdIndex`] beside the values.
#[cfg(feature = "std")]
#[derive(Debug, Clone)]
pub struct IdMap<V> {
    index: IdIndex,
    values: Vec<V>,
}

#[cfg(feature = "std")]
impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap {
            index: IdIndex::default(),
            values: Vec::new(),
        }
    }
}

#[cfg(feature = "std")]
impl<V> IdMap<V> {
    pub fn get(&self, id: &str) -> Option<&V> {
        self.index.get(id).map(|at| &self.values[at])
    }

    /// The value of `id`, made by `make` if it has none yet.
    pub fn or_insert_with(&mut self, id: &str, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.index.get(id) {
            Some(at) => at,
            None => {
                self.index.insert(id.to_owned(), self.values.len());
                self.values.push(make());
                self.values.len() - 1
            }
        };
        &mut self.values[at]
    }

    /// Takes the value of `id` out, leaving its default.
    pub fn take(&mut self, id: &str) -> Option<V>
    where
        V: Default,
    {
        self.index
            .get(id)
            .map(|at| core::mem::take(&mut self.values[at]))
    }
}

/// A set of ids, for the full build's adapters.
#[cfg(feature = "std")]
#[derive(Debug, Clone, Default)]
pub struct IdSet {
    index: IdIndex,
}

#[cfg(feature = "std")]
impl IdSet {
    /// Adds `id`; whether it was not there yet.
    pub fn insert(&mut self, id: &str) -> bool {
        self.index.get(id).is_none() && self.index.insert(id.to_owned(), 0).is_none()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.index.contains(id)
    }
}

/// One key for several ids (an environment and a resource, say), told apart whatever they
/// hold: each id's length in bytes before it.
#[cfg(feature = "std")]
pub fn composite_key(parts: &[&str]) -> String {
    let mut key = String::new();
    for part in parts {
        super::text::push_decimal(part.len() as u64, &mut key);
        key.push(':');
        key.push_str(part);
    }
    key
}

/// An id's hash, the one every [`IdTable`] of the state is keyed by.
pub(crate) fn id_hash(id: &str) -> u64 {
    BuildHasherDefault::<IdHasher>::default().hash_one(id)
}

/// Positions (into a list the caller keeps) found by the hash of the id at each: open
/// addressing with linear probing, each slot the hash's high half beside the position, so
/// that a probe reads one cache line and compares an id only where the halves agree. An id
/// held at several positions is found at the first one inserted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdTable {
    /// `hash >> 32` in the high half, `position + 1` in the low one; `0` is an empty slot.
    slots: Vec<u64>,
    len: usize,
}

impl IdTable {
    /// A table with room for `capacity` positions before it grows.
    pub fn with_capacity(capacity: usize) -> Self {
        let mut table = IdTable::default();
        table.grow_to(capacity);
        table
    }

    /// The first position inserted under `hash` for which `is` holds (it compares the id
    /// held there with the one looked for).
    #[inline]
    pub fn find(&self, hash: u64, mut is: impl FnMut(usize) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let tag = hash >> 32;
        let mut slot = tag as usize & mask;
        loop {
            let held = self.slots[slot];
            if held == 0 {
                return None;
            }
            if held >> 32 == tag {
                let position = (held as u32 - 1) as usize;
                if is(position) {
                    return Some(position);
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Inserts `position` under `hash`; an earlier position of the same id stays the one
    /// found.
    pub fn insert(&mut self, hash: u64, position: usize) {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow_to(self.len + 1);
        }
        self.place(((hash >> 32) << 32) | (position as u64 + 1));
        self.len += 1;
    }

    fn place(&mut self, entry: u64) {
        let mask = self.slots.len() - 1;
        let mut slot = (entry >> 32) as usize & mask;
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = entry;
    }

    /// Room for `capacity` positions at most half full.
    fn grow_to(&mut self, capacity: usize) {
        let size = (2 * capacity).max(8).next_power_of_two();
        if size <= self.slots.len() {
            return;
        }
        let old = core::mem::replace(&mut self.slots, vec![0; size]);
        // From an empty slot once around: no probe chain wraps past it, so the entries of each
        // chain move in the order they were probed, and the first of an id stays first.
        let start = old.iter().position(|&e| e == 0).unwrap_or(0);
        for i in 0..old.len() {
            let entry = old[(start + i) % old.len()];
            if entry != 0 {
                self.place(entry);
            }
        }
    }
}

/// Positions by id, holding its own copy of each id: for tables whose ids are not kept in one
/// list beside them (a state's users, some of them known by id only; the sub-resources a
/// control names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdIndex {
    entries: Vec<(String, usize)>,
    table: IdTable,
}

impl IdIndex {
    pub fn with_capacity(capacity: usize) -> Self {
        IdIndex {
            entries: Vec::with_capacity(capacity),
            table: IdTable::with_capacity(capacity),
        }
    }

    /// The position held for `id`.
    #[inline]
    pub fn get(&self, id: &str) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(id_hash(id), |e| entries[e].0 == id)
            .map(|e| entries[e].1)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Holds `position` for `id`, unless `id` holds one already: then that one, unchanged.
    pub fn insert(&mut self, id: String, position: usize) -> Option<usize> {
        let hash = id_hash(&id);
        let entries = &self.entries;
        if let Some(e) = self.table.find(hash, |e| entries[e].0 == id) {
            return Some(entries[e].1);
        }
        self.table.insert(hash, self.entries.len());
        self.entries.push((id, position));
        None
    }
}

/// Up to this many ids, a scan of the list beats hashing the id.
pub(crate) const SCAN_LIMIT: usize = 8;

/// Up to this many ids an [`IdList`] keeps no index of its own: a scan of a few dozen short
/// ids costs less than building a table for every list of a large state (ten thousand members
/// naming ten services each), and the checks on long lists search their compiled form.
const INDEX_LIMIT: usize = 32;

/// A list of ids as the state stores it (order kept, so that saving gives it back unchanged)
/// that finds an id by hash once it is longer than a few dozen ids: an access list or a policy may
/// name thousands of services or users.
#[derive(Debug, Clone, Default)]
pub struct IdList {
    ids: Ids,
    /// Only once the list is too long to scan: most lists name an id or two, and a state
    /// holds a hundred thousand of them (a control's users and teams), so a short list keeps
    /// no room for an index.
    index: Option<Box<IdTable>>,
}

/// A list's ids: most lists of a large state name one id (a control's team, a user's team),
/// which is then held without a vector of its own.
#[derive(Debug, Clone)]
enum Ids {
    One(String),
    Many(Vec<String>),
}

impl Default for Ids {
    fn default() -> Self {
        Ids::Many(Vec::new())
    }
}

impl Ids {
    fn as_slice(&self) -> &[String] {
        match self {
            Ids::One(id) => core::slice::from_ref(id),
            Ids::Many(ids) => ids,
        }
    }

    fn push(&mut self, id: String) {
        match self {
            Ids::Many(ids) if ids.is_empty() && ids.capacity() == 0 => *self = Ids::One(id),
            Ids::Many(ids) => ids.push(id),
            Ids::One(first) => {
                let first = core::mem::take(first);
                *self = Ids::Many(vec![first, id]);
            }
        }
    }
}

impl IdList {
    pub fn with_capacity(capacity: usize) -> Self {
        let ids = if capacity > 1 {
            Ids::Many(Vec::with_capacity(capacity))
        } else {
            Ids::default()
        };
        IdList { ids, index: None }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// The first position of `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        let ids = self.ids.as_slice();
        match &self.index {
            None => ids.iter().position(|held| held == id),
            Some(index) => index.find(id_hash(id), |at| ids[at] == id),
        }
    }

    pub fn push(&mut self, id: String) {
        self.ids.push(id);
        let len = self.ids.as_slice().len();
        match &mut self.index {
            Some(index) => index.insert(id_hash(&self.ids.as_slice()[len - 1]), len - 1),
            None if len > INDEX_LIMIT => self.index_all(),
            None => {}
        }
    }

    fn index_all(&mut self) {
        let ids = self.ids.as_slice();
        let mut index = IdTable::with_capacity(ids.len());
        for (at, id) in ids.iter().enumerate() {
            index.insert(id_hash(id), at);
        }
        self.index = Some(Box::new(index));
    }
}

impl IdList {
    /// The list of `ids`, or `None` when there are none: a record leaves an empty list out.
    #[cfg(any(feature = "slices", feature = "adapters"))]
    pub(crate) fn unless_empty(ids: Vec<String>) -> Option<IdList> {
        (!ids.is_empty()).then(|| IdList::from(ids))
    }
}

impl From<Vec<String>> for IdList {
    fn from(ids: Vec<String>) -> Self {
        let mut list = IdList {
            ids: Ids::Many(ids),
            index: None,
        };
        if list.ids.as_slice().len() > INDEX_LIMIT {
            list.index_all();
        }
        list
    }
}

impl Deref for IdList {
    type Target = [String];

    fn deref(&self) -> &[String] {
        self.ids.as_slice()
    }
}

impl<'a> IntoIterator for &'a IdList {
    type Item = &'a String;
    type IntoIter = core::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.ids.as_slice().iter()
    }
}

/// Two lists are equal when they hold the same ids in the same order; the index follows.
impl PartialEq for IdList {
    fn eq(&self, other: &Self) -> bool {
        self.ids.as_slice() == other.ids.as_slice()
    }
}

impl Eq for IdList {}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use core::hash::Hash;
    use std::collections::HashSet;

    fn hash(value: impl Hash) -> u64 {
        BuildHasherDefault::<IdHasher>::default().hash_one(value)
    }

    #[test]
    fn distinct_short_ids_hash_apart() {
        let ids = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "e1",
            "e2",
            "c1",
            "12345678",
            "123456789",
        ];
        let hashes: HashSet<u64> = ids.iter().map(hash).collect();
        assert_eq!(hashes.len(), ids.len());
        // Zero padding of the last word must not make these equal.
        assert_ne!(hash("a"), hash("a\0"));
        assert_ne!(hash("abcdefgh"), hash("abcdefgh\0"));
        assert_ne!(hash(("ab", "c")), hash(("a", "bc")));
    }

    #[test]
    fn lists_answer_the_same_short_and_long() {
        for len in [
            0,
            1,
            SCAN_LIMIT,
            SCAN_LIMIT + 1,
            INDEX_LIMIT,
            INDEX_LIMIT + 1,
            100,
        ] {
            let ids: Vec<String> = (0..len).map(|i| format!("s{i}")).collect();
            let loaded = IdList::from(ids.clone());
            let mut pushed = IdList::default();
            for id in &ids {
                pushed.push(id.clone());
            }
            for list in [&loaded, &pushed] {
                assert!(
                    ids.iter()
                        .enumerate()
                        .all(|(i, id)| list.position(id) == Some(i)),
                    "len {len}"
                );
                assert!(!list.contains("s-1") && !list.contains(""), "len {len}");
                assert_eq!(&list[..], &ids[..]);
            }
            assert_eq!(loaded, pushed);
        }
        // A repeated id is found at its first position, short or long.
        let repeated: Vec<String> = ["a", "b", "a"]
            .iter()
            .chain(&["c"; INDEX_LIMIT + 10])
            .map(|s| s.to_string())
            .collect();
        assert_eq!(IdList::from(repeated.clone()).position("c"), Some(3));
        assert_eq!(IdList::from(repeated[..3].to_vec()).position("a"), Some(0));
    }

    #[test]
    fn ids_with_a_common_prefix_spread_over_the_high_bits() {
        // A table picks its slot from the high half of the hash.
        let high: HashSet<u64> = (0..2000)
            .map(|i| (hash(format!("svc-{i}").as_str()) >> 32) & 0xfff)
            .collect();
        assert!(
            high.len() > 1000,
            "{} distinct 12-bit slots of 2000",
            high.len()
        );
    }

    #[test]
    fn tables_find_what_they_hold_through_growth() {
        let ids: Vec<String> = (0..1000).map(|i| format!("id-{i}")).collect();
        let mut table = IdTable::default();
        for (i, id) in ids.iter().enumerate() {
            table.insert(id_hash(id), i);
        }
        let find = |id: &str| table.find(id_hash(id), |at| ids[at] == id);
        assert!((0..1000).all(|i| find(&format!("id-{i}")) == Some(i)));
        assert_eq!(find("id-1000"), None);
    }

    #[test]
    fn the_first_position_of_an_id_stays_first_through_growth() {
        // Ids that all hash alike form one chain, which wraps around the end of the slots
        // and must keep its order when the table grows.
        let ids = colliding_ids(40);
        let mut table = IdTable::default();
        let mut held = Vec::new();
        for round in 0..3 {
            for id in &ids {
                table.insert(id_hash(id), held.len());
                held.push(id.clone());
            }
            for (i, id) in ids.iter().enumerate() {
                assert_eq!(
                    table.find(id_hash(id), |at| held[at] == *id),
                    Some(i),
                    "round {round}"
                );
            }
        }
    }

    /// `n` distinct ids of 16 bytes below 0x80 (valid UTF-8, any JS string) that all hash
    /// alike under [`IdHasher`]: its first word is multiplied and its second xored in, so a
    /// second word that undoes the difference of the first is found in ~256 tries.
    fn colliding_ids(n: usize) -> Vec<String> {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut random_word = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state & 0x7f7f_7f7f_7f7f_7f7f
        };
        let mixed = |word: u64| {
            let product = word.wrapping_mul(SEED);
            product ^ (product >> 32)
        };
        let (a1, a2) = (random_word(), random_word());
        let mut ids = std::collections::BTreeSet::new();
        while ids.len() < n {
            let b1 = random_word();
            let b2 = a2 ^ mixed(a1) ^ mixed(b1);
            if b2 & 0x8080_8080_8080_8080 == 0 {
                let bytes = [b1.to_le_bytes(), b2.to_le_bytes()].concat();
                ids.insert(String::from_utf8(bytes).unwrap_or_default());
            }
        }
        ids.into_iter().collect()
    }
}

#[cfg(test)]
mod collisions {
    use super::id_hash;
    use std::collections::HashSet;

    /// Ids that count up, of every length around a word boundary, hash apart in 64 bits.
    #[test]
    fn counted_ids_never_collide() {
        for prefix in ["", "s", "svc-", "service-", "container-abc-"] {
            let hashes: HashSet<u64> = (0..100_000)
                .map(|i| id_hash(&format!("{prefix}{i}")))
                .collect();
            assert_eq!(hashes.len(), 100_000, "ids `{prefix}N`");
        }
        // Docker's 64-hex ids, and counters padded into fixed widths.
        for width in [8, 16, 64] {
            let hashes: HashSet<u64> = (0..100_000u64)
                .map(|i| id_hash(&format!("{i:0width$x}")))
                .collect();
            assert_eq!(hashes.len(), 100_000, "{width}-digit hex ids");
        }
    }
}
