//! Runs of numbers in one arena: how a compiled model stores its many short sorted lists (the
//! positions a control names, a member's access list as numbers) without an allocation each.

/// A run of an arena: where it starts and how long it is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Run {
    start: u32,
    len: u32,
}

impl Run {
    /// The run's numbers in `arena` (none when it does not hold them).
    pub(crate) fn of(self, arena: &[u32]) -> &[u32] {
        let start = self.start as usize;
        arena
            .get(start..start + self.len as usize)
            .unwrap_or_default()
    }

    pub(crate) fn len(self) -> usize {
        self.len as usize
    }

    /// Whether the run, sorted, holds `number`.
    pub(crate) fn holds(self, arena: &[u32], number: u32) -> bool {
        self.of(arena).binary_search(&number).is_ok()
    }
}

/// The numbers appended to `arena` since `start` as a run, sorted when `sorted`.
pub(crate) fn close(arena: &mut [u32], start: usize, sorted: bool) -> Run {
    if sorted {
        sorted_from(arena, start)
    } else {
        run_from(arena, start)
    }
}

/// The numbers appended to `arena` since `start`, sorted, as a run.
pub(crate) fn sorted_from(arena: &mut [u32], start: usize) -> Run {
    if let Some(tail) = arena.get_mut(start..) {
        heapsort(tail);
    }
    run_from(arena, start)
}

fn run_from(arena: &[u32], start: usize) -> Run {
    Run {
        start: start as u32,
        len: arena.len().saturating_sub(start) as u32,
    }
}

/// Sorts in place, in O(n log n) and no allocation. The standard library's sort would do the
/// same here, but instantiating it costs some 4 KB of wasm (1.5 KB gzip) in every build, the
/// browser's included, for runs compiled once per load.
fn heapsort(items: &mut [u32]) {
    heapsort_by(items, |a, b| a < b);
}

/// [`heapsort`] of any items, by `less`.
pub(crate) fn heapsort_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let sift_down = |items: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&items[child], &items[child + 1]) {
            child += 1;
        }
        if !less(&items[root], &items[child]) {
            return;
        }
        items.swap(root, child);
        root = child;
    };
    let n = items.len();
    for root in (0..n / 2).rev() {
        sift_down(items, root, n);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]
mod tests {
    use super::heapsort;

    #[test]
    fn heapsort_sorts() {
        let mut state = 0x2545_f491_u32;
        for len in [0, 1, 2, 3, 8, 9, 100, 1000] {
            let mut items: Vec<u32> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state % 97
                })
                .collect();
            let mut expected = items.clone();
            expected.sort();
            heapsort(&mut items);
            assert_eq!(items, expected, "{len} items");
        }
    }
}
