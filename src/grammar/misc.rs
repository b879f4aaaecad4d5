//! Small grammars: reading time, bullets, AFP-style headings, breadcrumbs,
//! copyright years, match minutes (`minute`), a review's rating (`rating`).

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while1};
use nom::character::complete::{space0, space1};
use nom::combinator::{map_res, opt};
use nom::{IResult, Parser as _};

use super::Parsed;
use crate::Span;

mod inline_link;
mod minute;
mod rating;
mod reading;
pub use inline_link::labelled_headline;
pub use minute::parse_match_minute;
pub use rating::{Rating, parse_rating};
pub use reading::parse_reading_time;

/// Why a small grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MiscError {
    /// The line does not have the form.
    #[error("no match")]
    NoMatch,
}

const BULLETS: &[char] = &[
    '•', '●', '▪', '■', '◦', '‣', '∙', '·', '►', '▶', '*', '–', '-', '—',
];

/// Parses a bulleted list item: `• text`, `- text`, `* text`, `▪ text`;
/// the value is the item without its bullet.
///
/// ```
/// use newsclip::grammar::misc::parse_bullet;
/// assert_eq!(parse_bullet("  • The talks resume on Monday").unwrap().value, "The talks resume on Monday");
/// assert!(parse_bullet("- US talks -").is_err());
/// ```
pub fn parse_bullet(line: &str) -> Result<Parsed<'_, &str>, MiscError> {
    let t = line.trim_start();
    let start = line.len() - t.len();
    let mut chars = t.chars();
    let Some(b) = chars.next() else {
        return Err(MiscError::NoMatch);
    };
    if !BULLETS.contains(&b) {
        return Err(MiscError::NoMatch);
    }
    let rest = chars.as_str();
    if !rest.starts_with(|c: char| c.is_whitespace()) {
        return Err(MiscError::NoMatch);
    }
    let item = rest.trim();
    if item.is_empty() || parse_afp_heading(line).is_ok() {
        return Err(MiscError::NoMatch);
    }
    Ok(Parsed::new(
        item,
        "",
        Span::new(start, start + t.trim_end().len()),
    ))
}

/// Parses an AFP-style subheading `- Heading -` (also with en/em dashes);
/// the value is the heading without the dashes.
///
/// ```
/// use newsclip::grammar::misc::parse_afp_heading;
/// assert_eq!(parse_afp_heading("- US talks -").unwrap().value, "US talks");
/// assert!(parse_afp_heading("- a bullet item").is_err());
/// ```
pub fn parse_afp_heading(line: &str) -> Result<Parsed<'_, &str>, MiscError> {
    fn dash(i: &str) -> IResult<&str, &str> {
        alt((tag("-"), tag("–"), tag("—"))).parse(i)
    }
    let t = line.trim();
    let start = line.len() - line.trim_start().len();
    let (inner, _) = (dash, space1)
        .parse(t)
        .map_err(|_: nom::Err<nom::error::Error<&str>>| MiscError::NoMatch)?;
    let inner = inner.trim_end();
    let Some(body) = inner.strip_suffix(['-', '–', '—']) else {
        return Err(MiscError::NoMatch);
    };
    if !body.ends_with(char::is_whitespace) {
        return Err(MiscError::NoMatch);
    }
    let body = body.trim();
    if body.is_empty()
        || body.len() > 150
        || body.contains(['.', '!', '?']) && body.split_whitespace().count() > 12
    {
        return Err(MiscError::NoMatch);
    }
    Ok(Parsed::new(body, "", Span::new(start, start + t.len())))
}

/// The most crumbs a breadcrumb has; a longer row is a menu.
pub const MAX_CRUMBS: usize = 6;

fn crumb_sep(i: &str) -> IResult<&str, &str> {
    let (i, _) = space1.parse(i)?;
    let (i, s) = alt((
        tag(">"),
        tag("›"),
        tag("»"),
        tag("/"),
        tag("|"),
        tag("→"),
        tag("＞"),
    ))
    .parse(i)?;
    let (i, _) = space1.parse(i)?;
    Ok((i, s))
}

// breadcrumb := crumb (sep crumb){1,5} ; sep := " > " | " › " | " » " | " / " | " → " | " ＞ " | " | " (3 crumbs at most)
// crumb := 1-5 words, no sentence punctuation
/// Parses a breadcrumb line (`Home > News > Canada > British Columbia`);
/// the value is the list of crumbs.
///
/// A breadcrumb has two to [`MAX_CRUMBS`] crumbs between path separators
/// (`>`, `›`, `»`, `/`, `→`, the full-width `＞`), or two or three between pipes: a longer
/// pipe-separated row ("Home | World | Business | Sport") is a menu, not a
/// breadcrumb.
///
/// ```
/// use newsclip::grammar::misc::parse_breadcrumb;
/// let b = parse_breadcrumb("Startseite > Politik > Deutschland").unwrap();
/// assert_eq!(b.value.last(), Some(&"Deutschland"));
/// assert_eq!(parse_breadcrumb("トップ ＞ 科学・環境").unwrap().value.last(), Some(&"科学・環境"));
/// assert!(parse_breadcrumb("5 > 3 is true").is_err());
/// assert!(parse_breadcrumb("Home | World | Business | Sport").is_err());
/// ```
pub fn parse_breadcrumb(line: &str) -> Result<Parsed<'_, Vec<&str>>, MiscError> {
    let t = line.trim();
    if t.len() > 200 {
        return Err(MiscError::NoMatch);
    }
    let start = line.len() - line.trim_start().len();
    let mut crumbs = Vec::new();
    let mut rest = t;
    let mut sep_used: Option<&str> = None;
    loop {
        let (r, c) = take_while1::<_, &str, nom::error::Error<&str>>(|c: char| {
            !matches!(c, '>' | '›' | '»' | '|' | '→' | '＞') && c != '/'
        })
        .parse(rest)
        .map_err(|_| MiscError::NoMatch)?;
        let c = c.trim();
        let words = c.split_whitespace().count();
        if c.is_empty()
            || words > 5
            || c.ends_with(['.', '!', '?', ','])
            // A sentence inside ("This site uses cookies. I agree | Settings").
            || c.contains(". ")
            || c.chars().any(|ch| ch.is_ascii_digit())
        {
            return Err(MiscError::NoMatch);
        }
        crumbs.push(c);
        let r_full = if let Some(stripped) = rest.get(rest.len() - r.len() - 1..) {
            stripped
        } else {
            r
        };
        let r_full = if r_full.starts_with(char::is_whitespace) {
            r_full
        } else {
            r
        };
        match crumb_sep(r_full) {
            Ok((r2, s)) => {
                if sep_used.is_some_and(|u| u != s) {
                    return Err(MiscError::NoMatch);
                }
                sep_used = Some(s);
                rest = r2;
            }
            Err(_) if r.trim().is_empty() => break,
            Err(_) => return Err(MiscError::NoMatch),
        }
    }
    let most = if sep_used == Some("|") { 3 } else { MAX_CRUMBS };
    if !(2..=most).contains(&crumbs.len()) {
        return Err(MiscError::NoMatch);
    }
    Ok(Parsed::new(crumbs, "", Span::new(start, start + t.len())))
}

fn year(i: &str) -> IResult<&str, i32> {
    map_res(
        nom::bytes::complete::take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        |d: &str| d.parse::<i32>(),
    )
    .parse(i)
}

// notice := ("©" | "(c)" | "copyright") " "* ("©" | "(c)")? " "* year (" "* ("-" | "–" | "—") " "* year)?
fn copyright_notice(i: &str) -> IResult<&str, i32> {
    let sign = || alt((tag("©"), tag_no_case("(c)")));
    let dash = alt((tag("-"), tag("–"), tag("—")));
    let (i, (_, _, _, _, first, range)) = (
        alt((sign(), tag_no_case("copyright"))),
        space0,
        opt(sign()),
        space0,
        year,
        opt((space0, dash, space0, year)),
    )
        .parse(i)?;
    Ok((i, range.map_or(first, |(_, _, _, y)| y.max(first))))
}

/// True when `t` holds "©", "opyright", "(c)" or "(C)" (most lines hold
/// none: one search for the copyright word, and one for the bytes the
/// others need before they are looked for).
pub(crate) fn copyright_marked(t: &str) -> bool {
    static WORD: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let b = t.as_bytes();
    // '(' opens "(c)"; 0xA9 ends the UTF-8 of '©'.
    (memchr::memchr2(b'(', 0xA9, b).is_some()
        && (t.contains('©') || t.contains("(c)") || t.contains("(C)")))
        || WORD
            .get_or_init(|| memchr::memmem::Finder::new("opyright"))
            .find(b)
            .is_some()
}

/// Parses the year of a copyright notice anywhere in a short line
/// ("© 2019 Example Media. All rights reserved.", "Copyright © 2005-2019
/// Example Ltd"): the last year of a range. A page prints its current year
/// there, which dates printed without a year can be read in.
///
/// ```
/// use newsclip::grammar::misc::parse_copyright_year;
/// assert_eq!(parse_copyright_year("© 2019 Example Media. All rights reserved.").unwrap().value, 2019);
/// assert_eq!(parse_copyright_year("Copyright © 2005-2019 Example Ltd").unwrap().value, 2019);
/// assert_eq!(parse_copyright_year("Example News (c) 2021").unwrap().value, 2021);
/// assert!(parse_copyright_year("Copyright law changed in many ways").is_err());
/// ```
pub fn parse_copyright_year(line: &str) -> Result<Parsed<'_, i32>, MiscError> {
    if line.len() > 400 {
        return Err(MiscError::NoMatch);
    }
    let lower = line.to_ascii_lowercase();
    // Every place a notice may start; the first that parses wins.
    let starts = line
        .match_indices('©')
        .map(|(k, _)| k)
        .chain(lower.match_indices("(c)").map(|(k, _)| k))
        .chain(lower.match_indices("copyright").map(|(k, _)| k));
    for k in starts {
        let Some(rest) = line.get(k..) else { continue };
        if let Ok((after, y)) = copyright_notice(rest)
            && (1990..=2100).contains(&y)
            // "2019" not followed by more digits ("20190").
            && !after.starts_with(|c: char| c.is_ascii_digit())
        {
            let end = line.len() - after.len();
            return Ok(Parsed::new(y, after, Span::new(k, end)));
        }
    }
    Err(MiscError::NoMatch)
}

#[cfg(test)]
mod tests;
