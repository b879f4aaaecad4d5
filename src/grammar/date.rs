//! Dates: absolute, labelled and relative date phrases.
//!
//! STUB: the API below is fixed; the implementation is being written.

use chrono::{DateTime, FixedOffset};

use super::Parsed;
use crate::DateValue;

/// How to read an all-numeric date such as `04/03/2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum DayOrder {
    /// Decide from the values (a part above 12 is the day); when both are
    /// possible, month first.
    #[default]
    Auto,
    /// `dd/mm/yyyy`, as in Europe and the UK.
    DayFirst,
    /// `mm/dd/yyyy`, as in the US.
    MonthFirst,
}

/// Settings for the date grammar.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DateOptions {
    /// The time relative dates ("2 hours ago") are resolved against, and after
    /// which a date is rejected as being in the future. `None`: relative dates
    /// stay unresolved.
    pub reference: Option<DateTime<FixedOffset>>,
    /// Reading of all-numeric dates.
    pub day_order: DayOrder,
    /// Dates before this year are rejected.
    pub min_year: i32,
}

impl Default for DateOptions {
    fn default() -> Self {
        DateOptions {
            reference: None,
            day_order: DayOrder::Auto,
            min_year: 1900,
        }
    }
}

/// What a date label says the date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateRole {
    /// "Published", "Posted on", "First published", "date", "Publié le".
    Published,
    /// "Updated", "Last updated on", "Modified", "Aktualisiert am".
    Updated,
    /// No label was printed.
    Unlabelled,
}

/// One date phrase.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DateMatch {
    /// The value; `None` for a relative date without a reference time.
    pub value: Option<DateValue>,
    /// True for relative phrases ("2 hours ago", "yesterday").
    pub relative: bool,
}

/// One labelled (or unlabelled) date of a date line.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DateEntry {
    /// Published, updated or unlabelled.
    pub role: DateRole,
    /// The date.
    pub date: DateMatch,
    /// The date phrase as printed.
    pub raw: String,
}

/// Why a date grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// No date phrase here.
    #[error("no date phrase")]
    NoMatch,
    /// A date phrase naming an impossible date (31 February, month 13).
    #[error("impossible date")]
    Impossible,
    /// A date after the reference time or before the minimum year.
    #[error("date out of range")]
    OutOfRange,
}

/// Parses a date phrase at the start of `input`.
pub fn parse_date<'a>(
    input: &'a str,
    opts: &DateOptions,
) -> Result<Parsed<'a, DateMatch>, DateError> {
    let _ = (input, opts);
    Err(DateError::NoMatch)
}

/// Finds the first date phrase anywhere in `line`.
pub fn find_date<'a>(line: &'a str, opts: &DateOptions) -> Option<Parsed<'a, DateMatch>> {
    let _ = (line, opts);
    None
}

/// Parses a line made of (labelled) dates; `rest` is what follows the last one.
pub fn parse_date_line<'a>(
    line: &'a str,
    opts: &DateOptions,
) -> Result<Parsed<'a, Vec<DateEntry>>, DateError> {
    let _ = (line, opts);
    Err(DateError::NoMatch)
}
