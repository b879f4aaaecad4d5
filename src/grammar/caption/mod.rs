//! Photo captions and their credits.
//!
//! A caption line is its text, with an optional label before it ("Photo for
//! illustrative purposes.", "FILE -") and an optional credit after it
//! ("(AP Photo/Mark Delaney)", "REUTERS/Hannah Whitley", "Foto: Jonas
//! Weber/dpa", "Credit...Doug Mills/The New York Times").
//!
//! ```text
//! caption      := counter? label* text? trailer? credit? junk?
//! counter      := "[" n "/" n "]" | n "of" n | n "/" n
//! label        := "Photo for illustrative purposes." | "File photo:" | "FILE -" | "Photo:" | ...
//! credit       := "(" credit_body ")"                     -- bracket: must look like a credit
//!               | marker credit_body                      -- "Photo:", "Foto:", "Credit...", "©"
//!               | sentence_end bare_credit                -- "REUTERS/Name", "AFP", "Getty Images"
//! trailer      := "(" trailing_label ")"                  -- "(Symbolbild)", "(file photo)"
//! junk         := "Purchase Licensing Rights" | ", opens new tab"
//! ```
//!
//! Choices: a credit keeps its printed form without its marker, "©", a year
//! or "All rights reserved"; "(Photo by Jane Doe/AFP)" gives "Jane Doe/AFP";
//! AP's ", File" suffix is dropped; a gallery counter is dropped.

mod clean;
mod credit;
mod label;
mod markers;
mod org;
mod split;
mod unknown_label;

pub use org::credit_organisation;
pub use unknown_label::{unknown_by_credit, unknown_label_credit};

use super::Parsed;
use super::prim::offset_in;
use crate::Span;
use clean::clean_credit;
use credit::{is_bare_credit, marker_credit, needs_space_after, paren_credit, strip_prefix_ci};
use label::{leading_label, strip_gallery_counter};
use split::{split_tail, strip_junk, trailing_paren};

/// Longest line the caption grammar looks at, in bytes.
pub const MAX_CAPTION_BYTES: usize = 2000;
/// How far from the end of a caption a credit is looked for, in bytes.
const TAIL_BYTES: usize = 300;

/// A caption split into its text, credit and label.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CaptionParts {
    /// The caption text without credit and label.
    pub text: String,
    /// The credit as printed, without "Photo:", "©" or a year.
    pub credit: Option<String>,
    /// A label that was removed ("Photo for illustrative purposes.", "File photo:").
    pub label: Option<String>,
}

/// Why the caption grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaptionError {
    /// No credit or caption label was recognised.
    #[error("no caption credit or label")]
    NoMatch,
    /// The line is longer than a caption (or a credit line) can be.
    #[error("line too long for a caption")]
    TooLong,
    /// The line is empty.
    #[error("empty line")]
    Empty,
}

/// Parses a caption line that carries a credit or a caption label.
///
/// `rest` is empty and `span` covers the line without surrounding white
/// space. A line that is only a credit gives an empty `text`.
///
/// ```
/// use newsclip::grammar::caption::parse_caption;
/// let p = parse_caption("Crews clear debris on Sunday. (Harjit Sandhu/Pacific Broadcast News)").unwrap();
/// assert_eq!(p.value.text, "Crews clear debris on Sunday.");
/// assert_eq!(p.value.credit.as_deref(), Some("Harjit Sandhu/Pacific Broadcast News"));
///
/// let p = parse_caption("Kinder spielen in Hannover. Foto: Jonas Weber/dpa").unwrap();
/// assert_eq!(p.value.credit.as_deref(), Some("Jonas Weber/dpa"));
///
/// // A bracket that is no credit:
/// assert!(parse_caption("Sen. Jim Risch (R-Idaho) spoke on Tuesday.").is_err());
/// ```
pub fn parse_caption(line: &str) -> Result<Parsed<'_, CaptionParts>, CaptionError> {
    caption(line, false)
}

/// [`parse_caption`] of a line that [`parse_credit_line`] found no credit in
/// (it answered [`CaptionError::NoMatch`]): the test whether the whole line
/// is a credit is not run again.
pub(crate) fn parse_caption_not_credit(
    line: &str,
) -> Result<Parsed<'_, CaptionParts>, CaptionError> {
    caption(line, true)
}

/// [`parse_caption`]; `not_credit`: the line is known not to be a credit alone.
fn caption(line: &str, not_credit: bool) -> Result<Parsed<'_, CaptionParts>, CaptionError> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Err(CaptionError::Empty);
    }
    if trimmed.len() > MAX_CAPTION_BYTES {
        return Err(CaptionError::TooLong);
    }
    let start = offset_in(line, trimmed);
    let span = Span::new(start, start + trimmed.len());
    let body = strip_gallery_counter(trimmed);
    if let Some(credit) = (!not_credit).then(|| credit_only(body)).flatten() {
        let parts = CaptionParts {
            text: String::new(),
            credit: Some(credit),
            label: None,
        };
        return Ok(Parsed::new(parts, "", span));
    }
    let mut labels: Vec<&str> = Vec::new();
    let mut body = body;
    while let Some((printed, rest)) = leading_label(body) {
        if labels.len() >= 3 {
            break;
        }
        labels.push(printed);
        body = rest;
    }
    let split = split_tail(body);
    if let Some(l) = split.label {
        labels.push(l);
    }
    if split.credit.is_none() && labels.is_empty() {
        return Err(CaptionError::NoMatch);
    }
    let parts = CaptionParts {
        text: split.text.trim().to_string(),
        credit: split.credit,
        label: (!labels.is_empty()).then(|| labels.join(" ")),
    };
    Ok(Parsed::new(parts, "", span))
}

/// Parses a line that is only a credit ("Image credit: Mikko Laine").
///
/// Accepted: a marker and a credit ("Photo: REUTERS/Name", "© AFP 2025",
/// "Credit...Name/The New York Times", "Foto: dpa"), a bracketed credit
/// ("(AP Photo/Mark Delaney)") and a credit that needs no marker ("Getty
/// Images", "AP Photo/Evan Vucci"). Not a plain name ("Mikko Laine") nor a
/// bare agency name ("AFP": that may be a byline), nor a label.
///
/// ```
/// use newsclip::grammar::caption::parse_credit_line;
/// assert_eq!(parse_credit_line("Image credit: Mikko Laine").unwrap().value, "Mikko Laine");
/// assert_eq!(parse_credit_line("© AFP 2025").unwrap().value, "AFP");
/// assert!(parse_credit_line("Mikko Laine").is_err());
/// ```
pub fn parse_credit_line(line: &str) -> Result<Parsed<'_, String>, CaptionError> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Err(CaptionError::Empty);
    }
    if trimmed.len() > TAIL_BYTES {
        return Err(CaptionError::TooLong);
    }
    let start = offset_in(line, trimmed);
    let span = Span::new(start, start + trimmed.len());
    credit_only(strip_gallery_counter(trimmed))
        .map(|c| Parsed::new(c, "", span))
        .ok_or(CaptionError::NoMatch)
}

/// Splits a caption into its text and credit; `None` without a credit.
///
/// ```
/// use newsclip::grammar::caption::split_credit;
/// assert_eq!(
///     split_credit("Trump meets Zelensky in Washington. (AP)"),
///     Some(("Trump meets Zelensky in Washington.".to_string(), "AP".to_string()))
/// );
/// ```
pub fn split_credit(line: &str) -> Option<(String, String)> {
    let p = parse_caption(line).ok()?.value;
    let credit = p.credit?;
    Some((p.text, credit))
}

/// True when `line` opens with a caption label ("Image caption,", "FILE
/// PHOTO:", "Symbolbild:").
pub(crate) fn opens_with_label(line: &str) -> bool {
    line.len() <= TAIL_BYTES && label::leading_label(line.trim()).is_some()
}

/// True when the whole line is a caption label ("Photo for illustrative
/// purposes.", "Symbolbild", "FILE PHOTO:").
///
/// ```
/// use newsclip::grammar::caption::is_caption_label;
/// assert!(is_caption_label("Photo for illustrative purposes."));
/// assert!(!is_caption_label("Photos of the day"));
/// ```
pub fn is_caption_label(line: &str) -> bool {
    line.len() <= TAIL_BYTES && label::is_label_line(line)
}

/// True when two lines are the same caption, ignoring credit, label,
/// punctuation, case and white space (a caption repeated as alt text).
///
/// ```
/// use newsclip::grammar::caption::same_caption;
/// assert!(same_caption(
///     "Shoppers walk along Oxford Street. REUTERS/Hannah Whitley",
///     "shoppers walk along Oxford Street"
/// ));
/// assert!(!same_caption("Shoppers walk", "Shoppers run"));
/// ```
pub fn same_caption(a: &str, b: &str) -> bool {
    let na = normalise(a);
    !na.is_empty() && na == normalise(b)
}

fn normalise(line: &str) -> String {
    let text = match parse_caption(line) {
        Ok(p) if !p.value.text.is_empty() => p.value.text,
        _ => strip_gallery_counter(line.trim()).to_string(),
    };
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A line that is only a credit, cleaned.
fn credit_only(s: &str) -> Option<String> {
    let s = strip_junk(s.trim());
    if s.is_empty() || s.len() > TAIL_BYTES {
        return None;
    }
    if let Some((before, inner)) = trailing_paren(s) {
        if before.is_empty() {
            return paren_credit(inner);
        }
    }
    match marked_credit(s) {
        Some(Some(credit)) => return Some(credit),
        // A marker that is a bare photo word ("Fot.") is read below.
        Some(None) if after_bare_photo_word(s).is_none() => return None,
        _ => {}
    }
    if let Some((word, rest)) = after_bare_photo_word(s) {
        // "Fot." is no word of a sentence: what follows is the credit
        // ("Fot. Archiwum chóru „Echo”").
        let abbreviated = word.ends_with('.')
            && rest.split_whitespace().count() <= ABBREVIATED_CREDIT_WORDS
            && !rest.ends_with(['.', '!', '?']);
        return (abbreviated || is_bare_credit(rest, true)).then(|| clean_credit(rest));
    }
    is_bare_credit(s, false).then(|| clean_credit(s))
}

/// Most words of a credit after an abbreviated photo word ("Fot.").
const ABBREVIATED_CREDIT_WORDS: usize = 6;

/// The credit of `s` when a credit marker opens it ("Photo: ...");
/// `Some(None)` when the marker's credit is empty or no credit.
fn marked_credit(s: &str) -> Option<Option<String>> {
    // (Only the markers opening with the line's first byte can match.)
    for marker in markers::markers_opening(s) {
        // `strip_prefix_ci` is `s.to_ascii_lowercase().starts_with(marker)`
        // (markers are lower-case; a prefix equal to a whole marker ends on
        // a character boundary) without lower-casing the line.
        if let Some(body) = strip_prefix_ci(s, marker) {
            if needs_space_after(marker) && !body.starts_with(char::is_whitespace) {
                continue;
            }
            return Some(marker_credit(marker, body));
        }
    }
    None
}

/// Photo words printed before a credit without a colon ("Foto ANP /
/// Jeroen Hofstede", "Fot. Tomasz Gil"), lower case.
const BARE_PHOTO_WORDS: &[&str] = &["foto", "fot.", "photo", "bild", "фото", "fotó"];

/// What follows a photo word printed without a colon at the start of `s`
/// ("Foto ANP / Jeroen Hofstede" gives "ANP / Jeroen Hofstede"), when a
/// capital opens it.
fn after_bare_photo_word(s: &str) -> Option<(&str, &str)> {
    let (word, rest) = s.split_once(' ')?;
    let rest = rest.trim_start();
    let photo = crate::table::with_lower(word, |l| BARE_PHOTO_WORDS.contains(&l));
    (photo && rest.starts_with(char::is_uppercase)).then_some((word, rest))
}

/// True when `s` opens with a photo word printed without a colon and a
/// capitalised word after it ("Foto ANP", "Fot. Tomasz Gil").
pub(crate) fn opens_with_bare_photo_word(s: &str) -> bool {
    after_bare_photo_word(s.trim()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_brackets_are_cheap() {
        let s = format!("{})", "(".repeat(100_000));
        assert!(parse_caption(&s).is_err());
        assert!(parse_credit_line(&s).is_err());
        let s = format!("x {}", ")".repeat(1_500));
        assert!(parse_caption(&s).is_err());
    }
}
