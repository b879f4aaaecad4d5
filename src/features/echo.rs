//! Echoes: a line whose words open or close a longer line of the same page.
//! A headline is often printed again with the site's name after it (the
//! page's title bar, "Storm closes schools | The Daily"), or named by the
//! comment thread under it ("12 thoughts on “Storm closes schools”"); a
//! menu item or a paragraph rarely is. Found in time linear in the page's
//! words: every line's prefixes and suffixes are hashed once.

use std::collections::HashMap;

/// Lines longer than this (in words) are not looked at, as echo or as echoed.
const MAX_WORDS: usize = 60;
/// Multiplier of the polynomial hash over word hashes.
const P: u64 = 0x100_0000_01b3;

/// The line opens a longer line of the page.
pub const OPENS: u8 = 1;
/// The line closes a longer line of the page.
pub const CLOSES: u8 = 2;

/// FNV-1a over the lower-cased characters of one word.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn word_hashes(line: &str, out: &mut Vec<u64>) {
    out.clear();
    if line.is_ascii() {
        // The same hashes over bytes: an ASCII character lower-cases to one
        // ASCII character, and splits words as `char::is_alphanumeric` does.
        let mut h = None;
        for b in line.bytes() {
            if b.is_ascii_alphanumeric() {
                let c = u64::from(b.to_ascii_lowercase());
                h = Some((h.unwrap_or(FNV_START) ^ c).wrapping_mul(0x100_0000_01b3));
            } else if let Some(w) = h.take() {
                if out.len() > MAX_WORDS {
                    return;
                }
                out.push(w | 1);
            }
        }
        if let Some(w) = h {
            if out.len() <= MAX_WORDS {
                out.push(w | 1);
            }
        }
        return;
    }
    for w in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() > MAX_WORDS {
            return;
        }
        let h = w
            .chars()
            .flat_map(char::to_lowercase)
            .fold(FNV_START, |h, c| {
                (h ^ u64::from(u32::from(c))).wrapping_mul(0x100_0000_01b3)
            });
        out.push(h | 1);
    }
}

/// The hash of a whole word sequence: sum of `w_i * P^(n-1-i)`.
fn whole(ws: &[u64]) -> u64 {
    ws.iter()
        .fold(0u64, |h, &w| h.wrapping_mul(P).wrapping_add(w))
}

/// For each of `lines`, [`OPENS`] and [`CLOSES`] bits: whether its words
/// (two or more) open or close a longer line among `lines`.
pub fn echoes<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<u8> {
    // Every line's word hashes, hashed once: `ws[at[i]..at[i + 1]]` are
    // line `i`'s (none for a line of more than MAX_WORDS words, which is
    // neither echo nor echoed).
    let (mut ws, mut at, mut one) = (Vec::new(), vec![0usize], Vec::new());
    // Whole-line hashes of the lines of two words or more, by hash.
    let mut wanted: HashMap<u64, u8, crate::table::FastBuild> = HashMap::default();
    let mut own = Vec::new();
    for line in lines {
        word_hashes(line, &mut one);
        let h = (2..=MAX_WORDS).contains(&one.len()).then(|| whole(&one));
        if let Some(h) = h {
            wanted.insert(h, 0);
            ws.extend_from_slice(&one);
        }
        at.push(ws.len());
        own.push(h);
    }
    for pair in at.windows(2) {
        let ws = match *pair {
            [a, b] => ws.get(a..b).unwrap_or(&[]),
            _ => &[],
        };
        let n = ws.len();
        if n < 3 {
            continue;
        }
        // Proper prefixes of two words and more.
        let mut h = 0u64;
        for (k, &w) in ws.iter().enumerate().take(n - 1) {
            h = h.wrapping_mul(P).wrapping_add(w);
            if k >= 1 {
                if let Some(bits) = wanted.get_mut(&h) {
                    *bits |= OPENS;
                }
            }
        }
        // Proper suffixes of two words and more, right to left.
        let (mut s, mut pow) = (0u64, 1u64);
        for (k, &w) in ws.iter().enumerate().rev().take(n - 1) {
            s = s.wrapping_add(w.wrapping_mul(pow));
            pow = pow.wrapping_mul(P);
            if n - k >= 2 {
                if let Some(bits) = wanted.get_mut(&s) {
                    *bits |= CLOSES;
                }
            }
        }
    }
    own.into_iter()
        .map(|h| h.and_then(|h| wanted.get(&h).copied()).unwrap_or(0))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_echoed_by_the_title_bar_and_the_comments() {
        let lines = [
            "Storm closes schools | The Daily",
            "Home",
            "Storm closes schools",
            "Schools closed on Monday as a storm hit the region.",
            "12 thoughts on “Storm closes schools”",
            "Storm closes",
        ];
        let e = echoes(lines.iter().copied());
        assert_eq!(e[2], OPENS | CLOSES, "the headline");
        assert_eq!(e[1], 0, "one word is never an echo");
        assert_eq!(e[3], 0, "a paragraph no line repeats");
        assert_eq!(e[0], 0, "the longest line echoes no longer one");
        assert_eq!(e[5], OPENS, "opens the title bar and the headline");
    }

    #[test]
    fn ascii_lines_hash_as_the_general_path_does() {
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        for line in ["Storm closes SCHOOLS, in 2024!", "", "  a-b  c ", "x"] {
            word_hashes(line, &mut fast);
            // The same line with one non-ASCII character outside any word.
            word_hashes(&format!("{line} \u{2014}"), &mut slow);
            assert_eq!(fast, slow, "{line:?}");
        }
        let long = "w ".repeat(100);
        word_hashes(&long, &mut fast);
        word_hashes(&format!("{long}\u{2014}"), &mut slow);
        assert_eq!(fast, slow);
    }

    #[test]
    fn equal_lines_are_no_echo_of_each_other() {
        let e = echoes(["Storm closes schools", "Storm closes schools"].into_iter());
        assert_eq!(e, [0, 0]);
    }
}
