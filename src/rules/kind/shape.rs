//! The shape of a line's text: its words, function words and sentences, how
//! it starts and ends; and what the shape says it could be.

#[cfg(test)]
use crate::lexicon;

/// Shape of a line's text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Shape {
    pub words: usize,
    /// Ends with sentence punctuation (possibly inside closing quotes).
    pub terminal: bool,
    /// First letter is upper-case (or the line starts with a digit or quote).
    pub starts_upper: bool,
    /// Function words among the first 60 words (see [`crate::lexicon::is_stopword`]).
    pub stops: usize,
    /// Words ending with sentence punctuation (sentences inside the line).
    pub sentences: usize,
}

/// Holds an e-mail or web address or a handle ("@", "://", "www."): a
/// contact line, no headline and no section label.
pub(crate) fn has_address(text: &str) -> bool {
    text.contains('@') || text.contains("://") || text.contains("www.")
}

/// A [`Shape`] in 12 bytes, as every line's item keeps it: the counts
/// saturate at `u32::MAX` (`stops` at `u16::MAX`; it is at most 60).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PackedShape {
    words: u32,
    sentences: u32,
    stops: u16,
    terminal: bool,
    starts_upper: bool,
}

impl PackedShape {
    pub fn new(sh: &Shape) -> Self {
        PackedShape {
            words: u32::try_from(sh.words).unwrap_or(u32::MAX),
            sentences: u32::try_from(sh.sentences).unwrap_or(u32::MAX),
            stops: u16::try_from(sh.stops).unwrap_or(u16::MAX),
            terminal: sh.terminal,
            starts_upper: sh.starts_upper,
        }
    }

    pub fn get(self) -> Shape {
        Shape {
            words: self.words as usize,
            terminal: self.terminal,
            starts_upper: self.starts_upper,
            stops: usize::from(self.stops),
            sentences: self.sentences as usize,
        }
    }
}

/// The letters and digits of `w` (at most 16 bytes) lower-cased, as the
/// function-word test looks them up, and their number, when `w` holds only
/// ASCII and the curly quotes, dashes and ellipsis (U+2013, U+2014, U+2018,
/// U+2019, U+201C, U+201D, U+2026: no letters, so dropped); `None` for other
/// words, or longer ones.
#[cfg(test)]
pub(super) fn stop_key_ascii(w: &str) -> Option<([u8; 16], usize)> {
    let b = w.as_bytes();
    let mut key = [0u8; 16];
    let mut n = 0usize;
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                *key.get_mut(n)? = c.to_ascii_lowercase();
                n += 1;
            }
            i += 1;
            continue;
        }
        match (c, b.get(i + 1), b.get(i + 2)) {
            (0xE2, Some(0x80), Some(0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA6)) => i += 3,
            _ => return None,
        }
    }
    Some((key, n))
}

/// Han, Hiragana and Katakana: scripts whose words are not separated by spaces.
pub(super) fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
    )
}

impl Shape {
    pub fn of(text: &str) -> Shape {
        let (words, stops, sentences) = super::counts::counts(text);
        Self::with_counts(text, words, stops, sentences)
    }

    /// Words, function words (among the first 60 words) and sentence ends of
    /// `text`, word by word: the definition the tests hold the one-pass
    /// counts to.
    #[cfg(test)]
    pub(super) fn counts(text: &str) -> (usize, usize, usize) {
        let mut words = 0usize;
        let mut stops = 0usize;
        let mut sentences = 0usize;
        let mut buf = String::with_capacity(16);
        for w in words_of(text) {
            words += 1;
            if w.ends_with(['.', '!', '?']) {
                sentences += 1;
            }
            // Scripts written without spaces (Chinese, Japanese): about two
            // characters make a word, and each full stop ends a sentence.
            if !w.is_ascii() {
                let (mut cjk, mut stops_cjk, mut sea) = (0usize, 0usize, 0usize);
                for c in w.chars() {
                    if is_unspaced_script(c) {
                        cjk += 1;
                    } else if matches!(c, '。' | '！' | '？') {
                        stops_cjk += 1;
                    } else if crate::lines::scripts::is_southeast_asian(c) {
                        sea += 1;
                    } else if crate::lines::scripts::OTHER_SENTENCE_ENDS.contains(&c) {
                        sentences += 1;
                    }
                }
                if cjk >= 4 {
                    words += cjk / 2 - 1;
                    sentences += stops_cjk;
                }
                // Thai, Lao, Khmer, Myanmar: about five characters a word.
                if sea >= 10 {
                    words += sea / 5 - 1;
                }
            }
            if words <= 60 && w.len() <= 12 {
                if let Some((key, n)) = stop_key_ascii(w) {
                    stops += usize::from(lexicon::is_stopword_packed(
                        crate::table::pack_bytes(key, n),
                        n,
                    ));
                    continue;
                }
                buf.clear();
                buf.extend(
                    w.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase),
                );
                if lexicon::is_stopword(&buf) {
                    stops += 1;
                }
            }
        }
        (words, stops, sentences)
    }

    /// The shape of `text` with its counts.
    fn with_counts(text: &str, words: usize, stops: usize, sentences: usize) -> Shape {
        let trimmed = text.trim_end_matches(|c: char| {
            matches!(
                c,
                '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '“' | '」' | '』' | '）'
            )
        });
        let terminal = trimmed.ends_with(['.', '!', '?', '…', ':', ';', '。', '！', '？'])
            && !trimmed.ends_with("...")
            || trimmed.ends_with("?\"")
            || crate::lines::scripts::ends_other_script(trimmed);
        let first_alpha = text.chars().find(|c| c.is_alphanumeric());
        let starts_upper =
            first_alpha.is_some_and(|c| c.is_uppercase() || c.is_numeric() || !c.is_lowercase());
        Shape {
            words,
            terminal,
            starts_upper,
            stops,
            sentences,
        }
    }

    /// Share of function words among the first 60 words.
    pub fn stop_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stops as f32 / self.words.min(60) as f32
        }
    }

    /// Reads as running text: a sentence of some length.
    pub fn prose(&self) -> bool {
        (self.terminal && self.words >= 5) || self.words >= 24
    }

    /// Could be a headline: a few words, not a finished sentence, no handle or address.
    pub fn titleish(&self, text: &str) -> bool {
        (3..=30).contains(&self.words)
            && !has_address(text)
            && !text.ends_with('.')
            && !text.ends_with(',')
            && self.starts_upper
    }

    /// Could be a subheading.
    pub fn headingish(&self, text: &str) -> bool {
        (1..=16).contains(&self.words)
            && !text.ends_with(['.', ',', ';'])
            && self.starts_upper
            && text.chars().any(char::is_alphabetic)
    }
}

/// True when `text` opens with an em dash and a space, as the questions
/// and answers of an interview and the lines of a dialogue are set in
/// Russian and the languages set like it ("— Почему Чехов?"): no headline
/// opens so. (A Scandinavian headline quoting its speaker opens with an
/// en dash: "– I wrote the book because ...".)
pub(crate) fn opens_with_speech_dash(text: &str) -> bool {
    text.trim_start()
        .strip_prefix('—')
        .is_some_and(|r| r.starts_with([' ', '\u{a0}']))
}

/// The words of `text`, as `split_whitespace` gives them, found byte by
/// byte (only non-ASCII characters are decoded).
#[cfg(test)]
pub(super) fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    std::iter::from_fn(move || {
        let mut start = None;
        while let Some(&b) = bytes.get(i) {
            let (space, len) = if b.is_ascii() {
                (
                    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'),
                    1,
                )
            } else {
                let c = text.get(i..).and_then(|s| s.chars().next());
                (
                    c.is_some_and(char::is_whitespace),
                    c.map_or(1, char::len_utf8),
                )
            };
            match (space, start) {
                (true, Some(s)) => {
                    let w = text.get(s..i);
                    i += len;
                    return w;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
            i += len;
        }
        start.and_then(|s| text.get(s..))
    })
}
