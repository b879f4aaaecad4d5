//! A set of words packed into integers (see `words::pack_bytes`), looked up
//! in an open-addressed table: one multiply, and most look-ups read one slot
//! (no hasher state, no group probing).

/// The packed words of a word list, each in a slot of a table at most a
/// quarter full, found by linear probing from the slot its hash names.
pub(crate) struct PackedSet {
    /// The keys, [`EMPTY`] in a free slot; a power of two long.
    slots: Box<[u128]>,
    /// The top bits of the hash that name a slot: 64 minus log2 of the
    /// table's length.
    shift: u32,
}

/// A free slot: no packed word (its length byte would be 255).
const EMPTY: u128 = u128::MAX;

/// The multiplier of the hash (an odd constant with well-mixed bits).
const K: u64 = 0x9e37_79b9_7f4a_7c15;

impl PackedSet {
    /// The set of `keys` (packed words: a key whose high half is all ones,
    /// as [`EMPTY`]'s is, is left out).
    pub(crate) fn new(keys: impl IntoIterator<Item = u128>) -> Self {
        let keys: Vec<u128> = keys
            .into_iter()
            .filter(|&k| (k >> 64) as u64 != u64::MAX)
            .collect();
        let len = (keys.len() * 4).next_power_of_two().max(16);
        let mut set = PackedSet {
            slots: vec![EMPTY; len].into_boxed_slice(),
            shift: 64 - len.trailing_zeros(),
        };
        for k in keys {
            let mut i = set.slot(k);
            let mask = set.slots.len() - 1;
            while let Some(s) = set.slots.get_mut(i) {
                if *s == EMPTY || *s == k {
                    *s = k;
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        set
    }

    /// The slot where the search for `key` starts.
    #[inline]
    fn slot(&self, key: u128) -> usize {
        let h = ((key as u64) ^ (key >> 64) as u64).wrapping_mul(K);
        (h >> self.shift) as usize
    }

    /// True when `key` is in the set.
    #[inline]
    pub(crate) fn contains(&self, key: u128) -> bool {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        // The table is never full: a free slot ends every search. (A free
        // slot is told by its high half alone: a packed word's top byte is
        // its length, at most 15.)
        while let Some(&s) = self.slots.get(i) {
            if s == key {
                return key != EMPTY;
            }
            if (s >> 64) as u64 == u64::MAX {
                return false;
            }
            i = (i + 1) & mask;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_its_keys_and_no_other() {
        // Keys that share low bits or high bits, and many of them.
        let keys: Vec<u128> = (0..500u128)
            .map(|k| (k * 0x1_0000) | ((k % 7) << 120))
            .chain((0..64).map(|k| 1u128 << (k + 64)))
            .collect();
        let set = PackedSet::new(keys.iter().copied());
        for &k in &keys {
            assert!(set.contains(k), "{k:x}");
        }
        for k in 0..5000u128 {
            let key = k * 0x1_0000 + 1;
            assert_eq!(set.contains(key), keys.contains(&key), "{key:x}");
        }
        assert!(!set.contains(EMPTY - 1));
        assert!(!set.contains(EMPTY));
        let empty = PackedSet::new([]);
        assert!(!empty.contains(0));
        // A key whose high half is all ones is left out (it is no word).
        let odd = PackedSet::new([EMPTY - 5, 7]);
        assert!(!odd.contains(EMPTY - 5) && odd.contains(7));
    }
}
