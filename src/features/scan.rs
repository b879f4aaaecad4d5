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
    /// The open word: its first byte, its hash, whether it holds a
    /// character beyond ASCII, and whether there is one.
    start: usize,
    h: u64,
    wide: bool,
    open: bool,
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
            for c in w.chars() {
                table::each_lower(c, |l| self.word.push(l));
            }
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

/// What a pass over a line's characters tells a reader of its words: the
/// line statistics' pass ([`super::LineStats`]) reads the line for its own
/// counts and tells a [`LineWords`] (or nobody, `()`) of the characters as
/// it reads them, so the line is read once for both.
pub(super) trait WordSink {
    /// An ASCII letter or digit at byte `at` of `line` opens a run of them.
    fn run(&mut self, at: usize);
    /// The ASCII letter or digit `c`, in a run.
    fn byte(&mut self, c: u8);
    /// The character `ch` at byte `at` of `line`: no ASCII letter or digit.
    fn other(&mut self, line: &str, at: usize, ch: char);
    /// The end of `line`.
    fn end(&mut self, line: &str);
}

/// Nobody to tell.
impl WordSink for () {
    #[inline(always)]
    fn run(&mut self, _: usize) {}
    #[inline(always)]
    fn byte(&mut self, _: u8) {}
    #[inline(always)]
    fn other(&mut self, _: &str, _: usize, _: char) {}
    #[inline(always)]
    fn end(&mut self, _: &str) {}
}

impl WordSink for LineWords {
    #[inline(always)]
    fn run(&mut self, at: usize) {
        if !self.open {
            (self.start, self.h, self.wide, self.open) = (at, FNV_START, false, true);
        }
    }

    #[inline(always)]
    fn byte(&mut self, c: u8) {
        let l = u64::from(alnum_lower(c));
        self.h = (self.h ^ l).wrapping_mul(FNV_PRIME);
        self.norm = (self.norm ^ l).wrapping_mul(FNV_PRIME);
    }

    #[inline(always)]
    fn other(&mut self, line: &str, at: usize, ch: char) {
        // An ASCII character (most) ends the open word, if any.
        if ch.is_ascii() {
            self.close(line, at);
        } else {
            self.other_wide(line, at, ch);
        }
    }

    #[inline(always)]
    fn end(&mut self, line: &str) {
        self.close(line, line.len());
    }
}

impl LineWords {
    /// Ends the open word, if any, at byte `at` of `line`.
    #[inline(always)]
    fn close(&mut self, line: &str, at: usize) {
        if self.open {
            self.open = false;
            self.end_word(line, self.start, at, self.h, self.wide);
        }
    }

    /// [`WordSink::other`] of a character beyond ASCII.
    #[inline(never)]
    fn other_wide(&mut self, line: &str, at: usize, ch: char) {
        if crate::lines::text::is_alphanumeric(ch) {
            self.run(at);
            self.wide = true;
            table::each_lower(ch, |l| {
                let l = u64::from(u32::from(l));
                self.h = (self.h ^ l).wrapping_mul(FNV_PRIME);
                self.norm = (self.norm ^ l).wrapping_mul(FNV_PRIME);
            });
        } else {
            self.close(line, at);
        }
    }

    /// Empties the buffers for a new line.
    pub(super) fn clear(&mut self) {
        self.echo.clear();
        self.topic.clear();
        (self.seen, self.norm, self.open) = (0, FNV_START, false);
    }
}

/// Reads `line` into `out` (what [`super::LineStats::scanned`] reads into
/// it besides the statistics). A run of ASCII bytes is read a byte at a
/// time; a character is decoded only at a byte beyond ASCII.
pub(super) fn scan(line: &str, out: &mut LineWords) {
    out.clear();
    let b = line.as_bytes();
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        if alnum_lower(c) != 0 {
            out.run(i);
            out.byte(c);
            i += 1;
            continue;
        }
        let ch = if c.is_ascii() {
            char::from(c)
        } else {
            line.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
        };
        out.other(line, i, ch);
        i += ch.len_utf8();
    }
    out.end(line);
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
