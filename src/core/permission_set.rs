//! Permission sets over a catalog.
//!
//! A catalog is a fixed list of ids (`service.create`, `container.start`); a set of them is a
//! `bitflags` type whose bit `i` is the catalog's `i`-th id. Set algebra (union,
//! intersection, difference, contains) is bitflags' own; this module adds what bitflags
//! leaves to us: strict parsing of ids and iteration in catalog order.

use bitflags::Flags;

/// A bitflags set type whose bits are the ids of a catalog, in catalog order.
pub trait CatalogSet: Flags<Bits = u128> + Copy + 'static {
    /// Number of ids in the catalog.
    const LEN: usize;

    /// The id of the `index`-th entry; `index < LEN`.
    fn id_at(index: usize) -> &'static str;

    /// The catalog's positions by the hash of their ids (256 slots, linear probing,
    /// `position + 1` in a slot, `0` empty), built when the crate compiles.
    fn id_slots() -> &'static [u8; ID_SLOTS];

    /// The set holding only the `index`-th id.
    fn single(index: usize) -> Self {
        Self::from_bits_retain(1u128 << index)
    }

    /// The catalog index of an id, if the catalog has it: one probe of
    /// [`id_slots`](Self::id_slots) in almost every case, and one compare of the id found
    /// there (a binary search compared seven, the better part of a native check).
    fn index_of(id: &str) -> Option<usize> {
        let slots = Self::id_slots();
        let mut slot = id_slot(id.as_bytes());
        loop {
            let held = slots[slot];
            if held == 0 {
                return None;
            }
            let position = usize::from(held - 1);
            if Self::id_at(position) == id {
                return Some(position);
            }
            slot = (slot + 1) % ID_SLOTS;
        }
    }

    /// The set as four 32-bit words, lowest bits first: bit `i % 32` of word `i / 32` is the
    /// `i`-th id. The form a page of answers crosses into JS in.
    fn words(self) -> [u32; 4] {
        let bits = self.bits();
        [0, 1, 2, 3].map(|w| (bits >> (32 * w)) as u32)
    }

    /// The catalog indexes of the set's ids, in catalog order.
    fn indexes(self) -> CatalogIndexes {
        CatalogIndexes { bits: self.bits() }
    }

    /// The set's ids, in catalog order.
    fn ids(self) -> core::iter::Map<CatalogIndexes, fn(usize) -> &'static str> {
        self.indexes().map(Self::id_at)
    }
}

/// Slots of a catalog's id table: a power of two, at least twice the 128 ids a set can hold,
/// so that a probe rarely goes past the first slot.
pub const ID_SLOTS: usize = 256;

/// The bytes of an id shorter than eight as one little-endian word (`const`: the table is
/// built by the compiler with the function a lookup runs).
const fn short_word(bytes: &[u8]) -> u64 {
    let mut word = 0u64;
    let mut i = 0;
    while i < bytes.len() && i < 8 {
        word |= (bytes[i] as u64) << (8 * i);
        i += 1;
    }
    word
}

/// The slot an id hashes to: its first and last eight bytes and its length, mixed by one
/// multiply (ids share prefixes, `container.`, and suffixes, `.create`, but rarely both).
const fn id_slot(bytes: &[u8]) -> usize {
    let len = bytes.len();
    // Whole words where the id has them: two loads rather than a loop over the bytes.
    let (first, last) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) if len > 8 => {
            (u64::from_le_bytes(*first), u64::from_le_bytes(*last))
        }
        (Some(first), _) => (u64::from_le_bytes(*first), 0),
        _ => (short_word(bytes), 0),
    };
    let mixed = (first ^ last.rotate_left(29) ^ (len as u64)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 56) as usize
}

/// The id table of a catalog (see [`CatalogSet::id_slots`]), built when the crate compiles.
pub const fn id_slots<const N: usize>(ids: &[&str; N]) -> [u8; ID_SLOTS] {
    assert!(
        2 * N <= ID_SLOTS,
        "a catalog's ids fill at most half its table"
    );
    let mut slots = [0u8; ID_SLOTS];
    let mut i = 0;
    while i < N {
        let mut slot = id_slot(ids[i].as_bytes());
        while slots[slot] != 0 {
            slot = (slot + 1) % ID_SLOTS;
        }
        slots[slot] = i as u8 + 1;
        i += 1;
    }
    slots
}

/// Iterates the indexes of a set's bits, lowest (first in the catalog) first.
pub struct CatalogIndexes {
    bits: u128,
}

impl Iterator for CatalogIndexes {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.bits == 0 {
            return None;
        }
        let index = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(index)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

/// Implements [`CatalogSet`] for a generated bitflags type over a static info table and the
/// same ids as a constant array (which only the compiler reads).
macro_rules! catalog_set {
    ($set:ty, $table:path, $ids:path) => {
        impl $crate::core::permission_set::CatalogSet for $set {
            const LEN: usize = $table.len();

            fn id_at(index: usize) -> &'static str {
                $table[index].id
            }

            fn id_slots() -> &'static [u8; $crate::core::permission_set::ID_SLOTS] {
                static ID_SLOTS: [u8; $crate::core::permission_set::ID_SLOTS] =
                    $crate::core::permission_set::id_slots(&$ids);
                &ID_SLOTS
            }
        }
    };
}
pub(crate) use catalog_set;

#[cfg(test)]
mod tests {
    use super::CatalogSet;

    /// Every id of the catalog is found at its own position, and every near miss (a byte
    /// changed, one more or one fewer, another case) is found only where the catalog holds it.
    fn finds_exactly_the_catalog<S: CatalogSet>() {
        let ids: Vec<&str> = (0..S::LEN).map(S::id_at).collect();
        let expected = |candidate: &str| ids.iter().position(|id| *id == candidate);
        for (position, id) in ids.iter().enumerate() {
            assert_eq!(S::index_of(id), Some(position), "{id}");
            let mut near = vec![
                String::new(),
                format!("{id}x"),
                id[..id.len() - 1].to_owned(),
                id.to_uppercase(),
                format!(" {id}"),
            ];
            for at in 0..id.len() {
                let mut changed = (*id).to_owned();
                let other = if id.as_bytes()[at] == b'a' { "b" } else { "a" };
                changed.replace_range(at..at + 1, other);
                near.push(changed);
            }
            for candidate in near {
                assert_eq!(
                    S::index_of(&candidate),
                    expected(&candidate),
                    "{candidate:?}"
                );
            }
        }
    }

    #[cfg(feature = "dokploy")]
    #[test]
    fn dokploy_permission_ids_are_found_exactly() {
        finds_exactly_the_catalog::<crate::dokploy::Permissions>();
    }

    #[cfg(feature = "portainer")]
    #[test]
    fn portainer_operation_ids_are_found_exactly() {
        finds_exactly_the_catalog::<crate::portainer::Operations>();
    }
}
