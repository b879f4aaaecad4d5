//! A related-stories rail under a heading the lexicon lacks ("Wexa dolla",
//! then two or more headlines of other stories): the rules remove it as
//! page furniture after the story; once the article is assembled, its
//! headlines are taken back as the article's related headlines, by their
//! shape alone (a short heading, then headlines: a few words each, no
//! sentence, no date, no name). A blog's "Recent Posts" list (under the
//! platforms' own headings) is one under the comments too.

use crate::lexicon::is_recent_posts_heading;
use crate::rules::kind::Shape;
use crate::{Article, LineRole, RemovalReason};

/// Most words of a rail's heading ("Other news", "Read these too").
const HEADING_WORDS: usize = 4;
/// Fewest words of a headline in a rail (menus and footer links are
/// shorter).
const HEADLINE_WORDS: usize = 4;
/// Fewest headlines under the heading for a rail.
const MIN_HEADLINES: usize = 2;

/// True for a reason the rules give page furniture after the story (where
/// a rail under an unknown heading ends up).
fn after_story(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::AfterStory | RemovalReason::RelatedTail | RemovalReason::Teaser
    )
}

/// True for a rail's heading: one to [`HEADING_WORDS`] words, no sentence,
/// no digit, no address.
pub(crate) fn is_rail_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '：']);
    // (At most 60 characters: longer lines answer before their shape.)
    if t.len() > 240 || t.chars().count() > 60 {
        return false;
    }
    let sh = Shape::of(t);
    (1..=HEADING_WORDS).contains(&sh.words)
        && t.chars().count() <= 60
        && !sh.terminal
        && !t.chars().any(|c| c.is_numeric())
        && t.chars().any(char::is_alphabetic)
        && !crate::rules::kind::has_address(t)
}

/// True for a headline in a rail: [`HEADLINE_WORDS`] words or more of a
/// headline's shape ([`Shape::titleish`]), no date, no name alone, no
/// copyright notice, no row of figures, no row of links between dots
/// ("Like · Reply · 4h").
pub(crate) fn is_rail_headline(text: &str) -> bool {
    let t = text.trim();
    let sh = Shape::of(t);
    sh.words >= HEADLINE_WORDS
        && sh.titleish(t)
        && !t.contains('©')
        && !t.contains('|')
        && !t.contains(" · ")
        && numbers(t) < MAX_NUMBERS
        && !crate::grammar::byline::is_person_name(t)
        && !is_date_line(t)
}

/// Fewer numbers than this in a headline of a rail (a score line, "Jamaica
/// 380 (McKenzie 142, Morris 64)", prints more).
const MAX_NUMBERS: usize = 3;

/// The runs of digits in `t`.
fn numbers(t: &str) -> usize {
    let mut n = 0;
    let mut prev = false;
    for c in t.chars() {
        let d = c.is_numeric();
        n += usize::from(d && !prev);
        prev = d;
    }
    n
}

/// True when a date takes most of `t` ("12 December 2026", "2 hours
/// ago"); a headline may open with a date ("December 12 vote postponed").
fn is_date_line(t: &str) -> bool {
    crate::grammar::date::parse_date(t, &Default::default())
        .is_ok_and(|p| Shape::of(p.rest).words <= 1)
}

/// Takes the headlines of each rail after `a`'s body out of the audit trail
/// into `a.related` (the heading stays removed, as the related list's
/// heading).
pub(crate) fn take_rails(a: &mut Article) {
    let Some(end) = a.body.last().map(|b| b.span.end) else {
        return;
    };
    // The removed lines after the body, in page order, and the lines used
    // there (which break a run).
    let mut after: Vec<usize> = (0..a.removed.len())
        .filter(|&k| a.removed.get(k).is_some_and(|r| r.span.start >= end))
        .collect();
    if after.len() <= MIN_HEADLINES {
        return;
    }
    after.sort_by_key(|&k| a.removed.get(k).map(|r| r.span.start));
    let used: Vec<usize> = a
        .lines
        .iter()
        .map(|l| l.span.start)
        .filter(|&s| s >= end)
        .collect();
    let between = |x: usize, y: usize| used.iter().any(|&s| s > x && s < y);
    let mut taken: Vec<usize> = Vec::new();
    let mut i = 0;
    while let Some(&h) = after.get(i) {
        i += 1;
        let Some(head) = a.removed.get(h) else {
            continue;
        };
        // A blog's "Recent Posts" list, under the comments too; the post's
        // own headline in it is no related headline.
        // (The reason first: the cheap test.)
        let may_be = after_story(head.reason) || head.reason == RemovalReason::CommentForm;
        if !may_be || !is_rail_heading(&head.text) {
            continue;
        }
        let known = is_recent_posts_heading(&head.text);
        let furniture =
            |r: RemovalReason| after_story(r) || known && r == RemovalReason::CommentForm;
        if !furniture(head.reason) {
            continue;
        }
        let mut last = head.span.start;
        let mut run = Vec::new();
        let mut j = i;
        while let Some(r) = after.get(j).and_then(|&k| a.removed.get(k)) {
            let own = known && r.reason == RemovalReason::TitleRepeat;
            if !own
                && (!furniture(r.reason)
                    || between(last, r.span.start)
                    || !is_rail_headline(&r.text))
            {
                break;
            }
            last = r.span.start;
            if !own {
                run.push(after.get(j).copied().unwrap_or_default());
            }
            j += 1;
        }
        if run.len() >= MIN_HEADLINES {
            i = j;
            if let Some(hd) = a.removed.get_mut(h) {
                hd.reason = RemovalReason::RelatedTail;
            }
            taken.extend(run);
        }
    }
    if taken.is_empty() {
        return;
    }
    taken.sort_unstable();
    // (Taken from the last: the earlier indices stay valid.)
    let mut headlines = Vec::with_capacity(taken.len());
    for k in taken.into_iter().rev() {
        if let Some(r) = super::use_removed(a, k, LineRole::Related) {
            headlines.push((r.span, r.text));
        }
    }
    if a.spans.related.len() != a.related.len() {
        a.related
            .extend(headlines.into_iter().rev().map(|(_, t)| t));
        return;
    }
    // The related headlines in page order.
    let mut pairs: Vec<(crate::Span, String)> = std::mem::take(&mut a.spans.related)
        .into_iter()
        .zip(std::mem::take(&mut a.related))
        .chain(headlines)
        .collect();
    pairs.sort_by_key(|(s, _)| s.start);
    (a.spans.related, a.related) = pairs.into_iter().unzip();
}
