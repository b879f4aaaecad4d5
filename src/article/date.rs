//! [`DateValue`]: a calendar value as precise as the page printed it, serialised
//! as ISO 8601.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// A calendar value that remembers how precise the page was.
///
/// Serialises as ISO 8601: `2025-03-04`, `2025-03-04T14:30:00` (a wall-clock
/// time whose zone the page did not give) or `2025-03-04T12:30:00-05:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateValue {
    /// A calendar day.
    Date(NaiveDate),
    /// A date and wall-clock time with no known offset.
    Local(NaiveDateTime),
    /// A date and time with a known UTC offset.
    DateTime(DateTime<FixedOffset>),
}

impl DateValue {
    /// The calendar day as printed on the page (in the page's own zone).
    pub fn date(&self) -> NaiveDate {
        match self {
            DateValue::Date(d) => *d,
            DateValue::Local(dt) => dt.date(),
            DateValue::DateTime(dt) => dt.date_naive(),
        }
    }

    /// Parses the ISO 8601 forms this type serialises to.
    pub fn parse_iso(s: &str) -> Option<DateValue> {
        if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
            return Some(DateValue::DateTime(dt));
        }
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
            return Some(DateValue::Local(dt));
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .map(DateValue::Date)
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            DateValue::Local(dt) => write!(f, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
            DateValue::DateTime(dt) => write!(f, "{}", dt.to_rfc3339()),
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateValue::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO 8601 date: {s:?}")))
    }
}
