//! Telling binary data from text: [`looks_binary`].

/// How much of the input is looked at.
const SAMPLE: usize = 8 * 1024;

/// Whether `text` looks like binary data rather than text: a NUL in its
/// first 8 KiB, or more than one character in ten of them an ASCII control
/// character other than tab, line feed, vertical tab, carriage return and
/// form feed (C1 controls such as U+0085, a line end, do not count).
///
/// Such input is refused by [`crate::Parser::try_parse`] (as
/// [`crate::Error::Binary`]) and gives an empty article with the warning
/// [`crate::Warning::BinaryInput`] from [`crate::parse`].
pub(crate) fn looks_binary(text: &str) -> bool {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text.get(..end).unwrap_or("").as_bytes();
    if memchr::memchr(0, sample).is_some() {
        return true;
    }
    // Counted on the bytes: a character is one byte that does not continue
    // another, and a control character is a single ASCII byte.
    let (mut total, mut control) = (0u32, 0u32);
    for &b in sample {
        total += u32::from(b & 0xC0 != 0x80);
        control += u32::from((b < b' ' || b == 0x7f) && !matches!(b, b'\t'..=b'\r'));
    }
    // (At most 8 KiB are counted: the counts fit.)
    control * 10 > total
}

#[cfg(test)]
mod tests {
    use super::looks_binary;

    #[test]
    fn nul_and_control_bytes_are_binary_text_is_not() {
        assert!(looks_binary("ELF\0\0\u{1}"));
        assert!(looks_binary("\u{1}\u{2}\u{3}abc"));
        assert!(!looks_binary(
            "Headline\n\nA caf\u{e9} \u{fffd} paragraph.\r\n"
        ));
        assert!(!looks_binary(
            "a bell \u{7} in a long enough line of ordinary words"
        ));
        assert!(!looks_binary(""));
        assert!(!looks_binary("Headline\u{85}one\u{85}two\u{85}three"));
        // One control character in ten (not more) is text; the characters,
        // not the bytes, are counted.
        assert!(!looks_binary("\u{1}abcdefghi"));
        assert!(looks_binary("\u{1}\u{2}abcdefghi"));
        assert!(!looks_binary(
            "\u{1}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"
        ));
        assert!(looks_binary(
            "\u{1}\u{2}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"
        ));
    }
}
