//! One stable sort for the whole crate.
//!
//! `Vec::sort_by_key` is generic over the element type, so every call site with a different
//! element type compiles its own copy of the standard library's stable sort (driftsort: about
//! 5–12 KB of WebAssembly each: 60 KB for the nine call sites of the core, a ninth of the module).
//! [`by_key`] sorts `(key, index)` pairs instead, the same type at every site, and then moves the
//! elements into that order: one sort in the binary, the same result as `sort_by_key` (the index
//! breaks ties, so equal keys keep their order).

/// The sort key: two offsets compared in order (a single key uses `0` for the second).
pub(crate) type Key = (usize, usize);

/// Sorts `v` by `key`, stably: the same order as `v.sort_by_key(key)`.
///
/// Already sorted input (the common case: most lists are built in text order) costs one pass.
pub(crate) fn by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    if v.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut order: Vec<(Key, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    // The indices are distinct, so no two pairs are equal and an unstable sort is stable here.
    unstable(&mut order);
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&(_, i)| slots[i].take()));
}

/// Sorts `v` in ascending order: heapsort, in place, `O(n log n)` comparisons in the worst case.
///
/// For element types whose equal values are indistinguishable (integers, tuples of them) the
/// result is the same as `sort_unstable`'s. The point is size: every element type sorted with the
/// standard `sort_unstable` compiles its own quicksort (2–3.5 KB of WebAssembly each, with its
/// small-sort and pivot helpers), this is a few hundred bytes per type. E.g. `[(3, 1), (1, 2),
/// (3, 0)]` becomes `[(1, 2), (3, 0), (3, 1)]`.
///
/// Already sorted input (most lists: the quote ranges of a paragraph without nested quotes) costs
/// one pass: heapsort reorders even a sorted array, at some 20 instructions an element.
pub(crate) fn unstable<T: Ord + Copy>(v: &mut [T]) {
    if v.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Moves `v[root]` down the max-heap in `v[..end]` until both children are not greater.
fn sift_down<T: Ord + Copy>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::{by_key, unstable};

    #[test]
    fn unstable_agrees_with_sort_unstable() {
        // Lengths 0 to 40 (every heap shape up to five levels), a fixed pseudo-random sequence
        // with repeated values, and sorted, reversed and constant input.
        let mut x: u32 = 987_654_321;
        for n in 0..=40usize {
            let random: Vec<(usize, usize)> = (0..n)
                .map(|_| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((x >> 16) as usize % 7, (x >> 8) as usize % 3)
                })
                .collect();
            let sorted: Vec<(usize, usize)> = (0..n).map(|i| (i, 0)).collect();
            let reversed: Vec<(usize, usize)> = (0..n).rev().map(|i| (i, n - i)).collect();
            let constant = vec![(4, 4); n];
            for input in [random, sorted, reversed, constant] {
                let mut got = input.clone();
                unstable(&mut got);
                let mut want = input;
                want.sort_unstable();
                assert_eq!(got, want, "n = {n}");
            }
        }
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut want = v.clone();
        want.sort_by_key(|x| x.0);
        by_key(&mut v, |x| (x.0, 0));
        assert_eq!(v, want);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn second_key_breaks_ties_of_the_first() {
        let mut v = vec![(5, 9, "x"), (5, 7, "y"), (2, 8, "z")];
        by_key(&mut v, |x| (x.0, x.1));
        assert_eq!(v, [(2, 8, "z"), (5, 7, "y"), (5, 9, "x")]);
    }

    #[test]
    fn empty_single_and_sorted_input() {
        let mut empty: Vec<String> = Vec::new();
        by_key(&mut empty, |s| (s.len(), 0));
        assert!(empty.is_empty());
        let mut sorted = vec!["甲".to_string(), "乙乙".to_string()];
        by_key(&mut sorted, |s| (s.len(), 0));
        assert_eq!(sorted, ["甲", "乙乙"]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // A fixed pseudo-random sequence with many repeated keys.
        let mut x: u32 = 12345;
        let mut v: Vec<(usize, usize)> = (0..500)
            .map(|i| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((x >> 16) as usize % 17, i)
            })
            .collect();
        let mut want = v.clone();
        want.sort_by_key(|p| p.0);
        by_key(&mut v, |p| (p.0, 0));
        assert_eq!(v, want);
    }
}
