//! Permission sets over a catalog.
//!
//! A catalog is a fixed list of ids (`service.create`, `container.start`); a set of them is a
//! `bitflags` type whose bit `i` is the catalog's `i`-th id. Set algebra (union,
//! intersection, difference, contains) is bitflags' own; this module adds what bitflags
//! leaves to us: strict parsing of ids and iteration in catalog order.

use bitflags::Flags;

use crate::core::id_map::IdMap;

/// A bitflags set type whose bits are the ids of a catalog, in catalog order.
pub trait CatalogSet: Flags<Bits = u128> + Copy + 'static {
    /// Number of ids in the catalog.
    const LEN: usize;

    /// The id of the `index`-th entry; `index < LEN`.
    fn id_at(index: usize) -> &'static str;

    /// The lookup table from id to index, built once.
    fn index() -> &'static IdIndex;

    /// The set holding only the `index`-th id.
    fn single(index: usize) -> Self {
        Self::from_bits_retain(1u128 << index)
    }

    /// The catalog index of an id, if the catalog has it.
    fn index_of(id: &str) -> Option<usize> {
        Self::index().get(id)
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
    fn ids(self) -> std::iter::Map<CatalogIndexes, fn(usize) -> &'static str> {
        self.indexes().map(Self::id_at)
    }
}

/// Maps catalog ids to their indexes.
pub struct IdIndex {
    by_id: IdMap<&'static str, usize>,
}

impl IdIndex {
    pub fn build(len: usize, id_at: impl Fn(usize) -> &'static str) -> Self {
        IdIndex {
            by_id: (0..len).map(|i| (id_at(i), i)).collect(),
        }
    }

    pub fn get(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }
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

/// Implements [`CatalogSet`] for a generated bitflags type over a static info table.
macro_rules! catalog_set {
    ($set:ty, $table:path) => {
        impl $crate::core::permission_set::CatalogSet for $set {
            const LEN: usize = $table.len();

            fn id_at(index: usize) -> &'static str {
                $table[index].id
            }

            fn index() -> &'static $crate::core::permission_set::IdIndex {
                static INDEX: std::sync::OnceLock<$crate::core::permission_set::IdIndex> =
                    std::sync::OnceLock::new();
                INDEX.get_or_init(|| {
                    $crate::core::permission_set::IdIndex::build($table.len(), |i| $table[i].id)
                })
            }
        }
    };
}
pub(crate) use catalog_set;
