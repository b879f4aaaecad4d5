//! Credit trailers: "Reporting by X; Additional reporting by Y; Editing by Z".
//!
//! ```text
//! trailer := ["(" | "[" | dash] clause { (";" | "," | "." | conj) clause } [")" | "]"]
//! clause  := label "by" names | ["with"] "assistance" "from" names   (contributors)
//! label   := ["with"] ["additional"] ( "reporting" | "writing" | "editing" | "compiled" | "edited"
//!            | "written" | "reported" | "research" | "graphics" | "translation"
//!            | "translated" | "fact-checking" | "production" | "produced" | "photography" )
//! names   := person [place] { ("," | conj | "," conj) person [place] }
//! place   := ("in" | "from") capitalised word {1,4}     (a place is never a name)
//!
//! contributed := words names ["also"] "contributed" ("to" ("this" | "the") noun
//!                | ["additional"] "reporting" [place]) ["."]
//!                ("CNN's Lauren Fox contributed to this report.", "Associated
//!                Press writers A, B and C contributed.": contributors, not authors)
//! ```

use super::names::parse_name;
use super::phrases::{lower_at, match_place};
use super::tokens::{Kind, Tok, tokenize};
use super::words::{CONJUNCTIONS, contains};
use super::{BylineError, MAX_TOKENS, Trailer};
use crate::Span;
use crate::grammar::Parsed;
use crate::grammar::prim::offset_in;

/// Whose names a clause lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Reporter,
    Editor,
    Other,
}

fn label_kind(lower: &str) -> Option<Who> {
    match lower {
        "reporting" | "writing" | "compiled" | "compiling" | "contributing" | "reportage" => {
            Some(Who::Reporter)
        }
        "editing" | "edited" | "editor" => Some(Who::Editor),
        "research" | "graphics" | "translation" | "translated" | "fact-checking" | "production"
        | "produced" | "photography" | "photos" | "video" | "design" | "illustration"
        | "illustrations" | "data" => Some(Who::Other),
        _ => None,
    }
}

/// A label and its "by" at `toks[i]`: the kind and the index after "by".
fn label(toks: &[Tok<'_>], i: usize) -> Option<(Who, usize)> {
    let mut j = i;
    if lower_at(toks, j)? == "with" {
        j += 1;
    }
    if matches!(lower_at(toks, j)?.as_str(), "additional" | "further") {
        j += 1;
    }
    let word = lower_at(toks, j)?;
    // "With assistance from Jane Doe" (Bloomberg's contributors)
    if word == "assistance" && lower_at(toks, j + 1)? == "from" {
        return Some((Who::Other, j + 2));
    }
    // "Contributing: Jane Doe", "Editing: John Roe"
    if let Some(stem) = word.strip_suffix(':') {
        let kind = match stem {
            "contributors" | "contributor" | "reporters" => Some(Who::Reporter),
            "editors" => Some(Who::Editor),
            _ => label_kind(stem),
        };
        return kind.map(|k| (k, j + 1));
    }
    let kind = label_kind(&word)?;
    let by = toks.get(j + 1).filter(|t| t.is_word())?.lower();
    (by == "by").then_some((kind, j + 2))
}

fn is_conj(t: Option<&Tok<'_>>) -> bool {
    t.is_some_and(|t| t.kind == Kind::Amp || (t.is_word() && contains(&CONJUNCTIONS, &t.lower())))
}

fn push_unique(list: &mut Vec<String>, name: &str) {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if !list.contains(&name) {
        list.push(name);
    }
}

/// Parses a trailer; see [`super::parse_trailer`].
pub(crate) fn parse(line: &str) -> Result<Parsed<'_, Trailer>, BylineError> {
    let t = line.trim_start();
    let base = offset_in(line, t);
    if t.len() > 4096 {
        return Err(BylineError::TooLong);
    }
    let toks = tokenize(t, MAX_TOKENS);
    let mut out = Trailer::default();
    let mut i = 0usize;
    let open = toks
        .first()
        .is_some_and(|k| k.kind == Kind::Sep && matches!(k.text, "(" | "["));
    // "—With assistance from ...": a dash opens the line.
    let dash = toks.first().is_some_and(|k| {
        k.kind == Kind::Sep && k.text.chars().all(|c| matches!(c, '—' | '–' | '-'))
    });
    if open || dash {
        i = 1;
    }
    let mut clauses = 0usize;
    let mut end = 0usize;
    let mut names = 0usize;
    'clauses: while let Some((who, after)) = label(&toks, i) {
        clauses += 1;
        i = after;
        loop {
            let Some(e) = parse_name(&toks, i, true) else {
                break 'clauses;
            };
            let name = toks
                .get(i)
                .zip(toks.get(e.saturating_sub(1)))
                .and_then(|(a, b)| t.get(a.start..b.end))
                .unwrap_or("");
            let list = match who {
                Who::Reporter => &mut out.reporters,
                Who::Editor => &mut out.editors,
                Who::Other => &mut out.others,
            };
            push_unique(list, name);
            names += 1;
            i = e;
            if let Some(pe) = match_place(&toks, i) {
                i = pe;
                // "in Washington and Moscow": more places, not names.
                while is_conj(toks.get(i))
                    && parse_name(&toks, i + 1, true).is_none()
                    && toks.get(i + 1).is_some_and(|k| {
                        k.is_word() && k.text.chars().next().is_some_and(char::is_uppercase)
                    })
                    && label(&toks, i + 1).is_none()
                {
                    i += 2;
                    while toks.get(i).is_some_and(|k| {
                        k.is_word() && k.text.chars().next().is_some_and(char::is_uppercase)
                    }) {
                        i += 1;
                    }
                }
            }
            end = toks.get(i.saturating_sub(1)).map_or(end, |k| k.end);
            if names >= super::body::MAX_ITEMS {
                break 'clauses;
            }
            let mut j = i;
            let sep = toks
                .get(j)
                .is_some_and(|k| matches!(k.kind, Kind::Comma | Kind::Dot) || k.text == ";");
            if sep {
                j += 1;
            }
            if is_conj(toks.get(j)) {
                j += 1;
            }
            if j == i {
                break 'clauses;
            }
            if label(&toks, j).is_some() {
                i = j;
                continue 'clauses;
            }
            if parse_name(&toks, j, true).is_none() {
                break 'clauses;
            }
            i = j;
        }
    }
    if clauses == 0 {
        return contributed(t, base, &toks);
    }
    if names == 0 {
        return Err(BylineError::NoNames);
    }
    // A closing bracket belongs to the trailer.
    let after_end = t.get(end..).unwrap_or("");
    let trimmed = after_end.trim_start();
    if open && (trimmed.starts_with(')') || trimmed.starts_with(']')) {
        end += after_end.len() - trimmed.len() + 1;
    }
    let rest = t.get(end..).unwrap_or("").trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ';' | ',' | '.' | ')' | ']')
    });
    let start = toks.first().map_or(0, |k| k.start);
    Ok(Parsed::new(out, rest, Span::new(base + start, base + end)))
}

/// Most words before "contributed".
const MAX_CONTRIBUTED_WORDS: usize = 60;

/// "Jane Doe contributed to this report.", "Keith Bradsher contributed
/// reporting from Hong Kong.": the people named before "contributed" are
/// contributors ([`Trailer::others`]), and the line is a trailer when
/// nothing but the report, a place and a full stop follows.
fn contributed<'a>(
    t: &'a str,
    base: usize,
    toks: &[Tok<'_>],
) -> Result<Parsed<'a, Trailer>, BylineError> {
    let at = toks
        .iter()
        .take(MAX_CONTRIBUTED_WORDS)
        .position(|k| k.is_word() && k.lower() == "contributed")
        .ok_or(BylineError::NoMatch)?;
    let mut out = Trailer::default();
    let mut i = 0usize;
    while i < at {
        match parse_name(toks, i, true).filter(|&e| e <= at) {
            Some(e) => {
                let name = toks
                    .get(i)
                    .zip(toks.get(e.saturating_sub(1)))
                    .and_then(|(a, b)| t.get(a.start..b.end))
                    .unwrap_or("");
                push_unique(&mut out.others, name);
                i = e;
            }
            None => i += 1,
        }
    }
    if out.others.is_empty() {
        return Err(BylineError::NoNames);
    }
    // What follows "contributed": the report, or reporting from a place.
    let mut j = at + 1;
    match lower_at(toks, j).as_deref() {
        Some("to") => {
            let (det, noun) = (lower_at(toks, j + 1), lower_at(toks, j + 2));
            if !matches!(det.as_deref(), Some("this" | "the"))
                || !matches!(
                    noun.as_deref(),
                    Some("report" | "story" | "article" | "reporting")
                )
            {
                return Err(BylineError::NoMatch);
            }
            j += 3;
            // "... contributed to this report from Louisville, Kentucky."
            if let Some(pe) = match_place(toks, j) {
                j = pe;
                let capitalised = |k: &Tok<'_>| {
                    k.is_word() && k.text.chars().next().is_some_and(char::is_uppercase)
                };
                if toks.get(j).is_some_and(|k| k.kind == Kind::Comma)
                    && toks.get(j + 1).is_some_and(capitalised)
                {
                    j += 2;
                }
            }
        }
        Some("additional" | "reporting") => {
            j += usize::from(lower_at(toks, j).as_deref() == Some("additional"));
            if lower_at(toks, j).as_deref() != Some("reporting") {
                return Err(BylineError::NoMatch);
            }
            j += 1;
            if let Some(pe) = match_place(toks, j) {
                j = pe;
            }
        }
        _ => {}
    }
    if toks.get(j).is_some_and(|k| k.kind == Kind::Dot) {
        j += 1;
    }
    if j < toks.len() {
        return Err(BylineError::NoMatch);
    }
    let start = toks.first().map_or(0, |k| k.start);
    let end = toks.get(j.saturating_sub(1)).map_or(0, |k| k.end);
    Ok(Parsed::new(out, "", Span::new(base + start, base + end)))
}
