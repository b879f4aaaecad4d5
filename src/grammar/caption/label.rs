//! Caption labels ("Photo for illustrative purposes.", "FILE -") and gallery
//! counters ("[1/2]", "1 of 12").

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag_no_case, take_while_m_n},
    character::complete::{char, space0, space1},
    combinator::{eof, map_res, verify},
    sequence::{delimited, separated_pair, terminated},
};

use super::credit::strip_prefix_ci;

/// Labels printed before the caption text, matched ignoring ASCII case,
/// longest first where one is a prefix of another.
static LEADING_LABELS: &[&str] = &[
    "Photo for illustrative purposes only.",
    "Photo for illustrative purposes.",
    "Photo for illustration purposes only.",
    "Photo for illustration purposes.",
    "Image for illustrative purposes only.",
    "Image for illustrative purposes.",
    "For illustrative purposes only.",
    "Illustrative image.",
    "Illustrative photo.",
    "Illustrative picture.",
    "Representational image.",
    "Representative image.",
    "Archive photo.",
    "Archive photo:",
    "Archive image.",
    "Archive picture.",
    "File photo:",
    "File photo.",
    "File photo -",
    "File photo –",
    "File photo —",
    "File image:",
    "FILE -",
    "FILE –",
    "FILE —",
    "FILE:",
    "Pictured:",
    "Picture:",
    "Image caption,",
    "Image caption",
    "Media caption,",
    "Media caption",
    "Image:",
    "Photo:",
    "Symbolbild:",
    "Symbolbild.",
    "Symbolbild -",
    "Symbolbild",
    "Symbolfoto:",
    "Archivbild:",
    "Archivbild.",
    "Archivfoto:",
    "Photo d'illustration.",
    "Photo d'archive.",
    "Imagen de archivo.",
    "Foto de archivo.",
    "Foto d'archivio.",
];

/// Labels printed at the end of a caption, in brackets ("(File photo)") or
/// after its last sentence ("... in Mumbai. File"), lower-case.
pub(super) static TRAILING_LABELS: &[&str] = &[
    "symbolbild",
    "symbolfoto",
    "archivbild",
    "archivfoto",
    "file photo",
    "archive photo",
    "illustrative image",
    "illustrative photo",
    "representational image",
    "photo d'illustration",
    "imagen de archivo",
];

/// `counter := ("[" n "/" n "]" | n ws "of" ws n | n "/" n) (ws | eof)`
/// where the first number is at most the second.
fn gallery_counter(input: &str) -> IResult<&str, (u32, u32)> {
    let bracketed = delimited(char('['), separated_pair(num, char('/'), num), char(']'));
    let of = separated_pair(num, (space1, tag_no_case("of"), space1), num);
    let slash = separated_pair(num, char('/'), num);
    terminated(
        verify(alt((bracketed, of, slash)), |&(a, b)| {
            a >= 1 && a <= b && b <= 999
        }),
        alt((space1, eof)),
    )
    .parse(input)
}

/// `n := digit{1,3}`
fn num(input: &str) -> IResult<&str, u32> {
    map_res(
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        str::parse,
    )
    .parse(input)
}

/// Strips a gallery counter at the start of `s`.
pub(super) fn strip_gallery_counter(s: &str) -> &str {
    match gallery_counter(s) {
        Ok((rest, _)) => rest.trim_start(),
        Err(_) => s,
    }
}

/// `label := LEADING_LABEL ws*` where a label ending in a letter must be
/// followed by white space or the end.
pub(super) fn leading_label(s: &str) -> Option<(&str, &str)> {
    let first = s.as_bytes().first()?.to_ascii_lowercase();
    for label in LEADING_LABELS {
        // Exact reject: `strip_prefix_ci` compares the first bytes ignoring
        // ASCII case, so a label can only match when its first byte does.
        if !starts_with_byte_ci(label, first) {
            continue;
        }
        let Some(rest) = strip_prefix_ci(s, label) else {
            continue;
        };
        let ends_in_letter = label.chars().last().is_some_and(char::is_alphabetic);
        if ends_in_letter && !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
            continue;
        }
        let printed = s.get(..label.len()).unwrap_or(label);
        let rest = match space0::<&str, nom::error::Error<&str>>(rest) {
            Ok((r, _)) => r,
            Err(_) => rest,
        };
        return Some((printed, rest));
    }
    None
}

/// True when the first byte of `label`, ASCII-lower-cased, is `first`.
fn starts_with_byte_ci(label: &str, first: u8) -> bool {
    label
        .as_bytes()
        .first()
        .is_some_and(|b| b.to_ascii_lowercase() == first)
}

/// True when `inner` (the contents of a trailing bracket) is a caption label.
pub(super) fn is_trailing_label(inner: &str) -> bool {
    let lower = inner.trim().trim_end_matches('.').to_lowercase();
    TRAILING_LABELS.contains(&lower.as_str())
}

/// True when `last`, the words after a caption's last sentence, is a label
/// ("... in Mumbai. File"): a trailing label, or "File" as a word of its
/// own (capitalised: in brackets, "(file)" may close a sentence of text).
pub(super) fn is_sentence_label(last: &str) -> bool {
    is_trailing_label(last) || matches!(last, "File" | "FILE")
}

/// True when the whole line is a caption label.
pub(super) fn is_label_line(line: &str) -> bool {
    let t = line.trim();
    match leading_label(t) {
        Some((_, rest)) => rest.trim().is_empty(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters() {
        assert_eq!(strip_gallery_counter("[1/2] Shoppers"), "Shoppers");
        assert_eq!(strip_gallery_counter("1 of 12 Shoppers"), "Shoppers");
        assert_eq!(strip_gallery_counter("1/5 Shoppers"), "Shoppers");
        assert_eq!(strip_gallery_counter("24/7 news"), "24/7 news");
        assert_eq!(strip_gallery_counter("1/5th of"), "1/5th of");
        assert_eq!(strip_gallery_counter("10 of the"), "10 of the");
    }

    #[test]
    fn labels() {
        assert_eq!(
            leading_label("FILE PHOTO: A man"),
            Some(("FILE PHOTO:", "A man"))
        );
        assert_eq!(leading_label("Symbolbilder"), None);
        assert_eq!(
            leading_label("Image caption, The new chip"),
            Some(("Image caption,", "The new chip"))
        );
        assert!(is_label_line("Photo for illustrative purposes."));
        assert!(is_trailing_label("Symbolbild"));
    }

    #[test]
    fn first_byte_gate_keeps_every_label() {
        for label in LEADING_LABELS {
            for s in [
                label.to_string(),
                label.to_uppercase(),
                label.to_lowercase(),
            ] {
                let first = s.as_bytes().first().map(u8::to_ascii_lowercase);
                assert!(first.is_some_and(|f| starts_with_byte_ci(label, f)), "{s}");
                assert!(leading_label(&s).is_some(), "{s}");
            }
        }
        assert_eq!(leading_label(""), None);
    }
}
