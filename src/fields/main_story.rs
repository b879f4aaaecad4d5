//! Which of the page's stories is its main one.

use crate::Article;

/// True when the story printed a byline or a date of its own.
fn has_header(a: &Article) -> bool {
    !a.authors.is_empty() || a.published.is_some() || a.updated.is_some() || !a.raw_dates.is_empty()
}

/// Puts the main story first. The first story on the page is the main one,
/// unless it has no byline or date (a block of teasers above the article)
/// while a later one has them and at least half as much text. A comment
/// cut as a story of its own (headed by its commenter's line, "Jane
/// wrote:", with the comment's date) is never put first.
pub(crate) fn main_first(out: &mut [Article]) {
    if let Some(k) = main_story(out, |a, _| a.word_count()) {
        out.swap(0, k);
    }
}

/// [`main_first`] with each article's word count given in `words` (in the
/// order of `out`; swapped along with the articles), not counted again.
pub(crate) fn main_first_counted(out: &mut [Article], words: &mut [usize]) {
    if let Some(k) = main_story(out, |_, i| words.get(i).copied().unwrap_or(0)) {
        out.swap(0, k);
        words.swap(0, k);
    }
}

/// The index of the story to put first in place of the first one, if
/// another (see [`main_first`]); `words(a, i)` is the word count of `a`,
/// the `i`-th article.
fn main_story(out: &[Article], words: impl Fn(&Article, usize) -> usize) -> Option<usize> {
    let first = out.first()?;
    if has_header(first) || first.title.is_empty() && first.body.is_empty() {
        return None;
    }
    let least = words(first, 0);
    out.iter().enumerate().position(|(i, a)| {
        has_header(a)
            && !a.title.is_empty()
            && words(a, i) * 2 >= least
            && !crate::lexicon::is_commenter_line(&a.title)
    })
}

#[cfg(test)]
mod tests {
    use super::main_first;
    use crate::{Article, Block, BlockKind, DateValue, Span};

    fn story(title: &str, words: usize, dated: bool) -> Article {
        let mut a = Article {
            title: title.to_string(),
            ..Article::default()
        };
        let text = vec!["word"; words].join(" ");
        a.body
            .push(Block::new(BlockKind::Paragraph, text, Span::new(0, 1)));
        if dated {
            a.published = chrono::NaiveDate::from_ymd_opt(2012, 8, 18).map(DateValue::Date);
        }
        a
    }

    #[test]
    fn a_dated_story_below_undated_teasers_goes_first() {
        let mut out = vec![
            story("Teasers", 40, false),
            story("Storm closes schools", 60, true),
        ];
        main_first(&mut out);
        assert_eq!(
            out.first().map(|a| a.title.as_str()),
            Some("Storm closes schools")
        );
    }

    #[test]
    fn a_comment_cut_as_a_story_never_goes_first() {
        let mut out = vec![
            story("The Reluctant Cataloger", 300, false),
            story("Jane Doe wrote:", 400, true),
        ];
        main_first(&mut out);
        assert_eq!(
            out.first().map(|a| a.title.as_str()),
            Some("The Reluctant Cataloger")
        );
    }
}
