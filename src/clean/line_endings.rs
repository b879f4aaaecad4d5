//! `normalize_line_endings`: every line terminator becomes `\n`.

use std::borrow::Cow;

/// Turns CRLF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH
/// SEPARATOR (U+2029) into `\n`. Never makes the text longer.
///
/// ```
/// use newsclip::clean::normalize_line_endings;
/// assert_eq!(normalize_line_endings("a\r\nb\rc\u{2028}d\u{85}e"), "a\nb\nc\nd\ne");
/// ```
pub fn normalize_line_endings(text: &str) -> Cow<'_, str> {
    normalize_line_endings_counted(text, &mut 0)
}

/// Byte offset and length of the next terminator other than `\n`, from `from`.
fn next_terminator(text: &str, mut from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    loop {
        let i = from + memchr::memchr3(b'\r', 0xC2, 0xE2, bytes.get(from..)?)?;
        let len = match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'\r'), Some(b'\n'), _) => 2,
            (Some(b'\r'), _, _) => 1,
            (Some(0xC2), Some(0x85), _) => 2,
            (Some(0xE2), Some(0x80), Some(0xA8 | 0xA9)) => 3,
            _ => 0,
        };
        if len > 0 {
            return Some((i, len));
        }
        from = i + 1;
    }
}

pub(crate) fn normalize_line_endings_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    let Some(first) = next_terminator(text, 0) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut next = Some(first);
    while let Some((i, len)) = next {
        out.push_str(text.get(last..i).unwrap_or_default());
        out.push('\n');
        *count += 1;
        last = i + len;
        next = next_terminator(text, last);
    }
    out.push_str(text.get(last..).unwrap_or_default());
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            ("a\r\nb", "a\nb"),
            ("a\rb", "a\nb"),
            ("a\r\r\nb", "a\n\nb"),
            ("a\n\rb", "a\n\nb"),
            ("a\u{2028}b\u{2029}c\u{85}d", "a\nb\nc\nd"),
            ("\r", "\n"),
            (
                "a\u{a0}b \u{2019}\u{2027}\u{202a}",
                "a\u{a0}b \u{2019}\u{2027}\u{202a}",
            ),
            ("a\nb", "a\nb"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_line_endings(input), *want, "input {input:?}");
        }
        assert!(matches!(
            normalize_line_endings("it’s\nfine\u{a0}"),
            Cow::Borrowed(_)
        ));
    }
}
