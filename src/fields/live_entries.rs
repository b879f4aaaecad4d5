//! A live blog whose entries open with a bare time ("13:45", then the
//! entry's headline, then its text): the rules, which read a stamp with a
//! zone or a day ("14:05 GMT"), take the bare times for menu entries and
//! leave out some entries. Once the article is assembled, when three
//! stamps or more sit among the body's paragraphs, the lines left out
//! between the first stamp and the page's furniture after the story come
//! back: each stamp and each entry's headline as a heading, each text as a
//! paragraph; a stamp the body holds as a paragraph becomes a heading.

use crate::rules::kind::Shape;
use crate::{Article, Block, BlockKind, LineRole, RemovalReason};

/// Fewest stamps for a live blog.
const MIN_STAMPS: usize = 3;
/// Fewest characters of an entry's text.
const TEXT_CHARS: usize = 20;
/// Most lines of an entry after its stamp.
const ENTRY_LINES: usize = 4;
/// Most characters of an entry's headline.
const HEADLINE_CHARS: usize = 80;

/// True for a bare time on a line of its own: `hour ":" minute` (or with
/// a dot, "16.30"), with "am"/"pm" after it or not ("13:45", "9:05 am"),
/// after a short word of the clock or not ("kl. 16.30", "klo 9.05").
///
/// ```text
/// stamp := (clock ws)? digit{1,2} (":" | ".") digit{2} (ws? ("am" | "pm" | "a.m." | "p.m."))?
/// clock := letter{1,4} "."?
/// ```
pub(crate) fn is_stamp(text: &str) -> bool {
    let t = text.trim();
    // A clock word before the time ("kl.", "klo", "dii.").
    let t = match t.split_once(' ') {
        Some((w, rest))
            if (1..=4).contains(&w.trim_end_matches('.').chars().count())
                && w.trim_end_matches('.').chars().all(char::is_alphabetic)
                && rest.starts_with(|c: char| c.is_ascii_digit()) =>
        {
            rest.trim()
        }
        _ => t,
    };
    let t = ["a.m.", "p.m.", "am", "pm"]
        .iter()
        .find_map(|s| {
            t.len().checked_sub(s.len()).and_then(|k| {
                t.get(k..)
                    .filter(|e| e.eq_ignore_ascii_case(s))
                    .and(t.get(..k))
            })
        })
        .map_or(t, str::trim_end);
    let Some((h, m)) = t.split_once([':', '.']) else {
        return false;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    digits(h, 1..=2)
        && digits(m, 2..=2)
        && h.parse::<u32>().is_ok_and(|h| h <= 23)
        && m.parse::<u32>().is_ok_and(|m| m <= 59)
}

/// True for a reason the rules give lines of a live blog they misread:
/// menus, lines before or after the story, furniture, a headline printed
/// again, a label. Not advertisements, comments, rails or footers.
fn misread(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::Navigation
            | RemovalReason::BeforeStory
            | RemovalReason::AfterStory
            | RemovalReason::Boilerplate
            | RemovalReason::TitleRepeat
            | RemovalReason::Label
    )
}

/// True for a reason that ends the story's region (its rails, comments,
/// footer, author box, sign-up prompts).
fn ends_story(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::RelatedTail
            | RemovalReason::Footer
            | RemovalReason::CommentForm
            | RemovalReason::AuthorBox
            | RemovalReason::Newsletter
            | RemovalReason::OtherStory
    )
}

/// Brings the entries of a live blog with bare time stamps back into `a`'s
/// body (see the module's documentation).
pub(crate) fn take_live_entries(a: &mut Article, text: &str) {
    let (Some(first), Some(last)) = (a.body.first(), a.body.last()) else {
        return;
    };
    let (body_start, body_end) = (first.span.start, last.span.end);
    let top = a.spans.title.map_or(0, |s| s.end);
    let line_text = |s: crate::Span| text.get(s.start..s.end).unwrap_or_default();
    // The stamps under the headline, used or removed, in page order.
    let mut stamps: Vec<usize> = a
        .lines
        .iter()
        .filter(|l| l.span.start >= top && is_stamp(line_text(l.span)))
        .map(|l| l.span.start)
        .chain(
            a.removed
                .iter()
                .filter(|r| r.span.start >= top && is_stamp(&r.text))
                .map(|r| r.span.start),
        )
        .collect();
    stamps.sort_unstable();
    let Some(&from) = stamps.first() else {
        return;
    };
    // The region ends at the first line of furniture after the body.
    let to = a
        .removed
        .iter()
        .filter(|r| r.span.start >= body_end && ends_story(r.reason))
        .map(|r| r.span.start)
        .min()
        .unwrap_or(usize::MAX);
    let inside = stamps.iter().filter(|&&s| s < to).count();
    let mixed = a
        .body
        .iter()
        .any(|b| b.span.start > from && b.span.start < to);
    if inside < MIN_STAMPS || !mixed || from > body_end || to < body_start {
        return;
    }
    // The lines of the region in page order: a stamp, a line left out
    // (its index), or a line the article uses (a body paragraph or not).
    let mut rows: Vec<(usize, Row)> = a
        .removed
        .iter()
        .enumerate()
        .filter(|(_, r)| r.span.start >= from && r.span.start < to)
        .map(|(k, r)| {
            let row = if is_stamp(&r.text) {
                Row::RemovedStamp(k)
            } else {
                Row::Removed(k)
            };
            (r.span.start, row)
        })
        .chain(
            a.lines
                .iter()
                .filter(|l| l.span.start >= from && l.span.start < to)
                .map(|l| {
                    let row = if is_stamp(line_text(l.span)) {
                        Row::UsedStamp
                    } else {
                        Row::Used(l.role == LineRole::Paragraph)
                    };
                    (l.span.start, row)
                }),
        )
        .collect();
    rows.sort_by_key(|r| r.0);
    // Each stamp's entry: the lines up to the next stamp. An entry with
    // text (a paragraph the body holds, or prose left out) is a live
    // entry; a stamp over a headline alone is a ticker's.
    let mut entries: Vec<Vec<(usize, BlockKind)>> = Vec::new();
    let mut stamps_seen = 0;
    let mut cur: Option<(Vec<(usize, BlockKind)>, bool)> = None;
    // Lines since the last stamp: an entry is a few lines.
    let mut since = 0;
    let mut close = |cur: Option<(Vec<(usize, BlockKind)>, bool)>| {
        if let Some((picks, true)) = cur {
            entries.push(picks);
        }
    };
    for (_, row) in rows {
        since += 1;
        if matches!(row, Row::UsedStamp | Row::RemovedStamp(_)) {
            since = 0;
        }
        if since > ENTRY_LINES {
            continue;
        }
        match row {
            Row::UsedStamp | Row::RemovedStamp(_) => {
                stamps_seen += 1;
                close(cur.take());
                // (A stamp the rules read as a section label too.)
                let picks = match row {
                    Row::RemovedStamp(k)
                        if a.removed.get(k).is_some_and(|r| {
                            misread(r.reason) || r.reason == RemovalReason::SectionLabel
                        }) =>
                    {
                        vec![(k, BlockKind::Heading)]
                    }
                    _ => Vec::new(),
                };
                cur = Some((picks, false));
            }
            Row::Used(paragraph) => {
                if let Some((_, text)) = cur.as_mut() {
                    *text |= paragraph;
                }
            }
            Row::Removed(k) => {
                let Some(r) = a.removed.get(k) else {
                    continue;
                };
                let Some((picks, text)) = cur.as_mut() else {
                    continue;
                };
                if !misread(r.reason) || r.text.trim() == a.title.trim() {
                    continue;
                }
                if is_entry_text(&r.text) {
                    picks.push((k, BlockKind::Paragraph));
                    *text = true;
                } else if !*text && r.text.trim().chars().count() <= HEADLINE_CHARS {
                    // The entry's headline, over its text.
                    picks.push((k, BlockKind::Heading));
                }
            }
        }
    }
    close(cur.take());
    if entries.len() < MIN_STAMPS || entries.len() * 3 < stamps_seen * 2 {
        return;
    }
    // A stamp the body holds as a paragraph is an entry's heading.
    for b in a.body.iter_mut() {
        if b.kind == BlockKind::Paragraph
            && b.span.start >= from
            && b.span.start < to
            && is_stamp(&b.text)
        {
            b.kind = BlockKind::Heading;
            super::recast_line(&mut a.lines, b.span, LineRole::Heading);
        }
    }
    let mut picks: Vec<(usize, BlockKind)> = entries.into_iter().flatten().collect();
    // Highest index first: the indices below stay valid.
    picks.sort_unstable_by_key(|p| std::cmp::Reverse(p.0));
    for (k, kind) in picks {
        let role = if kind == BlockKind::Heading {
            LineRole::Heading
        } else {
            LineRole::Paragraph
        };
        if let Some(r) = super::use_removed(a, k, role) {
            a.body.push(Block::new(kind, r.text.trim(), r.span));
        }
    }
    a.body.sort_by_key(|b| b.span.start);
}

/// A line of a live blog's region.
#[derive(Clone, Copy)]
enum Row {
    /// Removed line `k`.
    Removed(usize),
    /// Removed line `k`, a stamp.
    RemovedStamp(usize),
    /// A line the article uses; true for a body paragraph.
    Used(bool),
    /// A stamp the article uses (a heading already).
    UsedStamp,
}

/// True for an entry's text: a sentence or more, [`TEXT_CHARS`] characters
/// or more.
fn is_entry_text(t: &str) -> bool {
    let sh = Shape::of(t);
    (sh.terminal || sh.sentences >= 2) && t.trim().chars().count() >= TEXT_CHARS
}

#[cfg(test)]
mod tests {
    use super::is_stamp;

    #[test]
    fn stamps() {
        for t in [
            "13:45",
            "9:05",
            " 07:12 ",
            "9:05 am",
            "11:30 p.m.",
            "12:00PM",
            "16.30",
            "kl. 16.30",
            "klo 9.05",
            "dii. 07.15",
        ] {
            assert!(is_stamp(t), "{t}");
        }
        for t in [
            "24:00",
            "13:60",
            "1345",
            "13:4",
            "Updated 13:45",
            "13:45 GMT",
            "3:1:00",
        ] {
            assert!(!is_stamp(t), "{t}");
        }
    }
}
