//! A learned ranking over a page's candidate lines for one field (the
//! headline, the publication date): a linear score over each candidate's
//! sparse features, trained so that a gold candidate outscores every other
//! by a margin (a ranking perceptron, averaged). The field modules say what
//! a candidate is and what its features are (see `title` and `dates`).

use crate::table::FastBuild;
use std::collections::HashMap;

/// Score margin the gold headline must win by in training.
const MARGIN: f32 = 1.0;

/// One training page of a ranker: the features of each candidate and which
/// candidates are gold.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RankExample {
    /// Features per candidate.
    pub feats: Vec<Vec<u64>>,
    /// True for the gold candidates.
    pub gold: Vec<bool>,
}

impl RankExample {
    /// The ranking example of `cands` (each candidate's features and
    /// whether it is gold); `None` when no candidate is gold.
    pub fn of(cands: impl Iterator<Item = (Vec<u64>, bool)>) -> Option<Self> {
        let mut ex = RankExample::default();
        for (f, g) in cands {
            ex.feats.push(f);
            ex.gold.push(g);
        }
        ex.gold.iter().any(|&g| g).then_some(ex)
    }
}

/// The ranking example of `cands` and "none" (a last candidate, gold when
/// no other is): `feats(Some(k))` gives candidate `k`'s features,
/// `feats(None)` those of "none".
pub(super) fn example_with_none<C>(
    cands: &[C],
    feats: impl Fn(Option<usize>) -> Vec<u64>,
    is_gold: impl Fn(&C) -> bool,
) -> Option<RankExample> {
    let any = cands.iter().any(&is_gold);
    RankExample::of((0..cands.len()).map(Some).chain([None]).map(|k| {
        let g = match k.and_then(|k| cands.get(k)) {
            Some(c) => is_gold(c),
            None => !any,
        };
        (feats(k), g)
    }))
}

/// A field's candidate, printed on a line of the page.
pub(super) trait OnLine {
    /// The line's index in the page.
    fn line(&self) -> usize;
}

/// The best of `cands` under `r`, or `None` when "none" ranks first. A
/// candidate scores its line's share `shares[line][slot]` (from
/// [`super::Model::label_with_shares`]) plus the weights of its other
/// features, or, without shares, the weights of all of them:
/// `feats(k, own)` gives candidate `k`'s features ("none"'s for `None`),
/// the line's own ones only when `own`. With `only`, the best of the
/// candidates it accepts, "none" left out.
pub(super) fn best_on_lines<'c, C: OnLine>(
    r: &Ranker,
    cands: &'c [C],
    shares: Option<&[super::Shares]>,
    slot: usize,
    only: Option<&dyn Fn(usize) -> bool>,
    feats: impl Fn(Option<usize>, bool) -> Vec<u64>,
) -> Option<&'c C> {
    let score = |k: Option<usize>| {
        let share = k
            .and_then(|k| cands.get(k))
            .and_then(|c| shares.and_then(|s| s.get(c.line())))
            .and_then(|s| s.get(slot));
        match share {
            Some(s) => s + r.score(&feats(k, false)),
            None => r.score(&feats(k, true)),
        }
    };
    match only {
        None => r
            .best_or_none(cands.len(), score)
            .and_then(|k| cands.get(k)),
        Some(only) => argmax(
            (0..cands.len())
                .filter(|&k| only(k))
                .map(|k| (k, score(Some(k)))),
        )
        .and_then(|(k, _)| cands.get(k)),
    }
}

/// Trained weights of one field's ranker.
#[derive(Clone, Default, PartialEq)]
pub struct Ranker {
    pub(super) keys: Vec<u64>,
    pub(super) weights: Vec<f32>,
    index: HashMap<u64, u32, FastBuild>,
}

impl std::fmt::Debug for Ranker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ranker")
            .field("features", &self.keys.len())
            .finish()
    }
}

impl Ranker {
    /// A ranker of sorted, unique feature ids and their weights.
    pub(super) fn from_parts(keys: Vec<u64>, weights: Vec<f32>) -> Ranker {
        let index = keys
            .iter()
            .enumerate()
            .map(|(i, &k)| (k, i as u32))
            .collect();
        Ranker {
            keys,
            weights,
            index,
        }
    }

    /// True when the ranker has no weights.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of weighted features.
    pub fn features(&self) -> usize {
        self.keys.len()
    }

    /// The score of one candidate's features.
    pub fn score(&self, feats: &[u64]) -> f32 {
        feats
            .iter()
            .filter_map(|f| self.index.get(f))
            .filter_map(|&k| self.weights.get(k as usize))
            .sum()
    }

    /// The best of `n` candidates under `score`, or `None` when "none"
    /// ranks first or the ranker is empty.
    pub(super) fn best_or_none(
        &self,
        n: usize,
        score: impl Fn(Option<usize>) -> f32,
    ) -> Option<usize> {
        if self.is_empty() {
            return None;
        }
        argmax((0..n).map(Some).chain([None]).map(|k| (k, score(k)))).and_then(|(k, _)| k)
    }

    /// Trains a ranker on `pages` (a ranking perceptron, averaged over
    /// `epochs` passes; features seen fewer than `min_count` times dropped).
    pub fn train(pages: &[RankExample], epochs: usize, min_count: u32) -> Ranker {
        Ranker::train_bagged(pages, epochs, min_count, 1, 0)
    }

    /// [`Ranker::train`] on `bags` orders of the pages (the given order,
    /// then orders shuffled from `seed`), their weights averaged: steadier
    /// weights than one order gives.
    pub fn train_bagged(
        pages: &[RankExample],
        epochs: usize,
        min_count: u32,
        bags: usize,
        seed: u64,
    ) -> Ranker {
        let (keys, pages) = super::train::vocabulary(
            pages.iter().map(|p| (&p.feats, p.gold.as_slice())),
            min_count,
        );
        let bags = bags.max(1);
        let mut sum = vec![0.0f32; keys.len()];
        let mut order: Vec<usize> = (0..pages.len()).collect();
        let mut seed = seed.max(1);
        for bag in 0..bags {
            if bag > 0 {
                super::train::shuffle(&mut order, &mut seed);
            }
            let w = one_order(&pages, &order, keys.len(), epochs);
            super::train::add_share(&mut sum, &w, bags);
        }
        let (mut kept, mut rows) = (Vec::new(), Vec::new());
        for (k, a) in keys.iter().zip(sum) {
            if a.abs() > 1e-3 {
                kept.push(*k);
                rows.push((a * 1000.0).round() / 1000.0);
            }
        }
        Ranker::from_parts(kept, rows)
    }
}

/// One averaged ranking perceptron over `pages` taken in `order`: its
/// weights, one per feature.
fn one_order(
    pages: &[super::train::Indexed<'_, [bool]>],
    order: &[usize],
    features: usize,
    epochs: usize,
) -> Vec<f32> {
    let (mut w, mut u) = (vec![0.0f32; features], vec![0.0f32; features]);
    let mut c = 1.0f32;
    let score = |w: &[f32], f: &[usize]| -> f32 { f.iter().filter_map(|&k| w.get(k)).sum() };
    for _ in 0..epochs {
        for (feats, gold) in order.iter().filter_map(|&i| pages.get(i)) {
            let argmax = |want: bool| {
                feats
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| gold.get(*k).copied().unwrap_or(false) == want)
                    .map(|(k, f)| (k, score(&w, f)))
                    .max_by(|a, b| a.1.total_cmp(&b.1))
            };
            let (Some((p, sp)), Some((g, sg))) = (argmax(false), argmax(true)) else {
                continue;
            };
            // A margin perceptron: the gold must win by MARGIN.
            if sg < sp + MARGIN {
                for (k, d) in [(g, 1.0f32), (p, -1.0)] {
                    for &f in feats.get(k).map(Vec::as_slice).unwrap_or(&[]) {
                        if let (Some(wf), Some(uf)) = (w.get_mut(f), u.get_mut(f)) {
                            *wf += d;
                            *uf += c * d;
                        }
                    }
                }
            }
            c += 1.0;
        }
    }
    w.iter().zip(&u).map(|(wk, uk)| wk - uk / c).collect()
}

/// The first best-scoring key, with its margin over the runner-up.
pub(super) fn argmax<K>(cands: impl Iterator<Item = (K, f32)>) -> Option<(K, f32)> {
    let (mut best, mut second): (Option<(K, f32)>, f32) = (None, f32::NEG_INFINITY);
    for (k, s) in cands {
        match &best {
            Some((_, b)) if s <= *b => second = second.max(s),
            _ => {
                if let Some((_, b)) = &best {
                    second = second.max(*b);
                }
                best = Some((k, s));
            }
        }
    }
    best.map(|(k, s)| (k, if second.is_finite() { s - second } else { s }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_to_rank_the_marked_candidate_first() {
        // Feature 5 marks the headline; 6 is noise on every line.
        let page = |n: usize, at: usize| RankExample {
            feats: (0..n)
                .map(|i| if i == at { vec![5, 6] } else { vec![6, 7] })
                .collect(),
            gold: (0..n).map(|i| i == at).collect(),
        };
        let pages: Vec<RankExample> = (3..12).map(|n| page(n, n / 2)).collect();
        let r = Ranker::train(&pages, 5, 1);
        assert!(r.score(&[5, 6]) > r.score(&[6, 7]));
        assert!(!r.is_empty());
    }
}
