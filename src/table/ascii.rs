//! A table of the ASCII letters and digits, for the scans that read a
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
        }
    }
}
