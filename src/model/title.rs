//! Headline candidates and their features for the headline ranker: every
//! short line, described by its own features (see
//! [`crate::features::emit`]) and the sequence model's labels around it, so
//! a line right above a byline and the first paragraphs outranks a teaser
//! that a menu surrounds.

use super::{Label, Ranker, Scored};
use crate::features::{CUE_CLASSES, Page, emit, log_b as bucket, mix};

/// Longest line (in words) that can be a headline.
const MAX_WORDS: u32 = 40;

/// Templates of the rankers' own features (beside the line's).
#[derive(Clone, Copy)]
#[repr(u8)]
pub(super) enum R {
    Own = 0xA0,
    Near,
    ParasNext,
    FirstPara,
    ParasBefore,
    CueNext,
    LabelShape,
    TitleOrder,
}

/// The id of a ranker feature; `salt` keeps each field's ids apart.
pub(super) fn rid(t: R, v: u64, salt: u64) -> u64 {
    mix((t as u64) << 56 ^ v ^ salt)
}

const SALT: u64 = 0x7469_746c_6500_0000;

/// The lines of `page` that may be its headline.
pub fn title_candidates(page: &Page) -> impl Iterator<Item = usize> + '_ {
    page.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| (1..=MAX_WORDS).contains(&l.stats.words))
        .map(|(i, _)| i)
}

/// Where line `i` stands from the headline line `title`: the line itself,
/// or how far above or below it.
pub(super) fn from_title(i: usize, title: Option<usize>) -> u64 {
    match title {
        None => 0,
        Some(t) if i == t => 1,
        Some(t) if i < t => 2 << 4 | bucket(t - i),
        Some(t) => 3 << 4 | bucket(i - t),
    }
}

/// The sequence model's labels around line `i`: its own, its neighbours',
/// how many body lines follow and precede it, how far the next paragraph is.
pub(super) fn label_context(labels: &[Scored], i: usize, salt: u64, out: &mut Vec<u64>) {
    let label = |k: usize| labels.get(k).map_or(0xff, |s| s.label as u64);
    out.push(rid(R::Own, label(i), salt));
    for (slot, d) in [(0u64, -1i64), (1, 1), (2, 2)] {
        let k = i as i64 + d;
        let l = usize::try_from(k).map_or(0xfe, label);
        out.push(rid(R::Near, slot << 8 | l, salt));
    }
    let next = (i + 1..(i + 7).min(labels.len()))
        .filter(|&k| labels.get(k).is_some_and(|s| s.label.is_body()))
        .count();
    out.push(rid(R::ParasNext, next as u64, salt));
    let first = labels
        .iter()
        .skip(i + 1)
        .position(|s| s.label == Label::Paragraph)
        .map_or(0xff, bucket);
    out.push(rid(R::FirstPara, first, salt));
    let before = labels
        .iter()
        .take(i)
        .filter(|s| s.label == Label::Paragraph)
        .count();
    out.push(rid(R::ParasBefore, bucket(before), salt));
}

/// Pushes the headline features of line `i` of `page` under `labels` (the
/// sequence model's labels of every line) onto `out`.
pub fn title_features(page: &Page, labels: &[Scored], i: usize, out: &mut Vec<u64>) {
    emit(page, i, out);
    label_context(labels, i, SALT, out);
    let own = labels.get(i).map_or(0xff, |s| s.label as u64);
    for d in 2..=3u64 {
        if let Some(o) = page.lines.get(i + d as usize) {
            for c in 0..CUE_CLASSES as u64 {
                if o.cues.any >> c & 1 == 1 {
                    out.push(rid(R::CueNext, d << 8 | c, SALT));
                }
            }
        }
    }
    if let Some(l) = page.lines.get(i) {
        let s = &l.stats;
        let shape = bucket(s.words as usize) << 2
            | u64::from(s.ends_sentence) << 1
            | u64::from(s.ends_colon);
        out.push(rid(R::LabelShape, own << 8 | shape, SALT));
    }
    let titles_before = labels
        .iter()
        .take(i)
        .filter(|s| s.label == Label::Title)
        .count();
    out.push(rid(R::TitleOrder, own << 8 | bucket(titles_before), SALT));
}

fn feats(page: &Page, labels: &[Scored], i: usize) -> Vec<u64> {
    let mut f = Vec::with_capacity(128);
    title_features(page, labels, i, &mut f);
    f
}

/// The headline ranking example of `page` under `labels`: `is_gold` tells
/// which lines print the headline.
pub(super) fn example(
    page: &Page,
    labels: &[Scored],
    is_gold: impl Fn(usize) -> bool,
) -> Option<super::RankExample> {
    super::RankExample::of(title_candidates(page).map(|i| (feats(page, labels, i), is_gold(i))))
}

/// The best headline line of `page` under `labels`, with its margin.
pub fn best_title(r: &Ranker, page: &Page, labels: &[Scored]) -> Option<(usize, f32)> {
    r.best(title_candidates(page).map(|i| (i, feats(page, labels, i))))
}

/// The score of line `i` of `page` as a headline under `labels`.
pub fn title_score(r: &Ranker, page: &Page, labels: &[Scored], i: usize) -> f32 {
    r.score(&feats(page, labels, i))
}
