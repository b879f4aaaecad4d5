//! Decimal digits of other scripts: Arabic-Indic ("١٢"), Persian ("۱۴۰۳"),
//! Devanagari, Bengali and the other Indic scripts, Thai, Lao, Myanmar,
//! Khmer, Tibetan, NKo, Mongolian and the full-width digits of Chinese and
//! Japanese pages ("２０２５年"). The grammars read ASCII digits, so a line
//! printing another script's digits is read through a copy with those digits
//! in ASCII ([`fold`]), and what a grammar found is mapped back onto the line
//! as printed ([`Folded::back`]).
//!
//! ```
//! use newsclip::grammar::digits::{fold, native_digit};
//!
//! assert_eq!(native_digit('۴'), Some(4));
//! assert_eq!(native_digit('4'), None);
//! let f = fold("۲۸ اسفند ۱۴۰۳").unwrap();
//! assert_eq!(f.text(), "28 اسفند 1403");
//! assert!(fold("28 March 2025").is_none());
//! ```

use super::Parsed;
use crate::Span;

/// The zero of each script's run of ten decimal digits (besides ASCII).
const ZEROS: [u32; 21] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
];

/// The value of `c` when it is a decimal digit of a script other than ASCII.
pub fn native_digit(c: char) -> Option<u32> {
    let u = c as u32;
    if u < ZEROS[0] {
        return None;
    }
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .map(|z| u - z)
}

/// True when a byte of `b` may open such a digit (every one of them is
/// encoded in UTF-8 from one of these lead bytes): a cheap test before
/// decoding a line.
pub fn may_hold_native_digit(b: &[u8]) -> bool {
    !b.is_ascii()
        && (memchr::memchr3(0xD9, 0xDB, 0xE0, b).is_some()
            || memchr::memchr3(0xDF, 0xE1, 0xEF, b).is_some())
}

/// True for a byte that opens the UTF-8 encoding of some digit of another
/// script (and of many other characters): the bytes
/// [`may_hold_native_digit`] looks for.
#[inline]
pub fn is_digit_lead(c: u8) -> bool {
    matches!(c, 0xD9 | 0xDB | 0xDF | 0xE0 | 0xE1 | 0xEF)
}

/// A line with its digits of other scripts written in ASCII.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// For each byte offset of `text` (and its end), the offset of the
    /// same place in the line as printed.
    at: Vec<usize>,
}

/// `line` with its digits of other scripts in ASCII, or `None` when it
/// prints none (then a grammar reads the line itself).
pub fn fold(line: &str) -> Option<Folded> {
    if !may_hold_native_digit(line.as_bytes()) || !line.chars().any(|c| native_digit(c).is_some()) {
        return None;
    }
    let mut text = String::with_capacity(line.len());
    let mut at = Vec::with_capacity(line.len() + 1);
    for (i, c) in line.char_indices() {
        let c = native_digit(c)
            .and_then(|d| char::from_digit(d, 10))
            .unwrap_or(c);
        at.extend(std::iter::repeat_n(i, c.len_utf8()));
        text.push(c);
    }
    at.push(line.len());
    Some(Folded { text, at })
}

impl Folded {
    /// The line with ASCII digits.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The offset in the printed line of offset `k` of [`Folded::text`].
    fn printed(&self, k: usize) -> usize {
        self.at.get(k).or(self.at.last()).copied().unwrap_or(0)
    }

    /// A match found in [`Folded::text`], moved onto `line` (the line this
    /// was folded from): its rest and span are the printed line's.
    pub fn back<'a, T>(&self, line: &'a str, p: Parsed<'_, T>) -> Parsed<'a, T> {
        let rest = self.printed(self.text.len().saturating_sub(p.rest.len()));
        Parsed::new(
            p.value,
            line.get(rest..).unwrap_or(""),
            Span::new(self.printed(p.span.start), self.printed(p.span.end)),
        )
    }
}

/// Runs `grammar` on `line`, through its [`fold`] when it prints digits of
/// another script.
pub fn with_ascii_digits<'a, T, E>(
    line: &'a str,
    grammar: impl for<'b> Fn(&'b str) -> Result<Parsed<'b, T>, E>,
) -> Result<Parsed<'a, T>, E> {
    match fold(line) {
        Some(f) => grammar(&f.text).map(|p| f.back(line, p)),
        None => grammar(line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_folds_its_ten_digits() {
        for z in ZEROS {
            for d in 0..10 {
                let c = char::from_u32(z + d).unwrap();
                assert_eq!(native_digit(c), Some(d), "{c}");
                assert!(may_hold_native_digit(c.to_string().as_bytes()), "{c}");
            }
        }
        assert_eq!(native_digit('a'), None);
        assert_eq!(native_digit('٪'), None);
    }

    #[test]
    fn a_match_is_moved_back_onto_the_printed_line() {
        let line = "تاریخ: ۲۸ اسفند ۱۴۰۳ - ۱۴:۲۵";
        let f = fold(line).unwrap();
        let t = f.text();
        let start = t.find("28").unwrap();
        let end = t.find(" - ").unwrap();
        let p = Parsed::new((), &t[end..], Span::new(start, end));
        let b = f.back(line, p);
        assert_eq!(b.span.slice(line), Some("۲۸ اسفند ۱۴۰۳"));
        assert_eq!(b.rest, " - ۱۴:۲۵");
    }
}
