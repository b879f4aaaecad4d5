//! The words lines share: sets and filters of words, and the share of a
//! line's content words another text holds.

use super::Item;

/// Share of a line's content words (not function words, 3+ letters) that occur in `vocab`.
pub(super) fn overlap(it: &Item<'_>, vocab: &Vocab<'_>) -> f32 {
    let (mut n, mut hit) = (0usize, 0usize);
    for w in it.norm().split_ascii_whitespace() {
        if w.chars().count() < 3 || crate::lexicon::is_stopword(w) {
            continue;
        }
        n += 1;
        if vocab.contains(w) {
            hit += 1;
        }
    }
    if n == 0 { 0.0 } else { hit as f32 / n as f32 }
}

/// A filter of words: 1024 bits, one set for each word put in, picked by
/// its length and its first two and last bytes. It holds every word put in
/// and may hold others.
#[derive(Debug, Default)]
pub(super) struct WordFilter([u64; 16]);

impl WordFilter {
    fn bit(w: &str) -> (usize, u64) {
        let b = w.as_bytes();
        let byte = |k: Option<&u8>| u32::from(k.copied().unwrap_or(0));
        let key = byte(b.first()) | byte(b.get(1)) << 8 | byte(b.last()) << 16;
        let h = (key ^ (w.len() as u32) << 24).wrapping_mul(0x9E37_79B1) >> 22;
        ((h >> 6) as usize, 1u64 << (h & 63))
    }

    pub(super) fn insert(&mut self, w: &str) {
        let (k, m) = WordFilter::bit(w);
        if let Some(x) = self.0.get_mut(k) {
            *x |= m;
        }
    }

    pub(super) fn may_hold(&self, w: &str) -> bool {
        let (k, m) = WordFilter::bit(w);
        self.0.get(k).is_some_and(|x| x & m != 0)
    }
}

/// The share of `head`'s content words (three letters or more, not function
/// words) that `other` prints too.
pub(super) fn echo_share(head: &Item<'_>, other: &Item<'_>) -> f32 {
    let mut words = Vocab::with_capacity(0);
    for w in other.norm().split_ascii_whitespace() {
        words.insert(w);
    }
    overlap(head, &words)
}

/// A set of words: those of at most 15 bytes packed into integers with
/// their length (hashed in two steps and compared without `memcmp`), the
/// longer ones as strings.
pub(super) struct Vocab<'a> {
    short: std::collections::HashSet<u128, crate::table::FastBuild>,
    long: std::collections::HashSet<&'a str, crate::table::FastBuild>,
}

impl<'a> Vocab<'a> {
    pub(super) fn with_capacity(n: usize) -> Self {
        Vocab {
            short: std::collections::HashSet::with_capacity_and_hasher(n, Default::default()),
            long: std::collections::HashSet::default(),
        }
    }

    /// `w` as an integer: its bytes, then its length in the top byte; `None`
    /// when it is longer than 15 bytes. Two words have the same key only
    /// when they are the same.
    fn key(w: &str) -> Option<u128> {
        if w.len() > 15 {
            return None;
        }
        let k = w.bytes().rev().fold(0u128, |k, b| (k << 8) | u128::from(b));
        Some(k | (w.len() as u128) << 120)
    }

    pub(super) fn insert(&mut self, w: &'a str) {
        match Vocab::key(w) {
            Some(k) => self.short.insert(k),
            None => self.long.insert(w),
        };
    }

    pub(super) fn contains(&self, w: &str) -> bool {
        match Vocab::key(w) {
            Some(k) => self.short.contains(&k),
            None => self.long.contains(w),
        }
    }
}
