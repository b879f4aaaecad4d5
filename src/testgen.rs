//! Generated inputs for the unit tests that compare a fast path with the
//! slow one it replaces.

/// Texts made of pieces chosen by a xorshift generator.
pub(crate) struct Texts<'a> {
    pieces: &'a [&'a str],
    seed: u64,
}

impl<'a> Texts<'a> {
    /// Texts of `pieces` (not empty), the choices starting from `seed` (not 0).
    pub(crate) fn new(pieces: &'a [&'a str], seed: u64) -> Self {
        Texts { pieces, seed }
    }

    /// The next text: `len` pieces.
    pub(crate) fn text(&mut self, len: usize) -> String {
        let mut s = String::new();
        for _ in 0..len {
            self.seed ^= self.seed << 13;
            self.seed ^= self.seed >> 7;
            self.seed ^= self.seed << 17;
            let k = (self.seed % self.pieces.len() as u64) as usize;
            s.push_str(self.pieces.get(k).copied().unwrap_or_default());
        }
        s
    }
}
