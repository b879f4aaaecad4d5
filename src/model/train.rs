//! Training: an averaged structured perceptron over labelled pages. Lines
//! whose label the gold does not settle are latent: the gold path is the best
//! path the current weights find among the labels each line allows.

use super::viterbi::decode;
use super::{LABELS, Model};
use std::collections::HashMap;

/// One training page: the feature ids of each line (see
/// [`crate::features::emit`]) and the labels each line may take (a bit mask of
/// [`super::Label::bit`]; 0 allows every label).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Example {
    /// Feature ids per line.
    pub feats: Vec<Vec<u64>>,
    /// Allowed labels per line.
    pub allowed: Vec<u16>,
}

/// Settings of [`train`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TrainOptions {
    /// Passes over the pages.
    pub epochs: usize,
    /// A feature seen on fewer lines than this is dropped.
    pub min_count: u32,
    /// Seed of the page order shuffle.
    pub seed: u64,
    /// Perceptrons trained on different page orders whose weights are
    /// averaged (bagging over orders: steadier weights than one order).
    pub bags: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 8,
            min_count: 3,
            seed: 7,
            bags: 32,
        }
    }
}

struct Averaged {
    w: Vec<f32>,
    u: Vec<f32>,
}

impl Averaged {
    fn new(n: usize) -> Self {
        Averaged {
            w: vec![0.0; n],
            u: vec![0.0; n],
        }
    }

    fn add(&mut self, i: usize, d: f32, c: f32) {
        if let (Some(w), Some(u)) = (self.w.get_mut(i), self.u.get_mut(i)) {
            *w += d;
            *u += c * d;
        }
    }

    fn averaged(&self, c: f32) -> Vec<f32> {
        self.w.iter().zip(&self.u).map(|(w, u)| w - u / c).collect()
    }
}

pub(super) fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        order.swap(i, (*seed % (i as u64 + 1)) as usize);
    }
}

/// Adds one bag's weights `w` to the running average `sum` of `bags` bags.
pub(super) fn add_share(sum: &mut [f32], w: &[f32], bags: usize) {
    for (a, x) in sum.iter_mut().zip(w) {
        *a += x / bags as f32;
    }
}

/// A page's features as indices into the kept ids, with its gold.
pub(super) type Indexed<'a, G> = (Vec<Vec<usize>>, &'a G);

/// The feature ids seen at least `min_count` times over `pages` (sorted),
/// and each page's features as indices into them, beside its gold.
pub(super) fn vocabulary<'a, G: ?Sized>(
    pages: impl Iterator<Item = (&'a Vec<Vec<u64>>, &'a G)> + Clone,
    min_count: u32,
) -> (Vec<u64>, Vec<Indexed<'a, G>>) {
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for (feats, _) in pages.clone() {
        for f in feats.iter().flatten() {
            *counts.entry(*f).or_insert(0) += 1;
        }
    }
    let mut keys: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable();
    let index: HashMap<u64, usize> = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let pages = pages
        .map(|(feats, gold)| {
            let f = feats
                .iter()
                .map(|l| l.iter().filter_map(|f| index.get(f).copied()).collect())
                .collect();
            (f, gold)
        })
        .collect();
    (keys, pages)
}

/// Trains a model on `pages`. Deterministic for a given input and seed.
pub fn train(pages: &[Example], opts: &TrainOptions) -> Model {
    let (keys, pages) = vocabulary(
        pages.iter().map(|p| (&p.feats, p.allowed.as_slice())),
        opts.min_count,
    );
    let bags = opts.bags.max(1);
    let (mut weights, mut trans) = (
        vec![0.0f32; keys.len() * LABELS],
        vec![0.0f32; (LABELS + 1) * LABELS],
    );
    // The bags train side by side; their sum is taken in bag order, so the
    // result does not depend on the threads.
    let trained: Vec<(Vec<f32>, Vec<f32>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..bags)
            .map(|bag| {
                let seed = opts.seed.max(1).wrapping_add(bag as u64 * 0x9e37_79b9);
                let pages = &pages;
                let n = keys.len();
                s.spawn(move || one_order(pages, n, opts.epochs, seed))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    for (w, t) in trained {
        add_share(&mut weights, &w, bags);
        add_share(&mut trans, &t, bags);
    }
    // Features whose weights all averaged to nothing are left out of the file.
    let (mut kept, mut rows) = (Vec::new(), Vec::new());
    for (i, k) in keys.iter().enumerate() {
        let row = weights.get(i * LABELS..(i + 1) * LABELS).unwrap_or(&[]);
        if row.iter().any(|x| x.abs() > 1e-3) {
            kept.push(*k);
            rows.extend(row.iter().map(|x| (x * 1000.0).round() / 1000.0));
        }
    }
    Model::from_parts(kept, rows, trans)
}

/// One averaged perceptron over `pages` in orders shuffled from `seed`:
/// its label weights (`LABELS` per feature) and transition scores.
fn one_order(
    pages: &[Indexed<'_, [u16]>],
    features: usize,
    epochs: usize,
    seed: u64,
) -> (Vec<f32>, Vec<f32>) {
    let mut w = Averaged::new(features * LABELS);
    let mut t = Averaged::new((LABELS + 1) * LABELS);
    let mut c = 1.0f32;
    let mut order: Vec<usize> = (0..pages.len()).collect();
    let mut seed = seed.max(1);
    let mut em: Vec<[f32; LABELS]> = Vec::new();
    for _ in 0..epochs {
        shuffle(&mut order, &mut seed);
        for &k in &order {
            let Some((feats, allowed)) = pages.get(k) else {
                continue;
            };
            em.clear();
            for line in feats {
                let mut e = [0.0f32; LABELS];
                for &f in line {
                    let row = w.w.get(f * LABELS..(f + 1) * LABELS).unwrap_or(&[]);
                    for (o, x) in e.iter_mut().zip(row) {
                        *o += x;
                    }
                }
                em.push(e);
            }
            let pred = decode(&em, &t.w, None);
            let gold = decode(&em, &t.w, Some(allowed));
            if pred != gold {
                let (mut pp, mut pg) = (0usize, 0usize);
                for (i, line) in feats.iter().enumerate() {
                    let (p, g) = (
                        pred.get(i).copied().unwrap_or(0),
                        gold.get(i).copied().unwrap_or(0),
                    );
                    if p != g {
                        for &f in line {
                            w.add(f * LABELS + g, 1.0, c);
                            w.add(f * LABELS + p, -1.0, c);
                        }
                    }
                    let (rp, rg) = (
                        if i == 0 { 0 } else { pp + 1 },
                        if i == 0 { 0 } else { pg + 1 },
                    );
                    if (rp, p) != (rg, g) {
                        t.add(rg * LABELS + g, 1.0, c);
                        t.add(rp * LABELS + p, -1.0, c);
                    }
                    (pp, pg) = (p, g);
                }
            }
            c += 1.0;
        }
    }
    (w.averaged(c), t.averaged(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Label;

    #[test]
    fn learns_a_separable_toy_problem_and_honours_masks() {
        // Feature 1 marks prose, feature 2 menus; labels follow them.
        let page = |n: usize| Example {
            feats: (0..n)
                .map(|i| vec![if i % 3 == 0 { 2 } else { 1 }])
                .collect(),
            allowed: (0..n)
                .map(|i| {
                    if i % 3 == 0 {
                        Label::Boilerplate.bit()
                    } else {
                        Label::Paragraph.bit()
                    }
                })
                .collect(),
        };
        let pages: Vec<Example> = (5..15).map(page).collect();
        let m = train(&pages, &TrainOptions::default());
        assert_eq!(m.features(), 2);
        let e = m.row(1).expect("feature 1 is weighted");
        let best = (0..LABELS).max_by(|&a, &b| e[a].total_cmp(&e[b]));
        assert_eq!(best, Some(Label::Paragraph as usize));
    }
}
