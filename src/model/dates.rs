//! Publication-date candidates and their features for the date ranker:
//! every line where the date grammar finds a full calendar date, plus "no
//! date" (a candidate of its own, so a page whose date is not printed keeps
//! none). The ranker fills the date of a story the rules left without one.

use super::title::{Labelled, R, from_title, label_context, rid};
use super::{Ranker, Scored, Shares};
use crate::features::{Page, emit, log_b as bucket};
use crate::grammar::date::{DateOptions, find_date};
use crate::{DateValue, Span};

const SALT: u64 = 0x6461_7465_0000_0000;

/// Longest line read for a date.
const MAX_LEN: usize = 300;
/// Most words of a line read for a date.
const MAX_WORDS: u32 = 20;
/// Most candidates read from one page (the first ones).
const MAX_CANDIDATES: usize = 200;

/// Templates of the date ranker's own features.
#[derive(Clone, Copy)]
#[repr(u8)]
enum D {
    Null = 0xC0,
    Count,
    Share,
    Lead,
    Order,
    FromLast,
    SameDay,
    Extreme,
    FromTitle,
    Clock,
}

fn did(t: D, v: u64) -> u64 {
    rid(R::Own, (t as u64) << 48 ^ v, SALT ^ 0x11)
}

/// A date printed on a line of the page.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DateCandidate {
    /// The line's index in the page.
    pub line: usize,
    /// The date.
    pub value: DateValue,
    /// Where the date is printed (bytes of the page's text).
    pub span: Span,
    /// The share of the line's characters the date takes.
    share: f32,
    /// The first word before the date, lower-cased ("stand", "updated").
    lead: u64,
}

fn word_hash(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3)
    })
}

/// The full calendar dates printed on the lines of `page` (cut from
/// `text`) of at most 20 words, one per line, at most 200: no relative,
/// yearless or time-only dates.
pub fn date_candidates(text: &str, page: &Page, dopts: &DateOptions) -> Vec<DateCandidate> {
    let mut out = Vec::new();
    for (i, l) in page.lines.iter().enumerate() {
        // A date in a long line is one the story or a caption tells of,
        // not the day it was published.
        let s = l.stats();
        if s.digits == 0 || s.words > MAX_WORDS || l.span.end - l.span.start > MAX_LEN {
            continue;
        }
        let Some(t) = l.span.slice(text) else {
            continue;
        };
        let Some(p) = find_date(t, dopts) else {
            continue;
        };
        let m = p.value;
        let Some(value) = m
            .value
            .filter(|_| !(m.relative || m.yearless || m.time_only))
        else {
            continue;
        };
        let lead = t
            .get(..p.span.start)
            .and_then(|h| h.split_whitespace().next())
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && w.len() <= 24)
            .map_or(0, word_hash);
        let chars = t.chars().count().max(1);
        let share = p.span.slice(t).map_or(0, |d| d.chars().count()) as f32 / chars as f32;
        out.push(DateCandidate {
            line: i,
            value,
            span: Span::new(l.span.start + p.span.start, l.span.start + p.span.end),
            share,
            lead,
        });
        if out.len() == MAX_CANDIDATES {
            break;
        }
    }
    out
}

/// [`date_candidates`] read with the date settings a parser with `opts`
/// reads `text` with (its day order and page year).
pub fn page_date_candidates(text: &str, page: &Page, opts: &crate::Options) -> Vec<DateCandidate> {
    date_candidates(text, page, &crate::pipeline::page_date_options(text, opts))
}

/// The features of candidate `k` of `cands` (or of "no date" for `None`).
fn features(
    page: &Page,
    labels: &Labelled<'_>,
    cands: &[DateCandidate],
    k: Option<usize>,
    title: Option<usize>,
    own: bool,
) -> Vec<u64> {
    let mut out = Vec::with_capacity(128);
    let n = cands.len();
    let Some(c) = k.and_then(|k| cands.get(k)) else {
        out.push(did(D::Null, 0));
        out.push(did(D::Count, bucket(n)));
        return out;
    };
    let k = k.unwrap_or(0);
    if own {
        emit(page, c.line, &mut out);
    }
    label_context(labels, c.line, SALT, &mut out);
    out.push(did(D::Share, ((c.share * 5.0) as u64).min(4)));
    out.push(did(D::Lead, c.lead));
    out.push(did(D::Order, bucket(k)));
    out.push(did(D::FromLast, bucket(n - 1 - k)));
    let day = c.value.date();
    let same = cands.iter().filter(|o| o.value.date() == day).count();
    out.push(did(D::SameDay, bucket(same)));
    let max = cands.iter().all(|o| o.value.date() <= day);
    let min = cands.iter().all(|o| o.value.date() >= day);
    out.push(did(D::Extreme, u64::from(max) << 1 | u64::from(min)));
    out.push(did(D::FromTitle, from_title(c.line, title)));
    out.push(did(
        D::Clock,
        u64::from(!matches!(c.value, DateValue::Date(_))),
    ));
    out
}

/// The date ranking example of `page`: `is_gold` tells which candidates
/// print the gold date; "no date" is gold when none does.
pub(super) fn example(
    page: &Page,
    labels: &Labelled<'_>,
    cands: &[DateCandidate],
    title: Option<usize>,
    is_gold: impl Fn(&DateCandidate) -> bool,
) -> Option<super::RankExample> {
    super::rank::example_with_none(
        cands,
        |k| features(page, labels, cands, k, title, true),
        is_gold,
    )
}

/// The best date of `cands` under the ranker, or `None` when "no date"
/// ranks first.
pub fn best_date<'c>(
    r: &Ranker,
    page: &Page,
    labels: &[Scored],
    cands: &'c [DateCandidate],
    title: Option<usize>,
) -> Option<&'c DateCandidate> {
    best_date_with(r, page, &Labelled::of(labels), cands, title, None)
}

/// [`best_date`] with each line's share of the score already summed.
pub(super) fn best_date_with<'c>(
    r: &Ranker,
    page: &Page,
    labels: &Labelled<'_>,
    cands: &'c [DateCandidate],
    title: Option<usize>,
    shares: Option<&[Shares]>,
) -> Option<&'c DateCandidate> {
    super::rank::best_on_lines(r, cands, shares, 1, None, |k, own| {
        features(page, labels, cands, k, title, own)
    })
}

impl super::rank::OnLine for DateCandidate {
    fn line(&self) -> usize {
        self.line
    }
}
