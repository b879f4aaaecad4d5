//! Cheap tests of a line's characters and first words that rule the field
//! grammars out before they run.

use crate::grammar::byline;
use crate::table::Needles;

/// Relative-date words, looked for in a line's head without a digit.
const RELATIVE_WORDS: &[&str] = &[
    "ago",
    "yesterday",
    "today",
    "gestern",
    "heute",
    "hier",
    "ayer",
    "hoy",
    "ieri",
    "oggi",
    "назад",
    "вчера",
    "сегодня",
    "учора",
    "сьогодні",
    "il y a",
    "vor ",
    "hace",
    "just now",
    "gisteren",
    "ontem",
    "hoje",
];

/// Caption words, looked for in a line's head.
const CAPTION_WORD_LIST: &[&str] = &[
    "photo",
    "file",
    "image",
    "foto",
    "fot.",
    "bild",
    "illustrat",
    "archiv",
    "symbol",
    "pictured",
    "picture",
    "picha",
];

static RELATIVE: Needles = Needles::new(RELATIVE_WORDS);
static CAPTION_WORDS: Needles = Needles::new(CAPTION_WORD_LIST);

/// The words of both lists, searched for at once.
fn either_word() -> &'static Needles {
    static ALL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    static N: std::sync::OnceLock<Needles> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        Needles::new(ALL.get_or_init(|| {
            RELATIVE_WORDS
                .iter()
                .chain(CAPTION_WORD_LIST)
                .copied()
                .collect()
        }))
    })
}

/// Cheap tests that rule grammars out before they run (most page lines are
/// short menu entries or plain sentences that no field grammar matches).
#[derive(Debug, Clone, Copy)]
pub(super) struct Hints {
    pub(super) digit: bool,
    /// A relative-date word in the head (only looked for without a digit).
    relative: bool,
    separator: bool,
    pub(super) caption_mark: bool,
    pub(super) byline_start: bool,
}

impl Hints {
    pub(super) fn of(t: &str, head: &str) -> Hints {
        let marks = Marks::of(t);
        let digit = marks.digit;
        // Whether the head holds a relative-date or a caption word: one
        // search for both lists, asked when first needed (most heads hold
        // neither, and then neither list is searched).
        let mut either = None;
        let mut either_found = || *either.get_or_insert_with(|| either_word().found_in(head));
        // Only read without a digit (see `date`).
        let relative = !digit && either_found() && RELATIVE.found_in(head);
        let separator = marks.separator;
        let caption_mark = marks.caption
            || {
                let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
                let last = if crate::lines::text::ascii_alphanumeric_ends(last) {
                    last
                } else {
                    last.trim_matches(|c: char| !c.is_alphanumeric())
                };
                crate::grammar::agency::canonical_agency(last).is_some() || t.ends_with("Images")
            }
            || either_found() && CAPTION_WORDS.found_in(head)
            || credit_at_end(t)
            || marked_tail(t);
        let mut words = crate::table::words_in(head);
        let first = words.next().unwrap_or("").trim_end_matches(':');
        // "Analysis by", "Kommentar von", "Chronique par": a by-word second;
        // third after an indefinite article ("An analysis by", "Eine
        // Kolumne von") or on a live blog ("Live coverage by").
        let second = words.next();
        let third = matches!(
            first,
            "a" | "an" | "un" | "une" | "una" | "ein" | "eine" | "een" | "live"
        )
        .then(|| words.next())
        .flatten();
        let by_second = t.len() <= 120
            && (second.is_some_and(byline::is_by_word) || third.is_some_and(byline::is_by_word));
        let byline_start = by_second
            // The spaced and colon markers ("by", "von", "oleh", "Text:",
            // "Penulis:", ...) are read from the grammar's own lists below.
            || matches!(
                first,
                "written"
                    | "story"
                    | "reported"
                    | "reporting"
                    | "from"
                    | "additional"
                    | "compiled"
                    | "contributing"
                    | "with"
                    | "editing"
                    | "posted"
            )
            || byline::is_spaced_marker(first)
            || byline::is_colon_marker(first)
            || byline::opens_with_phrase_marker(head)
            || byline::is_author_label(first)
            || byline::opens_with_glued_by(t);
        Hints {
            digit,
            relative,
            separator,
            caption_mark,
            byline_start,
        }
    }

    /// A date phrase needs a digit or a relative word.
    pub(super) fn date(&self) -> bool {
        self.digit || self.relative
    }

    /// A byline needs a marker, a separator, or to be a desk or agency name.
    pub(super) fn byline(&self, t: &str) -> bool {
        self.byline_start
            || self.separator
            || byline::opens_with_cjk_label(t)
            || crate::grammar::agency::is_organisation_credit(t)
            || byline::has_glued_word(t)
            // "de Andreea Mihăilescu": a lower-case "de" and a name.
            || t.starts_with(byline::LOWER_DE)
            // "Jane Doe in Kyiv": names and the place they wrote from;
            // "Jane Doe with AFP": names and the agency they wrote with
            // (both looked for at the line's spaces, in one pass).
            || (t.len() <= 80
                && t.chars().next().is_some_and(char::is_uppercase)
                && memchr::memchr_iter(b' ', t.as_bytes()).any(|i| {
                    t.as_bytes()
                        .get(i + 1..)
                        .is_some_and(|r| r.starts_with(b"in ") || r.starts_with(b"with "))
                }))
    }
}

/// The characters [`Hints`] looks for, found in one pass over the bytes.
#[derive(Debug, PartialEq)]
pub(super) struct Marks {
    /// A digit, ASCII or of another script.
    pub(super) digit: bool,
    /// One of `|` `·` `•` `,` `@` `/` `—` `–`, or " - ".
    pub(super) separator: bool,
    /// One of `(` `:` `©` `/` `…` `[`, or "...".
    pub(super) caption: bool,
}

/// [`Marks::digit`] as a bit (a byte that tells its mark alone).
const DIGIT: u8 = 1;
/// [`Marks::separator`] as a bit.
const SEPARATOR: u8 = 2;
/// [`Marks::caption`] as a bit.
const CAPTION: u8 = 4;
/// A byte whose mark depends on the bytes around it: `-` (" - "), `.`
/// ("..."), 0xC2 ("·", "©") and 0xE2 ("•", "—", "–", "…").
const LOOK: u8 = 8;
/// A lead byte of another script's digits (see
/// `grammar::digits::is_digit_lead`), which the line's characters tell.
const DIGIT_LEAD: u8 = 16;

/// Per byte: its [`Marks`] bits (or [`LOOK`]); 0 for most bytes.
// Built at compile time; the indices are bytes, below the length.
#[allow(clippy::indexing_slicing)]
static MARK_BITS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = DIGIT;
        d += 1;
    }
    t[b'|' as usize] = SEPARATOR;
    t[b',' as usize] = SEPARATOR;
    t[b'@' as usize] = SEPARATOR;
    t[b'/' as usize] = SEPARATOR | CAPTION;
    t[b'(' as usize] = CAPTION;
    t[b':' as usize] = CAPTION;
    t[b'[' as usize] = CAPTION;
    t[b'-' as usize] = LOOK;
    t[b'.' as usize] = LOOK;
    t[0xC2] = LOOK;
    t[0xE2] = LOOK;
    t[0xD9] = DIGIT_LEAD;
    t[0xDB] = DIGIT_LEAD;
    t[0xDF] = DIGIT_LEAD;
    t[0xE0] = DIGIT_LEAD;
    t[0xE1] = DIGIT_LEAD;
    t[0xEF] = DIGIT_LEAD;
    t
};

impl Marks {
    pub(super) fn of(t: &str) -> Marks {
        let b = t.as_bytes();
        // (Each byte's bits from a table, or-ed together: most bytes have
        // none and need no other test.)
        let mut bits = 0u8;
        for (i, &c) in b.iter().enumerate() {
            let k = MARK_BITS.get(usize::from(c)).copied().unwrap_or(0);
            bits |= k;
            if k & LOOK != 0 {
                bits |= looked(b, i, c);
            }
        }
        // Another script's digits ("۲۸ اسفند ۱۴۰۳"), which the date
        // grammar reads as ASCII ones.
        let digit = bits & DIGIT != 0
            || (bits & DIGIT_LEAD != 0
                && t.chars()
                    .any(|c| crate::grammar::digits::native_digit(c).is_some()));
        Marks {
            digit,
            separator: bits & SEPARATOR != 0,
            caption: bits & CAPTION != 0,
        }
    }
}

/// The [`Marks`] bits of the byte `c` at `i` in `b` that is marked [`LOOK`].
/// In UTF-8 the bytes of a character never occur inside another character:
/// "·" is C2 B7, "©" C2 A9, "•" E2 80 A2, "—" E2 80 94, "–" E2 80 93, "…"
/// E2 80 A6 wherever they are found.
fn looked(b: &[u8], i: usize, c: u8) -> u8 {
    let next = |k: usize| b.get(i + k).copied();
    match c {
        b'-' if i > 0 && b.get(i - 1) == Some(&b' ') && next(1) == Some(b' ') => SEPARATOR,
        b'.' if next(1) == Some(b'.') && next(2) == Some(b'.') => CAPTION,
        0xC2 => match next(1) {
            Some(0xB7) => SEPARATOR,
            Some(0xA9) => CAPTION,
            _ => 0,
        },
        0xE2 if next(1) == Some(0x80) => match next(2) {
            Some(0xA2 | 0x93 | 0x94) => SEPARATOR,
            Some(0xA6) => CAPTION,
            _ => 0,
        },
        _ => 0,
    }
}

/// Words that close a long caption with its credit ("... on Sunday.
/// Picture by Kyle Benning").
const CREDIT_BY: &[&[u8]] = &[b"photo", b"photos", b"picture", b"pictures", b"photograph"];

/// Photo words printed without a colon before a credit after a caption's
/// full stop ("... Krzesławickie. Fot. Tomasz Gil").
const BARE_PHOTO: &[&[u8]] = &[b" Fot. ", b" Foto ", b" Photo "];

/// True when a middle dot, a bar or a photo word without a colon
/// ([`BARE_PHOTO`]) follows a full stop near the
/// line's end ("... por dia. · Inês Moura"), or the Burmese photo word
/// before a spaced dash, or an Ethiopic colon or colon-dash before a space
/// ("… ፎቶ፡ NAME"): a credit may follow; or a Chinese credit's closing "摄）"
/// ("（新华社记者 NAME 摄）").
fn marked_tail(t: &str) -> bool {
    let b = t.as_bytes();
    let tail = b.get(b.len().saturating_sub(64)..).unwrap_or_default();
    // At each full stop (a line has few), the mark after it: no searcher
    // built for the two marks.
    memchr::memchr_iter(b'.', tail).any(|i| {
        let after = tail.get(i + 1..).unwrap_or_default();
        after.starts_with(" \u{b7} ".as_bytes())
            || after.starts_with(b" | ")
            || BARE_PHOTO.iter().any(|w| after.starts_with(w))
    }) || !tail.is_ascii()
        && [" ဓာတ်ပုံ - ", "摄）", "攝）", "፡ ", "፦ "]
            .iter()
            .any(|m| memchr::memmem::find(tail, m.as_bytes()).is_some())
}

/// True when the last bytes of `t` hold one of [`CREDIT_BY`] and " by "
/// (any case): a photo's credit at the end of its caption, past the head
/// the caption words are looked for in.
fn credit_at_end(t: &str) -> bool {
    let b = t.as_bytes();
    let tail = b.get(b.len().saturating_sub(64)..).unwrap_or_default();
    static BY: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let by = BY.get_or_init(|| memchr::memmem::Finder::new(b" by "));
    by.find_iter(tail).any(|i| {
        let before = tail.get(..i).unwrap_or_default();
        CREDIT_BY.iter().any(|w| {
            before
                .get(before.len().saturating_sub(w.len())..)
                .is_some_and(|e| e.len() == w.len() && e.eq_ignore_ascii_case(w))
        })
    })
}

#[cfg(test)]
mod lead_tests {
    #[test]
    fn marked_tails_are_the_marks_searched_for() {
        let slow = |t: &str| {
            let b = t.as_bytes();
            let tail = b.get(b.len().saturating_sub(64)..).unwrap_or_default();
            [". \u{b7} ", ". | ", ". Fot. ", ". Foto ", ". Photo "]
                .iter()
                .any(|m| memchr::memmem::find(tail, m.as_bytes()).is_some())
        };
        let pieces = [
            ".",
            " ",
            "\u{b7}",
            "|",
            "x",
            "é",
            "Inês Moura",
            ". · ",
            ". | ",
            ". Fot. ",
            " Foto ",
        ];
        crate::testgen::Texts::new(&pieces, 0x51A7_E5EE).each(5000, 40, |t| {
            assert_eq!(super::marked_tail(t), slow(t), "{t:?}");
        });
    }

    #[test]
    fn one_search_finds_a_word_of_either_list() {
        // The combined search answers as the two lists' searches together
        // (and each as `str::contains` of its words), so a head it finds
        // no word in holds no word of either list.
        let pieces = [
            " ",
            "ago",
            "Ago",
            "ag",
            "vor ",
            "vor",
            "il y a",
            "il y",
            "назад",
            "наза",
            "photo",
            "phot",
            "Foto",
            "file",
            "fil",
            "picha",
            "x",
            "é",
            "hier",
            "hie",
            "today",
            ":",
        ];
        let slow = |h: &str, words: &[&str]| words.iter().any(|w| h.contains(w));
        crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D).each(5000, 8, |h| {
            let rel = slow(h, super::RELATIVE_WORDS);
            let cap = slow(h, super::CAPTION_WORD_LIST);
            assert_eq!(super::RELATIVE.found_in(h), rel, "{h:?}");
            assert_eq!(super::CAPTION_WORDS.found_in(h), cap, "{h:?}");
            assert_eq!(super::either_word().found_in(h), rel || cap, "{h:?}");
        });
    }

    #[test]
    fn digit_lead_bits_are_the_digit_grammars_lead_bytes() {
        for c in 0..=255u8 {
            let bit = super::MARK_BITS[usize::from(c)] & super::DIGIT_LEAD != 0;
            assert_eq!(bit, crate::grammar::digits::is_digit_lead(c), "{c:#x}");
        }
    }
}
