//! Statistics of one line of text, computed in one pass over its characters.

use super::scan::WordSink;
use crate::{lexicon, table};
use std::sync::OnceLock;

/// Counts and shares that describe how a line reads: prose, a label, a menu,
/// a date, a list of names.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[non_exhaustive]
pub struct LineStats {
    /// Characters (not bytes).
    pub chars: u32,
    /// Words: runs of letters or digits; every CJK character counts as a word.
    pub words: u32,
    /// CJK characters (Han, kana, hangul).
    pub cjk: u32,
    /// Sentence ends: `.`, `!`, `?` or `。` followed by a space or the end of the line.
    pub sentences: u32,
    /// Words that are function words of a supported language.
    pub stop_words: u32,
    /// Words that open with a capital letter.
    pub capitalised: u32,
    /// Letters.
    pub letters: u32,
    /// Upper-case letters.
    pub upper: u32,
    /// Digits.
    pub digits: u32,
    /// Punctuation and symbols.
    pub punct: u32,
    /// Separators of menus and crumbs: `|`, `›`, `»`, `>`, `•`, `·`.
    pub separators: u32,
    /// The line ends like a sentence (after closing quotes and brackets).
    pub ends_sentence: bool,
    /// The line ends with a colon (it introduces what follows).
    pub ends_colon: bool,
    /// The line opens with a bullet, a dash or a quotation mark.
    pub opens_with_mark: bool,
    /// A token looks like a link or an address (`http`, `www.`, `.com`, `@`).
    pub link_like: bool,
    /// The line is page furniture whatever its words: a link printed with an
    /// arrow ("« Older post | Main | Newer post »", "All trailers →", "SHOP
    /// NOW >"; not a line quoting in guillemets) or an error the page's server
    /// printed into it ("Deprecated: ... in /www/x.php on line 520") or a
    /// count of comments ("{ 2 comments… read them below or add one }").
    pub furniture: bool,
    /// The line opens with a quantity and a unit, as a recipe's ingredient
    /// does ("1/2 cup parsley", "200 g Mehl"; see
    /// [`crate::grammar::quantity::parse_quantity`]).
    pub opens_with_quantity: bool,
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// True when `b` holds a word of a link or an address: "http" (found with
/// a searcher built once: `memmem::find` builds one per call on a long
/// line), or "www." or ".com", looked for at the line's dots (a line has
/// few).
fn has_link_word(b: &[u8]) -> bool {
    static HTTP: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    memchr::memchr_iter(b'.', b).any(|i| {
        b.get(i + 1..).is_some_and(|r| r.starts_with(b"com"))
            || i.checked_sub(3).and_then(|k| b.get(k..i)) == Some(b"www")
    }) || HTTP
        .get_or_init(|| memchr::memmem::Finder::new("http"))
        .find(b)
        .is_some()
}

fn is_separator(c: char) -> bool {
    matches!(c, '|' | '›' | '»' | '>' | '•' | '·' | '/')
}

impl LineStats {
    /// The statistics of `line`.
    ///
    /// ```
    /// let s = newsclip::features::LineStats::of("The council voted on Monday.");
    /// assert_eq!(s.words, 5);
    /// assert!(s.ends_sentence);
    /// assert_eq!(s.stop_words, 2);
    /// ```
    pub fn of(line: &str) -> LineStats {
        let line = crate::lines::text::trim(line);
        // An ASCII line (most) is read byte by byte: no character decoding.
        let mut s = LineStats::counted_fast(line, &mut ());
        s.finish(line);
        s
    }

    /// [`LineStats::of`] `line`, which reads it into `words` too (as
    /// [`super::scan::scan`] does) in the same pass.
    pub(super) fn scanned(line: &str, words: &mut super::scan::LineWords) -> LineStats {
        let line = crate::lines::text::trim(line);
        words.clear();
        let mut s = LineStats::counted_fast(line, words);
        s.finish(line);
        s
    }

    /// The counts of the characters and words of `line` (trimmed): read a
    /// byte at a time where it is ASCII (a run of ASCII letters and digits
    /// at a time) and a character at a time elsewhere; an ASCII word's
    /// function-word key is packed from its bytes. (The tests compare them
    /// with the counts read a character at a time, in `stats_tests.rs`.)
    /// `sink` is told of the characters as they are read.
    fn counted_fast(line: &str, sink: &mut impl WordSink) -> LineStats {
        let b = line.as_bytes();
        let mut s = LineStats::default();
        let mut word_start: Option<usize> = None;
        // The current word holds ASCII characters only.
        let mut word_ascii = true;
        let mut prev: Option<char> = None;
        let end_word = |s: &mut LineStats, start: Option<usize>, end: usize, ascii: bool| {
            if let Some(w) = start {
                match line.get(w..end) {
                    Some(word) if ascii => s.count_word_ascii(word.as_bytes()),
                    word => s.count_word(word.unwrap_or("")),
                }
            }
        };
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            if c.is_ascii_alphanumeric() {
                if word_start.is_none() {
                    (word_start, word_ascii) = (Some(i), true);
                }
                sink.run(i);
                // The run of ASCII letters and digits, a table look-up a byte.
                let (run, mut digits, mut upper) = (i, 0u32, 0u32);
                while let Some(&c) = b.get(i) {
                    let k = crate::table::alnum_kind(c);
                    if k == 0 {
                        break;
                    }
                    digits += u32::from(k & crate::table::DIGIT);
                    upper += u32::from(k & crate::table::UPPER != 0);
                    sink.byte(c);
                    i += 1;
                }
                let n = (i - run) as u32;
                s.chars += n;
                s.digits += digits;
                s.letters += n - digits;
                s.upper += upper;
                prev = b.get(i - 1).map(|&c| char::from(c));
                continue;
            }
            // One character, ASCII or not, at `at`.
            let at = i;
            let ch = if c.is_ascii() {
                char::from(c)
            } else {
                line.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
            };
            i += ch.len_utf8();
            s.chars += 1;
            sink.other(line, at, ch);
            if ch == ' ' {
                end_word(&mut s, word_start.take(), at, word_ascii);
                if matches!(prev, Some('.' | '!' | '?')) {
                    s.sentences += 1;
                }
            } else if c.is_ascii() {
                if ch == '\'' && word_start.is_some() {
                    prev = Some(ch);
                    continue;
                }
                end_word(&mut s, word_start.take(), at, word_ascii);
                if !ch.is_whitespace() {
                    s.punct += 1;
                    s.separators += u32::from(is_separator(ch));
                } else if matches!(prev, Some('.' | '!' | '?')) {
                    s.sentences += 1;
                }
            } else if is_cjk(ch) {
                end_word(&mut s, word_start.take(), at, word_ascii);
                s.cjk += 1;
                s.words += 1;
                s.letters += 1;
            } else if crate::lines::scripts::is_southeast_asian(ch) {
                // Thai, Lao, Khmer, Myanmar: counted as CJK is, a word for
                // about five characters.
                end_word(&mut s, word_start.take(), at, word_ascii);
                s.words += u32::from(s.cjk % 5 == 0);
                s.cjk += 1;
                s.letters += 1;
            } else if crate::lines::text::is_alphanumeric(ch) {
                if crate::lines::text::is_numeric(ch) {
                    s.digits += 1;
                } else {
                    s.letters += 1;
                    if ch.is_uppercase() {
                        s.upper += 1;
                    }
                }
                word_start.get_or_insert(at);
                word_ascii = false;
            } else {
                if ch == '’' && word_start.is_some() {
                    prev = Some(ch);
                    word_ascii = false;
                    continue;
                }
                end_word(&mut s, word_start.take(), at, word_ascii);
                if !ch.is_whitespace() {
                    s.punct += 1;
                    if is_separator(ch) {
                        s.separators += 1;
                    }
                }
                if ch.is_whitespace() && matches!(prev, Some('.' | '!' | '?')) {
                    s.sentences += 1;
                }
                if ch == '。' || crate::lines::scripts::OTHER_SENTENCE_ENDS.contains(&ch) {
                    s.sentences += 1;
                }
            }
            prev = Some(ch);
        }
        end_word(&mut s, word_start, line.len(), word_ascii);
        sink.end(line);
        s
    }

    /// [`LineStats::count_word`] of an ASCII word (opening with a letter or
    /// digit).
    fn count_word_ascii(&mut self, word: &[u8]) {
        self.words += 1;
        self.capitalised += u32::from(word.first().is_some_and(u8::is_ascii_uppercase));
        // (A word longer than 15 bytes is not packed: no function word.)
        // (Nor is a word the stop-word gate tells apart from every entry.)
        if word.len() <= 15 && lexicon::may_be_stopword_ascii(word) {
            let mut key = [0u8; 16];
            for (d, c) in key.iter_mut().zip(word) {
                *d = c.to_ascii_lowercase();
            }
            let key = table::pack_bytes(key, word.len());
            self.stop_words += u32::from(lexicon::is_stopword_packed(key, word.len()));
        }
    }

    /// The statistics of the whole of `line` (trimmed) besides the counts
    /// of its characters and words.
    fn finish(&mut self, line: &str) {
        let s = self;
        let tail = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*']);
        s.ends_sentence = tail.ends_with(['.', '!', '?', '。', '！', '？', '…'])
            || crate::lines::scripts::ends_other_script(tail);
        if s.ends_sentence
            && !line.ends_with('。')
            && !line.ends_with(crate::lines::scripts::OTHER_SENTENCE_ENDS)
        {
            s.sentences += 1;
        }
        s.ends_colon = line.ends_with([':', '：']);
        s.opens_with_mark = line.starts_with([
            '•', '-', '–', '—', '*', '·', '"', '“', '„', '«', '>', '▪', '■', '●',
        ]);
        s.link_like =
            memchr::memchr(b'@', line.as_bytes()).is_some() || has_link_word(line.as_bytes());
        s.furniture = lexicon::is_arrow_link(line)
            || s.digits > 0
                && (lexicon::opens_with_comment_count(line)
                    || line.as_bytes().last().is_some_and(u8::is_ascii_digit)
                        && lexicon::is_server_error(line));
        // (The grammar fails at once on a line whose first character opens
        // no amount.)
        s.opens_with_quantity = crate::grammar::quantity::parse_quantity(line).is_ok();
    }

    fn count_word(&mut self, word: &str) {
        self.words += 1;
        if word.chars().next().is_some_and(char::is_uppercase) {
            self.capitalised += 1;
        }
        // An ASCII word longer than every function word is none (most
        // words): not packed nor looked up.
        let long_ascii = word.len() > lexicon::stopword_longest() && word.is_ascii();
        let stop = !long_ascii
            && match table::pack_lower_ascii(word) {
                Some(key) => lexicon::is_stopword_packed(key, word.len()),
                None => {
                    word.len() <= 24
                        && !word.is_ascii()
                        // (Lowered in a buffer kept for the thread.)
                        && table::with_lower(word, lexicon::is_stopword)
                }
            };
        self.stop_words += u32::from(stop);
    }

    /// Share of words that are function words (0 when the line has no word).
    pub fn stop_ratio(&self) -> f32 {
        ratio(self.stop_words, self.words.saturating_sub(self.cjk))
    }

    /// Share of words that open with a capital letter.
    pub fn capital_ratio(&self) -> f32 {
        ratio(self.capitalised, self.words.saturating_sub(self.cjk))
    }

    /// Share of characters that are digits.
    pub fn digit_ratio(&self) -> f32 {
        ratio(self.digits, self.chars)
    }

    /// Share of characters that are punctuation or symbols.
    pub fn punct_ratio(&self) -> f32 {
        ratio(self.punct, self.chars)
    }
}

fn ratio(a: u32, b: u32) -> f32 {
    if b == 0 { 0.0 } else { a as f32 / b as f32 }
}

#[cfg(test)]
#[path = "stats_tests.rs"]
mod tests;
