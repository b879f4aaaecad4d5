//! One lookup per line feature for every part of the model that reads a
//! line's own features: the sequence model's weights of each label and the
//! three rankers' weights, side by side, so the feature pass that labels a
//! page also gives each line's share of every ranker's score.

use super::dense::{Dense, Found};
use super::{LABELS, Ranker};

/// Rankers whose line-feature weights the table holds: the headline's, the
/// publication date's, the authors'.
pub(super) const RANKED: usize = 3;
/// Weights per feature: the labels', then the rankers'.
pub(super) const WIDTH: usize = LABELS + RANKED;

/// A slot of [`Table`]'s index that holds no feature.
const EMPTY: u32 = u32::MAX;

/// The weights of each feature id, by row.
///
/// The index is open-addressed on the id's low bits (feature ids are mixed
/// hashes already: their low bits spread evenly), probed linearly; it is at
/// most half full, so a feature the model does not know (most of a page's)
/// is answered after a slot or two, without hashing.
#[derive(Clone, Default, PartialEq)]
pub(super) struct Table {
    /// Per slot: a feature id and its row ([`EMPTY`] for none).
    slots: Vec<(u64, u32)>,
    rows: Vec<[f32; WIDTH]>,
    /// The rows of the features of small values, by template and value.
    dense: Dense,
}

impl Table {
    /// The table of the sequence model's `keys` and `weights` (`LABELS` per
    /// key) and of `rankers`' weights.
    pub(super) fn build(keys: &[u64], weights: &[f32], rankers: [&Ranker; RANKED]) -> Table {
        let most = keys.len() + rankers.iter().map(|r| r.keys.len()).sum::<usize>();
        let mut t = Table {
            slots: vec![(0, EMPTY); (most * 2).next_power_of_two().max(16)],
            rows: Vec::new(),
            dense: Dense::default(),
        };
        for (i, &k) in keys.iter().enumerate() {
            let mut row = [0.0; WIDTH];
            if let Some(w) = weights.get(i * LABELS..(i + 1) * LABELS) {
                row[..LABELS].copy_from_slice(w);
            }
            let at = t.at_or_new(k);
            if let Some(r) = t.rows.get_mut(at) {
                *r = row;
            }
        }
        for (j, r) in rankers.iter().enumerate() {
            for (&k, &w) in r.keys.iter().zip(&r.weights) {
                let at = t.at_or_new(k);
                if let Some(slot) = t.rows.get_mut(at).and_then(|row| row.get_mut(LABELS + j)) {
                    *slot = w;
                }
            }
        }
        t.dense = Dense::build(t.slots.iter().copied().filter(|s| s.1 != EMPTY));
        t
    }

    /// The slot of feature `f`: the one holding it, else the empty one
    /// where it would go (`None` only for a table without slots).
    #[inline]
    fn slot(&self, f: u64) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = f as usize & mask;
        // The index is at most half full: an empty slot ends every probe.
        loop {
            let &(k, row) = self.slots.get(i)?;
            if row == EMPTY || k == f {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The row of feature `f`, a new row of zeros if it had none.
    fn at_or_new(&mut self, f: u64) -> usize {
        let Some(i) = self.slot(f) else {
            return usize::MAX;
        };
        match self.slots.get_mut(i) {
            Some(s) if s.1 == EMPTY => {
                *s = (f, self.rows.len() as u32);
                self.rows.push([0.0; WIDTH]);
                self.rows.len() - 1
            }
            Some(s) => s.1 as usize,
            None => usize::MAX,
        }
    }

    /// The weights of feature `f`.
    #[inline]
    pub(super) fn row(&self, f: u64) -> Option<&[f32; WIDTH]> {
        let &(_, row) = self.slots.get(self.slot(f)?)?;
        self.rows.get(row as usize)
    }

    /// Adds the weights of feature `f` (if the model knows it) to `out`.
    #[cfg(test)]
    fn add(&self, f: u64, out: &mut [f32; WIDTH]) {
        if let Some(row) = self.row(f) {
            add_row(row, out);
        }
    }

    /// Adds the weights of the feature of template `t` and value `v` (its
    /// id is [`crate::features::feature_id`] of them) to `out`, if the model
    /// knows it: found by template and value when the value is small.
    #[inline]
    pub(super) fn add_feature(&self, t: u8, v: u64, out: &mut [f32; WIDTH]) {
        let row = match self.dense.find(t, v) {
            Found::Row(r) => self.rows.get(r),
            Found::Unknown => None,
            Found::NotIndexed => self.row(crate::features::feature_id(t, v)),
        };
        if let Some(row) = row {
            add_row(row, out);
        }
    }
}

/// Adds `row` to `out`. (Not inlined: on its own the sum is vectorised,
/// inlined into each feature of [`crate::features::emit_each`] it is not.)
#[inline(never)]
fn add_row(row: &[f32; WIDTH], out: &mut [f32; WIDTH]) {
    for (o, w) in out.iter_mut().zip(row) {
        *o += w;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_hold_the_labels_and_rankers_weights() {
        // Ids that share their low bits probe past each other.
        let keys = [3u64, 3 + (1 << 20), 7, u64::MAX];
        let weights: Vec<f32> = (0..keys.len() * LABELS).map(|i| i as f32).collect();
        let ranker = |k: &[u64], w: f32| Ranker::from_parts(k.to_vec(), vec![w; k.len()]);
        let (a, b, c) = (ranker(&[7, 9], 0.5), ranker(&[], 0.0), ranker(&[9, 0], 2.0));
        let t = Table::build(&keys, &weights, [&a, &b, &c]);
        for (i, k) in keys.iter().enumerate() {
            let row = t.row(*k).copied().unwrap_or_default();
            assert_eq!(row[0], (i * LABELS) as f32, "{k}");
        }
        assert_eq!(t.row(7).map(|r| r[LABELS]), Some(0.5));
        assert_eq!(
            t.row(9).map(|r| (r[0], r[LABELS], r[LABELS + 2])),
            Some((0.0, 0.5, 2.0))
        );
        assert_eq!(t.row(0).map(|r| r[LABELS + 2]), Some(2.0));
        assert!(t.row(4).is_none() && Table::default().row(3).is_none());
        let mut out = [1.0; WIDTH];
        t.add(9, &mut out);
        t.add(5, &mut out);
        assert_eq!((out[0], out[LABELS], out[LABELS + 2]), (1.0, 1.5, 3.0));
    }

    #[test]
    fn features_found_by_template_and_value_are_those_found_by_id() {
        use crate::features::{TEMPLATES, feature_id};
        // Values in and out of the direct index: small ones, a neighbour's
        // slot at bit 12, and larger ones.
        let values: Vec<u64> = (0..300)
            .chain((1..9).flat_map(|s| [s << 12, s << 12 | 7, s << 12 | 255, s << 12 | 0xfff]))
            .chain([256, 4095, 1 << 20, u64::MAX >> 8])
            .collect();
        let templates = (0..=TEMPLATES as u8 + 1).collect::<Vec<_>>();
        let mut keys = Vec::new();
        for &t in &templates {
            for (k, &v) in values.iter().enumerate() {
                if (k + usize::from(t)) % 3 == 0 {
                    keys.push(feature_id(t, v));
                }
            }
        }
        let weights: Vec<f32> = (0..keys.len() * LABELS).map(|i| i as f32).collect();
        let ranker = Ranker::from_parts(vec![feature_id(3, 1), 77], vec![0.25, 0.5]);
        let t = Table::build(&keys, &weights, [&ranker, &ranker, &ranker]);
        for &tp in &templates {
            for &v in &values {
                let (mut a, mut b) = ([0.5; WIDTH], [0.5; WIDTH]);
                t.add(feature_id(tp, v), &mut a);
                t.add_feature(tp, v, &mut b);
                assert_eq!(a, b, "{tp} {v}");
            }
        }
        let mut out = [0.0; WIDTH];
        Table::default().add_feature(1, 0, &mut out);
        assert_eq!(out, [0.0; WIDTH]);
    }
}
