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

use super::names::{is_honorific, is_name_part, parse_name};
use super::phrases::{
    DeskHit, is_word_at, lower_at, match_agency, match_desk, match_desk_or_agency, match_outlet,
    match_outlet_staff, match_place, match_role, match_role_prefix, text, words,
};
use super::tokens::{Kind, Tok};
use super::words::{CONJUNCTIONS, MONTHS, UI_WORDS, WEEKDAYS, contains, post_nominal};
use crate::grammar::agency::{canonical_agency, is_desk};

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

enum Item {
    Author(String, Option<String>),
    Credit(String),
    /// An agency named by its desk ("Redazione ANSA", "Redaktion dpa"):
    /// credited like a desk alone.
    DeskOf(String),
    Role(String),
}

fn parse_item(
    line: &str,
    toks: &[Tok<'_>],
    i: usize,
    after_person_comma: bool,
    uncased: bool,
) -> Option<(Item, usize)> {
    if after_person_comma {
        if let Some((r, e)) = match_role(line, toks, i) {
            return Some((Item::Role(r), e));
        }
    }
    if let Some((r, n, e)) = match_role_prefix(line, toks, i, uncased) {
        return Some((Item::Author(n, Some(r)), e));
    }
    match match_desk_or_agency(line, toks, i) {
        Some((DeskHit::Agency(a), e)) => return Some((Item::DeskOf(a.to_string()), e)),
        Some((DeskHit::Desk(d), e)) => return Some((Item::Credit(d), e)),
        None => {}
    }
    if let Some((a, e)) = match_agency(toks, i) {
        // "Reuters staff", "AP Staff"
        let e = e + usize::from(lower_at(toks, e).is_some_and(|w| w == "staff"));
        return Some((Item::Credit(a.to_string()), e));
    }
    if let Some((d, e)) = match_outlet_staff(line, toks, i) {
        return Some((Item::Credit(d), e));
    }
    // "Dr. Jane Doe": the honorific is not part of the name.
    let n = usize::from(
        toks.get(i)
            .is_some_and(|t| t.is_word() && is_honorific(t.text)),
    );
    if let Some(e) = parse_name(toks, i + n, uncased) {
        let e = before_agency(toks, i + n, e, uncased);
        return Some((Item::Author(text(line, toks, i + n, e)?, None), e));
    }
    // An outlet after a person's comma, or right after the marker ("By
    // Harbour Weekly News": `uncased` is set only when a marker was printed).
    if after_person_comma || (i == 0 && uncased) {
        if let Some((o, e)) = match_outlet(line, toks, i, true) {
            return Some((Item::Credit(o), e));
        }
    }
    // One name alone right after the marker, as blogs print it on their
    // meta row: "by Regan December 6, 2017" (the date is the evidence; "By
    // Contrast" alone is no byline), or a common given name alone.
    if i == 0 && uncased {
        let t = toks.get(i)?;
        let lower = t.lower();
        let single = t.is_word()
            && t.text.chars().count() >= 3
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && !t.text.chars().all(char::is_uppercase)
            && is_name_part(t.text)
            && !contains(&MONTHS, &lower)
            && !matches!(
                &*lower,
                "admin" | "administrator" | "webmaster" | "guest" | "anonymous"
            );
        let dated = |k: usize| {
            toks.get(k).is_some_and(|n| {
                n.is_word()
                    && (n.text.starts_with(|c: char| c.is_ascii_digit())
                        || contains(&MONTHS, &n.lower())
                        || contains(&WEEKDAYS, &n.lower()))
            })
        };
        // The name, then a date, a separator ("by Regan / 6. November"), or
        // a date preposition and a date ("von Cooper am 25.08.2015").
        let ends = dated(i + 1)
            || toks
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Sep && !n.text.is_empty())
            || (toks.get(i + 1).is_some_and(|n| {
                matches!(
                    &*n.lower(),
                    "am" | "on" | "at" | "le" | "el" | "il" | "op" | "um"
                )
            }) && dated(i + 2));
        // Or a common given name ending the line ("von Kathrin", "By Ulrike").
        let alone = toks.get(i + 1).is_none() && super::is_given_name(t.text);
        if single && (ends || alone) {
            return Some((Item::Author(t.text.to_string(), None), i + 1));
        }
    }
    None
}

enum Tail {
    Place(String, usize),
    Credit(String, usize),
    Role(String, usize),
    /// Post-nominal letters after a comma (", MS, RD"): read past, kept nowhere.
    Letters(usize),
}

/// What may follow a person: "in Kyiv", "for The Guardian", "Reuters".
fn tail(line: &str, toks: &[Tok<'_>], i: usize, role_ok: bool) -> Option<Tail> {
    if role_ok && let Some((r, e)) = match_role(line, toks, i) {
        return Some(Tail::Role(r, e));
    }
    // "Jane Doe, Europe Correspondent, in Kyiv"
    let comma = usize::from(toks.get(i).is_some_and(|t| t.kind == Kind::Comma));
    if let Some(e) = match_place(toks, i + comma) {
        return Some(Tail::Place(text(line, toks, i + comma + 1, e)?, e));
    }
    if comma == 1 {
        return post_nominal(toks, i + 1).map(Tail::Letters);
    }
    let word = lower_at(toks, i)?;
    if word == "for" {
        return match_agency(toks, i + 1)
            .map(|(a, e)| (a.to_string(), e))
            .or_else(|| match_outlet(line, toks, i + 1, false))
            .map(|(c, e)| Tail::Credit(c, e));
    }
    // "with AFP", "avec AFP", "mit dpa", "con EFE", "with agencies"
    if is_with_word(&word) {
        return match_agency(toks, i + 1)
            .map(|(a, e)| (a.to_string(), e))
            .or_else(|| match_desk(line, toks, i + 1))
            .map(|(c, e)| Tail::Credit(c, e));
    }
    if is_word_at(toks, i) {
        return match_agency(toks, i).map(|(a, e)| Tail::Credit(a.to_string(), e));
    }
    None
}

/// True for a lower-case "with" after a byline's names, in the languages
/// the crate reads ("with AFP", "avec AFP", "mit dpa", "con EFE").
pub(crate) fn is_with_word(lower: &str) -> bool {
    matches!(lower, "with" | "avec" | "mit" | "con" | "com")
}

/// Cuts a name `toks[i..e]` before an agency name glued to it ("Jane Doe
/// Associated Press").
fn before_agency(toks: &[Tok<'_>], i: usize, e: usize, uncased: bool) -> usize {
    for k in i + 2..e {
        let glued =
            (2..=5).any(|n| words(toks, k, k + n).is_some_and(|w| canonical_agency(&w).is_some()));
        if glued
            && let Some(head) = toks.get(..k)
            && parse_name(head, i, uncased) == Some(k)
        {
            return k;
        }
    }
    e
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

/// Parses the body of a byline starting at token 0.
pub(crate) fn parse_body(line: &str, toks: &[Tok<'_>], uncased: bool) -> Body {
    let mut b = Body {
        desks_only: true,
        ..Body::default()
    };
    let mut i = 0usize;
    let mut after_person_comma = false;
    let mut items = 0usize;
    // group
    while let Some((item, e)) = parse_item(line, toks, i, after_person_comma, uncased) {
        items += 1;
        let person;
        let mut role_ok = false;
        match item {
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
                b.credits.push(c);
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
        b.desks_only &= desk && also.is_none();
        b.credits.push(c);
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
