//! Which of the page's stories is its main one.

use crate::Article;

/// True when the story printed a byline or a date of its own.
fn has_header(a: &Article) -> bool {
    !a.authors.is_empty() || a.published.is_some() || a.updated.is_some() || !a.raw_dates.is_empty()
}

/// Puts the main story first. The first story on the page is the main one,
/// unless it has no byline or date (a block of teasers above the article)
/// while a later one has them and at least half as much text.
pub(crate) fn main_first(out: &mut [Article]) {
    let Some(first) = out.first() else { return };
    if has_header(first) || first.title.is_empty() && first.body.is_empty() {
        return;
    }
    let words = first.word_count();
    if let Some(k) = out
        .iter()
        .position(|a| has_header(a) && !a.title.is_empty() && a.word_count() * 2 >= words)
    {
        out.swap(0, k);
    }
}
