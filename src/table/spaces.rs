//! The words of a text as `str::split_whitespace` gives them, found byte by
//! byte: only the few bytes that can open a white-space character beyond
//! ASCII are looked at further, no character is decoded.

/// The byte length of the white-space character (`char::is_whitespace`)
/// at byte `i` of the UTF-8 text `b`, 0 when none starts there. Beyond
/// ASCII the white space is U+0085, U+00A0, U+1680, U+2000–U+200A,
/// U+2028, U+2029, U+202F, U+205F and U+3000: its first byte is 0xC2 or
/// 0xE1 to 0xE3 (checked for every character in the tests).
#[inline]
fn space_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'\t'..=b'\r' | b' ') => 1,
        Some(0xC2) => match b.get(i + 1) {
            Some(0x85 | 0xA0) => 2,
            _ => 0,
        },
        Some(0xE1..=0xE3) => match (b.get(i), b.get(i + 1), b.get(i + 2)) {
            (Some(0xE1), Some(0x9A), Some(0x80))
            | (Some(0xE2), Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF))
            | (Some(0xE2), Some(0x81), Some(0x9F))
            | (Some(0xE3), Some(0x80), Some(0x80)) => 3,
            _ => 0,
        },
        _ => 0,
    }
}

/// For each byte: 0 when it is part of a word whatever follows (no ASCII
/// white space, no first byte of white space beyond ASCII), 1 for ASCII
/// white space, 2 for a first byte that may open white space beyond ASCII
/// (see [`space_at`]).
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'\t'..=b'\r' | b' ' => 1,
            0xC2 | 0xE1..=0xE3 => 2,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The [`CLASS`] of the byte `c`.
#[inline(always)]
fn class(c: u8) -> u8 {
    CLASS.get(usize::from(c)).copied().unwrap_or(0)
}

/// The bytes `start..end` of the next word of `b` from byte `*i` on (as
/// `str::split_whitespace` cuts the text), `*i` moved past it; `None`
/// when only white space is left.
#[inline(always)]
fn next_word(b: &[u8], i: &mut usize) -> Option<(usize, usize)> {
    // White space, up to the next word's first byte.
    let mut k = *i;
    loop {
        let c = *b.get(k)?;
        match class(c) {
            0 => break,
            1 => k += 1,
            _ => match space_at(b, k) {
                0 => break,
                n => k += n,
            },
        }
    }
    let start = k;
    // The word's bytes (a byte after its first is never the first of a
    // character that opens it; a white-space character starts and ends
    // on character boundaries, so the word is whole).
    k += 1;
    while let Some(&c) = b.get(k) {
        match class(c) {
            0 => k += 1,
            1 => break,
            _ if space_at(b, k) > 0 => break,
            _ => k += 1,
        }
    }
    *i = k;
    Some((start, k))
}

/// Calls `f` with the words of `t` (as `str::split_whitespace` gives them,
/// in order) until it returns false.
#[inline]
pub(crate) fn for_words<'t>(t: &'t str, mut f: impl FnMut(&'t str) -> bool) {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some((start, end)) = next_word(b, &mut i) {
        if !f(t.get(start..end).unwrap_or("")) {
            return;
        }
    }
}

/// The words of `t`, as `str::split_whitespace` gives them, in order: an
/// iterator over them found byte by byte (see [`words_in`]).
#[derive(Debug, Clone)]
pub(crate) struct Words<'t> {
    t: &'t str,
    /// The byte the search for the next word starts at.
    at: usize,
}

/// The words of `t` as `t.split_whitespace()` gives them (forwards only),
/// found without decoding a character: a byte that may open white space
/// beyond ASCII is the only one looked at further.
#[inline]
pub(crate) fn words_in(t: &str) -> Words<'_> {
    Words { t, at: 0 }
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    #[inline]
    fn next(&mut self) -> Option<&'t str> {
        let (start, end) = next_word(self.t.as_bytes(), &mut self.at)?;
        // (Always a slice on character boundaries: see `next_word`.)
        Some(self.t.get(start..end).unwrap_or(""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_lengths_are_those_of_is_whitespace() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = [0u8; 8];
            let s = c.encode_utf8(&mut buf);
            let want = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(space_at(s.as_bytes(), 0), want, "{c:?}");
        }
    }

    #[test]
    fn words_are_those_of_split_whitespace() {
        let pieces = [
            " ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1f", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2000}", "\u{200a}", "\u{200b}", "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}",
            "\u{3000}", "\u{3001}", "\u{e9}", "\u{2019}", "\u{1681}", "\u{c2a0}", "word", "x",
            "\u{4e2d}", "\u{2026}",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x5bd1_e995_1234_5678);
        for n in 0..20_000 {
            let t = texts.text(n % 12);
            let mut got = Vec::new();
            for_words(&t, |w| {
                got.push(w);
                true
            });
            let want: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(got, want, "{t:?}");
            // Stopping after the first word.
            let mut k = 0;
            for_words(&t, |_| {
                k += 1;
                false
            });
            assert_eq!(k, want.len().min(1), "{t:?}");
            // The iterator gives them too, taken whole or a few at a time.
            assert_eq!(words_in(&t).collect::<Vec<_>>(), want, "{t:?}");
            assert_eq!(words_in(&t).count(), want.len(), "{t:?}");
            let mut w = words_in(&t);
            assert_eq!(w.next(), want.first().copied(), "{t:?}");
            assert_eq!(w.nth(1), want.get(2).copied(), "{t:?}");
            assert_eq!(w.next(), want.get(3).copied(), "{t:?}");
        }
    }
}
