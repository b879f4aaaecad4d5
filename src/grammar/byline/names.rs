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

use super::roles::is_role_words;
use super::tokens::{Kind, Tok, tokenize};
use super::words::{
    EVENT_WORDS, FUNCTION_WORDS, HEADLINE_VERBS, MONTHS, NAME_MONTHS, PARTICLES, PLACE_ORG_WORDS,
    SUFFIXES, UI_WORDS, WEEKDAYS, contains,
};
use crate::grammar::agency::{canonical_agency, is_desk};
use crate::table::StrSet;

/// Longest word a name part may have (bytes).
const MAX_PART_LEN: usize = 40;
/// Most words in one name.
const MAX_NAME_WORDS: usize = 7;
/// Most parts (non-particle words) in one name.
const MAX_NAME_PARTS: usize = 5;

/// What one word can be inside a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A name part; `initial` for "J." and "J.R.".
    Part { initial: bool },
    /// "van", "de", "bin" ... (lower case).
    Particle,
    /// "Le", "La", "De" (capitalised, and function words): a particle after
    /// a given name only ("Marine Le Pen", "Edilson La Rosa").
    CapParticle,
    /// "Jr.", "III".
    Suffix,
    /// Not part of a name.
    No,
}

fn is_initial(w: &str) -> bool {
    // "J", "J.", "J.R.", "J.-P."
    let mut letters = 0usize;
    let mut prev_upper = false;
    for c in w.chars() {
        if c.is_uppercase() {
            if prev_upper {
                return false;
            }
            letters += 1;
            prev_upper = true;
        } else if c == '.' || c == '-' {
            prev_upper = false;
        } else {
            return false;
        }
    }
    (1..=3).contains(&letters) && (w.chars().count() == 1 || w.ends_with('.'))
}

/// True for a first letter that starts a name part (upper case, or a letter of
/// a script without case when `uncased` is allowed).
fn starts_part(c: char, uncased: bool) -> bool {
    c.is_uppercase() || (uncased && c.is_alphabetic() && !c.is_lowercase())
}

/// True when `lower` is a word that never appears in a name.
pub(crate) fn is_stop_word(lower: &str) -> bool {
    plain_stop_words().contains(lower)
        || (contains(&MONTHS, lower)
            && lower.chars().count() >= 5
            && !contains(&NAME_MONTHS, lower))
        || super::is_role_word(lower)
}

/// The function, interface, place and organisation, headline verb, event
/// and weekday words in one set, built once: one look-up instead of six.
fn plain_stop_words() -> &'static StrSet {
    static SET: std::sync::OnceLock<StrSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        [
            &FUNCTION_WORDS,
            &UI_WORDS,
            &PLACE_ORG_WORDS,
            &HEADLINE_VERBS,
            &EVENT_WORDS,
            &WEEKDAYS,
        ]
        .iter()
        .flat_map(|list| list.words().iter().copied())
        .collect()
    })
}

fn classify(w: &str, uncased: bool, next_is_number: bool) -> Class {
    if w.is_empty() || w.len() > MAX_PART_LEN || w.chars().any(|c| c.is_numeric()) {
        return Class::No;
    }
    if is_initial(w) {
        return Class::Part { initial: true };
    }
    crate::table::with_lower(w, |lower| classify_lower(w, lower, uncased, next_is_number))
}

/// [`classify`] of a word that is not an initial; `lower` is `w` lower-cased.
fn classify_lower(w: &str, lower: &str, uncased: bool, next_is_number: bool) -> Class {
    if w.chars().all(char::is_lowercase) && contains(&PARTICLES, lower) {
        return Class::Particle;
    }
    if contains(&SUFFIXES, lower) {
        return Class::Suffix;
    }
    // A capitalised particle that is also a function word ("Le", "La",
    // "De"): no name part alone (the others, "Ben", "Van", stay parts).
    let mut cs = w.chars();
    if cs.next().is_some_and(char::is_uppercase)
        && cs.all(char::is_lowercase)
        && contains(&PARTICLES, lower)
        && is_stop_word(lower)
    {
        return Class::CapParticle;
    }
    // The shape tests first (cheap), then the word lists: every test from
    // here on answers `No` or lets the word through.
    if !w
        .chars()
        .all(|c| matches!(c, '-' | '\'' | '’') || crate::lines::text::is_alphabetic(c))
    {
        return Class::No;
    }
    // Possessives ("Editors'", "Editor's") are not names.
    if w.ends_with(['\'', '’']) || lower.ends_with("'s") || lower.ends_with("’s") {
        return Class::No;
    }
    // "al-Assad", "d'Alembert": a lower-case particle glued to the part.
    let body = [
        "al-", "el-", "d'", "d’", "l'", "l’", "da-", "ad-", "as-", "ash-",
    ]
    .iter()
    .find_map(|p| w.strip_prefix(p))
    .unwrap_or(w);
    let mut chars = body.chars();
    let Some(first) = chars.next() else {
        return Class::No;
    };
    if !starts_part(first, uncased) || body.chars().count() < 2 {
        return Class::No;
    }
    // Every hyphenated piece starts with a letter.
    if body
        .split('-')
        .any(|p| !p.chars().next().is_some_and(char::is_alphabetic))
    {
        return Class::No;
    }
    if is_stop_word(lower) || is_noun_shaped(lower) || (next_is_number && contains(&MONTHS, lower))
    {
        return Class::No;
    }
    if canonical_agency(w).is_some() && (lower == "reuters" || w.chars().all(char::is_uppercase)) {
        return Class::No;
    }
    Class::Part { initial: false }
}

/// Derivational endings of common nouns and verbs that no name carries:
/// German "-ität", "-heit", "-keit", "-schaft", "-ismus", "-ieren",
/// "-ierung", "-ungen", and "-tion" with its plurals in several languages.
const NOUN_ENDINGS: &[&str] = &[
    "ität", "heit", "keit", "schaft", "ismus", "ieren", "ierung", "ungen", "tion", "tions",
    "tionen", "ionen",
];

/// True for a lower-case word of seven letters or more ending with one of
/// [`NOUN_ENDINGS`] ("agilität", "kommentieren", "foundation"): a noun or a
/// verb, no name part ("Marion", "Jung" and "Scheit" are too short or end
/// otherwise). An editorial desk's "Redaktion" stays a part: a desk's name
/// ("Redaktion Gelbe Liste") is read as its bylines print it.
fn is_noun_shaped(lower: &str) -> bool {
    lower.chars().count() >= 7
        && NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
        && !matches!(lower, "redaktion" | "redaction" | "rédaction")
}

/// Place and organisation words that are also common surnames, title-cased
/// ("Park", "White", "Street").
const PLACE_SURNAMES: &[&str] = &[
    "Park", "White", "Street", "House", "Wall", "Lake", "Bay", "Mount", "Mayor", "Fort", "Bank",
];

/// True for a surname of [`PLACE_SURNAMES`], title-cased or in capitals.
fn is_place_surname(w: &str) -> bool {
    PLACE_SURNAMES.iter().any(|p| {
        w == *p
            || w.len() == p.len() && w.chars().all(char::is_uppercase) && w.eq_ignore_ascii_case(p)
    })
}

/// True when `word` can be a part of a name (not a particle, stop word, ...).
pub(crate) fn is_name_part(word: &str) -> bool {
    matches!(classify(word, false, false), Class::Part { .. })
}

/// Honorifics that may precede a name ("Dr. Jane Doe"); not part of it.
pub(crate) fn is_honorific(word: &str) -> bool {
    crate::table::with_lower(word, is_honorific_lower)
}

fn is_honorific_lower(l: &str) -> bool {
    matches!(
        l.trim_end_matches('.'),
        "dr" | "prof"
            | "mr"
            | "mrs"
            | "ms"
            | "mx"
            | "rev"
            | "fr"
            | "sir"
            | "dame"
            | "dott"
            | "dr.-ing"
            | "docteur"
            | "д-р"
            | "проф"
    )
}

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
            _ => break,
        }
    }
    best
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
    let t = line.trim();
    if t.is_empty() || t.len() > 80 {
        return false;
    }
    // Each word is a token or more: more words than an honorific and the
    // longest name is no name, and one run of letters is one token, too few
    // (cheap tests before the character scan).
    if t.split_whitespace().nth(MAX_NAME_WORDS + 1).is_some() || t.chars().all(char::is_alphabetic)
    {
        return false;
    }
    if t.chars().any(|c| {
        c.is_numeric()
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
    if canonical_agency(t).is_some() || is_desk(t) || is_role_words(t.split_whitespace()) {
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
