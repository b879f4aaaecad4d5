//! Dates: absolute, labelled and relative date phrases.
//!
//! The grammar, in EBNF-like notation (each production is written again above
//! the parser that implements it):
//!
//! ```text
//! date_line = [label] phrase { sep [label] phrase } rest
//! label     = "Published" | "Posted on" | "Updated" | "Last updated on" | "date"
//!           | "Publié le" | "Veröffentlicht am" | "Aktualisiert am" | ... [":"]
//! phrase    = absolute | relative
//! absolute  = (time_first | [weekday] date [tail] | short_date tail
//!             | [weekday] month_day [tail] | time) end
//! date      = iso_date | ymd_num | numeric | solar_dmy | dmy | mdy | cjk
//! short_date= n "/" n "/" yy | n "." n "." yy              (only with a time after it)
//! month_day = month_en day | day month                     ("Nov 18": no year, see below)
//! year      = yyyy | yyyy &time                            ("20197:05 AM": glued to a time)
//! tail      = "T" time | [sep] [connector] time          ("at", "um", "à", ",")
//! time      = hour ":" minute [":" second] [ampm] [zone | "," tag] ["Uhr"]
//!           | hour ampm | hour "h" minute
//! tag       = zone | "UK" | "US"                          ("11:42, UK": a place printed as a zone)
//! end       = ? not a letter or digit ? | ? a capitalised label glued on ("2019Updated") ?
//! relative  = count unit "ago" | "vor" count unit | "il y a" count unit
//!           | "hace" count unit | count unit "назад" | "yesterday" [tail] | "just now" | ...
//! ```
//!
//! Month and weekday names are recognised in English, German, French,
//! Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian and many more
//! languages (see `months.rs`), Solar Hijri dates are read as the Gregorian
//! day they name (see `solar.rs`), and digits of other scripts ("۱۴۰۳",
//! "２０２５") as ASCII digits (see [`crate::grammar::digits`]); zone abbreviations follow the table in [`tz`]: `EST` →
//! −05:00, `IST` → +05:30 (or Irish +01:00), generic `ET`/`PT` by the US
//! daylight-saving rule.
//!
//! A date without a year ("Nov 18", "Posted: November 20") is only read
//! after a label or alone (like a time alone), never by [`find_date`]; its
//! year comes from the reference time (the most recent such day not after
//! it), and without one its value is `None`, as for relative dates.
//!
//! Values keep the calendar day as printed: a date alone is a
//! [`DateValue::Date`], a date with a time but no zone a [`DateValue::Local`],
//! and a date with a time and zone a [`DateValue::DateTime`] at that offset.
//!
//! The settings and the result types are in `types`; the entry points
//! ([`parse_date`], [`find_date`], [`parse_date_line`]) and the phrase
//! production they share are here.

use nom::Parser;

use super::Parsed;
use super::digits::with_ascii_digits;
// Only the documentation names the value type.
#[cfg(doc)]
use crate::DateValue;
use crate::Span;

mod absolute;
mod line;
mod loan;
mod months;
pub(crate) mod page_order;
pub(crate) use line::lone_label;

/// The month number of a month name or abbreviation in any language the
/// date grammar reads ("März", "március", "Μαρτίου").
pub(crate) fn month_of(word: &str) -> Option<u32> {
    words::month(word)
}

/// True for a weekday name or abbreviation in a language the date grammar
/// reads.
pub(crate) fn is_weekday_word(word: &str) -> bool {
    words::is_weekday(word)
}
mod prim;
mod relative;
mod solar;
mod time;
mod types;
pub mod tz;
mod value;
mod voted;
mod words;
mod ymd;

pub use types::{DateEntry, DateError, DateMatch, DateOptions, DateRole, DayOrder};
pub(crate) use voted::VotedOrder;

use absolute::Raw;

/// Which phrases a caller accepts.
#[derive(Clone, Copy)]
struct Mode {
    /// A time without a.m./p.m., zone or "Uhr" may stand alone ("Updated 7:12").
    bare_time: bool,
    /// Times alone and day words ("yesterday") are accepted.
    weak: bool,
}

/// `phrase = absolute | relative`, filtered by `mode`.
fn phrase<'a>(i: &'a str, o: &DateOptions, mode: Mode) -> Result<(&'a str, Raw<'a>), DateError> {
    if i.as_bytes().first().is_some_and(u8::is_ascii_digit) && !digits_may_start(i) {
        return Err(DateError::NoMatch);
    }
    let (rest, raw) = nom::branch::alt((
        |x| absolute::absolute(o, x),
        |x| relative::relative(o, x, mode.weak),
    ))
    .parse(i)
    .map_err(|_| DateError::NoMatch)?;
    let ok = match raw {
        Raw::Abs {
            date: None,
            time: Some(t),
        } => mode.weak && (t.marked || mode.bare_time),
        Raw::Day(..)
        | Raw::Abs {
            date: Some(absolute::RawDate::MonthDay(..)),
            ..
        } => mode.weak,
        _ => true,
    };
    if ok {
        Ok((rest, raw))
    } else {
        Err(DateError::NoMatch)
    }
}

/// A necessary condition for a phrase at `i`, which starts with an ASCII
/// digit, tested before the productions. Each production starting with a
/// digit reads a whole run of digits and then:
///
/// - a run of 1 or 2 (a time, a day, a numeric date): ":" "." "h" (time),
///   "/" "." "-" (numeric date), an ordinal ("st", "-го", ".", "º", "°"),
///   spaces, a month name or a.m./p.m. (a letter);
/// - a run of 4 (a year first): "-" "/" "." (ISO and numeric dates), spaces
///   or "年"/"년" (CJK dates);
/// - a run of at most 12 (a relative count): spaces or a unit word.
///
/// Any other run length or next character (or none) fails every production;
/// after white space or a letter, [`word_may_follow`] decides.
fn digits_may_start(i: &str) -> bool {
    let run = i.bytes().take(13).take_while(u8::is_ascii_digit).count();
    let Some(rest) = i.get(run..) else {
        return false;
    };
    let Some(c) = rest.chars().next() else {
        return false;
    };
    if run <= 12 && (c.is_whitespace() || crate::lines::text::is_alphabetic(c)) {
        return word_may_follow(run, rest);
    }
    match run {
        1 | 2 => matches!(c, ':' | '.' | '/' | '-' | 'º' | '°'),
        4 => matches!(c, '-' | '/' | '.' | '年' | '년'),
        _ => false,
    }
}

/// A necessary condition for a phrase at a run of `run` ASCII digits (at
/// most 12) followed by `rest`, which opens with white space or a letter.
/// Where a production reads white space after the run, a word follows it
/// (a month, "of" / "de", a.m./p.m., a unit, "年" / "년"), so the first
/// character after the white space is a word's. A run of 1 or 2 may start
/// any production; a run of 4 only a CJK date ("2025 年"), a year before
/// a month named beyond ASCII ("2025 ဒီဇင်ဘာ 14") or a relative count; any
/// other run only a relative count, whose unit follows (after
/// white space or none: "3 hours ago", "5min ago").
fn word_may_follow(run: usize, rest: &str) -> bool {
    let r = rest.trim_start();
    // "1 / 12 / 2020": a numeric date with spaced slashes.
    if run <= 2 && rest.starts_with(" / ") {
        return true;
    }
    if !r.chars().next().is_some_and(prim::is_word_char) {
        return false;
    }
    run <= 2
        || run == 4 && r.starts_with(['年', '년'])
        || prim::word(r).is_ok_and(|(_, w)| {
            words::unit(w).is_some() || run == 4 && !w.is_ascii() && words::month(w).is_some()
        })
}

/// True for a time alone, a day word ("today") or a date without a year
/// ("Nov 18"), which are only trusted after a label or when nothing else
/// follows on the line.
fn is_weak(raw: &Raw<'_>) -> bool {
    matches!(
        raw,
        Raw::Abs { date: None, .. }
            | Raw::Day(..)
            | Raw::Abs {
                date: Some(absolute::RawDate::MonthDay(..)),
                ..
            }
    )
}

/// Parses a date phrase at the start of `input` (after optional whitespace):
/// an absolute date, optionally with weekday and time, a relative phrase, or
/// a time alone when it carries a.m./p.m., a zone or "Uhr".
///
/// `rest` is what follows the phrase; `span` covers the phrase.
///
/// ```
/// use newsclip::grammar::date::{parse_date, DateOptions};
///
/// let opts = DateOptions::default();
/// let p = parse_date("Tue March 4, 2025 by Staff", &opts).unwrap();
/// assert_eq!(p.value.value.unwrap().to_string(), "2025-03-04");
/// assert_eq!(p.rest, " by Staff");
///
/// let p = parse_date("12:30 PM EST, Tue March 4, 2025", &opts).unwrap();
/// assert_eq!(p.value.value.unwrap().to_string(), "2025-03-04T12:30:00-05:00");
///
/// let p = parse_date("2 hours ago", &opts).unwrap();
/// assert!(p.value.relative && p.value.value.is_none());
///
/// assert!(parse_date("March of the Penguins", &opts).is_err());
/// ```
pub fn parse_date<'a>(
    input: &'a str,
    opts: &DateOptions,
) -> Result<Parsed<'a, DateMatch>, DateError> {
    with_ascii_digits(input, |i| parse_date_ascii(i, opts))
}

/// [`parse_date`] on a line whose digits are ASCII.
fn parse_date_ascii<'a>(
    input: &'a str,
    opts: &DateOptions,
) -> Result<Parsed<'a, DateMatch>, DateError> {
    let s = input.trim_start();
    let start = input.len() - s.len();
    let mode = Mode {
        bare_time: false,
        weak: true,
    };
    let (rest, raw) = phrase(s, opts, mode)?;
    let value = value::resolve(raw, opts)?;
    let end = input.len() - rest.len();
    Ok(Parsed::new(value, rest, Span::new(start, end)))
}

/// Finds the first date phrase anywhere in `line`, trying only at word
/// starts (each attempt reads a bounded number of tokens, so the scan is
/// linear). Times alone and day words ("today", "hier") are not searched for:
/// in running text they are too often something else. Impossible or out of
/// range dates are skipped.
///
/// ```
/// use newsclip::grammar::date::{find_date, DateOptions};
///
/// let p = find_date("By Jane Doe | Updated Feb. 3, 2025, 10:42 AM", &DateOptions::default()).unwrap();
/// assert_eq!(p.value.value.unwrap().to_string(), "2025-02-03T10:42:00");
/// assert_eq!(p.span.start, 22);
/// assert!(find_date("Sunday was a good day for 10 people", &DateOptions::default()).is_none());
/// // A date a scrape glued to the name before it.
/// let p = find_date("By Sage Anderson2020-02-20 13:52:51 UTC", &DateOptions::default()).unwrap();
/// assert_eq!(p.value.value.unwrap().date().to_string(), "2020-02-20");
/// ```
pub fn find_date<'a>(line: &'a str, opts: &DateOptions) -> Option<Parsed<'a, DateMatch>> {
    with_ascii_digits(line, |l| find_date_ascii(l, opts, true).ok_or(())).ok()
}

/// [`find_date`] on a line whose digits are ASCII; `gated` skips a line
/// with too few digits for an absolute date that holds no word of a
/// relative one (see `relative::may_occur`).
fn find_date_ascii<'a>(
    line: &'a str,
    opts: &DateOptions,
    gated: bool,
) -> Option<Parsed<'a, DateMatch>> {
    let mode = Mode {
        bare_time: false,
        weak: false,
    };
    // The ASCII digits of the line from the current character on.
    let b = line.as_bytes();
    let mut digits_left = b.iter().filter(|c| c.is_ascii_digit()).count();
    // With fewer than four ASCII digits only a relative phrase is kept
    // (see `relative_may_start`), and every one holds one of a few words.
    if gated && digits_left < MIN_DATE_DIGITS && !relative::may_occur(line) {
        return None;
    }
    let (mut prev_alnum, mut prev_letter) = (false, false);
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        let at = i;
        // Whether the character here is a letter or digit, a letter, an
        // ASCII digit: an ASCII byte's from a table, another character's
        // decoded. (A letter is alphanumeric: the letter test only runs on
        // those.)
        let (alnum, letter, digit) = if c.is_ascii() {
            i += 1;
            let k = crate::table::alnum_kind(c);
            let digit = k & crate::table::DIGIT != 0;
            (k != 0, k != 0 && !digit, digit)
        } else {
            let Some(ch) = line.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            i += ch.len_utf8();
            let alnum = crate::lines::text::is_alphanumeric(ch);
            (alnum, alnum && crate::lines::text::is_alphabetic(ch), false)
        };
        let digits_here = digits_left;
        if digit {
            digits_left -= 1;
        }
        // A scrape glues a date to the name before it ("Anderson2020-02-20",
        // "Collignon22. Februar 2020"): a digit after a letter starts a word too.
        let word_start = alnum && (!prev_alnum || (prev_letter && digit));
        prev_alnum = alnum;
        prev_letter = letter;
        if !word_start {
            continue;
        }
        let Some(s) = line.get(at..) else { continue };
        if !may_start(s) {
            continue;
        }
        if digits_here < MIN_DATE_DIGITS && !relative_may_start(s, opts) {
            continue;
        }
        let Ok((rest, raw)) = phrase(s, opts, mode) else {
            continue;
        };
        if let Ok(m) = value::resolve(raw, opts) {
            let end = line.len() - rest.len();
            return Some(Parsed::new(m, rest, Span::new(at, end)));
        }
    }
    None
}

/// The fewest ASCII digits of an absolute phrase that [`find_date`] keeps:
/// such a phrase holds a date with a year (a time or a day alone, or a month
/// and day, are weak), and every date production reads at least four ASCII
/// digits (`n/n/yy`, `day month year`, `year-m-d`, ...).
const MIN_DATE_DIGITS: usize = 4;

/// A necessary condition for a strong phrase at `s` when `s` holds fewer
/// than [`MIN_DATE_DIGITS`] ASCII digits: then `phrase` can only keep a
/// relative phrase, which `alt` reads only where [`relative::relative`]
/// matches (with the same arguments), so where it fails the phrase fails.
fn relative_may_start(s: &str, opts: &DateOptions) -> bool {
    relative::relative(opts, s, false).is_ok()
}

/// A cheap test whether a strong phrase can start at `s`: a digit, or a word
/// that is an English month, a weekday or the start of a relative phrase.
fn may_start(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => return true,
        Some(c) if crate::lines::text::is_alphabetic(c) => {}
        _ => return false,
    }
    // (Letters told without the Unicode tables for the blocks read most.)
    let len: usize = s
        .chars()
        .take(25)
        .take_while(|&c| crate::lines::text::is_alphabetic(c))
        .map(char::len_utf8)
        .sum();
    let Some(word) = s.get(..len) else {
        return false;
    };
    words::may_start(word, &relative::STARTERS)
}

/// Parses a line made of (labelled) dates; `rest` is what follows the last
/// one, without leading separators or trailing whitespace.
///
/// ```text
/// date_line = [label] phrase { sep [label] phrase } rest
/// sep       = { white_space | "|" | "," | "·" | "/" | "-" | "–" | "—" | "•" | ";" }
/// ```
///
/// The line must start with a label followed by a date, or with a date
/// (after an optional weekday). After a label, a bare time ("Updated 7:12")
/// is accepted; without one, a time alone or a day word ("Today") only
/// counts when the end of the line or one of `|`, `·`, `/`, `–`, `—`, `•`
/// follows it ("Today, the council voted" is not a date line).
///
/// ```
/// use newsclip::grammar::date::{parse_date_line, DateOptions, DateRole};
///
/// let opts = DateOptions::default();
/// let p = parse_date_line("Posted Wed 5 Mar 2025 at 6:14am, updated 2 hours ago", &opts).unwrap();
/// assert_eq!(p.value.len(), 2);
/// assert_eq!(p.value[0].role, DateRole::Published);
/// assert_eq!(p.value[0].date.value.unwrap().to_string(), "2025-03-05T06:14:00");
/// assert_eq!(p.value[1].role, DateRole::Updated);
/// assert_eq!(p.value[1].raw, "2 hours ago");
/// assert_eq!(p.rest, "");
///
/// let p = parse_date_line("Posted on Tuesday, March 4, 2025 by Staff Writer", &opts).unwrap();
/// assert_eq!(p.rest, "by Staff Writer");
///
/// assert!(parse_date_line("Posted by Jane Doe", &opts).is_err());
/// assert!(parse_date_line("Trump said on Feb. 24 — the deal", &opts).is_err());
/// ```
pub fn parse_date_line<'a>(
    line: &'a str,
    opts: &DateOptions,
) -> Result<Parsed<'a, Vec<DateEntry>>, DateError> {
    with_ascii_digits(line, |l| line::parse(l, opts))
}

#[cfg(test)]
mod tests;
