//! Echoes: a line whose words open or close a longer line of the same page.
//! A headline is often printed again with the site's name after it (the
//! page's title bar, "Storm closes schools | The Daily"), or named by the
//! comment thread under it ("12 thoughts on “Storm closes schools”"); a
//! menu item or a paragraph rarely is. Found in time linear in the page's
//! words: every line's prefixes and suffixes are hashed once.

use super::scan::FNV_START;
use std::collections::HashMap;

/// Lines longer than this (in words) are not looked at, as echo or as echoed.
pub(super) const MAX_WORDS: usize = 60;
/// Multiplier of the polynomial hash over word hashes.
const P: u64 = 0x100_0000_01b3;

/// The line opens a longer line of the page.
pub const OPENS: u8 = 1;
/// The line closes a longer line of the page.
pub const CLOSES: u8 = 2;

/// The hashes of the words of `line` into `out` (at most `MAX_WORDS + 1`):
/// FNV-1a over each word's characters lower-cased.
pub(super) fn word_hashes(line: &str, out: &mut Vec<u64>) {
    out.clear();
    // An ASCII line (most) is read byte by byte: no character decoding.
    if line.is_ascii() {
        hash_ascii_words(line.as_bytes(), out);
    } else {
        hash_words(line.chars(), out);
    }
}

/// The word hashes of the characters `chars` into `out`: a word's hash is
/// FNV-1a over the code points of its characters lower-cased (those of
/// ASCII ones are their bytes), words split where `char::is_alphanumeric`
/// says.
#[inline(always)]
fn hash_words(chars: impl Iterator<Item = char>, out: &mut Vec<u64>) {
    let mut h = None;
    for c in chars {
        if c.is_ascii_alphanumeric() {
            let c = u64::from(c.to_ascii_lowercase());
            h = Some((h.unwrap_or(FNV_START) ^ c).wrapping_mul(P));
        } else if !c.is_ascii() && crate::lines::text::is_alphanumeric(c) {
            h = Some(c.to_lowercase().fold(h.unwrap_or(FNV_START), |h, l| {
                (h ^ u64::from(u32::from(l))).wrapping_mul(P)
            }));
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
}

/// [`hash_words`] of the characters of ASCII text `b`, a byte at a time:
/// [`crate::table::alnum_lower`] gives each letter's or digit's lower case
/// and zero for every other byte.
fn hash_ascii_words(b: &[u8], out: &mut Vec<u64>) {
    let (mut h, mut in_word) = (FNV_START, false);
    for &c in b {
        let l = crate::table::alnum_lower(c);
        if l != 0 {
            h = (h ^ u64::from(l)).wrapping_mul(P);
            in_word = true;
        } else if in_word {
            if out.len() > MAX_WORDS {
                return;
            }
            out.push(h | 1);
            (h, in_word) = (FNV_START, false);
        }
    }
    if in_word && out.len() <= MAX_WORDS {
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
pub fn echoes<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> Vec<u8> {
    echoes_keeping(lines, STORED)
}

/// [`echoes`], keeping at most `stored` word hashes from the first pass.
fn echoes_keeping<'a>(lines: impl Iterator<Item = &'a str> + Clone, stored: usize) -> Vec<u8> {
    let mut pass = EchoPass::new(lines.size_hint().0, stored);
    let mut one = Vec::new();
    for line in lines.clone() {
        word_hashes(line, &mut one);
        pass.add(&one);
    }
    pass.finish(lines)
}

/// The echoes of a page's lines, found in two passes: the first is given
/// each line's word hashes in turn ([`EchoPass::add`]), the second
/// ([`EchoPass::finish`]) marks the lines that open or close another.
pub(super) struct EchoPass {
    /// Lines of three words or more are looked at twice: their word hashes
    /// are kept from the first pass (at most `stored` of them, so memory
    /// stays bounded on huge pages; past that they are hashed again).
    ws: Vec<u64>,
    stored: usize,
    /// Per line, how many hashes of `ws` are its own, in order: 0 for a
    /// line not looked at again, NOT_KEPT for one hashed again.
    kept: Vec<u8>,
    /// Whole-line hashes of the lines of two words or more, by hash (sized
    /// for every line up front: it is only looked up, never walked).
    wanted: HashMap<u64, u8, crate::table::FastBuild>,
    /// The whole-line hashes of the lines that have one, in order, and per
    /// line whether it has one (9 bytes a line, not 16 for an `Option<u64>`).
    own: Vec<u64>,
    has: Vec<bool>,
}

impl EchoPass {
    /// A pass over about `n_lines` lines keeping at most `stored` hashes.
    pub(super) fn new(n_lines: usize, stored: usize) -> Self {
        EchoPass {
            ws: Vec::new(),
            stored,
            kept: Vec::with_capacity(n_lines),
            wanted: HashMap::with_capacity_and_hasher(n_lines, Default::default()),
            own: Vec::with_capacity(n_lines),
            has: Vec::with_capacity(n_lines),
        }
    }

    /// The first pass over the next line, of word hashes `one` (as
    /// [`word_hashes`] gives them).
    pub(super) fn add(&mut self, one: &[u64]) {
        let n = one.len();
        let h = (2..=MAX_WORDS).contains(&n).then(|| whole(one));
        if let Some(h) = h {
            self.wanted.insert(h, 0);
            self.own.push(h);
        }
        self.has.push(h.is_some());
        let k = if !(3..=MAX_WORDS).contains(&n) {
            0
        } else if self.ws.len() + n <= self.stored {
            self.ws.extend_from_slice(one);
            u8::try_from(n).unwrap_or(NOT_KEPT)
        } else {
            NOT_KEPT
        };
        self.kept.push(k);
    }

    /// The second pass, over the lines given to [`EchoPass::add`] (their
    /// text, for those whose hashes were not kept): per line, its
    /// [`OPENS`] and [`CLOSES`] bits.
    pub(super) fn finish<'a>(self, lines: impl Iterator<Item = &'a str>) -> Vec<u8> {
        let EchoPass {
            ws,
            kept,
            mut wanted,
            own,
            has,
            ..
        } = self;
        let seen = Seen::of(&own);
        let (mut at, mut one) = (0usize, Vec::new());
        for (line, &k) in lines.zip(&kept) {
            let ws = match k {
                0 => continue,
                NOT_KEPT => {
                    word_hashes(line, &mut one);
                    one.as_slice()
                }
                k => {
                    let from = at;
                    at += usize::from(k);
                    ws.get(from..at).unwrap_or(&[])
                }
            };
            mark(ws, &seen, &mut wanted);
        }
        drop(ws);
        drop(kept);
        let mut own = own.into_iter();
        has.into_iter()
            .map(|has| {
                has.then(|| own.next())
                    .flatten()
                    .and_then(|h| wanted.get(&h).copied())
                    .unwrap_or(0)
            })
            .collect()
    }
}

/// The whole-line hashes of a page as bits: a hash whose bit is clear is
/// no line's, told before the map of lines is looked up (most prefixes and
/// suffixes of a line are none).
struct Seen {
    bits: Vec<u64>,
    /// 64 less the number of bits a hash picks its bit by.
    shift: u32,
}

impl Seen {
    /// The bits of `hashes`, about 16 bits a hash.
    fn of(hashes: &[u64]) -> Seen {
        let n = (hashes.len() * 16).next_power_of_two().max(64);
        let mut seen = Seen {
            bits: vec![0; n / 64],
            shift: 64 - n.trailing_zeros(),
        };
        for &h in hashes {
            let b = seen.bit(h);
            if let Some(w) = seen.bits.get_mut(b / 64) {
                *w |= 1 << (b % 64);
            }
        }
        seen
    }

    #[inline]
    fn bit(&self, h: u64) -> usize {
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// False when `h` is none of the hashes.
    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let b = self.bit(h);
        self.bits
            .get(b / 64)
            .is_some_and(|w| w >> (b % 64) & 1 == 1)
    }
}

/// Most word hashes kept from the first pass of [`echoes`] (1 MiB: a page
/// of news holds a few thousand words).
pub(super) const STORED: usize = 1 << 17;
/// [`echoes`]' mark of a line whose word hashes were not kept.
const NOT_KEPT: u8 = u8::MAX;

/// Marks the lines of `wanted` whose words open ([`OPENS`]) or close
/// ([`CLOSES`]) the line of word hashes `ws` (three or more).
fn mark(ws: &[u64], seen: &Seen, wanted: &mut HashMap<u64, u8, crate::table::FastBuild>) {
    let n = ws.len();
    if n < 3 {
        return;
    }
    // Proper prefixes of two words and more.
    let mut h = 0u64;
    for (k, &w) in ws.iter().enumerate().take(n - 1) {
        h = h.wrapping_mul(P).wrapping_add(w);
        if k >= 1 && seen.may_hold(h) {
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
        if n - k >= 2 && seen.may_hold(s) {
            if let Some(bits) = wanted.get_mut(&s) {
                *bits |= CLOSES;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A headline, its title bar and a comment thread's heading naming it.
    const PAGE: [&str; 6] = [
        "Storm closes schools | The Daily",
        "Home",
        "Storm closes schools",
        "Schools closed on Monday as a storm hit the region.",
        "12 thoughts on “Storm closes schools”",
        "Storm closes",
    ];

    #[test]
    fn a_headline_echoed_by_the_title_bar_and_the_comments() {
        let lines = PAGE;
        let e = echoes(lines.iter().copied());
        assert_eq!(e[2], OPENS | CLOSES, "the headline");
        assert_eq!(e[1], 0, "one word is never an echo");
        assert_eq!(e[3], 0, "a paragraph no line repeats");
        assert_eq!(e[0], 0, "the longest line echoes no longer one");
        assert_eq!(e[5], OPENS, "opens the title bar and the headline");
    }

    #[test]
    fn words_hash_as_their_lower_cased_characters() {
        // The words as split on characters that are no letter or digit.
        let slow = |line: &str| {
            let mut out = Vec::new();
            for w in line.split(|c: char| !c.is_alphanumeric()) {
                if w.is_empty() {
                    continue;
                }
                if out.len() > MAX_WORDS {
                    break;
                }
                let h = w
                    .chars()
                    .flat_map(char::to_lowercase)
                    .fold(FNV_START, |h, c| {
                        (h ^ u64::from(u32::from(c))).wrapping_mul(P)
                    });
                out.push(h | 1);
            }
            out
        };
        let long = "Ünïcode wörds ".repeat(40);
        let mut got = Vec::new();
        for line in [
            "The mayor’s “plan” — ÉCOLE Straße İstanbul ΣΟΦΙΑ 東京 2024年",
            "’’",
            "a’b c—d",
            "Ünïcode",
            long.as_str(),
            "Storm closes SCHOOLS, in 2024!",
        ] {
            word_hashes(line, &mut got);
            assert_eq!(got, slow(line), "{line:?}");
        }
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
    fn hashes_not_kept_give_the_same_echoes() {
        let lines = PAGE;
        let all = echoes(lines.iter().copied());
        for stored in [0, 3, 5, 9, 14] {
            assert_eq!(
                echoes_keeping(lines.iter().copied(), stored),
                all,
                "{stored}"
            );
        }
    }

    #[test]
    fn equal_lines_are_no_echo_of_each_other() {
        let e = echoes(["Storm closes schools", "Storm closes schools"].into_iter());
        assert_eq!(e, [0, 0]);
    }
}
