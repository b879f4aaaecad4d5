//! Word counting for [`Article::word_count`](super::Article::word_count): the
//! Unicode word count (UAX #29), with a direct path for the characters most
//! text is made of.

/// The number of Unicode words of `text` (as `unicode_words().count()`).
///
/// The text is cut where a space is followed by an ASCII letter or digit:
/// there is always a word boundary there, and no segmentation rule looks
/// across it (a space is neither a letter, a digit, a mid-word mark nor an
/// extending mark), so the counts of the pieces add up. Runs of pieces made
/// of the characters [`simple_class`] knows (ASCII, Latin-1 letters, curly
/// quotes, dashes) are then counted by [`count_simple_words`], which applies
/// the rules for those characters directly; only the pieces around other
/// characters go through the segmenter.
pub(crate) fn count_words(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    // Text made only of characters `simple_class` knows is one simple run
    // (the usual case).
    if let Some(n) = scan_simple_words(text) {
        return n;
    }
    let count = |from: usize, to: usize, simple: bool| {
        text.get(from..to).map_or(0, |s| {
            if simple {
                count_simple_words(s)
            } else {
                s.unicode_words().count()
            }
        })
    };
    let bytes = text.as_bytes();
    let mut total = 0;
    // Start of the run being gathered, and whether it is simple so far.
    let (mut run, mut run_simple) = (0usize, true);
    // Start of the current piece, and whether it is simple so far.
    let (mut piece, mut piece_simple) = (0usize, true);
    for (i, &b) in bytes.iter().enumerate() {
        let cut = i > 0 && b.is_ascii_alphanumeric() && bytes.get(i - 1) == Some(&b' ');
        if cut {
            if piece_simple != run_simple {
                total += count(run, piece, run_simple);
                (run, run_simple) = (piece, piece_simple);
            }
            (piece, piece_simple) = (i, true);
        }
        // A lead byte: the character it starts (continuation bytes are skipped).
        if b >= 0xC0 && piece_simple {
            let c = text.get(i..).and_then(|r| r.chars().next());
            piece_simple = c.and_then(simple_class).is_some();
        }
    }
    if piece_simple != run_simple {
        total += count(run, piece, run_simple);
        (run, run_simple) = (piece, piece_simple);
    }
    total + count(run, bytes.len(), run_simple)
}

/// Word-boundary classes (UAX #29) of the characters [`simple_class`] knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet ("_").
    Under,
    /// MidLetter (":").
    MidLetter,
    /// MidNumLet and Single_Quote (".", "'", "‘", "’").
    MidNumLet,
    /// MidNum (",", ";").
    MidNum,
    /// No class that holds a word together.
    Other,
}

/// [`simple_class`] of each ASCII character (all of them have one).
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static ASCII_CLASS: [WordClass; 128] = {
    let mut t = [WordClass::Other; 128];
    let mut b = 0u8;
    while b < 128 {
        t[b as usize] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
            b'0'..=b'9' => WordClass::Digit,
            b'_' => WordClass::Under,
            b':' => WordClass::MidLetter,
            b'.' | b'\'' => WordClass::MidNumLet,
            b',' | b';' => WordClass::MidNum,
            _ => WordClass::Other,
        };
        b += 1;
    }
    t
};

/// The class of `c` among ASCII, Latin-1 letters, curly quotes, en and em
/// dashes and the ellipsis; `None` for other characters.
fn simple_class(c: char) -> Option<WordClass> {
    Some(match c {
        'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{FF}' => {
            WordClass::Letter
        }
        '0'..='9' => WordClass::Digit,
        '_' => WordClass::Under,
        ':' => WordClass::MidLetter,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => WordClass::MidNumLet,
        ',' | ';' => WordClass::MidNum,
        '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}' | '\u{2026}' => WordClass::Other,
        c if c.is_ascii() => WordClass::Other,
        _ => return None,
    })
}

/// `unicode_words().count()` of text made of characters [`simple_class`]
/// knows, by the word-boundary rules of UAX #29 as they apply to them:
/// letters, digits and "_" hold together (WB5, WB8-WB10, WB13a-b); ":", ".",
/// "'" or a curly apostrophe between two letters (WB6-7) and ",", ";", ".",
/// "'" or a curly apostrophe between two digits (WB11-12) do not break; any
/// other character breaks. Words made only of "_" have no letter or digit
/// and are not counted.
fn count_simple_words(text: &str) -> usize {
    scan_simple_words(text).unwrap_or(0)
}

/// [`count_simple_words`] byte by byte; `None` when `text` holds a
/// character [`simple_class`] does not know.
fn scan_simple_words(text: &str) -> Option<usize> {
    use WordClass::{Digit, Letter, MidLetter, MidNum, MidNumLet, Under};
    let bytes = text.as_bytes();
    let mut count = 0usize;
    // Inside a word; the word has a letter or digit.
    let (mut in_word, mut alnum) = (false, false);
    let mut prev = WordClass::Other;
    let mut i = 0usize;
    while let Some((cur, len)) = class_at(bytes, i) {
        let cur = cur?;
        i += len;
        match cur {
            Letter | Digit => (in_word, alnum) = (true, true),
            Under => in_word = true,
            MidLetter | MidNumLet | MidNum if in_word && matches!(prev, Letter | Digit) => {
                // A mid-word mark holds the word together between two
                // letters (":", ".", "'") or two digits (",", ";", ".", "'").
                let next = class_at(bytes, i).and_then(|(c, _)| c);
                let joins = match (prev, cur) {
                    (Letter, MidLetter | MidNumLet) => next == Some(Letter),
                    (Digit, MidNum | MidNumLet) => next == Some(Digit),
                    _ => false,
                };
                if !joins {
                    count += usize::from(alnum);
                    (in_word, alnum) = (false, false);
                }
            }
            _ => {
                count += usize::from(in_word && alnum);
                (in_word, alnum) = (false, false);
            }
        }
        prev = cur;
    }
    Some(count + usize::from(in_word && alnum))
}

/// The [`simple_class`] of the character at byte `i` of `bytes` (`None`
/// for a character it does not know) and the character's length; `None` at
/// the end. Read from the bytes: ASCII, Latin-1 letters (lead byte 0xC3),
/// and the curly quotes, dashes and ellipsis (0xE2 0x80 ..).
fn class_at(bytes: &[u8], i: usize) -> Option<(Option<WordClass>, usize)> {
    let &b = bytes.get(i)?;
    if b.is_ascii() {
        return Some((ASCII_CLASS.get(usize::from(b)).copied(), 1));
    }
    Some(match (b, bytes.get(i + 1), bytes.get(i + 2)) {
        // U+00C0..U+00FF: letters but for U+00D7 "×" and U+00F7 "÷".
        (0xC3, Some(&c), _) if c != 0x97 && c != 0xB7 => (Some(WordClass::Letter), 2),
        // U+2018, U+2019.
        (0xE2, Some(0x80), Some(0x98 | 0x99)) => (Some(WordClass::MidNumLet), 3),
        // U+2013, U+2014, U+201C, U+201D, U+2026.
        (0xE2, Some(0x80), Some(0x93 | 0x94 | 0x9C | 0x9D | 0xA6)) => (Some(WordClass::Other), 3),
        _ => (None, 1),
    })
}

#[cfg(test)]
mod tests {
    use super::count_words;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn ascii_class_table_is_simple_class() {
        for b in 0u8..128 {
            assert_eq!(
                Some(super::ASCII_CLASS[usize::from(b)]),
                super::simple_class(char::from(b)),
                "{b}"
            );
        }
    }

    #[test]
    fn word_count_matches_the_segmenter() {
        let alphabet = [
            " ",
            " ",
            " ",
            "a",
            "B",
            "z",
            "0",
            "7",
            ".",
            ",",
            "'",
            ":",
            ";",
            "_",
            "-",
            "’",
            "“",
            "é",
            "\u{301}",
            "\u{93E}",
            "\u{200D}",
            "\u{AD}",
            "中",
            "カ",
            "\u{1F1E9}",
            "\u{1F600}",
            "\n",
            "\t",
            "\u{A0}",
            "\u{2009}",
            "א",
        ];
        let mut texts = crate::testgen::Texts::new(&alphabet, 0x2545_F491_4F6C_DD1D);
        for len in 0..3000 {
            let s = texts.text(len % 60);
            assert_eq!(count_words(&s), s.unicode_words().count(), "{s:?}");
        }
        // Simple text alone, with the marks that may or may not hold a word together.
        let simple = [
            " ", "a", "Z", "0", "9", ".", ",", "'", ":", ";", "_", "-", "\n", "\r", "\t", "!", "/",
            "\"", "é", "ÿ", "À", "×", "÷", "‘", "’", "“", "”", "–", "—", "…", "\u{A0}", "ª",
        ];
        let mut texts = crate::testgen::Texts::new(&simple, 0x2545_F491_4F6C_DD1D);
        for len in 0..20000 {
            let s = texts.text(len % 24);
            assert_eq!(count_words(&s), s.unicode_words().count(), "{s:?}");
            if s.chars().all(|c| super::simple_class(c).is_some()) {
                assert_eq!(
                    super::count_simple_words(&s),
                    s.unicode_words().count(),
                    "{s:?}"
                );
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let s = std::fs::read_to_string(e.path()).unwrap_or_default();
            assert_eq!(count_words(&s), s.unicode_words().count());
        }
    }
}
