//! The quantity that opens a recipe's ingredient line: an amount and a unit
//! of measure, then the ingredient ("1/2 cup parsley", "200 g Mehl", "2 EL
//! Öl", "3 cubes MAGGI Chicken Stock"). Such a line is a list item of the
//! story, never its headline.
//!
//! ```text
//! line   := [bullet ws] amount [ws] unit ["."] ws rest
//! amount := number [ws? ("-" | "–" | "to" | "bis") ws? number]
//! number := digits [("." | "," | "/") digits] [ws? vulgar] | vulgar
//! unit   := a word of UNITS, whole, any case, or of SHORT_UNITS as printed
//!           (a short unit glued to the number: "200g"; "3G" is no unit)
//! rest   := a letter or "(" ...
//! ```

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{digit1, one_of, space0};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser as _};

use super::Parsed;
use super::misc::MiscError;
use crate::Span;

/// Units of three letters or more, lower-case, matched in any case: cooking
/// measures, packages and pieces in the languages the crate reads.
const UNITS: &[&str] = &[
    "cup",
    "cups",
    "tbsp",
    "tbsp.",
    "tsp",
    "tsp.",
    "tbs",
    "tbs.",
    "oz.",
    "lbs",
    "pound",
    "pounds",
    "ounce",
    "ounces",
    "tablespoon",
    "tablespoons",
    "teaspoon",
    "teaspoons",
    "pinch",
    "clove",
    "cloves",
    "cans",
    "packet",
    "packets",
    "slice",
    "slices",
    "cube",
    "cubes",
    "becher",
    "prise",
    "prisen",
    "stk",
    "stk.",
    "stück",
    "pck",
    "pck.",
    "päckchen",
    "dose",
    "dosen",
    "bund",
    "zehe",
    "zehen",
    "scheibe",
    "scheiben",
    "tasse",
    "tassen",
    "cuillère",
    "cuillères",
    "pincée",
    "gousse",
    "gousses",
    "tranche",
    "tranches",
    "cucharada",
    "cucharadas",
    "cucharadita",
    "cucharaditas",
    "taza",
    "tazas",
    "pizca",
    "diente",
    "dientes",
    "cucchiaio",
    "cucchiai",
    "cucchiaino",
    "cucchiaini",
    "spicchio",
    "spicchi",
    "eetlepel",
    "eetlepels",
    "theelepel",
    "theelepels",
    "teentje",
    "teentjes",
];

/// Units of one or two letters, matched only as printed here (a capital
/// "G" after a number is a network generation, "3G", not grams).
const SHORT_UNITS: &[&str] = &[
    "g", "kg", "mg", "ml", "cl", "dl", "l", "oz", "lb", "el", "tl", "EL", "TL", "c.", "cs", "cc",
];

/// Vulgar fractions printed as one character.
const VULGAR: &str = "½¼¾⅓⅔⅛";

fn number(i: &str) -> IResult<&str, &str> {
    alt((
        recognize((
            digit1,
            opt((one_of(".,/"), digit1)),
            opt((space0, one_of(VULGAR))),
        )),
        recognize(one_of(VULGAR)),
    ))
    .parse(i)
}

fn amount(i: &str) -> IResult<&str, &str> {
    recognize((
        number,
        opt((
            space0,
            alt((tag("-"), tag("–"), tag("to"), tag("bis"))),
            space0,
            number,
        )),
    ))
    .parse(i)
}

/// The unit word at the start of `i` (its letters and an optional dot) and
/// whether it may be glued to the number.
fn unit(i: &str) -> IResult<&str, (&str, bool)> {
    let (rest, word) = take_while1(|c: char| c.is_alphabetic()).parse(i)?;
    let (rest, dot) = opt(tag(".")).parse(rest)?;
    let with_dot = i
        .get(..word.len() + dot.map_or(0, str::len))
        .unwrap_or(word);
    let short = SHORT_UNITS.contains(&word) || SHORT_UNITS.contains(&with_dot);
    let long = word.chars().count() >= 3
        && (crate::table::with_lower(word, |l| UNITS.contains(&l))
            || crate::table::with_lower(with_dot, |l| UNITS.contains(&l)));
    if short || long {
        Ok((rest, (with_dot, short)))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// Parses the quantity opening an ingredient line: the value is the unit as
/// printed, `span` covers the amount and the unit, `rest` is the
/// ingredient.
///
/// ```
/// use newsclip::grammar::quantity::parse_quantity;
/// assert_eq!(parse_quantity("1/2 cup parsley").unwrap().value, "cup");
/// assert_eq!(parse_quantity("200g Mehl").unwrap().rest, "Mehl");
/// assert_eq!(parse_quantity("3 cubes MAGGI Chicken Stock").unwrap().value, "cubes");
/// assert!(parse_quantity("3G wireless arrives in May").is_err());
/// assert_eq!(parse_quantity("- 2 EL Öl").unwrap().value, "EL");
/// assert!(parse_quantity("10 ways to save money").is_err());
/// ```
pub fn parse_quantity(line: &str) -> Result<Parsed<'_, &str>, MiscError> {
    let t = line.trim_start();
    let t = t
        .strip_prefix(['•', '-', '*', '–', '·'])
        .map_or(t, str::trim_start);
    let start = line.len() - t.len();
    // An amount opens with an ASCII digit or a vulgar fraction (beyond
    // ASCII): a line opening with another ASCII character (most) has none.
    if t.as_bytes()
        .first()
        .is_none_or(|b| b.is_ascii() && !b.is_ascii_digit())
    {
        return Err(MiscError::NoMatch);
    }
    let (after, amt) = amount(t).map_err(|_| MiscError::NoMatch)?;
    let ws_len = after.len() - after.trim_start_matches([' ', '\t']).len();
    let (rest, (u, short)) = after
        .get(ws_len..)
        .and_then(|a| unit(a).ok())
        .ok_or(MiscError::NoMatch)?;
    if ws_len == 0 && !short {
        return Err(MiscError::NoMatch);
    }
    let ingredient = rest.trim_start();
    if ingredient.len() == rest.len()
        || !ingredient.starts_with(|c: char| c.is_alphabetic() || c == '(')
    {
        return Err(MiscError::NoMatch);
    }
    let end = start + amt.len() + ws_len + u.len();
    Ok(Parsed::new(u, ingredient, Span::new(start, end)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_amount_opens_with_another_ascii_character() {
        // What the gate in `parse_quantity` rules out the grammar rejects.
        let tails = ["", "1", " 2 cups", "½", "-3", "to 4", "2 g"];
        for b in (0u8..0x80).filter(|b| !b.is_ascii_digit()) {
            for tail in tails {
                let t = format!("{}{tail}", char::from(b));
                assert!(super::amount(&t).is_err(), "{t:?}");
            }
        }
        for t in ["2 cups flour", "½ cup sugar", "⅓ tsp salt"] {
            assert!(super::amount(t).is_ok(), "{t:?}");
        }
    }
}
