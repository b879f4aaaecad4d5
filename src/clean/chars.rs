//! Character classes and byte tables shared by the rules.

use unicode_normalization::char::is_combining_mark;

/// Windows-1252 bytes `0x80..=0x9F`; `None` where the code page leaves the
/// byte undefined (Latin-1 decoders then pass it through as a C1 control).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'), // 80 euro sign
    None,             // 81
    Some('\u{201a}'), // 82 single low-9 quotation mark
    Some('\u{0192}'), // 83 f with hook
    Some('\u{201e}'), // 84 double low-9 quotation mark
    Some('\u{2026}'), // 85 horizontal ellipsis
    Some('\u{2020}'), // 86 dagger
    Some('\u{2021}'), // 87 double dagger
    Some('\u{02c6}'), // 88 modifier circumflex
    Some('\u{2030}'), // 89 per mille
    Some('\u{0160}'), // 8A S caron
    Some('\u{2039}'), // 8B single left angle quotation mark
    Some('\u{0152}'), // 8C OE ligature
    None,             // 8D
    Some('\u{017d}'), // 8E Z caron
    None,             // 8F
    None,             // 90
    Some('\u{2018}'), // 91 left single quotation mark
    Some('\u{2019}'), // 92 right single quotation mark
    Some('\u{201c}'), // 93 left double quotation mark
    Some('\u{201d}'), // 94 right double quotation mark
    Some('\u{2022}'), // 95 bullet
    Some('\u{2013}'), // 96 en dash
    Some('\u{2014}'), // 97 em dash
    Some('\u{02dc}'), // 98 small tilde
    Some('\u{2122}'), // 99 trade mark
    Some('\u{0161}'), // 9A s caron
    Some('\u{203a}'), // 9B single right angle quotation mark
    Some('\u{0153}'), // 9C oe ligature
    None,             // 9D
    Some('\u{017e}'), // 9E z caron
    Some('\u{0178}'), // 9F Y diaeresis
];

/// The character Windows-1252 gives byte `b` (`0x80..=0x9F` only).
pub(crate) fn cp1252_char(b: u8) -> Option<char> {
    CP1252_HIGH
        .get(usize::from(b.wrapping_sub(0x80)))
        .copied()
        .flatten()
}

/// The byte a Windows-1252 or Latin-1 decoder turned into `c`, for the
/// non-ASCII half of the code page (`0x80..=0xFF`).
pub(crate) fn mojibake_byte(c: char) -> Option<u8> {
    let cp = u32::from(c);
    if (0x80..=0xFF).contains(&cp) {
        return u8::try_from(cp).ok();
    }
    if !(0x152..=0x2122).contains(&cp) {
        return None;
    }
    (0x80u8..=0x9F).find(|&b| cp1252_char(b) == Some(c))
}

/// Position of the first byte at or after `from` for which `pred` holds.
/// Looks at a few bytes one by one (hits are often dense), then tests whole
/// 32-byte chunks with a branch-free fold, which the compiler vectorises
/// when `pred` is written with `&`/`|` comparisons.
#[inline(always)]
pub(crate) fn find_byte(
    bytes: &[u8],
    from: usize,
    pred: impl Fn(u8) -> bool + Copy,
) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let (head, tail) = rest.split_at(rest.len().min(16));
    if let Some(p) = head.iter().position(|&b| pred(b)) {
        return Some(from + p);
    }
    let mut base = from + head.len();
    for chunk in tail.chunks(32) {
        if chunk.iter().fold(false, |acc, &b| acc | pred(b)) {
            return chunk.iter().position(|&b| pred(b)).map(|p| base + p);
        }
        base += chunk.len();
    }
    None
}

/// Horizontal white space: tab and the space separators (general category Zs).
pub(crate) fn is_hspace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// A combining mark (general category Mn, Mc or Me).
pub(crate) fn is_mark(c: char) -> bool {
    // Busy blocks that hold no marks (checked against the table in tests),
    // so common text rarely needs the table lookup.
    let markless = matches!(
        c,
        '\0'..='\u{2ff}'
            | '\u{370}'..='\u{482}'
            | '\u{48a}'..='\u{590}'
            | '\u{5d0}'..='\u{5ef}'
            | '\u{620}'..='\u{64a}'
            | '\u{2000}'..='\u{20cf}'
            | '\u{2100}'..='\u{2cee}'
            | '\u{3040}'..='\u{3098}'
            | '\u{309b}'..='\u{30ff}'
            | '\u{3100}'..='\u{a66e}'
            | '\u{ac00}'..='\u{d7a3}'
            | '\u{1f000}'..='\u{1faff}'
    );
    !markless && is_combining_mark(c)
}

/// Emoji and pictographs (an approximation of Extended_Pictographic), plus
/// the emoji presentation selector, which may stand between a pictograph
/// and a zero-width joiner.
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(
        c,
        '\u{a9}'
            | '\u{ae}'
            | '\u{203c}'
            | '\u{2049}'
            | '\u{2122}'
            | '\u{2139}'
            | '\u{2190}'..='\u{21ff}'
            | '\u{2300}'..='\u{23ff}'
            | '\u{24c2}'
            | '\u{25a0}'..='\u{27bf}'
            | '\u{2900}'..='\u{297f}'
            | '\u{2b00}'..='\u{2bff}'
            | '\u{3030}'
            | '\u{303d}'
            | '\u{3297}'
            | '\u{3299}'
            | '\u{fe0f}'
            | '\u{1f000}'..='\u{1faff}'
    )
}

/// Punctuation (and, in the ASCII and Latin-1 ranges, symbols): a combining
/// mark right after one of these has nothing to sit on.
pub(crate) fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    matches!(
        c,
        '\u{a1}'..='\u{a9}'
            | '\u{ab}'..='\u{b1}'
            | '\u{b4}'
            | '\u{b6}'..='\u{b8}'
            | '\u{bb}'
            | '\u{bf}'
            | '\u{d7}'
            | '\u{f7}'
            | '\u{37e}'
            | '\u{387}'
            | '\u{55a}'..='\u{55f}'
            | '\u{589}'
            | '\u{5be}'
            | '\u{5c0}'
            | '\u{5c3}'
            | '\u{5c6}'
            | '\u{5f3}'..='\u{5f4}'
            | '\u{60c}'..='\u{60d}'
            | '\u{61b}'
            | '\u{61d}'..='\u{61f}'
            | '\u{66a}'..='\u{66d}'
            | '\u{6d4}'
            | '\u{964}'..='\u{965}'
            | '\u{970}'
            | '\u{e4f}'
            | '\u{e5a}'..='\u{e5b}'
            | '\u{104a}'..='\u{104b}'
            | '\u{10fb}'
            | '\u{1360}'..='\u{1368}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205e}'
            | '\u{2e00}'..='\u{2e4f}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{3014}'..='\u{301f}'
            | '\u{fe10}'..='\u{fe19}'
            | '\u{fe30}'..='\u{fe4f}'
            | '\u{fe50}'..='\u{fe6b}'
            | '\u{ff01}'..='\u{ff0f}'
            | '\u{ff1a}'..='\u{ff20}'
            | '\u{ff3b}'..='\u{ff40}'
            | '\u{ff5b}'..='\u{ff65}'
    )
}

/// The result of a rule that copies `text` piecewise into `out` once it finds
/// something to change: `text` borrowed when nothing changed, else `out` with
/// the untouched tail from byte `seg` appended.
pub(crate) fn finish(out: Option<String>, text: &str, seg: usize) -> std::borrow::Cow<'_, str> {
    match out {
        Some(mut o) => {
            o.push_str(text.get(seg..).unwrap_or_default());
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp1252_round_trip() {
        for b in 0x80u8..=0xFF {
            let c = if b < 0xA0 {
                cp1252_char(b).unwrap_or(char::from(b))
            } else {
                char::from(b)
            };
            assert_eq!(mojibake_byte(c), Some(b), "byte {b:#x}");
        }
        assert_eq!(mojibake_byte('a'), None);
        assert_eq!(mojibake_byte('\u{2019}'), Some(0x92));
        assert_eq!(mojibake_byte('\u{100}'), None);
    }

    #[test]
    fn markless_blocks_hold_no_marks() {
        let ranges = [
            (0x370, 0x482),
            (0x48a, 0x590),
            (0x5d0, 0x5ef),
            (0x620, 0x64a),
            (0x2000, 0x20cf),
            (0x2100, 0x2cee),
            (0x3040, 0x3098),
            (0x309b, 0x30ff),
            (0x3100, 0xa66e),
            (0xac00, 0xd7a3),
            (0x1f000, 0x1faff),
        ];
        for (lo, hi) in ranges {
            for c in (lo..=hi).filter_map(char::from_u32) {
                assert!(!is_combining_mark(c), "{:04X}", u32::from(c));
            }
        }
        for c in (0..0x300).filter_map(char::from_u32) {
            assert!(!is_combining_mark(c));
        }
    }

    #[test]
    fn classes() {
        assert!(is_mark('\u{301}'));
        assert!(is_mark('\u{5b1}'));
        assert!(is_mark('\u{93e}'));
        assert!(!is_mark('a'));
        assert!(!is_mark('\u{4e2d}'));
        assert!(is_emoji('\u{1f468}'));
        assert!(is_emoji('\u{2764}'));
        assert!(!is_emoji('a'));
        assert!(is_punct(','));
        assert!(is_punct('\u{201c}'));
        assert!(!is_punct('\u{5d0}'));
        assert!(is_hspace('\u{a0}'));
        assert!(!is_hspace('\n'));
    }
}
