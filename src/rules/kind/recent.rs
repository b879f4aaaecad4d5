//! Short lines classified on earlier pages: what the classification reads
//! of a line's text alone (its shape, and its kind or the hints of the
//! grammars that read the page's date settings) kept per thread across
//! pages. A site's menus, share rows and labels recur on every page of it a
//! batch holds; such a line's text is then read once per batch, and only
//! the grammars that read the date settings run again on each page.

use super::classify::{Noted, classify_early};
use super::hints::Hints;
use super::late::classify_late;
use super::{Kind, PackedShape, Shape};
use crate::grammar::date::DateOptions;
use crate::table::TextMemo;
use std::cell::RefCell;
use std::ops::ControlFlow::{self, Break, Continue};

/// Lines at most this long (in bytes) are remembered.
const MAX_LINE: usize = 250;

/// The memo is emptied when it holds this many lines, so its memory stays
/// bounded.
const MAX_ENTRIES: usize = 8192;

/// What the classification reads of a line's text alone: its shape, and
/// its kind or the hints of the grammars after ([`classify_early`]).
type Early = (PackedShape, ControlFlow<Kind, Hints>);

thread_local! {
    static RECENT: RefCell<TextMemo<Early>> = RefCell::new(TextMemo::new(MAX_ENTRIES));
}

/// The shape and the kind of `t`, a cleaned and trimmed line, read with the
/// page's date settings `dopts` (see [`Shape::of`] and
/// [`super::classify`]; what the classification learnt on the way goes to
/// `noted`): what depends on the text alone is taken from an earlier page
/// when `t` is short and was read there.
pub(crate) fn shape_and_kind(t: &str, dopts: &DateOptions, noted: &mut Noted) -> (Shape, Kind) {
    if t.len() > MAX_LINE {
        let shape = Shape::of(t);
        let kind = super::classify(t, &shape, dopts, noted);
        return (shape, kind);
    }
    let hash = TextMemo::<Early>::hash(t);
    let recalled = RECENT.with(|m| m.borrow().get(hash, t).cloned());
    let (shape, early) = match recalled {
        Some((shape, early)) => (shape.get(), early),
        None => {
            let shape = Shape::of(t);
            let early = classify_early(t);
            let held = (PackedShape::new(&shape), early.clone());
            RECENT.with(|m| m.borrow_mut().put(hash, t, held));
            (shape, early)
        }
    };
    let kind = match early {
        Break(kind) => kind,
        Continue(hints) => classify_late(t, &shape, &hints, dopts, noted),
    };
    (shape, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_classified_again_reads_alike() {
        let dopts = DateOptions::default();
        for t in [
            "Share this article",
            "By Jane Doe, March 4, 2025",
            "Home | World | Sport",
            "Schools closed on Monday as a storm brought snow.",
            "",
        ] {
            let shape = Shape::of(t);
            let want = format!(
                "{:?}",
                super::super::classify(t, &shape, &dopts, &mut Noted::default())
            );
            for _ in 0..2 {
                let (sh, kind) = shape_and_kind(t, &dopts, &mut Noted::default());
                assert_eq!(format!("{kind:?}"), want, "{t}");
                assert_eq!(format!("{sh:?}"), format!("{shape:?}"), "{t}");
            }
        }
    }
}
