//! A key point that restates a sentence of the body: summaries do. The
//! rules take a short line whose words all stand in a paragraph for a pull
//! quote, and so drop it from the middle of a run of bulleted key points.
//! Once the article is assembled, a bulleted line taken as a pull quote
//! between two of the article's key points is a key point again.

use crate::grammar::misc::parse_bullet;
use crate::{Article, LineRole, RemovalReason, Span};

/// True when every line of `a` between `from` and `to` (input offsets) is
/// one of its key points.
fn only_points_between(a: &Article, from: usize, to: usize) -> bool {
    a.lines
        .iter()
        .filter(|l| l.span.start >= from && l.span.end <= to)
        .all(|l| l.role == LineRole::KeyPoint)
}

/// The key point removed line `span` of `a` would be: its text without
/// the bullet, when a key point ends before it and another starts after
/// it, with no line but key points between them, and `line` (its input
/// text) is bulleted.
fn echoed_point(a: &Article, span: Span, line: &str) -> Option<String> {
    let before = a
        .spans
        .key_points
        .iter()
        .filter(|s| s.end <= span.start)
        .map(|s| s.end)
        .max()?;
    let after = a
        .spans
        .key_points
        .iter()
        .filter(|s| s.start >= span.end)
        .map(|s| s.start)
        .min()?;
    if !only_points_between(a, before, after) {
        return None;
    }
    let item = parse_bullet(line.trim_start()).ok()?.value.trim();
    (!item.is_empty()).then(|| item.to_string())
}

/// Gives back to `a`'s key points each bulleted line the rules took for a
/// pull quote between two of them (see the module); `text` is the text
/// `a`'s spans point into.
pub(crate) fn restore_echoed_points(a: &mut Article, text: &str) {
    if a.key_points.len() < 2 || a.spans.key_points.len() != a.key_points.len() {
        return;
    }
    let found: Vec<(Span, String)> = a
        .removed
        .iter()
        .filter(|r| r.reason == RemovalReason::PullQuote)
        .filter_map(|r| Some((r.span, echoed_point(a, r.span, r.span.slice(text)?)?)))
        .collect();
    for (span, item) in found {
        let Some(k) = a.removed.iter().position(|r| r.span == span) else {
            continue;
        };
        super::use_removed(a, k, LineRole::KeyPoint);
        let at = a.spans.key_points.partition_point(|s| s.start < span.start);
        a.spans.key_points.insert(at, span);
        a.key_points.insert(at, item);
    }
}

#[cfg(test)]
mod tests {
    use super::restore_echoed_points;
    use crate::{Article, LineRole, LineUse, RemovalReason, Removed};

    /// The page of `lines` (one a line) and its article: `Some(true)` a key
    /// point, `Some(false)` a pull quote, `None` a paragraph.
    fn run(lines: &[(&str, Option<bool>)]) -> Article {
        let texts: Vec<&str> = lines.iter().map(|l| l.0).collect();
        let (text, spans) = crate::fields::test_page(&texts, "\n");
        let mut a = Article::default();
        for (&(line, how), span) in lines.iter().zip(spans) {
            match how {
                Some(true) => {
                    a.key_points
                        .push(line.trim_start_matches(['•', '-', ' ']).to_string());
                    a.spans.key_points.push(span);
                    a.lines.push(LineUse {
                        span,
                        role: LineRole::KeyPoint,
                    });
                }
                Some(false) => a
                    .removed
                    .push(Removed::new(span, line, RemovalReason::PullQuote)),
                None => a.lines.push(LineUse {
                    span,
                    role: LineRole::Paragraph,
                }),
            }
        }
        restore_echoed_points(&mut a, &text);
        a
    }

    #[test]
    fn a_point_between_points_is_kept_in_order() {
        let a = run(&[
            ("• Dam level falls to 68 metres", Some(true)),
            ("• Rationing from March 20", Some(false)),
            ("- Do not wash cars with hoses", Some(true)),
            (
                "Rationing from March 20 is planned for the villages on the hill.",
                None,
            ),
        ]);
        assert_eq!(
            a.key_points,
            [
                "Dam level falls to 68 metres",
                "Rationing from March 20",
                "Do not wash cars with hoses"
            ]
        );
        assert!(a.removed.is_empty());
    }

    #[test]
    fn a_quote_outside_the_points_or_unbulleted_stays_out() {
        for lines in [
            &[
                ("• Dam level falls to 68 metres", Some(true)),
                ("• Do not wash cars with hoses", Some(true)),
                ("The body opens here with a sentence.", None),
                ("• Rationing from March 20", Some(false)),
            ][..],
            &[
                ("• Dam level falls to 68 metres", Some(true)),
                ("Rationing from March 20", Some(false)),
                ("• Do not wash cars with hoses", Some(true)),
            ][..],
        ] {
            let a = run(lines);
            assert_eq!(a.key_points.len(), 2, "{lines:?}");
            assert_eq!(a.removed.len(), 1);
        }
    }
}
