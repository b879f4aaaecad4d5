//! Bylines read after something else on the page: after a date on a meta
//! row (a marker and one capitalised word are then a name), on the line after
//! a marker printed alone, and the author-and-categories tail of a meta row.

use super::{
    Byline, BylineError, MAX_UNMARKED_LEN, body, is_lone_marker, markers::marker, meta, names,
    parse_byline, tokens_and_body, words,
};
use crate::Span;
use crate::grammar::Parsed;
use crate::grammar::prim::offset_in;

/// Parses the byline that follows a date on a meta row ("Posted on
/// 21 July 2019 by Realiberry", "1.11.23 von Jane Doe Lesezeit: 4 Min.",
/// "6. Dezember 2022 von Fatima in Gefühle, Popkultur"):
/// like [`parse_byline`], and the date is the evidence that a marker and
/// one capitalised word at the end of the line are a name.
///
/// ```
/// use newsclip::grammar::byline::parse_byline_after_date;
///
/// let p = parse_byline_after_date("by Realiberry").unwrap();
/// assert_eq!(p.value.authors, ["Realiberry"]);
/// let p = parse_byline_after_date("von Jane Doe Lesezeit: 4 Min.").unwrap();
/// assert_eq!(p.value.authors, ["Jane Doe"]);
/// let p = parse_byline_after_date("von Fatima in Gefühle, Popkultur").unwrap();
/// assert_eq!(p.value.authors, ["Fatima"]);
/// assert!(parse_byline_after_date("by admin").is_err());
/// assert!(parse_byline_after_date("by admin in News").is_err());
/// assert!(parse_byline_after_date("Realiberry").is_err());
/// ```
pub fn parse_byline_after_date(rest: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    let first = parse_byline(rest);
    if first.is_ok() {
        return first;
    }
    let t = rest.trim();
    let Ok((after, _)) = marker(t) else {
        return first;
    };
    let name = without_filing(after.trim()).trim_end_matches(['.', ',', ':']);
    let ok = !name.contains(char::is_whitespace)
        && name.chars().count() >= 3
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.chars().all(char::is_uppercase)
        && names::is_name_part(name)
        && !matches!(
            name.to_lowercase().as_str(),
            "admin" | "administrator" | "webmaster"
        )
        && !words::contains(&words::UI_WORDS, &name.to_lowercase());
    if !ok {
        return first;
    }
    let start = offset_in(rest, name);
    let value = Byline {
        authors: vec![name.to_string()],
        roles: vec![None],
        ..Byline::default()
    };
    Ok(Parsed::new(value, "", Span::new(start, start + name.len())))
}

/// `text` without a blog's filing after the name: " in " and one to six
/// words of categories ("Fatima in Gefühle, Popkultur" gives "Fatima").
fn without_filing(text: &str) -> &str {
    let Some((name, filed)) = text.split_once(" in ") else {
        return text;
    };
    let words = filed.split_whitespace().count();
    if (1..=6).contains(&words) && !filed.contains(['.', '!', '?', ':']) {
        name
    } else {
        text
    }
}

/// Parses the line after a marker printed alone ("By" on one line, "Al
/// Root" on the next): the names of `line` read as if `marker_line` preceded
/// them. The whole line must be names and credits, with at least one name.
///
/// ```
/// use newsclip::grammar::byline::parse_after_marker;
///
/// let p = parse_after_marker("By", "Al Reid").unwrap();
/// assert_eq!(p.value.authors, ["Al Reid"]);
/// assert!(parse_after_marker("By", "Stocks fell sharply on Monday").is_err());
/// assert!(parse_after_marker("Home", "Al Reid").is_err());
/// ```
pub fn parse_after_marker<'a>(
    marker_line: &str,
    line: &'a str,
) -> Result<Parsed<'a, Byline>, BylineError> {
    if !is_lone_marker(marker_line) || line.len() > MAX_UNMARKED_LEN {
        return Err(BylineError::NoMatch);
    }
    let t = line.trim_start();
    let start = offset_in(line, t);
    let (toks, b) = tokens_and_body(t, true);
    if b.authors.is_empty() || body::is_prose(&toks, b.next) {
        return Err(BylineError::NoMatch);
    }
    let rest = t.get(b.end..).unwrap_or("");
    if !rest.trim().is_empty() {
        return Err(BylineError::NoMatch);
    }
    let end = b.end;
    let value = b.into_byline();
    Ok(Parsed::new(value, rest, Span::new(start, start + end)))
}

/// Parses what follows a date on a page's meta row, when it is only an
/// author and categories ("Tony Walsh All, Books, Kit Reviews") or an
/// author and a comment counter ("Luis Holuch 6") or a prompt to comment
/// ("Ulrike Stockhausen Leave a comment"), or blog
/// segments separated by "/" ("0 Comments/in News /by admin"). Logins
/// ("admin") are not authors; the byline may have none.
///
/// ```
/// use newsclip::grammar::byline::parse_meta_tail;
///
/// let p = parse_meta_tail("Tony Walsh All, Books, Kit Reviews").unwrap();
/// assert_eq!(p.value.authors, ["Tony Walsh"]);
/// let p = parse_meta_tail("Luis Holuch 6").unwrap();
/// assert_eq!(p.value.authors, ["Luis Holuch"]);
/// let p = parse_meta_tail("Ulrike Stockhausen Schreibe einen Kommentar").unwrap();
/// assert_eq!(p.value.authors, ["Ulrike Stockhausen"]);
/// let p = parse_meta_tail("Ulrike Stockhausen Leave a comment").unwrap();
/// assert_eq!(p.value.authors, ["Ulrike Stockhausen"]);
/// assert!(parse_meta_tail("Ulrike Stockhausen Comments Leave").is_err());
/// let p = parse_meta_tail("0 Comments/in Perfomance News /by siteadmin").unwrap();
/// assert!(p.value.authors.is_empty());
/// assert!(parse_meta_tail("Joe Biden Signs Climate Bill").is_err());
/// ```
pub fn parse_meta_tail(text: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    meta::parse(text)
}
