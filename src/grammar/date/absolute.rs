//! Absolute dates and clock times.
//!
//! The productions only recognise shapes; the numbers are checked (month 13,
//! 30 February, hour 25, year range) when the value is built in `value.rs`.

use nom::{
    Parser,
    branch::alt,
    bytes::complete::tag,
    bytes::complete::take_while_m_n,
    character::complete::{char, one_of},
    combinator::{map, map_opt, map_res, not, opt, peek, verify},
    sequence::{delimited, preceded, terminated},
};

use super::prim::{R, ci, digits, end, fail, num, one_of_ci, word, ws0, ws1};
use super::time::{RawTime, TimeMode, tail, time};
use super::words;
use super::{DateOptions, DayOrder};

/// A calendar date as printed, not yet checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RawDate {
    /// Year, month, day.
    Ymd(u32, u32, u32),
    /// `a sep b sep year`: the order of `a` and `b` is decided later.
    Numeric {
        a: u32,
        b: u32,
        year: u32,
        dotted: bool,
    },
    /// Month and day printed without a year ("Nov 18", "20 November"): the
    /// year comes from the reference time.
    MonthDay(u32, u32),
}

/// A date phrase as recognised, before its value is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Raw<'a> {
    /// A date and/or a time. A time alone means "that time on the
    /// reference day".
    Abs {
        date: Option<RawDate>,
        time: Option<RawTime<'a>>,
    },
    /// "3 hours ago": count and unit.
    Ago(u64, words::Unit),
    /// "yesterday" (-1), "today" (0), optionally with a time.
    Day(i64, Option<RawTime<'a>>),
    /// "just now".
    Now,
}

impl<'a> Raw<'a> {
    /// A date, with the time printed after it if any.
    fn on(date: RawDate, time: Option<RawTime<'a>>) -> Self {
        Raw::Abs {
            date: Some(date),
            time,
        }
    }
}

/// `absolute = time_first | [weekday] date [tail] | short_date tail | [weekday] dotted_short (day-first pages) | [weekday] month_day [tail] | time`
pub(super) fn absolute<'a>(o: &DateOptions, i: &'a str) -> R<'a, Raw<'a>> {
    let plain = TimeMode {
        bare_hour: false,
        iso: false,
        dotted_end: false,
    };
    // Every production starts with a digit or a word: a weekday, a month
    // (any language: "Oktober 27, 2015"), or "noon" (a time before the
    // date). Other words are ruled out before the productions are tried.
    if let Some(c) = i.chars().next()
        && !c.is_ascii_digit()
    {
        let Ok((_, w)) = word(i) else {
            return super::prim::fail(i);
        };
        let starts = words::is_weekday(w)
            || words::month(w).is_some()
            || ["noon", "midday", "midnight"]
                .iter()
                .any(|n| w.eq_ignore_ascii_case(n));
        if !starts {
            return super::prim::fail(i);
        }
    }
    if let Ok(ok) = time_first(o, i) {
        return Ok(ok);
    }
    if let Ok((j, date)) = dated(i) {
        let (j, time) = opt(|x| tail(o, x)).parse(j)?;
        end(j)?;
        return Ok((j, Raw::on(date, time)));
    }
    // "11/18/19 11:04 PM": a two-digit year only with a time after it.
    if let Ok((j, date)) = short_date(i)
        && let Ok((j, time)) = tail(o, j)
        && end(j).is_ok()
    {
        return Ok((j, Raw::on(date, Some(time))));
    }
    // "mardi 10.12.19", "| 31.10.23": day-first with a two-digit year, on
    // pages in a day-first language only (a US page's "11.07.12" is month
    // first, and an English headline's "Opening Bell 11.18.19" no date line).
    // (The page's day order last: it is voted when first asked for.)
    if let Ok((j, date)) = alt((preceded(weekday, dotted_short), dotted_short)).parse(i)
        && end(j).is_ok()
        && o.order() == DayOrder::DayFirst
    {
        return Ok((j, Raw::on(date, None)));
    }
    if let Ok((j, date)) = alt((preceded(weekday, month_day), month_day)).parse(i) {
        let (j, time) = opt(|x| tail(o, x)).parse(j)?;
        end(j)?;
        return Ok((j, Raw::on(date, time)));
    }
    let (j, t) = time(o, plain, i)?;
    Ok((
        j,
        Raw::Abs {
            date: None,
            time: Some(t),
        },
    ))
}

/// `time_first = time [ws0 ","] ws0 [("on" | "|" | "-" | "·") ws0] [weekday] date`
fn time_first<'a>(o: &DateOptions, i: &'a str) -> R<'a, Raw<'a>> {
    let mode = TimeMode {
        bare_hour: true,
        iso: false,
        dotted_end: false,
    };
    let (i, t) = time(o, mode, i)?;
    let (i, _) = opt(preceded(ws0, char(','))).parse(i)?;
    let (i, _) = ws0(i)?;
    let (i, _) = opt(terminated(
        alt((ci("on"), tag("|"), tag("-"), tag("·"))),
        ws0,
    ))
    .parse(i)?;
    let (i, d) = dated(i)?;
    end(i)?;
    Ok((i, Raw::on(d, Some(t))))
}

/// `dated = weekday date | date`
fn dated(i: &str) -> R<'_, RawDate> {
    alt((preceded(weekday, date), date)).parse(i)
}

/// `weekday = weekday_name ["-feira"] ["."] [ws0 ","] ws0`
pub(super) fn weekday(i: &str) -> R<'_, ()> {
    let (i, _) = verify(word, |w: &str| words::is_weekday(w)).parse(i)?;
    let (i, _) = opt(ci("-feira")).parse(i)?;
    let (i, _) = opt(char('.')).parse(i)?;
    let (i, _) = opt(preceded(ws0, char(','))).parse(i)?;
    let (i, _) = ws0(i)?;
    Ok((i, ()))
}

/// `date = (iso_date | ymd_num | ymd_spaced | numeric | solar_dmy | dmy | mdy | cjk) [year_suffix]`
fn date(i: &str) -> R<'_, RawDate> {
    terminated(
        alt((
            iso_date,
            ymd_num,
            super::ymd::ymd_spaced,
            numeric,
            super::solar::solar_dmy,
            dmy,
            mdy,
            cjk,
        )),
        opt(year_suffix),
    )
    .parse(i)
}

/// `iso_date = year "-" month(1-2 digits) "-" day(1-2 digits)`
fn iso_date(i: &str) -> R<'_, RawDate> {
    map(
        (num(4, 4), char('-'), num(1, 2), char('-'), num(1, 2)),
        |(y, _, m, _, d)| RawDate::Ymd(y, m, d),
    )
    .parse(i)
}

/// `ymd_num = year sep month sep day` with the same `sep` in `"/" | "."`
fn ymd_num(i: &str) -> R<'_, RawDate> {
    map(
        verify(
            (num(4, 4), one_of("/."), num(1, 2), one_of("/."), num(1, 2)),
            |(_, s1, _, s2, _)| s1 == s2,
        ),
        |(y, _, m, _, d)| RawDate::Ymd(y, m, d),
    )
    .parse(i)
}

/// `numeric = n sep n sep year` with the same `sep` in `"/" | "." | "-"`,
/// `n` of one or two digits, or `n ". " n ". " year` (Czech and Slovak
/// print a space after each dot: "18. 3. 2025"; Arabic pages space the
/// slashes: "1 / 12 / 2020")
fn numeric(i: &str) -> R<'_, RawDate> {
    let spaced = map(
        (num(1, 2), tag(". "), num(1, 2), tag(". "), num(4, 4)),
        |(a, _, b, _, year)| RawDate::Numeric {
            a,
            b,
            year,
            dotted: true,
        },
    );
    let same_sep = map(
        verify(
            (
                num(1, 2),
                one_of("/.-"),
                num(1, 2),
                one_of("/.-"),
                num(4, 4),
            ),
            |(_, s1, _, s2, _)| s1 == s2,
        ),
        |(a, s, b, _, year)| RawDate::Numeric {
            a,
            b,
            year,
            dotted: s == '.',
        },
    );
    // "1 / 12 / 2020": Arabic pages space the slashes.
    let spaced_slash = map(
        (num(1, 2), tag(" / "), num(1, 2), tag(" / "), num(4, 4)),
        |(a, _, b, _, year)| RawDate::Numeric {
            a,
            b,
            year,
            dotted: false,
        },
    );
    alt((same_sep, spaced, spaced_slash)).parse(i)
}

/// `of_word = ("of" | "de") ws1 | "d'" | "d’"`: the word between a day and
/// its month ("20th of November", "4 de marzo", Catalan "4 d'abril").
fn of_word(i: &str) -> R<'_, &str> {
    alt((
        terminated(alt((ci("of"), ci("de"))), ws1),
        tag("d'"),
        tag("d’"),
    ))
    .parse(i)
}

/// English words a particle never is: "3 to April 2025" is no date.
const NOT_PARTICLES: &[&str] = &["to", "in", "on", "at", "by", "or", "and", "for", "a", "an"];

/// `particle = lower{1,3} ["'" | "’"]`: a short lower-case word of a
/// language the grammar does not know ("di", "dal", "ta'"), read only
/// between a day, a month and a year.
fn particle(i: &str) -> R<'_, &str> {
    let (rest, w) = verify(
        take_while_m_n(1, 3, |c: char| c.is_lowercase()),
        |w: &str| !NOT_PARTICLES.contains(&w),
    )
    .parse(i)?;
    let (rest, _) = opt(one_of("'’")).parse(rest)?;
    Ok((rest, w))
}

/// `dmy = day [ordinal] ws0 [of_word | particle ws1] (month | loan) [ws1 ("de" | "del" | particle)] [ws0 ","] ws0 year`
/// (`loan`: a month name borrowed and respelled, see [`super::loan`])
fn dmy(i: &str) -> R<'_, RawDate> {
    let (i, d) = num(1, 2)(i)?;
    let (i, _) = opt(ordinal).parse(i)?;
    let (i, _) = ws0(i)?;
    // (A particle only in a whole date, "1 day ago" is no "1 ago(sto)";
    // and only before a month, "03 nov 2012" is no "03 (nov) 2012".)
    let name = || alt((month, super::loan::loan_word));
    let (i, m) = alt((
        preceded(opt(of_word), name()),
        preceded(terminated(particle, ws1), name()),
    ))
    .parse(i)?;
    let (i, _) = opt(preceded(ws1, alt((ci("del"), ci("de"), particle)))).parse(i)?;
    let (i, _) = opt(preceded(ws0, char(','))).parse(i)?;
    let (i, _) = ws0(i)?;
    let (i, y) = year(i)?;
    Ok((i, RawDate::Ymd(y, m, d)))
}

/// `mdy = month_en ws0 day [ordinal] [ws0 ","] ws0 year | month ws0 day (ws0 "," | ws1 "de" ws1) ws0 year`:
/// English names, or another language's name printed in the English order
/// with its comma ("Oktober 27, 2015", as localised blog themes print it).
fn mdy(i: &str) -> R<'_, RawDate> {
    let (i, (m, en)) = terminated(
        map_opt(word, |w| {
            words::month_en(w)
                .map(|m| (m, true))
                .or_else(|| words::month(w).map(|m| (m, false)))
        }),
        opt(char('.')),
    )
    .parse(i)?;
    let (i, _) = ws0(i)?;
    let (i, d) = num(1, 2)(i)?;
    let (i, _) = opt(verify(ordinal, |o: &str| en && o != ".")).parse(i)?;
    let (i, comma) = opt(preceded(ws0, char(','))).parse(i)?;
    // "diciembre 05 de 2026": Spanish and Portuguese join the year with "de".
    let (i, de) = match comma {
        None if !en => opt((ws1, ci("de"), ws1)).parse(i)?,
        _ => (i, None),
    };
    if !en && comma.is_none() && de.is_none() {
        return fail(i);
    }
    let (i, _) = ws0(i)?;
    let (i, y) = year(i)?;
    Ok((i, RawDate::Ymd(y, m, d)))
}

/// `year = digit{4} | digit{4} &(digit{1,2} ":" digit{2})`: a year, also when
/// a scrape glued the time to it ("Nov 19 20197:05 AM" is 2019, 7:05 AM).
fn year(i: &str) -> R<'_, u32> {
    if let Ok(ok) = num(4, 4)(i) {
        return Ok(ok);
    }
    let (rest, y) = map_res(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        str::parse,
    )
    .parse(i)?;
    // A year glued to a time ("20194:05") or to the day of the next date
    // ("22. Dezember 201922. Dezember 2019": a published and an updated date
    // printed without a space).
    alt((
        peek((digits(1, 2), char(':'), num(2, 2))).map(|_| ()),
        peek((digits(1, 2), char('.'), char(' '))).map(|_| ()),
    ))
    .parse(rest)?;
    Ok((rest, y))
}

/// `short_date = n ("/" | ".") n ("/" | ".") digit{2}` with the same separator:
/// a two-digit year in this century ("11/18/19").
fn short_date(i: &str) -> R<'_, RawDate> {
    map(
        verify(
            (num(1, 2), one_of("/."), num(1, 2), one_of("/."), num(2, 2)),
            |(_, s1, _, s2, _)| s1 == s2,
        ),
        |(a, s, b, _, yy)| RawDate::Numeric {
            a,
            b,
            year: 2000 + yy,
            dotted: s == '.',
        },
    )
    .parse(i)
}

/// `dotted_short = dd "." dd "." dd`, not followed by "." and a digit (an
/// address or a version number goes on): a day-first date with a two-digit
/// year ("31.10.23", as German-language pages print it), read without a
/// time after it too, on pages read day first; years 70-99 are of the last
/// century.
fn dotted_short(i: &str) -> R<'_, RawDate> {
    let (j, (a, _, b, _, yy)) = (num(2, 2), char('.'), num(2, 2), char('.'), num(2, 2)).parse(i)?;
    let more = j
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if more {
        return super::prim::fail(i);
    }
    let year = if yy >= 70 { 1900 + yy } else { 2000 + yy };
    Ok((
        j,
        RawDate::Numeric {
            a,
            b,
            year,
            dotted: true,
        },
    ))
}

/// ```text
/// month_day = month_en ["."] ws0 day [ordinal]                 ("Nov 18", "November 20th")
///           | day [ordinal] ws0 [("of" | "de") ws1] month       ("20 November", "18. Nov")
/// ```
/// A date without a year, not followed by a year or another number.
fn month_day(i: &str) -> R<'_, RawDate> {
    let mdy = |i| -> R<'_, RawDate> {
        let (i, m) = terminated(map_opt(word, words::month_en), opt(char('.'))).parse(i)?;
        let (i, _) = ws0(i)?;
        let (i, d) = num(1, 2)(i)?;
        let (i, _) = opt(verify(ordinal, |o: &str| o != ".")).parse(i)?;
        Ok((i, RawDate::MonthDay(m, d)))
    };
    let dmy = |i| -> R<'_, RawDate> {
        let (i, d) = num(1, 2)(i)?;
        let (i, _) = opt(ordinal).parse(i)?;
        let (i, _) = ws0(i)?;
        let (i, _) = opt(of_word).parse(i)?;
        let (i, m) = month(i)?;
        Ok((i, RawDate::MonthDay(m, d)))
    };
    let (j, date) = alt((mdy, dmy)).parse(i)?;
    // "Nov 18 2019" is a dated phrase that failed for another reason.
    not((ws0, opt(char(',')), ws0, digits(4, 4))).parse(j)?;
    Ok((j, date))
}

/// `cjk = year ws0 ("年" | "년") ws0 month ws0 ("月" | "월") ws0 day ws0 ("日" | "일")`
fn cjk(i: &str) -> R<'_, RawDate> {
    map(
        (
            num(4, 4),
            delimited(ws0, one_of("年년"), ws0),
            num(1, 2),
            delimited(ws0, one_of("月월"), ws0),
            num(1, 2),
            preceded(ws0, one_of("日일")),
        ),
        |(y, _, m, _, d, _)| RawDate::Ymd(y, m, d),
    )
    .parse(i)
}

/// `month = thai_abbreviation | yoruba_month | month_name ["."]`
fn month(i: &str) -> R<'_, u32> {
    alt((
        super::months::thai_month,
        yoruba_month,
        terminated(map_opt(word, words::month), opt(char('.'))),
    ))
    .parse(i)
}

/// `yoruba_month = "oṣù" ws1 ordinal_month`: "Oṣù Kejìlá" (the twelfth
/// month), any case, the ordinal ending at a word's end.
fn yoruba_month(i: &str) -> R<'_, u32> {
    let fail = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag));
    let n = words::fold_prefix(i, "oṣù").ok_or_else(fail)?;
    let (rest, _) = ws1(i.get(n..).ok_or_else(fail)?)?;
    super::months::YORUBA_ORDINAL_MONTHS
        .iter()
        .find_map(|&(w, m)| {
            let after = rest.get(words::fold_prefix(rest, w)?..)?;
            (!after.starts_with(char::is_alphabetic)).then_some((after, m))
        })
        .ok_or_else(fail)
}

/// `ordinal = ("st" | "nd" | "rd" | "th" | "er" | "-го") boundary | "." | "º" | "°"`
fn ordinal(i: &str) -> R<'_, &str> {
    alt((
        one_of_ci(&["st", "nd", "rd", "th", "er", "-го", "-е"]),
        tag("."),
        tag("º"),
        tag("°"),
    ))
    .parse(i)
}

/// `year_suffix = ws0 ("г." | "р." | "года" | "году" | "року" | "рік" | "г" | "р")`
fn year_suffix(i: &str) -> R<'_, &str> {
    preceded(
        ws0,
        alt((
            tag("г."),
            tag("р."),
            one_of_ci(&["года", "году", "року", "рік", "г", "р"]),
        )),
    )
    .parse(i)
}
