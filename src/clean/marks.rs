//! `remove_lone_marks`: combining marks with nothing to sit on.

use std::borrow::Cow;

use super::chars::{find_byte, is_mark, is_punct};

/// What the last non-mark character lets a following mark do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Base {
    /// A letter, digit, symbol or emoji: marks attach.
    Solid,
    /// Punctuation: only variation selectors and the keycap mark attach
    /// (`#️⃣`).
    Punct,
    /// Start of text, white space, a control: marks are lone.
    Nothing,
}

/// Removes combining marks (general category M) that stand alone: at the
/// start of the text or of a line, or after white space, a control or
/// punctuation. Every mark following a lone mark is lone too. Marks on
/// letters stay, including decomposed accents (`e\u{301}`) and vowel signs
/// and points on Hindi, Arabic or Hebrew letters; variation selectors and the
/// keycap mark stay after `#` and `*`. Zero-width and bidi format characters
/// are looked through.
///
/// Never makes the text longer.
///
/// ```
/// use newsclip::clean::remove_lone_marks;
/// // A site that uses the Hebrew point U+05B1 as an icon glyph:
/// assert_eq!(remove_lone_marks("Qatar, \u{5b1}, Turkiye"), "Qatar, , Turkiye");
/// assert_eq!(remove_lone_marks("cafe\u{301}"), "cafe\u{301}");
/// ```
pub fn remove_lone_marks(text: &str) -> Cow<'_, str> {
    remove_lone_marks_counted(text, &mut 0)
}

fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}'
    )
}

/// UTF-8 lead bytes of the blocks that hold combining marks or format
/// characters (U+0300–U+036F, U+0483–U+0489, Hebrew, Arabic, Syriac to
/// NKo, U+0800–U+3FFF, U+A000–U+AFFF, U+F000–U+FFFF, planes 1 and 14).
#[inline(always)]
fn mark_lead(b: u8) -> bool {
    (b.wrapping_sub(0xCC) < 2)
        | (b == 0xD2)
        | (b.wrapping_sub(0xD6) < 4)
        | (b.wrapping_sub(0xDB) < 6)
        | (b.wrapping_sub(0xE1) < 3)
        | (b == 0xEA)
        | (b == 0xEF)
        | (b == 0xF0)
        | (b == 0xF3)
}

fn attaches_to_punct(mark: char) -> bool {
    matches!(
        mark,
        '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}' | '\u{20e3}'
    )
}

fn classify(c: Option<char>) -> Base {
    match c {
        None => Base::Nothing,
        Some(c) if c.is_whitespace() || c.is_control() => Base::Nothing,
        Some(c) if is_punct(c) => Base::Punct,
        Some(_) => Base::Solid,
    }
}

pub(crate) fn remove_lone_marks_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    let bytes = text.as_bytes();
    // The last character that is neither a mark nor a format character;
    // classified only when a mark follows it.
    let mut base: Option<char> = None;
    let mut out: Option<String> = None;
    let mut seg = 0;
    let mut pos = 0;
    // Jump from one lead byte that may start a mark or a format character
    // to the next; what lies between sets the base.
    while let Some(i) = find_byte(bytes, pos, mark_lead) {
        if i > pos {
            base = text.get(..i).and_then(|h| h.chars().next_back());
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        pos = i + c.len_utf8();
        if is_mark(c) {
            let lone = match classify(base) {
                Base::Solid => false,
                Base::Punct => !attaches_to_punct(c),
                Base::Nothing => true,
            };
            if lone {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                o.push_str(text.get(seg..i).unwrap_or_default());
                seg = pos;
                *count += 1;
            }
        } else if !is_format(c) {
            base = Some(c);
        }
    }
    super::chars::finish(out, text, seg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_leads_cover_every_mark() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if is_mark(c) || is_format(c) {
                let mut buf = [0; 4];
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(mark_lead(lead), "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            // the icon-glyph case from real data
            ("\u{5b1}", ""),
            ("Qatar, \u{5b1}, Turkiye", "Qatar, , Turkiye"),
            // after start, space, punctuation, newline
            ("\u{301}\u{302}abc", "abc"),
            ("a \u{301}b", "a b"),
            ("a,\u{301}b", "a,b"),
            ("line\n\u{301}next", "line\nnext"),
            ("(\u{308})", "()"),
            ("x\u{a0}\u{301}", "x\u{a0}"),
            ("\u{200b}\u{301}", "\u{200b}"),
            // marks on letters stay
            ("cafe\u{301} nai\u{308}ve", "cafe\u{301} nai\u{308}ve"),
            (
                "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}",
                "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}",
            ),
            (
                "\u{634}\u{64e}\u{645}\u{652}\u{633}",
                "\u{634}\u{64e}\u{645}\u{652}\u{633}",
            ),
            (
                "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}",
                "\u{5e9}\u{5c1}\u{5b8}\u{5dc}\u{5d5}\u{5b9}\u{5dd}",
            ),
            ("\u{e01}\u{e34}\u{e19}", "\u{e01}\u{e34}\u{e19}"),
            (
                "2\u{20e3} #\u{fe0f}\u{20e3} \u{2764}\u{fe0f}",
                "2\u{20e3} #\u{fe0f}\u{20e3} \u{2764}\u{fe0f}",
            ),
            ("\u{304b}\u{3099}", "\u{304b}\u{3099}"),
        ];
        for (input, want) in cases {
            assert_eq!(remove_lone_marks(input), *want, "input {input:?}");
            assert_eq!(remove_lone_marks(want), *want, "idempotent on {want:?}");
        }
        assert!(matches!(remove_lone_marks("naïve café"), Cow::Borrowed(_)));
    }
}
