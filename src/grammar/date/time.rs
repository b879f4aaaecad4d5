//! Clock times, a.m./p.m., zones and UTC offsets, and the time that may
//! follow a date ("at 6:14am", ", 14:30 Uhr", "T12:30:00Z").

use nom::{
    Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, one_of},
    combinator::{map, opt, value, verify},
    sequence::{delimited, preceded, terminated},
};

use super::DateOptions;
use super::prim::{R, boundary, ci, dd, digits, end, fail, num, one_of_ci, ws0, ws1};
use super::tz;

/// A zone as printed: an abbreviation and/or an offset in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RawZone<'a> {
    pub abbr: Option<&'a str>,
    pub offset: i32,
}

/// A clock time as printed, not yet checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RawTime<'a> {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub nano: u32,
    /// `Some(true)` for p.m., `Some(false)` for a.m.
    pub pm: Option<bool>,
    pub zone: Option<RawZone<'a>>,
    /// True when the time carries a.m./p.m., a zone or "Uhr" (so that it can
    /// stand alone without being mistaken for a score or a ratio).
    pub marked: bool,
}

impl RawTime<'_> {
    /// `hour`:00:00 with no a.m./p.m. and no zone.
    fn on_the_hour(hour: u32, marked: bool) -> Self {
        RawTime {
            hour,
            minute: 0,
            second: 0,
            nano: 0,
            pm: None,
            zone: None,
            marked,
        }
    }
}

/// How a time may be written at this position.
#[derive(Debug, Clone, Copy)]
pub(super) struct TimeMode {
    /// Accept an hour without minutes when a.m./p.m. follows ("6pm").
    pub bare_hour: bool,
    /// An ISO time after `T`: offsets may be attached directly.
    pub iso: bool,
    /// Accept an unmarked dotted time ("14.05") that ends the phrase: the
    /// end of the line or a strong separator after it (a time after a date:
    /// "4.3.2025 14.05 | Päivitetty ...").
    pub dotted_end: bool,
}

/// `tail = "T" iso_time | ws0 [sep ws0] [connector ws0] time` where
/// `sep = "," | "|" | "-" | "–" | "—" | "·" | "/"` and
/// `connector = "at" | "@" | "um" | "à" | "às" | "a las" | "a la" | "alle" | "ore" | "om" | "в" | "kl."`
pub(super) fn tail<'a>(o: &DateOptions, i: &'a str) -> R<'a, RawTime<'a>> {
    if let Ok((j, _)) = char::<&str, nom::error::Error<&str>>('T').parse(i) {
        let iso = TimeMode {
            bare_hour: false,
            iso: true,
            dotted_end: false,
        };
        return time(o, iso, j);
    }
    let (i, _) = ws0(i)?;
    let (i, _) = opt(terminated(one_of(",|-–—·/"), ws0)).parse(i)?;
    let (i, _) = opt(terminated(
        alt((
            one_of_ci(&[
                "at", "um", "à", "às", "a las", "a la", "alle", "ore", "om", "в", "kl",
            ]),
            tag("@"),
        )),
        (opt(char('.')), ws0),
    ))
    .parse(i)?;
    let mode = TimeMode {
        bare_hour: true,
        iso: false,
        dotted_end: true,
    };
    time(o, mode, i)
}

/// ```text
/// time = hour ":" minute [":" second ["." fraction]] [ws0 ampm] [zone | zone_tag] [ws1 ("Uhr" | "h")]
///      | hour "." minute [ws0 ampm] [zone] [ws1 "Uhr"]   (only with a marker: "9.30am",
///                                                  or ending the phrase after a date)
///      | hour "h" minute [zone]                  (French "14h30")
///      | hour ws0 ampm [zone]                    (only with `bare_hour`: "6pm")
///      | "noon" | "midday" | "midnight"          (only with `bare_hour`)
/// ```
pub(super) fn time<'a>(o: &DateOptions, mode: TimeMode, i: &'a str) -> R<'a, RawTime<'a>> {
    if mode.bare_hour {
        if let Ok(ok) = noon(i) {
            return Ok(ok);
        }
    }
    let (i, hour) = num(1, 2)(i)?;
    let mut t = RawTime::on_the_hour(hour, false);
    let mut attach = mode.iso;
    let mut dotted = false;
    let i = if let Ok((i, minute)) = preceded(char(':'), dd).parse(i) {
        t.minute = minute;
        let (i, sec) = opt(preceded(char(':'), dd)).parse(i)?;
        let i = match sec {
            Some(s) => {
                t.second = s;
                attach = true;
                let digits = take_while_m_n(1, 18, |c: char| c.is_ascii_digit());
                let (i, frac) = opt(preceded(char('.'), digits)).parse(i)?;
                t.nano = frac.map_or(0, fraction);
                i
            }
            None => i,
        };
        let (i, pm) = opt(preceded(ws0, ampm)).parse(i)?;
        t.pm = pm;
        i
    } else if let Ok((i, minute)) = preceded(char('.'), dd).parse(i) {
        // "9.30am", "14.05 GMT", "14.30 Uhr": only with a marker (below)
        dotted = true;
        t.minute = minute;
        let (i, pm) = opt(preceded(ws0, ampm)).parse(i)?;
        t.pm = pm;
        i
    } else if let Ok((i, minute)) = preceded(alt((char('h'), char('H'))), dd).parse(i) {
        t.minute = minute;
        t.marked = true;
        i
    } else if mode.bare_hour {
        let (i, pm) = preceded(ws0, ampm).parse(i)?;
        t.pm = Some(pm);
        i
    } else {
        return fail(i);
    };
    let (i, _) = opt(preceded(ws1, verify(ci("noon"), |_: &str| hour == 12))).parse(i)?;
    let (i, z) = opt(|x| zone(o, attach, x)).parse(i)?;
    t.zone = z;
    // "11:42, UK", "11:42, GMT": a zone or a place printed after a comma.
    let (i, tagged) = match (t.zone, zone_tag(o, i)) {
        (None, Ok((j, z))) => (j, Some(z)),
        _ => (i, None),
    };
    if let Some(z) = tagged {
        t.zone = z;
        t.marked = true;
    }
    let (i, uhr) = opt(preceded(ws1, alt((ci("uhr"), ci("h"))))).parse(i)?;
    t.marked |= t.pm.is_some() || t.zone.is_some() || uhr.is_some();
    if dotted && !t.marked && !(mode.dotted_end && ends_phrase(i)) {
        return fail(i);
    }
    end(i)?;
    Ok((i, t))
}

/// True when `i` is empty or opens (after white space) with a separator
/// that ends a date line's entry ('|', '·', '–', '—', '•').
fn ends_phrase(i: &str) -> bool {
    i.trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '|' | '·' | '–' | '—' | '•'))
}

/// Places printed where a zone would be ("11:42, UK"): the time is local
/// there, with no offset.
static PLACE_TAGS: &[&str] = &["UK", "US"];

/// `zone_tag = ws0 "," ws0 (abbr | place_tag) end`: the zone (or `None` for a
/// place) printed after a comma.
fn zone_tag<'a>(o: &DateOptions, i: &'a str) -> R<'a, Option<RawZone<'a>>> {
    let (i, _) = (ws0, char(','), ws0).parse(i)?;
    let (j, a) = abbreviation(i)?;
    if tz::is_zone(a, o) {
        return Ok((
            j,
            Some(RawZone {
                abbr: Some(a),
                offset: 0,
            }),
        ));
    }
    if PLACE_TAGS.contains(&a) {
        return Ok((j, None));
    }
    fail(i)
}

/// `noon = "noon" | "midday" | "midnight"` (after a date: "at noon")
fn noon(i: &str) -> R<'_, RawTime<'_>> {
    let (i, w) = one_of_ci(&["noon", "midday", "midnight"])(i)?;
    let hour = if w.eq_ignore_ascii_case("midnight") {
        0
    } else {
        12
    };
    Ok((i, RawTime::on_the_hour(hour, true)))
}

/// Nanoseconds of the digits after the decimal point (first nine used).
fn fraction(digits: &str) -> u32 {
    let mut nano = 0u32;
    let mut scale = 100_000_000u32;
    for c in digits.chars().take(9) {
        nano += c.to_digit(10).unwrap_or(0) * scale;
        scale /= 10;
    }
    nano
}

/// `ampm = ("a" | "p") ["."] [" "] "m" ["."]` (case-insensitive), then a boundary
fn ampm(i: &str) -> R<'_, bool> {
    let (i, c) = one_of("aApP")(i)?;
    let (i, _) = opt(char('.')).parse(i)?;
    let (i, _) = opt(char(' ')).parse(i)?;
    let (i, _) = one_of("mM")(i)?;
    let (i, _) = opt(char('.')).parse(i)?;
    end(i)?;
    Ok((i, c == 'p' || c == 'P'))
}

/// ```text
/// zone = "Z" | offset                      (attached: ISO times and times with seconds)
///      | ws1 abbr [offset]                 ("EST", "GMT+5", "UTC+05:30")
///      | ws1 "(" abbr ")"
///      | ws1 long_offset [comment]         ("+0000", "-05:00 (EST)")
/// ```
fn zone<'a>(o: &DateOptions, attach: bool, i: &'a str) -> R<'a, RawZone<'a>> {
    if attach {
        if let Ok((j, _)) =
            terminated(char::<&str, nom::error::Error<&str>>('Z'), boundary).parse(i)
        {
            return Ok((
                j,
                RawZone {
                    abbr: None,
                    offset: 0,
                },
            ));
        }
        if let Ok((j, (offset, _))) = utc_offset(i) {
            return Ok((j, RawZone { abbr: None, offset }));
        }
    }
    let (i, _) = ws1(i)?;
    let abbr = |x| verify(abbreviation, |a: &str| tz::is_zone(a, o)).parse(x);
    alt((
        map((abbr, opt(utc_offset)), |(a, off)| RawZone {
            abbr: Some(a),
            offset: off.map_or(0, |(s, _)| s),
        }),
        map(delimited(char('('), abbr, char(')')), |a| RawZone {
            abbr: Some(a),
            offset: 0,
        }),
        map(
            terminated(verify(utc_offset, |&(_, long)| long), opt(comment)),
            |(offset, _)| RawZone { abbr: None, offset },
        ),
    ))
    .parse(i)
}

/// `comment = ws1 "(" letter_or_space{1, 40} ")"`, as in RFC 2822
/// `+0100 (Central European Standard Time)`
fn comment(i: &str) -> R<'_, &str> {
    let inner = take_while_m_n(1, 40, |c: char| c.is_alphabetic() || c == ' ');
    preceded(ws1, delimited(char('('), inner, char(')'))).parse(i)
}

/// `abbr = upper{1, 5} end`, the longest that ends there ("ESTUpdated"
/// gives "EST")
fn abbreviation(i: &str) -> R<'_, &str> {
    let n = i
        .bytes()
        .take(5)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    for k in (1..=n).rev() {
        if let Some((a, rest)) = i.split_at_checked(k)
            && end(rest).is_ok()
        {
            return Ok((rest, a));
        }
    }
    fail(i)
}

/// `offset = ("+" | "-" | "−") (hh [":"] mm | h{1,2})` with hours up to 14:
/// seconds east of UTC and whether minutes were given.
fn utc_offset(i: &str) -> R<'_, (i32, bool)> {
    let (i, sign) = alt((value(1, char('+')), value(-1, one_of("-−")))).parse(i)?;
    let long = map((dd, opt(char(':')), dd), |(h, _, m)| (h, m, true));
    let colon = map((num(1, 2), char(':'), dd), |(h, _, m)| (h, m, true));
    let short = map(num(1, 2), |h| (h, 0, false));
    let (i, (h, m, full)) =
        verify(alt((long, colon, short)), |&(h, m, _)| h <= 14 && m < 60).parse(i)?;
    // no further digit: "+05000" is not an offset
    let (i, _) = digits(0, 0)(i)?;
    let secs = i32::try_from(h * 3600 + m * 60).unwrap_or(0);
    Ok((i, (sign * secs, full)))
}
