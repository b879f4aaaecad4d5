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

    /// Calls `f` with `n` texts, the `k`-th of `k % max_len` pieces.
    pub(crate) fn each(&mut self, n: usize, max_len: usize, mut f: impl FnMut(&str)) {
        for k in 0..n {
            f(&self.text(k % max_len.max(1)));
        }
    }
}

/// Pieces of byline-like lines (names, agencies, roles, markers, marks,
/// digits, other scripts and spaces, some listed more than once to come up
/// more often): the generated lines on which the byline gates are checked
/// against the grammar.
pub(crate) static BYLINE_PIECES: &[&str] = &[
    "Jane",
    "Doe",
    "JANE",
    "DOE",
    "Mei",
    "Tanaka",
    "Reuters",
    "REUTERS",
    "AP",
    "Associated",
    "Press",
    "Staff",
    "staff",
    "Writer",
    "Senior",
    "Editor",
    "reporter",
    "health",
    "The",
    "Guardian",
    "News",
    "Times",
    "By",
    "by",
    "Von",
    "Par",
    "Written",
    "Kyiv",
    "Latest",
    "World",
    "Cup",
    "2019",
    "12",
    "Dr",
    "Jr",
    "van",
    "de",
    "al",
    "in",
    "for",
    "with",
    "and",
    "&",
    ",",
    ".",
    "|",
    "·",
    "-",
    "—",
    ":",
    "@",
    "/",
    "(",
    "Agencies",
    "agencies",
    "wire",
    "reports",
    "From",
    "Redazione",
    "ANSA",
    "dpa",
    "OrtegaView",
    "McDonald",
    "Acrobat9",
    "王芳",
    "记者",
    "文",
    "作者",
    "：",
    "Иван",
    "Петров",
    "Автор",
    "Ünal",
    "Çelik",
    "ß",
    "É",
    "\t",
    " ",
    " ",
    " ",
    " ",
    "\u{a0}",
    "Dr.",
    "Jr.",
    "J.",
    "Le",
    "Chris",
    "Park",
    "March",
    "Still",
    "said",
    "BBC",
    "Sport",
];
