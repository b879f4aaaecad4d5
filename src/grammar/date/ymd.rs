//! Year-first dates with spaced parts, as Hungarian pages print them:
//! "2025. március 4.", "2025. 03. 05.".
//!
//! ```text
//! ymd_spaced = year "." ws1 (month_name ["."] | month(1-2 digits) ".") ws1 day(1-2 digits) ["."]
//! ```

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::{map_opt, opt};
use nom::sequence::terminated;

use super::absolute::RawDate;
use super::prim::{R, num, word, ws1};
use super::words;

/// `ymd_spaced` (see the module docs).
pub(super) fn ymd_spaced(i: &str) -> R<'_, RawDate> {
    let (i, y) = num(4, 4)(i)?;
    let (i, _) = (char('.'), ws1).parse(i)?;
    let (i, m) = alt((
        terminated(num(1, 2), char('.')),
        terminated(map_opt(word, words::month), opt(char('.'))),
    ))
    .parse(i)?;
    let (i, _) = ws1(i)?;
    let (i, d) = num(1, 2)(i)?;
    let (i, _) = opt(char('.')).parse(i)?;
    Ok((i, RawDate::Ymd(y, m, d)))
}
