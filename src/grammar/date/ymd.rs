//! Year-first dates with spaced parts, as Hungarian pages print them:
//! "2025. március 4.", "2025. 03. 05."; and without the dot, a month
//! name beyond ASCII between spaces, as Burmese pages print them.
//!
//! ```text
//! ymd_spaced = year "." ws1 (month_name ["."] | month(1-2 digits) ".") ws1 day(1-2 digits) ["."]
//!            | year ws1 month_name ws1 day(1-2 digits)      (a name beyond ASCII)
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
    if let Ok(r) = ymd_named(i, y) {
        return Ok(r);
    }
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

/// `ymd_named = year ws1 month_name ws1 day(1-2 digits)`, the month named
/// in a script beyond ASCII ("၂၀၂၆ ဒီဇင်ဘာ ၉", as Burmese pages print
/// dates); `i` is what follows the year `y`.
fn ymd_named(i: &str, y: u32) -> R<'_, RawDate> {
    let (i, _) = ws1(i)?;
    let (i, m) = map_opt(
        word,
        |w: &str| {
            if w.is_ascii() { None } else { words::month(w) }
        },
    )
    .parse(i)?;
    let (i, _) = ws1(i)?;
    let (i, d) = num(1, 2)(i)?;
    Ok((i, RawDate::Ymd(y, m, d)))
}
