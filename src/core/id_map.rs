//! Hash maps keyed by the ids of a loaded state.
//!
//! A Portainer check looks up an environment, a role policy, a resource and its stack: four to
//! eight hashes of short ids per `can()`. The standard library's SipHash costs more than the
//! rest of the decision in wasm, where it has no 64-bit SIMD help. These maps use a word-at-a-time
//! multiplicative hash (the one rustc uses for its own tables) instead.
//!
//! SipHash exists to resist collision floods from untrusted keys. The keys that go *into* these
//! maps are the ids of the state, which whoever deploys the policy writes; the keys a request
//! brings are only looked up, and a lookup can at worst probe one long chain the state author
//! built. A state designed to collide therefore only slows down its own loading. A table that
//! stores what a caller asks about (the target handles) uses [`KeyedState`] instead: SipHash
//! with a key drawn once per process, which no caller can aim collisions at.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::ops::Deref;

/// A `HashMap` with [`IdHasher`].
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
/// A `HashSet` with [`IdHasher`].
pub type IdSet<K> = HashSet<K, BuildHasherDefault<IdHasher>>;

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
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length in the free top byte keeps "a" and "a\0" apart.
            word[7] = rest.len() as u8;
            self.add(u64::from_le_bytes(word));
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
    /// prefix (`svc-1998`, `svc-1999`) agree in their low 32 bits, which is all that a wasm32
    /// `HashMap` uses to pick a bucket: a 2000-id list then probed for ~150 ns per lookup.
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
    let random = std::collections::hash_map::RandomState::new();
    (random.hash_one(0x5eed_u64), random.hash_one(0x5eed_u64 + 1))
}

#[cfg(target_arch = "wasm32")]
fn process_keys() -> (u64, u64) {
    use crate::wasm::host::random_u64;
    (random_u64(), random_u64())
}

impl BuildHasher for KeyedState {
    // The standard library's SipHash with chosen keys; deprecated only in favour of a
    // crate, and the one keyed hash std offers on every target.
    #[allow(deprecated)]
    type Hasher = std::hash::SipHasher;

    #[allow(deprecated)]
    fn build_hasher(&self) -> Self::Hasher {
        std::hash::SipHasher::new_with_keys(self.keys.0, self.keys.1)
    }
}

/// Up to this many ids, a scan of the list beats hashing the id.
pub(crate) const SCAN_LIMIT: usize = 8;

/// A list of ids as the state stores it (order kept, so that saving gives it back unchanged)
/// that finds an id by hash once it is longer than a few ids: an access list or a policy may
/// name thousands of services or users.
#[derive(Debug, Clone, Default)]
pub struct IdList {
    ids: Ids,
    /// Only once the list is too long to scan: most lists name an id or two, and a state
    /// holds a hundred thousand of them (a control's users and teams), so a short list keeps
    /// no room for an index.
    index: Option<Box<ListIndex>>,
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
            Ids::One(id) => std::slice::from_ref(id),
            Ids::Many(ids) => ids,
        }
    }

    fn push(&mut self, id: String) {
        match self {
            Ids::Many(ids) if ids.is_empty() && ids.capacity() == 0 => *self = Ids::One(id),
            Ids::Many(ids) => ids.push(id),
            Ids::One(first) => {
                let first = std::mem::take(first);
                *self = Ids::Many(vec![first, id]);
            }
        }
    }
}

#[derive(Debug, Clone, Default)]
struct ListIndex {
    /// The hash of each id → the first position holding it. Hashes, not ids: the index clones
    /// no string.
    positions: IdMap<u64, u32>,
    /// Positions whose id hashes like an earlier, different id (64-bit hashes of real ids
    /// practically never collide, but a crafted state could make them).
    collisions: Vec<u32>,
}

/// An id's hash, for tables keyed by it that keep the id elsewhere.
pub(crate) fn id_hash(id: &str) -> u64 {
    BuildHasherDefault::<IdHasher>::default().hash_one(id)
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
        let Some(index) = &self.index else {
            return self.ids.as_slice().iter().position(|held| held == id);
        };
        if let Some(&at) = index.positions.get(&id_hash(id)) {
            if self.ids.as_slice()[at as usize] == id {
                return Some(at as usize);
            }
        }
        index
            .collisions
            .iter()
            .map(|&at| at as usize)
            .find(|&at| self.ids.as_slice()[at] == id)
    }

    pub fn push(&mut self, id: String) {
        self.ids.push(id);
        let len = self.ids.as_slice().len();
        match self.index {
            Some(_) => self.index_at(len - 1),
            None if len > SCAN_LIMIT => self.index_all(),
            None => {}
        }
    }

    fn index_all(&mut self) {
        self.index = Some(Box::new(ListIndex {
            positions: IdMap::with_capacity_and_hasher(
                self.ids.as_slice().len(),
                Default::default(),
            ),
            collisions: Vec::new(),
        }));
        for at in 0..self.ids.as_slice().len() {
            self.index_at(at);
        }
    }

    /// Indexes the id at `at`, unless an earlier position holds the same id.
    fn index_at(&mut self, at: usize) {
        let (ids, Some(index)) = (self.ids.as_slice(), &mut self.index) else {
            return;
        };
        let id = &ids[at];
        match index.positions.entry(id_hash(id)) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(at as u32);
            }
            std::collections::hash_map::Entry::Occupied(held) => {
                let held = *held.get() as usize;
                if ids[held] != *id && !index.collisions.iter().any(|&c| ids[c as usize] == *id) {
                    index.collisions.push(at as u32);
                }
            }
        }
    }
}

impl From<Vec<String>> for IdList {
    fn from(ids: Vec<String>) -> Self {
        let mut list = IdList {
            ids: Ids::Many(ids),
            index: None,
        };
        if list.ids.as_slice().len() > SCAN_LIMIT {
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
    type IntoIter = std::slice::Iter<'a, String>;

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
    use std::hash::{BuildHasher, Hash};

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
        let hashes: IdSet<u64> = ids.iter().map(hash).collect();
        assert_eq!(hashes.len(), ids.len());
        // Zero padding of the last word must not make these equal.
        assert_ne!(hash("a"), hash("a\0"));
        assert_ne!(hash("abcdefgh"), hash("abcdefgh\0"));
        assert_ne!(hash(("ab", "c")), hash(("a", "bc")));
    }

    #[test]
    fn lists_answer_the_same_short_and_long() {
        for len in [0, 1, SCAN_LIMIT, SCAN_LIMIT + 1, 100] {
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
            .chain(&["c"; 10])
            .map(|s| s.to_string())
            .collect();
        assert_eq!(IdList::from(repeated.clone()).position("c"), Some(3));
        assert_eq!(IdList::from(repeated[..3].to_vec()).position("a"), Some(0));
    }

    #[test]
    fn ids_with_a_common_prefix_spread_over_the_low_bits() {
        // A wasm32 hash table picks buckets and tags from the low 32 bits only.
        let low: IdSet<u32> = (0..2000)
            .map(|i| hash(format!("svc-{i}").as_str()) as u32 & 0xfff)
            .collect();
        assert!(
            low.len() > 1000,
            "{} distinct 12-bit buckets of 2000",
            low.len()
        );
    }

    #[test]
    fn maps_find_what_they_hold() {
        let map: IdMap<String, usize> = (0..1000).map(|i| (format!("id-{i}"), i)).collect();
        assert!((0..1000).all(|i| map.get(format!("id-{i}").as_str()) == Some(&i)));
        assert_eq!(map.get("id-1000"), None);
    }

    /// `n` distinct ids of 16 bytes below 0x80 (valid UTF-8, any JS string) that all hash
    /// alike under [`IdHasher`]: its first word is multiplied and its second xored in, so a
    /// second word that undoes the difference of the first is found in ~256 tries.
    pub(crate) fn colliding_ids(n: usize) -> Vec<String> {
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

    /// A key that counts the comparisons a table makes: the work of a probe.
    #[derive(Debug)]
    struct Counted<'c>(String, &'c std::cell::Cell<usize>);

    impl Hash for Counted<'_> {
        fn hash<H: Hasher>(&self, state: &mut H) {
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
    // The counter a key holds is not part of what it hashes or compares.
    #[allow(clippy::mutable_key_type)]
    fn comparisons_per_id<S: BuildHasher + Default>(ids: &[String]) -> f64 {
        let count = std::cell::Cell::new(0);
        let mut table = HashMap::with_hasher(S::default());
        for (i, id) in ids.iter().enumerate() {
            table.insert(Counted(id.clone(), &count), i);
        }
        assert_eq!(table.len(), ids.len());
        count.get() as f64 / ids.len() as f64
    }

    #[test]
    fn ids_crafted_to_collide_cost_the_keyed_table_no_more_than_any_ids() {
        let ids = colliding_ids(4000);
        // The attack is real: every id has the same state hash...
        assert!(ids
            .iter()
            .all(|id| hash(id.as_str()) == hash(ids[0].as_str())));
        // ...so a table keyed by it compares each new id with every earlier one,
        let flooded = comparisons_per_id::<BuildHasherDefault<IdHasher>>(&ids);
        assert!(flooded > 1000.0, "{flooded} comparisons per id");
        // while the keyed table's work per id stays flat, as for ordinary ids.
        let keyed = comparisons_per_id::<KeyedState>(&ids);
        let ordinary: Vec<String> = (0..4000).map(|i| format!("svc-{i}")).collect();
        let baseline = comparisons_per_id::<KeyedState>(&ordinary);
        assert!(
            keyed < 0.5 && baseline < 0.5,
            "keyed {keyed}, ordinary {baseline}"
        );
        let distinct: HashSet<u64> = ids
            .iter()
            .map(|id| KeyedState::default().hash_one(id.as_str()))
            .collect();
        assert_eq!(
            distinct.len(),
            ids.len(),
            "no two crafted ids hash alike under the key"
        );
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
