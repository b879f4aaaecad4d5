//! The byline markers ("By", "Written by", "Von", "Автор:"): the "by"-words,
//! the verb phrases before them, the spaced and colon markers, and the quick
//! tests for a line that may open with a marker or be one alone (nom stays
//! in here).
//!
//! ```text
//! marker  := "ngu-" name-start
//!          | ( "written" "by" | "words" "by" | "story" "by" | "reported" "by" | "text" "by"
//!            | "article" "by" | "posted" "by" | "by" | "von" | "par" | "por" | "di" | "door"
//!            | "av" | "af" | "автор" | "авторы" | "автори" | "بقلم" | "بواسطة" | "كتب" | "ni"
//!            | "מאת" | "oleh" | "na" | "deur" | "nga" | "ka" | "sɣur" | "gan" | "γράφει" ( "η" | "ο" )?
//!            | "γράφουν οι" | "беседовал" ( "а" | "и" )? | "vum" | "láti ọwọ́" ) ( ":" | spaces )
//!          | ( "text" | "texte" | "texto" | "testo" | "tekst" | "текст" | "autor" | "autorin" | "auteur"
//!            | "redaktion" | "reporter" | "author" | "authors" | "haber" | "muhabir" | "yazar"
//!            | "szerző" | "tekijä" | "kirjoittaja" | "forfatter" | "författare" | "skribent"
//!            | "wartawan" | "penulis" | "pewarta" | "mwandishi" | "ผู้เขียน" | "ผู้สื่อข่าว"
//!            | "خبرنگار" | "نویسنده" | "ავტორი" | "հեղինակ" | "аутор" | "аутори" | "ጸሐፊ" | "пише"
//!            | "piše" | "reporting" | "qore" | "రచన" | "ရေးသားသူ" )
//!            ( ":" | "՝" | "፦" | "：" | spaces "-" spaces )
//! ```

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while, take_while1},
    character::complete::char,
    combinator::recognize,
};

pub(crate) use super::marker_words::{
    COLON_MARKERS, HYPHEN_MARKERS, SPACED_MARKERS, is_colon_marker, is_spaced_marker,
    opens_with_phrase_marker,
};
use super::tokens::is_space;
use super::verbs::verbs_from;

fn sp1(i: &str) -> IResult<&str, &str> {
    take_while1(is_space).parse(i)
}

/// The "by"-words of the phrase markers in `verbs::BY_VERBS`: English, German,
/// French, Spanish/Portuguese, Dutch, Italian.
pub(super) const BY_WORDS: &[&str] = &["by", "von", "par", "por", "door", "da", "di"];

/// True for a lower-case "by"-word of [`BY_WORDS`] ("by", "von", "par").
pub(crate) fn is_by_word(lower: &str) -> bool {
    BY_WORDS.contains(&lower)
}

/// `word` at the start of `i`, case-insensitively, ending at a word
/// boundary; returns the rest.
fn word_ci<'a>(i: &'a str, word: &str) -> Option<&'a str> {
    let (head, rest) = i.split_at_checked(word.len())?;
    // Without allocating: ASCII case first, then (for "publié", "veröffentlicht")
    // the lower case of each character.
    let same = head.eq_ignore_ascii_case(word)
        || (!word.is_ascii() && head.chars().flat_map(char::to_lowercase).eq(word.chars()));
    (same && !rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// A "by"-word glued to a capitalised name by a scrape ("ByAlex",
/// "vonChris"): the rest starts with an upper-case then a lower-case letter.
fn glued_name(rest: &str) -> bool {
    let mut cs = rest.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
}

/// A verb phrase then a "by"-word: "Written by", "Veröffentlicht von",
/// "Ein Beitrag von", "Publicado por", "Scritto da".
fn by_phrase(i: &str) -> IResult<&str, &str> {
    // Every verb starts with an ASCII letter: only those with the input's
    // first letter are tried.
    let Some(first) = i.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return no_marker(i);
    };
    for verb in verbs_from(first) {
        let Some(rest) = word_ci(i, verb) else {
            continue;
        };
        let Ok((rest, _)) = sp1(rest) else {
            continue;
        };
        for by in BY_WORDS {
            let Some((head, after)) = rest.split_at_checked(by.len()) else {
                continue;
            };
            if !head.eq_ignore_ascii_case(by)
                || (after.starts_with(char::is_alphanumeric) && !glued_name(after))
            {
                continue;
            }
            if let Some((m, _)) = i.split_at_checked(i.len() - after.len()) {
                return Ok((after, m));
            }
        }
    }
    no_marker(i)
}

/// "By" glued to a capitalised name ("ByAlex Bozarjian").
fn glued_by(i: &str) -> IResult<&str, &str> {
    match i.split_at_checked(2) {
        Some((m @ ("By" | "by"), rest)) if glued_name(rest) => Ok((rest, m)),
        _ => no_marker(i),
    }
}

/// True when `line` opens with "By" glued to a capitalised name
/// ("ByAlex Bozarjian").
pub(crate) fn opens_with_glued_by(line: &str) -> bool {
    glued_by(line).is_ok()
}

fn no_marker(i: &str) -> IResult<&str, &str> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// Only the alternatives that can match an input starting with its first
/// byte (ASCII-lower-cased) are tried, in grammar order: the others need
/// another first letter, so the result is the same. `by` is what
/// [`by_phrase`] read at `i` (it is not read again).
fn spaced_marker<'a>(i: &'a str, by: Option<(&'a str, &'a str)>) -> IResult<&'a str, &'a str> {
    let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
    if matches!(
        first,
        Some(
            b'w' | b's'
                | b'r'
                | b't'
                | b'a'
                | b'p'
                | b'c'
                | b'g'
                | b'v'
                | b'e'
                | b'u'
                | b'b'
                | b'k'
                | b'o'
                | b'i'
                | b'l'
                | 0xC3
        )
    ) {
        if let Some(r) = by {
            return Ok(r);
        }
    }
    let Some(first) = first else {
        return no_marker(i);
    };
    SPACED_MARKERS
        .iter()
        .filter(|m| m.as_bytes().first() == Some(&first))
        .find_map(|m| {
            tag_no_case::<_, _, nom::error::Error<&str>>(*m)
                .parse(i)
                .ok()
        })
        .map_or_else(|| no_marker(i), Ok)
}

/// Dispatched on the first byte like [`spaced_marker`]: only the markers
/// opening with the input's first byte (ASCII-lower-cased) are tried, and
/// all the non-ASCII ones when it is not ASCII (a capital's bytes differ
/// from its lower case's: "Текст", "текст").
fn colon_marker(i: &str) -> IResult<&str, &str> {
    let Some(first) = i.as_bytes().first().map(u8::to_ascii_lowercase) else {
        return no_marker(i);
    };
    match first {
        // Text and pictures by one hand ("Text & Fotos: Ivan Valetny").
        b't' => {
            if let Ok(r) = text_and_pictures(i) {
                return Ok(r);
            }
        }
        // "Author", "Autorin", "Autores", "Auteur(s)", ...: any author label.
        b'a' => return author_label(i),
        _ => {}
    }
    COLON_MARKERS
        .iter()
        .filter(|m| {
            m.as_bytes()
                .first()
                .is_some_and(|&b| b == first || !b.is_ascii() && !first.is_ascii())
        })
        .find_map(|m| {
            tag_no_case::<_, _, nom::error::Error<&str>>(*m)
                .parse(i)
                .ok()
        })
        .map_or_else(|| no_marker(i), Ok)
}

/// The word before a colon when it is an author label
/// ([`super::is_author_label`]: "Author", "Autorin", "Autores", ...).
fn author_label(i: &str) -> IResult<&str, &str> {
    let n = i
        .find(|c: char| c == ':' || c.is_whitespace())
        .unwrap_or(i.len());
    match i.split_at_checked(n) {
        Some((word, rest)) if super::is_author_label(word) => Ok(of_the_piece(rest)
            .map_or((rest, word), |after| {
                (after, i.get(..i.len() - after.len()).unwrap_or(word))
            })),
        _ => no_marker(i),
    }
}

/// Words that tie an author label to the piece ("of", "des", "del"), any
/// case: "Author of the article:", "Autor des Artikels:", "Auteur de
/// l'article :".
const OF_WORDS: &[&str] = &[
    "of",
    "des",
    "der",
    "de",
    "del",
    "dell'articolo",
    "do",
    "da",
    "della",
    "van",
    "dello",
];

/// Most words between an author label and its colon.
const MAX_OF_WORDS: usize = 3;

/// After an author label, the words naming the piece up to the colon ("of
/// the article" in "Author of the article: Jane Doe"): the rest from the
/// colon on when one to [`MAX_OF_WORDS`] words, the first a word of
/// [`OF_WORDS`], none with a digit, lead to it.
fn of_the_piece(rest: &str) -> Option<&str> {
    let colon = rest.find(':')?;
    let (between, after) = rest.split_at_checked(colon)?;
    let mut words = between.split_whitespace();
    let first = words.next()?;
    let n = 1 + words.clone().count();
    let ok = n <= MAX_OF_WORDS
        && OF_WORDS.iter().any(|w| first.eq_ignore_ascii_case(w))
        && !between.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ';'));
    ok.then_some(after)
}

/// "Text & Fotos", "Text und Bilder", "Text and photos": the words and
/// the pictures of a piece credited to one hand, before a colon.
fn text_and_pictures(i: &str) -> IResult<&str, &str> {
    recognize((
        tag_no_case("text"),
        sp1,
        alt((tag("&"), tag_no_case("und"), tag_no_case("and"))),
        sp1,
        alt((
            tag_no_case("fotos"),
            tag_no_case("foto"),
            tag_no_case("photos"),
            tag_no_case("bilder"),
            tag_no_case("bild"),
        )),
    ))
    .parse(i)
}

/// A colon after a marker, or what other scripts print in its place: the
/// Armenian comma ("Հեղինակ՝"), the Ethiopic preface colon ("ጸሐፊ፦"), the
/// full-width colon, and a dash between spaces ("ရေးသားသူ - NAME").
fn colon(i: &str) -> IResult<&str, &str> {
    alt((
        recognize((
            take_while(is_space),
            alt((
                char(':'),
                char('\u{55d}'),
                char('\u{1366}'),
                char('\u{ff1a}'),
            )),
            take_while(is_space),
        )),
        recognize((sp1, char('-'), sp1)),
    ))
    .parse(i)
}

/// A marker glued to a capitalised name by a hyphen ("Ngu-Sipho Mkhize"):
/// one of [`HYPHEN_MARKERS`], any case.
fn hyphen_marker(i: &str) -> Option<(&str, &str)> {
    HYPHEN_MARKERS.iter().find_map(|m| {
        let (head, rest) = i.split_at_checked(m.len())?;
        (head.eq_ignore_ascii_case(m) && glued_name(rest)).then_some((rest, head))
    })
}

/// True when the first byte of `i` can start a marker: every marker word
/// starts with one of "w s r t a p b v d c g e u k o i h m y n f l" (either case; the
/// Kelvin sign, lead byte 0xE2, lower-cases to "k"), with "é" (lead byte
/// 0xC3), with the Cyrillic "а"/"А"/"Т" (lead byte 0xD0) or "т" (lead
/// byte 0xD1), with the Arabic "ب" or "ك" (lead bytes 0xD8, 0xD9), the
/// Hebrew "מ" (0xD7), the Thai letters (0xE0), the Armenian letters (0xD4,
/// 0xD5), the Georgian, Ethiopic and Burmese ones (0xE1), the Greek
/// "γ"/"Γ" (0xCE) or "q" ("Qore:").
pub(crate) fn may_start_marker(i: &str) -> bool {
    matches!(
        i.as_bytes().first(),
        Some(
            b'w' | b's'
                | b'k'
                | b'o'
                | b'i'
                | b'K'
                | b'O'
                | b'I'
                | 0xC3
                | 0xE2
                | b'r'
                | b't'
                | b'a'
                | b'p'
                | b'b'
                | b'v'
                | b'd'
                | b'c'
                | b'g'
                | b'e'
                | b'u'
                | b'W'
                | b'S'
                | b'R'
                | b'T'
                | b'A'
                | b'P'
                | b'B'
                | b'V'
                | b'D'
                | b'C'
                | b'G'
                | b'E'
                | b'U'
                | b'h'
                | b'H'
                | b'm'
                | b'M'
                | b'y'
                | b'Y'
                | 0xD0
                | 0xD1
                | 0xD8
                | 0xD9
                | b'n'
                | b'N'
                | 0xD7
                | 0xE0
                | b'f'
                | b'F'
                | b'l'
                | b'L'
                | 0xD4
                | 0xD5
                | 0xE1
                | 0xCE
                | b'q'
                | b'Q'
        )
    )
}

/// The last letters of the markers that end with their word ("By", "Von",
/// "Par", "Door", "Di", "Av", "Af", "Автор", "Авторы", "Автори", "Gan",
/// "Γράφει η", "Беседовала", "Vum", "Láti ọwọ́" (its last character the
/// combining acute), "Gans"; the "... by" phrases end like "By").
const MARKER_LAST_LETTERS: &[char] = &[
    'y', 'n', 'r', 'i', 'v', 'f', 'a', 'р', 'ы', 'и', 'م', 'ة', 'ب', 'ת', 'h', 'ι', 'η', 'ο', 'а',
    'л', 'm', '\u{301}', 's',
];

/// A necessary condition for the trimmed line `t` to be a marker alone:
/// after the marker only spaces and at most one ":" are left (see
/// [`marker`]), so `t` ends with ":" or with the last letter of a marker
/// word, matched case-insensitively (a character whose lower case is that
/// letter), or with "be" ("Escribe").
pub(crate) fn may_end_lone_marker(t: &str) -> bool {
    t.chars()
        .next_back()
        .is_some_and(|c| c == ':' || c.to_lowercase().any(|l| MARKER_LAST_LETTERS.contains(&l)))
        // "Escribe": the one marker word ending in "e", told from "Bye" by
        // its last two letters.
        || t.len() >= 2
            && t.get(t.len() - 2..)
                .is_some_and(|e| e.eq_ignore_ascii_case("be"))
}

/// A byline marker at the start of `i` ("By ", "Written by ", "Von ",
/// "Автор: "); returns the text after it and the marker word(s).
pub(crate) fn marker(i: &str) -> IResult<&str, &str> {
    marker_gated(i, true)
}

/// [`marker`]; `gated` skips an opening no marker word opens with (see
/// `marker_words::may_open_marker`; false to test that the gate changes
/// no answer).
fn marker_gated(i: &str, gated: bool) -> IResult<&str, &str> {
    if !may_start_marker(i) || gated && !super::marker_words::may_open_marker(i) {
        return no_marker(i);
    }
    // The verb phrase is read once: first for a name glued to it, then as
    // the first spaced marker.
    let by = by_phrase(i).ok();
    if let Some((after, m)) = by.or_else(|| glued_by(i).ok()) {
        if glued_name(after) {
            return Ok((after, m));
        }
    }
    if let Some(r) = hyphen_marker(i) {
        return Ok(r);
    }
    spaced_marker(i, by)
        .and_then(|(rest, m)| alt((colon, sp1)).parse(rest).map(|(rest, _)| (rest, m)))
        .or_else(|_| (colon_marker, colon).map(|(m, _)| m).parse(i))
}

#[cfg(test)]
mod tests;
