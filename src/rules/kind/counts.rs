//! The words, function words and sentence ends of a line, counted in one
//! pass over its bytes a word at a time: what the word-by-word definition
//! (`Shape::counts`, in the tests) finds, with only the characters beyond
//! ASCII decoded and no word cut out but the few function-word candidates
//! of another script.

use super::shape::is_unspaced_script;
use crate::lexicon;

/// [`BYTE_CLASS`] of ASCII white space (as `char::is_whitespace` tells it).
const SPACE: u8 = 1;
/// [`BYTE_CLASS`] of a byte beyond ASCII (a character to decode).
const WIDE: u8 = 2;

/// The class of the end of the text.
const END: u8 = 4;

/// Per byte: [`SPACE`], [`WIDE`], or 0 for a byte that goes on a word (a
/// word's bytes are skipped with one look-up each).
// Built at compile time; the indices are bytes, below the length.
#[allow(clippy::indexing_slicing)]
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0x80;
    while b < 256 {
        t[b] = WIDE;
        b += 1;
    }
    t[b' ' as usize] = SPACE;
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[0x0B] = SPACE;
    t[0x0C] = SPACE;
    t[b'\r' as usize] = SPACE;
    t
};

/// What a word's characters beyond ASCII tell.
#[derive(Default)]
struct Wide {
    /// It holds a character beyond ASCII other than the curly quotes,
    /// dashes and ellipsis (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D,
    /// U+2026) that its function-word key drops: the key is then made from
    /// its characters.
    letters: bool,
    /// Its Han, Hiragana and Katakana characters, and its full stops
    /// ('。', '！', '？').
    cjk: usize,
    stops_cjk: usize,
    /// Its Thai, Lao, Khmer and Myanmar characters, and its sentence ends of
    /// other scripts ([`crate::lines::scripts::OTHER_SENTENCE_ENDS`]).
    sea: usize,
    stops_other: usize,
}

impl Wide {
    /// Notes the character `ch` (beyond ASCII, no white space).
    fn note(&mut self, ch: char) {
        self.letters |= !matches!(
            ch,
            '\u{2013}'
                | '\u{2014}'
                | '\u{2018}'
                | '\u{2019}'
                | '\u{201C}'
                | '\u{201D}'
                | '\u{2026}'
        );
        if is_unspaced_script(ch) {
            self.cjk += 1;
        } else if matches!(ch, '。' | '！' | '？') {
            self.stops_cjk += 1;
        } else if crate::lines::scripts::is_southeast_asian(ch) {
            self.sea += 1;
        } else if crate::lines::scripts::OTHER_SENTENCE_ENDS.contains(&ch) {
            self.stops_other += 1;
        }
    }
}

/// The counts of the words read so far.
#[derive(Default)]
struct Counts {
    words: usize,
    stops: usize,
    sentences: usize,
    /// The lower-cased letters of a word with letters beyond ASCII.
    buf: String,
}

impl Counts {
    /// Counts the word `word` (not empty), whose characters beyond ASCII
    /// told `wide`.
    fn end(&mut self, word: &str, wide: &Wide) {
        let b = word.as_bytes();
        self.words += 1;
        // (The last byte of a character beyond ASCII is no '.', '!' or '?'.)
        if matches!(b.last(), Some(b'.' | b'!' | b'?')) {
            self.sentences += 1;
        }
        // Scripts written without spaces (Chinese, Japanese): about two
        // characters make a word, and each full stop ends a sentence.
        if wide.cjk >= 4 {
            self.words += wide.cjk / 2 - 1;
            self.sentences += wide.stops_cjk;
        }
        // Thai, Lao, Khmer, Myanmar: about five characters a word.
        if wide.sea >= 10 {
            self.words += wide.sea / 5 - 1;
        }
        self.sentences += wide.stops_other;
        if self.words > 60 || b.len() > 12 {
            return;
        }
        if !wide.letters {
            // The key of its ASCII letters and digits, lower-cased (the
            // bytes of the marks beyond ASCII are none).
            let mut key = [0u8; 16];
            let mut n = 0usize;
            for l in b.iter().map(|&c| crate::table::alnum_lower(c)) {
                if l != 0
                    && let Some(slot) = key.get_mut(n)
                {
                    *slot = l;
                    n += 1;
                }
            }
            let key = crate::table::pack_bytes(key, n);
            self.stops += usize::from(lexicon::is_stopword_packed(key, n));
            return;
        }
        self.buf.clear();
        // (Letters and digits told without the Unicode tables for the
        // blocks read most.)
        for c in word
            .chars()
            .filter(|&c| crate::lines::text::is_alphanumeric(c))
        {
            crate::table::each_lower(c, |l| self.buf.push(l));
        }
        self.stops += usize::from(lexicon::is_stopword(&self.buf));
    }
}

/// Words (as `str::split_whitespace` gives them), function words among the
/// first 60 words and sentence ends of `text`, as `Shape::counts` counts
/// them.
pub(super) fn counts(text: &str) -> (usize, usize, usize) {
    let b = text.as_bytes();
    // The class of the byte at `i`, or [`END`].
    let class = |i: usize| {
        b.get(i).map_or(END, |&c| {
            BYTE_CLASS.get(usize::from(c)).copied().unwrap_or(WIDE)
        })
    };
    let mut counts = Counts::default();
    let mut i = 0usize;
    loop {
        while class(i) == SPACE {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        // A word (empty when white space beyond ASCII opens it), up to the
        // white space after it, whose length is then in `gap`.
        let start = i;
        let mut wide = Wide::default();
        let gap = loop {
            // (The bytes of the word up to a space or a character beyond
            // ASCII, one look-up each.)
            i += b.get(i..).map_or(0, |r| {
                r.iter()
                    .position(|&c| BYTE_CLASS.get(usize::from(c)) != Some(&0))
                    .unwrap_or(r.len())
            });
            match class(i) {
                WIDE => {
                    let Some(ch) = text.get(i..).and_then(|r| r.chars().next()) else {
                        break 0;
                    };
                    if ch.is_whitespace() {
                        break ch.len_utf8();
                    }
                    i += ch.len_utf8();
                    wide.note(ch);
                }
                // An ASCII space, or the end of the text.
                _ => break 1,
            }
        };
        if let Some(word) = text.get(start..i).filter(|w| !w.is_empty()) {
            counts.end(word, &wide);
        }
        i += gap;
    }
    (counts.words, counts.stops, counts.sentences)
}
