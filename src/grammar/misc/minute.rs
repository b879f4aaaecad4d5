//! Match minutes of a sports live blog, printed alone on their lines over
//! each entry: "23'", "45+2'", "90+3’".
//!
//! ```text
//! minute := digit{1,3} ["+" digit{1,2}] ("'" | "’" | "′")
//! ```

use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::char;
use nom::combinator::{eof, map_res, opt};
use nom::sequence::preceded;
use nom::{IResult, Parser as _};

use super::MiscError;
use crate::Span;
use crate::grammar::Parsed;
use crate::grammar::prim::offset_in;

fn number(max: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i| {
        map_res(
            take_while_m_n(1, max, |c: char| c.is_ascii_digit()),
            str::parse,
        )
        .parse(i)
    }
}

/// Parses a line that is only a match minute ("45+2'"): the minute and the
/// added time (0 when none is printed).
///
/// ```
/// use newsclip::grammar::misc::parse_match_minute;
/// assert_eq!(parse_match_minute("45+2'").unwrap().value, (45, 2));
/// assert_eq!(parse_match_minute("78’").unwrap().value, (78, 0));
/// assert!(parse_match_minute("78").is_err());
/// assert!(parse_match_minute("It's 1-0").is_err());
/// ```
pub fn parse_match_minute(line: &str) -> Result<Parsed<'_, (u32, u32)>, MiscError> {
    let t = crate::lines::text::trim(line);
    let mut p = (
        number(3),
        opt(preceded(char('+'), number(2))),
        alt((char('\''), char('’'), char('′'))),
        eof,
    );
    let (_, (minute, added, _, _)) = p.parse(t).map_err(|_| MiscError::NoMatch)?;
    if minute > 150 {
        return Err(MiscError::NoMatch);
    }
    let start = offset_in(line, t);
    Ok(Parsed::new(
        (minute, added.unwrap_or(0)),
        "",
        Span::new(start, start + t.len()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_and_added_time() {
        for (l, want) in [("1'", (1, 0)), (" 90+3' ", (90, 3)), ("120′", (120, 0))] {
            assert_eq!(parse_match_minute(l).map(|p| p.value), Ok(want), "{l}");
        }
        for l in ["", "'", "90+'", "1000'", "200'", "90+3", "3' goal", "+3'"] {
            assert!(parse_match_minute(l).is_err(), "{l}");
        }
    }
}
