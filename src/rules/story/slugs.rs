//! The page's own address, printed at its top, often spells the headline:
//! the words of its last path segment.

use super::Item;

/// Most addresses read for their slugs.
const MAX_SLUGS: usize = 8;
/// Lines at the top of the page where its own address is printed (further
/// down, addresses are links to other stories).
const SLUG_LINES: usize = 20;

/// The words of the last path segment of the web addresses printed at the
/// top of the page ("https://example.com/sport/nelson-s-ot-goal-lifts-isles-1484.php"
/// gives nelson, s, ot, goal, lifts, isles), for slugs of three words or more.
pub(super) fn url_slugs(items: &[Item<'_>]) -> Vec<Vec<String>> {
    items
        .iter()
        .take(SLUG_LINES)
        .filter(|it| it.text.len() <= 300 && it.text.contains("://"))
        .filter_map(|it| {
            let url = it.text.split_whitespace().find(|w| w.contains("://"))?;
            let path = url.split(['?', '#']).next()?;
            let last = path.trim_end_matches('/').rsplit('/').next()?;
            let stem = last.split('.').next()?;
            let words: Vec<String> = stem
                .split(['-', '_'])
                .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
                .map(str::to_ascii_lowercase)
                .collect();
            (words.len() >= 3).then_some(words)
        })
        .take(MAX_SLUGS)
        .collect()
}

/// True when three quarters or more of the words of `text` (three or more)
/// are words of one slug.
pub(super) fn slug_match(text: &str, slugs: &[Vec<String>]) -> bool {
    if slugs.is_empty() {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() >= 3
        && slugs.iter().any(|slug| {
            let hit = words.iter().filter(|w| slug.contains(w)).count();
            hit * 4 >= words.len() * 3
        })
}
