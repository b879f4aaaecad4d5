//! A gate on a word's two end letters and its length, finer than
//! [`super::LengthGate`] (which reads the first byte only).

/// For each pair of ASCII letters (case folded), the byte lengths of the
/// given words that open with the first and end with the second (bit `k`
/// for `k` bytes; a word of 63 bytes or more admits every length from 63
/// up). Only words opening and ending with an ASCII letter are recorded:
/// the gate tells of ASCII words, whose lower case (ASCII lower-casing)
/// opens and ends with a letter only when they do.
pub(crate) struct EdgeGate(Box<[u64; 26 * 26]>);

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
        let mut gate = Box::new([0u64; 26 * 26]);
        for w in words {
            let b = w.as_bytes();
            if let (Some(&f), Some(&l)) = (b.first(), b.last())
                && let Some(g) = pair(f, l).and_then(|i| gate.get_mut(i))
            {
                *g |= 1 << w.len().min(63);
            }
        }
        EdgeGate(gate)
    }

    /// False when the ASCII word `w` is told apart, by its end letters and
    /// its length, from the ASCII lower case of every word given: then no
    /// word given is `w` lower-cased. (A word that does not open and end
    /// with an ASCII letter is admitted only by words that do not either,
    /// and those are not recorded: it is never admitted.)
    #[inline]
    pub(crate) fn admits(&self, w: &[u8]) -> bool {
        let (Some(&f), Some(&l)) = (w.first(), w.last()) else {
            return false;
        };
        pair(f, l)
            .and_then(|i| self.0.get(i))
            .is_some_and(|g| g >> w.len().min(63) & 1 == 1)
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
        for w in [
            "tho", "thee", "colours", "b", "", "1st", "x-rays", "az", "über",
        ] {
            assert!(!gate.admits(w.as_bytes()), "{w}");
        }
    }
}
