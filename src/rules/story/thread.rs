//! Comment threads: a page that prints a reply button under two comments
//! or more ("Reply", "Antworten", "Répondre") holds a comment thread, and
//! the thread starts at its first comment: the commenter's line (a name
//! with a date, read as a byline or a date) above the first comment's
//! prose, with a counter line above it ("{ 69 comments… }"), or the first
//! reply button itself when no such line is near.

use super::Item;
use crate::lexicon;
use crate::rules::kind::Kind;

/// Most prose lines one comment runs to above its reply button.
const COMMENT_LINES: usize = 3;

/// The item where the page's comment thread starts, `None` when the page
/// holds fewer than two reply buttons.
pub(super) fn thread_start(items: &[Item<'_>]) -> Option<usize> {
    let mut replies = items
        .iter()
        .enumerate()
        .filter(|(_, it)| lexicon::is_reply_button(it.text))
        .map(|(i, _)| i);
    let first = replies.next()?;
    replies.next()?;
    let mut k = first;
    let mut prose = 0usize;
    while k > 0 {
        let Some(it) = items.get(k - 1) else { break };
        match it.kind {
            Kind::Text if prose < COMMENT_LINES => {
                prose += 1;
                k -= 1;
            }
            Kind::Byline(_) | Kind::DateByline(_) | Kind::Date(_) if prose > 0 => {
                let commenter = k - 1;
                let counted = commenter
                    .checked_sub(1)
                    .and_then(|c| items.get(c))
                    .is_some_and(|c| matches!(c.kind, Kind::Text) && counts_comments(c.text));
                return Some(if counted { commenter - 1 } else { commenter });
            }
            _ => break,
        }
    }
    Some(first)
}

/// True for a short line that counts comments ("69 comments… read them
/// below or add one", "12 Kommentare").
fn counts_comments(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().take(13).collect();
    words.len() <= 12
        && words.iter().take(3).any(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .bytes()
                .all(|b| b.is_ascii_digit())
                && w.bytes().any(|b| b.is_ascii_digit())
        })
        && words.iter().take(4).any(|w| lexicon::is_comment_word(w))
}
