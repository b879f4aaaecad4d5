//! The story the page is named after goes first. A page prints its own
//! story's headline again at the end of its breadcrumb ("Home / News /
//! Storm closes schools") or at the start of its title bar ("Storm closes
//! schools | The Daily"); a teaser block, a sidebar or a second story cut
//! above it is not named there. When the first story's headline is
//! printed so nowhere while a later story's is, the later one is the
//! page's own and goes first.

use crate::Article;

/// Fewest words of a headline looked for (a short one, "Video", is printed
/// in too many places to name the page).
const MIN_TITLE_WORDS: usize = 3;
/// Most words of a headline looked for.
const MAX_TITLE_WORDS: usize = 30;
/// Most words of a site's name after a headline in a title bar.
const MAX_SITE_WORDS: usize = 6;
/// Most words of a line read as a breadcrumb or a title bar.
const MAX_LINE_WORDS: usize = 50;
/// Most bytes of a line read as a breadcrumb or a title bar.
const MAX_LINE_BYTES: usize = 600;
/// Stories after the first whose headline is looked for.
const MAX_LOOKED_AT: usize = 8;
/// Fewest words of body the story put first holds.
const MIN_BODY_WORDS: usize = 40;

/// Characters that separate a breadcrumb's steps.
const CRUMB_SEPARATORS: &[char] = &['/', '›', '»', '>', '|', '→', '•'];

/// Separators between a headline and the site's name in a title bar.
const BAR_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " « ", " · "];

/// True when `line` (spaces squeezed) names the page by `title` (spaces
/// squeezed): a breadcrumb that ends with it or a title bar that opens
/// with it.
///
/// ```text
/// crumb := step (sep step)* sep? title      -- a separator before the title
/// bar   := title bar_sep site               -- site: 1 to 6 words
/// ```
fn names_page(line: &str, title: &str) -> bool {
    if line.len() <= title.len() {
        return false;
    }
    if let Some(pre) = line.strip_suffix(title) {
        // A breadcrumb: a path of steps before the headline ("Home / News /
        // Article: Storm closes schools").
        let pre = pre.trim_end();
        return pre.contains(CRUMB_SEPARATORS)
            && pre.ends_with(|c: char| CRUMB_SEPARATORS.contains(&c) || c == ':');
    }
    if let Some(post) = line.strip_prefix(title) {
        return BAR_SEPARATORS.iter().any(|sep| {
            post.strip_prefix(sep).is_some_and(|site| {
                let n = site.split_whitespace().count();
                (1..=MAX_SITE_WORDS).contains(&n)
            })
        });
    }
    false
}

/// `s` with its runs of white space squeezed to one space.
fn squeezed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Most places a headline is looked at where the page prints it.
const MAX_PRINTS: usize = 64;

/// True when a line of `text` names the page by `title` (see
/// [`names_page`]): the headline's prints are found by a byte search, and
/// only their lines are read.
fn named(text: &str, title: &str) -> bool {
    let title = title.trim();
    let n = title.split_whitespace().count();
    if !(MIN_TITLE_WORDS..=MAX_TITLE_WORDS).contains(&n) {
        return false;
    }
    let squeezed_title = squeezed(title);
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, title.as_bytes())
        .take(MAX_PRINTS)
        .any(|at| {
            let start =
                memchr::memrchr(b'\n', b.get(..at).unwrap_or_default()).map_or(0, |i| i + 1);
            let end =
                memchr::memchr(b'\n', b.get(at..).unwrap_or_default()).map_or(b.len(), |i| at + i);
            text.get(start..end).is_some_and(|line| {
                line.len() <= MAX_LINE_BYTES
                    && crate::article::count_words(line) <= MAX_LINE_WORDS
                    && names_page(&squeezed(line), &squeezed_title)
            })
        })
}

/// Puts first the story whose headline the page's breadcrumb or title bar
/// prints (see the module docs) when the first story's is printed in
/// neither. A story put first holds a body of some length and is no
/// comment cut as a story.
pub(crate) fn echoed_first(out: &mut [Article], text: &str) {
    if out.len() < 2 || out.iter().skip(1).all(|a| a.title.is_empty()) {
        return;
    }
    if out.first().is_some_and(|a| named(text, &a.title)) {
        return;
    }
    let later = out
        .iter()
        .enumerate()
        .skip(1)
        .take(MAX_LOOKED_AT)
        .find(|(_, a)| {
            a.word_count() >= MIN_BODY_WORDS
                && !crate::lexicon::is_commenter_line(&a.title)
                && named(text, &a.title)
        })
        .map(|(k, _)| k);
    if let Some(k) = later {
        out.swap(0, k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(title: &str, words: usize) -> Article {
        crate::fields::main_story::tests::story(title, words, false)
    }

    #[test]
    fn breadcrumbs_and_title_bars_name_the_page() {
        let t = "Storm closes schools";
        assert!(names_page("Home / News / Storm closes schools", t));
        assert!(names_page("Home › News › Article: Storm closes schools", t));
        assert!(names_page("Storm closes schools | The Daily", t));
        assert!(names_page("Storm closes schools - Daily Herald Online", t));
        assert!(!names_page("Storm closes schools", t));
        assert!(!names_page("Next post: Storm closes schools", t));
        assert!(!names_page("Why the storm closes schools | The Daily", t));
        assert!(!names_page(
            "Storm closes schools | and the council says it will not reopen them soon",
            t
        ));
    }

    #[test]
    fn the_story_the_breadcrumb_names_goes_first() {
        let text = "Car comparisons\nHome / Auto News / Audi opens a city store\n";
        let mut out = vec![
            story("Car comparisons of the year", 300),
            story("Audi opens a city store", 120),
        ];
        echoed_first(&mut out, text);
        assert_eq!(out[0].title, "Audi opens a city store");
    }

    #[test]
    fn a_first_story_named_by_the_page_or_a_short_one_stays() {
        let text = "Home / Storm closes schools\nHome / Audi opens a city store\n";
        let mut out = vec![
            story("Storm closes schools", 300),
            story("Audi opens a city store", 120),
        ];
        echoed_first(&mut out, text);
        assert_eq!(out[0].title, "Storm closes schools");
        let mut out = vec![
            story("Car comparisons of the year", 300),
            story("Audi opens a city store", 10),
        ];
        echoed_first(&mut out, "Home / Audi opens a city store\n");
        assert_eq!(out[0].title, "Car comparisons of the year");
    }
}
