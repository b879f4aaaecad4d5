//! Live blogs: a page of entries, each under its time stamp ("10:45 GMT",
//! or a match minute "45+2'", then the entry's headline and text). Two time stamps alone on their
//! lines or more, each followed by text, make the stamps and the entries'
//! headlines body headings, so that the story keeps its headline, standfirst
//! and key points above the first entry, and its entries in order.

use super::Item;
use crate::rules::kind::Kind;

/// Most words of a time stamp line ("10:45 GMT", "Updated 09:30").
pub(crate) const STAMP_WORDS: usize = 4;
/// Most words of an entry's headline.
const ENTRY_HEADLINE_WORDS: usize = 15;

/// True when item `k` is a time printed alone on its line, text under it.
fn is_stamp(items: &[Item<'_>], k: usize) -> bool {
    let Some(it) = items.get(k) else { return false };
    let time_only = match &it.kind {
        Kind::Date(d) => d.len() == 1 && d.iter().all(|e| e.date.time_only),
        // A match minute ("45+2'") stamps a sports live blog's entry.
        Kind::Text | Kind::Glyph => {
            it.text.len() <= 12 && crate::grammar::misc::parse_match_minute(it.text).is_ok()
        }
        _ => false,
    };
    time_only
        && it.shape().words <= STAMP_WORDS
        && items
            .get(k + 1)
            .is_some_and(|n| matches!(n.kind, Kind::Text))
}

/// Marks the entries of a live blog (see the module docs): each stamp, and
/// the short line under it that does not end a sentence when text follows
/// it, become headings.
pub(crate) fn mark_entries(items: &mut [Item<'_>]) {
    let stamps: Vec<usize> = (0..items.len()).filter(|&k| is_stamp(items, k)).collect();
    if stamps.len() < 2 {
        return;
    }
    for k in stamps {
        let headline = items
            .get(k + 1)
            .is_some_and(|n| n.shape().words <= ENTRY_HEADLINE_WORDS && !n.shape().terminal)
            && items
                .get(k + 2)
                .is_some_and(|n| matches!(n.kind, Kind::Text));
        for j in [Some(k), headline.then_some(k + 1)].into_iter().flatten() {
            if let Some(it) = items.get_mut(j) {
                it.kind = Kind::AfpHeading(it.text.into());
            }
        }
    }
}
