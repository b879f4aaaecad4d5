//! The names-and-credits part of a byline, over tokens.
//!
//! ```text
//! body      := group { sep+ credit } [sep* rest]
//! group     := item { ("," [conj] | conj) item }            at most MAX_ITEMS items
//! conj      := "and" | "&" | "und" | "et" | "y" | "e" | "en" | "i" | "и" | "та" | ...
//! item      := role                     (only after "," following a person)
//!            | role_words person        ("health reporter Mei Tanaka")
//!            | desk                     ("Staff", "Staff Writer", "agencies")
//!            | agency                   ("Associated Press" -> "AP")
//!            | person { tail }
//!            | outlet                   (only after "," following a person)
//! tail      := place_prep place | "for" (agency | outlet) | agency
//!            | "," letters          (post-nominal letters: ", MS, RD", ", PhD")
//! place     := capitalised word {1,4}
//! credit    := (agency | desk | outlet) ["for" (agency | outlet)]   (a whole segment
//!              between separators: "Lakeside Media Group for Lakeside.com" gives two credits)
//!            | role                     (after a person: "Jane Doe | Senior Editor")
//! outlet    := ["The"] capitalised word { connector | capitalised word }   up to 6 words
//! ```

use super::items::{Item, Tail, is_with_word, parse_item, tail, with_credit};
use super::phrases::{is_word_at, lower_at, match_agency, match_desk, match_outlet, match_role};
use super::tokens::{Kind, Tok};
use super::words::{CONJUNCTIONS, UI_WORDS, contains};
use crate::grammar::agency::is_desk;

/// Most items (names and credits) read from one byline.
pub(crate) const MAX_ITEMS: usize = 64;

/// What the body grammar found.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub authors: Vec<String>,
    pub roles: Vec<Option<String>>,
    pub credits: Vec<String>,
    pub role: Option<String>,
    pub location: Option<String>,
    /// Byte offset just past the last consumed token (0: nothing consumed).
    pub end: usize,
    /// Index of the first token not consumed.
    pub next: usize,
    /// The names were followed by a strong separator ("|", "·").
    pub sep_seen: bool,
    /// Every credit is a desk ("Staff", "Agencies").
    pub desks_only: bool,
    /// Index of the token after each author's name.
    pub name_ends: Vec<usize>,
}

impl Body {
    /// The byline the body names.
    pub(crate) fn into_byline(self) -> super::Byline {
        super::Byline {
            authors: self.authors,
            credits: self.credits,
            role: self.role,
            roles: self.roles,
            location: self.location,
        }
    }
}

/// Gives the last author role `r` (unless it has one), and the byline too.
fn set_role(b: &mut Body, r: String) {
    if let Some(slot) = b.roles.last_mut()
        && slot.is_none()
    {
        *slot = Some(r.clone());
    }
    if b.role.is_none() {
        b.role = Some(r);
    }
}

/// Most words of the place after a desk ("Staff Reporter, Sylhet").
const DESK_PLACE_WORDS: usize = 3;

/// `"," word{1,3} eof` at token `i`, each word opening with a capital or in
/// a script without case: the place a desk wrote from, and the index past
/// it.
fn desk_place(line: &str, toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    let rest = toks.get(i..)?;
    let (first, words) = rest.split_first()?;
    let placed = first.kind == Kind::Comma
        && (1..=DESK_PLACE_WORDS).contains(&words.len())
        && words.iter().all(|t| {
            t.is_word()
                && t.text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
        });
    let (start, end) = (words.first()?.start, words.last()?.end);
    placed.then(|| {
        (
            line.get(start..end).unwrap_or_default().to_string(),
            toks.len(),
        )
    })
}

/// Parses the body of a byline starting at token 0.
pub(crate) fn parse_body(line: &str, toks: &[Tok<'_>], uncased: bool) -> Body {
    let mut b = Body {
        desks_only: true,
        ..Body::default()
    };
    let mut i = 0usize;
    let mut after_person_comma = false;
    // The connector before the last item held a conjunction; the list it
    // closed ends at the next comma.
    let (mut closed, mut joined) = (false, false);
    let mut items = 0usize;
    // group
    while let Some((item, e)) = parse_item(line, toks, i, after_person_comma, uncased) {
        items += 1;
        let person;
        let mut role_ok = false;
        match item {
            // "Por Ana Lima e Rui Reis, Portal Horizonte": after a list its
            // conjunction closed, words that open with no given name are the
            // outlet (two words or more) or the place, no third writer.
            Item::Author(n, _)
                if closed && after_person_comma && !super::opens_with_given_name(&n) =>
            {
                if n.split_whitespace().nth(1).is_some() {
                    b.desks_only = false;
                    b.credits.push(n);
                } else if b.location.is_none() {
                    b.location = Some(n);
                }
                b.end = toks.get(e.saturating_sub(1)).map_or(b.end, |t| t.end);
                b.next = e;
                break;
            }
            Item::Author(n, r) => {
                if b.role.is_none() {
                    b.role.clone_from(&r);
                }
                b.authors.push(n);
                b.roles.push(r);
                b.name_ends.push(e);
                person = true;
            }
            Item::Credit(c) => {
                b.desks_only &= is_desk(&c) || c == "Wire reports";
                // "Staff Reporter, Sylhet": a desk of reporters alone, then
                // the place it wrote from, closing the line.
                let reporters = c
                    .split_whitespace()
                    .last()
                    .is_some_and(super::roles::is_role_word)
                    || crate::lines::scripts::is_uncased(&c);
                let place = (b.authors.is_empty() && is_desk(&c) && reporters)
                    .then(|| desk_place(line, toks, e))
                    .flatten();
                b.credits.push(c);
                if let Some((place, end)) = place {
                    b.location = Some(place);
                    b.end = toks.get(end.saturating_sub(1)).map_or(b.end, |t| t.end);
                    b.next = end;
                    break;
                }
                // "Jane Doe, Associated Press Writer"
                role_ok = after_person_comma;
                person = after_person_comma;
            }
            Item::DeskOf(c) => {
                b.credits.push(c);
                person = false;
            }
            Item::Role(r) => {
                set_role(&mut b, r);
                person = true;
            }
        }
        i = e;
        b.end = toks.get(e.saturating_sub(1)).map_or(b.end, |t| t.end);
        b.next = i;
        // tails
        while person && let Some(t) = tail(line, toks, i, role_ok) {
            role_ok = false;
            match t {
                Tail::Role(r, e) => {
                    set_role(&mut b, r);
                    i = e;
                }
                Tail::Place(place, e) => {
                    if b.location.is_none() {
                        b.location = Some(place);
                    }
                    i = e;
                }
                Tail::Credit(c, e) => {
                    b.desks_only = false;
                    b.credits.push(c);
                    i = e;
                }
                Tail::Letters(e) => i = e,
            }
            b.end = toks.get(i.saturating_sub(1)).map_or(b.end, |t| t.end);
            b.next = i;
        }
        // An outlet's credit with an agency's: "Par Le Figaro avec AFP".
        if !person
            && lower_at(toks, i).is_some_and(|w| is_with_word(&w))
            && let Some(Tail::Credit(c, e)) = tail(line, toks, i, false)
        {
            b.desks_only = false;
            b.credits.push(c);
            i = e;
            b.end = toks.get(i.saturating_sub(1)).map_or(b.end, |t| t.end);
            b.next = i;
        }
        if items >= MAX_ITEMS {
            return b;
        }
        // connectors
        let mut j = i;
        let comma = toks.get(j).is_some_and(|t| t.kind == Kind::Comma);
        if comma {
            j += 1;
        }
        let conj = toks.get(j).is_some_and(|t| {
            t.kind == Kind::Amp || (t.is_word() && contains(&CONJUNCTIONS, &t.lower()))
        });
        if conj {
            j += 1;
        }
        if !comma && !conj {
            break;
        }
        after_person_comma = comma && !conj && !b.authors.is_empty();
        closed = joined;
        joined = conj;
        i = j;
    }
    // credits after strong separators
    let mut i = b.next;
    while items < MAX_ITEMS && b.end > 0 {
        let mut j = i;
        while toks
            .get(j)
            .is_some_and(|t| matches!(t.kind, Kind::Sep | Kind::Dot))
        {
            if toks
                .get(j)
                .is_some_and(|t| t.kind == Kind::Sep && t.text != "\t")
            {
                b.sep_seen = true;
            }
            j += 1;
        }
        if j == i {
            break;
        }
        if j >= toks.len() {
            b.next = j;
            break;
        }
        // "(avec AFP)", "| with agencies": the agency or desk the writers
        // worked with, in a segment of its own.
        if lower_at(toks, j).is_some_and(|w| is_with_word(&w))
            && with_credit(line, toks, j + 1).is_some()
        {
            j += 1;
        }
        // "Jane Doe | Senior Editor": a job title in its own segment.
        if !b.authors.is_empty()
            && match_agency(toks, j).is_none()
            && match_desk(line, toks, j).is_none()
            && let Some((r, e)) = match_role(line, toks, j)
            && !toks
                .get(e)
                .is_some_and(|t| t.kind == Kind::Comma || t.is_word())
        {
            set_role(&mut b, r);
            items += 1;
            b.end = toks.get(e.saturating_sub(1)).map_or(b.end, |t| t.end);
            b.next = e;
            i = e;
            continue;
        }
        let credit = match_agency(toks, j)
            .map(|(a, e)| (a.to_string(), e, false))
            .or_else(|| match_desk(line, toks, j).map(|(d, e)| (d, e, true)))
            .or_else(|| match_outlet(line, toks, j, false).map(|(o, e)| (o, e, false)));
        let Some((c, mut e, desk)) = credit else {
            break;
        };
        // "Lakeside Media Group for Lakeside.com": an outlet writing for another.
        let mut also = None;
        if lower_at(toks, e).as_deref() == Some("for")
            && let Some((o, e2)) = match_agency(toks, e + 1)
                .map(|(a, e2)| (a.to_string(), e2))
                .or_else(|| match_outlet(line, toks, e + 1, false))
        {
            also = Some(o);
            e = e2;
        }
        if toks.get(e).is_some_and(|t| t.kind == Kind::Comma) || is_word_at(toks, e) {
            break;
        }
        // "Par Hélène Dumas (Historienne)": the writer's trade, no credit.
        if !desk && !b.authors.is_empty() && super::roles::is_profession_word(&c) {
            set_role(&mut b, c);
        } else {
            b.desks_only &= desk && also.is_none();
            b.credits.push(c);
        }
        b.credits.extend(also);
        items += 1;
        b.end = toks.get(e.saturating_sub(1)).map_or(b.end, |t| t.end);
        b.next = e;
        i = e;
    }
    b
}

/// True when the token at `i` starts running prose: a lower-case word that is
/// not an interface word ("said", "the").
pub(crate) fn is_prose(toks: &[Tok<'_>], i: usize) -> bool {
    let mut i = i;
    while toks.get(i).is_some_and(|t| {
        t.kind == Kind::Comma || (t.is_word() && contains(&CONJUNCTIONS, &t.lower()))
    }) {
        i += 1;
    }
    let Some(t) = toks.get(i) else { return false };
    if !t.is_word() {
        return false;
    }
    let lower = t.lower();
    // Whom the writer spoke with, after the names: "von Eugen Zentner mit
    // Sonja Silberhorn", "by Jane Doe with John Roe" (no prose).
    let with_name = is_with_word(&lower)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.text.chars().next().is_some_and(char::is_uppercase));
    // The section a post is filed in, after the names: "Posted by Jane Doe
    // in Science" (a section word, not a place).
    let filed = lower == "in"
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && n.text.chars().next().is_some_and(char::is_uppercase)
                && contains(&UI_WORDS, &n.lower())
        });
    t.text.chars().next().is_some_and(char::is_lowercase)
        && !with_name
        && !filed
        && !contains(&UI_WORDS, &lower)
        && !is_stop_word_ui(&lower)
        // A lower-case brand with a digit ("g1", "t3n") is an outlet.
        && !t.text.bytes().any(|b| b.is_ascii_digit())
}

fn is_stop_word_ui(lower: &str) -> bool {
    // Lower-case words that start a date or UI tail rather than prose.
    matches!(lower, "on" | "at" | "last" | "le" | "am" | "el" | "il")
}
