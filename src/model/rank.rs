//! The headline ranker: a linear score over every short line of a page,
//! trained so that the gold headline outscores every other line (a ranking
//! perceptron, averaged). Its features are the line's own (see
//! [`crate::features::emit`]) and the sequence model's labels around it, so
//! a line right above a byline and the first paragraphs outranks a teaser
//! that a menu surrounds.

use super::{Label, Scored};
use crate::features::{CUE_CLASSES, Page, emit, log_b as bucket, mix};
use crate::table::FastBuild;
use std::collections::HashMap;

/// Score margin the gold headline must win by in training.
const MARGIN: f32 = 1.0;

/// Longest line (in words) that can be a headline.
const MAX_WORDS: u32 = 40;

/// Templates of the ranker's own features (beside the line's).
#[derive(Clone, Copy)]
#[repr(u8)]
enum R {
    Own = 0xA0,
    Near,
    ParasNext,
    FirstPara,
    ParasBefore,
    CueNext,
    LabelShape,
    TitleOrder,
}

fn rid(t: R, v: u64) -> u64 {
    mix((t as u64) << 56 ^ v ^ 0x7469_746c_6500_0000)
}

/// The lines of `page` that may be its headline.
pub fn candidates(page: &Page) -> impl Iterator<Item = usize> + '_ {
    page.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| (1..=MAX_WORDS).contains(&l.stats.words))
        .map(|(i, _)| i)
}

/// Pushes the ranking features of line `i` of `page` under `labels` (the
/// sequence model's labels of every line) onto `out`.
pub fn features(page: &Page, labels: &[Scored], i: usize, out: &mut Vec<u64>) {
    emit(page, i, out);
    let label = |k: usize| labels.get(k).map_or(0xff, |s| s.label as u64);
    let own = label(i);
    out.push(rid(R::Own, own));
    for (slot, d) in [(0u64, -1i64), (1, 1), (2, 2)] {
        let k = i as i64 + d;
        let l = usize::try_from(k).map_or(0xfe, label);
        out.push(rid(R::Near, slot << 8 | l));
    }
    let next = (i + 1..(i + 7).min(labels.len()))
        .filter(|&k| labels.get(k).is_some_and(|s| s.label.is_body()))
        .count();
    out.push(rid(R::ParasNext, next as u64));
    let first = labels
        .iter()
        .skip(i + 1)
        .position(|s| s.label == Label::Paragraph)
        .map_or(0xff, bucket);
    out.push(rid(R::FirstPara, first));
    let before = labels
        .iter()
        .take(i)
        .filter(|s| s.label == Label::Paragraph)
        .count();
    out.push(rid(R::ParasBefore, bucket(before)));
    for d in 2..=3u64 {
        if let Some(o) = page.lines.get(i + d as usize) {
            for c in 0..CUE_CLASSES as u64 {
                if o.cues.any >> c & 1 == 1 {
                    out.push(rid(R::CueNext, d << 8 | c));
                }
            }
        }
    }
    if let Some(l) = page.lines.get(i) {
        let s = &l.stats;
        let shape = bucket(s.words as usize) << 2
            | u64::from(s.ends_sentence) << 1
            | u64::from(s.ends_colon);
        out.push(rid(R::LabelShape, own << 8 | shape));
    }
    let titles_before = labels
        .iter()
        .take(i)
        .filter(|s| s.label == Label::Title)
        .count();
    out.push(rid(R::TitleOrder, own << 8 | bucket(titles_before)));
}

/// One training page of the ranker: the features of each candidate line and
/// which candidates print the gold headline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RankExample {
    /// Features per candidate.
    pub feats: Vec<Vec<u64>>,
    /// True for the candidates that are the gold headline.
    pub gold: Vec<bool>,
}

impl RankExample {
    /// The ranking example of `page` under `labels`; `is_gold` tells which
    /// lines print the headline. `None` when no candidate does.
    pub fn of(page: &Page, labels: &[Scored], is_gold: impl Fn(usize) -> bool) -> Option<Self> {
        let mut ex = RankExample::default();
        for i in candidates(page) {
            let mut f = Vec::new();
            features(page, labels, i, &mut f);
            ex.feats.push(f);
            ex.gold.push(is_gold(i));
        }
        ex.gold.iter().any(|&g| g).then_some(ex)
    }
}

/// Trained weights of the headline ranker.
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

    fn score(&self, feats: &[u64]) -> f32 {
        feats
            .iter()
            .filter_map(|f| self.index.get(f))
            .filter_map(|&k| self.weights.get(k as usize))
            .sum()
    }

    /// The best headline line of `page` under `labels`, with its score's
    /// margin over the runner-up; `None` for an empty ranker or page.
    pub fn best(&self, page: &Page, labels: &[Scored]) -> Option<(usize, f32)> {
        if self.is_empty() {
            return None;
        }
        let mut feats = Vec::with_capacity(128);
        let (mut best, mut second): (Option<(usize, f32)>, f32) = (None, f32::NEG_INFINITY);
        for i in candidates(page) {
            feats.clear();
            features(page, labels, i, &mut feats);
            let s = self.score(&feats);
            match best {
                Some((_, b)) if s <= b => second = second.max(s),
                _ => {
                    if let Some((_, b)) = best {
                        second = second.max(b);
                    }
                    best = Some((i, s));
                }
            }
        }
        best.map(|(i, s)| (i, if second.is_finite() { s - second } else { s }))
    }

    /// The score of line `i` of `page` as a headline under `labels`.
    pub fn score_at(&self, page: &Page, labels: &[Scored], i: usize) -> f32 {
        let mut feats = Vec::with_capacity(128);
        features(page, labels, i, &mut feats);
        self.score(&feats)
    }

    /// Trains a ranker on `pages` (a ranking perceptron, averaged over
    /// `epochs` passes; features seen fewer than `min_count` times dropped).
    pub fn train(pages: &[RankExample], epochs: usize, min_count: u32) -> Ranker {
        let (keys, pages) = super::train::vocabulary(
            pages.iter().map(|p| (&p.feats, p.gold.as_slice())),
            min_count,
        );
        let (mut w, mut u) = (vec![0.0f32; keys.len()], vec![0.0f32; keys.len()]);
        let mut c = 1.0f32;
        let score = |w: &[f32], f: &[usize]| -> f32 { f.iter().filter_map(|&k| w.get(k)).sum() };
        for _ in 0..epochs {
            for (feats, gold) in &pages {
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
        let (mut kept, mut rows) = (Vec::new(), Vec::new());
        for (k, (wk, uk)) in keys.iter().zip(w.iter().zip(&u)) {
            let a = wk - uk / c;
            if a.abs() > 1e-3 {
                kept.push(*k);
                rows.push((a * 1000.0).round() / 1000.0);
            }
        }
        Ranker::from_parts(kept, rows)
    }
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
