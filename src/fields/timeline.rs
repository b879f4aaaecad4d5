//! A timeline inside the story: each entry opens with its date ("29
//! August 2025 - The last crossing runs at 10.50pm."), and the rules may
//! read such a line as the story's date printed again. Once the article is
//! assembled, a line left out so between two of the body's blocks whose
//! words after the date make a sentence goes back into the body.

use crate::article::count_words;
use crate::{Article, BlockKind, RemovalReason};

/// Most entries taken back into one article.
const MAX_ENTRIES: usize = 50;
/// Fewest words of an entry after its date.
const MIN_WORDS: usize = 4;
/// Most words of an entry's date.
const DATE_WORDS: usize = 5;

/// What stands between an entry's date and its text.
const SEPARATORS: [&str; 4] = [" - ", " – ", " — ", ": "];

/// True when `text` is a timeline's entry: a date of one to five words
/// holding a digit, a dash or a colon, then a sentence of four words or
/// more opening with a capital.
pub(crate) fn is_timeline_entry(text: &str) -> bool {
    let t = text.trim();
    let Some((date, rest)) = SEPARATORS.iter().find_map(|sep| t.split_once(sep)) else {
        return false;
    };
    let rest = rest.trim();
    (1..=DATE_WORDS).contains(&date.split_whitespace().count())
        && date.chars().any(|c| c.is_ascii_digit())
        && rest.starts_with(char::is_uppercase)
        && rest.ends_with(['.', '!', '?'])
        && count_words(rest) >= MIN_WORDS
}

/// Takes back into `a`'s body the timeline entries (see
/// [`is_timeline_entry`]) the rules left out as a date printed again
/// between two of its blocks.
pub(crate) fn take_timeline_entries(a: &mut Article) {
    let (Some(first), Some(last)) = (
        a.body.first().map(|b| b.span.start),
        a.body.last().map(|b| b.span.end),
    ) else {
        return;
    };
    let taken: Vec<(crate::Span, BlockKind)> = a
        .removed
        .iter()
        .filter(|r| {
            r.reason == RemovalReason::BylineRepeat
                && r.span.start > first
                && r.span.end < last
                && is_timeline_entry(&r.text)
        })
        .take(MAX_ENTRIES)
        .map(|r| (r.span, BlockKind::Paragraph))
        .collect();
    super::take_back_blocks(a, taken);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::{TestAs as As, test_article};

    #[test]
    fn entries_of_a_timeline() {
        assert!(is_timeline_entry(
            "29 August 2025 - The last crossing runs at 10.50pm."
        ));
        assert!(is_timeline_entry("2019: The bridge is closed for repairs."));
        assert!(!is_timeline_entry("12 May 2025 - 14:05"));
        assert!(!is_timeline_entry("Jane Doe - 12 May 2025"));
        assert!(!is_timeline_entry("Updated: 12 May 2025, 10:00"));
    }

    #[test]
    fn an_entry_between_blocks_goes_back_one_after_the_story_stays_out() {
        let para = "The council said the refit would be carried out over the winter.";
        let entry = "29 August 2025 - The last crossing runs at 10.50pm.";
        let (_, mut a) = test_article(&[
            (para, As::Body),
            (entry, As::Gone(RemovalReason::BylineRepeat)),
            (para, As::Body),
            (entry, As::Gone(RemovalReason::BylineRepeat)),
        ]);
        take_timeline_entries(&mut a);
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(body, [para, entry, para]);
        assert_eq!(a.removed.len(), 1);
    }
}
