//! Where the model's doubt alone does not move a line: a listed line, a
//! line between two body lines, a line only the decoded sequence moves, the
//! story's dateline lead, a sentence under an inline link, the prose of a
//! body the model would empty, a live blog's entries; and the page
//! furniture that never enters the body.

use super::Scored;
use super::fields::With;
use crate::features::Page;
use crate::rules::story::live::STAMP_WORDS;
use crate::{Article, Block, BlockKind, Span};
use std::collections::HashSet;

/// What keeps a body line of the main story that the rules read although
/// the model labels it out of the body (see [`BodyGuard::keeps`]).
pub(super) struct BodyGuard<'a> {
    page: &'a Page,
    labels: &'a [Scored],
    /// The span of the story's dateline.
    dateline: Option<Span>,
    /// Where the rules' inline links to other stories start.
    links: HashSet<usize>,
}

impl<'a> BodyGuard<'a> {
    /// The guard of the main story `a` on `page` under `labels`.
    pub(super) fn new(page: &'a Page, labels: &'a [Scored], a: &Article) -> Self {
        BodyGuard {
            page,
            labels,
            dateline: a.spans.dateline,
            links: a.spans.related.iter().map(|r| r.start).collect(),
        }
    }

    /// True when body line `i` (printed as the block at `b`) stays: it is
    /// [`listed`], [`sandwiched`], moved by the sequence alone
    /// ([`path_only`]), the paragraph the story's dateline opens ("DEN HAAG
    /// (ANP) - ..."), or a sentence of prose right under the rules' inline
    /// links ("Leia também: ...") when the body line above them stays
    /// (`kept_at`, the line of the last body block that stays).
    pub(super) fn keeps(&self, i: usize, b: Span, kept_at: Option<usize>) -> bool {
        let (page, labels) = (self.page, self.labels);
        let lead = self
            .dateline
            .is_some_and(|d| b.start <= d.start && d.start < b.end);
        let after_link = || {
            kept_at.is_some_and(|p| {
                p + 1 < i
                    && (p + 1..i).all(|k| {
                        page.lines
                            .get(k)
                            .is_some_and(|l| self.links.contains(&l.span.start))
                    })
            }) && page
                .lines
                .get(i)
                .is_some_and(|l| prose_line(l) || heading_over_body(page, labels, i, l))
        };
        lead || listed(page, labels, i)
            || sandwiched(page, labels, i)
            || path_only(page, labels, i)
            || after_link()
    }
}

/// A subheading the rules read at line `i` (`l`) with a line the model
/// reads as body right under it: the text goes on under the heading.
fn heading_over_body(
    page: &Page,
    labels: &[Scored],
    i: usize,
    l: &crate::features::PageLine,
) -> bool {
    l.rule == crate::features::RuleTag::Role(crate::LineRole::Heading)
        && labels.get(i + 1).is_some_and(|s| s.label.is_body())
        && page.lines.get(i + 1).is_some_and(prose_line)
}

/// A line of a list the story's text announces ("The planned stops:", a
/// line the model reads as body) stays in the body.
fn listed(page: &Page, labels: &[Scored], i: usize) -> bool {
    crate::features::list_run(page, i).is_some_and(|(n, intro)| {
        let at = i.checked_sub(n + 1);
        intro
            && at
                .and_then(|at| page.lines.get(at))
                .is_some_and(|l| l.rule.is_body())
            && at
                .and_then(|at| labels.get(at))
                .is_some_and(|s| s.label.is_body())
    })
}

/// A line holding a cookie, newsletter or footer cue, a link printed with
/// an arrow or a server's error: page furniture whatever its length, never
/// taken back into the body.
pub(super) fn prompt(l: &crate::features::PageLine) -> bool {
    use crate::features::Cue;
    l.stats().furniture
        || [Cue::Cookie, Cue::Newsletter, Cue::Footer]
            .into_iter()
            .any(|c| l.cues.has(c))
}

/// A line that reads as a story's prose: a sentence of some words (or two
/// sentences and more, whatever ends the line), no prompt, link or
/// interface text.
pub(super) fn prose_line(l: &crate::features::PageLine) -> bool {
    let s = l.stats();
    (s.ends_sentence || s.sentences >= 2) && s.words >= PROSE_WORDS && !cued(l)
}

/// A line holding a prompt ([`prompt`]), a cue of a link, a social
/// network or a comment anywhere, or opening with interface words
/// ("Follow", "Share", "Updated": prefixes, which prose holds mid-line as
/// "by" and "about").
fn cued(l: &crate::features::PageLine) -> bool {
    use crate::features::Cue;
    prompt(l)
        || l.cues.opens_with(Cue::Interface)
        || [Cue::Related, Cue::Social, Cue::Comment]
            .into_iter()
            .any(|c| l.cues.has(c))
}

/// Words of a line [`prose_line`] reads as prose.
const PROSE_WORDS: u32 = 8;

/// A line between two lines the model keeps in the body, without a cue of
/// a prompt, a link or interface text: the model's doubt alone does not cut
/// the body's run. An advertisement's label the rules read just above the
/// line ("Advertisement" over a subheading) does not part it from the body
/// above the label.
fn sandwiched(page: &Page, labels: &[Scored], i: usize) -> bool {
    use crate::features::RuleTag;
    let body = |j: Option<usize>| {
        j.and_then(|j| labels.get(j))
            .is_some_and(|s| s.label.is_body())
    };
    let ad_label = |j: usize| {
        page.lines
            .get(j)
            .is_some_and(|l| l.rule == RuleTag::Removed(crate::RemovalReason::Advertisement))
    };
    let above = match i.checked_sub(1) {
        Some(j) if ad_label(j) => j.checked_sub(1),
        j => j,
    };
    !page.lines.get(i).is_some_and(cued) && body(above) && body(Some(i + 1))
}

/// A line of prose the decoded sequence alone labelled out of the body (a
/// margin of 0: its own best label was another): the neighbours' labels
/// alone do not cut a sentence the rules keep (a wire story's lead under a
/// photo's caption).
fn path_only(page: &Page, labels: &[Scored], i: usize) -> bool {
    labels.get(i).is_some_and(|s| s.margin <= 0.0) && page.lines.get(i).is_some_and(prose_line)
}

/// Body headings of a live blog's entries: a time printed alone.
const LIVE_STAMPS: usize = 2;

/// True when `a`'s body holds [`LIVE_STAMPS`] headings or more that are a
/// time alone ("10:45 GMT", at most the rules' [`STAMP_WORDS`] words) or a
/// match minute ("45+2'"): a live blog, whose entries the rules read.
pub(super) fn live(a: &Article, with: With<'_>) -> bool {
    let dopts = with.dates.cloned().unwrap_or_default();
    let stamp = |b: &&Block| {
        b.kind == BlockKind::Heading
            && b.text.split_whitespace().nth(STAMP_WORDS).is_none()
            && b.text.bytes().any(|c| c.is_ascii_digit())
            && (crate::grammar::misc::parse_match_minute(&b.text).is_ok()
                || crate::grammar::date::parse_date_line(&b.text, &dopts).is_ok_and(|p| {
                    p.rest.trim().is_empty() && p.value.iter().all(|e| e.date.time_only)
                }))
    };
    a.body.iter().filter(stamp).take(LIVE_STAMPS).count() == LIVE_STAMPS
}
