//! Places and agencies of datelines, and a place printed on a line of its
//! own.

use nom::{
    IResult, Parser,
    bytes::complete::{take_while_m_n, take_while1},
    character::complete::{char, space0, space1},
    combinator::{not, opt, peek, recognize, verify},
    multi::many_m_n,
    sequence::{delimited, preceded, terminated},
};

use super::month::month_number;
use super::{Dateline, DatelineError};
use crate::Span;
use crate::grammar::Parsed;
use crate::grammar::agency::canonical_agency;

/// Openings that are labels or ordinary words, not places (upper-case).
static STOP_FIRST: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "UPDATES",
    "BREAKING",
    "EXCLUSIVE",
    "WATCH",
    "ANALYSIS",
    "OPINION",
    "LIVE",
    "NOTE",
    "EDITOR'S",
    "EDITOR’S",
    "EDITORS",
    "Q",
    "A",
    "SUMMARY",
    "SOURCE",
    "SOURCES",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "AUDIO",
    "LISTEN",
    "READ",
    "MORE",
    "RELATED",
    "CORRECTION",
    "CLARIFICATION",
    "EXPLAINER",
    "COMMENT",
    "REVIEW",
    "INTERVIEW",
    "ADVERTISEMENT",
    "AD",
    "WARNING",
    "ALERT",
    "URGENT",
    "FLASH",
    "FIRST",
    "TRANSCRIPT",
    "CLOSE",
    "SPONSORED",
    "PROMOTED",
    "FACT",
    // A fact check's labels ("CLAIM: ...", "VERDICT: False").
    "CLAIM",
    "CLAIMS",
    "VERDICT",
    "RULING",
    "RATING",
    "L'AFFERMAZIONE",
    "L’AFFERMAZIONE",
    "AFFERMAZIONE",
    "VERDETTO",
    "AFIRMACIÓN",
    "VEREDICTO",
    "AFIRMAÇÃO",
    "VEREDITO",
    "AFFIRMATION",
    "BEHAUPTUNG",
    "BEWERTUNG",
    "FAZIT",
    "BEWERING",
    "OORDEEL",
    "TEZA",
    "WERDYKT",
    "PÅSTÅENDE",
    "DISCLAIMER",
    "TLDR",
    "FAQ",
    "TOPICS",
    "TAGS",
    "SHARE",
    "FILE",
    "IMAGE",
    "CREDIT",
    "CAPTION",
    "SEE",
    "ALSO",
    "NB",
    "PS",
    "P.S.",
    "UPDATE:",
    "NATO",
    "EU",
    "UN",
    "US",
    "U.S.",
    "UK",
    "FBI",
    "CIA",
    "WHO",
    "IMF",
    "GOP",
    "CEO",
    "AI",
    "TV",
    "OK",
    "PRESS",
    "STATEMENT",
    "WHAT",
    "WHY",
    "HOW",
    "WHEN",
    "WHERE",
    "THIS",
    "THAT",
    "IT",
    "WE",
    "I",
    "HE",
    "SHE",
    "THEY",
    "YOU",
    "MY",
    "OUR",
    "NEW:",
    "TOP",
    "DEVELOPING",
    "OFFICIAL",
    "RECAP",
    "HIGHLIGHTS",
    "TIMELINE",
    "WORLD",
    "POLITICS",
    "BUSINESS",
    "SPORTS",
    "SPORT",
    "OPINION:",
    "CONTENT",
    "DEAR",
    "SPOILER",
    "FACTBOX",
    "WRAPUP",
    "INSIGHT",
    "COLUMN",
    "BRIEF",
    "BRIEFING",
    "GRAPHIC",
    "POLL",
    "RPT",
    "CORRECTED",
    "REFILE",
    "INSTANT",
    "MORNING",
    "EVENING",
    "MR.",
    "MRS.",
    "MS.",
    "DR.",
    "PRESIDENT",
    "SEN.",
    "REP.",
    "GOV.",
    "SECRETARY",
    "MODERATOR",
    "ANCHOR",
    "REPORTER",
    "QUESTION",
    "ANSWER",
    "PS:",
    "TRIGGER",
    "CONTENT",
    "FEATURED",
    "SPONSOR",
    "PARTNER",
    "SUBSCRIBE",
    "SIGN",
    "LOGIN",
    "MENU",
    "HOME",
    "SEARCH",
];

/// Words that do not occur inside an upper-case place.
static STOP_ANY: &[&str] = &[
    "A", "AN", "IS", "ARE", "WAS", "WERE", "TO", "FOR", "AND", "OR", "WITH", "ON", "AT", "BY",
    "FROM", "IN", "NOT", "NEWS", "SAYS", "SAID",
];

/// Particles allowed inside a title-case place ("Santiago de Chile").
static PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "di", "da", "do", "dos", "das", "am", "an", "der", "el", "al",
    "sur", "upon", "on", "im", "ob", "bei", "en", "of",
];

fn caps_char(c: char) -> bool {
    // (The ʻokina of Polynesian names, "NUKUʻALOFA", and the modifier
    // apostrophe: letters without case.)
    c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '/' | '&' | 'ʻ' | 'ʼ')
}

/// `caps_seg := (upper | "." | "'" | "ʻ" | "/" | "&")+` with an upper-case
/// letter.
fn caps_seg(input: &str) -> IResult<&str, &str> {
    verify(take_while_m_n(1, 30, caps_char), |w: &str| {
        w.chars().any(char::is_uppercase) && !w.starts_with('/')
    })
    .parse(input)
}

/// `caps_word := caps_seg ("-" caps_seg){0,3}` not followed by a letter or digit.
fn caps_word(input: &str) -> IResult<&str, &str> {
    terminated(
        recognize((caps_seg, many_m_n(0, 3, preceded(char('-'), caps_seg)))),
        word_end,
    )
    .parse(input)
}

/// `caps_place := caps_word (ws caps_word){0,4}` with at least two letters,
/// no stop word first and no function word inside.
pub(super) fn caps_place(input: &str) -> IResult<&str, &str> {
    verify(
        recognize((caps_word, many_m_n(0, 4, preceded(char(' '), caps_word)))),
        |p: &str| {
            let words: Vec<&str> = p.split(' ').collect();
            let first = words.first().copied().unwrap_or("");
            p.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !STOP_FIRST.contains(&first)
                && !words.iter().any(|w| STOP_ANY.contains(w))
        },
    )
    .parse(input)
}

/// `title_word := upper (letter | "." | "'" | "-")*`
fn title_word(input: &str) -> IResult<&str, &str> {
    verify(
        take_while_m_n(1, 30, |c: char| {
            c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')
        }),
        |w: &str| w.chars().next().is_some_and(char::is_uppercase),
    )
    .parse(input)
}

fn particle(input: &str) -> IResult<&str, &str> {
    verify(take_while1(char::is_alphabetic), |w: &str| {
        PARTICLES.contains(&w)
    })
    .parse(input)
}

/// `title_place := title_word (ws (particle ws)? title_word){0,3}`
pub(super) fn title_place(input: &str) -> IResult<&str, &str> {
    verify(
        recognize((
            title_word,
            many_m_n(
                0,
                3,
                preceded(
                    char(' '),
                    recognize((opt((particle, char(' '))), title_word)),
                ),
            ),
        )),
        |p: &str| {
            p.split(' ')
                .next()
                .is_some_and(|w| month_number(w).is_none())
        },
    )
    .parse(input)
}

/// `region := "," ws region_word (ws region_word){0,2}` ("D.C.", "Ill.",
/// "B.C.", "Ukraine"), none of them a month.
pub(super) fn region(input: &str) -> IResult<&str, &str> {
    let word = || {
        verify(title_word, |w: &str| {
            month_number(w).is_none()
                && w.len() <= 16
                && !crate::grammar::date::is_weekday_word(w.trim_end_matches('.'))
        })
    };
    preceded(
        (char(','), space1),
        recognize((word(), many_m_n(0, 2, preceded(char(' '), word())))),
    )
    .parse(input)
}

/// `agency := ws* "(" name ")"` where name is a known agency or a short
/// outlet name ("CNN"); gives the canonical short form or the name as printed.
pub(super) fn agency(input: &str) -> IResult<&str, String> {
    let (rest, inner) = preceded(
        space0,
        delimited(
            char('('),
            take_while_m_n(2, 40, |c: char| c != ')' && c != '('),
            char(')'),
        ),
    )
    .parse(input)?;
    let inner = inner.trim();
    let first = inner.split('/').next().unwrap_or(inner);
    if let Some(c) = canonical_agency(inner).or_else(|| canonical_agency(first)) {
        return Ok((rest, c.to_string()));
    }
    if is_outlet(inner) {
        return Ok((rest, inner.to_string()));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

/// `comma_agency := "," ws+ caps{2,8}` not followed by a letter or digit:
/// an agency's acronym behind a comma after the date ("Accra, March 5, GNA
/// –"), in its short form when known.
pub(super) fn comma_agency(input: &str) -> IResult<&str, String> {
    let (rest, acronym) = preceded(
        (char(','), space1),
        terminated(
            take_while_m_n(2, 8, |c: char| c.is_ascii_uppercase()),
            not(peek(nom::character::complete::satisfy(
                char::is_alphanumeric,
            ))),
        ),
    )
    .parse(input)?;
    let short = canonical_agency(acronym).unwrap_or(acronym);
    Ok((rest, short.to_string()))
}

/// A short outlet name: 1-4 capitalised words with two letters or more,
/// not a party affiliation ("R-Idaho").
fn is_outlet(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let affiliation = matches!(s.get(..2), Some("R-" | "D-" | "I-"));
    !words.is_empty()
        && words.len() <= 4
        && letters >= 2
        && !affiliation
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '&' | '/'))
        })
}

/// Peeks that the next character is not a letter or digit (word end).
fn word_end(input: &str) -> IResult<&str, ()> {
    peek(not(take_while_m_n(1, 1, char::is_alphanumeric))).parse(input)
}

/// True when an upper-case opening is a label ("UPDATE", "EDITOR'S NOTE").
pub(super) fn is_stop_label(opening: &str) -> bool {
    let first = opening.split(' ').next().unwrap_or("");
    STOP_FIRST.contains(&first)
}
/// Parses a line that is only a dateline's place, as press releases print it
/// on its own above the first paragraph: `place_line := caps_place region
/// sep?` ("BAAR, SWITZERLAND", "NEW YORK, N.Y. —"). A region is required:
/// an upper-case word alone is as likely a label.
///
/// ```
/// use newsclip::grammar::dateline::parse_place_line;
/// assert_eq!(parse_place_line("BAAR, SWITZERLAND").unwrap().value.place, "BAAR, SWITZERLAND");
/// assert_eq!(parse_place_line("SAN DIEGO, Calif. -").unwrap().value.place, "SAN DIEGO, Calif.");
/// assert!(parse_place_line("WASHINGTON").is_err());
/// assert!(parse_place_line("BAAR, SWITZERLAND - Ascom announced a deal.").is_err());
/// ```
pub fn parse_place_line(line: &str) -> Result<Parsed<'_, Dateline>, DatelineError> {
    let body = line.trim();
    if body.len() > 60 {
        return Err(DatelineError::NoMatch);
    }
    let start = line.len() - line.trim_start().len();
    let (after, place) = recognize((caps_place, region))
        .parse(body)
        .map_err(|_| DatelineError::NoMatch)?;
    let after =
        after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–' | ':'));
    if !after.is_empty() {
        return Err(DatelineError::NoMatch);
    }
    let value = Dateline {
        place: place.to_string(),
        ..Dateline::default()
    };
    Ok(Parsed::new(value, "", Span::new(start, start + body.len())))
}
