//! Hashed look-ups in the static word tables, and lower-casing that only
//! allocates when the text has something to lower (in [`lower`]).
//!
//! The tables are small and their keys short, so a multiply-rotate hash (the
//! one rustc uses internally) beats both a linear scan and SipHash; the
//! tables are static, so hash flooding is not a concern.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

mod lower;
pub(crate) use lower::{lower, lower_ascii_in, lower_head, with_lower, with_lower_in};

/// Multiply-rotate hasher for short keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            if let Some(dst) = a.get_mut(..rest.len()) {
                dst.copy_from_slice(rest);
            }
            self.add(u64::from_le_bytes(a) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`FastHasher`]s.
pub(crate) type FastBuild = BuildHasherDefault<FastHasher>;

/// A hash set of static strings.
pub(crate) type StrSet = HashSet<&'static str, FastBuild>;

/// A hash map keyed by static strings.
pub(crate) type StrMap<V> = HashMap<&'static str, V, FastBuild>;

/// A static word list, looked up through a hash set built on first use.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<WordSet>,
}

/// The entries of a [`WordList`]: those of at most 15 bytes packed into
/// integers (compared without `memcmp`), the longer ones as strings.
struct WordSet {
    short: HashSet<u128, FastBuild>,
    long: StrSet,
    /// The byte length of the longest entry.
    longest: usize,
    gate: LengthGate,
}

impl WordSet {
    /// False when no entry of `len` bytes starts with `first`: then the
    /// word is no entry, and the look-up is skipped.
    fn admits(&self, first: u8, len: usize) -> bool {
        self.gate.admits(first, len)
    }
}

/// For each first byte, the byte lengths of a list's words starting with
/// it (bit `k` for `k` bytes; words of 64 bytes or more are not recorded
/// and every length from 64 up is admitted): a word whose first byte and
/// length no entry has is not in the list, told before a look-up.
pub(crate) struct LengthGate([u64; 256]);

impl LengthGate {
    /// The gate of `words`.
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut gate = [0u64; 256];
        for w in words {
            if let (Some(&first), true) = (w.as_bytes().first(), w.len() < 64)
                && let Some(g) = gate.get_mut(usize::from(first))
            {
                *g |= 1 << w.len();
            }
        }
        LengthGate(gate)
    }

    /// False when no word of `len` bytes starting with the byte `first` was
    /// given.
    #[inline]
    pub(crate) fn admits(&self, first: u8, len: usize) -> bool {
        len >= 64
            || self
                .0
                .get(usize::from(first))
                .is_some_and(|g| g >> len & 1 == 1)
    }
}

/// `word` packed into an integer (bytes, then the length in the top byte)
/// when it has at most 15 bytes.
fn pack(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    let mut a = [0u8; 16];
    a.get_mut(..b.len())
        .filter(|_| b.len() <= 15)?
        .copy_from_slice(b);
    Some(pack_bytes(a, b.len()))
}

/// The packed form of a word of `len` bytes (at most 15) held in `a`
/// (zeros after it): its bytes, then its length in the top byte.
pub(crate) fn pack_bytes(a: [u8; 16], len: usize) -> u128 {
    u128::from_le_bytes(a) | (len as u128) << 120
}

impl WordSet {
    fn new(words: &[&'static str]) -> Self {
        let mut set = WordSet {
            short: HashSet::default(),
            long: StrSet::default(),
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
            gate: LengthGate::new(words.iter().copied()),
        };
        for w in words {
            match pack(w) {
                Some(k) => {
                    set.short.insert(k);
                }
                None => {
                    set.long.insert(w);
                }
            }
        }
        set
    }
}

impl WordList {
    /// The list `words` (lower-case entries).
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        WordList {
            words,
            set: OnceLock::new(),
        }
    }

    /// The entries, in their order.
    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// True when `word` is an entry (exact comparison).
    pub(crate) fn contains(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| WordSet::new(self.words));
        // Most words looked up are longer than any entry, or no entry has
        // their first byte and length: no hashing.
        word.len() <= set.longest
            && word
                .as_bytes()
                .first()
                .is_none_or(|&b| set.admits(b, word.len()))
            && match pack(word) {
                Some(k) => set.short.contains(&k),
                None => set.long.contains(word),
            }
    }

    /// False when no entry has `len` bytes and starts with the byte `first`.
    pub(crate) fn may_hold(&self, first: u8, len: usize) -> bool {
        let set = self.set.get_or_init(|| WordSet::new(self.words));
        len <= set.longest && set.admits(first, len)
    }

    /// The byte length of the longest entry.
    pub(crate) fn longest(&self) -> usize {
        self.set.get_or_init(|| WordSet::new(self.words)).longest
    }

    /// True when the entry packed as `key` (see [`pack_lower_ascii`]) is in
    /// the list.
    pub(crate) fn contains_packed(&self, key: u128) -> bool {
        let set = self.set.get_or_init(|| WordSet::new(self.words));
        // The first byte and the length, as `pack` stores them.
        let (first, len) = ((key & 0xFF) as u8, (key >> 120) as usize);
        (len == 0 || set.admits(first, len)) && set.short.contains(&key)
    }
}

/// `word` lower-cased and packed as a [`WordList`] packs its entries, when
/// it is ASCII and at most 15 bytes long (no copy, no UTF-8 check).
pub(crate) fn pack_lower_ascii(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > 15 || !word.is_ascii() {
        return None;
    }
    let mut a = [0u8; 16];
    for (d, s) in a.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(a) | (b.len() as u128) << 120)
}

/// A static table of words and values, looked up through a hash map built
/// on first use; the first entry of a word wins, as in a linear search.
pub(crate) struct WordMap<T: 'static> {
    entries: &'static [(&'static str, T)],
    map: OnceLock<(LengthGate, StrMap<T>)>,
}

impl<T: Copy + Send + Sync> WordMap<T> {
    /// The table `entries` (lower-case words).
    pub(crate) const fn new(entries: &'static [(&'static str, T)]) -> Self {
        WordMap {
            entries,
            map: OnceLock::new(),
        }
    }

    /// The value of the first entry spelled `word` (exact comparison).
    pub(crate) fn get(&self, word: &str) -> Option<T> {
        let (gate, map) = self.map.get_or_init(|| {
            let mut m = StrMap::default();
            for &(w, v) in self.entries {
                m.entry(w).or_insert(v);
            }
            (LengthGate::new(self.entries.iter().map(|&(w, _)| w)), m)
        });
        // Most words looked up are no entry, and no entry has their first
        // byte and length: no hashing.
        let admitted = word
            .as_bytes()
            .first()
            .is_none_or(|&b| gate.admits(b, word.len()));
        if !admitted {
            return None;
        }
        map.get(word).copied()
    }
}

/// A static list of substrings, searched for all at once: one pass over
/// the haystack, trying at each byte only the needles that start with it.
pub(crate) struct Needles {
    needles: &'static [&'static str],
    index: OnceLock<NeedleIndex>,
}

/// The needles by first byte, and the set of their first two bytes (a
/// haystack position whose two bytes start no needle is skipped at once).
struct NeedleIndex {
    by_first: Vec<Vec<Candidate>>,
    pairs: Box<[u64; 1024]>,
    /// A one-byte needle: the pair set cannot be used.
    short: bool,
    /// An empty needle: found in every haystack.
    empty: bool,
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
        let mut short = false;
        for n in needles {
            let b = n.as_bytes();
            if let Some(list) = b.first().and_then(|&f| by_first.get_mut(usize::from(f))) {
                list.push(Candidate::new(b));
            }
            match b {
                [b0, b1, ..] => {
                    let k = pair(*b0, *b1);
                    if let Some(w) = pairs.get_mut(k >> 6) {
                        *w |= 1 << (k & 63);
                    }
                }
                _ => short = true,
            }
        }
        NeedleIndex {
            by_first,
            pairs,
            short,
            empty: needles.iter().any(|n| n.is_empty()),
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
        let Some((&first, others)) = bytes.split_first() else {
            return false;
        };
        // The pair ending at each byte, kept in a register as the scan goes.
        let mut key = usize::from(first);
        for (i, &b) in others.iter().enumerate() {
            key = (key << 8 | usize::from(b)) & 0xFFFF;
            let hit = index
                .pairs
                .get(key >> 6)
                .is_some_and(|w| w >> (key & 63) & 1 == 1);
            if hit && bytes.get(i..).is_some_and(|rest| index.at(rest)) {
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
    fn word_lists_find_every_entry_through_the_gate() {
        static ENTRIES: &[&str] = &[
            "",
            "a",
            "the",
            "für",
            "и",
            "e-mail",
            "google+",
            "editor-in-chief",
            "a-sixteen-bytes!",
            "an entry of more than sixty-four bytes, which the gate never checks",
        ];
        static LIST: WordList = WordList::new(ENTRIES);
        for w in ENTRIES {
            assert!(LIST.contains(w), "{w:?}");
            if let Some(k) = pack_lower_ascii(w) {
                assert!(LIST.contains_packed(k), "{w:?}");
            }
        }
        for w in [
            "b",
            "th",
            "thE",
            "The",
            "fü",
            "editor",
            "an entry",
            "x".repeat(70).as_str(),
        ] {
            assert!(!LIST.contains(w), "{w:?}");
        }
        // The gate itself: one first byte and length per entry.
        let set = WordSet::new(ENTRIES);
        assert!(set.admits(b't', 3) && !set.admits(b't', 4) && !set.admits(b'x', 1));
    }

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
    fn lists_and_packed_keys() {
        static L: WordList = WordList::new(&["the", "a", "été", "correspondent"]);
        for w in L.words() {
            assert!(L.contains(w));
        }
        assert!(!L.contains("The"));
        assert!(!L.contains(""));
        assert!(!L.contains("correspondents"));
        static P: WordList = WordList::new(&["a", "fifteen-letters", "sixteen-letters!", "x\0"]);
        for w in P.words() {
            assert!(P.contains(w));
        }
        for w in ["", "a\0", "x", "fifteen-letter", "sixteen-letters", "A"] {
            assert!(!P.contains(w), "{w:?}");
        }
        for w in ["THE", "The", "the", "Thee", "", "A", "Correspondent", "X\0"] {
            let key = pack_lower_ascii(w).unwrap_or_default();
            assert_eq!(L.contains_packed(key), L.contains(&w.to_lowercase()), "{w}");
        }
        assert_eq!(pack_lower_ascii("ÉTÉ"), None);
        assert_eq!(pack_lower_ascii("sixteen-letters!"), None);
        let key = pack_lower_ascii("FIFTEEN-LETTERS").unwrap_or_default();
        assert!(P.contains_packed(key));
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
