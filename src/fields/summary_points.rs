//! A summary's points under the headline: a page may print, between the
//! byline and date lines and the story, a few bulleted points (under a
//! label such as "Summary", "Crynodeb" or none) that neither the lexicon
//! nor the line model knew, left out before the story or kept as the
//! body's first paragraphs. Once the article is assembled, when it has no
//! key points, the run of two to eight bulleted items right under its
//! header (headline, standfirst, byline and dates), each of three words or
//! more, with the body's prose after it, is its key points.

use super::page_rows::{At, movable, page_rows, take_line};
use crate::grammar::misc::parse_bullet;
use crate::{Article, BlockKind, LineRole, Span};

/// Fewest items of a summary.
const MIN_ITEMS: usize = 2;
/// Most items of a summary.
const MAX_ITEMS: usize = 8;
/// Fewest words of an item (a menu's entries are shorter).
const MIN_WORDS: usize = 3;
/// Most words of an item.
const MAX_WORDS: usize = 40;

/// The item of a summary `line` holds: its text after a bullet mark (a
/// dash or hyphen, which opens a quotation in many languages, only when
/// `dash_ok`: under a label closed by a colon), of three to forty words.
fn item(line: &str, dash_ok: bool) -> Option<&str> {
    let t = line.trim_start();
    let dashed = t
        .strip_prefix(['–', '—'])
        .or_else(|| t.strip_prefix('-').filter(|_| dash_ok));
    let value = match dashed {
        // Under a label closed by a colon ("Ebikulu:"), dashes mark a list.
        Some(rest) if dash_ok && rest.starts_with(char::is_whitespace) => rest.trim(),
        Some(_) => return None,
        None => parse_bullet(t).ok()?.value,
    };
    let words = crate::article::count_words(value);
    (MIN_WORDS..=MAX_WORDS).contains(&words).then_some(value)
}

/// Where `a`'s header ends: the last of its headline, standfirst, byline
/// and date lines over its first body block.
fn header_end(a: &Article) -> Option<usize> {
    let body = a.body.first()?.span.start;
    let roles = a
        .lines
        .iter()
        .filter(|l| {
            matches!(
                l.role,
                LineRole::Title | LineRole::Subtitle | LineRole::Byline | LineRole::Date
            )
        })
        .map(|l| l.span);
    a.spans
        .title
        .iter()
        .chain(&a.spans.subtitle)
        .chain(&a.spans.authors)
        .chain(&a.spans.published)
        .chain(&a.spans.updated)
        .copied()
        .chain(roles)
        .map(|s| s.end)
        .filter(|&e| e <= body)
        .max()
}

/// Takes the summary's points under `a`'s header into its key points (see
/// the module); `text` is the text `a`'s spans point into.
pub(crate) fn take_summary_points(a: &mut Article, text: &str) {
    if !a.key_points.is_empty() {
        return;
    }
    let Some(from) = header_end(a) else {
        return;
    };
    let rows = page_rows(a, text);
    let mut items: Vec<(Span, At, String)> = Vec::new();
    let mut dash_ok = false;
    for &(span, at, line) in rows.iter().filter(|r| r.0.start >= from) {
        match (movable(a, at), item(line, dash_ok)) {
            (true, Some(v)) => items.push((span, at, v.to_string())),
            // A label over the items ("Summary", "Ebikulu:").
            (true, None) if items.is_empty() && matches!(at, At::Removed(_)) => {
                dash_ok = line.trim_end().ends_with([':', '：']);
            }
            _ => break,
        }
    }
    let last = items.last().map_or(usize::MAX, |i| i.0.end);
    let prose_after = a
        .body
        .iter()
        .any(|b| b.kind == BlockKind::Paragraph && b.span.start >= last);
    if !prose_after || !(MIN_ITEMS..=MAX_ITEMS).contains(&items.len()) {
        return;
    }
    for (span, at, v) in items {
        take_line(a, span, at, LineRole::KeyPoint);
        a.key_points.push(v);
        a.spans.key_points.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::take_summary_points;
    use crate::{Article, Block, BlockKind, LineRole, LineUse, RemovalReason, Removed};

    const PROSE: &str = "The council met on Tuesday to discuss the new harbour plan and its cost.";

    /// The article of `lines`: a headline, a date line, then the lines
    /// (left out before the story when `false`), then a body paragraph.
    fn article(lines: &[(&str, bool)]) -> (String, Article) {
        let mut all = vec!["Harbour plan approved", "14 July 2026"];
        all.extend(lines.iter().map(|l| l.0));
        all.push(PROSE);
        let (text, spans) = crate::fields::test_page(&all, "\n");
        let mut a = Article {
            title: all[0].to_string(),
            ..Article::default()
        };
        a.spans.title = Some(spans[0]);
        a.spans.published = Some(spans[1]);
        for (i, span) in spans.iter().enumerate().skip(2) {
            let used = lines.get(i - 2).is_none_or(|l| l.1);
            if used {
                a.lines.push(LineUse {
                    span: *span,
                    role: LineRole::Paragraph,
                });
                a.body.push(Block::new(BlockKind::Paragraph, all[i], *span));
            } else {
                a.removed
                    .push(Removed::new(*span, all[i], RemovalReason::BeforeStory));
            }
        }
        (text, a)
    }

    #[test]
    fn bulleted_points_under_the_header_are_key_points() {
        let (text, mut a) = article(&[
            ("In brief", false),
            ("• Work starts on the north quay in May", false),
            ("• The plan costs 40 million over four years", true),
        ]);
        take_summary_points(&mut a, &text);
        assert_eq!(
            a.key_points,
            [
                "Work starts on the north quay in May",
                "The plan costs 40 million over four years"
            ]
        );
        assert_eq!(a.body.len(), 1);
        assert_eq!(a.lines.len() + a.removed.len(), 4);
    }

    #[test]
    fn dashed_points_under_a_label_closed_by_a_colon_are_key_points() {
        let (text, mut a) = article(&[
            ("Ebikulu:", false),
            ("– Work starts on the north quay in May", true),
            ("– The plan costs 40 million over four years", true),
        ]);
        take_summary_points(&mut a, &text);
        assert_eq!(a.key_points.len(), 2);
        // Hyphens too, whatever the items hold.
        let (text, mut a) = article(&[
            ("Kunnafoni:", false),
            ("- Harvest up 15% in the Segou region", true),
            ("- Office du Niger says 2025 was a wet year", true),
        ]);
        take_summary_points(&mut a, &text);
        assert_eq!(a.key_points[0], "Harvest up 15% in the Segou region");
        // Without the label, dashes open quotations.
        let (text, mut a) = article(&[
            ("– We waited for this for years, she said.", true),
            ("– It is a big day for the town.", true),
        ]);
        take_summary_points(&mut a, &text);
        assert!(a.key_points.is_empty());
    }

    #[test]
    fn menu_entries_and_lone_items_are_no_summary() {
        for lines in [
            &[("• News", false), ("• Sport", false), ("• Weather", false)][..],
            &[("• Work starts on the north quay in May", false)][..],
        ] {
            let (text, mut a) = article(lines);
            take_summary_points(&mut a, &text);
            assert!(a.key_points.is_empty(), "{lines:?}");
        }
    }
}
