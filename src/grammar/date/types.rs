//! The date grammar's settings ([`DayOrder`], [`DateOptions`]) and what it
//! returns: [`DateMatch`], [`DateEntry`] (with its [`DateRole`]) and
//! [`DateError`].

use chrono::{DateTime, FixedOffset};

use crate::DateValue;

/// How to read an all-numeric date such as `04/03/2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum DayOrder {
    /// Decide from the values (a part above 12 is the day); when both are
    /// possible, dotted dates (`04.03.2025`) are day first, as in Europe, and
    /// slashed or dashed ones (`04/03/2025`) month first.
    #[default]
    Auto,
    /// `dd/mm/yyyy`, as in Europe and the UK.
    DayFirst,
    /// `mm/dd/yyyy`, as in the US.
    MonthFirst,
}

/// Settings for the date grammar.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DateOptions {
    /// The time relative dates ("2 hours ago") are resolved against; a
    /// printed date after it is kept and flagged
    /// ([`DateMatch::after_reference`]). `None`: relative dates stay
    /// unresolved.
    pub reference: Option<DateTime<FixedOffset>>,
    /// Reading of all-numeric dates.
    pub day_order: DayOrder,
    /// Dates before this year are rejected.
    pub min_year: i32,
    /// Read `IST` as Irish Standard Time (+01:00) instead of India (+05:30).
    pub ist_is_irish: bool,
    /// Extra or overriding zone abbreviations (upper case) and their offsets,
    /// checked before the built-in table.
    pub zones: Vec<(String, FixedOffset)>,
    /// The year the page was printed in, when known from the page itself
    /// (its copyright notice): dates printed without a year ("Nov 18") are
    /// read in that year when there is no `reference` time. A guess, so the
    /// parser warns when it uses it.
    pub page_year: Option<i32>,
    /// The order the page's first lines vote for, read when `day_order`
    /// is [`DayOrder::Auto`] (voted when a date first needs it).
    pub(crate) voted: Option<super::VotedOrder>,
}

/// Settings are equal when they read dates alike: the day orders compared
/// are the ones dates are read in (`day_order`, or the page's vote when
/// that is [`DayOrder::Auto`]).
impl PartialEq for DateOptions {
    fn eq(&self, other: &Self) -> bool {
        self.reference == other.reference
            && self.order() == other.order()
            && self.min_year == other.min_year
            && self.ist_is_irish == other.ist_is_irish
            && self.zones == other.zones
            && self.page_year == other.page_year
    }
}

impl Default for DateOptions {
    fn default() -> Self {
        DateOptions {
            reference: None,
            day_order: DayOrder::Auto,
            min_year: 1900,
            ist_is_irish: false,
            zones: Vec::new(),
            page_year: None,
            voted: None,
        }
    }
}

impl DateOptions {
    /// The order all-numeric dates are read in: `day_order`, or when that
    /// is [`DayOrder::Auto`], the order the page votes for (if it was given
    /// one to vote).
    pub(crate) fn order(&self) -> DayOrder {
        match (self.day_order, &self.voted) {
            (DayOrder::Auto, Some(v)) => v.get(),
            (d, _) => d,
        }
    }

    /// Sets the reference time for relative dates.
    pub fn with_reference(mut self, reference: DateTime<FixedOffset>) -> Self {
        self.reference = Some(reference);
        self
    }

    /// Sets the reading of all-numeric dates.
    pub fn with_day_order(mut self, day_order: DayOrder) -> Self {
        self.day_order = day_order;
        self
    }

    /// Sets the year dates without a year are read in when there is no
    /// reference time (see [`DateOptions::page_year`]).
    pub fn with_page_year(mut self, year: i32) -> Self {
        self.page_year = Some(year);
        self
    }

    /// Sets the earliest accepted year.
    pub fn with_min_year(mut self, min_year: i32) -> Self {
        self.min_year = min_year;
        self
    }

    /// Reads `IST` as Irish (+01:00) rather than Indian (+05:30) time.
    pub fn with_ist_is_irish(mut self, irish: bool) -> Self {
        self.ist_is_irish = irish;
        self
    }

    /// Adds or overrides a zone abbreviation (matched in upper case, up to
    /// five letters), e.g. `("CST", +08:00)` for China.
    ///
    /// The built-in table is documented in [`tz`](super::tz).
    pub fn with_zone(mut self, abbr: &str, offset: FixedOffset) -> Self {
        self.zones.retain(|(a, _)| a != abbr);
        self.zones.push((abbr.to_string(), offset));
        self
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
    /// A status stamp ("Stand:", "as of"): the publication when the page
    /// prints no other, else the update.
    Status,
    /// No label was printed.
    Unlabelled,
}

/// One date phrase.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DateMatch {
    /// The value; `None` for a relative or year-less date without a
    /// reference time.
    pub value: Option<DateValue>,
    /// True when the value depends on the reference time: relative phrases
    /// ("2 hours ago", "yesterday") and dates printed without a year ("Nov
    /// 18", see `yearless`).
    pub relative: bool,
    /// True for a month and day printed without a year ("Nov 18, 6:55 AM",
    /// "Posted: November 20"): resolved to the most recent such day not after
    /// the reference time.
    pub yearless: bool,
    /// True for a time printed without a day ("14:30", "Updated 7:12"):
    /// the day of `value` comes from the reference time, not the page.
    pub time_only: bool,
    /// True when the printed date lies more than a day after the reference
    /// time: the date is kept, but the reference time looks wrong.
    pub after_reference: bool,
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
    /// A date before the minimum year.
    #[error("date out of range")]
    OutOfRange,
}
