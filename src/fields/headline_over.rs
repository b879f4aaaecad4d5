//! The headline left out over the standfirst the rules took for it: a page
//! printing the headline and, under it, a longer standfirst, where neither
//! the lexicon nor the line model tells the two apart (a script or a
//! language they know little of), may have its standfirst read as the
//! headline and the headline left out before the story. Once the article
//! is assembled, when it has no standfirst, a headline-like line left out
//! right over its headline, shorter than it, whose words the lead repeats,
//! is the headline, and the line
//! read as the headline is the standfirst.

use crate::article::count_words;
use crate::{Article, LineRole, RemovalReason, Span};

/// Words of a headline over the standfirst.
const HEADLINE_WORDS: std::ops::RangeInclusive<usize> = 4..=20;

/// True when `text` may be a headline: four to twenty words, no sentence
/// end but a question's, no separator of a row of links.
pub(super) fn headline_like(text: &str) -> bool {
    headline_like_words(text, *HEADLINE_WORDS.start())
}

/// [`headline_like`] with `min` words at least.
fn headline_like_words(text: &str, min: usize) -> bool {
    let t = text.trim();
    (min..=*HEADLINE_WORDS.end()).contains(&count_words(t))
        && !t.ends_with(['.', ':', ',', ';', '…', '。', '：'])
        && !crate::lines::scripts::ends_other_script(t)
        && !t.contains(['|', '·', '•', '»', '›', '/', '©', '@'])
}

/// Body blocks a headline's words are looked for in.
const LEAD_BLOCKS: usize = 3;

/// True when the story's lead tells of what `line` does: of its words of
/// four letters or more, two at least and two in five at least stand in
/// the body's first blocks (a menu row, a newsletter prompt or another
/// story's headline over the headline tell of something else).
fn told_by_lead(a: &Article, line: &str) -> bool {
    let lead: String = a
        .body
        .iter()
        .take(LEAD_BLOCKS)
        .map(|b| b.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && !crate::lines::scripts::is_word_mark(c))
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect();
    let found = words.iter().filter(|w| lead.contains(w.as_str())).count();
    found >= 2 && found * 5 >= words.len() * 2
}

/// The line left out right over input offset `at` (its index among `a`'s
/// removed lines), when no line `a` used stands between them.
fn removed_right_over(a: &Article, at: usize) -> Option<(usize, &crate::Removed)> {
    let (k, r) = a
        .removed
        .iter()
        .enumerate()
        .filter(|(_, r)| r.span.end <= at)
        .max_by_key(|(_, r)| r.span.end)?;
    let used = a
        .lines
        .iter()
        .map(|l| l.span.end)
        .filter(|&e| e <= at)
        .max();
    used.is_none_or(|e| e < r.span.start).then_some((k, r))
}

/// True when the line of `a` right over `span` is headline-like itself:
/// `span` is then the last of a list of links (a menu's), not a headline
/// over its standfirst.
fn under_a_like_line(a: &Article, span: Span) -> bool {
    removed_right_over(a, span.start).is_some_and(|(_, r)| headline_like_words(&r.text, 3))
}

/// Makes the line left out right over `a`'s headline its headline, and
/// the headline its standfirst, when the article has no standfirst and
/// that line is headline-like and shorter (see the module).
pub(crate) fn take_headline_over(a: &mut Article) {
    if a.subtitle.is_some() || a.title.is_empty() {
        return;
    }
    let Some(t) = a.spans.title else {
        return;
    };
    let Some((k, r)) = removed_right_over(a, t.start) else {
        return;
    };
    let ok = r.reason == RemovalReason::BeforeStory
        && headline_like(&r.text)
        && count_words(&r.text) < count_words(&a.title)
        && headline_like(&a.title)
        && told_by_lead(a, &r.text)
        && !under_a_like_line(a, r.span);
    if !ok {
        return;
    }
    let span: Span = r.span;
    let Some(r) = super::use_removed(a, k, LineRole::Title) else {
        return;
    };
    super::recast_line(&mut a.lines, t, LineRole::Subtitle);
    let old = std::mem::replace(&mut a.title, r.text);
    a.subtitle = Some(old);
    a.spans.subtitle = Some(t);
    a.spans.title = Some(span);
}

#[cfg(test)]
mod tests {
    use super::take_headline_over;
    use crate::{Article, Block, BlockKind, LineRole, LineUse, RemovalReason, Removed};

    const HEAD: &str = "Ferry fares to rise by a fifth from April";
    const DEK: &str =
        "The harbour board approved the increase after a two-hour meeting on fuel costs";
    const LEAD: &str =
        "Ferry fares on the harbour routes will rise by a fifth from April, the board said.";

    /// The article of a page: `over` left out, then the standfirst read as
    /// the headline, then the lead.
    fn article(lines: &[&str]) -> Article {
        let (_, spans) = crate::fields::test_page(lines, "\n\n");
        let mut a = Article::default();
        let n = lines.len();
        for (k, (line, span)) in lines.iter().zip(spans).enumerate() {
            if k + 2 < n {
                a.removed
                    .push(Removed::new(span, *line, RemovalReason::BeforeStory));
            } else if k + 2 == n {
                a.title = line.to_string();
                a.spans.title = Some(span);
                a.lines.push(LineUse {
                    span,
                    role: LineRole::Title,
                });
            } else {
                a.body.push(Block::new(BlockKind::Paragraph, *line, span));
                a.lines.push(LineUse {
                    span,
                    role: LineRole::Paragraph,
                });
            }
        }
        a
    }

    #[test]
    fn the_headline_over_a_standfirst_taken_for_it_is_the_headline() {
        let mut a = article(&["News", HEAD, DEK, LEAD]);
        take_headline_over(&mut a);
        assert_eq!(a.title, HEAD);
        assert_eq!(a.subtitle.as_deref(), Some(DEK));
        assert!(a.removed.iter().all(|r| r.text != HEAD));
    }

    #[test]
    fn a_menu_entry_or_a_line_the_lead_does_not_tell_of_stays_out() {
        for lines in [
            // The last of a menu's entries.
            &[
                "Fare calculator for all routes",
                "Ferry timetables and fare tables",
                DEK,
                LEAD,
            ][..],
            // Nothing the lead tells of.
            &[
                "News",
                "Sign up for our morning newsletter today",
                DEK,
                LEAD,
            ][..],
        ] {
            let mut a = article(lines);
            take_headline_over(&mut a);
            assert_eq!(a.title, DEK, "{lines:?}");
            assert_eq!(a.subtitle, None);
        }
    }
}
