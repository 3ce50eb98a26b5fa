//! One sort for the whole crate. Every `sort_unstable_by` call site links its own
//! copy of the standard library's quicksort and small-sorts (2–3 KB of wasm each,
//! measured with twiggy: five sites cost 16 KB). Here each caller sorts positions
//! `0..n` through one non-generic comparator, so the wasm holds a single copy.
//! Ties keep their original order, so every sort here is stable.

use std::cmp::Ordering;

/// The positions `0..n` ordered by `cmp`, ties by position.
pub fn positions(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    order
}

/// Sorts `v` by `cmp`, keeping equal elements in their order.
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = positions(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_ties_in_their_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_sort() {
        let mut seed = 0x2545_f491_u32;
        let mut v: Vec<u32> = (0..500)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                seed % 97
            })
            .collect();
        let mut expected = v.clone();
        expected.sort();
        sort_by(&mut v, u32::cmp);
        assert_eq!(v, expected);
        assert_eq!(positions(4, &mut |a, b| b.cmp(&a)), [3, 2, 1, 0]);
    }
}
