//! `remove_invisible`: invisible and control characters.

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;

use super::chars::{find_byte, is_emoji, is_mark};

const ZWNJ: char = '\u{200c}';
const ZWJ: char = '\u{200d}';

/// Removes characters that are invisible noise in news text:
///
/// * the byte order mark U+FEFF (anywhere), zero-width space U+200B, word
///   joiner U+2060, the invisible operators U+2061–U+2064, soft hyphen
///   U+00AD and the non-characters
///   U+FFFE/U+FFFF;
/// * C0 controls other than tab, line feed and carriage return (the last is
///   left to [`normalize_line_endings`](super::normalize_line_endings)),
///   DEL, and C1 controls (U+0080–U+009F);
/// * private-use code points (U+E000–U+F8FF, planes 15 and 16): icon-font
///   glyphs.
///
/// Zero-width joiners and non-joiners are kept where they do something:
/// after a virama (Indic half forms and chillus), between two letters or
/// marks (Persian, Arabic, Indic, ligature control), and, for the joiner,
/// between two non-space characters one of which is an emoji (`👩‍💻`).
/// Stray ones (next to a space, punctuation, another joiner or an end of
/// the text) go. Directional marks (U+200E, U+200F) and the bidi controls
/// stay: they matter for right-to-left text.
///
/// Never makes the text longer.
///
/// ```
/// use newsclip::clean::remove_invisible;
/// assert_eq!(remove_invisible("\u{feff}Zero\u{200b}width soft\u{ad}ware"), "Zerowidth software");
/// assert_eq!(remove_invisible("\u{1f469}\u{200d}\u{1f4bb} \u{200d}"), "\u{1f469}\u{200d}\u{1f4bb} ");
/// ```
pub fn remove_invisible(text: &str) -> Cow<'_, str> {
    remove_invisible_counted(text, &mut 0)
}

/// Characters removed wherever they are.
fn always_drop(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{8}'
            | '\u{b}'
            | '\u{c}'
            | '\u{e}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{ad}'
            | '\u{200b}'
            | '\u{2060}'..='\u{2064}'
            | '\u{feff}'
            | '\u{fffe}'..='\u{ffff}'
            | '\u{e000}'..='\u{f8ff}'
            | '\u{f0000}'..
    )
}

/// Lead bytes of every character this rule may remove.
#[inline(always)]
fn maybe_lead(b: u8) -> bool {
    // C0 controls except tab, LF, CR; DEL; C2 (C1, soft hyphen); E2 (U+2xxx);
    // EE, EF (private use, BOM, U+FFFD); F3, F4 (planes 15 and 16).
    ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r'))
        | (b == 0x7f)
        | (b == 0xc2)
        | (b == 0xe2)
        | (b.wrapping_sub(0xee) < 2)
        | (b.wrapping_sub(0xf3) < 2)
}

fn letter_like(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

fn keep_joiner(joiner: char, prev: Option<char>, next: Option<char>) -> bool {
    if prev.is_some_and(|p| canonical_combining_class(p) == 9) {
        return true;
    }
    let (Some(a), Some(b)) = (prev, next) else {
        return false;
    };
    let solid = |c: char| !(c.is_whitespace() || c == ZWJ || c == ZWNJ || c.is_control());
    if !solid(a) || !solid(b) {
        return false;
    }
    (joiner == ZWJ && (is_emoji(a) || is_emoji(b))) || (letter_like(a) && letter_like(b))
}

pub(crate) fn remove_invisible_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    // Copied up to `seg`; scanned up to `pos`; `prev` is the last kept char
    // before `pos`.
    let mut seg = 0;
    let mut pos = 0;
    let mut prev: Option<char> = None;
    // Jump from one possible lead byte to the next: every lead byte starts a
    // char, and the bytes in between belong to chars that always stay.
    while let Some(i) = find_byte(bytes, pos, maybe_lead) {
        if i > pos {
            prev = text.get(..i).and_then(|h| h.chars().next_back());
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        let drop = if always_drop(c) {
            true
        } else if c == ZWJ || c == ZWNJ {
            let next = text
                .get(i + len..)
                .and_then(|r| r.chars().find(|&n| !always_drop(n)));
            !keep_joiner(c, prev, next)
        } else {
            false
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(text.get(seg..i).unwrap_or_default());
            seg = i + len;
            *count += 1;
        } else {
            prev = Some(c);
        }
        pos = i + len;
    }
    super::chars::finish(out, text, seg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            ("\u{feff}BOM", "BOM"),
            ("mid\u{feff}dle", "middle"),
            ("zero\u{200b}width\u{2060}joiner", "zerowidthjoiner"),
            ("soft\u{ad}hyphen", "softhyphen"),
            ("bell\u{7}tab\tnl\ncr\r", "belltab\tnl\ncr\r"),
            ("c1\u{85}\u{9d}del\u{7f}", "c1del"),
            ("bad \u{fffd} char", "bad \u{fffd} char"),
            ("icon \u{e001} \u{f8ff} \u{f0000} \u{10fffd}", "icon    "),
            ("f\u{2061}(x)\u{2062}y", "f(x)y"),
            // emoji sequences keep their joiners
            (
                "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
                "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}",
            ),
            (
                "\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}",
                "\u{1f3f3}\u{fe0f}\u{200d}\u{1f308}",
            ),
            (
                "\u{2764}\u{fe0f}\u{200d}\u{1f525}",
                "\u{2764}\u{fe0f}\u{200d}\u{1f525}",
            ),
            // Persian and Indic joiners stay
            (
                "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}",
                "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}",
            ),
            (
                "\u{915}\u{94d}\u{200c}\u{937}",
                "\u{915}\u{94d}\u{200c}\u{937}",
            ),
            ("\u{d28}\u{d4d}\u{200d} x", "\u{d28}\u{d4d}\u{200d} x"),
            // stray joiners go
            ("\u{200d}start end\u{200c}", "start end"),
            ("a \u{200d}b, \u{200c}c", "a b, c"),
            (
                "\u{1f600}\u{200d}\u{200d}\u{1f600}",
                "\u{1f600}\u{200d}\u{1f600}",
            ),
            ("x\u{200d}\u{200b}\u{1f600}", "x\u{200d}\u{1f600}"),
            // directional marks stay
            (
                "\u{200f}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{200e}",
                "\u{200f}\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{200e}",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(remove_invisible(input), *want, "input {input:?}");
            assert_eq!(remove_invisible(want), *want, "idempotent on {want:?}");
        }
        assert!(matches!(
            remove_invisible("it’s “fine” – ok"),
            Cow::Borrowed(_)
        ));
    }
}
