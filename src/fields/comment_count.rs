//! A comment section under a heading the lexicon lacks ("Xalaat yi (2)",
//! "Faamatalaga (3)"): a few words and a count in brackets, then the
//! comments' header lines ("Moussa Ba · 12 Màrs 2027"), which the rules
//! leave out. The rules keep the heading, and a comment or two, at the
//! body's end; once the article is assembled, the heading and what
//! follows it in the body go back to the audit trail as comments.

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
    let Some(from) = from else {
        return;
    };
    while a.body.len() > from {
        let k = a.body.len() - 1;
        if !super::unuse_block(a, k, RemovalReason::CommentForm) {
            break;
        }
    }
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
    use super::is_count_heading;

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
