//! A byline whose marker no lexicon holds ("Qoray: Korra Vemaal",
//! "Yanditswe na Jean Bosco Habimana"): the rules read it as the standfirst
//! or leave it out as a line before the story. Once the article is
//! assembled, an article without authors takes its names from such a line
//! between the headline and the body
//! ([`crate::grammar::byline::prefixed_names`]).

use crate::grammar::byline::prefixed_names;
use crate::{Article, LineRole, RemovalReason, Span};

/// Most words of a standfirst read as a byline.
const SUBTITLE_WORDS: usize = 8;

/// Most lines between a byline and the headline or date line next to it.
const MAX_BETWEEN: usize = 1;

/// True for a reason the rules give a line of the header they cannot read.
fn unread(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::BeforeStory | RemovalReason::Label | RemovalReason::Navigation
    )
}

/// Sets `a`'s authors from a byline with an unknown marker between its
/// headline and its body (the standfirst, or a line the rules left out),
/// when it has none, or only names read below the body (a commenter's, a
/// rail's heading) or above the headline (a masthead, a kicker), or a name
/// alone right over the key points (their
/// heading, "Poin Wigati"): a byline in the header outranks them, and their
/// lines go back to the audit trail (as lines after the story, or a label).
pub(crate) fn read_prefixed_byline(a: &mut Article, text: &str) {
    let Some(body) = a.body.first().map(|b| b.span.start) else {
        return;
    };
    let end = a.body.last().map_or(body, |b| b.span.end);
    let top = a.spans.title.map_or(0, |s| s.end);
    let title_start = a.spans.title.map_or(0, |s| s.start);
    // Names read only below the body or only above the headline (a
    // masthead, a kicker): a byline in the header outranks them.
    let below = !a.spans.authors.is_empty()
        && (a.spans.authors.iter().all(|s| s.start >= end)
            || a.spans.authors.iter().all(|s| s.end <= title_start));
    let heading = !below && over_key_points(a, text);
    if !a.authors.is_empty() && !below && !heading {
        return;
    }
    let reason = if heading {
        RemovalReason::Label
    } else {
        RemovalReason::AfterStory
    };
    let old: Vec<Span> = a.spans.authors.clone();
    // Lines of the header: under the headline, over the body, next to the
    // headline, a date line or the key points (a byline sits with them).
    // (The key points' last line too: a byline may sit under their box.)
    let anchors: Vec<Span> = [
        a.spans.title,
        a.spans.published,
        a.spans.updated,
        a.spans.key_points.last().copied(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let starts: Vec<usize> = a
        .lines
        .iter()
        .map(|l| l.span.start)
        .chain(a.removed.iter().map(|r| r.span.start))
        .collect();
    let near = |s: Span| {
        anchors.iter().any(|x| {
            let (lo, hi) = (x.start.min(s.start), x.start.max(s.start));
            starts.iter().filter(|&&k| k > lo && k < hi).count() <= MAX_BETWEEN
        })
    };
    let header = |s: Span| s.start >= top && s.end <= body && near(s);
    // The standfirst: a few words.
    if let (Some(sub), Some(span)) = (a.subtitle.as_deref(), a.spans.subtitle)
        && header(span)
        && sub.split_whitespace().count() <= SUBTITLE_WORDS
        && let Some(names) = prefixed_names(sub)
    {
        a.subtitle = None;
        a.spans.subtitle = None;
        super::recast_line(&mut a.lines, span, LineRole::Byline);
        drop_old(a, &old, text, reason);
        set_authors(a, names, span);
        return;
    }
    let found = a.removed.iter().enumerate().find_map(|(k, r)| {
        (unread(r.reason) && header(r.span))
            .then(|| prefixed_names(&r.text))
            .flatten()
            .map(|names| (k, names))
    });
    if let Some((k, names)) = found
        && let Some(r) = super::use_removed(a, k, LineRole::Byline)
    {
        drop_old(a, &old, text, reason);
        set_authors(a, names, r.span);
    }
}

/// True when `a`'s authors are one line holding their names alone, right
/// over its key points (nothing between them).
fn over_key_points(a: &Article, text: &str) -> bool {
    let (Some(&s), Some(k)) = (a.spans.authors.first(), a.spans.key_points.first()) else {
        return false;
    };
    let alone = a.spans.authors.iter().all(|x| *x == s)
        && text.get(s.start..s.end).map(str::trim) == Some(a.authors.join(" ").as_str());
    let between = |x: usize| x >= s.end && x < k.start;
    alone
        && s.end <= k.start
        && !a.lines.iter().any(|l| between(l.span.start))
        && !a.removed.iter().any(|r| between(r.span.start))
}

/// Takes the bylines at `old` (names read where no byline is) out of
/// `a`'s lines into the audit trail with `reason`.
fn drop_old(a: &mut Article, old: &[Span], text: &str, reason: RemovalReason) {
    for &s in old {
        let byline = a
            .lines
            .iter()
            .any(|l| l.span == s && l.role == LineRole::Byline);
        if byline {
            let t = text
                .get(s.start..s.end)
                .unwrap_or_default()
                .trim()
                .to_string();
            super::unuse_line(a, s, t, reason);
        }
    }
}

/// The authors of `a`: `names`, each from line `span`.
fn set_authors(a: &mut Article, names: Vec<String>, span: Span) {
    a.spans.authors = vec![span; names.len()];
    a.authors = names;
}

#[cfg(test)]
mod tests {
    use super::read_prefixed_byline;
    use crate::fields::{TestAs as As, test_article};
    use crate::{LineRole, RemovalReason};

    const BODY: &str =
        "The new bridge over the river opens to traffic on the first of October, the council said.";

    /// A page: masthead, headline, a byline with a marker no lexicon
    /// holds, the body; the article's names read from the masthead.
    fn names_after(byline: &str) -> Vec<String> {
        let (text, mut a) = test_article(&[
            ("VORDA TIDENDE", As::Used(LineRole::Byline)),
            ("New bridge opens in October", As::Used(LineRole::Title)),
            (byline, As::Gone(RemovalReason::BeforeStory)),
            (BODY, As::Body),
        ]);
        let (masthead, title) = (a.lines[0].span, a.lines[1].span);
        a.title = "New bridge opens in October".into();
        a.spans.title = Some(title);
        a.authors = vec!["VORDA TIDENDE".into()];
        a.spans.authors = vec![masthead];
        read_prefixed_byline(&mut a, &text);
        a.authors
    }

    #[test]
    fn a_byline_under_the_headline_outranks_names_above_it() {
        assert_eq!(names_after("Qoray: Korra Vemaal"), ["Korra Vemaal"]);
    }

    #[test]
    fn names_above_the_headline_stay_without_a_byline_under_it() {
        assert_eq!(names_after("Updated: 12 December 2026"), ["VORDA TIDENDE"]);
    }
}
