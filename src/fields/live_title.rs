//! The headline of a live blog: the page prints the story's headline, its
//! byline and dates, often a summary's bulleted points, then the entries,
//! each a bare time ("16:42"), the entry's headline and its text. Where
//! neither the rules nor the line model know the layout, the first entry's
//! headline may be read as the article's and everything over it left out.
//! Once the article is assembled, when its headline stands right under a
//! bare time and two more bare times follow it, the headline-like line
//! right over the byline and date lines above the first time is the
//! headline, and the entry's headline becomes a heading of the body. The
//! entries themselves come back afterwards ([`super::take_live_entries`]),
//! the summary's points too ([`super::take_summary_points`]).

use super::headline_over::headline_like;
use super::live_entries::is_stamp;
use super::page_rows::{movable, page_rows, take_line};
use crate::{Article, Block, BlockKind, LineRole, Span};

/// Fewest bare times under the entry's headline read as the headline.
const STAMPS_AFTER: usize = 2;
/// Most lines between the headline and the byline or date lines under it
/// (a label such as "LIVE" may stand between).
const HEAD_GAP: usize = 2;

/// Reads `a`'s headline as a live blog's (see the module); `text` is the
/// text `a`'s spans point into.
pub(crate) fn retitle_live_blog(a: &mut Article, text: &str) {
    let Some(t) = a.spans.title else {
        return;
    };
    let rows = page_rows(a, text);
    let Some(ti) = rows.iter().position(|r| r.0 == t) else {
        return;
    };
    // A bare time right over the headline, two more under it.
    let Some(stamp) = ti
        .checked_sub(1)
        .filter(|&s| rows.get(s).is_some_and(|r| is_stamp(r.2)))
    else {
        return;
    };
    let after = rows.iter().skip(ti + 1).filter(|r| is_stamp(r.2)).count();
    if after < STAMPS_AFTER {
        return;
    }
    // No bare time over that one: it is the first entry's.
    if rows.iter().take(stamp).any(|r| is_stamp(r.2)) {
        return;
    }
    // The byline and date lines over the first time, the first of them.
    let meta: Vec<Span> = a
        .spans
        .authors
        .iter()
        .copied()
        .chain(a.spans.published)
        .chain(a.spans.updated)
        .filter(|s| s.end <= rows.get(stamp).map_or(0, |r| r.0.start))
        .collect();
    let Some(first_meta) = meta.iter().map(|s| s.start).min() else {
        return;
    };
    let Some(mi) = rows.iter().position(|r| r.0.start == first_meta) else {
        return;
    };
    // The headline: a headline-like line a little over them.
    let Some(hi) = (mi.saturating_sub(HEAD_GAP)..mi).rev().find(|&i| {
        rows.get(i)
            .is_some_and(|r| headline_like(r.2) && movable(a, r.1))
    }) else {
        return;
    };
    let Some(&(head_span, head_at, _)) = rows.get(hi) else {
        return;
    };
    let old_title = std::mem::take(&mut a.title);
    a.title = take_line(a, head_span, head_at, LineRole::Title)
        .trim()
        .to_string();
    a.spans.title = Some(head_span);
    // The entry's headline is a heading of the body.
    super::recast_line(&mut a.lines, t, LineRole::Heading);
    a.body
        .push(Block::new(BlockKind::Heading, old_title.trim(), t));
    a.body.sort_by_key(|b| b.span.start);
}

#[cfg(test)]
mod tests {
    use super::retitle_live_blog;
    use crate::{Article, Block, BlockKind, LineRole, LineUse, RemovalReason, Removed};

    const HEAD: &str = "Storm closes the harbour and the coast road for a second day";
    const ENTRY: &str = "Ferries back on the morning timetable";
    const TEXT: &str = "The first ferry left the harbour at seven with forty passengers on board.";

    /// A live blog read with its first entry's headline as the headline:
    /// (line, role or removal).
    fn article(lines: &[(&str, Option<LineRole>)]) -> (String, Article) {
        let texts: Vec<&str> = lines.iter().map(|l| l.0).collect();
        let (text, spans) = crate::fields::test_page(&texts, "\n");
        let mut a = Article::default();
        for (&(line, role), span) in lines.iter().zip(spans) {
            match role {
                None => a
                    .removed
                    .push(Removed::new(span, line, RemovalReason::BeforeStory)),
                Some(role) => {
                    a.lines.push(LineUse { span, role });
                    match role {
                        LineRole::Title => {
                            a.title = line.to_string();
                            a.spans.title = Some(span);
                        }
                        LineRole::Date => a.spans.published = Some(span),
                        LineRole::Byline => a.spans.authors.push(span),
                        _ => a.body.push(Block::new(BlockKind::Paragraph, line, span)),
                    }
                }
            }
        }
        (text, a)
    }

    fn page(stamps_after: usize) -> Vec<(&'static str, Option<LineRole>)> {
        let mut lines = vec![
            ("LIVE", None),
            (HEAD, None),
            ("By Ana Ruiz", Some(LineRole::Byline)),
            ("7 March 2026, 07:10", Some(LineRole::Date)),
            ("16:40", None),
            (ENTRY, Some(LineRole::Title)),
            (TEXT, Some(LineRole::Paragraph)),
        ];
        for stamp in ["14:05", "11:20", "09:00"].into_iter().take(stamps_after) {
            lines.push((stamp, None));
            lines.push((TEXT, Some(LineRole::Paragraph)));
        }
        lines
    }

    #[test]
    fn the_headline_over_the_byline_outranks_the_first_entry() {
        let (text, mut a) = article(&page(2));
        retitle_live_blog(&mut a, &text);
        assert_eq!(a.title, HEAD);
        assert!(
            a.body
                .iter()
                .any(|b| b.text == ENTRY && b.kind == BlockKind::Heading)
        );
        assert!(a.removed.iter().all(|r| r.text != HEAD));
    }

    #[test]
    fn a_headline_with_one_time_under_it_stays() {
        let (text, mut a) = article(&page(1));
        retitle_live_blog(&mut a, &text);
        assert_eq!(a.title, ENTRY);
    }
}
