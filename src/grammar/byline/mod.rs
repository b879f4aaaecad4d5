//! Bylines, credit trailers and author-box lines.
//!
//! ```text
//! byline := marker body | body-without-marker
//! marker := "By" | "Written by" | "Words by" | "Story by" | "Reported by" | "Von" | "Par"
//!         | "Por" | "Di" | "Door" | "Автор:" | ...          (see `tokens`)
//! body   := names and credits, then separators, then the rest (see `body`)
//! ```
//!
//! A byline without a marker is accepted only when it cannot be a plain name
//! or a headline: names followed by a credit or a role ("Jane Doe | Reuters",
//! "Jane Doe, Senior News Editor", "Harjit Sandhu · Pacific Broadcast News ·"),
//! names followed by a separator ("Jane Doe | Published 3:05 PM"), or a desk
//! alone ("Staff", "Agencies", "From wire reports").

mod body;
mod names;
mod phrases;
mod roles;
mod tokens;
mod trailer;
mod words;

pub use names::is_person_name;
pub use roles::{is_role, is_role_word, role_words};

use super::Parsed;
use crate::Span;
use crate::grammar::prim::offset_in;
use tokens::{Kind, is_sep_char, marker, tokenize};

/// Most tokens read from one line: bounds the work on very long lines.
pub(crate) const MAX_TOKENS: usize = 400;
/// Longest line read as a byline without a marker ("By", "Von", ...).
const MAX_UNMARKED_LEN: usize = 300;

/// A parsed byline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Byline {
    /// People, as printed.
    pub authors: Vec<String>,
    /// Agencies (canonical short form), desks and outlets.
    pub credits: Vec<String>,
    /// Job title printed with the name(s) ("Senior News Editor").
    pub role: Option<String>,
    /// The job title of each author (same order and length as `authors`).
    pub roles: Vec<Option<String>>,
    /// The place the story was filed from ("By Jane Doe in Kyiv": "Kyiv").
    pub location: Option<String>,
}

/// A "Reporting by ...; Editing by ..." trailer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Trailer {
    /// Reporters and writers (authors of the story).
    pub reporters: Vec<String>,
    /// Editors (not authors).
    pub editors: Vec<String>,
    /// Other contributors (graphics, research, translation): not authors.
    pub others: Vec<String>,
}

/// Why a byline grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BylineError {
    /// The line is not a byline.
    #[error("not a byline")]
    NoMatch,
    /// A byline marker was found but no name or credit followed it.
    #[error("byline without names")]
    NoNames,
    /// The marker is followed by running prose ("By the end of the year").
    #[error("a sentence, not a byline")]
    Prose,
    /// The line is too long to be a byline without a marker.
    #[error("line too long for a byline")]
    TooLong,
}

/// Parses a byline line: the names, the credits (agencies in their short
/// form, desks, outlets), the role and the place; `rest` is what follows the
/// byline on the same line (a date, "Email the author"), `span` covers the
/// byline itself.
///
/// ```
/// use newsclip::grammar::byline::parse_byline;
///
/// let p = parse_byline("By JANE DOE, Associated Press").unwrap();
/// assert_eq!(p.value.authors, ["JANE DOE"]);
/// assert_eq!(p.value.credits, ["AP"]);
///
/// let p = parse_byline("By Jane Doe | Published 3:05 PM").unwrap();
/// assert_eq!(p.value.authors, ["Jane Doe"]);
/// assert_eq!(p.rest, "Published 3:05 PM");
///
/// let p = parse_byline("By health reporter Mei Tanaka").unwrap();
/// assert_eq!(p.value.authors, ["Mei Tanaka"]);
/// assert_eq!(p.value.role.as_deref(), Some("health reporter"));
///
/// assert!(parse_byline("By the end of the year, prices rose.").is_err());
/// ```
pub fn parse_byline(line: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    let t = line.trim_start();
    let start = offset_in(line, t);
    let (after, has_marker) = match marker(t) {
        Ok((after, _)) => (after, true),
        Err(_) => (t, false),
    };
    if !has_marker && t.len() < 24 && marker(&format!("{} ", t.trim_end())).is_ok() {
        // A marker alone: "By", "Von".
        return Err(BylineError::NoNames);
    }
    if !has_marker && t.len() > MAX_UNMARKED_LEN {
        return Err(BylineError::TooLong);
    }
    let base = offset_in(line, after);
    let toks = tokenize(after, MAX_TOKENS);
    let b = body::parse_body(after, &toks, has_marker);
    if b.authors.is_empty() && b.credits.is_empty() {
        if !has_marker {
            return Err(BylineError::NoMatch);
        }
        return match toks.first() {
            None => Err(BylineError::NoNames),
            Some(k) if k.kind != Kind::Word => Err(BylineError::NoNames),
            Some(_) if body::is_prose(&toks, 0) => Err(BylineError::Prose),
            Some(k) if names::is_stop_word(&k.lower()) && k.lower() != "the" => {
                Err(BylineError::NoNames)
            }
            Some(_) => Err(BylineError::NoMatch),
        };
    }
    if body::is_prose(&toks, b.next) {
        return Err(BylineError::Prose);
    }
    let rest = after
        .get(b.end..)
        .unwrap_or("")
        .trim_start_matches(|c: char| {
            c.is_whitespace() || is_sep_char(c) || matches!(c, ',' | '-' | '.' | ':')
        });
    if !has_marker {
        let ok = if b.authors.is_empty() {
            b.desks_only && rest.is_empty()
        } else if rest.is_empty() {
            !b.credits.is_empty() || b.role.is_some()
        } else {
            b.sep_seen
        };
        if !ok {
            return Err(BylineError::NoMatch);
        }
    }
    let value = Byline {
        authors: b.authors,
        credits: b.credits,
        role: b.role,
        roles: b.roles,
        location: b.location,
    };
    Ok(Parsed::new(value, rest, Span::new(start, base + b.end)))
}

/// Parses a "Reporting by X; Editing by Y" trailer (the credit line wire
/// stories end with). Reporters and writers are authors; editors are not.
/// Places after "in" are not names.
///
/// ```
/// use newsclip::grammar::byline::parse_trailer;
///
/// let p = parse_trailer(
///     "Reporting by Priya Raman; Additional reporting by Oliver Grant; Editing by Catherine Webb",
/// )
/// .unwrap();
/// assert_eq!(p.value.reporters, ["Priya Raman", "Oliver Grant"]);
/// assert_eq!(p.value.editors, ["Catherine Webb"]);
/// assert!(parse_trailer("Reporting from the front line").is_err());
/// ```
pub fn parse_trailer(line: &str) -> Result<Parsed<'_, Trailer>, BylineError> {
    trailer::parse(line)
}
