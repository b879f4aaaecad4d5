//! Cleaning a credit: "©", "Copyright", a year, "All rights reserved".

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n},
    character::complete::{char, space0},
    combinator::{eof, recognize},
};

/// `s` without the ASCII-case-insensitive suffix `p`.
pub(super) fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(p.len())?;
    let (head, tail) = s.split_at_checked(cut)?;
    tail.eq_ignore_ascii_case(p).then_some(head)
}

/// `year := ("19" | "20") digit digit` as a whole word.
fn year(input: &str) -> IResult<&str, &str> {
    recognize((
        alt((tag("19"), tag("20"))),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    ))
    .parse(input)
}

/// `copyright := ("©" | "(c)" | "copyright") ws*`
fn copyright(input: &str) -> IResult<&str, &str> {
    recognize((
        alt((tag("©"), tag_no_case("(c)"), tag_no_case("copyright"))),
        space0,
    ))
    .parse(input)
}

/// Photo words a credit may open with, a slash after them.
const SLASH_LABELS: &[&str] = &[
    "photo",
    "photos",
    "image",
    "images",
    "picture",
    "pictures",
    "foto",
    "fotos",
    "bild",
    "kuva",
    "graphic",
    "video",
    "ljósmynd",
];

/// Drops "©", "Copyright", a year and "All rights reserved" around a credit.
///
/// `cleaned := copyright? (year ","? ws)? body (","? ws year)? "All rights reserved"?`
pub(super) fn clean_credit(s: &str) -> String {
    let mut s = s.trim().trim_start_matches(['.', '…']).trim();
    for _ in 0..2 {
        if let Ok((rest, _)) = copyright(s) {
            s = rest.trim_start();
        }
        if let Ok((rest, _)) = (year, alt((char(','), char(' '), char('.')))).parse(s) {
            s = rest.trim_start();
        } else if let Ok((_, _)) = (year, eof).parse(s) {
            s = "";
        }
    }
    let mut s = s.trim_end_matches(['.', ',', ';', ' ']);
    // A photo word and a slash before the credit ("Photo / Hamish
    // Brakewell", "Image / MetService"); "AP Photo/Evan Vucci" keeps its
    // agency.
    if let Some((head, tail)) = s.split_once('/')
        && crate::table::with_lower(head.trim(), |l| SLASH_LABELS.contains(&l))
        && !tail.trim().is_empty()
    {
        s = tail.trim();
    }
    for junk in ["all rights reserved", "alle rechte vorbehalten"] {
        if let Some(head) = strip_suffix_ci(s, junk) {
            s = head.trim_end_matches(['.', ',', ';', ' ']);
        }
    }
    if let Some((head, last)) = s.rsplit_once(' ') {
        if let Ok(("", _)) = year(last) {
            s = head.trim_end_matches([',', ' ']);
        }
    }
    if let Some(head) = strip_suffix_ci(s, ", file") {
        s = head;
    }
    s = strip_editor_initials(s);
    s.trim().to_string()
}

/// `s` without the photo editor's initials after a last slash, in lower
/// case ("ANTARA FOTO/Andreas Fitri Atmoko/nym", as Indonesian agency
/// credits close): two to four ASCII lower-case letters after a credit
/// with a slash of its own.
pub(super) fn strip_editor_initials(s: &str) -> &str {
    match s.rsplit_once('/') {
        Some((head, tail))
            if head.contains('/') && crate::grammar::agency::is_editor_initials(tail) =>
        {
            head.trim_end()
        }
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_years_and_copyright() {
        assert_eq!(clean_credit("© AFP 2025"), "AFP");
        assert_eq!(clean_credit("© 2025 Reuters"), "Reuters");
        assert_eq!(clean_credit("AFP, 2025."), "AFP");
        assert_eq!(clean_credit("Copyright 2024 Jane Doe"), "Jane Doe");
        assert_eq!(clean_credit("Photo / Hamish Brakewell"), "Hamish Brakewell");
        assert_eq!(clean_credit("Image/MetService"), "MetService");
        assert_eq!(
            clean_credit("AP Photo/Evan Vucci, File"),
            "AP Photo/Evan Vucci"
        );
        assert_eq!(clean_credit("2025"), "");
        assert_eq!(
            clean_credit("ANTARA FOTO/Andreas Fitri Atmoko/nym."),
            "ANTARA FOTO/Andreas Fitri Atmoko"
        );
        assert_eq!(clean_credit("Jane Doe/dpa"), "Jane Doe/dpa");
    }
}
