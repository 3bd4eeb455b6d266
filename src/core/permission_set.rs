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

    /// The catalog's positions in the order of their ids, computed when the crate compiles.
    fn by_id() -> &'static [u8];

    /// The set holding only the `index`-th id.
    fn single(index: usize) -> Self {
        Self::from_bits_retain(1u128 << index)
    }

    /// The catalog index of an id, if the catalog has it: a binary search of [`by_id`](Self::by_id).
    fn index_of(id: &str) -> Option<usize> {
        let by_id = Self::by_id();
        let (mut low, mut high) = (0, by_id.len());
        while low < high {
            let middle = (low + high) / 2;
            let position = usize::from(by_id[middle]);
            match Self::id_at(position).cmp(id) {
                core::cmp::Ordering::Less => low = middle + 1,
                core::cmp::Ordering::Greater => high = middle,
                core::cmp::Ordering::Equal => return Some(position),
            }
        }
        None
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

/// Whether `a` sorts before `b`, byte by byte (as `str`'s `Ord`), when the crate compiles.
const fn sorts_before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// The positions of `ids` in the order of the ids (an insertion sort, when the crate
/// compiles): what [`CatalogSet::index_of`] searches, with no table built at run time.
pub const fn positions_by_id<const N: usize>(ids: &[&str; N]) -> [u8; N] {
    let mut order = [0u8; N];
    let mut i = 0;
    while i < N {
        order[i] = i as u8;
        i += 1;
    }
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && sorts_before(ids[order[j] as usize], ids[order[j - 1] as usize]) {
            let held = order[j];
            order[j] = order[j - 1];
            order[j - 1] = held;
            j -= 1;
        }
        i += 1;
    }
    order
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

            fn by_id() -> &'static [u8] {
                static BY_ID: [u8; $table.len()] =
                    $crate::core::permission_set::positions_by_id(&$ids);
                &BY_ID
            }
        }
    };
}
pub(crate) use catalog_set;
