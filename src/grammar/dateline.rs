//! Datelines that open a story: "KYIV:", "WASHINGTON (AP) —", "LONDON, Feb 3 (Reuters) -".
//!
//! STUB: the API below is fixed; the implementation is being written.

use super::Parsed;

/// A parsed dateline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Dateline {
    /// The place, as printed.
    pub place: String,
    /// (month, day) when the dateline carries a date without a year.
    pub month_day: Option<(u32, u32)>,
    /// The agency in the dateline, canonical short form.
    pub agency: Option<String>,
}

/// Why the dateline grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DatelineError {
    /// The paragraph does not open with a dateline.
    #[error("no dateline")]
    NoMatch,
}

/// Parses a dateline at the start of a paragraph; `rest` is the remainder.
pub fn parse_dateline(paragraph: &str) -> Result<Parsed<'_, Dateline>, DatelineError> {
    let _ = paragraph;
    Err(DatelineError::NoMatch)
}
