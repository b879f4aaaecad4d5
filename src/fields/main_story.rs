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

/// Fewest words of a paragraph that counts as running prose.
const PROSE_WORDS: usize = 15;
/// How many times the first story's prose a later one must hold to go
/// first in its place.
const PROSE_RATIO: usize = 4;
/// Fewest words of prose the story put first must hold.
const MIN_PROSE: usize = 200;

/// The words of `a`'s running prose: its paragraphs of
/// [`PROSE_WORDS`] words or more that end a sentence (not a list of
/// links, "Gorilla Vs Bear (RSS)", nor a rail of teasers).
fn prose_words(a: &Article) -> usize {
    a.body
        .iter()
        .filter(|b| b.kind == crate::BlockKind::Paragraph)
        .map(|b| {
            let t = b.text.trim_end();
            let ends = t.ends_with(['.', '!', '?', '"', '”', '’', '»', '。']);
            let n = crate::article::count_words(t);
            if ends && n >= PROSE_WORDS { n } else { 0 }
        })
        .sum()
}

/// Puts first the story that holds the page's running prose when the
/// first one is little of it: a later story with [`PROSE_RATIO`] times the
/// first's prose and at least [`MIN_PROSE`] words of it (a blog's post
/// under a sidebar of linked blogs that the rules cut as a story with a
/// byline of its own). A comment cut as a story is never put first.
pub(crate) fn prose_first(out: &mut [Article]) {
    let best = out
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, a)| !a.title.is_empty() && !crate::lexicon::is_commenter_line(&a.title))
        .map(|(k, a)| (k, prose_words(a)))
        .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)));
    // The first story's prose is counted only when a later story holds
    // enough to take its place (most pages have none).
    if let Some((k, n)) = best
        && n >= MIN_PROSE
        && out
            .first()
            .is_some_and(|first| n >= PROSE_RATIO * prose_words(first).max(1))
    {
        out.swap(0, k);
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::main_first;
    use crate::{Article, Block, BlockKind, DateValue, Span};

    /// A story of `words` words under `title`, dated when `dated`.
    pub(in crate::fields) fn story(title: &str, words: usize, dated: bool) -> Article {
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
    /// A story of `paras` paragraphs of `words` words each, ending a
    /// sentence when `prose`.
    fn with_paras(title: &str, paras: usize, words: usize, prose: bool) -> Article {
        let mut a = story(title, 0, true);
        a.body.clear();
        let end = if prose { "." } else { " (RSS)" };
        for _ in 0..paras {
            let text = format!("{}{end}", vec!["word"; words].join(" "));
            a.body
                .push(Block::new(BlockKind::Paragraph, text, Span::new(0, 1)));
        }
        a
    }

    #[test]
    fn the_story_of_running_prose_goes_before_a_list_of_links() {
        let mut out = vec![
            with_paras("Blogroll", 40, 12, false),
            with_paras("Residents ask about fracking", 20, 30, true),
        ];
        super::prose_first(&mut out);
        assert_eq!(
            out.first().map(|a| a.title.as_str()),
            Some("Residents ask about fracking")
        );
    }

    #[test]
    fn a_first_story_with_prose_of_its_own_stays_first() {
        for (first, later) in [((10, 30), (30, 30)), ((1, 20), (8, 20))] {
            let mut out = vec![
                with_paras("Storm closes schools", first.0, first.1, true),
                with_paras("Other story", later.0, later.1, true),
            ];
            super::prose_first(&mut out);
            assert_eq!(
                out.first().map(|a| a.title.as_str()),
                Some("Storm closes schools")
            );
        }
    }
}
