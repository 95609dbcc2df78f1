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
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&(_, i)| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::by_key;

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
