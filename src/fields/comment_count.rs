//! A comment section under a heading the lexicon lacks ("Xalaat yi (2)",
//! "Faamatalaga (3)"): a few words and a count in brackets, then the
//! comments' header lines ("Moussa Ba · 12 Màrs 2027"), which the rules
//! leave out. The rules keep the heading, and a comment or two, at the
//! body's end (or leave the heading out, as a share row, and keep the
//! comments); once the article is assembled, the heading and what follows
//! it in the body go back to the audit trail as comments. So do a
//! comment section under a heading that names the story ("38 comments to
//! STORY", "One Response to STORY") and all that follows it, however long.

use crate::{Article, RemovalReason};

/// Most words before the count.
const HEADING_WORDS: usize = 3;
/// Most body blocks after the heading (comments the rules kept).
const MAX_AFTER: usize = 3;
/// Fewest body blocks before the heading.
const MIN_BEFORE: usize = 2;

/// True for a comment section's heading: one to [`HEADING_WORDS`] words of
/// letters, then a count in brackets and nothing else ("Comments (12)").
///
/// ```text
/// heading := word{1,3} " "? "(" digit+ ")"
/// ```
pub(crate) fn is_count_heading(text: &str) -> bool {
    let t = text.trim();
    let Some((words, count)) = t.strip_suffix(')').and_then(|i| i.rsplit_once('(')) else {
        return false;
    };
    let n = words.split_whitespace().count();
    !count.is_empty()
        && count.chars().all(|c| c.is_ascii_digit())
        && (1..=HEADING_WORDS).contains(&n)
        && words.chars().all(|c| {
            c.is_alphabetic() || c.is_whitespace() || crate::lines::scripts::is_word_mark(c)
        })
}

/// Takes the comment section at the end of `a`'s body back into the audit
/// trail: from a block that is a count heading ([`is_count_heading`]) whose
/// next line the article does not use (a comment's header), to the body's
/// end, when that is at most [`MAX_AFTER`] more blocks and the body keeps
/// [`MIN_BEFORE`] blocks.
pub(crate) fn drop_comment_sections(a: &mut Article) {
    let n = a.body.len();
    let from = (MIN_BEFORE..n).find(|&k| {
        n - k - 1 <= MAX_AFTER
            && a.body
                .get(k)
                .is_some_and(|b| is_count_heading(&b.text) && next_is_removed(a, b.span.end))
    });
    let Some(from) = from.or_else(|| heading_left_out(a)) else {
        return;
    };
    while a.body.len() > from {
        let k = a.body.len() - 1;
        if !super::unuse_block(a, k, RemovalReason::CommentForm) {
            break;
        }
    }
}

/// Most comment headings tested for the story's name (each test reads the
/// page above the heading).
const MAX_NAMED: usize = 4;

/// Takes a comment section inside `a`'s body back into the audit trail:
/// from a block that is a comment heading naming a story
/// ([`crate::model::commented_story`]: a count, "comments to", "thoughts
/// on", then the name) whose name is the article's headline or a line of
/// `text` above the heading, to the body's end, when the body keeps
/// [`MIN_BEFORE`] blocks.
pub(crate) fn drop_named_comment_sections(a: &mut Article, text: &str) {
    // (Each heading read once; its name is looked for above it.)
    let from = (MIN_BEFORE..a.body.len())
        .filter_map(|k| {
            let b = a.body.get(k)?;
            crate::model::commented_story(&b.text).map(|name| (k, name, b.span.start))
        })
        .take(MAX_NAMED)
        .find(|&(_, name, start)| names_story(name, &a.title, text.get(..start)))
        .map(|(k, _, _)| k);
    if let Some(from) = from {
        super::unuse_body_from(a, from, RemovalReason::CommentForm);
    }
}

/// True when `name` is `title` or a line of `above`, compared by their
/// words, lower-case, without marks.
fn names_story(name: &str, title: &str, above: Option<&str>) -> bool {
    let key = words_key(name);
    !key.is_empty()
        && (words_key(title) == key
            || above.is_some_and(|t| t.lines().any(|l| words_key(l) == key)))
}

/// The words of `s`, lower-case, letters and digits only, joined by spaces.
fn words_key(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first body block under a count heading that the rules left out (as
/// a share row: "Comments (6)"), when the line under the heading is left
/// out too (a comment's header: "Piet van Wyk · 21 Nov 2025"), the body
/// keeps [`MIN_BEFORE`] blocks over it and at most [`MAX_AFTER`] follow.
fn heading_left_out(a: &Article) -> Option<usize> {
    let n = a.body.len();
    let first = a.body.get(MIN_BEFORE.saturating_sub(1))?.span.end;
    let heading = a
        .removed
        .iter()
        .filter(|r| r.span.start >= first && is_count_heading(&r.text))
        .map(|r| r.span.end)
        .min()?;
    let from = a.body.partition_point(|b| b.span.start < heading);
    (from >= MIN_BEFORE && from < n && n - from <= MAX_AFTER && next_is_removed(a, heading))
        .then_some(from)
}

/// True when the first line after byte `end` is one `a` left out.
fn next_is_removed(a: &Article, end: usize) -> bool {
    let first_after = |starts: &mut dyn Iterator<Item = usize>| starts.filter(|&s| s >= end).min();
    let used = first_after(&mut a.lines.iter().map(|l| l.span.start));
    let removed = first_after(&mut a.removed.iter().map(|r| r.span.start));
    removed.is_some_and(|r| used.is_none_or(|u| r < u))
}

#[cfg(test)]
mod tests {
    use super::{drop_comment_sections, drop_named_comment_sections, is_count_heading};
    use crate::{Article, Block, BlockKind, LineRole, LineUse, RemovalReason, Removed, Span};

    /// An article headed `title` whose body holds `blocks`, one a line of
    /// `text`, each line used as a paragraph.
    fn article(title: &str, text: &str, blocks: &[&str]) -> Article {
        let mut a = Article {
            title: title.to_string(),
            ..Article::default()
        };
        for b in blocks {
            let at = text.find(b).expect("block in text");
            let span = Span::new(at, at + b.len());
            a.body.push(Block::new(BlockKind::Paragraph, *b, span));
            a.lines.push(LineUse {
                span,
                role: LineRole::Paragraph,
            });
        }
        a
    }

    #[test]
    fn a_heading_naming_the_story_ends_the_body() {
        let blocks = [
            "The schools shut at noon.",
            "Buses ran late.",
            "38 comments to Storm closes schools",
            "Ann Lee",
            "Great piece, thanks.",
        ];
        let text = format!("Storm closes schools\n\n{}\n", blocks.join("\n\n"));
        // Named by the headline, or by a line above when the headline is
        // another one.
        for title in ["Storm closes schools", "Best of the blog"] {
            let mut a = article(title, &text, &blocks);
            drop_named_comment_sections(&mut a, &text);
            let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
            assert_eq!(body, blocks[..2], "{title}");
            assert_eq!(a.lines.len(), 2);
            assert_eq!(a.removed.len(), 3);
            assert!(
                a.removed
                    .iter()
                    .all(|r| r.reason == RemovalReason::CommentForm)
            );
        }
    }

    #[test]
    fn comments_under_a_heading_left_out_leave_the_body() {
        let blocks = [
            "The schools shut at noon.",
            "Buses ran late.",
            "The council meets on Monday.",
            "Spot on, as ever.",
            "Who pays for it?",
        ];
        let left_out = [
            "Comments (6)",
            "Piet van Wyk · 21 Nov 2025",
            "Nomsa D · 22 Nov 2025",
        ];
        let text = format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n",
            blocks[0],
            blocks[1],
            blocks[2],
            left_out[0],
            left_out[1],
            blocks[3],
            left_out[2],
            blocks[4]
        );
        for (comments, kept) in [(true, 3), (false, 5)] {
            let mut a = article("Storm closes schools", &text, &blocks);
            for l in left_out.iter().filter(|_| comments) {
                let at = text.find(l).unwrap_or_default();
                let span = Span::new(at, at + l.len());
                a.removed
                    .push(Removed::new(span, *l, RemovalReason::ShareRow));
            }
            drop_comment_sections(&mut a);
            assert_eq!(a.body.len(), kept, "{comments}");
        }
    }

    #[test]
    fn a_heading_naming_another_story_stays() {
        let blocks = [
            "The schools shut at noon.",
            "Buses ran late.",
            "3 thoughts on the storm season ahead",
            "Forecasters expect more.",
        ];
        let text = format!("Storm closes schools\n\n{}\n", blocks.join("\n\n"));
        let mut a = article("Storm closes schools", &text, &blocks);
        drop_named_comment_sections(&mut a, &text);
        assert_eq!(a.body.len(), 4);
        assert!(a.removed.is_empty());
    }

    #[test]
    fn count_headings() {
        for t in [
            "Xalaat yi (2)",
            "Faamatalaga (3)",
            "Comments (12)",
            "Ибитекерезо(4)",
        ] {
            assert!(is_count_heading(t), "{t}");
        }
        for t in [
            "Xalaat yi",
            "(2)",
            "Part (two)",
            "The vote was close (52)",
            "Section 4 (2)",
            "Results (2a)",
        ] {
            assert!(!is_count_heading(t), "{t}");
        }
    }
}
