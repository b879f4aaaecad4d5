//! A review's rating line taken for a headline. A rating printed between
//! the standfirst and the byline ("Notre note : ★★★★☆", "Betyg: 4 av 5")
//! sits where a headline sits, right over the byline, so the review is read
//! as a story headed by its rating, and the real headline with its
//! standfirst as a story of its own above it. The two are one: the
//! headline above heads the review, its one paragraph is the review's
//! standfirst, and the rating goes to the audit trail. When the rules kept
//! the headline and its standfirst in the review's own lines, they are
//! taken from there.

use super::headline_over::headline_like;
use super::page_rows::{At, movable, page_rows, take_line};
use crate::grammar::misc::parse_rating;
use crate::{Article, LineRole, RemovalReason, Removed, Span};

/// Fewest words of a standfirst between the headline and the rating.
const DEK_WORDS: usize = 8;

/// Joins the story headed by a rating line with the story that ends right
/// above it (nothing but blank lines between): a headline with at most a
/// standfirst (one body block, or a subtitle and no body), no author and
/// no date.
pub(crate) fn join_rated_headline(arts: &mut Vec<Article>, text: &str) {
    let Some(i) = arts.iter().position(|a| parse_rating(&a.title).is_ok()) else {
        return;
    };
    let Some(at) = arts.get(i).and_then(|a| a.spans.title) else {
        return;
    };
    let above = arts
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != i)
        .filter_map(|(k, a)| a.lines.iter().map(|l| l.span.end).max().map(|e| (k, e)))
        .filter(|&(_, e)| e <= at.start)
        .max_by_key(|&(_, e)| e);
    let Some((j, end)) = above else {
        return;
    };
    let blank = text.get(end..at.start).is_some_and(|t| t.trim().is_empty());
    let headed = arts.get(j).is_some_and(|y| {
        !y.title.is_empty()
            && y.authors.is_empty()
            && y.published.is_none()
            && y.body.len() + usize::from(y.subtitle.is_some()) <= 1
    });
    if !blank || !headed {
        return;
    }
    let y = arts.remove(j);
    let Some(a) = arts.get_mut(if j < i { i - 1 } else { i }) else {
        return;
    };
    absorb(a, y, at);
}

/// Puts the headline story `y` at the head of `a`, whose rating line is at
/// `rating`.
fn absorb(a: &mut Article, mut y: Article, rating: Span) {
    a.lines.retain(|l| l.span != rating);
    let printed = std::mem::replace(&mut a.title, std::mem::take(&mut y.title));
    a.removed
        .push(Removed::new(rating, printed, RemovalReason::Rating));
    a.spans.title = y.spans.title;
    let dek = y
        .subtitle
        .take()
        .zip(y.spans.subtitle)
        .or_else(|| y.body.pop().map(|b| (b.text, b.span)));
    if let Some((dek, span)) = dek {
        if a.subtitle.is_none() {
            super::recast_line(&mut y.lines, span, LineRole::Subtitle);
            a.subtitle = Some(dek);
            a.spans.subtitle = Some(span);
        } else {
            super::recast_line(&mut y.lines, span, LineRole::Paragraph);
            a.body
                .insert(0, crate::Block::new(crate::BlockKind::Paragraph, dek, span));
        }
    }
    if a.section.is_none() {
        a.section = y.section.take();
        a.spans.section = y.spans.section;
    }
    a.lines.append(&mut y.lines);
    a.lines.sort_by_key(|l| l.span.start);
    a.removed.append(&mut y.removed);
    a.removed.sort_by_key(|r| r.span.start);
}

/// Gives an article headed by a rating line its headline: the line right
/// above the rating, or the one above a standfirst there (a sentence of
/// [`DEK_WORDS`] words or more, which becomes the subtitle), when it is
/// headline-like and the rules kept it in the body or left it out before
/// the story.
pub(crate) fn retitle_rated(a: &mut Article, text: &str) {
    let Some(t) = a.spans.title else {
        return;
    };
    if parse_rating(&a.title).is_err() {
        return;
    }
    let rows = page_rows(a, text);
    let Some(ti) = rows.iter().position(|r| r.0 == t) else {
        return;
    };
    let row = |k: usize| rows.get(k).filter(|r| movable(a, r.1)).copied();
    let Some(above) = ti.checked_sub(1).and_then(row) else {
        return;
    };
    let sentence = |s: &str| {
        let s = s.trim();
        s.ends_with(['.', '!', '?']) && s.split_whitespace().count() >= DEK_WORDS
    };
    let at = |r: (Span, At, &str)| (r.0, r.1);
    let (head, dek) = if headline_like(above.2) {
        (at(above), None)
    } else if sentence(above.2) {
        match ti
            .checked_sub(2)
            .and_then(row)
            .filter(|r| headline_like(r.2))
        {
            Some(head) => (at(head), Some(at(above))),
            None => return,
        }
    } else {
        return;
    };
    drop(rows);
    a.lines.retain(|l| l.span != t);
    let printed = std::mem::take(&mut a.title);
    a.removed
        .push(Removed::new(t, printed, RemovalReason::Rating));
    a.title = take_line(a, head.0, head.1, LineRole::Title)
        .trim()
        .to_string();
    a.spans.title = Some(head.0);
    if let Some(dek) = dek.filter(|_| a.subtitle.is_none()) {
        a.subtitle = Some(
            take_line(a, dek.0, dek.1, LineRole::Subtitle)
                .trim()
                .to_string(),
        );
        a.spans.subtitle = Some(dek.0);
    }
}
