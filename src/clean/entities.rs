//! `decode_entities`: HTML character references.

use std::borrow::Cow;

use super::chars::cp1252_char;
use super::entity_table::NAMED;

/// Longest reference body (between `&` and `;`) that is tried.
const MAX_BODY: usize = 32;

/// Decodes well-formed HTML character references: named ones (`&amp;`,
/// `&nbsp;`, `&rsquo;`, `&eacute;`, every HTML 4 name and `&apos;`) and
/// numeric ones (`&#8217;`, `&#x2019;`). The `;` is required; a bare `&`
/// ("AT&T", "Q&A") stays.
///
/// Numeric references to NUL, surrogates, non-characters, code points past
/// U+10FFFF and C0 controls other than white space are left as printed.
/// `&#128;`–`&#159;` are read as Windows-1252, as browsers do (`&#146;` is
/// `’`). References to tab, line feed, form feed and carriage return (and
/// `&Tab;`, `&NewLine;`) become a space, which is how HTML renders them.
///
/// **Policy: decoding is complete.** Text is decoded until no reference is
/// left, so `&amp;amp;` and `&amp;lt;` become `&` and `<`, and the rule is
/// idempotent: running it twice gives the same text as running it once.
/// It never makes the text longer (in bytes or in chars).
///
/// ```
/// use newsclip::clean::decode_entities;
/// assert_eq!(decode_entities("R&amp;D &ndash; caf&eacute; &#8217;"), "R&D \u{2013} café \u{2019}");
/// assert_eq!(decode_entities("AT&T, Q&A"), "AT&T, Q&A");
/// ```
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    decode_entities_counted(text, &mut 0)
}

pub(crate) fn decode_entities_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    // Borrow unless a reference in the input decodes: every reduction below
    // starts with one of those.
    let Some(first) = memchr::memchr_iter(b'&', text.as_bytes()).find(|&i| {
        text.get(i..)
            .is_some_and(|r| leading_reference(r).is_some())
    }) else {
        return Cow::Borrowed(text);
    };
    let Some((head, mut rest)) = text.split_at_checked(first) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(head);
    // Copy up to each ';' and reduce the tail of `out` there: `out` is a
    // stack, so references formed by decoded characters are decoded too.
    while let Some((head, tail)) =
        memchr::memchr(b';', rest.as_bytes()).and_then(|pos| rest.split_at_checked(pos + 1))
    {
        out.push_str(head);
        rest = tail;
        reduce_tail(&mut out, count);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// `out` ends with ';': while it ends with a decodable reference, replace it.
fn reduce_tail(out: &mut String, count: &mut usize) {
    loop {
        let len = out.len();
        let window_start = len.saturating_sub(MAX_BODY + 2);
        let Some(amp) = out
            .as_bytes()
            .get(window_start..)
            .and_then(|w| memchr::memrchr(b'&', w))
            .map(|i| i + window_start)
        else {
            return;
        };
        let Some(c) = out.get(amp..).and_then(leading_reference).map(|(c, _)| c) else {
            return;
        };
        out.truncate(amp);
        out.push(c);
        *count += 1;
        if c != ';' {
            return;
        }
    }
}

/// If `s` starts with a decodable reference `&body;`, its character and length.
fn leading_reference(s: &str) -> Option<(char, usize)> {
    let body_and_more = s.strip_prefix('&')?;
    let end = body_and_more
        .as_bytes()
        .iter()
        .take(MAX_BODY + 1)
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'#'))?;
    if body_and_more.as_bytes().get(end) != Some(&b';') || end == 0 {
        return None;
    }
    let body = body_and_more.get(..end)?;
    let c = match body.strip_prefix('#') {
        Some(num) => numeric(num)?,
        None => named(body)?,
    };
    Some((c, end + 2))
}

fn named(name: &str) -> Option<char> {
    NAMED
        .binary_search_by(|(n, _)| n.as_bytes().cmp(name.as_bytes()))
        .ok()
        .and_then(|i| NAMED.get(i))
        .map(|&(_, c)| c)
}

fn numeric(num: &str) -> Option<char> {
    let (digits, radix) = match num.strip_prefix(['x', 'X']) {
        Some(hex) => (hex, 16),
        None => (num, 10),
    };
    if digits.is_empty() || !digits.bytes().all(|b| char::from(b).is_digit(radix)) {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    if trimmed.len() > 8 {
        return None;
    }
    let cp = u32::from_str_radix(if trimmed.is_empty() { "0" } else { trimmed }, radix).ok()?;
    match cp {
        0x09 | 0x0A | 0x0C | 0x0D => Some(' '),
        0x00..=0x1F | 0x7F => None,
        0x80..=0x9F => u8::try_from(cp).ok().and_then(cp1252_char),
        _ => {
            let c = char::from_u32(cp)?;
            let nonchar = (0xFDD0..=0xFDEF).contains(&cp) || cp & 0xFFFE == 0xFFFE;
            (!nonchar).then_some(c)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted() {
        assert!(
            NAMED
                .windows(2)
                .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes())
        );
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            // the listed named references
            ("&amp; &lt; &gt; &quot; &apos;", "& < > \" '"),
            ("a&nbsp;b", "a\u{a0}b"),
            (
                "&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;",
                "–—‘’“”…",
            ),
            ("&eacute;&uuml;&szlig;&ntilde;&ccedil;&Auml;", "éüßñçÄ"),
            ("&copy;&reg;&deg;&euro;&trade;&bull;&middot;", "©®°€™•·"),
            ("&laquo;x&raquo; 2&times;3", "«x» 2×3"),
            // numeric, decimal and hex, either case of x
            ("&#8217;&#x2019;&#X2019;&#0233;", "’’’é"),
            ("&#128512;", "\u{1f600}"),
            // Windows-1252 range read as browsers do
            ("&#146;&#150;", "’–"),
            // whitespace references become a space
            ("a&#10;b&#9;c&NewLine;d", "a b c d"),
            // invalid code points stay as printed
            (
                "&#0; &#xD800; &#x110000; &#1; &#x81; &#xFFFF;",
                "&#0; &#xD800; &#x110000; &#1; &#x81; &#xFFFF;",
            ),
            ("&#99999999999999999999;", "&#99999999999999999999;"),
            // bare ampersands stay, unknown names stay, ';' is required
            ("AT&T, Q&A, R&amp;D", "AT&T, Q&A, R&D"),
            ("&foo; &amp &copy", "&foo; &amp &copy"),
            ("& ; &; &#; &#x;", "& ; &; &#; &#x;"),
            ("fish & chips; salt", "fish & chips; salt"),
            // names are case-sensitive
            ("&Eacute;&eacute;&EACUTE;", "Éé&EACUTE;"),
            // decoding is complete
            ("&amp;amp;", "&"),
            ("&amp;amp;amp;lt;", "<"),
            ("&amp;#8217;", "’"),
            ("&a&#109;p;", "&"),
            ("&amp&#59;", "&"),
            ("&lt&semi;", "&lt&semi;"),
        ];
        for (input, want) in cases {
            assert_eq!(decode_entities(input), *want, "input {input:?}");
            assert_eq!(decode_entities(want), *want, "idempotent on {want:?}");
        }
    }

    #[test]
    fn borrows_when_nothing_decodes() {
        assert!(matches!(decode_entities("plain"), Cow::Borrowed(_)));
        assert!(matches!(decode_entities("AT&T; Q&A;"), Cow::Borrowed(_)));
    }

    #[test]
    fn counts() {
        let mut n = 0;
        let _ = decode_entities_counted("&amp; &lt; x &#233;", &mut n);
        assert_eq!(n, 3);
    }
}
