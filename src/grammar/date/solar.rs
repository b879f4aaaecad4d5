//! Dates of the Solar Hijri calendar, which Iranian and Afghan pages print
//! ("۲۸ اسفند ۱۴۰۳", "21 ارديبهشت 1399", "۵ حمل ۱۴۰۴"), read as the
//! Gregorian day they name.
//!
//! ```text
//! solar_dmy = day ws0 solar_month ws0 year      (year 1300 to 1500)
//! ```
//!
//! The month names are the Iranian ones and the Afghan (Dari) ones, in the
//! Persian and the Arabic spellings of "ی" and "ک".

use chrono::NaiveDate;
use nom::Parser;
use nom::combinator::map_opt;

use super::absolute::RawDate;
use super::prim::{R, num, word, ws0};
use crate::table::WordMap;

/// The Solar Hijri month names with their numbers.
#[rustfmt::skip]
static SOLAR_MONTHS: WordMap<u32> = WordMap::new(&[
    // Iran
    ("فروردین", 1), ("فروردين", 1), ("اردیبهشت", 2), ("ارديبهشت", 2), ("خرداد", 3),
    ("تیر", 4), ("تير", 4), ("مرداد", 5), ("امرداد", 5), ("شهریور", 6), ("شهريور", 6),
    ("مهر", 7), ("آبان", 8), ("آذر", 9), ("دی", 10), ("دي", 10), ("بهمن", 11),
    ("اسفند", 12),
    // Afghanistan
    ("حمل", 1), ("ثور", 2), ("جوزا", 3), ("سرطان", 4), ("اسد", 5), ("سنبله", 6),
    ("میزان", 7), ("ميزان", 7), ("عقرب", 8), ("قوس", 9), ("جدی", 10), ("جدي", 10),
    ("دلو", 11), ("حوت", 12),
]);

/// The years of the calendar a page dates a story in.
const YEARS: std::ops::RangeInclusive<u32> = 1300..=1500;

/// `solar_dmy`: a Solar Hijri day, month name and year, as the Gregorian
/// date it names.
pub(super) fn solar_dmy(i: &str) -> R<'_, RawDate> {
    let (i, d) = num(1, 2)(i)?;
    let (i, _) = ws0(i)?;
    let (i, m) = map_opt(word, |w| SOLAR_MONTHS.get(w)).parse(i)?;
    let (i, _) = ws0(i)?;
    map_opt(num(4, 4), move |y| {
        let g = gregorian(y, m, d)?;
        Some(RawDate::Ymd(
            u32::try_from(chrono::Datelike::year(&g)).ok()?,
            chrono::Datelike::month(&g),
            chrono::Datelike::day(&g),
        ))
    })
    .parse(i)
}

/// The Gregorian day of day `d` of month `m` of Solar Hijri year `y` (a
/// year of [`YEARS`]), by the 33-year leap cycle and its break years (the
/// arithmetic of Borkowski's algorithm, exact over these years).
pub(super) fn gregorian(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    let longest = match m {
        1..=6 => 31,
        7..=12 => 30,
        _ => return None,
    };
    if !YEARS.contains(&y) || d == 0 || d > longest {
        return None;
    }
    let (gy, march) = new_year(i32::try_from(y).ok()?);
    let days = if m <= 6 {
        (m - 1) * 31
    } else {
        186 + (m - 7) * 30
    } + d
        - 1;
    NaiveDate::from_ymd_opt(gy, 3, u32::try_from(march).ok()?)?
        .checked_add_days(chrono::Days::new(u64::from(days)))
}

/// The Gregorian year in which Solar Hijri year `jy` starts, and the day of
/// March of its first day.
fn new_year(jy: i32) -> (i32, i32) {
    const BREAKS: [i32; 20] = [
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
        2394, 2456, 3178,
    ];
    let gy = jy + 621;
    let (mut leap, mut jp, mut jump) = (-14, BREAKS[0], 0);
    for &jm in &BREAKS[1..] {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    let n = jy - jp;
    leap += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap += 1;
    }
    let leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    (gy, 20 + leap - leap_g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_convert() {
        for (s, g) in [
            ((1403, 12, 28), "2025-03-18"),
            ((1404, 1, 1), "2025-03-21"),
            ((1403, 1, 1), "2024-03-20"),
            ((1399, 2, 21), "2020-05-10"),
            ((1398, 11, 29), "2020-02-18"),
            ((1399, 4, 2), "2020-06-22"),
            ((1300, 1, 1), "1921-03-21"),
        ] {
            assert_eq!(gregorian(s.0, s.1, s.2).unwrap().to_string(), g, "{s:?}");
        }
        assert!(gregorian(1403, 7, 31).is_none());
        assert!(gregorian(2025, 1, 1).is_none());
        assert!(gregorian(1403, 13, 1).is_none());
    }

    #[test]
    fn the_production_reads_both_spellings() {
        assert_eq!(
            solar_dmy("21 ارديبهشت 1399 - 18:59").unwrap().1,
            RawDate::Ymd(2020, 5, 10)
        );
        assert_eq!(
            solar_dmy("28 اسفند 1403").unwrap().1,
            RawDate::Ymd(2025, 3, 18)
        );
        assert!(solar_dmy("28 اسفند 2025").is_err());
        assert!(solar_dmy("28 March 1403").is_err());
    }
}
