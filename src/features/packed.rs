//! [`LineStats`] in 24 bytes, not 52: a page of tiny lines holds one per
//! line. Each counter fits 16 bits unless the line is very long; such a line
//! keeps its statistics boxed, so every value read back is exact.

use super::LineStats;

/// A line's statistics as [`PackedStats::pack`] stores them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PackedStats(Repr);

#[derive(Debug, Clone, PartialEq)]
enum Repr {
    /// The counters in [`LineStats`]' order, and the flags as bits.
    Small { counts: [u16; COUNTERS], flags: u8 },
    /// A line with a counter over `u16::MAX`.
    Big(Box<LineStats>),
}

/// [`LineStats`]' counters.
const COUNTERS: usize = 11;

/// The counters of `s`, in one order for packing and unpacking.
fn counters(s: &mut LineStats) -> [&mut u32; COUNTERS] {
    [
        &mut s.chars,
        &mut s.words,
        &mut s.cjk,
        &mut s.sentences,
        &mut s.stop_words,
        &mut s.capitalised,
        &mut s.letters,
        &mut s.upper,
        &mut s.digits,
        &mut s.punct,
        &mut s.separators,
    ]
}

impl PackedStats {
    /// `s`, packed.
    pub(crate) fn pack(s: &LineStats) -> PackedStats {
        let mut wide = *s;
        let mut counts = [0u16; COUNTERS];
        for (c, w) in counts.iter_mut().zip(counters(&mut wide)) {
            match u16::try_from(*w) {
                Ok(v) => *c = v,
                Err(_) => return PackedStats(Repr::Big(Box::new(*s))),
            }
        }
        let flags = u8::from(s.ends_sentence)
            | u8::from(s.ends_colon) << 1
            | u8::from(s.opens_with_mark) << 2
            | u8::from(s.link_like) << 3
            | u8::from(s.furniture) << 4
            | u8::from(s.opens_with_quantity) << 5;
        PackedStats(Repr::Small { counts, flags })
    }

    /// The statistics, as they were packed.
    #[inline]
    pub(crate) fn get(&self) -> LineStats {
        match &self.0 {
            Repr::Big(s) => **s,
            Repr::Small { counts, flags } => {
                let bit = |k: u8| flags >> k & 1 == 1;
                let mut s = LineStats {
                    ends_sentence: bit(0),
                    ends_colon: bit(1),
                    opens_with_mark: bit(2),
                    link_like: bit(3),
                    furniture: bit(4),
                    opens_with_quantity: bit(5),
                    ..LineStats::default()
                };
                for (w, &c) in counters(&mut s).into_iter().zip(counts) {
                    *w = u32::from(c);
                }
                s
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_read_back_exactly_and_small() {
        assert!(std::mem::size_of::<PackedStats>() <= 24);
        let long = "word ".repeat(70_000);
        for line in [
            "",
            "March 4, 2025",
            "Home | World › Sport",
            "东京电力公司表示。",
            &long,
        ] {
            let s = LineStats::of(line);
            assert_eq!(PackedStats::pack(&s).get(), s, "{:.40}", line);
        }
        let mut s = LineStats::of("Read more at www.example.org:");
        s.furniture = true;
        s.opens_with_mark = true;
        assert_eq!(PackedStats::pack(&s).get(), s);
        assert!(matches!(
            PackedStats::pack(&LineStats::of(&long)).0,
            Repr::Big(_)
        ));
    }
}
