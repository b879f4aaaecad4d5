//! Phrase matchers of the byline grammar: desks, agencies, outlets, roles,
//! places, each over tokens and ending at a phrase boundary.

use super::names::{is_name_part, parse_name};
use super::roles::is_role_words;
use super::tokens::{Kind, Tok};
use super::words::{CONJUNCTIONS, PLACE_PREPOSITIONS, UI_WORDS, contains};
use crate::grammar::agency::{canonical_agency, is_desk};
use crate::table::WordList;

/// Joins the words of `toks[a..b]` with single spaces; `None` when one of
/// them is not a word.
pub(crate) fn words(toks: &[Tok<'_>], a: usize, b: usize) -> Option<String> {
    let slice = toks.get(a..b)?;
    if slice.is_empty()
        || slice
            .iter()
            .any(|t| t.kind != Kind::Word && t.kind != Kind::Amp)
    {
        return None;
    }
    let mut out = String::with_capacity(slice.iter().map(|t| t.text.len() + 1).sum());
    for (k, t) in slice.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    Some(out)
}

/// The words of `toks[i..]` joined with single spaces, at most `max` (and
/// at most 8) of them, and the byte length of the first `n` words joined,
/// for each `n` from 1: `joined.get(..ends[n - 1])` is `words(toks, i, i + n)`
/// for each `n` up to `ends.len`, and `words` is `None` for a larger `n`.
fn word_prefixes(toks: &[Tok<'_>], i: usize, max: usize) -> (String, WordEnds) {
    let words = toks
        .iter()
        .skip(i)
        .take(max.min(8))
        .take_while(|t| t.kind == Kind::Word || t.kind == Kind::Amp);
    // Sized once: grown a word at a time, the string is reallocated.
    let mut joined = String::with_capacity(words.clone().map(|t| t.text.len() + 1).sum());
    let mut ends = WordEnds::default();
    for t in words {
        if !joined.is_empty() || ends.len > 0 {
            joined.push(' ');
        }
        joined.push_str(t.text);
        ends.push(joined.len());
    }
    (joined, ends)
}

/// The ends of [`word_prefixes`], at most 8, on the stack.
#[derive(Default)]
struct WordEnds {
    at: [usize; 8],
    len: usize,
}

impl WordEnds {
    fn push(&mut self, end: usize) {
        if let Some(slot) = self.at.get_mut(self.len) {
            *slot = end;
            self.len += 1;
        }
    }

    /// The end of the first `k + 1` words.
    fn get(&self, k: usize) -> Option<&usize> {
        self.at.get(..self.len)?.get(k)
    }
}

/// The printed text from `toks[a]` to `toks[b - 1]`.
pub(crate) fn printed<'a>(line: &'a str, toks: &[Tok<'_>], a: usize, b: usize) -> Option<&'a str> {
    let s = toks.get(a)?.start;
    let e = toks.get(b.checked_sub(1)?)?.end;
    line.get(s..e)
}

/// The printed text from `toks[a]` to `toks[b - 1]`, with each run of
/// spaces (no-break spaces too) as one space.
pub(crate) fn text(line: &str, toks: &[Tok<'_>], a: usize, b: usize) -> Option<String> {
    printed(line, toks, a, b).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
}

pub(crate) fn is_word_at(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(Tok::is_word)
}

pub(crate) fn lower_at(toks: &[Tok<'_>], i: usize) -> Option<String> {
    toks.get(i)
        .filter(|t| t.is_word())
        .map(|t| t.lower().into_owned())
}

/// True when a token at `i` ends a phrase (end, comma, separator, conj).
pub(crate) fn boundary(toks: &[Tok<'_>], i: usize) -> bool {
    match toks.get(i) {
        None => true,
        Some(t) if t.kind != Kind::Word => true,
        Some(t) => {
            let l = t.lower();
            contains(&CONJUNCTIONS, &l)
                || contains(&PLACE_PREPOSITIONS, &l)
                || matches!(&*l, "for" | "with" | "avec" | "mit" | "con")
        }
    }
}

/// A desk name in the form credits use: lower-case or all-caps text gets
/// capital initials ("agencies" -> "Agencies"); "From wire reports" drops "From".
pub(crate) fn desk_credit(printed: &str) -> String {
    let p = printed.trim();
    let mixed = p.chars().any(char::is_uppercase) && p.chars().any(char::is_lowercase);
    let p = p
        .strip_prefix("From ")
        .or_else(|| p.strip_prefix("from "))
        .unwrap_or(p);
    if mixed {
        let mut c = p.chars();
        return match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        };
    }
    p.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

pub(crate) fn match_desk(line: &str, toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    // `words(toks, i, i + n)` for each `n`, joined once.
    let (joined, ends) = word_prefixes(toks, i, 4);
    (1..=4usize).rev().find_map(|n| {
        let w = joined.get(..*ends.get(n.checked_sub(1)?)?)?;
        (is_desk(w) && boundary(toks, i + n)).then(|| {
            (
                desk_credit(printed(line, toks, i, i + n).unwrap_or(w)),
                i + n,
            )
        })
    })
}

/// What [`match_desk_or_agency`] found at a token.
pub(crate) enum DeskHit {
    /// A desk's own credit ("Staff", "Agencies").
    Desk(String),
    /// An agency named by its desk ("Redazione ANSA" gives ANSA).
    Agency(&'static str),
}

/// A desk of one or two words then a known agency ending the segment
/// ("Redazione ANSA", "Redaktion dpa", "Redacción EFE": the agency), else a
/// desk alone ([`match_desk`]); with the end of the match. The desk's word
/// prefixes are joined once for both.
pub(crate) fn match_desk_or_agency(
    line: &str,
    toks: &[Tok<'_>],
    i: usize,
) -> Option<(DeskHit, usize)> {
    let (joined, ends) = word_prefixes(toks, i, 4);
    let desk = |n: usize| {
        let w = joined.get(..*ends.get(n.checked_sub(1)?)?)?;
        is_desk(w).then_some(w)
    };
    let agency = (1..=2usize).find_map(|n| {
        desk(n)?;
        match_agency(toks, i + n).filter(|&(_, e)| boundary(toks, e))
    });
    if let Some((a, e)) = agency {
        return Some((DeskHit::Agency(a), e));
    }
    (1..=4usize).rev().find_map(|n| {
        let w = desk(n).filter(|_| boundary(toks, i + n))?;
        let credit = desk_credit(printed(line, toks, i, i + n).unwrap_or(w));
        Some((DeskHit::Desk(credit), i + n))
    })
}

pub(crate) fn match_agency(toks: &[Tok<'_>], i: usize) -> Option<(&'static str, usize)> {
    // `words(toks, i, i + n)` for each `n`, joined once.
    let (joined, ends) = word_prefixes(toks, i, 5);
    (1..=5usize).rev().find_map(|n| {
        let w = joined.get(..*ends.get(n.checked_sub(1)?)?)?;
        let a = canonical_agency(w)?;
        // "Ani Smith" is a person, not ANI.
        let next_is_part = toks
            .get(i + n)
            .is_some_and(|t| t.is_word() && is_name_part(t.text));
        (!next_is_part).then_some((a, i + n))
    })
}

pub(crate) fn match_role(line: &str, toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    (1..=6).rev().find_map(|n| {
        let slice = toks.get(i..i + n)?;
        if slice.iter().any(|t| !t.is_word()) {
            return None;
        }
        let end = if boundary(toks, i + n) {
            i + n
        } else {
            desk_of(toks, i + n)?
        };
        is_role_words(slice.iter().map(|t| t.text))
            .then(|| (text(line, toks, i, end).unwrap_or_default(), end))
    })
}

/// Words naming the desk a job title belongs to ("dziennikarka działu
/// Biznes", "redattore di Cronaca"), in lower case.
static DESK_OF: WordList = WordList::new(&[
    "działu",
    "redakcji",
    "oddělení",
    "rubriky",
    "für",
    "di",
    "del",
    "della",
    "de",
    "du",
    "des",
]);

/// The end of a desk after a job title: a word of [`DESK_OF`] at `i`, then
/// one to three capitalised words up to a boundary, no agency nor outlet
/// (those are the writer's credit).
fn desk_of(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let of = toks.get(i).filter(|t| t.is_word())?;
    let of_lower = of.lower();
    if !DESK_OF.contains(&of_lower) || match_agency(toks, i + 1).is_some() {
        return None;
    }
    // After a noun for the desk ("działu", "oddělení") the desk's name may
    // be an adjective in lower case ("dziennikarka działu miejskiego").
    let noun = DESK_NOUNS.contains(&&*of_lower);
    (1..=3).rev().find_map(|n| {
        let words = toks.get(i + 1..i + 1 + n)?;
        let named = words.iter().all(|t| {
            t.is_word()
                && t.text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || noun && c.is_lowercase())
        });
        (named && boundary(toks, i + 1 + n)).then_some(i + 1 + n)
    })
}

/// The words of [`DESK_OF`] that are nouns for a desk ("działu": of the
/// desk), after which the desk's name may be in lower case.
const DESK_NOUNS: &[&str] = &["działu", "redakcji", "oddělení", "rubriky"];

/// "health reporter Mei Tanaka": the role words, then a name.
pub(crate) fn match_role_prefix(
    line: &str,
    toks: &[Tok<'_>],
    i: usize,
    uncased: bool,
) -> Option<(String, String, usize)> {
    for k in i..(i + 6).min(toks.len()) {
        let t = toks.get(k)?;
        if !t.is_word() {
            return None;
        }
        if super::is_role_word(t.text) {
            let slice = toks.get(i..=k)?;
            if is_role_words(slice.iter().map(|t| t.text)) {
                if let Some(e) = parse_name(toks, k + 1, uncased) {
                    let role = text(line, toks, i, k + 1)?;
                    let name = text(line, toks, k + 1, e)?;
                    return Some((role, name, e));
                }
            }
        }
    }
    None
}

static OUTLET_CONNECTORS: WordList = WordList::new(&[
    "of", "the", "and", "&", "de", "du", "des", "la", "le", "für", "di", "del", "der", "die", "do",
    "da", "dos", "das", "della", "van", "het",
]);
#[rustfmt::skip]
static OUTLET_WORDS: WordList = WordList::new(&[
    "news", "press", "times", "post", "herald", "journal", "media", "tribune", "telegraph",
    "guardian", "gazette", "radio", "television", "tv", "broadcasting", "broadcast", "network",
    "daily", "weekly", "magazine", "agency", "service", "wire", "independent", "chronicle",
    "observer", "review", "insider", "today", "online", "express", "mail", "mirror", "standard",
    "record", "sun", "star", "zeitung", "monde", "figaro", "país", "corriere", "repubblica",
    "jornal", "diário", "diario", "periódico", "gazeta", "gazzetta", "giornale", "quotidien",
    "hebdo", "revista", "rivista", "folha", "correio", "krant", "dagblad", "tidning",
    "tidningen", "avisen", "noticias", "notícias", "notizie", "nieuws", "nyheter",
]);

/// True for a definite article that opens an outlet's name (lower case):
/// not "le", "les", "lo", "de" nor "o", which open persons' names too ("Le
/// Van Thanh", "Les Hinton", "De Vries").
fn is_outlet_article(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "la" | "die" | "das" | "het" | "el" | "los" | "las" | "il"
    )
}

/// An outlet name at `toks[i]` ending at a boundary; `strict` requires it to
/// look like one ("The ...", a press word, or an acronym).
pub(crate) fn match_outlet(
    line: &str,
    toks: &[Tok<'_>],
    i: usize,
    strict: bool,
) -> Option<(String, usize)> {
    let mut last_cap = None;
    let mut looks = false;
    // An article other than "the", the capitalised words after it and
    // whether a connector joins them ("La Voix du Nord").
    let (mut article, mut caps, mut joined) = (false, 0usize, false);
    for (j, t) in toks.iter().enumerate().skip(i).take(6) {
        if !(t.is_word() || t.kind == Kind::Amp) {
            break;
        }
        let lower = t.lower();
        let first = t.text.chars().next()?;
        if j > i && (t.kind == Kind::Amp || contains(&OUTLET_CONNECTORS, &lower)) {
            joined = true;
            continue;
        }
        if !first.is_uppercase()
            || !t
                .text
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | '&'))
            || (contains(&UI_WORDS, &lower) && !contains(&OUTLET_WORDS, &lower))
            || contains(&CONJUNCTIONS, &lower)
        {
            break;
        }
        // "The Daily Herald", "La Voix du Nord", "Die Presse", "El Mundo":
        // a definite article opens an outlet's name, not a person's.
        if j == i && is_outlet_article(&lower) {
            looks = true;
            article = lower != "the";
            continue;
        }
        if contains(&OUTLET_WORDS, &lower)
            || (t.text.len() >= 2 && t.text.len() <= 6 && t.text.chars().all(char::is_uppercase))
        {
            looks = true;
            article = false;
        }
        caps += 1;
        last_cap = Some(j + 1);
    }
    // Another language's article opens a person's name too ("La Toya
    // Jackson", "El Sayed Gamal"): an outlet's is one word ("El Mundo") or
    // words a connector joins ("La Voz de Galicia").
    if article && caps > 1 && !joined {
        return None;
    }
    let e = last_cap?;
    if !boundary(toks, e) || (strict && !looks) {
        return None;
    }
    // A person's name in a credit slot is not an outlet.
    if !looks && parse_name(toks, i, false) == Some(e) {
        return None;
    }
    Some((text(line, toks, i, e)?, e))
}

/// A place after a name ("in Kyiv", "in New York"): the end index.
pub(crate) fn match_place(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let prep = lower_at(toks, i)?;
    if !contains(&PLACE_PREPOSITIONS, &prep) {
        return None;
    }
    // Dutch "en" is "and" as well as "in": "Jan de Vries en Piet Jansen".
    if contains(&CONJUNCTIONS, &prep) && parse_name(toks, i + 1, false).is_some() {
        return None;
    }
    let mut e = None;
    for (j, t) in toks.iter().enumerate().skip(i + 1).take(4) {
        let first = t.text.chars().next()?;
        if !t.is_word() || !first.is_uppercase() || t.text.chars().any(char::is_numeric) {
            break;
        }
        if contains(&UI_WORDS, &t.lower()) && !is_stop_word_place(&t.lower()) {
            break;
        }
        e = Some(j + 1);
    }
    e
}

pub(crate) fn is_stop_word_place(lower: &str) -> bool {
    // Place words that are also interface words ("Home" is not one of them).
    matches!(lower, "national" | "local")
}

/// "Guardian staff", "Kyiv Independent Staff": an outlet's own staff, a desk.
pub(crate) fn match_outlet_staff(
    line: &str,
    toks: &[Tok<'_>],
    i: usize,
) -> Option<(String, usize)> {
    for n in 1..=3 {
        let w = toks.get(i + n - 1)?;
        let capitalised = w.is_word()
            && w.text.chars().next().is_some_and(char::is_uppercase)
            && w.text.chars().all(|c| c.is_alphabetic() || c == '-');
        if !capitalised || contains(&CONJUNCTIONS, &w.lower()) {
            return None;
        }
        if lower_at(toks, i + n).is_some_and(|w| super::words::is_staff_word(&w))
            && boundary(toks, i + n + 1)
        {
            return Some((text(line, toks, i, i + n + 1)?, i + n + 1));
        }
    }
    None
}
