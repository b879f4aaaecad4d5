//! Tables of the ASCII letters and digits, for the scans that read a
//! line's words a byte at a time: one look-up instead of the range tests
//! of `u8::is_ascii_alphanumeric` and `u8::to_ascii_lowercase`.

/// Per byte: its ASCII lower case when it is an ASCII letter or digit, else 0.
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static ALNUM_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// `b` lower-cased when it is an ASCII letter or digit
/// (`b.is_ascii_alphanumeric()`), else 0 (no letter or digit is 0).
#[inline(always)]
pub(crate) fn alnum_lower(b: u8) -> u8 {
    ALNUM_LOWER.get(usize::from(b)).copied().unwrap_or(0)
}

/// [`alnum_kind`]'s bit for an ASCII digit.
pub(crate) const DIGIT: u8 = 1;
/// [`alnum_kind`]'s bit for an ASCII upper-case letter.
pub(crate) const UPPER: u8 = 2;
/// [`alnum_kind`]'s bit for every ASCII letter and digit.
pub(crate) const ALNUM: u8 = 4;

/// Per byte: [`ALNUM`] for an ASCII letter or digit, with [`DIGIT`] for a
/// digit and [`UPPER`] for an upper-case letter; 0 for every other byte.
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static ALNUM_KIND: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_digit() {
            t[b] = ALNUM | DIGIT;
        } else if c.is_ascii_uppercase() {
            t[b] = ALNUM | UPPER;
        } else if c.is_ascii_lowercase() {
            t[b] = ALNUM;
        }
        b += 1;
    }
    t
};

/// The kind of the byte `b` as bits: [`ALNUM`] (with [`DIGIT`] or
/// [`UPPER`]) for an ASCII letter or digit, 0 for every other byte.
#[inline(always)]
pub(crate) fn alnum_kind(b: u8) -> u8 {
    ALNUM_KIND.get(usize::from(b)).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_the_ascii_tests() {
        for b in 0..=255u8 {
            let want = if b.is_ascii_alphanumeric() {
                b.to_ascii_lowercase()
            } else {
                0
            };
            assert_eq!(super::alnum_lower(b), want, "{b}");
            let bit = |on: bool, bit: u8| if on { bit } else { 0 };
            let kind = bit(b.is_ascii_alphanumeric(), super::ALNUM)
                | bit(b.is_ascii_digit(), super::DIGIT)
                | bit(b.is_ascii_uppercase(), super::UPPER);
            assert_eq!(super::alnum_kind(b), kind, "{b}");
        }
    }
}
