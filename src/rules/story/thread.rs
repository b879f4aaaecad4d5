//! Comment threads: a page that prints a reply button under two comments
//! or more ("Reply", "Antworten", "Répondre") holds a comment thread, and
//! the thread starts at its first comment: the commenter's line (a name
//! with a date, read as a byline or a date) above the first comment's
//! prose, with a counter line above it ("{ 69 comments… }"), or the first
//! reply button itself when no such line is near.

use super::Item;
use crate::lexicon;
use crate::rules::kind::Kind;

/// Most prose lines one comment runs to above its reply button.
const COMMENT_LINES: usize = 3;

/// Words of prose a page prints before the first commenter's line for the
/// commenters' lines to make a thread (a "recent comments" list above the
/// story makes none).
const PROSE_BEFORE_COMMENTERS: usize = 50;

/// Dated headers ([`lexicon::is_dated_header`]) in a run that make a
/// thread.
const HEADERS_IN_RUN: usize = 3;

/// Most items between two dated headers of one run (a comment's prose).
const HEADER_GAP: usize = 8;

/// The item where the page's comment thread starts: the earliest of the
/// thread under reply buttons ([`replied_thread`]), the thread of
/// commenters' lines ([`commenters_thread`]) and the thread of dated
/// headers ([`headers_thread`]); `None` when none is there.
pub(super) fn thread_start(items: &[Item<'_>]) -> Option<usize> {
    [
        replied_thread(items),
        commenters_thread(items),
        headers_thread(items),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// The first of a run of three dated headers or more ("3. Jane Doe -
/// August 8, 2012", see [`lexicon::is_dated_header`]) after some prose,
/// each above its comment: the next header comes after one line of prose
/// or more and at most eight lines on. A list of other stories' titles with
/// their dates has no prose between them; a story's own byline is one line.
fn headers_thread(items: &[Item<'_>]) -> Option<usize> {
    // Under the thread's own heading ("Comments", "2 comments") two
    // headers make the run, and a header may read as a byline with its
    // date ("Ann-Marie P. December 6, 2026 at 3:12 pm").
    let headed = |first: usize| {
        first
            .checked_sub(1)
            .and_then(|c| items.get(c))
            .is_some_and(|c| counts_comments(c.text) || heads_comments(c.text))
    };
    let mut prose = 0usize;
    let mut run: Option<Run> = None;
    for (i, it) in items.iter().enumerate() {
        let text = matches!(it.kind, Kind::Text);
        let byline = matches!(it.kind, Kind::Byline(_) | Kind::DateByline(_));
        // (Whether the run sits under the thread's heading is asked only
        // of a header, and only once.)
        let mut heading = None;
        let mut under_heading =
            || *heading.get_or_insert_with(|| headed(run.map_or(i, |r| r.first)));
        let header = (text || byline)
            && prose >= PROSE_BEFORE_COMMENTERS
            && it.shape().words <= 16
            && (text || under_heading() || bare_name_and_date(it.text))
            && lexicon::is_dated_header(it.text);
        if header {
            let under_heading = under_heading();
            // A byline's form without the thread's heading: each comment
            // must hold a sentence (a review widget's one-word verdicts
            // under "Kundenbewertung 02.05.2020" make no thread).
            let loose = byline && !under_heading;
            run = match run {
                Some(r) if r.prose && i - r.last <= HEADER_GAP => {
                    if r.n + 1 >= HEADERS_IN_RUN || under_heading {
                        return Some(if under_heading { r.first - 1 } else { r.first });
                    }
                    Some(Run {
                        n: r.n + 1,
                        last: i,
                        prose: false,
                        loose: r.loose || loose,
                        ..r
                    })
                }
                _ => Some(Run {
                    first: i,
                    n: 1,
                    last: i,
                    prose: false,
                    loose,
                }),
            };
        } else if let Some(r) = run.as_mut() {
            let words = if r.loose { COMMENT_WORDS } else { 2 };
            if i - r.last > HEADER_GAP {
                run = None;
            } else if text && it.shape().words >= words {
                r.prose = true;
            }
        }
        if text && run.is_none() {
            prose += it.shape().words;
        }
    }
    None
}

/// A run of dated headers ([`headers_thread`]).
#[derive(Clone, Copy)]
struct Run {
    /// Its first header.
    first: usize,
    /// How many headers.
    n: usize,
    /// The last header.
    last: usize,
    /// Whether a comment's prose came after the last header.
    prose: bool,
    /// Whether a header of the run reads as a byline.
    loose: bool,
}

/// Words of the line that makes a comment's prose under a header that
/// reads as a byline.
const COMMENT_WORDS: usize = 6;

/// The first of two commenters' lines or more ("Jane says:", "Jan sagt:",
/// see [`lexicon::is_commenter_line`]; or the signatures printed under the
/// comments, "Posted by: Jane | Mar 26, 2007", see
/// [`lexicon::is_comment_signature`]) after some prose, or the counter line
/// right above it ("12 Kommentare").
fn commenters_thread(items: &[Item<'_>]) -> Option<usize> {
    let mut prose = 0usize;
    let mut first = None;
    for (i, it) in items.iter().enumerate() {
        if lexicon::is_commenter_line(it.text) || lexicon::is_comment_signature(it.text) {
            match first {
                None if prose >= PROSE_BEFORE_COMMENTERS => first = Some(i),
                None => {}
                Some(f) => {
                    let counted = f
                        .checked_sub(1)
                        .and_then(|c| items.get(c))
                        .is_some_and(|c| counts_comments(c.text));
                    if counted {
                        return Some(f - 1);
                    }
                    // A signature closes its comment: the thread's heading
                    // sits above the first comment's prose.
                    let signed =
                        lexicon::is_comment_signature(items.get(f).map_or("", |it| it.text));
                    let heading = (f.saturating_sub(COMMENT_LINES + 1)..f).rev().find(|&h| {
                        items
                            .get(h)
                            .is_some_and(|c| heads_comments(c.text) || counts_comments(c.text))
                    });
                    return Some(heading.filter(|_| signed).unwrap_or(f));
                }
            }
        } else if first.is_none() && matches!(it.kind, Kind::Text) {
            prose += it.shape().words;
        }
    }
    None
}

/// Where the thread under two reply buttons or more starts (see the
/// module's documentation).
fn replied_thread(items: &[Item<'_>]) -> Option<usize> {
    let mut replies = items
        .iter()
        .enumerate()
        .filter(|(_, it)| lexicon::is_reply_button(it.text))
        .map(|(i, _)| i);
    let first = replies.next()?;
    replies.next()?;
    let mut k = first;
    let mut prose = 0usize;
    while k > 0 {
        let Some(it) = items.get(k - 1) else { break };
        match it.kind {
            Kind::Text if prose < COMMENT_LINES => {
                prose += 1;
                k -= 1;
            }
            Kind::Byline(_) | Kind::DateByline(_) | Kind::Date(_) if prose > 0 => {
                let commenter = k - 1;
                let counted = commenter
                    .checked_sub(1)
                    .and_then(|c| items.get(c))
                    .is_some_and(|c| matches!(c.kind, Kind::Text) && counts_comments(c.text));
                return Some(if counted { commenter - 1 } else { commenter });
            }
            _ => break,
        }
    }
    Some(first)
}

/// True for a name and a date the byline grammar reads, with no byline
/// marker ("Par Matthieu Hy le 07 Mai 2020" is a story's byline, in a list
/// of stories too), no label ("Termin: 21.02.2020") and no handle (an
/// embedded post's signature, "Pat Haneman (@PatHaneman) November 02,
/// 2012", quotes it in the story): a commenter's header ("John 07.13.12 at
/// 07:38").
fn bare_name_and_date(line: &str) -> bool {
    if memchr::memchr(b'@', line.as_bytes()).is_some() {
        return false;
    }
    let labelled = line
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [a, b':'] if a.is_ascii_alphabetic()));
    !labelled && !crate::grammar::byline::opens_with_marker(line)
}

/// True for a line that is one comment word alone ("Comments",
/// "Kommentare"), the heading of a comment thread.
fn heads_comments(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words.next().is_some_and(lexicon::is_comment_word) && words.next().is_none()
}

/// True for a short line that counts comments ("69 comments… read them
/// below or add one", "12 Kommentare").
fn counts_comments(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().take(13).collect();
    words.len() <= 12
        && words.iter().take(3).any(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .bytes()
                .all(|b| b.is_ascii_digit())
                && w.bytes().any(|b| b.is_ascii_digit())
        })
        && words.iter().take(4).any(|w| lexicon::is_comment_word(w))
}
