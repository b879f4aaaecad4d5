//! Building checked values from recognised phrases: calendar checks, zones,
//! relative arithmetic (all checked, never overflowing) and the range check.

use chrono::{
    DateTime, Datelike, FixedOffset, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta,
    TimeZone,
};

use super::absolute::{Raw, RawDate};
use super::time::RawTime;
use super::words::Unit;
use super::{DateError, DateMatch, DateOptions, DayOrder, tz};
use crate::DateValue;

/// The value of a recognised phrase, checked against the options.
pub(super) fn resolve(raw: Raw<'_>, o: &DateOptions) -> Result<DateMatch, DateError> {
    let mut yearless = false;
    let raw_kind = match raw {
        Raw::Abs { date: None, .. } => RawKind::TimeOnly,
        _ => RawKind::Other,
    };
    let (value, relative) = match raw {
        Raw::Abs {
            date: Some(RawDate::MonthDay(m, d)),
            time,
        } => {
            yearless = true;
            (month_day(m, d, time, o)?, true)
        }
        Raw::Abs {
            date: Some(d),
            time,
        } => {
            let date = calendar(d, o)?;
            let v = match time {
                Some(t) => at(date, t, o)?,
                None => DateValue::Date(date),
            };
            (Some(v), false)
        }
        Raw::Abs { date: None, time } => match time {
            Some(t) => (latest_at(t, o)?, true),
            None => return Err(DateError::NoMatch),
        },
        Raw::Ago(n, unit) => (o.reference.map(|r| ago(r, n, unit)).transpose()?, true),
        Raw::Day(back, time) => (
            o.reference.map(|r| day(r, back, time, o)).transpose()?,
            true,
        ),
        Raw::Now => (o.reference.map(DateValue::DateTime), true),
    };
    if value.as_ref().is_some_and(|v| v.date().year() < o.min_year) {
        return Err(DateError::OutOfRange);
    }
    // A printed date after the reference time is kept and flagged: the
    // reference is then wrong, not the page.
    let after_reference = match (&value, o.reference) {
        (Some(v), Some(r)) => after(v, &r, TimeDelta::days(1)),
        _ => false,
    };
    Ok(DateMatch {
        value,
        relative,
        yearless,
        time_only: matches!(raw_kind, RawKind::TimeOnly),
        after_reference,
    })
}

/// Whether a phrase printed a time alone.
enum RawKind {
    TimeOnly,
    Other,
}

/// The calendar day of a printed date.
fn calendar(d: RawDate, o: &DateOptions) -> Result<NaiveDate, DateError> {
    let (y, m, d) = match d {
        RawDate::Ymd(y, m, d) => (y, m, d),
        RawDate::MonthDay(..) => return Err(DateError::NoMatch),
        RawDate::Numeric { a, b, year, dotted } => {
            if a == 0 || b == 0 || a > 31 || b > 31 {
                return Err(DateError::NoMatch);
            }
            // (The page's vote is asked for only where it can matter: it
            // makes dates day first or leaves them to the values.)
            let day_first = match o.day_order {
                DayOrder::DayFirst => true,
                DayOrder::MonthFirst => false,
                _ if a > 12 => true,
                _ => match o.order() {
                    DayOrder::DayFirst => true,
                    _ if b > 12 => false,
                    _ => dotted,
                },
            };
            if day_first {
                (year, b, a)
            } else {
                (year, a, b)
            }
        }
    };
    let y = i32::try_from(common_era(y)).map_err(|_| DateError::OutOfRange)?;
    if y < o.min_year {
        return Err(DateError::OutOfRange);
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::Impossible)
}

/// Years of the Buddhist era (Thai dates: 2568 is 2025) in the Common
/// Era; no page dates a story in the years 2443 to 2643 of the Common Era,
/// the years 1900 to 2100 of the Buddhist one.
fn common_era(y: u32) -> u32 {
    if (2443..=2643).contains(&y) {
        y - 543
    } else {
        y
    }
}

/// A month and day printed without a year: the most recent such day not
/// after the reference day (with its time, if printed); without a
/// reference, that day in the page's year when it is known, else `None`.
/// Impossible days (30 February) are rejected either way.
fn month_day(
    m: u32,
    d: u32,
    t: Option<RawTime<'_>>,
    o: &DateOptions,
) -> Result<Option<DateValue>, DateError> {
    // 2000 is a leap year: every possible day exists in it.
    NaiveDate::from_ymd_opt(2000, m, d).ok_or(DateError::Impossible)?;
    if let Some(t) = &t {
        clock(t)?;
    }
    let Some(r) = o.reference else {
        let Some(date) = o.page_year.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)) else {
            return Ok(None);
        };
        return match t {
            Some(t) => at(date, t, o).map(Some),
            None => Ok(Some(DateValue::Date(date))),
        };
    };
    let today = r.date_naive();
    // 29 February: back to the last leap year (at most eight years).
    for back in 0..=8 {
        let Some(date) = today
            .year()
            .checked_sub(back)
            .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
        else {
            continue;
        };
        if date > today {
            continue;
        }
        return match t {
            Some(t) => at(date, t, o).map(Some),
            None => Ok(Some(DateValue::Date(date))),
        };
    }
    Err(DateError::OutOfRange)
}

/// The wall-clock time of a printed time.
fn clock(t: &RawTime<'_>) -> Result<NaiveTime, DateError> {
    let hour = match t.pm {
        Some(_) if t.hour == 0 || t.hour > 12 => return Err(DateError::Impossible),
        Some(true) => t.hour % 12 + 12,
        Some(false) => t.hour % 12,
        None => t.hour,
    };
    NaiveTime::from_hms_nano_opt(hour, t.minute, t.second, t.nano).ok_or(DateError::Impossible)
}

/// The offset of a printed zone on the calendar day `date`.
fn zone_offset(t: &RawTime<'_>, date: NaiveDate, o: &DateOptions) -> Option<Option<FixedOffset>> {
    let z = t.zone?;
    let base = match z.abbr {
        Some(a) => tz::offset(a, date, o),
        None => Some(0),
    };
    Some(base.and_then(|b| FixedOffset::east_opt(b + z.offset)))
}

/// `date` at the printed time: `Local` without a zone, `DateTime` with one.
fn at(date: NaiveDate, t: RawTime<'_>, o: &DateOptions) -> Result<DateValue, DateError> {
    let naive = NaiveDateTime::new(date, clock(&t)?);
    match zone_offset(&t, date, o) {
        None => Ok(DateValue::Local(naive)),
        Some(Some(off)) => off
            .from_local_datetime(&naive)
            .single()
            .map(DateValue::DateTime)
            .ok_or(DateError::Impossible),
        Some(None) => Err(DateError::Impossible),
    }
}

/// A time alone: that time on the reference day, or on the day before when
/// it would lie after the reference.
fn latest_at(t: RawTime<'_>, o: &DateOptions) -> Result<Option<DateValue>, DateError> {
    let Some(r) = o.reference else {
        clock(&t)?;
        return Ok(None);
    };
    let today = r.date_naive();
    let v = at(today, t, o)?;
    if after(&v, &r, TimeDelta::zero()) {
        let yesterday = today.pred_opt().ok_or(DateError::OutOfRange)?;
        return at(yesterday, t, o).map(Some);
    }
    Ok(Some(v))
}

/// True when `v` lies more than `slack` after `r`.
fn after(v: &DateValue, r: &DateTime<FixedOffset>, slack: TimeDelta) -> bool {
    let Some(limit) = r.checked_add_signed(slack) else {
        return false;
    };
    match v {
        DateValue::Date(d) => *d > limit.date_naive(),
        DateValue::Local(n) => *n > limit.naive_local(),
        DateValue::DateTime(dt) => *dt > limit,
    }
}

/// `r` minus `n` units, at the reference's offset.
fn ago(r: DateTime<FixedOffset>, n: u64, unit: Unit) -> Result<DateValue, DateError> {
    let n = i64::try_from(n).map_err(|_| DateError::OutOfRange)?;
    let secs = |per: i64| n.checked_mul(per).and_then(TimeDelta::try_seconds);
    let months = |per: u32| {
        u32::try_from(n)
            .ok()
            .and_then(|n| n.checked_mul(per))
            .and_then(|m| r.checked_sub_months(Months::new(m)))
    };
    let back = |d: Option<TimeDelta>| d.and_then(|d| r.checked_sub_signed(d));
    let v = match unit {
        Unit::Second => back(secs(1)),
        Unit::Minute => back(secs(60)),
        Unit::Hour => back(secs(3600)),
        Unit::Day => back(secs(86_400)),
        Unit::Week => back(secs(7 * 86_400)),
        Unit::Month => months(1),
        Unit::Year => months(12),
    };
    v.map(DateValue::DateTime).ok_or(DateError::OutOfRange)
}

/// "yesterday" and friends: the reference day minus `back`, with the time.
fn day(
    r: DateTime<FixedOffset>,
    back: i64,
    t: Option<RawTime<'_>>,
    o: &DateOptions,
) -> Result<DateValue, DateError> {
    let d = TimeDelta::try_days(back)
        .and_then(|b| r.date_naive().checked_sub_signed(b))
        .ok_or(DateError::OutOfRange)?;
    match t {
        Some(t) => at(d, t, o),
        None => Ok(DateValue::Date(d)),
    }
}
