//! The order a page writes numeric dates in ("02/10/2020": 2 October or
//! February 10), voted by the words of its first lines: a page in a
//! language that writes the day first (German, French, ...), or an English
//! page that writes its dates day first ("4 March 2025", "13/11/2025", not
//! "March 4, 2025" or "11/13/2025") or spells the British way ("organised",
//! "colour"), or a page with next to no English function word (in a
//! language the lexicon does not know, nearly all of which write the day
//! first), reads numeric dates day first; so does a page that prints no
//! date written month first and no American spelling (most of the world
//! writes the day first; American pages write "March 4, 2025").

use super::DayOrder;
use super::words::month_en;
use crate::lexicon;
use crate::table::{EdgeGate, WordList, for_words};

/// Most words that vote.
const VOTERS: usize = 6000;

/// British spellings (sorted): an English page that writes them writes its
/// numeric dates day first ("03/04/2025" is 3 April).
#[rustfmt::skip]
static BRITISH: &[&str] = &[
    "analysed", "apologised", "authorised", "behaviour", "cancelled", "catalogue", "centre",
    "centres", "characterised", "colour", "colours", "criticised", "defence", "emphasised",
    "equalised", "equaliser", "favour", "favourite", "finalised", "harbour", "honour",
    "jewellery", "labour", "licence", "litre", "litres", "maximise", "minimise", "modelling",
    "neighbour", "neighbours", "offence", "organisation", "organisations", "organised",
    "organisers", "prioritise", "programme", "realise", "realised", "recognise",
    "recognised", "rumours", "summarised", "theatre", "travelled", "travelling",
];

/// The American spellings of the same words (sorted).
#[rustfmt::skip]
static AMERICAN: &[&str] = &[
    "analyzed", "apologized", "authorized", "behavior", "canceled", "catalog", "center",
    "centers", "characterized", "color", "colors", "criticized", "defense", "emphasized",
    "equalized", "equalizer", "favor", "favorite", "finalized", "harbor", "honor", "jewelry",
    "labor", "liter", "liters", "maximize", "minimize", "modeling", "neighbor", "neighbors",
    "offense", "organization", "organizations", "organized", "organizers", "prioritize",
    "realize", "realized", "recognize", "recognized", "rumors", "summarized", "theater",
    "traveled", "traveling",
];

/// [`BRITISH`] as a hashed set (most words looked up are in neither list:
/// their first byte and length tell, without a comparison).
static BRITISH_SET: WordList = WordList::new(BRITISH);

/// [`AMERICAN`] as a hashed set.
static AMERICAN_SET: WordList = WordList::new(AMERICAN);

/// Fewest British spellings (and more than American ones) that make an
/// English page day-first.
const BRITISH_MIN: usize = 2;

/// Fewest words of a page read as in a language other than English when
/// it prints next to no English function word.
const FOREIGN_MIN_WORDS: usize = 100;
/// A page whose English function words are under one in this many of its
/// words is in another language.
const FOREIGN_EN_SHARE: usize = 40;

/// Whether `w` (a word as split) is a British (first) or an American
/// (second) spelling of [`BRITISH`] and [`AMERICAN`].
fn spelling(w: &str) -> (bool, bool) {
    // Trimmed byte by byte: a character that is no ASCII letter is made of
    // bytes that are none either, and the cut lands after or before one.
    let b = w.as_bytes();
    let (Some(start), Some(last)) = (
        b.iter().position(u8::is_ascii_alphabetic),
        b.iter().rposition(u8::is_ascii_alphabetic),
    ) else {
        return (false, false);
    };
    let Some(w) = w.get(start..=last) else {
        return (false, false);
    };
    let len = w.len();
    if !(5..=13).contains(&len) {
        return (false, false);
    }
    // No entry of either list has this first letter and length (most
    // words): no key is made.
    let first = b.get(start).map_or(0, u8::to_ascii_lowercase);
    if !BRITISH_SET.may_hold(first, len) && !AMERICAN_SET.may_hold(first, len) {
        return (false, false);
    }
    match crate::table::pack_lower_ascii(w) {
        Some(key) => (
            BRITISH_SET.contains_packed(key),
            AMERICAN_SET.contains_packed(key),
        ),
        None => (false, false),
    }
}

/// [`DayOrder::DayFirst`] when the words of `lines` (the first
/// [`VOTERS`] of them) vote for it, else [`DayOrder::Auto`].
pub(crate) fn vote<'a>(lines: impl Iterator<Item = &'a str>) -> DayOrder {
    let (mut other, mut en) = (0usize, 0usize);
    // English dates written day first and month first.
    let (mut day_month, mut month_day) = (0usize, 0usize);
    // British and American spellings.
    let (mut british, mut american) = (0usize, 0usize);
    let mut left = VOTERS;
    for line in lines {
        // The previous word, and whether it was a day number: a month name
        // is looked up only next to a day number (most words are neither).
        let (mut prev, mut prev_day): (Option<&str>, bool) = (None, false);
        let ascii = line.is_ascii();
        for_words(line, |w| {
            left -= 1;
            // Most words vote for nothing, told by their ends, first byte
            // and length.
            if !prev_day && is_quiet(w, ascii) {
                (prev, prev_day) = (Some(w), false);
                return left > 0;
            }
            // (English word, day-first language word)
            let (e, o) = lexicon::day_order_vote(w);
            en += usize::from(e);
            other += usize::from(o);
            // (A function word is no spelling.)
            if !(e || o) {
                let (b, a) = spelling(w);
                british += usize::from(b);
                american += usize::from(a);
            }
            let day = is_day_number(w);
            let (numeric_day, numeric_month) = numeric_order(w);
            day_month += usize::from(prev_day && is_month(w) || numeric_day);
            month_day += usize::from(day && prev.is_some_and(is_month) || numeric_month);
            (prev, prev_day) = (Some(w), day);
            left > 0
        });
        if left == 0 {
            break;
        }
    }
    // A page of a hundred words or more that prints next to no English
    // function word is in another language, and nearly all others write
    // the day first (a year-first date reads the same either way).
    let seen = VOTERS - left;
    let not_english = seen >= FOREIGN_MIN_WORDS && en * FOREIGN_EN_SHARE < seen;
    if other > en
        || not_english
        || day_month > month_day
        || british >= BRITISH_MIN && british > american
        // No date written month first and no American spelling: most of
        // the world writes the day first.
        || month_day == 0 && american == 0
    {
        DayOrder::DayFirst
    } else {
        DayOrder::Auto
    }
}

/// True when the word `w` (`ascii`: of an ASCII line) is an ASCII word
/// that votes for nothing, told by its end letters and length: it is no
/// function word of either list ([`lexicon::day_order_vote`] looks the
/// whole word up, and the ASCII lower case of an ASCII word is an entry
/// only when its end letters and length are those of an entry's), no
/// spelling ([`spelling`] looks up the word trimmed to its ASCII letters,
/// likewise) and no day number (a digit opens those).
#[inline]
fn is_quiet(w: &str, ascii: bool) -> bool {
    let b = w.as_bytes();
    if b.first().is_none_or(u8::is_ascii_digit) || !(ascii || w.is_ascii()) {
        return false;
    }
    let gate = quiet_gate();
    // The word whole (with a mark at an end, admitted only if an entry has
    // one: none has), then trimmed to its letters as `spelling` trims it.
    if gate.admits(b) {
        return false;
    }
    // A word that opens and ends with a letter (most) is its own letters:
    // told apart above, without looking for them.
    if b.first().is_some_and(u8::is_ascii_alphabetic)
        && b.last().is_some_and(u8::is_ascii_alphabetic)
    {
        return true;
    }
    let start = b
        .iter()
        .position(u8::is_ascii_alphabetic)
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(u8::is_ascii_alphabetic)
        .map_or(0, |e| e + 1);
    let core = b.get(start..end).unwrap_or_default();
    core.len() == b.len() || !gate.admits(core)
}

/// The gate on the end letters and length of the function words of either
/// list and of both spellings, built once.
fn quiet_gate() -> &'static EdgeGate {
    static GATE: std::sync::OnceLock<EdgeGate> = std::sync::OnceLock::new();
    GATE.get_or_init(|| {
        EdgeGate::new(
            lexicon::day_order_words()
                .chain(BRITISH.iter().copied())
                .chain(AMERICAN.iter().copied()),
        )
    })
}

/// True for an English month name or abbreviation as a word ("March",
/// "Mar."), not a day number.
fn is_month(w: &str) -> bool {
    w.len() >= 3 && !is_day_number(w) && month_en(w).is_some()
}

/// True for a day of the month as a word: "4", "04", "4th", "21st,".
/// Whether the word `w` is a numeric date that can only be read day first
/// ("13/11/2012") or only month first ("11/13/2012").
fn numeric_order(w: &str) -> (bool, bool) {
    let b = w.as_bytes();
    if !(6..=12).contains(&b.len()) || !b.first().is_some_and(u8::is_ascii_digit) {
        return (false, false);
    }
    let core = w.trim_end_matches([',', '.', ';']);
    let mut parts = core.split(['/', '.', '-']);
    let (Some(x), Some(y), Some(year), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return (false, false);
    };
    let num = |p: &str, lens: &[usize]| {
        (lens.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (Some(x), Some(y), Some(_)) = (num(x, &[1, 2]), num(y, &[1, 2]), num(year, &[2, 4])) else {
        return (false, false);
    };
    let month = |m: u32| (1..=12).contains(&m);
    let day_only = |d: u32| (13..=31).contains(&d);
    (day_only(x) && month(y), day_only(y) && month(x))
}

fn is_day_number(w: &str) -> bool {
    if w.len() > 6 || !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let core = w.trim_end_matches([',', '.']);
    let digits = core.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = core.get(digits.len()..).unwrap_or("");
    (suffix.is_empty() || matches!(suffix, "st" | "nd" | "rd" | "th"))
        && (1..=2).contains(&digits.len())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_of(text: &str) -> DayOrder {
        vote(text.lines())
    }

    #[test]
    fn a_page_with_next_to_no_english_function_word_is_day_first() {
        let other = "Omulimi akung'aanya emmwaanyi mu nnimiro ye buli lunaku nga tannaba kugenda ku katale. ";
        assert_eq!(order_of(&other.repeat(10)), DayOrder::DayFirst);
        let english = "The farmer said on March 4, 2025 that the coffee was picked with care. ";
        assert_eq!(order_of(&english.repeat(10)), DayOrder::Auto);
        // A short text does not vote for a language; it prints no date
        // written month first either.
        assert_eq!(order_of(other), DayOrder::DayFirst);
    }

    #[test]
    fn quiet_words_vote_for_nothing() {
        let lists = lexicon::day_order_words().chain(BRITISH.iter().copied());
        let mut pieces: Vec<&str> = lists.chain(AMERICAN.iter().copied()).collect();
        pieces.extend([
            "x", "Q", "e", "\"", "(", ",", ".", "-", "'", "4", "é", "ß", "й", "March",
        ]);
        let mut texts = crate::testgen::Texts::new(&pieces, 0x5DEE_CE66_D1CE_4E5B);
        let mut quiet = 0;
        for n in 0..20_000 {
            let w = texts.text(1 + n % 3);
            for w in [w.as_str(), &w.to_uppercase()] {
                if is_quiet(w, w.is_ascii()) {
                    quiet += 1;
                    assert_eq!(lexicon::day_order_vote(w), (false, false), "{w}");
                    assert_eq!(spelling(w), (false, false), "{w}");
                    assert!(!is_day_number(w), "{w}");
                }
            }
        }
        assert!(quiet > 1000, "{quiet}");
        // The gate's test of the word trimmed to its letters, read in full.
        let slow = |w: &str| {
            let b = w.as_bytes();
            if b.first().is_none_or(u8::is_ascii_digit) || !w.is_ascii() {
                return false;
            }
            let gate = quiet_gate();
            let start = b.iter().position(u8::is_ascii_alphabetic);
            let end = b
                .iter()
                .rposition(u8::is_ascii_alphabetic)
                .map_or(0, |e| e + 1);
            let core = b.get(start.unwrap_or(b.len())..end).unwrap_or_default();
            !gate.admits(b) && (core.len() == b.len() || !gate.admits(core))
        };
        let mut texts = crate::testgen::Texts::new(&pieces, 0x0DD_BA11);
        for n in 0..20_000 {
            let w = texts.text(n % 4);
            for w in [w.as_str(), &w.to_uppercase(), "", "\u{fffd}", "a\u{fffd}"] {
                assert_eq!(is_quiet(w, w.is_ascii()), slow(w), "{w:?}");
            }
        }
        assert!(!is_quiet("organised", true) && !is_quiet("The", true));
        assert!(is_quiet("weather", true) && is_quiet("weather,", true));
        assert!(!is_quiet("\"Colour,", true) && !is_quiet("4th", true) && !is_quiet("", true));
    }

    #[test]
    fn english_pages_that_write_the_day_first_read_numbers_day_first() {
        let uk = "The council met on 4 March and again on the 21st March.\nUpdated 02/10/2020\n";
        assert_eq!(order_of(uk), DayOrder::DayFirst);
        let us = "The council met on March 4, and again on 4 March.\nSee you May 21st.\n";
        assert_eq!(order_of(us), DayOrder::Auto);
        // A number before a word that is no month, or a year, casts no vote.
        assert_eq!(
            order_of("It took 4 years and 2024 March rains, until May 21st.\n"),
            DayOrder::Auto
        );
        // Numeric dates that read one way only.
        assert_eq!(
            order_of("Met on March 4.\n13/11/2025 and 21.11.2025\n"),
            DayOrder::DayFirst
        );
        assert_eq!(order_of("Posted 11/13/2025\n"), DayOrder::Auto);
        assert_eq!(numeric_order("11/13/2025,"), (false, true));
        assert_eq!(numeric_order("04/03/2025"), (false, false));
        // British spellings, more than American ones, outvote a date
        // written month first.
        let uk = "The organisers realised on March 4 the theatre was full.\n03/04/2025\n";
        assert_eq!(order_of(uk), DayOrder::DayFirst);
        let one = "They met at the Lincoln Theatre on March 4.\nPublished: 03/04/2025\n";
        assert_eq!(order_of(one), DayOrder::Auto);
        let mixed = "The organisers realised the color of the center was off.\n";
        assert_eq!(order_of(mixed), DayOrder::Auto);
        // No date written month first and no American spelling: day first.
        let plain = "They met at the new hall.\nPublished: 03/04/2025\n";
        assert_eq!(order_of(plain), DayOrder::DayFirst);
        let sorted = |l: &[&str]| l.windows(2).all(|w| w[0] < w[1]);
        assert!(sorted(BRITISH) && sorted(AMERICAN));
        for (w, day) in [
            ("4", true),
            ("04", true),
            ("21st,", true),
            ("31", true),
            ("32", false),
            ("0", false),
            ("2024", false),
            ("4pm", false),
            ("4th.", true),
        ] {
            assert_eq!(is_day_number(w), day, "{w}");
        }
    }

    #[test]
    fn spellings_are_those_of_the_trimmed_lower_case_word() {
        let slow = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
            let l = w.to_ascii_lowercase();
            let ok = (5..=13).contains(&w.len()) && w.is_ascii();
            (
                ok && BRITISH.contains(&l.as_str()),
                ok && AMERICAN.contains(&l.as_str()),
            )
        };
        let mut words: Vec<String> = Vec::new();
        for w in BRITISH.iter().chain(AMERICAN) {
            words.extend([
                w.to_string(),
                w.to_uppercase(),
                format!("\"{w},\""),
                format!("«{w}»"),
                format!("{w}s."),
                format!("x{w}"),
                format!("{w}\u{e9}"),
                format!("\u{e9}{w}"),
                w.replacen('e', "\u{e9}", 1),
            ]);
        }
        words.extend(
            [
                "",
                "...",
                "\u{e9}\u{e9}",
                "naïveté",
                "12345",
                "centre-right",
            ]
            .map(String::from),
        );
        let mut found = 0;
        for w in &words {
            assert_eq!(spelling(w), slow(w), "{w:?}");
            found += usize::from(slow(w) != (false, false));
        }
        assert!(found > 300, "{found}");
    }
}
