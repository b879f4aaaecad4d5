//! The items of a byline body (the `item` and `tail` rules of the grammar in
//! `body`): a name, a credit or a role (`parse_item`), and what may follow a
//! person (`tail`: a place, "for" an outlet, "with" an agency, post-nominal
//! letters).

use super::names::{is_honorific, is_name_part, parse_name};
use super::phrases::{
    DeskHit, is_word_at, lower_at, match_agency, match_desk, match_desk_or_agency, match_outlet,
    match_outlet_staff, match_place, match_role, match_role_prefix, text, words,
};
use super::tokens::{Kind, Tok};
use super::words::{MONTHS, WEEKDAYS, contains, post_nominal};
use crate::grammar::agency::canonical_agency;

pub(super) enum Item {
    Author(String, Option<String>),
    Credit(String),
    /// An agency named by its desk ("Redazione ANSA", "Redaktion dpa"):
    /// credited like a desk alone.
    DeskOf(String),
    Role(String),
}

pub(super) fn parse_item(
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
    // After a person's comma, a phrase with an outlet's word is the
    // outlet, even when it reads as a name too ("Jornal do Planalto", as
    // "Maria do Carmo" reads). Looked for once, used twice.
    let after_comma = after_person_comma
        .then(|| match_outlet(line, toks, i, true))
        .flatten();
    let outlet_word = |o: &str| {
        o.split_whitespace()
            .any(|w| crate::table::with_lower(w, super::words::is_outlet_word))
    };
    if n == 0 {
        if let Some((o, e)) = after_comma.as_ref().filter(|(o, _)| outlet_word(o)) {
            return Some((Item::Credit(o.clone()), *e));
        }
    }
    if let Some(e) = parse_name(toks, i + n, uncased) {
        let e = before_agency(toks, i + n, e, uncased);
        return Some((Item::Author(text(line, toks, i + n, e)?, None), e));
    }
    // An outlet after a person's comma ("NDR"), or right after the marker
    // ("By Harbour Weekly News": `uncased` is set only when a marker was
    // printed).
    if let Some((o, e)) = after_comma {
        return Some((Item::Credit(o), e));
    }
    if i == 0 && uncased {
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

pub(super) enum Tail {
    Place(String, usize),
    Credit(String, usize),
    Role(String, usize),
    /// Post-nominal letters after a comma (", MS, RD"): read past, kept nowhere.
    Letters(usize),
}

/// What may follow a person: "in Kyiv", "for The Guardian", "Reuters".
pub(super) fn tail(line: &str, toks: &[Tok<'_>], i: usize, role_ok: bool) -> Option<Tail> {
    if role_ok && let Some((r, e)) = match_role(line, toks, i) {
        return Some(Tail::Role(r, e));
    }
    // "Jane Doe, Europe Correspondent, in Kyiv"
    let comma = usize::from(toks.get(i).is_some_and(|t| t.kind == Kind::Comma));
    if let Some(e) = match_place(toks, i + comma) {
        return Some(Tail::Place(text(line, toks, i + comma + 1, e)?, e));
    }
    if comma == 1 {
        // "Jane Doe, with AP"
        if lower_at(toks, i + 1).is_some_and(|w| is_with_word(&w)) {
            return with_credit(line, toks, i + 2).map(|(c, e)| Tail::Credit(c, e));
        }
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
        return with_credit(line, toks, i + 1).map(|(c, e)| Tail::Credit(c, e));
    }
    if is_word_at(toks, i) {
        return match_agency(toks, i).map(|(a, e)| Tail::Credit(a.to_string(), e));
    }
    None
}

/// The agency or desk at `toks[i]` after a "with" ("with AFP", "avec
/// AFP", "with agencies") and the end index.
pub(super) fn with_credit(line: &str, toks: &[Tok<'_>], i: usize) -> Option<(String, usize)> {
    match_agency(toks, i)
        .map(|(a, e)| (a.to_string(), e))
        .or_else(|| match_desk(line, toks, i))
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
