//! Headline candidates and their features for the headline ranker: every
//! short line, described by its own features (see
//! [`crate::features::emit`]) and the sequence model's labels around it, so
//! a line right above a byline and the first paragraphs outranks a teaser
//! that a menu surrounds.

use super::{Label, Ranker, Scored, Shares};
use crate::features::{Page, emit, log_b as bucket, mix};

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

/// The lines of `page` that may be its headline: at most 40 words, not
/// ending with a colon (a line that introduces what follows, "Key points:",
/// is no headline), no furniture ([`crate::features::LineStats::furniture`]),
/// no ingredient line ("1/2 cup parsley") and no known boilerplate phrase
/// (a gallery's "2 of 4", "Advertisement").
pub fn title_candidates(page: &Page) -> impl Iterator<Item = usize> + '_ {
    page.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| {
            let s = l.stats();
            (1..=MAX_WORDS).contains(&s.words)
                && !s.ends_colon
                && !s.furniture
                && !s.opens_with_quantity
                && l.boiler.is_none()
        })
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

/// A page's labels with the counts the rankers read at each line, counted
/// once per page (reading them at every candidate would cost the square of
/// the page's lines): kept at every 16th line, and counted on from there
/// when read (under a byte a line, not 12; the headline ranker reads them
/// at each of its candidates, and a run of 64 lines cost it 11 million
/// instructions more on 2 MB of pages).
#[derive(Debug, Clone)]
pub struct Labelled<'a> {
    labels: &'a [Scored],
    /// Per run of [`STRIDE`] lines, at its first line: the lines labelled
    /// paragraph and title before it, and the first line labelled paragraph
    /// at or after it ([`NO_PARA`] for none).
    marks: Vec<(u32, u32, u32)>,
}

/// Lines per run of [`Labelled`]'s counts (a line reads at most this many
/// labels besides its run's counts).
const STRIDE: usize = 16;

/// [`Labelled`]'s next paragraph of a line with none after it.
const NO_PARA: u32 = u32::MAX;

impl<'a> Labelled<'a> {
    /// The counts of `labels` (the sequence model's labels of a page).
    pub fn of(labels: &'a [Scored]) -> Self {
        let mut marks = Vec::with_capacity(labels.len() / STRIDE + 1);
        let (mut p, mut t) = (0u32, 0u32);
        for run in labels.chunks(STRIDE) {
            marks.push((p, t, NO_PARA));
            p += count(run, Label::Paragraph);
            t += count(run, Label::Title);
        }
        let mut next = NO_PARA;
        let runs = marks.iter_mut().zip(labels.chunks(STRIDE)).enumerate();
        for (r, (m, run)) in runs.rev() {
            if let Some(k) = run.iter().position(|s| s.label == Label::Paragraph) {
                next = (r * STRIDE + k) as u32;
            }
            m.2 = next;
        }
        Labelled { labels, marks }
    }

    /// Lines labelled `label` (paragraph or title) before line `i` (0 past
    /// the page's end).
    fn before(&self, i: usize, label: Label) -> u32 {
        let (r, from) = (i / STRIDE, i / STRIDE * STRIDE);
        match (self.marks.get(r), self.labels.get(from..i)) {
            (Some(m), Some(run)) if i < self.len() => {
                let base = if label == Label::Title { m.1 } else { m.0 };
                base + count(run, label)
            }
            _ => 0,
        }
    }

    /// The first line labelled paragraph after line `i`, if any.
    fn next_para(&self, i: usize) -> Option<usize> {
        let end = ((i / STRIDE + 1) * STRIDE).min(self.len());
        let near = (i + 1..end).find(|&k| {
            self.labels
                .get(k)
                .is_some_and(|s| s.label == Label::Paragraph)
        });
        let after = || {
            let m = self.marks.get(i / STRIDE + 1)?;
            (m.2 != NO_PARA).then_some(m.2 as usize)
        };
        if i >= self.len() {
            None
        } else {
            near.or_else(after)
        }
    }

    /// The labels counted.
    pub fn labels(&self) -> &'a [Scored] {
        self.labels
    }

    /// The label of line `k` as a number (0xff past the page's end).
    pub(super) fn label(&self, k: usize) -> u64 {
        self.labels.get(k).map_or(0xff, |s| s.label as u64)
    }

    fn len(&self) -> usize {
        self.labels.len()
    }
}

/// How many of `run` are labelled `label`.
fn count(run: &[Scored], label: Label) -> u32 {
    run.iter().filter(|s| s.label == label).count() as u32
}

/// The sequence model's labels around line `i`: its own, its neighbours',
/// how many body lines follow and precede it, how far the next paragraph is.
pub(super) fn label_context(labels: &Labelled<'_>, i: usize, salt: u64, out: &mut Vec<u64>) {
    out.push(rid(R::Own, labels.label(i), salt));
    for (slot, d) in [(0u64, -1i64), (1, 1), (2, 2)] {
        let k = i as i64 + d;
        let l = usize::try_from(k).map_or(0xfe, |k| labels.label(k));
        out.push(rid(R::Near, slot << 8 | l, salt));
    }
    let next = (i + 1..(i + 7).min(labels.len()))
        .filter(|&k| labels.labels.get(k).is_some_and(|s| s.label.is_body()))
        .count();
    out.push(rid(R::ParasNext, next as u64, salt));
    let first = labels.next_para(i).map_or(0xff, |k| bucket(k - i - 1));
    out.push(rid(R::FirstPara, first, salt));
    let before = labels.before(i, Label::Paragraph);
    out.push(rid(R::ParasBefore, bucket(before as usize), salt));
}

/// Pushes the headline features of line `i` of `page` under `labels` (the
/// sequence model's labels of every line) onto `out`.
pub fn title_features(page: &Page, labels: &Labelled<'_>, i: usize, out: &mut Vec<u64>) {
    emit(page, i, out);
    extras(page, labels, i, out);
}

/// The headline features of line `i` beyond the line's own (see
/// [`crate::features::emit`]).
fn extras(page: &Page, labels: &Labelled<'_>, i: usize, out: &mut Vec<u64>) {
    label_context(labels, i, SALT, out);
    let own = labels.label(i);
    for d in 2..=3u64 {
        if let Some(o) = page.lines.get(i + d as usize) {
            // (The classes the line holds, in order.)
            for c in crate::features::cue_bits(o.cues.any) {
                out.push(rid(R::CueNext, d << 8 | c, SALT));
            }
        }
    }
    if let Some(l) = page.lines.get(i) {
        let s = &l.stats();
        let shape = bucket(s.words as usize) << 2
            | u64::from(s.ends_sentence) << 1
            | u64::from(s.ends_colon);
        out.push(rid(R::LabelShape, own << 8 | shape, SALT));
    }
    let titles_before = labels.before(i, Label::Title) as usize;
    out.push(rid(R::TitleOrder, own << 8 | bucket(titles_before), SALT));
}

fn feats(page: &Page, labels: &Labelled<'_>, i: usize) -> Vec<u64> {
    let mut f = Vec::with_capacity(128);
    title_features(page, labels, i, &mut f);
    f
}

/// The headline ranking example of `page` under `labels`: `is_gold` tells
/// which lines print the headline.
pub(super) fn example(
    page: &Page,
    labels: &Labelled<'_>,
    is_gold: impl Fn(usize) -> bool,
) -> Option<super::RankExample> {
    super::RankExample::of(title_candidates(page).map(|i| (feats(page, labels, i), is_gold(i))))
}

/// The score of line `i` as a headline: its share of the score (from
/// [`super::Model::label_with_shares`]) plus the weights of its other
/// features, or, without shares, the weights of all its features.
pub(super) fn score_at(
    r: &Ranker,
    page: &Page,
    labels: &Labelled<'_>,
    shares: Option<&[Shares]>,
    i: usize,
) -> f32 {
    score_with(r, page, labels, shares, i, &mut Vec::with_capacity(16))
}

/// [`score_at`] with the features gathered in `buf` (emptied first), so a
/// page's candidates share one buffer.
fn score_with(
    r: &Ranker,
    page: &Page,
    labels: &Labelled<'_>,
    shares: Option<&[Shares]>,
    i: usize,
    buf: &mut Vec<u64>,
) -> f32 {
    buf.clear();
    match shares.and_then(|s| s.get(i)) {
        Some(s) => {
            extras(page, labels, i, buf);
            s[0] + r.score(buf)
        }
        None => {
            title_features(page, labels, i, buf);
            r.score(buf)
        }
    }
}

/// The best headline line of `page` under `labels`, with its margin.
pub fn best_title(r: &Ranker, page: &Page, labels: &[Scored]) -> Option<(usize, f32)> {
    best_title_with(r, page, &Labelled::of(labels), None)
}

/// [`best_title`] with each line's share of the score already summed.
pub(super) fn best_title_with(
    r: &Ranker,
    page: &Page,
    labels: &Labelled<'_>,
    shares: Option<&[Shares]>,
) -> Option<(usize, f32)> {
    if r.is_empty() {
        return None;
    }
    let mut buf = Vec::with_capacity(128);
    super::rank::argmax(
        title_candidates(page).map(|i| (i, score_with(r, page, labels, shares, i, &mut buf))),
    )
}

#[cfg(test)]
mod tests {
    use super::{Label, Labelled, Scored};

    /// The counts read from the runs are the counts of the labels before
    /// (and the paragraph after) each line, on generated pages longer and
    /// shorter than a run.
    #[test]
    fn run_counts_are_the_counts_of_the_labels() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for n in [0usize, 1, 5, 15, 16, 17, 33, 64, 100, 257] {
            let labels: Vec<Scored> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let label = [Label::Paragraph, Label::Title, Label::Boilerplate]
                        .get((seed % 5) as usize)
                        .copied()
                        .unwrap_or(Label::Meta);
                    Scored { label, margin: 0.0 }
                })
                .collect();
            let counted = Labelled::of(&labels);
            for i in 0..n + 2 {
                for label in [Label::Paragraph, Label::Title] {
                    let want = labels
                        .get(..i)
                        .filter(|_| i < n)
                        .map_or(0, |b| b.iter().filter(|s| s.label == label).count());
                    assert_eq!(counted.before(i, label) as usize, want, "{n} {i}");
                }
                let next = (i < n)
                    .then(|| {
                        (i + 1..n)
                            .find(|&k| labels.get(k).is_some_and(|s| s.label == Label::Paragraph))
                    })
                    .flatten();
                assert_eq!(counted.next_para(i), next, "{n} {i}");
            }
        }
    }
}
