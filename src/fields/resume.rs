//! The story goes on after a break: an advertisement label, an inline
//! link to another story ("Irakurri ere: HEADLINE") or a pull quote (a
//! sentence of the body printed again in quotes) set between two of its
//! paragraphs can end the body there, and the paragraphs and subheadings
//! after the break are then cut as the page's furniture. Once the article
//! is assembled, the running prose right after such a break goes back into
//! the body, up to the first line that is neither prose nor a subheading
//! over prose (a share row, a tag row, a comment header, a list of links);
//! an inline link left out that the story went on after goes to the
//! related headlines.

use crate::article::count_words;
use crate::{Article, BlockKind, LineRole, RemovalReason, Span};

/// Words a paragraph taken back has at least.
const MIN_PROSE_WORDS: usize = 8;
/// Words a subheading taken back has at most.
const MAX_HEADING_WORDS: usize = 10;

/// A line after the body's last block, in page order.
#[derive(Debug, Clone, Copy, PartialEq)]
enum After {
    /// A break: an advertisement label, an inline link the article lists
    /// among its related headlines, or a pull quote.
    Break,
    /// An inline link left out (removed line `k`), a break too.
    Link(usize),
    /// Removed line `k` (of the article's removed lines) the story may go
    /// on with.
    Candidate(usize),
    /// Anything else: the story is over.
    Stop,
}

/// Words a quotation taken back has at least.
const MIN_QUOTE_WORDS: usize = 3;

/// Quotation marks a quoted sentence opens with.
const QUOTES: [char; 6] = ['"', '“', '„', '«', '‘', '「'];

/// True when `text` is a paragraph of running prose: a sentence's end in
/// any script, and eight words or more, or three or more opening with a
/// quotation mark (a speaker's words and who said them).
pub(super) fn is_prose(text: &str) -> bool {
    let t = text.trim();
    let ends = t.ends_with(['.', '!', '?', '"', '”', '»', '。'])
        || crate::lines::scripts::ends_other_script(t);
    let words = count_words(t);
    ends && (words >= MIN_PROSE_WORDS || (words >= MIN_QUOTE_WORDS && t.starts_with(QUOTES)))
}

/// Words of a pull quote at least.
const PULL_QUOTE_WORDS: usize = 4;

/// True when `text` is a pull quote: a quoted sentence of four words or
/// more, without its quotation marks a part of one of the body's blocks.
fn is_pull_quote(a: &Article, text: &str) -> bool {
    let t = text.trim();
    if !t.starts_with(QUOTES) {
        return false;
    }
    let inner = t
        .trim_matches(|c: char| QUOTES.contains(&c) || matches!(c, '”' | '»' | '’' | '」'))
        .trim_end_matches(['.', '!', '?', ','])
        .trim();
    count_words(inner) >= PULL_QUOTE_WORDS && a.body.iter().any(|b| b.text.contains(inner))
}

/// True when `text` sells something: a newsletter or subscription prompt
/// the lexicon knows ([`crate::lexicon::has_newsletter_marker`]), a "click
/// here", or a price (a currency sign next to a digit). A promotion set
/// under an advertisement label ("Get the magazine delivered every month
/// for £11.99. Click here for more") is no part of the story.
pub(super) fn is_promotion(text: &str) -> bool {
    let lower = text.to_lowercase();
    let price = text.char_indices().any(|(i, c)| {
        matches!(c, '£' | '$' | '€' | '¥' | '₹')
            && text
                .get(i + c.len_utf8()..)
                .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
    });
    price || lower.contains("click") || crate::lexicon::has_newsletter_marker(&lower)
}

/// True when `text` may be a subheading: a few words, no sentence end, no
/// label's colon, no separator of a row of links or buttons.
pub(super) fn is_heading(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && count_words(t) <= MAX_HEADING_WORDS
        && !t.ends_with(['.', '!', '?', ':', '：', '፦', '፡', ','])
        && !crate::lines::scripts::ends_other_script(t)
        && !t.contains(['|', '·', '•', '/', '©', '@', '»', '›'])
}

/// The lines after `end` (the body's last block's end), in page order.
fn lines_after(a: &Article, text: &str, end: usize) -> Vec<(Span, After)> {
    let used = |l: &crate::LineUse| {
        let line = text.get(l.span.start..l.span.end).unwrap_or("");
        let link =
            l.role == LineRole::Related && crate::grammar::misc::labelled_headline(line).is_some();
        if link { After::Break } else { After::Stop }
    };
    let removed = |k: usize, r: &crate::Removed| match r.reason {
        RemovalReason::Advertisement => After::Break,
        RemovalReason::Boilerplate | RemovalReason::AfterStory
            if crate::grammar::misc::labelled_headline(&r.text).is_some() =>
        {
            After::Link(k)
        }
        RemovalReason::Boilerplate | RemovalReason::AfterStory if is_pull_quote(a, &r.text) => {
            After::Break
        }
        RemovalReason::Boilerplate | RemovalReason::AfterStory => After::Candidate(k),
        _ => After::Stop,
    };
    super::lines_from(a, end, used, removed)
}

/// The removed lines (by span, in page order, with their block kind) that
/// carry the story on after a break following `end`, and the inline links
/// left out that it went on after (by span).
fn carried_on(a: &Article, text: &str, end: usize) -> (Vec<(Span, BlockKind)>, Vec<Span>) {
    let after = lines_after(a, text, end);
    let cand = |i: usize| match after.get(i) {
        Some(&(_, After::Candidate(k))) => a.removed.get(k).map(|r| (r.span, r.text.as_str())),
        _ => None,
    };
    let mut taken = Vec::new();
    let mut links = Vec::new();
    let mut broken = false;
    let mut i = 0;
    while let Some(&(span, kind)) = after.get(i) {
        // A poll set between two paragraphs: a break too.
        if let Some(e) = poll_end(&after, i, cand) {
            broken = true;
            i = e + 1;
            continue;
        }
        match kind {
            After::Break => broken = true,
            After::Link(_) => {
                broken = true;
                links.push(span);
            }
            After::Stop => break,
            After::Candidate(_) if !broken => break,
            After::Candidate(_) => {
                let Some((span, t)) = cand(i) else { break };
                if is_promotion(t) {
                    break;
                } else if is_prose(t) {
                    taken.push((span, BlockKind::Paragraph));
                } else if is_heading(t) && cand(i + 1).is_some_and(|(_, n)| is_prose(n)) {
                    taken.push((span, BlockKind::Heading));
                } else {
                    break;
                }
            }
        }
        i += 1;
    }
    // A subheading is kept only over a paragraph kept with it.
    while taken
        .last()
        .is_some_and(|&(_, kind)| kind == BlockKind::Heading)
    {
        taken.pop();
    }
    // The links the story went on after.
    let last = taken.last().map_or(0, |t: &(Span, BlockKind)| t.0.start);
    links.retain(|l| l.start < last);
    (taken, links)
}

/// Most lines of a poll: its label, question, answers and buttons.
const POLL_LINES: usize = 10;
/// Most words of a poll's line.
const POLL_WORDS: usize = 20;

/// A poll's buttons, lower case: voting and seeing the results.
const POLL_BUTTONS: &[&str] = &[
    "vote",
    "vote now",
    "submit vote",
    "view results",
    "see results",
    "show results",
    "vota",
    "votar",
    "voter",
    "votez",
    "abstimmen",
    "jetzt abstimmen",
    "ergebnis anzeigen",
    "ergebnisse anzeigen",
    "vedi i risultati",
    "voir les résultats",
    "ver resultados",
    "ver los resultados",
    "stem",
    "bekijk resultaten",
    "bekijk de resultaten",
    "rösta",
    "se resultat",
    "głosuj",
    "zobacz wyniki",
    "hlasovat",
    "szavazok",
    "oy ver",
    "votați",
];

/// The index in `after` of a poll's last button when a poll starts at `i`:
/// short lines left out ([`After::Candidate`], read by `cand`), one of
/// them a question, up to a button of [`POLL_BUTTONS`] within
/// [`POLL_LINES`] lines (the last button of a run of them).
fn poll_end<'a>(
    after: &[(Span, After)],
    i: usize,
    cand: impl Fn(usize) -> Option<(Span, &'a str)>,
) -> Option<usize> {
    let button = |t: &str| {
        let t = t.trim().trim_end_matches(['.', '!', '›', '»', '>']).trim();
        t.len() <= 24 && crate::table::with_lower(t, |l| POLL_BUTTONS.contains(&l))
    };
    let mut question = false;
    let mut end = None;
    for k in i..i + POLL_LINES {
        let Some((_, t)) = cand(k) else { break };
        if count_words(t) > POLL_WORDS {
            break;
        }
        if button(t) {
            end = Some(k);
        } else if end.is_some() {
            break;
        }
        question |= t.trim_end().ends_with('?');
    }
    end.filter(|_| question && after.len() > i)
}

/// Takes back into `a`'s body the paragraphs and subheadings that carry
/// the story on right after a break its body ended at (see the module).
pub(crate) fn resume_after_break(a: &mut Article, text: &str) {
    let Some(end) = a.body.last().map(|b| b.span.end) else {
        return;
    };
    let (taken, links) = carried_on(a, text, end);
    if taken.is_empty() {
        return;
    }
    for span in links {
        let Some(k) = a.removed.iter().position(|r| r.span == span) else {
            continue;
        };
        if let Some(r) = super::use_removed(a, k, LineRole::Related) {
            let h = crate::grammar::misc::labelled_headline(&r.text).unwrap_or(&r.text);
            super::inline_links::insert_related(a, span, h.to_string());
        }
    }
    super::take_back_blocks(a, taken);
}

#[cfg(test)]
mod tests;
