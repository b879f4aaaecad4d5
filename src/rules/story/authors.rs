//! The writers: author cards and boxes, the authors a story's header names,
//! and paragraphs about the writer rather than the story.

use super::item::{is_prose_text, is_text};
use super::{Assign, Item};
use crate::grammar::byline;

pub(super) fn author_box_start(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    if !is_text(it) {
        return false;
    }
    let Some(next) = items.get(j + 1) else {
        return false;
    };
    // Name line followed by a bio that starts with the name, or by the
    // writer's role. Pure tests, so they are taken cheapest first: the
    // line's own name test last, unless the line is longer than a name
    // (then it is answered at once, and the role test may cost more).
    if it.text.len() > 80 && !it.is_person_name() {
        return false;
    }
    // A ranked list's entry: its rank alone on the line above ("9" over
    // "Judar Pasha" over "Judar was born in Spain ...").
    if j.checked_sub(1)
        .and_then(|p| items.get(p))
        .is_some_and(|p| is_rank(p.text))
    {
        return false;
    }
    let first = crate::table::words_in(it.text).next().unwrap_or("");
    let bio = is_text(next) && next.text.starts_with(it.text)
        || (first.len() > 2
            && next.text.starts_with(first)
            && next.shape().prose()
            && items.get(j + 2).is_none_or(|n| !is_prose_text(n)));
    (bio || byline::is_role(next.text)) && it.is_person_name()
}

/// A list's rank printed alone: "9", "9.", "#9", "9)".
fn is_rank(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches('#')
        .trim_end_matches(['.', ')']);
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A person's name over a follow row ("Jane Doe" / "Follow Us"):
/// a writer's card.
pub(super) fn name_then_follow(items: &[Item<'_>], j: usize) -> bool {
    // (The name test, which costs the most, last.)
    let short = items
        .get(j)
        .filter(|it| is_text(it) && it.shape().words <= 5);
    short.is_some()
        && items.get(j + 1).is_some_and(|n| {
            let lower = crate::table::lower(n.text);
            lower.starts_with("follow") || crate::lexicon::is_follow_prompt_lower(&lower)
        })
        && short.is_some_and(|it| it.is_person_name())
}

/// Authors named in the story's header (`from..to`).
pub(super) fn story_authors(assign: &[Assign], from: usize, to: usize) -> Vec<String> {
    assign
        .get(from..to)
        .unwrap_or(&[])
        .iter()
        .flat_map(|a| match a {
            Assign::Byline(bd) => bd.by.authors.clone(),
            Assign::AuthorName(n) => vec![n.to_string()],
            _ => Vec::new(),
        })
        .collect()
}

/// Words that say a paragraph is about the writer, not the story.
const BIO_CUES: &[&str] = &[
    " is a ",
    " is an ",
    " is the ",
    " writes ",
    " covers ",
    " reached at ",
    " can be reached",
    "@",
    "follow her",
    "follow him",
    "follow me",
    " ist ",
    " est ",
    " é ",
    " es ",
    // Swedish, Danish and Norwegian, Polish, Czech, Slovak and the South
    // Slavic languages, Italian, Romanian, Lithuanian, Latvian, Bulgarian,
    // Ukrainian, Greek. (Not Finnish and Estonian "on": English prints it
    // after a name in every other sentence, "Jane Doe on Monday said".)
    " är ",
    " er ",
    " jest ",
    " je ",
    " è ",
    " este ",
    " yra ",
    " ir ",
    " е ",
    " є ",
    " είναι ",
];

/// Words that, right after a person's name, open a biography ("Jane Doe is ...").
const BIO_VERBS: &[&str] = &[
    "is",
    "writes",
    "covers",
    "ist",
    "est",
    "é",
    "es",
    "är",
    "er",
    "jest",
    "je",
    "è",
    "este",
    "yra",
    "ir",
    "е",
    "є",
    "είναι",
];

/// `text` up to the end of its `n`th word (all of it when shorter).
fn first_words(text: &str, n: usize) -> &str {
    let t = text.trim_start();
    let mut end = 0;
    for (k, w) in crate::table::words_in(t).enumerate() {
        if k == n {
            break;
        }
        end = crate::grammar::prim::offset_in(t, w) + w.len();
    }
    t.get(..end).unwrap_or(t)
}

/// A paragraph about the writer: it names one of `authors` (or starts with a
/// person's name) and reads as a biography or contact line.
pub(super) fn is_bio(text: &str, authors: &[String]) -> bool {
    let head = first_words(text, 14);
    let names_author = authors
        .iter()
        .any(|a| crate::table::words_in(a).nth(1).is_some() && head.contains(a.as_str()));
    // A name's verb right after its two or three words.
    let verb_at = |k: usize| {
        crate::table::words_in(text)
            .nth(k)
            .is_some_and(|n| BIO_VERBS.contains(&n) || n.starts_with('('))
    };
    // Pure tests, taken cheapest first: a paragraph that neither names an
    // author nor has a verb where a name would end needs no cue search.
    if !names_author && !verb_at(2) && !verb_at(3) {
        return false;
    }
    let lower = crate::table::lower(text);
    if !BIO_CUES.iter().any(|c| lower.contains(c)) {
        return false;
    }
    let starts_with_name = || {
        (2..=3)
            .rev()
            .any(|k| verb_at(k) && byline::is_person_name(first_words(text, k)))
    };
    names_author || starts_with_name()
}
