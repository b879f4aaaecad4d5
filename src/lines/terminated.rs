//! Where the input's lines end: `\n`, `\r\n`, `\r`, U+0085, U+2028, U+2029.

/// Byte length of the line terminator starting at `bytes[i]`, if any:
/// `\n`, `\r\n`, `\r`, U+0085 (C2 85), U+2028/U+2029 (E2 80 A8/A9).
pub(super) fn terminator(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'\n' => Some(1),
        b'\r' => Some(if bytes.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        }),
        0xC2 if bytes.get(i + 1) == Some(&0x85) => Some(2),
        0xE2 if bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// The terminated lines of `bytes`: `(start, end)` of each line that ends
/// with a terminator (the terminator excluded), in order. What follows the
/// last terminator is left to the caller ([`Terminated::rest`]).
///
/// The search jumps with `memchr` to the next byte that can start a
/// terminator: `\n`, `\r` or 0xE2 (U+2028/U+2029), plus 0xC2 (U+0085) only
/// when the text holds a U+0085 at all.
pub(crate) struct Terminated<'a> {
    bytes: &'a [u8],
    pos: usize,
    nel: bool,
}

impl<'a> Terminated<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Terminated {
            bytes,
            pos: 0,
            nel: memchr::memmem::find(bytes, "\u{85}".as_bytes()).is_some(),
        }
    }

    /// Start of the text after the last terminator found so far.
    pub(crate) fn rest(&self) -> usize {
        self.pos
    }

    fn next_candidate(&self, from: usize) -> Option<usize> {
        let hay = self.bytes.get(from..)?;
        let off = if self.nel {
            hay.iter()
                .position(|&c| matches!(c, b'\n' | b'\r' | 0xC2 | 0xE2))
        } else {
            memchr::memchr3(b'\n', b'\r', 0xE2, hay)
        };
        off.map(|o| from + o)
    }
}

impl Iterator for Terminated<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let mut i = self.pos;
        loop {
            i = self.next_candidate(i)?;
            if let Some(n) = terminator(self.bytes, i) {
                let line = (self.pos, i);
                self.pos = i + n;
                return Some(line);
            }
            i += 1;
        }
    }
}
