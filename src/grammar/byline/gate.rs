//! A cheap necessary condition for [`super::parse_byline`] to succeed, for
//! callers that run it on every short line of a page (most of which are
//! menu entries and headlines, no bylines).
//!
//! Without a marker (and without a Chinese label), a byline is accepted
//! only when its names are followed by a separator, a credit, a role or a
//! place, or when it is a desk alone (see `parse_byline`). A line with no
//! punctuation the tokens or the body grammar read (commas, separators,
//! dashes, dots, colons, "&", "@"), no glued word and no connecting word
//! ("and", "in", "for", "with", ...) is all words, read as one item: that
//! item is accepted only with a role word among its first six words (a
//! role before the name), an agency as its last words (an agency after the
//! name, a desk and its agency, an agency alone), "staff" as its last word
//! ("Reuters staff") or a desk as its whole text.

use super::items::is_with_word;
use super::markers::{BY_WORDS, SPACED_MARKERS, marker, may_start_marker};
use super::roles::may_be_role_word;
use super::tokens::{glue_at, has_case_pair, is_sep_char};
use super::words::{CONJUNCTIONS, PLACE_PREPOSITIONS, contains};
use super::{MAX_UNMARKED_LEN, cjk, is_role_word};
use crate::grammar::agency::{canonical_agency, is_desk};
use crate::grammar::prim::offset_in;
use crate::table::with_lower;

/// Characters that make a line worth the full grammar: the separators and
/// marks of the tokens, the characters the grammar trims off what follows a
/// byline, and the marks it strips before a marker.
fn is_mark(c: char) -> bool {
    is_sep_char(c)
        || matches!(
            c,
            ',' | '.'
                | '-'
                | ':'
                | '&'
                | '@'
                | '*'
                | '>'
                | '»'
                | '~'
                | '•'
                | '·'
                | '\u{55d}'
                | '\u{1366}'
                | '\u{ff1a}'
        )
}

/// [`is_mark`] of an ASCII byte (a byte of a non-ASCII character is none).
fn is_ascii_mark(b: u8) -> bool {
    b.is_ascii() && is_mark(char::from(b))
}

/// The words that join items or open a tail after a name: conjunctions,
/// place prepositions, "for" and the "with" words.
fn is_joining_word(lower: &str) -> bool {
    lower == "for"
        || is_with_word(lower)
        || contains(&CONJUNCTIONS, lower)
        || contains(&PLACE_PREPOSITIONS, lower)
}

/// The most characters (and bytes) of a joining word.
const MAX_JOINING_LEN: usize = 5;

/// False when `w` is no joining word, told without lower-casing it: a
/// character lower-cases to one or more characters, so a word of more
/// characters than the longest joining word is none.
fn may_join(w: &str) -> bool {
    if w.is_ascii() {
        w.len() <= MAX_JOINING_LEN
    } else {
        w.chars().nth(MAX_JOINING_LEN).is_none()
    }
}

/// True when `w` may be the "by"-word of a verb's marker: it opens with one
/// (in any ASCII case), then ends, or a mark or a capital follows.
fn opens_with_by_word(w: &str) -> bool {
    // Every by-word opens with "b", "v", "p" or "d".
    if !w
        .bytes()
        .next()
        .is_some_and(|b| matches!(b | 0x20, b'b' | b'v' | b'p' | b'd'))
    {
        return false;
    }
    BY_WORDS.iter().any(|by| {
        w.get(..by.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(by))
            && w.get(by.len()..).is_some_and(|after| {
                after
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() || c.is_uppercase())
            })
    })
}

/// False only when [`parse_byline`](super::parse_byline) fails on `line`
/// (returns an error): a cheap test to run before it on lines that are
/// mostly no bylines. True does not mean the line is a byline.
///
/// ```
/// use newsclip::grammar::byline::{may_be_byline, parse_byline};
///
/// assert!(!may_be_byline("Latest News"));
/// assert!(parse_byline("Latest News").is_err());
/// assert!(may_be_byline("By Jane Doe"));
/// assert!(may_be_byline("Jane Doe Reuters"));
/// ```
pub fn may_be_byline(line: &str) -> bool {
    let t = line.trim_start();
    // A lower-case "de" and a name ("de Andreea Mihăilescu").
    if t.len() > MAX_UNMARKED_LEN || t.starts_with(super::LOWER_DE) || t.bytes().any(is_ascii_mark)
    {
        return true;
    }
    let ascii = t.is_ascii();
    if !ascii && (t.chars().any(is_mark) || cjk::opens_with_label(t)) {
        return true;
    }
    // A glue is a lower-case letter before a capital or a digit: an ASCII
    // line without such a pair has none.
    let glue = !ascii || has_case_pair(t.as_bytes(), true);
    // All words: the tokens are the words between spaces (a tab is a
    // separator, a mark above). The last five are kept.
    let mut n = 0usize;
    let mut last = [""; 5];
    let mut marker_word = false;
    for w in crate::table::words_in(t) {
        if (glue && glue_at(w).is_some())
            || (may_join(w) && with_lower(w, is_joining_word))
            || (n < 6 && may_be_role_word(w) && is_role_word(w))
        {
            return true;
        }
        marker_word |= opens_with_by_word(w);
        if n == 0 {
            marker_word |= may_start_marker(t)
                && with_lower(w, |l| SPACED_MARKERS.iter().any(|m| l.starts_with(m)));
        }
        if let Some(slot) = last.get_mut(n % 5) {
            *slot = w;
        }
        n += 1;
    }
    if n == 0 {
        return false;
    }
    if marker_word && marker(t).is_ok() {
        return true;
    }
    // The last `k` words joined by single spaces, as the grammar joins
    // them, for `k` from 1 to 5 (and the words of the line).
    let k_max = n.min(5);
    let first = last.get((n - k_max) % 5).copied().unwrap_or_default();
    let tail = t.get(offset_in(t, first)..).unwrap_or_default();
    let joined_owned;
    let words = || (n - k_max..n).filter_map(|i| last.get(i % 5).copied());
    // The words' own text when single spaces part them (and nothing ends
    // the line after them).
    let single = tail.len() == words().map(|w| w.len() + 1).sum::<usize>() - 1
        && tail.bytes().filter(|&b| b == b' ').count() == k_max - 1;
    let joined = if single {
        tail
    } else {
        joined_owned = words().collect::<Vec<_>>().join(" ");
        &joined_owned
    };
    let mut from = joined.len();
    for i in (n - k_max..n).rev() {
        let w = last.get(i % 5).copied().unwrap_or_default();
        from = from.saturating_sub(w.len());
        if joined
            .get(from..)
            .is_some_and(|s| canonical_agency(s).is_some())
        {
            return true;
        }
        from = from.saturating_sub(1);
    }
    let staff = last
        .get((n - 1) % 5)
        .is_some_and(|w| with_lower(w, super::words::is_staff_word));
    staff || (n <= 4 && is_desk(joined))
}

#[cfg(test)]
mod tests {
    use super::may_be_byline;
    use crate::grammar::byline::parse_byline;

    /// The gate never says no to a line the grammar accepts.
    fn agrees(line: &str) {
        if parse_byline(line).is_ok() {
            assert!(may_be_byline(line), "{line:?}");
        }
    }

    #[test]
    fn gate_admits_every_byline() {
        for line in [
            "",
            " ",
            "By Jane Doe",
            "By JANE DOE, Associated Press",
            "Jane Doe | Reuters",
            "Jane Doe Reuters",
            "Jane Doe Associated Press",
            "Jane Doe in Kyiv",
            "Jane Doe for The Guardian",
            "Jane Doe with AFP",
            "Staff",
            "STAFF",
            "Staff Writer",
            "Editorial team",
            "Agencies",
            "From wire reports",
            "Reuters staff",
            "Guardian Staff",
            "Redazione ANSA",
            "Redaktion dpa",
            "health reporter Mei Tanaka",
            "Senior Editor Jane Doe",
            "Reportagens MotoGP",
            "Marcus De OrtegaView More Articles",
            "Adobe Acrobat9を新しいパソコン",
            "Surface Laptop(1)",
            "文/记者 王芳",
            "来源：新华社 作者：张伟",
            "Автор: Иван Петров",
            "Von Jane Doe",
            "Jane Doe und John Roe",
            "Jane Doe\tReuters",
            "— By Jane Doe",
            "» By Jane Doe",
            "Jane Doe 2019",
            "Latest News",
            "World Cup 2019",
        ] {
            agrees(line);
        }
        assert!(!may_be_byline("Latest News"));
        assert!(!may_be_byline("Bollywood News"));
        assert!(!may_be_byline(""));
        assert!(may_be_byline("Jane Doe Reuters"));
        assert!(may_be_byline("Staff Writer"));
    }

    #[test]
    fn gate_agrees_with_the_grammar_on_generated_lines() {
        let pieces = crate::testgen::BYLINE_PIECES;
        let mut texts = crate::testgen::Texts::new(pieces, 0x2545_F491_4F6C_DD1D);
        let mut admitted = 0usize;
        let mut skipped = 0usize;
        for len in 0..14 {
            for _ in 0..3000 {
                let line = texts.text(len);
                agrees(&line);
                if may_be_byline(&line) {
                    admitted += 1;
                } else {
                    skipped += 1;
                }
            }
        }
        // Both answers are exercised.
        assert!(admitted > 1000 && skipped > 1000, "{admitted} {skipped}");
    }
}
