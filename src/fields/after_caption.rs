//! The story goes on under a photo: the line model may cut the paragraph
//! or subheading right after a caption's credit line ("Foto: Jane Doe") as
//! page furniture, though the story's body goes on further down. Once the
//! article is assembled, the running prose right after a caption inside
//! the body, and a subheading over it, go back into the body, up to the
//! first line that is neither.

use super::resume::{is_heading, is_promotion, is_prose};
use crate::{Article, BlockKind, LineRole, RemovalReason, Span};

/// Most lines of a caption under its first one.
const CAPTION_LINES: usize = 3;

/// A line after a caption, in page order.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Next {
    /// Another line of the caption.
    Caption,
    /// Removed line `k` (of the article's removed lines) the story may go
    /// on with.
    Candidate(usize),
    /// A paragraph of the body.
    Body,
    /// Anything else.
    Stop,
}

/// The lines after `end`, used or removed, in page order.
fn lines_after(a: &Article, end: usize) -> Vec<(Span, Next)> {
    let used = |l: &crate::LineUse| match l.role {
        LineRole::Caption => Next::Caption,
        LineRole::Paragraph => Next::Body,
        _ => Next::Stop,
    };
    let removed = |k: usize, r: &crate::Removed| match r.reason {
        RemovalReason::Boilerplate | RemovalReason::AfterStory => Next::Candidate(k),
        _ => Next::Stop,
    };
    super::lines_from(a, end, used, removed)
}

/// The removed lines (by span, with their block kind) that carry the story
/// on right under the caption line ending at `end`; `lines` are the
/// article's lines from its body's start on ([`lines_after`]).
fn carried_on(a: &Article, lines: &[(Span, Next)], end: usize) -> Vec<(Span, BlockKind)> {
    let after = lines
        .get(lines.partition_point(|(s, _)| s.start < end)..)
        .unwrap_or_default();
    let cand = |i: usize| match after.get(i) {
        Some(&(_, Next::Candidate(k))) => a.removed.get(k).map(|r| (r.span, r.text.as_str())),
        _ => None,
    };
    // Line `i` is running prose: a paragraph of the body or one cut.
    let over_prose = |i: usize| {
        matches!(after.get(i), Some((_, Next::Body))) || cand(i).is_some_and(|(_, n)| is_prose(n))
    };
    let mut taken = Vec::new();
    let mut i = 0;
    let mut at_body = false;
    while let Some(&(_, next)) = after.get(i) {
        match next {
            // The caption's own lines under it (its credit), a few at most.
            Next::Caption if taken.is_empty() && i < CAPTION_LINES => {}
            Next::Body => {
                at_body = true;
                break;
            }
            Next::Caption | Next::Stop => break,
            Next::Candidate(_) => {
                let Some((span, t)) = cand(i) else { break };
                if is_promotion(t) {
                    break;
                } else if is_prose(t) {
                    taken.push((span, BlockKind::Paragraph));
                } else if is_heading(t) && over_prose(i + 1) {
                    taken.push((span, BlockKind::Heading));
                } else {
                    break;
                }
            }
        }
        i += 1;
    }
    // A subheading is kept only over a paragraph.
    while !at_body
        && taken
            .last()
            .is_some_and(|&(_, kind)| kind == BlockKind::Heading)
    {
        taken.pop();
    }
    taken
}

/// Takes back into `a`'s body the paragraphs and subheadings cut right
/// under a caption set between two of its blocks (see the module).
pub(crate) fn resume_after_caption(a: &mut Article) {
    let (Some(first), Some(last)) = (a.body.first(), a.body.last()) else {
        return;
    };
    let (first, last) = (first.span.start, last.span.start);
    // Captions inside the body: after its first block, before its last.
    let captions: Vec<usize> = a
        .lines
        .iter()
        .filter(|l| l.role == LineRole::Caption && l.span.start > first && l.span.end <= last)
        .map(|l| l.span.end)
        .collect();
    // (Most bodies hold no caption: nothing else is read then.)
    if captions.is_empty() {
        return;
    }
    let lines = lines_after(a, first);
    let mut taken: Vec<(Span, BlockKind)> = captions
        .into_iter()
        .flat_map(|end| carried_on(a, &lines, end))
        .collect();
    taken.sort_by_key(|(s, _)| s.start);
    taken.dedup();
    super::take_back_blocks(a, taken);
}

#[cfg(test)]
mod tests {
    use super::resume_after_caption;
    use crate::fields::{TestAs as As, test_article};
    use crate::{BlockKind, RemovalReason};

    const PROSE: &str =
        "The council met on Tuesday to decide the fate of the old library on the square.";
    const MORE: &str = "Work on the new roof will begin in the spring and last about eight months, the mayor said.";
    const LAST: &str =
        "The library will reopen in the autumn of next year with a larger reading room.";

    fn body_after(lines: &[(&str, As)]) -> Vec<(BlockKind, String)> {
        let (_, mut a) = test_article(lines);
        resume_after_caption(&mut a);
        assert_eq!(a.lines.len() + a.removed.len(), lines.len());
        a.body.into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn prose_and_a_subheading_cut_under_a_caption_go_back_in_place() {
        let body = body_after(&[
            (PROSE, As::Body),
            ("The old library on the square.", As::Caption),
            ("Photo: Jane Roe", As::Caption),
            (MORE, As::Gone(RemovalReason::Boilerplate)),
            ("What comes next", As::Gone(RemovalReason::Boilerplate)),
            (LAST, As::Body),
        ]);
        let kinds: Vec<BlockKind> = body.iter().map(|b| b.0).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(body[1].1, MORE);
        assert_eq!(body[2].1, "What comes next");
    }

    #[test]
    fn furniture_under_a_caption_and_captions_after_the_body_stay_out() {
        // A promotion under the caption, and a caption under the last block.
        let body = body_after(&[
            (PROSE, As::Body),
            ("The old library on the square.", As::Caption),
            (
                "Subscribe to our newsletter for the best stories of the week.",
                As::Gone(RemovalReason::Boilerplate),
            ),
            (LAST, As::Body),
            ("The new reading room.", As::Caption),
            (MORE, As::Gone(RemovalReason::AfterStory)),
        ]);
        assert_eq!(body.len(), 2);
        // A subheading over nothing but the page's end stays out.
        let body = body_after(&[
            (PROSE, As::Body),
            ("The old library on the square.", As::Caption),
            ("What comes next", As::Gone(RemovalReason::Boilerplate)),
            ("Share: Facebook | X", As::Gone(RemovalReason::ShareRow)),
            (LAST, As::Body),
        ]);
        assert_eq!(body.len(), 2);
    }
}
