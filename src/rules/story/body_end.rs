//! The end of the body: the writer's biography and a run of other stories'
//! headlines after the story's last paragraph of prose.

use super::authors::is_bio;
use super::item::{is_filler, is_meta};
use super::{Assign, Item, set};
use crate::{BlockKind, RemovalReason};

/// After the story's last paragraph of prose, lines that are not story:
/// the writer's biography and a run of other stories' headlines. At least
/// two paragraphs of the body stay.
pub(super) fn trim_body_end(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    to: usize,
    authors: &[String],
) {
    let body_at = |assign: &[Assign], k: usize| {
        matches!(
            assign.get(k),
            Some(Assign::Body(BlockKind::Paragraph, _) | Assign::Dateline(..))
        )
    };
    let total = (from..to).filter(|&k| body_at(assign, k)).count();
    let mut kept = total;
    let mut headlines: Vec<usize> = Vec::new();
    let mut k = to;
    while k > from && kept > 2 {
        k -= 1;
        if !body_at(assign, k) {
            continue;
        }
        let Some(it) = items.get(k) else { break };
        if is_bio(it.text, authors) {
            set(assign, k, Assign::Removed(RemovalReason::AuthorBox));
            kept -= 1;
        } else if !it.shape().prose()
            && (it.shape().titleish(it.text)
                || (it.shape().words <= 6 && !it.shape().terminal && !it.text.contains(':')))
            && it.shape().words <= 20
            && !it.text.contains("pic.twitter.com")
        {
            headlines.push(k);
            kept -= 1;
        } else {
            // A list the text introduces ("Tour dates:") is the story's own.
            if it.text.trim_end().ends_with(':') {
                headlines.clear();
            }
            break;
        }
    }
    // One headline with a byline or date of its own under it, right where
    // the body ends, heads the next story's card.
    let next_has_meta = |h: usize| {
        items
            .get(h + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|o| !is_filler(o))
            .is_some_and(|o| is_meta(&o.kind))
    };
    let card_head = headlines.len() == 1 && headlines.first().is_some_and(|&h| next_has_meta(h));
    if headlines.len() < 2 && !card_head {
        return;
    }
    for h in headlines {
        if let Some(it) = items.get(h) {
            set(assign, h, Assign::Related(it.text.into()));
        }
    }
}
