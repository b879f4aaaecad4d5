//! What follows a date on a page's meta row: an author and categories
//! ("13/06/2014 Tony Walsh All, Books, Kit Reviews"), or blog segments
//! ("October 15, 2018/0 Comments/in News /by admin").
//!
//! ```text
//! meta_tail := name [list | count | prompt] | segment { "/" segment }  (at least two segments)
//! count     := digits [comment-word]                      ("6", "6 Kommentare")
//! prompt    := word [lower-case word {0,2}] comment-word ("Leave a comment", "Schreibe einen Kommentar")
//! list      := item "," item { "," item }                 item: 1-3 capitalised words
//! segment   := count ("comment" | "comments") | "no comments"
//!            | "in" word{1,6}                              (a category)
//!            | "by" (name | login)                         (a login is no author)
//! ```

use super::names::parse_name;
use super::tokens::tokenize;
use super::{Byline, BylineError, parse_byline};
use crate::Span;
use crate::grammar::Parsed;

/// Longest text read as a meta tail.
const MAX_LEN: usize = 160;

/// "All, Books, Kit Reviews": two or more short capitalised items.
fn is_list(text: &str) -> bool {
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 2
        && items.iter().all(|item| {
            let words: Vec<&str> = item.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| {
                    *w == "&"
                        || (w.chars().next().is_some_and(char::is_uppercase)
                            && w.chars()
                                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'')))
                })
        })
}

/// A comment counter after the name: "6", "6 Kommentare", "(12)".
fn is_count(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let number = |w: &str| {
        let w = w.trim_matches(['(', ')']);
        (1..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    match (words.next(), words.next(), words.next()) {
        (Some(n), None, None) => number(n),
        (Some(n), Some(w), None) => number(n) && crate::lexicon::is_comment_word(w),
        _ => false,
    }
}

/// A blog's prompt to comment after the name: "Leave a comment",
/// "Schreibe einen Kommentar", "Add comment": two to four words, the last a
/// comment word, the ones between in lower case, no digit.
fn is_comment_prompt(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [first, middle @ .., last] = words.as_slice() else {
        return false;
    };
    (1..=3).contains(&(middle.len() + 1))
        && crate::lexicon::is_comment_word(last)
        && first.chars().next().is_some_and(char::is_uppercase)
        && !first.chars().any(|c| c.is_ascii_digit())
        && !crate::lexicon::is_comment_word(first)
        && middle
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
}

/// One "/" segment: `Some(author)` for "by Name", `Some(None)` for other meta.
fn segment(seg: &str) -> Option<Option<String>> {
    let lower = seg.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [n, c]
            if matches!(*c, "comment" | "comments")
                && (n.chars().all(|ch| ch.is_ascii_digit()) || *n == "no") =>
        {
            Some(None)
        }
        ["in", rest @ ..] if (1..=6).contains(&rest.len()) => Some(None),
        ["by", names @ ..] => match parse_byline(seg) {
            Ok(p) if p.rest.is_empty() && p.value.authors.len() == 1 => {
                p.value.authors.into_iter().next().map(Some)
            }
            // A login ("siteadmin") names no person.
            _ => match names {
                [login] => login
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
                    .then_some(None),
                _ => None,
            },
        },
        _ => None,
    }
}

/// Parses the text after a date on a meta row; see [`super::parse_meta_tail`].
pub(crate) fn parse(text: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    let t = text.trim();
    let start = text.len() - text.trim_start().len();
    if t.is_empty() || t.len() > MAX_LEN {
        return Err(BylineError::NoMatch);
    }
    let span = Span::new(start, start + t.len());
    let mut by = Byline::default();
    let segments: Vec<&str> = t.split('/').map(str::trim).collect();
    if segments.len() >= 2 {
        for seg in segments {
            match segment(seg) {
                Some(Some(name)) => {
                    by.authors.push(name);
                    by.roles.push(None);
                }
                Some(None) => {}
                None => return Err(BylineError::NoMatch),
            }
        }
        return Ok(Parsed::new(by, "", span));
    }
    let toks = tokenize(t, 16);
    let e = parse_name(&toks, 0, false).ok_or(BylineError::NoMatch)?;
    let end_of = |e: usize| toks.get(e.checked_sub(1)?).map(|k| k.end);
    let mut name_end = end_of(e).ok_or(BylineError::NoMatch)?;
    // The prompt's capitalised verb read as a third name word ("Ulrike
    // Stockhausen Schreibe einen Kommentar").
    if e >= 3
        && let Some(shorter) = end_of(e - 1)
        && is_comment_prompt(t.get(shorter..).unwrap_or(""))
    {
        name_end = shorter;
    }
    let rest = t.get(name_end..).unwrap_or("").trim();
    if !rest.is_empty() && !is_list(rest) && !is_count(rest) && !is_comment_prompt(rest) {
        return Err(BylineError::NoMatch);
    }
    let name = t.get(..name_end).unwrap_or("");
    by.authors
        .push(name.split_whitespace().collect::<Vec<_>>().join(" "));
    by.roles.push(None);
    Ok(Parsed::new(by, "", span))
}
