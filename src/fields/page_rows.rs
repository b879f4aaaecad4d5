//! An article's input lines in page order, those it used and those it
//! left out, for the passes that move a line from one to the other.

use crate::{Article, LineRole, RemovalReason, Span};

/// Where a line of the article is: used (with its role) or removed (its
/// index among the removed lines).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum At {
    /// Used, in this role.
    Used(LineRole),
    /// Left out: its index among the removed lines.
    Removed(usize),
}

/// The lines of `a` in page order, used and removed, with their text.
pub(super) fn page_rows<'t>(a: &'t Article, text: &'t str) -> Vec<(Span, At, &'t str)> {
    let mut rows: Vec<(Span, At, &str)> = a
        .lines
        .iter()
        .map(|l| {
            let t = text.get(l.span.start..l.span.end).unwrap_or_default();
            (l.span, At::Used(l.role), t)
        })
        .chain(
            a.removed
                .iter()
                .enumerate()
                .map(|(k, r)| (r.span, At::Removed(k), r.text.as_str())),
        )
        .collect();
    rows.sort_by_key(|r| r.0.start);
    rows
}

/// True for a reason the rules give the lines under a headline they may
/// have misread (menus, lines before the story, labels).
pub(super) fn misread(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::Navigation
            | RemovalReason::BeforeStory
            | RemovalReason::Label
            | RemovalReason::SectionLabel
    )
}

/// True when the line at `at` may move into a field: a body paragraph or
/// heading, or a line left out for a reason [`misread`] holds.
pub(super) fn movable(a: &Article, at: At) -> bool {
    match at {
        At::Used(role) => matches!(role, LineRole::Paragraph | LineRole::Heading),
        At::Removed(k) => a.removed.get(k).is_some_and(|r| misread(r.reason)),
    }
}

/// Where the line at `span` is now (its index among the removed lines may
/// have moved since `at` was read).
fn relocate(a: &Article, span: Span, at: At) -> At {
    match at {
        At::Used(_) => at,
        At::Removed(_) => a
            .removed
            .iter()
            .position(|r| r.span == span)
            .map_or(at, At::Removed),
    }
}

/// Takes the line at `span` (used in the body, or removed) into `role`;
/// its text.
pub(super) fn take_line(a: &mut Article, span: Span, at: At, role: LineRole) -> String {
    match relocate(a, span, at) {
        At::Used(_) => {
            let mut out = String::new();
            if let Some(k) = a.body.iter().position(|b| b.span == span) {
                out = a.body.remove(k).text;
            }
            super::recast_line(&mut a.lines, span, role);
            out
        }
        At::Removed(k) => super::use_removed(a, k, role)
            .map(|r| r.text)
            .unwrap_or_default(),
    }
}
