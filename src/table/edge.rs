//! A gate on a word's two end letters and its length, finer than
//! [`super::LengthGate`] (which reads the first byte only).

/// For each pair of ASCII letters (case folded), the byte lengths of the
/// given words that open with the first and end with the second (bit `k`
/// for `k` bytes; a word of 63 bytes or more admits every length from 63
/// up). The gate tells of ASCII words, whose lower case (ASCII
/// lower-casing) opens and ends with a letter only when they do: a word
/// that does not is admitted only when an ASCII entry does not either.
pub(crate) struct EdgeGate {
    pairs: Box<[u64; 26 * 26]>,
    /// An ASCII entry that does not open or end with an ASCII letter.
    odd: bool,
}

/// The index of the pair of the ASCII letters `first` and `last` (either
/// case), `None` when either is no ASCII letter.
#[inline]
fn pair(first: u8, last: u8) -> Option<usize> {
    let letter = |b: u8| {
        b.is_ascii_alphabetic()
            .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
    };
    Some(letter(first)? * 26 + letter(last)?)
}

impl EdgeGate {
    /// The gate of `words` (lower-case entries).
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut pairs = Box::new([0u64; 26 * 26]);
        let mut odd = false;
        for w in words {
            let b = w.as_bytes();
            let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
                odd = true;
                continue;
            };
            match pair(f, l).and_then(|i| pairs.get_mut(i)) {
                Some(g) => *g |= 1 << w.len().min(63),
                None => odd |= w.is_ascii(),
            }
        }
        EdgeGate { pairs, odd }
    }

    /// False when the ASCII word `w` is told apart, by its end letters and
    /// its length, from every word given: then no word given is `w`
    /// ASCII-lower-cased. (A word that does not open and end with an ASCII
    /// letter is admitted when an ASCII word given does not either.)
    #[inline]
    pub(crate) fn admits(&self, w: &[u8]) -> bool {
        match (w.first(), w.last()) {
            (Some(&f), Some(&l)) => match pair(f, l) {
                Some(i) => self
                    .pairs
                    .get(i)
                    .is_some_and(|g| g >> w.len().min(63) & 1 == 1),
                None => self.odd,
            },
            _ => self.odd,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edge_gate_admits_every_entry_in_any_case() {
        let long = "a".repeat(70) + "z";
        let words = ["the", "colour", "a", "x-ray", long.as_str(), "über", "1st"];
        let gate = EdgeGate::new(words);
        for w in ["the", "THE", "The", "colour", "COLOUR", "a", "A", "x-ray"] {
            assert!(gate.admits(w.as_bytes()), "{w}");
        }
        assert!(gate.admits(long.as_bytes()));
        assert!(gate.admits(("A".repeat(80) + "Z").as_bytes()));
        for w in ["tho", "thee", "colours", "b", "x-rays", "az"] {
            assert!(!gate.admits(w.as_bytes()), "{w}");
        }
        // "1st" opens with no letter: such words are all admitted.
        assert!(gate.admits(b"1st") && gate.admits(b"") && gate.admits(b"9"));
        let letters = EdgeGate::new(["the", "\u{fc}ber"]);
        for w in ["1st", "", "the,", "\"the", "\u{fc}ber"] {
            assert!(!letters.admits(w.as_bytes()), "{w}");
        }
    }
}
