//! Month names and the "Feb 3" / "4 mar" dates of datelines.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1},
    character::complete::{char, one_of, space0, space1},
    combinator::{map_res, opt, verify},
    sequence::{preceded, terminated},
};

/// The number of a month name or abbreviation (any case, final "." ignored)
/// in any language the date grammar reads.
pub(super) fn month_number(word: &str) -> Option<u32> {
    crate::grammar::date::month_of(word.trim_end_matches('.'))
}

/// `ymd := digit{4} "." ws month_name "."? ws day` (year first: Hungarian
/// "2025. március 4."), the month named in any language the date grammar
/// reads.
fn year_first(input: &str) -> IResult<&str, ((u32, u32), Option<i32>)> {
    let (i, y) = map_res(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        str::parse,
    )
    .parse(input)?;
    let (i, _) = (char('.'), space1).parse(i)?;
    let (i, m) = terminated(
        map_res(take_while_m_n(3, 12, char::is_alphabetic), |w: &str| {
            crate::grammar::date::month_of(w).ok_or(())
        }),
        opt(char('.')),
    )
    .parse(i)?;
    let (i, _) = space1(i)?;
    let (i, d) = day(i)?;
    Ok((i, ((m, d), Some(y))))
}

/// `weekday := "," ws weekday_name` after a date ("2025. március 4., kedd").
pub(super) fn weekday_after(input: &str) -> IResult<&str, &str> {
    preceded(
        (char(','), space1),
        verify(take_while_m_n(2, 12, char::is_alphabetic), |w: &str| {
            crate::grammar::date::is_weekday_word(w)
        }),
    )
    .parse(input)
}

/// `weekday := ws weekday_name "."? ","?` before a date ("BELMOPAN, Tue.
/// Mar. 11, 2025 –", "Tuesday, March 11").
pub(super) fn weekday_before(input: &str) -> IResult<&str, &str> {
    terminated(
        preceded(
            space1,
            verify(take_while_m_n(2, 12, char::is_alphabetic), |w: &str| {
                crate::grammar::date::is_weekday_word(w)
            }),
        ),
        (opt(char('.')), opt(char(','))),
    )
    .parse(input)
}

/// `month := letter+ "."?` naming a month.
fn month(input: &str) -> IResult<&str, u32> {
    terminated(
        map_res(take_while_m_n(3, 10, char::is_alphabetic), |w: &str| {
            month_number(w).ok_or(())
        }),
        opt(char('.')),
    )
    .parse(input)
}

/// `day := digit{1,2} (ordinal | ".")?` in 1..=31.
fn day(input: &str) -> IResult<&str, u32> {
    terminated(
        verify(
            map_res(
                take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
                str::parse,
            ),
            |d: &u32| (1..=31).contains(d),
        ),
        opt(alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
            tag("."),
        ))),
    )
    .parse(input)
}

/// `year := ","? ws digit{4}`
fn year(input: &str) -> IResult<&str, &str> {
    preceded(
        (opt(char(',')), space1),
        verify(take_while1(|c: char| c.is_ascii_digit()), |y: &str| {
            y.len() == 4
        }),
    )
    .parse(input)
}

/// `ws day ws (particle ws)? letter{3,12} "."?`: a day and a word in a
/// month's place, which no language the grammar reads names ("12 màrs",
/// Maltese "6 ta' Marzu", a particle of one to three lower-case letters and
/// an optional apostrophe before it); nothing kept.
pub(super) fn unnamed_month_day(input: &str) -> IResult<&str, ()> {
    let particle = (
        take_while_m_n(1, 3, char::is_lowercase),
        opt(one_of("'’")),
        space1,
    );
    (
        space1,
        day,
        space1,
        opt(particle),
        take_while_m_n(3, 12, char::is_alphabetic),
        opt(char('.')),
    )
        .map(|_| ())
        .parse(input)
}

/// (month, day) and the year when one is printed.
pub(super) fn month_day_year(input: &str) -> IResult<&str, ((u32, u32), Option<i32>)> {
    let md = (month, space1, day).map(|(m, _, d)| (m, d));
    let dm = (day, space1, month).map(|(d, _, m)| (m, d));
    let y = opt(year).map(|y| y.and_then(|y: &str| y.parse::<i32>().ok()));
    alt((
        preceded(space0, year_first),
        (preceded(space0, alt((md, dm))), y),
    ))
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn month_day(input: &str) -> IResult<&str, (u32, u32)> {
        month_day_year.map(|(md, _)| md).parse(input)
    }

    #[test]
    fn dates() {
        assert_eq!(month_day("Feb 3 (").map(|r| r.1), Ok((2, 3)));
        assert_eq!(month_day("4 mar (").map(|r| r.1), Ok((3, 4)));
        assert_eq!(month_day("4. März -").map(|r| r.1), Ok((3, 4)));
        assert_eq!(month_day("March 4, 2025 —").map(|r| r.1), Ok((3, 4)));
        assert_eq!(month_day("Sept. 12th —").map(|r| r.1), Ok((9, 12)));
        assert_eq!(month_day("4 декабря. Совет").map(|r| r.1), Ok((12, 4)));
        assert!(month_day("Monday —").is_err());
        assert!(month_day("Feb 32").is_err());
        assert!(unnamed_month_day(" 12 màrs (").is_ok());
        assert!(unnamed_month_day(" 12 (").is_err());
        assert!(unnamed_month_day(" people died").is_err());
    }
}
