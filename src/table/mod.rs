//! Hashed look-ups in the static word tables, and lower-casing that only
//! allocates when the text has something to lower (in [`lower`]).
//!
//! The tables are small and their keys short, so a multiply-rotate hash (the
//! one rustc uses internally) beats both a linear scan and SipHash; the
//! tables are static, so hash flooding is not a concern.
//!
//! The hasher and the hashed collections are here; the word lists and word
//! tables built on them are in `words`, the substring searches in `needles`.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

mod ascii;
mod edge;
mod first_byte;
mod lower;
mod needles;
mod packed;
mod spaces;
mod text_memo;
mod words;
pub(crate) use ascii::{DIGIT, UPPER, alnum_kind, alnum_lower};
pub(crate) use edge::EdgeGate;
pub(crate) use first_byte::ByFirstByte;
pub(crate) use lower::{
    ascii_prefix_len, each_lower, lower, lower_ascii_in, lower_head, lower_one, with_lower,
    with_lower_in,
};
pub(crate) use needles::{Needles, has_sub};
pub(crate) use spaces::{for_words, words_in};
pub(crate) use text_memo::TextMemo;
pub(crate) use words::{LengthGate, WordList, WordMap, pack_bytes, pack_lower_ascii};

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
