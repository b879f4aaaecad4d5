//! Short lines read on earlier pages: what the feature pass reads of a
//! line's text alone (its statistics, cues and boilerplate class), kept per
//! thread across pages. A site's menus, share rows and labels recur on
//! every page of it a batch holds; such a line is then read once per batch,
//! not once per page. (Its word hashes are read again on every page: they
//! are cheap beside the statistics and cues.)

use super::scan::{self, LineWords};
use super::{Cues, LineStats, PackedStats};
use crate::table::TextMemo;
use std::cell::RefCell;

/// Lines at most this long (in bytes) are remembered.
const MAX_LINE: usize = 250;

/// The memo is emptied when it holds this many lines, so its memory stays
/// bounded (at most some 2 MB a thread).
const MAX_ENTRIES: usize = 8192;

/// What the feature pass reads of a line's text alone.
#[derive(Debug, Clone)]
struct Read {
    stats: PackedStats,
    cues: Cues,
    boiler: Option<u8>,
}

thread_local! {
    static RECENT: RefCell<TextMemo<Read>> = RefCell::new(TextMemo::new(MAX_ENTRIES));
}

/// What the feature pass reads of `line`'s text alone (its statistics,
/// cues and boilerplate class), with its words read into `words`: what
/// was read of it on an earlier page, if it is short and was, else what
/// `fresh` reads (then remembered when the line is short).
pub(super) fn read(
    line: &str,
    words: &mut LineWords,
    fresh: impl FnOnce(&mut LineWords) -> (LineStats, Cues, Option<u8>),
) -> (LineStats, Cues, Option<u8>) {
    if line.len() > MAX_LINE {
        return fresh(words);
    }
    let hash = TextMemo::<Read>::hash(line);
    if let Some(r) = RECENT.with(|m| m.borrow().get(hash, line).cloned()) {
        scan::scan(line, words);
        return (r.stats.get(), r.cues, r.boiler);
    }
    let (stats, cues, boiler) = fresh(words);
    let read = Read {
        stats: PackedStats::pack(&stats),
        cues,
        boiler,
    };
    RECENT.with(|m| m.borrow_mut().put(hash, line, read));
    (stats, cues, boiler)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_page_read_again_takes_the_lines_read_before_alike() {
        let (text, arts) = super::super::two_story_seed();
        let first = super::super::Page::build(text, &arts);
        let line = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        let hash = super::TextMemo::<super::Read>::hash(line);
        assert!(super::RECENT.with(|m| m.borrow().get(hash, line).is_some()));
        assert_eq!(super::super::Page::build(text, &arts), first);
    }
}
