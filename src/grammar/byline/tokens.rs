//! The tokenizer of the byline grammars: words, commas, separators, full
//! stops and ampersands, with their byte ranges in the line.
//!
//! ```text
//! tokens  := { spaces token }
//! token   := "," | sep | "&" | email | word
//! email   := word-chars "@" word-chars "." word-chars   (a separator: it ends the names)
//! sep     := "|" | "·" | "•" | ";" | TAB | "(" | ")" | "[" | "]" | "/" | "—" | "–" | "-"+ (alone)
//! word    := { char that is not a space, a sep or "," }+
//! glued   := word-part glue word-part        (only with `tokenize_glued`)
//! glue    := ? between a lower-case letter and an upper-case letter or a digit, the part before being
//!              one capital and at least 3 lower-case letters ("OrtegaView") ?
//! ```

use crate::grammar::prim::offset_in;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters, digits and in-word punctuation.
    Word,
    /// ",".
    Comma,
    /// A strong separator: "|", "·", "•", ";", tab, brackets, "/", dashes;
    /// also the empty glue between two words a scrape ran together
    /// ("OrtegaView", see [`tokenize_glued`]).
    Sep,
    /// A full stop split off the end of a word.
    Dot,
    /// "&".
    Amp,
}

/// One token, with its byte range in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Tok<'_> {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// The word, lower-cased.
    pub fn lower(&self) -> std::borrow::Cow<'_, str> {
        crate::table::lower(self.text)
    }
}

/// Spaces between tokens (a tab is a separator, not a space).
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c != '\t' && c.is_whitespace()
}

/// Characters that are separators on their own.
#[inline]
pub(crate) fn is_sep_char(c: char) -> bool {
    matches!(
        c,
        '|' | '·' | '•' | ';' | '\t' | '(' | ')' | '[' | ']' | '/' | '—' | '–' | '‖' | '¦' | '∙'
    )
}

#[inline]
fn is_word_char(c: char) -> bool {
    !is_space(c) && !is_sep_char(c) && c != ','
}

/// `token := "," | sep | "@"? word_char+ | word_char+`, where the first word
/// form stops at an "@": a handle glued to a name ("Jane Doe@JaneDoeNews") is
/// a word of its own. `i` starts with a character that is not a space, and
/// every such character is a comma, a separator or a word character, so a
/// token is always found (`None` only for an empty `i`).
fn raw_token(i: &str) -> Option<(Kind, &str)> {
    let c = i.chars().next()?;
    if c == ',' {
        return Some((Kind::Comma, i.get(..1)?));
    }
    if is_sep_char(c) {
        return Some((Kind::Sep, i.get(..c.len_utf8())?));
    }
    // "@"? followed by at least one word character other than "@".
    let at = usize::from(c == '@');
    let body = i.get(at..)?;
    let n = word_len(body, true);
    if n > 0 {
        return Some((Kind::Word, i.get(..at + n)?));
    }
    // Otherwise ("@@x", "@" alone) the whole run of word characters.
    let n = word_len(i, false);
    Some((Kind::Word, i.get(..n)?))
}

/// Per ASCII byte: [`WORD`] for a word character ([`is_word_char`]) other
/// than "@", [`WORD`] | [`AT`] for "@", [`SPACE`] for a space
/// ([`is_space`]), 0 for a separator or a comma.
// Built at compile time; the indices are ASCII bytes, below the length.
#[allow(clippy::indexing_slicing)]
static ASCII_CLASS: [u8; 128] = {
    let mut t = [WORD; 128];
    let mut k = 0;
    let stops = b"|;\t()[]/,";
    while k < stops.len() {
        t[stops[k] as usize] = 0;
        k += 1;
    }
    let spaces = b" \n\x0B\x0C\r";
    k = 0;
    while k < spaces.len() {
        t[spaces[k] as usize] = SPACE;
        k += 1;
    }
    t[b'@' as usize] = WORD | AT;
    t
};

/// [`ASCII_CLASS`]' bit for a word character.
const WORD: u8 = 1;
/// [`ASCII_CLASS`]' bit for "@".
const AT: u8 = 2;
/// [`ASCII_CLASS`]' bit for a space.
const SPACE: u8 = 4;

/// The byte length of the run of word characters `i` opens with (up to an
/// "@" too when `at_stops`): `i.find(|c| !is_word_char(c) || at_stops && c
/// == '@')`, or its length. An ASCII byte is told from a table, another
/// character decoded.
fn word_len(i: &str, at_stops: bool) -> usize {
    let b = i.as_bytes();
    let stop = if at_stops { AT } else { 0 };
    let mut k = 0;
    while let Some(&c) = b.get(k) {
        if let Some(&class) = ASCII_CLASS.get(usize::from(c)) {
            if class & WORD == 0 || class & stop != 0 {
                return k;
            }
            k += 1;
            continue;
        }
        match i.get(k..).and_then(|r| r.chars().next()) {
            Some(ch) if is_word_char(ch) => k += ch.len_utf8(),
            _ => return k,
        }
    }
    k
}

/// `i` less the spaces ([`is_space`]) it opens with: the ASCII ones told
/// from [`ASCII_CLASS`], the rest (from a character beyond ASCII on) by
/// `trim_start_matches`.
fn skip_spaces(i: &str) -> &str {
    let n = i
        .bytes()
        .position(|c| ASCII_CLASS.get(usize::from(c)) != Some(&SPACE))
        .unwrap_or(i.len());
    let rest = i.get(n..).unwrap_or_default();
    if rest.as_bytes().first().is_some_and(|&c| c >= 0x80) {
        rest.trim_start_matches(is_space)
    } else {
        rest
    }
}

/// The e-mail address `i` starts with ("jdoe@example.com"): a run of word
/// characters with an "@" inside and a "." after it.
fn email_at(i: &str) -> Option<&str> {
    let word = i.get(..word_len(i, false))?;
    let at = word.find('@').filter(|&at| at > 0)?;
    let domain = word.get(at + 1..)?;
    (domain.contains('.') && !domain.starts_with('.')).then_some(word)
}

/// Abbreviations that keep their full stop.
static KEEP_DOT: &[&str] = &[
    "jr.", "sr.", "st.", "dr.", "mr.", "mrs.", "ms.", "prof.", "u.s.",
];

/// Splits `line` into at most `max` tokens.
pub(crate) fn tokenize(line: &str, max: usize) -> Vec<Tok<'_>> {
    // Room for the tokens of most lines at once (one token per few bytes).
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(max.min(line.len() / 4 + 4));
    let mut input = line;
    while out.len() < max {
        let after = skip_spaces(input);
        let Some((kind, text)) = raw_token(after) else {
            break;
        };
        // A word stops before an "@": an address after the names ends them,
        // as a separator does (looked for only there).
        if kind == Kind::Word
            && after.as_bytes().get(text.len()) == Some(&b'@')
            && let Some(email) = email_at(after)
        {
            input = after.get(email.len()..).unwrap_or_default();
            out.push(mk(line, Kind::Sep, email));
            continue;
        }
        input = after.get(text.len()..).unwrap_or_default();
        if kind != Kind::Word {
            out.push(mk(line, kind, text));
        } else if text.chars().all(|c| c == '-') {
            out.push(mk(line, Kind::Sep, text));
        } else if text == "&" {
            out.push(mk(line, Kind::Amp, text));
        } else if let Some((stem, dot)) = split_dot(text) {
            out.push(mk(line, Kind::Word, stem));
            out.push(mk(line, Kind::Dot, dot));
        } else {
            out.push(mk(line, Kind::Word, text));
        }
    }
    out
}

/// Splits `line` into at most `max` tokens like [`tokenize`], and also splits
/// words that a scrape glued to the next line or field ("Marcus De
/// OrtegaView More Articles", "HartwigBusiness Columnist") with an empty
/// separator token at the glue. Returns whether any word was split.
pub(crate) fn tokenize_glued(line: &str, max: usize) -> (Vec<Tok<'_>>, bool) {
    let toks = tokenize(line, max);
    if !toks
        .iter()
        .any(|t| t.is_word() && glue_at(t.text).is_some())
    {
        return (toks, false);
    }
    let mut out = Vec::with_capacity(toks.len() + 2);
    for t in toks {
        let mut text = t.text;
        while t.is_word()
            && out.len() + 3 <= max
            && let Some(at) = glue_at(text)
            && let Some((head, tail)) = text.split_at_checked(at)
        {
            out.push(mk(line, Kind::Word, head));
            out.push(mk(line, Kind::Sep, tail.get(..0).unwrap_or_default()));
            text = tail;
        }
        out.push(mk(line, t.kind, text));
    }
    (out, true)
}

/// True when `b` holds an ASCII lower-case letter followed by an ASCII
/// upper-case letter (or, when `digit`, by an ASCII digit): in ASCII text
/// without such a pair no word has a glue ([`glue_at`]). Every pair is
/// tested, without stopping at the first found: the test then runs on
/// many bytes at once.
pub(crate) fn has_case_pair(b: &[u8], digit: bool) -> bool {
    let next = b.get(1..).unwrap_or_default();
    b.iter().zip(next).fold(0u8, |found, (a, c)| {
        let after = c.is_ascii_uppercase() | (digit & c.is_ascii_digit());
        found | u8::from(a.is_ascii_lowercase() & after)
    }) != 0
}

/// The byte offset of the first glue in `word`: a lower-case letter followed
/// by an upper-case one, where the letters before the glue end with one
/// capital and at least three lower-case letters. "OrtegaView" splits before
/// "View"; "McDonald", "MacLeod", "DeAndre", "LaShawn" and "DeOrtega" stay
/// whole.
pub(crate) fn glue_at(word: &str) -> Option<usize> {
    if word.is_ascii() {
        // The same steps on bytes (ASCII letters have the same case as chars).
        glue_in(word.bytes().enumerate().map(|(at, b)| {
            (
                at,
                b.is_ascii_uppercase() || b.is_ascii_digit(),
                b.is_ascii_lowercase(),
            )
        }))
    } else {
        glue_in(
            word.char_indices()
                .map(|(at, c)| (at, c.is_uppercase() || c.is_ascii_digit(), c.is_lowercase())),
        )
    }
}

/// [`glue_at`] over (offset, upper-case or digit, lower-case) of each
/// character: a digit after a capitalised word is a glue too ("Demel13.12.").
fn glue_in(chars: impl Iterator<Item = (usize, bool, bool)>) -> Option<usize> {
    let mut lower_run = 0usize;
    let mut capital_then_lower = false;
    for (at, upper, lower) in chars {
        if upper {
            if capital_then_lower && lower_run >= 3 && at > 0 {
                return Some(at);
            }
            capital_then_lower = true;
            lower_run = 0;
        } else if lower {
            lower_run += 1;
        } else {
            capital_then_lower = false;
            lower_run = 0;
        }
    }
    None
}

/// A word ending a sentence ("Doe.") without its full stop; `None` for words
/// that keep it ("J.", "Jr.", "J.R.").
fn split_dot(text: &str) -> Option<(&str, &str)> {
    let stem = text.strip_suffix('.')?;
    if stem.chars().count() < 2 || stem.contains('.') || stem.ends_with('.') {
        return None;
    }
    // An initial of an abugida: a letter and its vowel signs ("వి.").
    if stem.chars().count() <= 3 && stem.chars().all(crate::lines::scripts::is_abugida_letter) {
        return None;
    }
    if KEEP_DOT.contains(&crate::table::lower(text).as_ref()) {
        return None;
    }
    text.split_at_checked(stem.len())
}

fn mk<'a>(line: &'a str, kind: Kind, text: &'a str) -> Tok<'a> {
    let start = offset_in(line, text);
    Tok {
        kind,
        text,
        start,
        end: start + text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_pairs_are_the_pairs_of_the_windows() {
        let pieces = [
            "a", "Z", "z", "A", "0", "9", " ", "-", "é", "Ü", "`", "[", "{", "@",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        for n in 0..5000 {
            let t = texts.text(n % 40);
            let b = t.as_bytes();
            for digit in [false, true] {
                let slow = b.windows(2).any(|w| {
                    matches!(w, [a, c] if a.is_ascii_lowercase()
                        && (c.is_ascii_uppercase() || digit && c.is_ascii_digit()))
                });
                assert_eq!(has_case_pair(b, digit), slow, "{t:?} {digit}");
            }
        }
        assert!(has_case_pair(b"OrtegaView", false) && !has_case_pair(b"Demel13", false));
        assert!(has_case_pair(b"Demel13", true) && !has_case_pair(b"", true));
    }

    #[test]
    fn tokens() {
        let kinds: Vec<(Kind, &str)> = tokenize("Jane Doe, J. R. Smith | AP. x - y & z\tq", 50)
            .iter()
            .map(|t| (t.kind, t.text))
            .collect();
        assert_eq!(
            kinds,
            [
                (Kind::Word, "Jane"),
                (Kind::Word, "Doe"),
                (Kind::Comma, ","),
                (Kind::Word, "J."),
                (Kind::Word, "R."),
                (Kind::Word, "Smith"),
                (Kind::Sep, "|"),
                (Kind::Word, "AP"),
                (Kind::Dot, "."),
                (Kind::Word, "x"),
                (Kind::Sep, "-"),
                (Kind::Word, "y"),
                (Kind::Amp, "&"),
                (Kind::Word, "z"),
                (Kind::Sep, "\t"),
                (Kind::Word, "q"),
            ]
        );
        assert_eq!(tokenize("a b c d", 2).len(), 2);
        let (glued, split) = tokenize_glued("De OrtegaView More", 50);
        let words: Vec<(Kind, &str)> = glued.iter().map(|t| (t.kind, t.text)).collect();
        assert!(split);
        assert_eq!(
            words,
            [
                (Kind::Word, "De"),
                (Kind::Word, "Ortega"),
                (Kind::Sep, ""),
                (Kind::Word, "View"),
                (Kind::Word, "More"),
            ]
        );
        assert_eq!(glued.get(2).map(|t| t.start), Some(9));
        assert!(tokenize("   ", 5).is_empty());
    }

    #[test]
    fn byte_scans_are_the_character_tests() {
        let pieces = [
            "a", "Z", "9", " ", "\t", "\n", "\r", "\x0B", "\x0C", "\x1C", "\x7F", "@", ",", "|",
            ";", "(", ")", "[", "]", "/", "-", ".", "&", "'", "é", "·", "•", "—", "–", "‖", "¦",
            "∙", "\u{a0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{200B}", "日",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        for n in 0..20_000 {
            let t = texts.text(n % 12);
            for at_stops in [false, true] {
                let slow = t
                    .find(|c: char| !is_word_char(c) || at_stops && c == '@')
                    .unwrap_or(t.len());
                assert_eq!(word_len(&t, at_stops), slow, "{t:?} {at_stops}");
            }
            assert_eq!(skip_spaces(&t), t.trim_start_matches(is_space), "{t:?}");
        }
    }

    #[test]
    fn glue() {
        for (word, at) in [
            ("OrtegaView", Some(6)),
            ("HartwigBusiness", Some(7)),
            ("McDonaldView", Some(8)),
            ("Smith-JonesView", Some(11)),
            ("McDonald", None),
            ("MacLeod", None),
            ("DeAndre", None),
            ("LaShawn", None),
            ("DeOrtega", None),
            ("iPhone", None),
            ("ABCNews", None),
            ("Doe", None),
        ] {
            assert_eq!(glue_at(word), at, "{word}");
        }
    }
}
