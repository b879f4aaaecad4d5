//! Hashed look-ups in the static word tables, and lower-casing that only
//! allocates when the text has something to lower.
//!
//! The tables are small and their keys short, so a multiply-rotate hash (the
//! one rustc uses internally) beats both a linear scan and SipHash; the
//! tables are static, so hash flooding is not a concern.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

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
    set: OnceLock<StrSet>,
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
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// A static table of words and values, looked up through a hash map built
/// on first use; the first entry of a word wins, as in a linear search.
pub(crate) struct WordMap<T: 'static> {
    entries: &'static [(&'static str, T)],
    map: OnceLock<StrMap<T>>,
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
        self.map
            .get_or_init(|| {
                let mut m = StrMap::default();
                for &(w, v) in self.entries {
                    m.entry(w).or_insert(v);
                }
                m
            })
            .get(word)
            .copied()
    }
}

/// A static list of substrings, searched for all at once: one pass over
/// the haystack, trying at each byte only the needles that start with it.
pub(crate) struct Needles {
    needles: &'static [&'static str],
    by_first: OnceLock<Vec<Vec<&'static [u8]>>>,
}

impl Needles {
    /// The list `needles`.
    pub(crate) const fn new(needles: &'static [&'static str]) -> Self {
        Needles {
            needles,
            by_first: OnceLock::new(),
        }
    }

    /// True when `hay` contains one of the needles (as `str::contains` would
    /// find it: UTF-8 needles only match at character boundaries).
    pub(crate) fn found_in(&self, hay: &str) -> bool {
        if self.needles.iter().any(|n| n.is_empty()) {
            return true;
        }
        let index = self.by_first.get_or_init(|| {
            let mut v: Vec<Vec<&'static [u8]>> = vec![Vec::new(); 256];
            for n in self.needles {
                if let Some(list) = n
                    .as_bytes()
                    .first()
                    .and_then(|&b| v.get_mut(usize::from(b)))
                {
                    list.push(n.as_bytes());
                }
            }
            v
        });
        let bytes = hay.as_bytes();
        bytes.iter().enumerate().any(|(i, &b)| {
            index.get(usize::from(b)).is_some_and(|list| {
                !list.is_empty()
                    && bytes
                        .get(i..)
                        .is_some_and(|rest| list.iter().any(|n| rest.starts_with(n)))
            })
        })
    }
}

/// `s.to_lowercase()`, borrowed when `s` is ASCII without upper-case letters.
pub(crate) fn lower(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_lowering() {
        static L: WordList = WordList::new(&["the", "a", "été", "correspondent"]);
        for w in L.words() {
            assert!(L.contains(w));
        }
        assert!(!L.contains("The"));
        assert!(!L.contains(""));
        assert!(!L.contains("correspondents"));
        for s in ["Straße", "ÉTÉ", "abc", "ABC d", "", "İ"] {
            assert_eq!(lower(s), s.to_lowercase());
        }
        assert!(matches!(lower("already lower"), Cow::Borrowed(_)));
    }

    #[test]
    fn needles_find_what_contains_finds() {
        static N: Needles = Needles::new(&["ago", "il y a", "©", "назад", "thoughts on “"]);
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
