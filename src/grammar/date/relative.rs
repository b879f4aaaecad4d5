//! Relative dates: "2 hours ago", "vor 2 Stunden", "il y a 3 heures",
//! "hace 2 horas", "2 часа назад", "yesterday", "just now".

use nom::{
    Parser,
    branch::alt,
    combinator::{map, map_opt, map_res, opt, value, verify},
    sequence::preceded,
};

use super::DateOptions;
use super::absolute::Raw;
use super::prim::{R, boundary, ci, digits, may_prefix, one_of_ci, word, ws0, ws1};
use super::time::tail;
use super::words;
use crate::table::WordList;

/// Words after the unit: English, Italian, Dutch, Russian, Ukrainian, Portuguese.
static AGO: &[&str] = &["ago", "fa", "geleden", "назад", "тому", "atrás", "önce"];

/// Words before the count: German, French, Spanish, Portuguese.
static BEFORE: &[&str] = &["vor", "il y a", "hace", "há", "ha"];

/// Phrases meaning "a moment ago".
static NOW: &[&str] = &[
    "just now",
    "moments ago",
    "a moment ago",
    "gerade eben",
    "soeben",
    "à l'instant",
    "à l’instant",
    "ahora mismo",
    "hace un momento",
    "adesso",
    "proprio ora",
    "agora mesmo",
    "zojuist",
    "только что",
    "щойно",
];

/// Day words and their distance from the reference day.
#[rustfmt::skip]
static DAYS: &[(&str, i64)] = &[
    ("today", 0), ("yesterday", 1), ("heute", 0), ("gestern", 1), ("vorgestern", 2),
    ("aujourd'hui", 0), ("aujourd’hui", 0), ("hier", 1), ("avant-hier", 2), ("hoy", 0),
    ("ayer", 1), ("anteayer", 2), ("oggi", 0), ("ieri", 1), ("hoje", 0), ("ontem", 1),
    ("vandaag", 0), ("gisteren", 1), ("eergisteren", 2), ("сегодня", 0), ("вчера", 1),
    ("позавчера", 2), ("сьогодні", 0), ("вчора", 1), ("позавчора", 2),
];

/// First words of the phrases of [`BEFORE`] and [`NOW`].
pub(super) static STARTERS: WordList = WordList::new(&[
    "vor",
    "il",
    "hace",
    "há",
    "ha",
    "just",
    "moments",
    "gerade",
    "soeben",
    "à",
    "ahora",
    "adesso",
    "proprio",
    "agora",
    "zojuist",
    "только",
    "щойно",
]);

/// Words one of which every strong phrase of [`relative`] (read without
/// the day words) holds whole, between characters that are no letters or
/// digits or the line's ends: the words of [`AGO`] (after white space,
/// before a boundary), the first words of [`BEFORE`] (at a word start,
/// before white space) and a word of each phrase of [`NOW`] (its last, or
/// one of the others).
static ANCHORS: WordList = WordList::new(&[
    "ago",
    "fa",
    "geleden",
    "назад",
    "тому",
    "atrás",
    "önce",
    "vor",
    "il",
    "hace",
    "há",
    "ha",
    "now",
    "eben",
    "soeben",
    "instant",
    "mismo",
    "adesso",
    "ora",
    "mesmo",
    "zojuist",
    "что",
    "щойно",
]);

/// Most characters of an entry of [`ANCHORS`].
const ANCHOR_CHARS: usize = 7;

/// A necessary condition for a strong relative phrase ([`relative`] without
/// the day words) anywhere in `line`: one of its runs of letters and digits,
/// lower-cased as the phrases' comparisons fold it, is an entry of
/// [`ANCHORS`]. (A test holds `find_date` with this gate to the scan
/// without it.)
pub(super) fn may_occur(line: &str) -> bool {
    let mut start = None;
    for (i, c) in line.char_indices() {
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            crate::lines::text::is_alphanumeric(c)
        };
        match (alnum, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                if is_anchor(line.get(s..i).unwrap_or("")) {
                    return true;
                }
            }
            _ => {}
        }
    }
    start.is_some_and(|s| is_anchor(line.get(s..).unwrap_or("")))
}

/// True when the run `w` lower-cased (each character as `char::to_lowercase`
/// gives it) is an entry of [`ANCHORS`].
fn is_anchor(w: &str) -> bool {
    if w.len() < 2 {
        return false;
    }
    if w.is_ascii() {
        return w.len() <= ANCHOR_CHARS
            && crate::table::pack_lower_ascii(w).is_some_and(|k| ANCHORS.contains_packed(k));
    }
    if w.chars().nth(ANCHOR_CHARS).is_some() {
        return false;
    }
    let lower: String = w.chars().flat_map(char::to_lowercase).collect();
    ANCHORS.contains(&lower)
}

/// The lower-case ASCII letters that start a phrase of [`NOW`], [`BEFORE`]
/// or [`DAYS`], or a word of `words::ONE` (a count spelled as a word).
const INITIALS: &[u8] = b"aeghijmopstuvyz";

/// `relative = now | count_ago | before_count | day_word [tail]`; the day
/// words only when `days` is set.
///
/// `phrase` rejects a day word where only strong phrases are wanted
/// ([`find_date`](super::find_date)), and a day word is the last
/// alternative: whether it is tried there or not, the phrase fails, so it is
/// not tried.
pub(super) fn relative<'a>(o: &DateOptions, i: &'a str, days: bool) -> R<'a, Raw<'a>> {
    // Every production but `count_ago` starts with a letter, and an ASCII
    // character can only start a phrase whose first letter it is (the
    // comparisons fold ASCII to ASCII): most attempts are decided by the
    // first byte.
    match i.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => return count_ago(i),
        Some(b) if b.is_ascii() && !INITIALS.contains(&b.to_ascii_lowercase()) => {
            return super::prim::fail(i);
        }
        _ => {}
    }
    alt((
        value(Raw::Now, one_of_ci(NOW)),
        count_ago,
        before_count,
        |x| {
            if days {
                day_word(o, x)
            } else {
                super::prim::fail(x)
            }
        },
    ))
    .parse(i)
}

/// `count = digit{1,12} | one` where `one = "a" | "an" | "one" | "eine" | ...`
fn count(i: &str) -> R<'_, u64> {
    alt((
        map_res(digits(1, 12), str::parse::<u64>),
        map(verify(word, |w: &str| words::is_one(w)), |_| 1),
    ))
    .parse(i)
}

/// `unit = unit_word ["."]`
fn unit(i: &str) -> R<'_, words::Unit> {
    let (i, u) = map_opt(word, words::unit).parse(i)?;
    let (i, _) = opt(nom::character::complete::char('.')).parse(i)?;
    Ok((i, u))
}

/// `count_ago = count ws0 unit ws1 ("ago" | "fa" | "geleden" | "назад" | "тому" | "atrás" | "önce")`
fn count_ago(i: &str) -> R<'_, Raw<'_>> {
    let (i, n) = count(i)?;
    let (i, _) = ws0(i)?;
    let (i, u) = unit(i)?;
    let (i, _) = preceded(ws1, one_of_ci(AGO)).parse(i)?;
    Ok((i, Raw::Ago(n, u)))
}

/// `before_count = ("vor" | "il y a" | "hace" | "há") ws1 count ws0 unit [ws1 "atrás"]`
fn before_count(i: &str) -> R<'_, Raw<'_>> {
    let (i, _) = one_of_ci(BEFORE)(i)?;
    let (i, _) = ws1(i)?;
    let (i, n) = count(i)?;
    let (i, _) = ws0(i)?;
    let (i, u) = unit(i)?;
    let (i, _) = opt(preceded(ws1, ci("atrás"))).parse(i)?;
    boundary(i)?;
    Ok((i, Raw::Ago(n, u)))
}

/// `day_word = ("today" | "yesterday" | "gestern" | "hier" | "вчера" | ...) [tail]`
fn day_word<'a>(o: &DateOptions, i: &'a str) -> R<'a, Raw<'a>> {
    // `may_prefix` first: a word failing it fails `ci` too.
    for &(w, back) in DAYS.iter().filter(|(w, _)| may_prefix(i, w)) {
        if let Ok((j, _)) = ci(w)(i) {
            let (j, t) = opt(|x| tail(o, x)).parse(j)?;
            return Ok((j, Raw::Day(back, t)));
        }
    }
    super::prim::fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_cover_the_phrases() {
        let firsts = NOW
            .iter()
            .chain(BEFORE)
            .chain(DAYS.iter().map(|(w, _)| w))
            .chain(words::ONE.words());
        for p in firsts {
            let b = p.as_bytes().first().copied().unwrap_or_default();
            assert!(!b.is_ascii() || INITIALS.contains(&b), "{p}");
        }
        assert!(relative(&DateOptions::default(), "Yesterday", true).is_ok());
        assert!(relative(&DateOptions::default(), "Ein Tag", true).is_err());
        assert!(relative(&DateOptions::default(), "3 hours ago", true).is_ok());
        assert!(relative(&DateOptions::default(), "Later", true).is_err());
        assert!(relative(&DateOptions::default(), "Yesterday", false).is_err());
        assert!(relative(&DateOptions::default(), "3 hours ago", false).is_ok());
    }

    #[test]
    fn anchors_cover_the_strong_phrases() {
        let runs = |p: &'static str| p.split(|c: char| !c.is_alphanumeric());
        for w in AGO {
            assert!(ANCHORS.contains(w), "{w}");
        }
        for p in BEFORE {
            assert!(runs(p).next().is_some_and(|w| ANCHORS.contains(w)), "{p}");
        }
        for p in NOW {
            assert!(runs(p).any(|w| ANCHORS.contains(w)), "{p}");
        }
        assert!(
            ANCHORS
                .words()
                .iter()
                .all(|w| w.chars().count() <= ANCHOR_CHARS)
        );
        for (line, want) in [
            ("Jane Doe 2 hours AGO", true),
            ("vor 3 Stunden", true),
            ("Il y a 2 jours", true),
            ("HÁ 2 dias", true),
            ("3 ore fa.", true),
            ("2 дня НАЗАД", true),
            ("à l’instant", true),
            ("Tempo de leitura: 1 minuto", false),
            ("that has a fact", false),
            ("agony, hacer, vortex", false),
        ] {
            assert_eq!(may_occur(line), want, "{line}");
        }
    }

    #[test]
    fn starters_cover_the_phrases() {
        for p in BEFORE.iter().chain(NOW) {
            let first = p.split(' ').next().unwrap_or_default();
            static NONE: WordList = WordList::new(&[]);
            let ok = STARTERS.contains(first) || words::may_start(first, &NONE);
            assert!(ok, "{p}");
        }
    }
}
