//! Substring searches: a static list of needles searched for all at once,
//! and one short needle searched for without the standard searcher's setup.

use std::sync::OnceLock;

/// A static list of substrings, searched for all at once: one pass over
/// the haystack, trying at each byte only the needles that start with it
/// (or, when no needle is shorter than two bytes and at most three have
/// two, a pass that skips bytes: see [`Skip`]).
pub(crate) struct Needles {
    needles: &'static [&'static str],
    index: OnceLock<NeedleIndex>,
}

/// The needles by first byte; the set of their first two bytes (a haystack
/// position whose two bytes start no needle is skipped at once); the set of
/// the pairs that are whole needles; and a hashed set of the first three
/// bytes of the longer needles (a position whose pair starts a needle is
/// compared with the needles only when its three bytes may start one too).
struct NeedleIndex {
    by_first: Vec<Vec<Candidate>>,
    pairs: Box<BitSet>,
    /// The two-byte needles.
    whole_pairs: Box<BitSet>,
    /// [`tri_key`] of the first three bytes of each longer needle.
    triples: Box<BitSet>,
    /// A one-byte needle: the pair set cannot be used.
    short: bool,
    /// An empty needle: found in every haystack.
    empty: bool,
    /// The skipping search, when the needles allow it.
    skip: Option<Skip>,
}

/// A search that skips bytes (Wu and Manber's): the two-byte needles (a
/// few) are looked for on their own; over a window as long as the
/// shortest longer needle (`len`, at least three bytes), the pair ending
/// it tells how far the window may move on without passing a needle's
/// start: the least distance from that pair, within the first `len` bytes
/// of a needle, to the end of those bytes (hashed pairs share the least).
struct Skip {
    two: Vec<[u8; 2]>,
    len: usize,
    shift: Box<[u8; 4096]>,
}

/// The 12-bit hash of a pair (see [`pair`]) in the [`Skip`] table.
#[inline]
fn pair_slot(pair: usize) -> usize {
    ((pair as u32).wrapping_mul(0x9E37_79B1) >> 20) as usize
}

impl Skip {
    fn new(needles: &[&[u8]]) -> Option<Skip> {
        let two: Vec<[u8; 2]> = needles
            .iter()
            .filter_map(|n| (*n).try_into().ok())
            .collect();
        let long = || needles.iter().filter(|n| n.len() >= 3);
        let len = long().map(|n| n.len()).min()?;
        if two.len() > 3 || needles.iter().any(|n| n.len() < 2) || len > 255 {
            return None;
        }
        let mut shift = Box::new([(len - 1) as u8; 4096]);
        for n in long() {
            for (q, w) in n.windows(2).take(len - 1).enumerate() {
                if let [b0, b1] = w
                    && let Some(slot) = shift.get_mut(pair_slot(pair(*b0, *b1)))
                {
                    *slot = (*slot).min((len - 2 - q) as u8);
                }
            }
        }
        Some(Skip { two, len, shift })
    }
}

/// A set of 16-bit keys.
type BitSet = [u64; 1024];

/// True when `set` holds `key` (below 2^16).
#[inline]
fn has_key(set: &BitSet, key: usize) -> bool {
    set.get(key >> 6).is_some_and(|w| w >> (key & 63) & 1 == 1)
}

/// Adds `key` (below 2^16) to `set`.
fn add_key(set: &mut BitSet, key: usize) {
    if let Some(w) = set.get_mut(key >> 6) {
        *w |= 1 << (key & 63);
    }
}

/// A 16-bit hash of the pair `pair` followed by the byte `b`.
#[inline]
fn tri_key(pair: usize, b: u8) -> usize {
    let k = (pair as u32) << 8 | u32::from(b);
    (k.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// A needle, with its first eight bytes as a little-endian word (and the
/// mask of the bytes it has) for a comparison without a call to `memcmp`.
struct Candidate {
    head: u64,
    mask: u64,
    needle: &'static [u8],
}

/// The first eight bytes of `b` as a little-endian word, zero-padded.
fn head_word(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    let n = b.len().min(8);
    if let (Some(dst), Some(src)) = (a.get_mut(..n), b.get(..n)) {
        dst.copy_from_slice(src);
    }
    u64::from_le_bytes(a)
}

impl Candidate {
    fn new(needle: &'static [u8]) -> Self {
        let n = needle.len().min(8);
        let mask = if n == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        Candidate {
            head: head_word(needle),
            mask,
            needle,
        }
    }

    /// True when the needle starts at `rest` (`rest.starts_with(needle)`).
    fn at(&self, rest: &[u8], rest_head: u64) -> bool {
        rest_head & self.mask == self.head
            && rest.len() >= self.needle.len()
            && (self.needle.len() <= 8 || rest.starts_with(self.needle))
    }
}

impl NeedleIndex {
    fn new(needles: &'static [&'static str]) -> Self {
        let mut by_first: Vec<Vec<Candidate>> = (0..256).map(|_| Vec::new()).collect();
        let mut pairs = Box::new([0u64; 1024]);
        let mut whole_pairs = Box::new([0u64; 1024]);
        let mut triples = Box::new([0u64; 1024]);
        let mut short = false;
        for n in needles {
            let b = n.as_bytes();
            if let Some(list) = b.first().and_then(|&f| by_first.get_mut(usize::from(f))) {
                list.push(Candidate::new(b));
            }
            match b {
                [b0, b1] => {
                    add_key(&mut pairs, pair(*b0, *b1));
                    add_key(&mut whole_pairs, pair(*b0, *b1));
                }
                [b0, b1, b2, ..] => {
                    add_key(&mut pairs, pair(*b0, *b1));
                    add_key(&mut triples, tri_key(pair(*b0, *b1), *b2));
                }
                _ => short = true,
            }
        }
        let bytes: Vec<&[u8]> = needles.iter().map(|n| n.as_bytes()).collect();
        NeedleIndex {
            by_first,
            pairs,
            whole_pairs,
            triples,
            short,
            empty: needles.iter().any(|n| n.is_empty()),
            skip: Skip::new(&bytes),
        }
    }

    /// True when a needle starts at `rest`.
    fn at(&self, rest: &[u8]) -> bool {
        rest.first()
            .and_then(|&b| self.by_first.get(usize::from(b)))
            .is_some_and(|list| {
                let h = head_word(rest);
                list.iter().any(|c| c.at(rest, h))
            })
    }
}

impl NeedleIndex {
    /// True when `bytes` holds a needle, searched with `skip`.
    fn skip_search(&self, skip: &Skip, bytes: &[u8]) -> bool {
        let two = |&[b0, b1]: &[u8; 2]| {
            memchr::memchr_iter(b0, bytes).any(|i| bytes.get(i + 1) == Some(&b1))
        };
        if skip.two.iter().any(two) {
            return true;
        }
        let mut p = 0;
        while let (Some(&a), Some(&b)) = (bytes.get(p + skip.len - 2), bytes.get(p + skip.len - 1))
        {
            let sh = skip.shift.get(pair_slot(pair(a, b))).copied().unwrap_or(0);
            if sh > 0 {
                p += usize::from(sh);
                continue;
            }
            if let Some(rest @ [b0, b1, b2, ..]) = bytes.get(p..) {
                let key = pair(*b0, *b1);
                if has_key(&self.pairs, key)
                    && has_key(&self.triples, tri_key(key, *b2))
                    && self.at(rest)
                {
                    return true;
                }
            }
            p += 1;
        }
        false
    }
}

fn pair(b0: u8, b1: u8) -> usize {
    usize::from(b0) << 8 | usize::from(b1)
}

impl Needles {
    /// The list `needles`.
    pub(crate) const fn new(needles: &'static [&'static str]) -> Self {
        Needles {
            needles,
            index: OnceLock::new(),
        }
    }

    /// True when `hay` contains one of the needles (as `str::contains` would
    /// find it: UTF-8 needles only match at character boundaries).
    pub(crate) fn found_in(&self, hay: &str) -> bool {
        let index = self.index.get_or_init(|| NeedleIndex::new(self.needles));
        if index.empty {
            return true;
        }
        let bytes = hay.as_bytes();
        if index.short {
            return (0..bytes.len()).any(|i| bytes.get(i..).is_some_and(|rest| index.at(rest)));
        }
        if let Some(skip) = &index.skip {
            return index.skip_search(skip, bytes);
        }
        let Some((&first, others)) = bytes.split_first() else {
            return false;
        };
        // The pair ending at each byte, kept in a register as the scan goes.
        let mut key = usize::from(first);
        for (i, &b) in others.iter().enumerate() {
            key = (key << 8 | usize::from(b)) & 0xFFFF;
            if !has_key(&index.pairs, key) {
                continue;
            }
            if has_key(&index.whole_pairs, key) {
                return true;
            }
            // A longer needle starts here only if the three bytes may start one.
            let Some(&third) = bytes.get(i + 2) else {
                return false;
            };
            if has_key(&index.triples, tri_key(key, third))
                && bytes.get(i..).is_some_and(|rest| index.at(rest))
            {
                return true;
            }
        }
        false
    }
}

/// `hay.contains(needle)` for the short needles of the line tests, without
/// the setup of the standard two-way searcher (which costs more than the
/// search on a line): each place the needle's first byte occurs is compared.
pub(crate) fn has_sub(hay: &str, needle: &str) -> bool {
    find_sub(hay, needle).is_some()
}

/// `hay.find(needle)`, searched as [`has_sub`] searches.
pub(crate) fn find_sub(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    memchr::memchr_iter(first, h).find(|&i| h.get(i + 1..).is_some_and(|t| t.starts_with(rest)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substring_test_agrees_with_std() {
        let hays = [
            "",
            "by",
            "Written by Jane",
            "nothing here",
            "a - b",
            "a -b",
            "wait...",
            "é·ü — x",
            "Ünïcödé only",
            "x\u{2013}y",
            "bbby",
        ];
        for h in hays {
            for n in ["by", " - ", "...", "", "é", "—", "y"] {
                assert_eq!(has_sub(h, n), h.contains(n), "{h:?} {n:?}");
                assert_eq!(find_sub(h, n), h.find(n), "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn needles_agree_with_contains_on_generated_lines() {
        use crate::lexicon::{
            COMMENT_MARKERS, FOOTER_MARKERS, NEWSLETTER_MARKERS, RIGHTS_RESERVED,
        };
        static LISTS: [&[&str]; 4] = [
            COMMENT_MARKERS,
            NEWSLETTER_MARKERS,
            FOOTER_MARKERS,
            RIGHTS_RESERVED,
        ];
        static SETS: [Needles; 4] = [
            Needles::new(COMMENT_MARKERS),
            Needles::new(NEWSLETTER_MARKERS),
            Needles::new(FOOTER_MARKERS),
            Needles::new(RIGHTS_RESERVED),
        ];
        static TWO: Needles = Needles::new(&["©", "ab", "abc", "xyz"]);
        static THREE: Needles =
            Needles::new(&["ago", "hoy", "vor ", "il y a", "назад", "just now"]);
        // Pieces: whole needles, their heads and tails (which meet across
        // pieces), common words, other scripts and marks.
        let mut pieces: Vec<String> = Vec::new();
        for list in LISTS {
            for n in list {
                pieces.push((*n).to_string());
                let cut = n.char_indices().nth(2).map_or(n.len(), |(i, _)| i);
                pieces.push(n.get(..cut).unwrap_or(n).to_string());
                pieces.push(n.get(cut..).unwrap_or("").to_string());
            }
        }
        for p in [
            " ", " the ", "a", "b", "c", "x", "y", "z", "co", "su", "re", "©", "é", "—", "2025",
            ", ", ". ", "to", "th", "in", "al", "ko", "無", "版", "все", "\u{a9}", "ago", "ag",
            "go", "hoy", "vor", "il y", " a", "наз", "ад", "just", " now",
        ] {
            pieces.push(p.to_string());
        }
        let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut texts = crate::testgen::Texts::new(&refs, 0x5eed_1e55);
        for k in 0..20_000 {
            let hay = texts.text(1 + k % 7);
            for (list, set) in LISTS.iter().zip(&SETS) {
                let want = list.iter().any(|n| hay.contains(n));
                assert_eq!(set.found_in(&hay), want, "{hay:?}");
            }
            for set in [&TWO, &THREE] {
                let want = set.needles.iter().any(|n| hay.contains(n));
                assert_eq!(set.found_in(&hay), want, "{hay:?}");
            }
        }
    }

    #[test]
    fn needles_find_what_contains_finds() {
        static N: Needles = Needles::new(&["ago", "il y a", "©", "назад", "thoughts on “"]);
        static ONE: Needles = Needles::new(&["x", "ab"]);
        for hay in ["", "x", "a", "ab", "b", "zzx", "zab", "ba"] {
            assert_eq!(ONE.found_in(hay), hay.contains('x') || hay.contains("ab"));
        }
        for hay in [
            "",
            "2 hours ago",
            "agony",
            "il y a 3 jours",
            "il  y a",
            "© 2025",
            "3 дня назад",
            "3 thoughts on “x”",
            "thoughts on \"x\"",
            "a",
            "ag",
        ] {
            let want = N.needles.iter().any(|n| hay.contains(n));
            assert_eq!(N.found_in(hay), want, "{hay}");
        }
    }
}
