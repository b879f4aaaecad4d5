//! Author candidates and their features for the author ranker: every line
//! the byline grammars read names from (a byline, the names after a date, a
//! name alone on its line, a list of names alone on its line, a name before
//! a date), plus "no author" (a candidate of its own). The ranker fills the
//! authors of a story the rules left without any, and picks one line when
//! the rules read names from several (see `fields::narrow_authors`).

use super::title::{Labelled, R, from_title, label_context, rid};
use super::{Ranker, Scored, Shares};
use crate::features::{Cue, Page, emit, log_b as bucket};
use crate::grammar::byline::{
    META_SEPARATORS, author_link_name, is_person_name, may_be_byline, name_list,
    opens_with_given_name, parse_byline, parse_byline_after_date, parse_meta_tail,
};
use crate::grammar::date::{DateOptions, find_date};
use crate::table::FastBuild;
use std::collections::HashSet;

const SALT: u64 = 0x6175_7468_0000_0000;

/// Longest line read for names.
const MAX_LEN: usize = 200;
/// Most candidates read from one page (the first ones).
const MAX_CANDIDATES: usize = 200;
/// Most lines of a page read for names (the first ones: a page's byline and
/// author box come within them on every page of the benchmarks).
const MAX_LINES: usize = 5000;

/// How the names of a candidate were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum How {
    Byline = 1,
    AfterDate,
    NameLine,
    NameThenDate,
    NameList,
    /// A byline among a meta row's parts ("Home | By Jane Doe | 4 March").
    Segment,
    /// The names after a date without a marker ("4 March 2025 Jane Doe 6").
    MetaTail,
    /// A link to an author's other writing ("View all posts by Jane Doe").
    Link,
}

/// Templates of the author ranker's own features.
#[derive(Clone, Copy)]
#[repr(u8)]
enum A {
    Null = 0xD0,
    Count,
    How,
    Names,
    Order,
    FromTitle,
    Elsewhere,
    HowLabel,
    Given,
    HowGiven,
}

fn aid(t: A, v: u64) -> u64 {
    rid(R::Own, (t as u64) << 48 ^ v, SALT ^ 0x22)
}

/// Names printed on a line of the page.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AuthorCandidate {
    /// The line's index in the page.
    pub line: usize,
    /// The names, as printed.
    pub authors: Vec<String>,
    how: How,
}

/// The names read from line `t`; `no_byline` when [`parse_byline`] is
/// known to read none from `t`, `person` when [`is_person_name`] of `t` is
/// known, `no_date` when [`find_date`] is known to find no date in `t`
/// (none is run again then).
fn read_names(
    t: &str,
    byline_cue: bool,
    (no_byline, person, no_date): (bool, Option<bool>, bool),
    dopts: &DateOptions,
) -> Option<(Vec<String>, How)> {
    if let Some(name) = author_link_name(t) {
        return Some((vec![name.to_string()], How::Link));
    }
    if let Some(Ok(p)) = (!no_byline && may_be_byline(t)).then(|| parse_byline(t)) {
        if !p.value.authors.is_empty() {
            return Some((p.value.authors, How::Byline));
        }
    }
    // A meta row of parts: "Accueil | Par Loïc Le Clerc | 30 septembre 2018".
    if t.contains(META_SEPARATORS) {
        let byline = t.split(META_SEPARATORS).find_map(|seg| {
            parse_byline(seg.trim())
                .ok()
                .filter(|p| p.rest.trim().is_empty() && !p.value.authors.is_empty())
        });
        if let Some(p) = byline {
            return Some((p.value.authors, How::Segment));
        }
    }
    if let Some(d) = (!no_date && t.as_bytes().iter().any(u8::is_ascii_digit))
        .then(|| find_date(t, dopts))
        .flatten()
    {
        let rest = t
            .get(d.span.end..)
            .unwrap_or("")
            .trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, '|' | '·' | '•' | '/' | '-' | '—' | '–' | ',')
            });
        if byline_cue {
            if let Ok(p) = parse_byline_after_date(rest) {
                if !p.value.authors.is_empty() {
                    return Some((p.value.authors, How::AfterDate));
                }
            }
        }
        if let Ok(p) = parse_meta_tail(rest) {
            if !p.value.authors.is_empty() {
                return Some((p.value.authors, How::MetaTail));
            }
        }
        let head = t
            .get(..d.span.start)
            .unwrap_or("")
            .trim()
            .trim_end_matches(['-', '|', '·', ',', '/', '—', '–'])
            .trim();
        if !head.is_empty() && is_person_name(head) {
            return Some((vec![head.to_string()], How::NameThenDate));
        }
        return None;
    }
    // A name alone is a short line that ends no sentence.
    let short = crate::table::words_in(t).nth(6).is_none() && !t.ends_with(['.', '!', '?']);
    if short && person.unwrap_or_else(|| is_person_name(t)) {
        return Some((vec![t.to_string()], How::NameLine));
    }
    name_list(t).map(|names| (names, How::NameList))
}

/// The names printed on the lines of `page` (cut from `text`), one
/// candidate per line, at most 200, from the first 5,000 lines.
pub fn author_candidates(text: &str, page: &Page, dopts: &DateOptions) -> Vec<AuthorCandidate> {
    author_candidates_known(text, page, dopts, crate::known::Names::default())
}

/// [`author_candidates`], where `known` holds (in order) the spans of lines
/// [`parse_byline`] is known to read no names from as printed (less the
/// spaces around them), and of those [`is_person_name`] is known to find a
/// name in or not (see [`crate::known::Known`]).
pub(super) fn author_candidates_known(
    text: &str,
    page: &Page,
    dopts: &DateOptions,
    known: crate::known::Names<'_>,
) -> Vec<AuthorCandidate> {
    let mut no_byline = crate::known::Walk::new(known.no_byline);
    let mut no_date = crate::known::Walk::new(known.no_date);
    let mut person = crate::known::Walk::new(known.person);
    let mut no_person = crate::known::Walk::new(known.no_person);
    let mut out = Vec::new();
    // The lines (and their cue) no names were read from: a line printed
    // again on the page (menus, labels) is not read again (`read_names`
    // depends on these alone).
    let mut none: HashSet<(&str, bool), FastBuild> = HashSet::default();
    // The line before, when it labels a press contact ("Contact:"): a name
    // under it is the issuer's contact, no writer.
    let mut after_contact = false;
    for (i, l) in page.lines.iter().enumerate().take(MAX_LINES) {
        let under_contact = std::mem::take(&mut after_contact);
        if l.span.end - l.span.start > MAX_LEN || l.stats().words > 16 {
            continue;
        }
        let Some(t) = l.span.slice(text).map(str::trim) else {
            continue;
        };
        if crate::lexicon::is_contact_label(t) {
            after_contact = true;
            continue;
        }
        if under_contact {
            continue;
        }
        let cue = l.cues.any >> Cue::Byline as u32 & 1 == 1;
        if none.contains(&(t, cue)) {
            continue;
        }
        let is_person = if person.holds(l.span) {
            Some(true)
        } else {
            no_person.holds(l.span).then_some(false)
        };
        let facts = (no_byline.holds(l.span), is_person, no_date.holds(l.span));
        let read = read_names(t, cue, facts, dopts);
        if read.is_none() {
            none.insert((t, cue));
        }
        if let Some((authors, how)) = read {
            out.push(AuthorCandidate {
                line: i,
                authors,
                how,
            });
            if out.len() == MAX_CANDIDATES {
                break;
            }
        }
    }
    out
}

/// [`author_candidates`] read with the date settings a parser with `opts`
/// reads `text` with.
pub fn page_author_candidates(
    text: &str,
    page: &Page,
    opts: &crate::Options,
) -> Vec<AuthorCandidate> {
    author_candidates(text, page, &crate::pipeline::page_date_options(text, opts))
}

/// The features of candidate `k` of `cands` (or of "no author" for `None`).
fn features(
    page: &Page,
    labels: &Labelled<'_>,
    cands: &[AuthorCandidate],
    k: Option<usize>,
    title: Option<usize>,
    own: bool,
) -> Vec<u64> {
    let mut out = Vec::with_capacity(128);
    let n = cands.len();
    let Some(c) = k.and_then(|k| cands.get(k)) else {
        out.push(aid(A::Null, 0));
        out.push(aid(A::Count, bucket(n)));
        return out;
    };
    let k = k.unwrap_or(0);
    if own {
        emit(page, c.line, &mut out);
    }
    label_context(labels, c.line, SALT, &mut out);
    out.push(aid(A::How, c.how as u64));
    let own = labels.label(c.line);
    out.push(aid(A::HowLabel, (c.how as u64) << 8 | own));
    out.push(aid(A::Names, bucket(c.authors.len())));
    out.push(aid(A::Order, bucket(k)));
    out.push(aid(A::FromTitle, from_title(c.line, title)));
    let elsewhere = cands
        .iter()
        .filter(|o| o.line != c.line && o.authors.iter().any(|a| c.authors.contains(a)))
        .count();
    out.push(aid(A::Elsewhere, bucket(elsewhere)));
    let given = given(&c.authors);
    out.push(aid(A::Given, given));
    // How the names were read, crossed with whether they open with a given
    // name and whether the line has a byline cue: a name alone on its line
    // ("Real Madrid") needs a given name far more than a byline does.
    let cue = page
        .lines
        .get(c.line)
        .is_some_and(|l| l.cues.any >> Cue::Byline as u32 & 1 == 1);
    out.push(aid(
        A::HowGiven,
        (c.how as u64) << 4 | given << 1 | u64::from(cue),
    ));
    out
}

/// How many of `names` start with a common given name ("Lucy Akins", not
/// "Finished Terrarium"): 0 none, 1 some, 2 all.
fn given(names: &[String]) -> u64 {
    let n = names.iter().filter(|a| opens_with_given_name(a)).count();
    match n {
        0 => 0,
        n if n < names.len() => 1,
        _ => 2,
    }
}

/// The author ranking example of `page`: `is_gold` tells which candidates
/// name the gold authors; "no author" is gold when none does.
pub(super) fn example(
    page: &Page,
    labels: &Labelled<'_>,
    cands: &[AuthorCandidate],
    title: Option<usize>,
    is_gold: impl Fn(&AuthorCandidate) -> bool,
) -> Option<super::RankExample> {
    super::rank::example_with_none(
        cands,
        |k| features(page, labels, cands, k, title, true),
        is_gold,
    )
}

/// The best authors of `cands` under the ranker, or `None` when "no author"
/// ranks first.
pub fn best_authors<'c>(
    r: &Ranker,
    page: &Page,
    labels: &[Scored],
    cands: &'c [AuthorCandidate],
    title: Option<usize>,
) -> Option<&'c AuthorCandidate> {
    best_authors_with(r, page, &Labelled::of(labels), cands, title, None, None)
}

/// [`best_authors`] with each line's share of the score already summed.
pub(super) fn best_authors_with<'c>(
    r: &Ranker,
    page: &Page,
    labels: &Labelled<'_>,
    cands: &'c [AuthorCandidate],
    title: Option<usize>,
    shares: Option<&[Shares]>,
    only: Option<&dyn Fn(usize) -> bool>,
) -> Option<&'c AuthorCandidate> {
    super::rank::best_on_lines(r, cands, shares, 2, only, |k, own| {
        features(page, labels, cands, k, title, own)
    })
}

impl super::rank::OnLine for AuthorCandidate {
    fn line(&self) -> usize {
        self.line
    }
}

#[cfg(test)]
#[path = "authors_tests.rs"]
mod tests;
