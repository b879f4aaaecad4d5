//! What one word can be inside a person's name (the `part`, `initial`,
//! `particle` and `suffix` rules of the grammar in `names`): the word classes,
//! the stop words that never appear in a name, noun-shaped words, place words
//! that are also surnames, and honorifics.

use super::words::{
    EVENT_WORDS, FUNCTION_WORDS, HEADLINE_VERBS, MONTHS, NAME_MONTHS, PARTICLES, PLACE_ORG_WORDS,
    SUFFIXES, UI_WORDS, WEEKDAYS, contains,
};
use crate::grammar::agency::canonical_agency;
use crate::table::StrSet;

/// Longest word a name part may have (bytes).
const MAX_PART_LEN: usize = 40;

/// What one word can be inside a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
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

/// An initial in a script of India or Southeast Asia: one letter, its
/// vowel signs (at most three characters in all), then a dot ("కె.",
/// "వి.", as Telugu bylines print them).
fn is_abugida_initial(w: &str) -> bool {
    w.strip_suffix('.').is_some_and(|body| {
        (1..=3).contains(&body.chars().count())
            && body.chars().all(crate::lines::scripts::is_abugida_letter)
    })
}

/// True for a first letter that starts a name part (upper case, or a letter of
/// a script without case when `uncased` is allowed). Georgian prints its
/// names in Mkhedruli, which Unicode files as lower case (beside the
/// Mtavruli capitals no one writes names in): for names it has no case.
fn starts_part(c: char, uncased: bool) -> bool {
    c.is_uppercase() || (uncased && c.is_alphabetic() && (!c.is_lowercase() || is_mkhedruli(c)))
}

/// True for a Georgian Mkhedruli letter (U+10D0 to U+10FF).
fn is_mkhedruli(c: char) -> bool {
    ('\u{10d0}'..='\u{10ff}').contains(&c)
}

/// True when `lower` is a word that never appears in a name.
pub(crate) fn is_stop_word(lower: &str) -> bool {
    plain_stop_words().contains(lower)
        || (contains(&MONTHS, lower)
            && lower.chars().count() >= 5
            && !contains(&NAME_MONTHS, lower))
        || super::is_role_word(lower)
}

/// True when `lower` is a place or organisation word ("europe", "diego").
pub(super) fn is_place_org_word(lower: &str) -> bool {
    contains(&PLACE_ORG_WORDS, lower)
}

/// True when `lower` is a particle of names ("de", "la", "van", "bin").
pub(super) fn is_particle_word(lower: &str) -> bool {
    contains(&PARTICLES, lower)
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

pub(super) fn classify(w: &str, uncased: bool, next_is_number: bool) -> Class {
    if w.is_empty() || w.len() > MAX_PART_LEN || w.chars().any(crate::lines::text::is_numeric) {
        return Class::No;
    }
    if is_initial(w) || (uncased && is_abugida_initial(w)) {
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
    // The same particle in a name printed in capitals ("JOHN DE LA CRUZ",
    // "MAYY EL SHEIKH").
    if w.len() >= 2
        && w.chars().all(char::is_uppercase)
        && contains(&PARTICLES, lower)
        && is_stop_word(lower)
    {
        return Class::CapParticle;
    }
    // The shape tests first (cheap), then the word lists: every test from
    // here on answers `No` or lets the word through.
    if !w.chars().all(|c| {
        matches!(c, '-' | '\'' | '’')
            || crate::lines::text::is_alphabetic(c)
            || crate::lines::scripts::is_abugida_letter(c)
    }) {
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
    // Bytes first (a word of fewer than seven bytes has fewer than seven
    // letters), the letters only when an ending matches.
    lower.len() >= 7
        && NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
        && lower.chars().count() >= 7
        && !matches!(lower, "redaktion" | "redaction" | "rédaction")
}

/// Place and organisation words that are also common surnames, title-cased
/// ("Park", "White", "Street").
const PLACE_SURNAMES: &[&str] = &[
    "Park", "White", "Street", "House", "Wall", "Lake", "Bay", "Mount", "Mayor", "Fort", "Bank",
];

/// True for a surname of [`PLACE_SURNAMES`], title-cased or in capitals.
pub(super) fn is_place_surname(w: &str) -> bool {
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
