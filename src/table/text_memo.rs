//! A bounded memo keyed by short texts: each text is kept once, in one
//! buffer with the others (no allocation per text), and found by its hash.

use super::FastBuild;
use std::collections::HashMap;
use std::hash::BuildHasher;

/// Values of texts, at most `max` of them (emptied when full).
#[derive(Debug)]
pub(crate) struct TextMemo<V> {
    /// A text's hash to where its bytes are in `texts` and its value.
    map: HashMap<u64, (u32, u32, V), FastBuild>,
    texts: String,
    max: usize,
}

impl<V> TextMemo<V> {
    /// An empty memo of at most `max` texts (sized for them up front:
    /// growing it rehashed every text).
    pub(crate) fn new(max: usize) -> Self {
        TextMemo {
            map: HashMap::with_capacity_and_hasher(max, FastBuild::default()),
            texts: String::new(),
            max,
        }
    }

    /// The hash `text` is looked up by.
    pub(crate) fn hash(text: &str) -> u64 {
        FastBuild::default().hash_one(text)
    }

    /// The value of `text`, whose [`TextMemo::hash`] is `hash`, if it is
    /// held.
    pub(crate) fn get(&self, hash: u64, text: &str) -> Option<&V> {
        let (at, len, v) = self.map.get(&hash)?;
        let held = self.texts.get(*at as usize..(*at as usize + *len as usize));
        (held == Some(text)).then_some(v)
    }

    /// Holds `value` for `text`, whose [`TextMemo::hash`] is `hash` (in
    /// place of any text of that hash).
    pub(crate) fn put(&mut self, hash: u64, text: &str, value: V) {
        if self.map.len() >= self.max || self.texts.len() > self.max.saturating_mul(256) {
            self.map.clear();
            self.texts.clear();
        }
        let (Ok(at), Ok(len)) = (u32::try_from(self.texts.len()), u32::try_from(text.len())) else {
            return;
        };
        self.texts.push_str(text);
        self.map.insert(hash, (at, len, value));
    }
}

#[cfg(test)]
mod tests {
    use super::TextMemo;

    #[test]
    fn texts_are_found_by_hash_and_text() {
        let mut m = TextMemo::new(2);
        let h = TextMemo::<u8>::hash;
        m.put(h("Home"), "Home", 1);
        m.put(h("Share"), "Share", 2);
        assert_eq!(m.get(h("Home"), "Home"), Some(&1));
        // A text of the same hash but other bytes is not found.
        assert_eq!(m.get(h("Home"), "Hom"), None);
        // Full: emptied before the third text.
        m.put(h("Menu"), "Menu", 3);
        assert_eq!(m.get(h("Home"), "Home"), None);
        assert_eq!(m.get(h("Menu"), "Menu"), Some(&3));
    }
}
