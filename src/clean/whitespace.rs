//! `normalize_whitespace`: spaces, trimmed lines, blank lines.

use std::borrow::Cow;

use super::chars::is_hspace;

/// Normalises white space: tabs and Unicode spaces (no-break space U+00A0,
/// U+2000–U+200A, U+202F, U+205F, U+3000, U+1680) become a plain space,
/// runs of spaces collapse to one, every line is trimmed, runs of blank
/// lines become one blank line, and blank lines at the start and the end go
/// (so the result never starts or ends with `\n`). Other characters,
/// including `\r`, are left alone. Never makes the text longer.
///
/// ```
/// use newsclip::clean::normalize_whitespace;
/// assert_eq!(normalize_whitespace("  a\u{a0}\u{a0}b\t c \n\n\n\nd\n"), "a b c\n\nd");
/// ```
pub fn normalize_whitespace(text: &str) -> Cow<'_, str> {
    normalize_whitespace_counted(text, &mut 0)
}

/// True if the rule would leave `text` unchanged: one branch-free pass over
/// each byte and its two successors.
fn is_normalized(text: &str) -> bool {
    let bytes = text.as_bytes();
    let edge = |b: Option<&u8>| matches!(b, Some(b' ' | b'\n'));
    if edge(bytes.first()) || edge(bytes.last()) {
        return false;
    }
    // The shifted slices below stop two bytes early: check the last two
    // characters for tabs and Unicode spaces here.
    if text.chars().rev().take(2).any(|c| c != ' ' && is_hspace(c)) {
        return false;
    }
    let next = bytes.get(1..).unwrap_or_default();
    let next2 = bytes.get(2..).unwrap_or_default();
    for ((x, y), z) in bytes.chunks(64).zip(next.chunks(64)).zip(next2.chunks(64)) {
        let bad = x
            .iter()
            .zip(y)
            .zip(z)
            .fold(false, |bad, ((&p, &q), &r)| bad | bad_at(p, q, r));
        if bad {
            return false;
        }
    }
    true
}

/// Bytes `p q r` in a row show that the text is not normalised: a space
/// next to a space or a newline, three newlines (two blank lines), a tab, or
/// the UTF-8 of a Unicode space (U+00A0, U+1680, U+2000–U+200A, U+202F,
/// U+205F, U+3000). The last byte of the text is neither a space nor a
/// newline, so a triple ending past it never matters.
#[inline(always)]
fn bad_at(p: u8, q: u8, r: u8) -> bool {
    let (ps, pn, qs, qn) = (p == b' ', p == b'\n', q == b' ', q == b'\n');
    let ascii = (ps & (qs | qn)) | (pn & qs) | (pn & qn & (r == b'\n')) | (p == b'\t');
    let nbsp = (p == 0xC2) & (q == 0xA0);
    let ogham = (p == 0xE1) & (q == 0x9A) & (r == 0x80);
    let e2 = (p == 0xE2)
        & (((q == 0x80) & ((r.wrapping_sub(0x80) < 0x0B) | (r == 0xAF)))
            | ((q == 0x81) & (r == 0x9F)));
    let ideographic = (p == 0xE3) & (q == 0x80) & (r == 0x80);
    ascii | nbsp | ogham | e2 | ideographic
}

pub(crate) fn normalize_whitespace_counted<'a>(text: &'a str, count: &mut usize) -> Cow<'a, str> {
    if is_normalized(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut wrote_any = false;
    let mut blank_pending = false;
    for line in text.split('\n') {
        // Write the separator first and take it back if the line is blank.
        let mark = out.len();
        if wrote_any {
            out.push_str(if blank_pending { "\n\n" } else { "\n" });
        }
        let content = out.len();
        normalize_line(line, &mut out, count);
        if out.len() == content {
            out.truncate(mark);
            if wrote_any && !blank_pending {
                blank_pending = true;
            } else {
                *count += 1;
            }
            continue;
        }
        blank_pending = false;
        wrote_any = true;
    }
    if blank_pending {
        *count += 1;
    }
    Cow::Owned(out)
}

/// Lead bytes of the horizontal spaces.
#[inline(always)]
fn space_lead(b: u8) -> bool {
    (b == b' ') | (b == b'\t') | (b == 0xC2) | (b.wrapping_sub(0xE1) < 3)
}

/// Length of the horizontal space starting at byte `j`, 0 if there is none.
fn space_len(bytes: &[u8], j: usize) -> usize {
    match (bytes.get(j), bytes.get(j + 1), bytes.get(j + 2)) {
        (Some(b' ' | b'\t'), _, _) => 1,
        (Some(0xC2), Some(0xA0), _) => 2,
        (Some(0xE1), Some(0x9A), Some(0x80))
        | (Some(0xE2), Some(0x80), Some(0x80..=0x8A | 0xAF))
        | (Some(0xE2), Some(0x81), Some(0x9F))
        | (Some(0xE3), Some(0x80), Some(0x80)) => 3,
        _ => 0,
    }
}

/// The first byte at `from` or after that can start a space, leaving out
/// ASCII spaces followed by a byte that cannot (see [`next_stop`]).
fn find_stop(bytes: &[u8], from: usize) -> Option<usize> {
    #[inline(always)]
    fn stop(p: u8, q: u8) -> bool {
        space_lead(p) & !((p == b' ') & !space_lead(q))
    }
    let rest = bytes.get(from..)?;
    let next = rest.get(1..).unwrap_or_default();
    let mut base = from;
    for (x, y) in rest.chunks(32).zip(next.chunks(32)) {
        let pairs = || x.iter().zip(y);
        if pairs().fold(false, |acc, (&p, &q)| acc | stop(p, q)) {
            return pairs().position(|(&p, &q)| stop(p, q)).map(|k| base + k);
        }
        base += x.len();
    }
    // The last byte has no byte after it.
    let last = rest.len().checked_sub(1)?;
    rest.get(last)
        .is_some_and(|&b| space_lead(b))
        .then_some(from + last)
}

/// Appends `line` with spaces normalised, collapsed and trimmed, copying
/// the text between spaces in whole pieces.
fn normalize_line(line: &str, out: &mut String, count: &mut usize) {
    normalize_line_with(line, out, count, next_stop);
}

/// The next place from `pos` on where [`normalize_line`] must look: a byte
/// that can start a space, except an ASCII space that follows text (`pos`
/// is past `seg`, the start of the text) and comes before a byte that
/// cannot: one space between words, which stays as it is. Passing over it
/// leaves it in the piece of text written next, where the piece, a space
/// and the next piece would have been written, without an edit.
fn next_stop(bytes: &[u8], pos: usize, seg: usize) -> Option<usize> {
    if pos == seg && bytes.get(pos) == Some(&b' ') {
        return Some(pos);
    }
    find_stop(bytes, pos)
}

/// [`normalize_line`], looking for spaces with `find` (see [`next_stop`]).
fn normalize_line_with(
    line: &str,
    out: &mut String,
    count: &mut usize,
    find: impl Fn(&[u8], usize, usize) -> Option<usize>,
) {
    let bytes = line.as_bytes();
    let start = out.len();
    // `seg`: start of the current piece of non-space text; `run`: start of
    // the run of spaces before it, if any.
    let mut seg = 0;
    let mut pos = 0;
    let mut run: Option<usize> = None;
    loop {
        let next = find(bytes, pos, seg).map(|j| (j, space_len(bytes, j)));
        if let Some((j, 0)) = next {
            pos = j + 1;
            continue;
        }
        let end = next.map_or(bytes.len(), |(j, _)| j);
        if end > seg {
            if let Some(r) = run.take() {
                if out.len() > start {
                    // An interior run: one space; an edit unless it was one.
                    out.push(' ');
                    let single = seg == r + 1 && bytes.get(r) == Some(&b' ');
                    *count += usize::from(!single);
                } else {
                    // A leading run: dropped.
                    *count += 1;
                }
            }
            out.push_str(line.get(seg..end).unwrap_or_default());
        }
        let Some((j, len)) = next else {
            break;
        };
        run.get_or_insert(j);
        seg = j + len;
        pos = seg;
    }
    if run.is_some() {
        *count += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`normalize_line`] stopping at every byte that can start a space:
    /// the definition the faster search keeps to.
    fn normalize_line_reference(line: &str, out: &mut String, count: &mut usize) {
        normalize_line_with(line, out, count, |bytes, pos, _| {
            super::super::chars::find_byte(bytes, pos, space_lead)
        });
    }

    #[test]
    fn normalize_line_matches_the_reference() {
        let pieces = [
            "a", " ", "\t", "\u{a0}", "\u{2003}", "©", "é", "\u{2019}", "bc",
        ];
        let check = |t: &str| {
            let (mut want, mut want_n) = (String::from("x"), 0usize);
            normalize_line_reference(t, &mut want, &mut want_n);
            let (mut got, mut got_n) = (String::from("x"), 0usize);
            normalize_line(t, &mut got, &mut got_n);
            assert_eq!((got, got_n), (want, want_n), "{t:?}");
        };
        // Every line of up to five pieces.
        let mut lines = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = lines
                .iter()
                .flat_map(|l| pieces.iter().map(move |p| format!("{l}{p}")))
                .collect();
            for l in &longer {
                check(l);
            }
            lines = longer;
        }
        // Longer lines, across the 32-byte blocks of the search.
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            let mut t = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = seed % 90;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly words and single spaces, as in text.
                let k = usize::try_from(seed % 16).unwrap_or(0);
                t.push_str(
                    pieces
                        .get(k)
                        .copied()
                        .unwrap_or(if k % 2 == 0 { "w" } else { " " }),
                );
            }
            check(&t);
        }
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str)] = &[
            ("a  b", "a b"),
            ("  a b  ", "a b"),
            ("a\tb", "a b"),
            (
                "a\u{a0}b\u{2003}c\u{202f}d\u{205f}e\u{3000}f\u{1680}g\u{2009}h",
                "a b c d e f g h",
            ),
            ("a \u{a0}\t b", "a b"),
            ("a\n\nb", "a\n\nb"),
            ("a\n\n\n\nb", "a\n\nb"),
            ("a\n \n\t\n  \nb", "a\n\nb"),
            ("\n\na\nb\n\n", "a\nb"),
            ("a \n b", "a\nb"),
            ("   ", ""),
            ("\n", ""),
            ("", ""),
            ("a\r\nb", "a\r\nb"),
            ("中文\u{3000}日本語", "中文 日本語"),
            ("a\u{200b}b", "a\u{200b}b"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_whitespace(input), *want, "input {input:?}");
            assert_eq!(normalize_whitespace(want), *want, "idempotent on {want:?}");
        }
        assert!(matches!(
            normalize_whitespace("a b\n\nc d"),
            Cow::Borrowed(_)
        ));
        assert!(matches!(
            normalize_whitespace("“quoted” – text…"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn quick_check_agrees() {
        for s in [
            "a\u{2000}b",
            "a\u{200a}b",
            "a\u{2010}b",
            "x\u{e1}\u{e2}",
            "\u{a0}",
            "a\u{2028}b",
        ] {
            let mut n = 0;
            let out = normalize_whitespace_counted(s, &mut n);
            assert_eq!(is_normalized(s), out == s, "{s:?}");
        }
    }

    /// Every string of up to six characters over a small alphabet.
    fn small_strings(alphabet: &[char], max: usize) -> Vec<String> {
        let mut all = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..max {
            let mut next = Vec::new();
            for s in &last {
                for &c in alphabet {
                    let mut t = s.clone();
                    t.push(c);
                    next.push(t);
                }
            }
            all.extend(next.iter().cloned());
            last = next;
        }
        all
    }

    #[test]
    fn quick_check_agrees_exhaustively() {
        for s in small_strings(&['a', ' ', '\n', '\t', '\u{a0}', '\u{2014}'], 6) {
            let mut n = 0;
            let out = normalize_whitespace_counted(&s, &mut n);
            assert_eq!(is_normalized(&s), out == s, "{s:?}");
            assert_eq!(normalize_whitespace(&out), out, "{s:?}");
        }
    }
}
