//! Static word lists and word tables, looked up through hash sets and maps
//! built on first use, with a gate on a word's first byte and length and
//! short words packed into integers.

use std::sync::OnceLock;

use super::packed::PackedSet;
use super::{StrMap, StrSet};

/// A static word list, looked up through a hash set built on first use.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<WordSet>,
}

/// The entries of a [`WordList`]: those of at most 15 bytes packed into
/// integers (compared without `memcmp`), the longer ones as strings.
struct WordSet {
    short: PackedSet,
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

    /// True when the entry packed as `key` is in the set.
    #[inline]
    fn contains_packed(&self, key: u128) -> bool {
        // The first byte and the length, as `pack` stores them.
        let (first, len) = ((key & 0xFF) as u8, (key >> 120) as usize);
        (len == 0 || self.admits(first, len)) && self.short.contains(key)
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
        let mut long = StrSet::default();
        for w in words.iter().filter(|w| pack(w).is_none()) {
            long.insert(w);
        }
        WordSet {
            short: PackedSet::new(words.iter().filter_map(|w| pack(w))),
            long,
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
            gate: LengthGate::new(words.iter().copied()),
        }
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
                Some(k) => set.short.contains(k),
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
        self.set
            .get_or_init(|| WordSet::new(self.words))
            .contains_packed(key)
    }

    /// `len` is at most the longest entry's length and the entry packed as
    /// `key` is in the list (one read of the built list).
    #[inline]
    pub(crate) fn contains_packed_within(&self, key: u128, len: usize) -> bool {
        let set = self.set.get_or_init(|| WordSet::new(self.words));
        len <= set.longest && set.contains_packed(key)
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
}
