//! A gate on a word's two end letters and its length, finer than
//! [`super::LengthGate`] (which reads the first byte only).

/// For each pair of ASCII letters (case folded), the byte lengths of the
/// given words that open with the first and end with the second (bit `k`
/// for `k` bytes; a word of 63 bytes or more admits every length from 63
/// up). The gate tells of ASCII words, whose lower case (ASCII
/// lower-casing) opens and ends with a letter only when they do: a word
/// that does not is admitted only when an ASCII entry does not either.
pub(crate) struct EdgeGate {
    /// Indexed by [`pair`]: the pairs of two letters, and those with a byte
    /// that is no letter at either end (every length when an ASCII entry
    /// does not open or end with a letter, none otherwise).
    pairs: Box<[u64; 27 * 27]>,
    /// An ASCII entry that does not open or end with an ASCII letter.
    odd: bool,
}

/// Per byte: its letter's number (0 for 'a' or 'A' to 25 for 'z' or 'Z')
/// when it is an ASCII letter, 26 otherwise.
// Built at compile time; the indices stay below the length (letters).
#[allow(clippy::indexing_slicing)]
static LETTER: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut k = 0u8;
    while k < 26 {
        t[(b'a' + k) as usize] = k;
        t[(b'A' + k) as usize] = k;
        k += 1;
    }
    t
};

/// The index of the pair of the bytes `first` and `last`: below 26 * 27 + 26
/// for two ASCII letters (either case), in row or column 26 otherwise.
#[inline(always)]
fn pair(first: u8, last: u8) -> usize {
    let letter = |b: u8| usize::from(LETTER.get(usize::from(b)).copied().unwrap_or(26));
    letter(first) * 27 + letter(last)
}

impl EdgeGate {
    /// The gate of `words` (lower-case entries).
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut pairs = Box::new([0u64; 27 * 27]);
        let mut odd = false;
        for w in words {
            let b = w.as_bytes();
            let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
                odd = true;
                continue;
            };
            if f.is_ascii_alphabetic() && l.is_ascii_alphabetic() {
                if let Some(g) = pairs.get_mut(pair(f, l)) {
                    *g |= 1 << w.len().min(63);
                }
            } else {
                odd |= w.is_ascii();
            }
        }
        if odd {
            for (i, g) in pairs.iter_mut().enumerate() {
                if i / 27 == 26 || i % 27 == 26 {
                    *g = u64::MAX;
                }
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
            (Some(&f), Some(&l)) => self
                .pairs
                .get(pair(f, l))
                .is_some_and(|g| g >> w.len().min(63) & 1 == 1),
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
        // Generated words against the definition, on both sets of entries.
        let ends = |w: &[u8]| match (w.first(), w.last()) {
            (Some(f), Some(l)) if f.is_ascii_alphabetic() && l.is_ascii_alphabetic() => {
                Some((f.to_ascii_lowercase(), l.to_ascii_lowercase()))
            }
            _ => None,
        };
        let slow = |entries: &[&str], w: &[u8]| match ends(w) {
            Some(e) => entries
                .iter()
                .any(|x| ends(x.as_bytes()) == Some(e) && x.len().min(63) == w.len().min(63)),
            None => entries
                .iter()
                .any(|x| x.is_ascii() && ends(x.as_bytes()).is_none()),
        };
        let pieces = [
            "t", "H", "e", "a", "Z", "-", "1", "\u{fc}", " ", "colour", "x",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x1234_5678_9abc_def1);
        for n in 0..20_000 {
            let w = texts.text(n % 7);
            assert_eq!(
                gate.admits(w.as_bytes()),
                slow(&words, w.as_bytes()),
                "{w:?}"
            );
            let set = ["the", "\u{fc}ber"];
            assert_eq!(
                letters.admits(w.as_bytes()),
                slow(&set, w.as_bytes()),
                "{w:?}"
            );
        }
    }
}
