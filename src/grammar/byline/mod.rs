//! Bylines, credit trailers and author-box lines.
//!
//! ```text
//! byline := marker body | body-without-marker
//!         | marker NEWLINE body                      (see `parse_after_marker`)
//! marker := "By" | "Written by" | "Words by" | "Story by" | "Reported by" | "Von" | "Par"
//!         | "Por" | "Di" | "Door" | "Автор:" | ...          (see `markers`)
//! body   := names and credits, then separators, then the rest (see `body`)
//! ```
//!
//! A byline without a marker is accepted only when it cannot be a plain name
//! or a headline: names followed by a credit or a role ("Jane Doe | Reuters",
//! "Jane Doe, Senior News Editor", "Harjit Sandhu · Pacific Broadcast News ·"),
//! names followed by a separator ("Jane Doe | Published 3:05 PM"), or a desk
//! alone ("Staff", "Agencies", "From wire reports"). A name with an
//! organisation glued on by a slash ("Amy K. Delgado/PIXAGENCY") is a photo
//! credit, not a byline.
//!
//! Scrapes glue fields together ("Marcus De OrtegaView More Articles", "By
//! Michael HartwigBusiness Columnist"): a word is split where a lower-case
//! letter meets an upper-case one after a capital and at least three
//! lower-case letters, and the glue counts as a separator, but only when a
//! name then ends at the glue ("McDonald", "DeAndre" stay whole).

mod after;
mod body;
mod cjk;
mod gate;
mod given;
mod items;
mod link;
mod lone;
mod loose;
mod marker_words;
mod markers;
mod meta;
mod name_list;
mod name_role;
pub(crate) use name_role::LOWER_DE;
mod name_words;
mod names;
mod opening;
mod phrases;
mod prefixed;
mod role_outlet;
mod roles;
mod tokens;
mod trailer;
mod verbs;
pub(crate) mod words;

pub use after::{parse_after_marker, parse_byline_after_date, parse_meta_tail};
pub(crate) use cjk::opens_with_label as opens_with_cjk_label;
pub use cjk::parse_cjk_byline;
pub use gate::may_be_byline;
pub use given::{is_given_name, opens_with_given_name};
pub use link::author_link_name;
pub(crate) use lone::is_author_label;
pub use lone::is_lone_marker;
pub(crate) use markers::{
    is_colon_marker, is_spaced_marker, opens_with_glued_by, opens_with_phrase_marker,
};
pub use name_list::name_list;
pub use names::{is_person_name, joined_name};
pub use prefixed::prefixed_names;
pub use role_outlet::role_then_outlet;
pub use roles::{is_photographer_role, is_role, is_role_word};

use super::Parsed;
use crate::Span;
use crate::grammar::prim::offset_in;
use lone::with_space;
use markers::marker;
use tokens::{Kind, Tok, is_sep_char, tokenize, tokenize_glued};

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
    parse_byline_gated(line, true)
}

/// [`parse_byline`] without the gate on the first item of a line without a
/// marker (to test that the gate changes no answer).
#[cfg(test)]
fn parse_byline_ungated(line: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    parse_byline_gated(line, false)
}

/// [`parse_byline`]; `gated` skips the grammar on a line without a marker
/// whose body opens with no item (see `opening`).
fn parse_byline_gated(line: &str, gated: bool) -> Result<Parsed<'_, Byline>, BylineError> {
    // Chinese labels and names (see [`parse_cjk_byline`]).
    if cjk::opens_with_label(line.trim_start()) {
        if let Some(b) = parse_cjk_byline(line) {
            let t = line.trim();
            let start = offset_in(line, t);
            return Ok(Parsed::new(b, "", Span::new(start, start + t.len())));
        }
    }
    let t = line.trim_start();
    // A mark before the marker ("// By Jane Doe", "— By Jane Doe").
    let t = match t
        .trim_start_matches(['/', '|', '•', '·', '—', '–', '-', '*', '>', '»', '~'])
        .trim_start()
    {
        r if r.len() < t.len() && marker(r).is_ok() => r,
        _ => t,
    };
    let start = offset_in(line, t);
    let (after, has_marker) = match marker(t) {
        Ok((after, _)) => (after, true),
        Err(_) => (t, false),
    };
    if !has_marker
        && t.len() < 24
        && markers::may_start_marker(t)
        && with_space(t.trim_end(), |s| marker(s).is_ok()) == Some(true)
    {
        // A marker alone: "By", "Von".
        return Err(BylineError::NoNames);
    }
    // "Diego Arreola | Enviado" (a name and a job title, a bar between) and
    // "de Andreea Mihăilescu".
    if !has_marker
        && t.len() <= MAX_UNMARKED_LEN
        && let Some(b) = name_role::parse(t.trim_end())
            .or_else(|| name_role::parse_de(t.trim_end()))
            .or_else(|| name_role::agency_initials(t.trim_end()))
    {
        let end = start + t.trim_end().len();
        return Ok(Parsed::new(b, "", Span::new(start, end)));
    }
    if !has_marker && t.len() > MAX_UNMARKED_LEN {
        return Err(BylineError::TooLong);
    }
    if gated && !has_marker && !opening::may_open_unmarked(after) {
        return Err(BylineError::NoMatch);
    }
    let base = offset_in(line, after);
    let (toks, b) = tokens_and_body(after, has_marker);
    if !has_marker && photo_credit(&toks, &b) {
        return Err(BylineError::NoMatch);
    }
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
    if body::is_prose(&toks, b.next) && !(has_marker && appositive_role(&toks, b.next)) {
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
            // "Jane Doe in Kyiv": the place a reporter wrote from, after
            // names that each open with a common given name ("Solar Power
            // in Spain" is a headline).
            !b.credits.is_empty()
                || b.role.is_some()
                || (b.location.is_some() && b.authors.iter().all(|a| given_name_and_surname(a)))
        } else {
            // "Best Cheap Homemade Halloween Costumes | 2020": four
            // capitalised words or more, no particle or initial among them,
            // open with a given name when they are a person's, unmarked.
            b.sep_seen
                && b.authors
                    .iter()
                    .all(|a| !long_bare_name(a) || opens_with_given_name(a))
        };
        if !ok {
            return Err(BylineError::NoMatch);
        }
    }
    let end = b.end;
    let value = b.into_byline();
    Ok(Parsed::new(value, rest, Span::new(start, base + end)))
}

/// True when the tokens from `i` open an appositive job title after the
/// names: a comma, an article and a role word within four words ("By Jane
/// Doe, a deputy editor and author of ...": an author box's sentence, whose
/// names are the byline's).
fn appositive_role(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.kind == Kind::Comma)
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(&*t.lower(), "a" | "an" | "the"))
        && toks
            .iter()
            .skip(i + 2)
            .take(4)
            .any(|t| t.is_word() && is_role_word(t.text))
}

/// True when a word of `line` looks glued to the next field by a scrape
/// ("OrtegaView"): a cheap test before [`parse_byline`] on lines without a
/// marker or a separator.
///
/// ```
/// use newsclip::grammar::byline::has_glued_word;
/// assert!(has_glued_word("Marcus De OrtegaView More Articles"));
/// assert!(!has_glued_word("Ronald McDonald"));
/// ```
pub fn has_glued_word(line: &str) -> bool {
    // A glue is a lower-case letter followed by an upper-case one: an ASCII
    // line without such a pair has none.
    if line.is_ascii() && !tokens::has_case_pair(line.as_bytes(), false) {
        return false;
    }
    crate::table::words_in(line)
        .take(MAX_TOKENS)
        .any(|w| tokens::glue_at(w).is_some())
}

/// The tokens of a byline body and what the body grammar found in them.
/// Words a scrape glued together ("Marcus De OrtegaView More Articles") are
/// split, with a separator at the glue, only when a name then ends at the
/// glue; otherwise the line is read as printed.
fn tokens_and_body(after: &str, has_marker: bool) -> (Vec<Tok<'_>>, body::Body) {
    let (glued, split) = tokenize_glued(after, MAX_TOKENS);
    if !split {
        // Nothing was split: the tokens are those of `tokenize`.
        let b = body::parse_body(after, &glued, has_marker);
        return (glued, b);
    }
    let b = body::parse_body(after, &glued, has_marker);
    let name_at_glue = b.name_ends.iter().any(|&e| {
        glued
            .get(e)
            .is_some_and(|t| t.kind == Kind::Sep && t.text.is_empty())
    });
    if name_at_glue {
        return (glued, b);
    }
    let toks = tokenize(after, MAX_TOKENS);
    let b = body::parse_body(after, &toks, has_marker);
    (toks, b)
}

/// "Amy K. Delgado/PIXAGENCY": a name with an organisation glued on by a slash
/// is a photo credit (as printed under pictures), not a byline. A job
/// title after the slash ("Orville Campbell/Senior Sports Writer", as
/// Caribbean dailies print bylines) makes it a byline, unless the job
/// is a photographer's ("Jane Doe/Staff Photographer").
fn photo_credit(toks: &[Tok<'_>], b: &body::Body) -> bool {
    let Some(&e) = b.name_ends.first() else {
        return false;
    };
    if let Some(Some(role)) = b.roles.first()
        && !roles::is_photographer_role(role)
    {
        return false;
    }
    match (e.checked_sub(1).and_then(|k| toks.get(k)), toks.get(e)) {
        (Some(name), Some(slash)) => slash.text == "/" && slash.start == name.end,
        _ => false,
    }
}

/// Parses a person's name followed, without a separator, by a job title or
/// an outlet's name, as author boxes print them. The outlet must look like
/// one: an agency, or capitalised words of which one is an outlet word
/// ("Today", "Times", "News", "Post", "Herald", "Journal", "Press", ...).
/// A name that does not end with an initial is preferred.
///
/// ```
/// use newsclip::grammar::byline::parse_name_and_title;
///
/// let p = parse_name_and_title("Carla M. Lee Senior Contributor").unwrap();
/// assert_eq!(p.value.authors, ["Carla M. Lee"]);
/// assert_eq!(p.value.role.as_deref(), Some("Senior Contributor"));
///
/// let p = parse_name_and_title("Elliot Bernstein Valley Today").unwrap();
/// assert_eq!(p.value.credits, ["Valley Today"]);
///
/// assert!(parse_name_and_title("Elliot Bernstein Florida Keys").is_err());
/// ```
pub fn parse_name_and_title(line: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    loose::parse(line)
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

/// The separators of a page's meta row ("Home | By Jane Doe | 4 March").
pub(crate) const META_SEPARATORS: [char; 3] = ['|', '·', '•'];

/// True for a lower-case "by"-word ("by", "von", "par", "por", "door",
/// "da", "di"), the word a byline marker ends with.
pub(crate) fn is_by_word(lower: &str) -> bool {
    markers::is_by_word(lower)
}

/// True when `line` opens with a byline marker ("By ", "Written by ",
/// "Von ", "Автор: "): whatever follows, the line is no headline.
pub(crate) fn opens_with_marker(line: &str) -> bool {
    markers::marker(line.trim_start()).is_ok()
}

/// True when `name` is four words or more, each opening with a capital
/// letter and none an initial ("J." or "J"): a headline or a title reads so,
/// and a person's name of that length holds a particle ("de la") or an initial.
fn long_bare_name(name: &str) -> bool {
    let mut n = 0usize;
    for w in crate::table::words_in(name) {
        let mut cs = w.chars();
        let first_upper = cs.next().is_some_and(char::is_uppercase);
        let rest = cs.filter(|c| c.is_alphabetic()).count();
        if !first_upper || rest == 0 {
            return false;
        }
        n += 1;
    }
    n >= 4
}

/// True when `name` reads as a person's name with no other evidence: a
/// common given name and a surname, or an initial or a lower-case particle
/// between them ("Jane Doe", "Jane K. Doe", "Anna van Dijk"; not "Silas
/// Zahltens Solo-Vorstellung").
fn given_name_and_surname(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let middle_ok = |w: &str| {
        w.chars().next().is_some_and(char::is_lowercase)
            || (w.ends_with('.') && w.chars().count() == 2)
    };
    let shape = match words.as_slice() {
        [_, _] => true,
        [_, m, _] => middle_ok(m),
        _ => false,
    };
    shape && words.first().is_some_and(|w| is_given_name(w))
}
