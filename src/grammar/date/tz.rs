//! Time-zone abbreviations and their UTC offsets.
//!
//! Abbreviations are matched case-sensitively in upper case (`EST`, not
//! `est`, which is a French word). The table, in hours east of UTC:
//!
//! | Abbreviation | Offset | Zone |
//! |---|---|---|
//! | `UTC` `UT` `GMT` `Z` | +00:00 | Universal / Greenwich |
//! | `WET` / `WEST` | +00:00 / +01:00 | Western European |
//! | `BST` | +01:00 | British Summer Time |
//! | `IST` | +05:30 | India (Irish Standard Time +01:00 with [`DateOptions::ist_is_irish`]) |
//! | `CET` `MEZ` / `CEST` `MESZ` | +01:00 / +02:00 | Central European |
//! | `EET` / `EEST` | +02:00 / +03:00 | Eastern European |
//! | `MSK` | +03:00 | Moscow |
//! | `TRT` | +03:00 | Turkey |
//! | `GST` | +04:00 | Gulf |
//! | `IRST` | +03:30 | Iran |
//! | `PKT` | +05:00 | Pakistan |
//! | `NPT` | +05:45 | Nepal |
//! | `ICT` `WIB` | +07:00 | Indochina, Western Indonesia |
//! | `SGT` `HKT` `PHT` `MYT` `AWST` `WITA` | +08:00 | Singapore, Hong Kong, Philippines, Malaysia, Western Australia, Central Indonesia |
//! | `JST` `KST` `WIT` | +09:00 | Japan, Korea, Eastern Indonesia |
//! | `ACST` / `ACDT` | +09:30 / +10:30 | Central Australia |
//! | `AEST` / `AEDT` | +10:00 / +11:00 | Eastern Australia |
//! | `NZST` / `NZDT` | +12:00 / +13:00 | New Zealand |
//! | `SAST` `CAT` | +02:00 | South Africa, Central Africa |
//! | `EAT` | +03:00 | East Africa |
//! | `WAT` | +01:00 | West Africa |
//! | `BRT` `ART` | −03:00 | Brasília, Argentina |
//! | `CLT` | −04:00 | Chile |
//! | `COT` `PET` | −05:00 | Colombia, Peru |
//! | `NST` / `NDT` | −03:30 / −02:30 | Newfoundland |
//! | `AST` / `ADT` | −04:00 / −03:00 | Atlantic |
//! | `EST` / `EDT` | −05:00 / −04:00 | US Eastern |
//! | `CST` / `CDT` | −06:00 / −05:00 | US Central (not China) |
//! | `MST` / `MDT` | −07:00 / −06:00 | US Mountain |
//! | `PST` / `PDT` | −08:00 / −07:00 | US Pacific |
//! | `AKST` / `AKDT` | −09:00 / −08:00 | Alaska |
//! | `HST` | −10:00 | Hawaii |
//! | `ET` `CT` `MT` `PT` | US standard or daylight offset | generic US zones |
//!
//! The generic US zones (`ET`, `CT`, `MT`, `PT`) take the daylight offset
//! when the printed calendar day lies between the second Sunday of March
//! (inclusive) and the first Sunday of November (exclusive), the US rule since
//! 2007, and the standard offset otherwise. Other abbreviations and offsets can
//! be added or overridden with [`DateOptions::with_zone`]; [`zone_offset`]
//! looks an abbreviation up.

use chrono::{Datelike, FixedOffset, NaiveDate, Weekday};

use super::DateOptions;

const H: i32 = 3600;

/// How an abbreviation maps to an offset.
#[derive(Clone, Copy)]
enum Kind {
    /// A fixed offset in seconds.
    Fixed(i32),
    /// A generic US zone: standard offset in seconds, daylight one hour more.
    Us(i32),
    /// `IST`: India by default, Ireland when configured.
    Ist,
}

#[rustfmt::skip]
static ZONES: &[(&str, Kind)] = &[
    ("UTC", Kind::Fixed(0)), ("UT", Kind::Fixed(0)), ("GMT", Kind::Fixed(0)),
    ("Z", Kind::Fixed(0)), ("WET", Kind::Fixed(0)), ("WEST", Kind::Fixed(H)),
    ("BST", Kind::Fixed(H)), ("IST", Kind::Ist), ("CET", Kind::Fixed(H)),
    ("MEZ", Kind::Fixed(H)), ("CEST", Kind::Fixed(2 * H)), ("MESZ", Kind::Fixed(2 * H)),
    ("EET", Kind::Fixed(2 * H)), ("EEST", Kind::Fixed(3 * H)), ("MSK", Kind::Fixed(3 * H)),
    ("TRT", Kind::Fixed(3 * H)), ("GST", Kind::Fixed(4 * H)),
    ("IRST", Kind::Fixed(3 * H + 1800)), ("PKT", Kind::Fixed(5 * H)),
    ("NPT", Kind::Fixed(5 * H + 2700)), ("ICT", Kind::Fixed(7 * H)),
    ("WIB", Kind::Fixed(7 * H)), ("SGT", Kind::Fixed(8 * H)), ("HKT", Kind::Fixed(8 * H)),
    ("PHT", Kind::Fixed(8 * H)), ("MYT", Kind::Fixed(8 * H)), ("AWST", Kind::Fixed(8 * H)),
    ("WITA", Kind::Fixed(8 * H)), ("JST", Kind::Fixed(9 * H)), ("KST", Kind::Fixed(9 * H)),
    ("WIT", Kind::Fixed(9 * H)), ("ACST", Kind::Fixed(9 * H + 1800)),
    ("ACDT", Kind::Fixed(10 * H + 1800)), ("AEST", Kind::Fixed(10 * H)),
    ("AEDT", Kind::Fixed(11 * H)), ("NZST", Kind::Fixed(12 * H)),
    ("NZDT", Kind::Fixed(13 * H)), ("SAST", Kind::Fixed(2 * H)), ("CAT", Kind::Fixed(2 * H)),
    ("EAT", Kind::Fixed(3 * H)), ("WAT", Kind::Fixed(H)), ("BRT", Kind::Fixed(-3 * H)),
    ("ART", Kind::Fixed(-3 * H)), ("CLT", Kind::Fixed(-4 * H)), ("COT", Kind::Fixed(-5 * H)),
    ("PET", Kind::Fixed(-5 * H)), ("NST", Kind::Fixed(-3 * H - 1800)),
    ("NDT", Kind::Fixed(-2 * H - 1800)), ("AST", Kind::Fixed(-4 * H)),
    ("ADT", Kind::Fixed(-3 * H)), ("EST", Kind::Fixed(-5 * H)), ("EDT", Kind::Fixed(-4 * H)),
    ("CST", Kind::Fixed(-6 * H)), ("CDT", Kind::Fixed(-5 * H)), ("MST", Kind::Fixed(-7 * H)),
    ("MDT", Kind::Fixed(-6 * H)), ("PST", Kind::Fixed(-8 * H)), ("PDT", Kind::Fixed(-7 * H)),
    ("AKST", Kind::Fixed(-9 * H)), ("AKDT", Kind::Fixed(-8 * H)),
    ("HST", Kind::Fixed(-10 * H)), ("ET", Kind::Us(-5 * H)), ("CT", Kind::Us(-6 * H)),
    ("MT", Kind::Us(-7 * H)), ("PT", Kind::Us(-8 * H)),
];

/// True when `abbr` is a known zone abbreviation (table or options).
pub(super) fn is_zone(abbr: &str, opts: &DateOptions) -> bool {
    opts.zones.iter().any(|(name, _)| name == abbr) || ZONES.iter().any(|(n, _)| *n == abbr)
}

/// The UTC offset the abbreviation `abbr` (upper case, as printed) stands
/// for on the calendar day `date`, after the overrides of `opts`; `None` for
/// an unknown abbreviation.
///
/// ```
/// use chrono::NaiveDate;
/// use newsclip::grammar::date::{DateOptions, tz::zone_offset};
///
/// let winter = NaiveDate::from_ymd_opt(2025, 1, 10).unwrap();
/// let summer = NaiveDate::from_ymd_opt(2025, 7, 10).unwrap();
/// let opts = DateOptions::default();
/// assert_eq!(zone_offset("ET", winter, &opts).unwrap().to_string(), "-05:00");
/// assert_eq!(zone_offset("ET", summer, &opts).unwrap().to_string(), "-04:00");
/// assert_eq!(zone_offset("IST", summer, &opts).unwrap().to_string(), "+05:30");
/// assert!(zone_offset("est", summer, &opts).is_none());
/// ```
pub fn zone_offset(abbr: &str, date: NaiveDate, opts: &DateOptions) -> Option<FixedOffset> {
    offset(abbr, date, opts).and_then(FixedOffset::east_opt)
}

/// The offset in seconds east of UTC of `abbr` on the calendar day `date`.
pub(super) fn offset(abbr: &str, date: NaiveDate, opts: &DateOptions) -> Option<i32> {
    if let Some((_, off)) = opts.zones.iter().find(|(name, _)| name == abbr) {
        return Some(off.local_minus_utc());
    }
    let (_, kind) = ZONES.iter().find(|(n, _)| *n == abbr)?;
    Some(match *kind {
        Kind::Fixed(s) => s,
        Kind::Us(s) if us_daylight(date) => s + H,
        Kind::Us(s) => s,
        Kind::Ist if opts.ist_is_irish => H,
        Kind::Ist => 5 * H + 1800,
    })
}

/// US daylight saving time on `date`: from the second Sunday of March to the
/// day before the first Sunday of November.
fn us_daylight(date: NaiveDate) -> bool {
    let y = date.year();
    match (
        NaiveDate::from_weekday_of_month_opt(y, 3, Weekday::Sun, 2),
        NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Sun, 1),
    ) {
        (Some(start), Some(end)) => date >= start && date < end,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_us_zones_follow_dst() {
        let o = DateOptions::default();
        let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
        assert_eq!(offset("ET", d(3, 4), &o), Some(-5 * H));
        assert_eq!(offset("ET", d(3, 9), &o), Some(-4 * H));
        assert_eq!(offset("PT", d(11, 1), &o), Some(-7 * H));
        assert_eq!(offset("PT", d(11, 2), &o), Some(-8 * H));
        assert_eq!(offset("IST", d(1, 1), &o), Some(5 * H + 1800));
        let irish = DateOptions::default().with_ist_is_irish(true);
        assert_eq!(offset("IST", d(1, 1), &irish), Some(H));
        assert_eq!(offset("XYZ", d(1, 1), &o), None);
    }
}
