//! Tests of the searches and sets of story finding against their
//! definitions, and of the size of the per-line structures.

use super::echo::Echo;
use super::vocab::{Vocab, WordFilter};
use super::{Assign, Item};
use crate::rules::kind::Kind;

/// A xorshift step: the next of a sequence of numbers below `n`.
fn next(seed: &mut u64, n: usize) -> usize {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    usize::try_from(*seed % n.max(1) as u64).unwrap_or(0)
}

/// `len` pieces of `alpha` picked at random.
fn word(seed: &mut u64, alpha: &[&str], len: usize) -> String {
    (0..len)
        .filter_map(|_| alpha.get(next(seed, alpha.len())).copied())
        .collect()
}

/// The search of [`Echo`] finds what `contains` finds, in texts made
/// of a few letters (many candidate places) and in unlike ones.
#[test]
fn echo_finds_what_contains_finds() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let alphabets: [&[&str]; 3] = [
        &["a", " "],
        &["a", "b", " ", "z"],
        &["e", "t", " ", "q", "é", "1"],
    ];
    for round in 0..20_000 {
        let alpha = alphabets
            .get(round % alphabets.len())
            .copied()
            .unwrap_or(&[]);
        let len = 12 + next(&mut seed, 12);
        let small = word(&mut seed, alpha, len);
        let len = next(&mut seed, 40);
        let mut big = word(&mut seed, alpha, len);
        if next(&mut seed, 2) == 0 {
            big.push_str(&small);
            let len = next(&mut seed, 10);
            big.push_str(&word(&mut seed, alpha, len));
        }
        let echo = Echo::new(&small);
        let want = big.len() > small.len() && small.len() >= 12 && big.contains(small.as_str());
        assert_eq!(echo.in_(&big), want, "{small:?} in {big:?}");
        // Once more, with the searcher built or not.
        assert_eq!(echo.in_(&big), want, "{small:?} in {big:?}");
    }
}

/// A [`Vocab`] holds the words put in it and no other, short or long.
#[test]
fn vocab_holds_its_words() {
    let mut seed = 0x1234_5678_9abc_def1u64;
    let alpha = ["a", "b", "é", "0"];
    let words: Vec<String> = (0..2000)
        .map(|_| {
            let len = next(&mut seed, 20);
            word(&mut seed, &alpha, len)
        })
        .collect();
    let (put, kept) = words.split_at(1000);
    let mut v = Vocab::with_capacity(0);
    for w in put {
        v.insert(w);
    }
    for w in put {
        assert!(v.contains(w), "{w:?}");
    }
    for w in kept {
        assert_eq!(v.contains(w), put.contains(w), "{w:?}");
    }
}

/// A [`WordFilter`] holds every word put in it, and passes over most
/// others while it holds few.
#[test]
fn word_filter_holds_its_words() {
    let mut seed = 0x0bad_5eed_1234_5678u64;
    let alpha = ["a", "b", "t", "é", "9"];
    let mut f = WordFilter::default();
    let put: Vec<String> = (0..60)
        .map(|_| {
            let len = 3 + next(&mut seed, 8);
            word(&mut seed, &alpha, len)
        })
        .collect();
    for w in &put {
        f.insert(w);
    }
    assert!(put.iter().all(|w| f.may_hold(w)));
    let others = (0..1000)
        .map(|_| {
            let len = 3 + next(&mut seed, 8);
            word(&mut seed, &alpha, len)
        })
        .filter(|w| f.may_hold(w) && !put.contains(w))
        .count();
    assert!(others < 500, "{others}");
}

/// One item and one assignment per kept line: their sizes are the
/// per-line cost of a large document (peak memory).
#[test]
#[cfg(target_pointer_width = "64")]
fn per_line_structures_stay_small() {
    assert!(std::mem::size_of::<Kind>() <= 16);
    assert!(std::mem::size_of::<Item<'_>>() <= 64);
    assert!(std::mem::size_of::<Assign>() <= 16);
}
