//! One pass over a line's characters for the page-level features: the
//! hash its repeats are counted by, its word hashes (echoes) and its content
//! words (topic). The three split the line alike (at every character that is
//! no letter or digit) and hash the same lower-cased characters, so one
//! tokenisation serves them all.

use super::echo::MAX_WORDS;
use super::topic::{MAX_LOOKED_UP, MIN_CHARS};
use crate::lexicon;
use crate::table::{self, alnum_lower};

/// FNV-1a's offset basis and prime (every hash here is FNV-1a).
pub(super) const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
pub(super) const FNV_PRIME: u64 = 0x100_0000_01b3;

/// What [`scan`] reads of a line (buffers reused from line to line).
#[derive(Debug, Default)]
pub(super) struct LineWords {
    /// The hash of its letters and digits lower-cased (code points), all
    /// words run together: lines that differ only in case, spacing or
    /// punctuation share it.
    pub(super) norm: u64,
    /// Its words' hashes, as [`super::echo`] reads them: FNV-1a over the
    /// code points of the word lower-cased, with the low bit set; at most
    /// `MAX_WORDS + 1`.
    pub(super) echo: Vec<u64>,
    /// Its content words, as [`super::topic`] reads them: words of
    /// [`MIN_CHARS`] characters or more that are no function words, hashed
    /// (FNV-1a over the bytes of the word lower-cased), each once, in the
    /// order of their first occurrence; at most [`MAX_LOOKED_UP`].
    pub(super) topic: Vec<u64>,
    /// Bit `h % 64` of each hash in `topic`: a hash whose bit is clear is
    /// new, without a search of the words before it.
    seen: u64,
    /// A buffer for a word lower-cased.
    word: String,
}

impl LineWords {
    /// Counts the word of `line` at bytes `start..end`, whose code points
    /// lower-cased hash to `h`; `wide` when it holds a character beyond
    /// ASCII.
    #[inline]
    fn end_word(&mut self, line: &str, start: usize, end: usize, h: u64, wide: bool) {
        if self.echo.len() <= MAX_WORDS {
            self.echo.push(h | 1);
        }
        if self.topic.len() >= MAX_LOOKED_UP {
            return;
        }
        let h = if wide {
            // The word's characters lower-cased, hashed as bytes.
            let w = line.get(start..end).unwrap_or("");
            if w.chars().nth(MIN_CHARS - 1).is_none() {
                return;
            }
            self.word.clear();
            self.word.extend(w.chars().flat_map(char::to_lowercase));
            if lexicon::is_stopword(&self.word) {
                return;
            }
            self.word
                .bytes()
                .fold(FNV_START, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
        } else {
            // An ASCII word's code points are its bytes.
            let len = end - start;
            if len < MIN_CHARS
                || line
                    .as_bytes()
                    .get(start..end)
                    .is_some_and(is_stopword_ascii)
            {
                return;
            }
            h
        };
        let bit = 1u64 << (h & 63);
        if self.seen & bit == 0 || !self.topic.contains(&h) {
            self.seen |= bit;
            self.topic.push(h);
        }
    }
}

/// True when the ASCII word `w` lower-cased is a function word (a word
/// longer than every function word is none: not packed nor looked up; nor
/// is one the stop-word gate tells apart from every entry).
fn is_stopword_ascii(w: &[u8]) -> bool {
    let len = w.len();
    if len > lexicon::stopword_longest().min(15) || !lexicon::may_be_stopword_ascii(w) {
        return false;
    }
    let mut a = [0u8; 16];
    for (d, s) in a.iter_mut().zip(w) {
        // (An ASCII letter or digit lower-cases to itself with bit 5 set.)
        *d = s | 0x20;
    }
    lexicon::is_stopword_packed(table::pack_bytes(a, len), len)
}

/// Reads `line` into `out`. A run of ASCII bytes is read a byte at a time
/// (a table gives each letter's or digit's lower case); a character is
/// decoded only at a byte beyond ASCII.
pub(super) fn scan(line: &str, out: &mut LineWords) {
    out.echo.clear();
    out.topic.clear();
    out.seen = 0;
    let mut norm = FNV_START;
    // The open word: its first byte, its hash and whether it is wide.
    let (mut start, mut h, mut wide, mut open) = (0usize, FNV_START, false, false);
    let b = line.as_bytes();
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        let l = alnum_lower(c);
        if l != 0 {
            if !open {
                (start, h, wide, open) = (i, FNV_START, false, true);
            }
            h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
            norm = (norm ^ u64::from(l)).wrapping_mul(FNV_PRIME);
            i += 1;
            continue;
        }
        let (alnum, len) = if c.is_ascii() {
            (false, 1)
        } else {
            match line.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) if crate::lines::text::is_alphanumeric(ch) => {
                    if !open {
                        (start, h, open) = (i, FNV_START, true);
                    }
                    wide = true;
                    for l in ch.to_lowercase() {
                        h = (h ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
                        norm = (norm ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
                    }
                    (true, ch.len_utf8())
                }
                Some(ch) => (false, ch.len_utf8()),
                None => (false, 1),
            }
        };
        if !alnum && open {
            out.end_word(line, start, i, h, wide);
            open = false;
        }
        i += len;
    }
    if open {
        out.end_word(line, start, b.len(), h, wide);
    }
    out.norm = norm;
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
