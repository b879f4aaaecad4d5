//! The densest run of article text on the page (see [`main_region`]).

use super::Item;
use super::item::hard_tail;
use crate::lexicon::{self, Boiler};
use crate::rules::kind::Kind;

/// Body-likeness of one line, for finding the densest run of article text.
fn item_score(it: &Item<'_>) -> f32 {
    match &it.kind {
        Kind::Text if it.shape().prose() => {
            // Longer lines and lines dense in function words read as article text.
            let base = (it.shape().words.min(80) as f32) / 10.0 - 0.2;
            let ratio = it.shape().stop_ratio();
            let bonus = if ratio >= 0.25 {
                1.0
            } else if ratio < 0.08 && it.text.is_ascii() {
                -0.5
            } else {
                0.0
            };
            base + bonus + (it.shape().sentences.min(4) as f32) * 0.3
        }
        Kind::Text if it.shape().words >= 8 => 0.3,
        Kind::Text if it.shape().words <= 2 => -1.2,
        Kind::Text => -0.6,
        Kind::AfpHeading(_) | Kind::Bullet(_) => 0.2,
        Kind::Caption(_) | Kind::Credit(_) | Kind::Glyph | Kind::Separator => -0.1,
        Kind::Boiler(Boiler::Advertisement) => -0.2,
        Kind::Date(_)
        | Kind::Byline(..)
        | Kind::DateByline(..)
        | Kind::ReadingTime(_)
        | Kind::Trailer(_) => -0.3,
        Kind::InlineRelated(_) => -0.5,
        Kind::Newsletter => -1.0,
        Kind::Boiler(Boiler::RelatedHeader | Boiler::PrevNext) => -3.0,
        k if hard_tail(k) => -8.0,
        _ => -1.5,
    }
}

/// The densest run of article text (maximum-sum run of line scores), as
/// item indices `(first, one past last)`. Prose after a comments marker
/// counts against the run. Linear time.
pub(super) fn main_region(items: &[Item<'_>], thread: Option<usize>) -> (usize, usize) {
    let mut best = (0.0f32, 0usize, 0usize);
    let (mut cur, mut cur_start) = (0.0f32, 0usize);
    let mut in_comments = false;
    // A comment thread (`thread`: where it starts, see `thread_start`) is
    // comments from its first comment on.
    for (i, it) in items.iter().enumerate() {
        if Some(i) == thread || (thread.is_some() && lexicon::is_reply_button(it.text)) {
            in_comments = true;
        }
        match it.kind {
            // Only a comment section's heading ("3 thoughts on ...") starts the
            // comments; form fields alone ("Submit") may sit anywhere on a page.
            Kind::CommentsHeader => in_comments = true,
            Kind::Boiler(
                Boiler::RelatedHeader | Boiler::PrevNext | Boiler::NextStory | Boiler::Footer,
            ) => in_comments = false,
            _ => {}
        }
        let mut sc = item_score(it);
        if in_comments && sc > 0.0 {
            sc = -1.0;
        }
        if cur <= 0.0 {
            cur = 0.0;
            cur_start = i;
        }
        cur += sc;
        if cur > best.0 {
            best = (cur, cur_start, i + 1);
        }
    }
    if best.2 == 0 {
        (0, items.len())
    } else {
        (best.1, best.2)
    }
}
