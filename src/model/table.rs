//! One lookup per line feature for every part of the model that reads a
//! line's own features: the sequence model's weights of each label and the
//! three rankers' weights, side by side, so the feature pass that labels a
//! page also gives each line's share of every ranker's score.

use super::{LABELS, Ranker};
use crate::table::FastBuild;
use std::collections::HashMap;

/// Rankers whose line-feature weights the table holds: the headline's, the
/// publication date's, the authors'.
pub(super) const RANKED: usize = 3;
/// Weights per feature: the labels', then the rankers'.
pub(super) const WIDTH: usize = LABELS + RANKED;

/// The weights of each feature id, by row.
#[derive(Clone, Default, PartialEq)]
pub(super) struct Table {
    index: HashMap<u64, u32, FastBuild>,
    rows: Vec<[f32; WIDTH]>,
}

impl Table {
    /// The table of the sequence model's `keys` and `weights` (`LABELS` per
    /// key) and of `rankers`' weights.
    pub(super) fn build(keys: &[u64], weights: &[f32], rankers: [&Ranker; RANKED]) -> Table {
        let mut t = Table::default();
        for (i, &k) in keys.iter().enumerate() {
            let mut row = [0.0; WIDTH];
            if let Some(w) = weights.get(i * LABELS..(i + 1) * LABELS) {
                row[..LABELS].copy_from_slice(w);
            }
            t.index.insert(k, t.rows.len() as u32);
            t.rows.push(row);
        }
        for (j, r) in rankers.iter().enumerate() {
            for (&k, &w) in r.keys.iter().zip(&r.weights) {
                let at = match t.index.get(&k) {
                    Some(&at) => at as usize,
                    None => {
                        t.index.insert(k, t.rows.len() as u32);
                        t.rows.push([0.0; WIDTH]);
                        t.rows.len() - 1
                    }
                };
                if let Some(slot) = t.rows.get_mut(at).and_then(|row| row.get_mut(LABELS + j)) {
                    *slot = w;
                }
            }
        }
        t
    }

    /// The weights of feature `f`.
    pub(super) fn row(&self, f: u64) -> Option<&[f32; WIDTH]> {
        self.rows.get(*self.index.get(&f)? as usize)
    }

    /// Adds the weights of `feats` to `out`.
    pub(super) fn add(&self, feats: &[u64], out: &mut [f32; WIDTH]) {
        for f in feats {
            if let Some(row) = self.row(*f) {
                for (o, w) in out.iter_mut().zip(row) {
                    *o += w;
                }
            }
        }
    }
}
