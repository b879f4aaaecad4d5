//! The words, function words and sentence ends of a line that holds
//! characters beyond ASCII, counted in one pass over its bytes: what the
//! word-by-word definition (`Shape::counts`, in the tests) finds, with only
//! the characters beyond ASCII decoded and no word cut out but the few
//! function-word candidates of another script.

use super::shape::is_unspaced_script;
use crate::lexicon;

/// What the pass has read of the current word.
#[derive(Default)]
struct Word {
    /// Its first byte's offset and its length in bytes.
    start: usize,
    len: usize,
    /// Its last byte.
    last: u8,
    /// Its ASCII letters and digits lower-cased (gathered while it has at
    /// most 12 bytes; `n` of them).
    key: [u8; 16],
    n: usize,
    /// It holds a character beyond ASCII other than the curly quotes,
    /// dashes and ellipsis (U+2013, U+2014, U+2018, U+2019, U+201C, U+201D,
    /// U+2026) that its function-word key drops: the key is then made from
    /// its characters.
    wide: bool,
    /// Its Han, Hiragana and Katakana characters, and its full stops
    /// ('。', '！', '？').
    cjk: usize,
    stops_cjk: usize,
    /// Its Thai, Lao, Khmer and Myanmar characters, and its sentence ends of
    /// other scripts ([`crate::lines::scripts::OTHER_SENTENCE_ENDS`]).
    sea: usize,
    stops_other: usize,
}

/// The counts of the words read so far.
#[derive(Default)]
struct Counts {
    words: usize,
    stops: usize,
    sentences: usize,
    /// The lower-cased letters of a word with characters beyond ASCII.
    buf: String,
}

impl Counts {
    /// Counts the word `w` of `text`.
    fn end(&mut self, text: &str, w: &Word) {
        self.words += 1;
        if matches!(w.last, b'.' | b'!' | b'?') {
            self.sentences += 1;
        }
        // Scripts written without spaces (Chinese, Japanese): about two
        // characters make a word, and each full stop ends a sentence.
        if w.cjk >= 4 {
            self.words += w.cjk / 2 - 1;
            self.sentences += w.stops_cjk;
        }
        // Thai, Lao, Khmer, Myanmar: about five characters a word.
        if w.sea >= 10 {
            self.words += w.sea / 5 - 1;
        }
        self.sentences += w.stops_other;
        if self.words > 60 || w.len > 12 {
            return;
        }
        if !w.wide {
            let key = crate::table::pack_bytes(w.key, w.n);
            self.stops += usize::from(lexicon::is_stopword_packed(key, w.n));
            return;
        }
        let word = text.get(w.start..w.start + w.len).unwrap_or("");
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
pub(super) fn counts_utf8(text: &str) -> (usize, usize, usize) {
    let b = text.as_bytes();
    let mut counts = Counts::default();
    let mut w = Word::default();
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            i += 1;
            if matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
                if w.len > 0 {
                    counts.end(text, &w);
                    w = Word::default();
                }
                continue;
            }
            if w.len == 0 {
                w.start = i - 1;
            }
            w.len += 1;
            w.last = c;
            let l = crate::table::alnum_lower(c);
            if l != 0
                && w.len <= 12
                && let Some(slot) = w.key.get_mut(w.n)
            {
                *slot = l;
                w.n += 1;
            }
            continue;
        }
        let Some(ch) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        let at = i;
        i += ch.len_utf8();
        if ch.is_whitespace() {
            if w.len > 0 {
                counts.end(text, &w);
                w = Word::default();
            }
            continue;
        }
        if w.len == 0 {
            w.start = at;
        }
        w.len += ch.len_utf8();
        // (The last byte of a character beyond ASCII is no '.', '!' or '?'.)
        w.last = 0x80;
        w.wide |= !matches!(
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
            w.cjk += 1;
        } else if matches!(ch, '。' | '！' | '？') {
            w.stops_cjk += 1;
        } else if crate::lines::scripts::is_southeast_asian(ch) {
            w.sea += 1;
        } else if crate::lines::scripts::OTHER_SENTENCE_ENDS.contains(&ch) {
            w.stops_other += 1;
        }
    }
    if w.len > 0 {
        counts.end(text, &w);
    }
    (counts.words, counts.stops, counts.sentences)
}
