//! The rules' verdict on each line, read back from their articles: a feature
//! the line model weighs with the others.

use crate::{Article, LineRole, RemovalReason, Span};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What the rules made of a line: a role in a story, or a removal reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleTag {
    /// The line plays this role in a story.
    Role(LineRole),
    /// The line was removed for this reason.
    Removed(RemovalReason),
}

impl RuleTag {
    /// A small number naming the tag, stable within a feature-set version.
    pub fn id(self) -> u64 {
        match self {
            RuleTag::Role(r) => 1 + r as u64,
            RuleTag::Removed(r) => 64 + r as u64,
        }
    }

    /// True for a body paragraph or heading.
    pub fn is_body(self) -> bool {
        matches!(self, RuleTag::Role(LineRole::Paragraph | LineRole::Heading))
    }
}

/// Every line the articles account for, in input order (by start, then end;
/// a span given twice is read once, as the first list holding it says),
/// with its tag and story ([`None`] for a line of no story).
pub(crate) enum RuleView<'a> {
    /// Every list of the articles' lines is in order: they are merged as
    /// they are read, with no copy of the page's lines.
    Merged {
        arts: &'a [Article],
        /// Per list, its next line: (start, end, list, index in the list);
        /// list `2k` is article `k`'s lines, `2k + 1` its removed lines.
        heap: BinaryHeap<Reverse<(usize, usize, usize, usize)>>,
        /// The span read last.
        last: Option<Span>,
    },
    /// Otherwise the lines are copied and sorted (24 bytes a line).
    Sorted(std::vec::IntoIter<(Span, RuleTag, u32)>),
}

/// The story of a line in no story, in [`RuleView`] and
/// [`super::PageLine`].
pub(crate) const NO_STORY: u32 = u32::MAX;

/// The story number of article `k`. (More than `u32::MAX - 1` stories cannot
/// be cut from a text under the input limits; the last ones would share a
/// number.)
fn story_of(k: usize) -> u32 {
    u32::try_from(k).unwrap_or(NO_STORY - 1)
}

/// The view's entry for index `i` of list `list` of `arts` (see
/// [`RuleView::Merged`]).
fn entry(arts: &[Article], list: usize, i: usize) -> Option<(Span, RuleTag, u32)> {
    let story = story_of(list / 2);
    let a = arts.get(list / 2)?;
    if list % 2 == 0 {
        let l = a.lines.get(i)?;
        return Some((l.span, RuleTag::Role(l.role), story));
    }
    let r = a.removed.get(i)?;
    let story = if r.reason == RemovalReason::OtherStory {
        NO_STORY
    } else {
        story
    };
    Some((r.span, RuleTag::Removed(r.reason), story))
}

impl<'a> RuleView<'a> {
    pub(crate) fn of(arts: &'a [Article]) -> RuleView<'a> {
        let key = |s: Span| (s.start, s.end);
        let in_order = arts.iter().all(|a| {
            a.lines.is_sorted_by_key(|l| key(l.span)) && a.removed.is_sorted_by_key(|r| key(r.span))
        });
        if in_order {
            let heap = (0..arts.len() * 2)
                .filter_map(|list| {
                    let (span, ..) = entry(arts, list, 0)?;
                    Some(Reverse((span.start, span.end, list, 0)))
                })
                .collect();
            return RuleView::Merged {
                arts,
                heap,
                last: None,
            };
        }
        let n = arts.iter().map(|a| a.lines.len() + a.removed.len()).sum();
        let mut lines = Vec::with_capacity(n);
        for (k, a) in arts.iter().enumerate() {
            for i in 0..a.lines.len() + a.removed.len() {
                let (list, i) = match i.checked_sub(a.lines.len()) {
                    None => (2 * k, i),
                    Some(r) => (2 * k + 1, r),
                };
                lines.extend(entry(arts, list, i));
            }
        }
        lines.sort_by_key(|l| key(l.0));
        lines.dedup_by_key(|l| l.0);
        RuleView::Sorted(lines.into_iter())
    }

    /// The most lines the view reads (exact unless a span is given twice).
    pub(crate) fn len(&self) -> usize {
        match self {
            RuleView::Merged { arts, .. } => {
                arts.iter().map(|a| a.lines.len() + a.removed.len()).sum()
            }
            RuleView::Sorted(lines) => lines.len(),
        }
    }
}

impl Iterator for RuleView<'_> {
    /// A line's span, tag and story.
    type Item = (Span, RuleTag, Option<u32>);

    fn next(&mut self) -> Option<Self::Item> {
        let (span, tag, story) = match self {
            RuleView::Sorted(lines) => lines.next()?,
            RuleView::Merged { arts, heap, last } => loop {
                let Reverse((_, _, list, i)) = heap.pop()?;
                let e = entry(arts, list, i);
                if let Some((next, ..)) = entry(arts, list, i + 1) {
                    heap.push(Reverse((next.start, next.end, list, i + 1)));
                }
                match e {
                    Some(e) if *last != Some(e.0) => {
                        *last = Some(e.0);
                        break e;
                    }
                    _ => {}
                }
            },
        };
        Some((span, tag, (story != NO_STORY).then_some(story)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_and_sorted_views_read_the_same_lines() {
        let (_, arts) = super::super::two_story_seed();
        let merged = RuleView::of(&arts);
        assert!(matches!(merged, RuleView::Merged { .. }));
        let mut shuffled = arts.clone();
        if let Some(a) = shuffled.first_mut() {
            a.lines.reverse();
            a.removed.reverse();
        }
        let sorted = RuleView::of(&shuffled);
        assert!(matches!(sorted, RuleView::Sorted(_)));
        let merged: Vec<_> = merged.collect();
        assert!(merged.len() > 10);
        assert_eq!(merged, sorted.collect::<Vec<_>>());
    }
}
