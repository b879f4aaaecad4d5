//! A related list the rules let run on into a blog's sidebar: under the
//! list of other stories come widgets that list none ("Recent Comments"
//! and its "NAME on POST" lines, "Archives" and its months) and the
//! theme's credit ("Powered by WordPress | Theme: Hemingway"), or the
//! comments under a comment section's heading ("Comments (12)"). Once the
//! article is assembled, the related headlines under a widget's heading
//! (a line left out of the fields, after the first related headline, the
//! last heading above them) and the theme credits go back to the audit
//! trail.

use crate::lexicon::{is_theme_credit, is_widget_heading};
use crate::{Article, RemovalReason};

/// True for a comment section's heading with its count in brackets
/// ("Comments (12)"; a teaser's "12 comments" counts the comments of
/// another story).
fn counts_comments(text: &str) -> bool {
    super::comment_count::is_count_heading(text)
        && crate::lexicon::is_comment_word(text.split('(').next().unwrap_or_default().trim())
}

/// Takes the related headlines of `a` that a sidebar widget or a footer
/// holds back into the audit trail (see the module documentation).
pub(crate) fn drop_sidebar_related(a: &mut Article) {
    if a.related.is_empty() || a.related.len() != a.spans.related.len() {
        return;
    }
    // The headings among related lines, in page order: a widget's (true)
    // or a related list's (false). (A widget's heading over the first
    // related line, as a menu entry at the page's top, ends no list.)
    // (Only the lines among the related ones are read.)
    let first = a.spans.related.iter().map(|s| s.start).min().unwrap_or(0);
    let last = a.spans.related.iter().map(|s| s.start).max().unwrap_or(0);
    let mut headings: Vec<(usize, bool)> = a
        .removed
        .iter()
        .filter(|r| r.span.start > first && r.span.start < last)
        .filter_map(|r| {
            // A comment section's heading ("Comments (12)") ends the list
            // as a widget's does.
            if is_widget_heading(&r.text) || counts_comments(&r.text) {
                Some((r.span.start, true))
            } else {
                (r.reason == RemovalReason::RelatedTail).then_some((r.span.start, false))
            }
        })
        .collect();
    if !headings.iter().any(|h| h.1) && !a.related.iter().any(|t| is_theme_credit(t)) {
        return;
    }
    headings.sort_unstable();
    let under_widget = |at: usize| {
        let k = headings.partition_point(|h| h.0 < at);
        k > 0 && headings.get(k - 1).is_some_and(|h| h.1)
    };
    let pairs: Vec<(crate::Span, String)> = std::mem::take(&mut a.spans.related)
        .into_iter()
        .zip(std::mem::take(&mut a.related))
        .collect();
    // (The lines are taken out in one pass: a sidebar may hold thousands.)
    let mut dropped: Vec<usize> = Vec::new();
    for (span, text) in pairs {
        if under_widget(span.start) || is_theme_credit(&text) {
            dropped.push(span.start);
            a.removed
                .push(crate::Removed::new(span, text, RemovalReason::AfterStory));
        } else {
            a.spans.related.push(span);
            a.related.push(text);
        }
    }
    if !dropped.is_empty() {
        dropped.sort_unstable();
        a.lines.retain(|l| {
            l.role != crate::LineRole::Related || dropped.binary_search(&l.span.start).is_err()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::drop_sidebar_related;
    use crate::{Article, LineRole, LineUse, RemovalReason, Removed, Span};

    #[test]
    fn widgets_and_theme_credits_end_the_related_list() {
        let mut a = Article::default();
        let heading = |at: usize, t: &str, r| Removed::new(Span::new(at, at + 5), t, r);
        a.removed = vec![
            heading(10, "Recent Posts", RemovalReason::RelatedTail),
            heading(40, "Recent Comments", RemovalReason::SectionLabel),
            heading(60, "Read more", RemovalReason::RelatedTail),
        ];
        for (at, t) in [
            (20, "Footbridge closure extended again"),
            (30, "Valley bus timetable changes from Monday"),
            (50, "Trev on Footbridge closure extended again"),
            (70, "Dorrigo markets move to second Saturday"),
            (80, "Powered by WordPress | Theme: Hemingway"),
        ] {
            a.related.push(t.into());
            a.spans.related.push(Span::new(at, at + 5));
            a.lines.push(LineUse {
                span: Span::new(at, at + 5),
                role: LineRole::Related,
            });
        }
        drop_sidebar_related(&mut a);
        assert_eq!(
            a.related,
            [
                "Footbridge closure extended again",
                "Valley bus timetable changes from Monday",
                "Dorrigo markets move to second Saturday"
            ]
        );
        assert_eq!(a.spans.related.len(), 3);
        assert_eq!(a.lines.len(), 3);
        assert!(a.removed.iter().any(|r| r.text.starts_with("Trev on")));
        assert!(a.removed.iter().any(|r| r.text.starts_with("Powered by")));
    }

    #[test]
    fn a_comment_count_heading_ends_the_related_list() {
        assert!(super::counts_comments("Comments (12)"));
        assert!(!super::counts_comments("12 comments"));
        assert!(!super::counts_comments("Photos (12)"));
        let mut a = Article {
            removed: vec![Removed::new(
                Span::new(40, 45),
                "Comments (12)",
                RemovalReason::ShareRow,
            )],
            ..Article::default()
        };
        for (at, t) in [
            (20, "Prenton Park pitch to be relaid in the summer"),
            (30, "Adkins hands trial to former Everton academy defender"),
            (50, "Birkenhead Bob: Three points is three points."),
        ] {
            a.related.push(t.into());
            a.spans.related.push(Span::new(at, at + 5));
        }
        drop_sidebar_related(&mut a);
        assert_eq!(a.related.len(), 2);
        assert!(
            a.removed
                .iter()
                .any(|r| r.text.starts_with("Birkenhead Bob"))
        );
    }
}
