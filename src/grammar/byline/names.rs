//! Person names.
//!
//! ```text
//! name     := part { particle* part } [suffix]        2..=7 words, at most 5 parts
//! part     := initial | capitalised word              (at least 2 parts, 1 not an initial)
//! initial  := UPPER "." { UPPER "." } | UPPER
//! word     := (UPPER | particle-prefix UPPER) { letter | "-" | "'" }   not a stop word
//! particle := "van" | "von" | "de" | "der" | "da" | "di" | "del" | "la" | "le" | "bin" | "al" | ...
//! suffix   := "Jr." | "Sr." | "II" | "III" | "IV"
//! ```

use super::name_words::{Class, classify, is_place_surname};
pub(crate) use super::name_words::{is_honorific, is_name_part, is_stop_word};
use super::roles::is_role_words;
use super::tokens::{Kind, Tok, tokenize};
use crate::grammar::agency::{canonical_agency, is_desk};

/// Most words in one name.
const MAX_NAME_WORDS: usize = 7;
/// Most parts (non-particle words) in one name.
const MAX_NAME_PARTS: usize = 5;

fn starts_with_digit(t: Option<&Tok<'_>>) -> bool {
    t.is_some_and(|t| t.text.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// True for an acronym without a vowel, two to five capitals ("BBC", "CNN",
/// "NPR"): an outlet's, never a surname's.
fn acronym(w: &str) -> bool {
    (2..=5).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !w
            .bytes()
            .any(|b| matches!(b, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y'))
}

/// True when every word of `toks` is in capitals ("ROD NORDLAND").
fn all_caps(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .filter(|t| t.is_word())
        .all(|t| !t.text.chars().any(char::is_lowercase))
}

/// The end (exclusive token index) of the longest name starting at `toks[i]`.
/// `uncased` admits words of scripts without case (Arabic, CJK).
pub(crate) fn parse_name(toks: &[Tok<'_>], i: usize, uncased: bool) -> Option<usize> {
    let mut best = None;
    let mut parts = 0usize;
    let mut full = 0usize;
    for (j, t) in toks.iter().enumerate().skip(i).take(MAX_NAME_WORDS) {
        if !t.is_word() {
            break;
        }
        // A month before a day ends the name: "Jan 13", "JAN. 13".
        let dot = toks.get(j + 1).is_some_and(|n| n.kind == Kind::Dot);
        let day_next = starts_with_digit(toks.get(j + 1 + usize::from(dot)));
        // An outlet's acronym after a full name in mixed case ends it ("Mike
        // Whalley BBC Sport"); a surname in capitals ("Jean DUPONT") has a
        // vowel.
        if full >= 2 && acronym(t.text) && !all_caps(toks.get(i..j).unwrap_or(&[])) {
            break;
        }
        match classify(t.text, uncased, day_next) {
            Class::Part { initial } => {
                // An initial after the last full part ends the name ("Doe J." is odd).
                if initial && full > 0 && parts >= 2 {
                    break;
                }
                parts += 1;
                if !initial {
                    full += 1;
                }
                if parts > MAX_NAME_PARTS {
                    break;
                }
                if parts >= 2 && full >= 1 {
                    best = Some(j + 1);
                }
            }
            Class::Particle if j > i => {}
            // One given name before it, a part after it: "Loïc Le Clerc".
            Class::CapParticle if j > i && parts == 1 && full == 1 => {}
            // The second of two particles after one given name: "John De La
            // Cruz", "JOHN DE LA CRUZ" (the first read as a part).
            Class::CapParticle
                if j > i + 1
                    && parts == 2
                    && toks.get(j - 1).is_some_and(|p| {
                        crate::table::with_lower(p.text, super::name_words::is_particle_word)
                    }) => {}
            Class::Suffix if parts >= 2 && full >= 1 => {
                best = Some(j + 1);
                break;
            }
            // A common given name, then a surname that is also a place word
            // ("Chris Park", "Jack White"), ends the name.
            _ if parts == 1
                && full == 1
                && j == i + 1
                && is_place_surname(t.text)
                && toks.get(i).is_some_and(|g| super::is_given_name(g.text)) =>
            {
                best = Some(j + 1);
                break;
            }
            // A common given name that is also a place word opens a name
            // when a surname or an initial follows it ("Diego Arreola",
            // "Prince K. Gaye"; "San Diego" opens with no given name).
            Class::No
                if j == i
                    && t.text.chars().next().is_some_and(char::is_uppercase)
                    && super::is_given_name(t.text)
                    && crate::table::with_lower(t.text, super::name_words::is_place_org_word)
                    && toks.get(j + 1).is_some_and(|n| {
                        n.is_word()
                            && matches!(classify(n.text, uncased, false), Class::Part { .. })
                    }) =>
            {
                parts += 1;
                full += 1;
            }
            _ => break,
        }
    }
    best.or_else(|| myanmar_name(toks, i, uncased))
}

/// A Burmese name after a marker: one word of Myanmar letters and marks
/// (Burmese prints a name's syllables without spaces, "ဇော်မင်းထိုက်"),
/// four characters or more, with no word after it.
fn myanmar_name(toks: &[Tok<'_>], i: usize, uncased: bool) -> Option<usize> {
    let t = toks.get(i)?;
    let next_word = toks.get(i + 1).is_some_and(Tok::is_word);
    (uncased
        && t.is_word()
        && !next_word
        && t.text.chars().nth(3).is_some()
        && t.text
            .chars()
            .all(|c| ('\u{1000}'..='\u{103F}').contains(&c)))
    .then_some(i + 1)
}

/// True when `line` is a person's name alone, as printed in an author box:
/// "Harjit Sandhu", "LINDA OKAFOR", "Jean-Luc Picard", "J. R. Smith",
/// "Anna-Lena van der Berg", "Олена Петренко". Not names: interface words
/// ("Read more", "Follow"), titles ("Senior News Editor"), organisations
/// ("Associated Press", "Bank of England"), headlines, dates and single words.
/// When in doubt, the answer is no.
///
/// ```
/// use newsclip::grammar::byline::is_person_name;
/// assert!(is_person_name("Harjit Sandhu"));
/// assert!(is_person_name("Mary O'Neil"));
/// assert!(!is_person_name("Show More"));
/// assert!(!is_person_name("The Kyiv Independent"));
/// assert!(!is_person_name("Abbey"));
/// ```
pub fn is_person_name(line: &str) -> bool {
    let t = crate::lines::text::trim(line);
    if t.is_empty() || t.len() > 80 {
        return false;
    }
    // Each word is a token or more: more words than an honorific and the
    // longest name is no name, and one run of letters is one token, too few
    // (cheap tests before the character scan).
    // (Letters told without the Unicode tables for the blocks read most.)
    if crate::table::words_in(t).nth(MAX_NAME_WORDS + 1).is_some()
        || t.chars().all(crate::lines::text::is_alphabetic)
    {
        return false;
    }
    if t.chars().any(|c| {
        crate::lines::text::is_numeric(c)
            || matches!(
                c,
                ',' | ';'
                    | ':'
                    | '!'
                    | '?'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '|'
                    | '·'
                    | '/'
                    | '"'
                    | '@'
                    | '#'
                    | '&'
                    | '…'
                    | '“'
                    | '”'
                    | '«'
                    | '»'
            )
    }) {
        return false;
    }
    if canonical_agency(t).is_some() || is_desk(t) || is_role_words(crate::table::words_in(t)) {
        return false;
    }
    let toks = tokenize(t, MAX_NAME_WORDS + 2);
    // "Von Anna Kessler" is a byline, not a name.
    if toks.first().is_some_and(|k| {
        matches!(
            &*k.lower(),
            "by" | "von" | "par" | "por" | "door" | "av" | "af"
        )
    }) {
        return false;
    }
    let first = usize::from(toks.first().is_some_and(|k| is_honorific(k.text)));
    let n = toks.len().saturating_sub(first);
    if !(2..=MAX_NAME_WORDS).contains(&n) || toks.iter().any(|k| !k.is_word()) {
        return false;
    }
    parse_name(&toks, first, false) == Some(toks.len())
}

/// The name of a line that goes on a byline broken over lines: a
/// conjunction ("and", "&", "und", "et", "y", ...) and a person's name
/// alone ("and Ana Ruiz" under "By Jane Doe, Tom Roe").
///
/// ```
/// use newsclip::grammar::byline::joined_name;
/// assert_eq!(joined_name("and Ana Ruiz"), Some("Ana Ruiz"));
/// assert_eq!(joined_name("& Tom Roe"), Some("Tom Roe"));
/// assert_eq!(joined_name("and the rest of the team"), None);
/// assert_eq!(joined_name("Ana Ruiz"), None);
/// ```
pub fn joined_name(line: &str) -> Option<&str> {
    let t = crate::lines::text::trim(line);
    let (first, rest) = t.split_once(char::is_whitespace)?;
    let joins =
        first == "&" || super::words::contains(&super::words::CONJUNCTIONS, &first.to_lowercase());
    let rest = rest.trim_start();
    (joins && is_person_name(rest)).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_len(s: &str) -> Option<usize> {
        parse_name(&tokenize(s, 20), 0, false)
    }

    #[test]
    fn longest_name() {
        for (input, want) in [
            ("Jane Doe", Some(2)),
            ("Jane Doe Published", Some(2)),
            ("Anna-Lena van der Berg", Some(4)),
            ("Martin Luther King Jr.", Some(4)),
            ("J. R. Smith said", Some(3)),
            ("Jane Doe March 4", Some(2)),
            ("Theresa May", Some(2)),
            ("van Gogh", None),
            ("Jane", None),
            ("J. R.", None),
            ("the end", None),
            ("Read More", None),
            ("Editors' Picks", None),
            // A given name, then a surname that is also a place word.
            ("Chris Park", Some(2)),
            ("JACK WHITE", Some(2)),
            ("Chris Park Avenue", Some(2)),
            ("Central Park", None),
            ("Park Chris", None),
        ] {
            assert_eq!(name_len(input), want, "{input}");
        }
    }

    #[test]
    fn honorifics() {
        assert!(is_honorific("Dr."));
        assert!(!is_honorific("Jane"));
        assert!(is_person_name("Dr. Jane Doe"));
    }
}
