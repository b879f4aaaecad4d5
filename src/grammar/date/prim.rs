//! Token parsers shared by the date productions. Every parser reads a bounded
//! amount of input (numbers, words and whitespace runs have a maximum
//! length), so one attempt at a position costs O(1) and scanning a line is
//! linear.

use nom::{
    IResult, Parser,
    bytes::complete::take_while_m_n,
    character::complete::satisfy,
    combinator::{map_res, not},
    error::{Error, ErrorKind},
    sequence::terminated,
};

use super::words::fold_prefix;

/// Result of a date token parser.
pub(super) type R<'a, T> = IResult<&'a str, T>;

/// Longest whitespace run accepted between two tokens.
const MAX_WS: usize = 32;
/// Longest word looked up in the tables.
const MAX_WORD: usize = 24;

/// A recoverable failure at `i`.
pub(super) fn fail<T>(i: &str) -> R<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Verify)))
}

/// `ws0 = { white_space }` (at most 32).
pub(super) fn ws0(i: &str) -> R<'_, &str> {
    take_while_m_n(0, MAX_WS, char::is_whitespace).parse(i)
}

/// `ws1 = white_space { white_space }` (at most 32).
pub(super) fn ws1(i: &str) -> R<'_, &str> {
    take_while_m_n(1, MAX_WS, char::is_whitespace).parse(i)
}

/// `boundary = ? not followed by a letter or digit ?` (consumes nothing).
pub(super) fn boundary(i: &str) -> R<'_, ()> {
    not(satisfy(char::is_alphanumeric)).parse(i)
}

/// Date labels that scrapes glue to the end of the previous date ("Nov. 20,
/// 2019Updated: ...", "7:05 AM ESTUpdated ..."), lower case.
static GLUED_LABELS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "modified",
    "original",
    "first published",
    "last updated",
    "aktualisiert",
    "veröffentlicht",
    "mis à jour",
    "publié",
    "actualizado",
    "publicado",
    "aggiornato",
    "pubblicato",
];

/// `end = boundary | ? a capitalised date label glued on ("2019Updated") ?`
/// (consumes nothing): where a date phrase may end.
pub(super) fn end(i: &str) -> R<'_, ()> {
    if boundary(i).is_ok() {
        return Ok((i, ()));
    }
    let capital = i.chars().next().is_some_and(char::is_uppercase);
    if capital && GLUED_LABELS.iter().any(|l| ci(l)(i).is_ok()) {
        return Ok((i, ()));
    }
    // The next date glued on (a published and an updated date printed
    // without a space): "201922. Dezember 2019", "2019December 23, 2019".
    if (
        digits(1, 2),
        nom::character::complete::char('.'),
        nom::character::complete::char(' '),
    )
        .parse(i)
        .is_ok()
    {
        return Ok((i, ()));
    }
    let head = i
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(i, |(k, _)| i.get(..k).unwrap_or(""));
    if capital && super::words::month(head).is_some() {
        return Ok((i, ()));
    }
    fail(i)
}

/// `digits(min, max) = digit{min, max}`, not followed by another digit.
pub(super) fn digits<'a>(min: usize, max: usize) -> impl FnMut(&'a str) -> R<'a, &'a str> {
    move |i| {
        terminated(
            take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
            not(satisfy(|c: char| c.is_ascii_digit())),
        )
        .parse(i)
    }
}

/// `num(min, max)`: [`digits`] read as a number (`max` is at most 9).
pub(super) fn num<'a>(min: usize, max: usize) -> impl FnMut(&'a str) -> R<'a, u32> {
    move |i| map_res(digits(min, max), str::parse::<u32>).parse(i)
}

/// `dd = digit digit` (no boundary check: used inside `+0500`).
pub(super) fn dd(i: &str) -> R<'_, u32> {
    map_res(
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        str::parse::<u32>,
    )
    .parse(i)
}

/// `word = letter{1, 24}`, not followed by another letter.
pub(super) fn word(i: &str) -> R<'_, &str> {
    terminated(
        take_while_m_n(1, MAX_WORD, is_word_char),
        not(satisfy(is_word_char)),
    )
    .parse(i)
}

/// A letter, or a sign that joins an Indic script's letters inside a word
/// (the viramas and the Devanagari and Bengali nuktas, which are no
/// letters: "मार्च"), a Thai tone or silencing mark ("กุมภาพันธ์"), or a
/// Myanmar vowel sign or mark.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '\u{0E47}'..='\u{0E4E}')
        || matches!(
            c,
            '\u{093C}'
                | '\u{09BC}'
                | '\u{094D}'
                | '\u{09CD}'
                | '\u{0A4D}'
                | '\u{0ACD}'
                | '\u{0B4D}'
                | '\u{0BCD}'
                | '\u{0C4D}'
                | '\u{0CCD}'
                | '\u{0D4D}'
        )
        // The Myanmar vowel signs and marks (the asat and the virama are
        // no letters: "ဒီဇင်ဘာ").
        || matches!(c, '\u{102B}'..='\u{103E}')
}

/// False when [`words_prefix`] fails on the first character (most attempts
/// do): an ASCII character only folds to itself in either case (see
/// `fold_prefix`).
#[inline]
pub(super) fn may_prefix(input: &str, lower: &str) -> bool {
    match (input.as_bytes().first(), lower.as_bytes().first()) {
        (Some(&a), Some(&b)) => !a.is_ascii() || b == b' ' || a.eq_ignore_ascii_case(&b),
        _ => true,
    }
}

/// The byte length of the words of `lower` (lower case, single spaces) at the
/// start of `input`, compared case-insensitively; any whitespace run (up to
/// 32 characters) in the input matches a space.
pub(super) fn words_prefix(input: &str, lower: &str) -> Option<usize> {
    if !may_prefix(input, lower) {
        return None;
    }
    let mut at = 0;
    // The words of `lower` as `split(' ')` gives them, cut at each space
    // found by a byte scan (no searcher built per call).
    let mut words = lower;
    loop {
        let (w, more) = match words.bytes().position(|b| b == b' ') {
            Some(k) => (words.get(..k)?, Some(words.get(k + 1..)?)),
            None => (words, None),
        };
        at += fold_prefix(input.get(at..)?, w)?;
        let Some(more) = more else {
            return Some(at);
        };
        let gap = ws_gap(input.get(at..)?);
        if gap == 0 {
            return None;
        }
        at += gap;
        words = more;
    }
}

/// The bytes of the whitespace run (at most [`MAX_WS`] characters) that
/// opens `rest`: what a space of a phrase matches.
fn ws_gap(rest: &str) -> usize {
    rest.chars()
        .take(MAX_WS)
        .take_while(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum()
}

/// `ci(lower)`: the case-insensitive phrase `lower` followed by a word
/// boundary when it ends in a letter.
pub(super) fn ci<'a>(lower: &'static str) -> impl FnMut(&'a str) -> R<'a, &'a str> {
    move |i: &'a str| match words_prefix(i, lower).and_then(|n| i.split_at_checked(n)) {
        Some((head, rest)) => {
            if head.chars().last().is_some_and(char::is_alphanumeric) {
                boundary(rest)?;
            }
            Ok((rest, head))
        }
        None => fail(i),
    }
}

/// `one_of_ci(list)`: the longest phrase of `list` that matches ([`ci`]).
pub(super) fn one_of_ci<'a>(
    list: &'static [&'static str],
) -> impl FnMut(&'a str) -> R<'a, &'a str> {
    move |i: &'a str| {
        let mut best: Option<(&'a str, &'a str)> = None;
        // `may_prefix` first: a phrase failing it fails `ci` too.
        for lower in list.iter().filter(|l| may_prefix(i, l)) {
            if let Ok((rest, head)) = ci(lower)(i) {
                if best.is_none_or(|(_, h)| head.len() > h.len()) {
                    best = Some((rest, head));
                }
            }
        }
        best.map_or_else(|| fail(i), Ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_prefix_splits_as_split_does() {
        let slow = |input: &str, lower: &str| -> Option<usize> {
            if !may_prefix(input, lower) {
                return None;
            }
            let mut at = 0;
            for (k, w) in lower.split(' ').enumerate() {
                if k > 0 {
                    let gap = ws_gap(input.get(at..)?);
                    if gap == 0 {
                        return None;
                    }
                    at += gap;
                }
                at += fold_prefix(input.get(at..)?, w)?;
            }
            Some(at)
        };
        let pieces = [
            "mis", " ", "  ", "\t", "à", "À", "jour", "le", "x", ":", "MIS", "é",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x1234_5678_9ABC_DEF1);
        let lowers = [
            "mis à jour",
            "mis",
            "le",
            "",
            " ",
            "mis  le",
            " le",
            "le ",
            "à",
            "jour le",
        ];
        for n in 0..4000 {
            let input = texts.text(n % 6);
            for lower in lowers {
                assert_eq!(
                    words_prefix(&input, lower),
                    slow(&input, lower),
                    "{input:?} {lower:?}"
                );
            }
        }
    }

    #[test]
    fn tokens() {
        assert_eq!(num(1, 2)("12:30"), Ok((":30", 12)));
        assert!(num(1, 2)("123").is_err());
        assert_eq!(word("März 4"), Ok((" 4", "März")));
        assert_eq!(ci("il y a")("Il  y a 3"), Ok((" 3", "Il  y a")));
        assert!(ci("hier")("hierarchy").is_err());
        assert!(end(" x").is_ok());
        assert!(end("Updated: Nov").is_ok());
        assert!(end("updated").is_err());
        assert!(end("Upd").is_err());
        assert_eq!(
            one_of_ci(&["posted", "posted on"])("Posted on M").map(|r| r.1),
            Ok("Posted on")
        );
    }
}
