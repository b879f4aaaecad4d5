//! Story finding: the title, the header block under it, the body, the tail,
//! and further stories appended below (infinite scroll).
//!
//! The steps, in the order a story is read: the densest run of article text
//! ([`region`]); the first story's headline ([`title`], each candidate scored
//! by [`title_score`], helped by the
//! words it shares with the text ([`vocab`])); the lines before it and the
//! header block under it ([`header`](mod@header)); the body ([`body`](mod@body), with related
//! boxes inside it ([`inset`]), captions and pull quotes ([`captions`]) and
//! the lines printed again ([`echo`])) and its end ([`body_end`]); the tail
//! after it ([`tail`](mod@tail)), author boxes ([`authors`]) included. [`item`] holds
//! the line as the steps see it.

mod authors;
mod body;
mod body_end;
mod captions;
mod echo;
mod gap;
mod header;
mod header_follows;
mod inset;
mod item;
pub(crate) mod live;
mod menu_entry;
mod pre_title;
mod region;
mod tail;
#[cfg(test)]
mod tests;
mod thread;
mod title;
mod title_score;
mod vocab;

pub(crate) use item::Item;

use super::kind::{BylineDates, Dates, Kind, Snippet};
use crate::grammar::byline::Trailer;
use crate::grammar::caption::CaptionParts;
use crate::grammar::dateline::Dateline;
use crate::{BlockKind, Preference, RemovalReason};
use authors::story_authors;
use body::body;
use body_end::trim_body_end;
use gap::gap;
use header::header;
use item::{is_meta, is_prose_text, is_text, printed_before, repeats_within};
use pre_title::pre_title;
use region::main_region;
use tail::tail;
use title::find_first_title;

/// What a line became.
#[derive(Debug, Clone)]
pub(crate) enum Assign {
    Unassigned,
    Title(Box<Snippet>),
    Subtitle,
    Section(Box<Snippet>),
    ReadingTime(u32),
    Dates(Box<Dates>),
    /// The dates of the line's own kind (a date line or a dated headline),
    /// moved out of it into [`Assign::Dates`] once the stories are found
    /// (not copied: a page of date lines would hold them twice).
    LineDates,
    Byline(Box<BylineDates>),
    KeyPoint(Box<Snippet>),
    Caption(Box<CaptionParts>),
    CaptionCredit,
    /// The text, or `None` for the line's own text (copied when the
    /// article is assembled).
    Body(BlockKind, Option<Box<Snippet>>),
    /// The dateline, and the paragraph text after it.
    Dateline(Box<(Dateline, Box<str>)>),
    Related(Box<Snippet>),
    Trailer(Box<Trailer>),
    AuthorName(Box<Snippet>),
    Removed(RemovalReason),
}

impl Assign {
    /// True for a byline that names someone (not a desk or a credit alone).
    fn names_someone(&self) -> bool {
        matches!(self, Assign::Byline(b) if !b.by.authors.is_empty())
    }
}

/// A story: items `start..end`, with its title item.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Story {
    pub start: usize,
    pub end: usize,
}

/// Segments `items` into stories and assigns every item.
pub(crate) fn segment(items: &[Item<'_>], pref: Preference) -> (Vec<Story>, Vec<Assign>) {
    let mut assign = vec![Assign::Unassigned; items.len()];
    let mut stories = Vec::new();
    if items.is_empty() {
        return (stories, assign);
    }
    let mut start = 0usize;
    // The comment thread, if any (see `thread`): read by the densest run
    // and by each story's tail.
    let thread = thread::thread_start(items);
    let region = main_region(items, thread);
    let mut title = find_first_title(items, region, thread);
    let mut limit = Some(region);
    loop {
        let next = process_story(items, &mut assign, start, title, limit, pref, thread);
        limit = None;
        match next {
            Some((ns, nt)) if ns > start && nt >= ns => {
                stories.push(Story { start, end: ns });
                start = ns;
                title = Some(nt);
            }
            _ => {
                stories.push(Story {
                    start,
                    end: items.len(),
                });
                break;
            }
        }
    }
    (stories, assign)
}

/// Assigns one story's items; returns the (start, title) of the next story, if any.
fn process_story(
    items: &[Item<'_>],
    assign: &mut [Assign],
    start: usize,
    title: Option<usize>,
    region: Option<(usize, usize)>,
    pref: Preference,
    thread: Option<usize>,
) -> Option<(usize, usize)> {
    let n = items.len();
    let t = title.unwrap_or(start).min(n);
    pre_title(items, assign, start, t);
    let title_text = match (title, items.get(t)) {
        (Some(_), Some(it)) => {
            // A " date 2025-02-24 Headline" header is the title line; its dates
            // are read back from the item's kind when the article is assembled.
            let txt = match &it.kind {
                Kind::DateTitle(dt) => dt.1.to_string(),
                _ => it.text.to_string(),
            };
            set(assign, t, Assign::Title(txt.as_str().into()));
            Some(txt)
        }
        _ => None,
    };
    let mut body_start = header(
        items,
        assign,
        if title.is_some() { t + 1 } else { t },
        title_text.as_deref(),
    );
    // Page text between the header and the dense run of article text is not
    // body (kept when recall is preferred).
    if let Some((r0, _)) = region.filter(|_| pref != Preference::Recall) {
        if r0 > body_start {
            gap(items, assign, body_start, r0);
            body_start = r0;
        }
    }
    // Favouring recall, the body runs on to the first clear boundary instead
    // of stopping where the dense run of text ends. A later story's body
    // stops where the page's comment thread starts.
    let limit = region
        .map(|r| r.1)
        .or_else(|| thread.filter(|&th| th > body_start))
        .filter(|_| pref != Preference::Recall);
    let (body_end, next) = body(
        items,
        assign,
        body_start,
        limit,
        title_text.as_deref(),
        pref,
    );
    let authors = story_authors(assign, start, body_start);
    trim_body_end(items, assign, body_start, body_end, &authors);
    // A further story starting inside the body ends this one there.
    if next.is_some() {
        return next;
    }
    let tail_start = match authors.is_empty() {
        true => closing_byline(items, assign, body_end),
        false => body_end,
    };
    tail(items, assign, tail_start, title_text.as_deref(), thread)
}

/// The writer's byline closing the text of a story whose header named
/// nobody, on the line right after the body ("Von Cosima Künzel", opening
/// with a marker; one inside the body is read there): assigned to the story.
/// Returns where the story's tail starts.
fn closing_byline(items: &[Item<'_>], assign: &mut [Assign], body_end: usize) -> usize {
    match items.get(body_end) {
        Some(Item {
            kind: Kind::Byline(bd) | Kind::DateByline(bd),
            text,
            ..
        }) if !bd.by.authors.is_empty() && crate::grammar::byline::opens_with_marker(text) => {
            set(assign, body_end, Assign::Byline(bd.clone()));
            body_end + 1
        }
        _ => body_end,
    }
}

/// True when a byline or date follows the line at `j`, right under it or
/// under an agency or desk alone ("Europa Press" / "02 Diciembre 2025").
pub(super) fn meta_follows(items: &[Item<'_>], j: usize) -> bool {
    let credit_line = |n: &Item<'_>| {
        matches!(n.kind, Kind::Text | Kind::Credit(_))
            && n.shape().words <= 4
            && (crate::grammar::agency::canonical_agency(n.text).is_some()
                || crate::grammar::agency::is_desk(n.text))
    };
    items.get(j + 1).is_some_and(|n| is_meta(&n.kind))
        || items.get(j + 1).is_some_and(credit_line)
            && items.get(j + 2).is_some_and(|n| is_meta(&n.kind))
}

/// A headline of a further story: a title-like line followed by its own
/// repeat or by a date/byline, with prose soon after.
pub(super) fn is_anchor(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    // Pure tests, taken cheapest first (the title-case test last but one).
    if !is_text(it) || it.shape().words > 25 {
        return false;
    }
    let next_meta = meta_follows(items, j);
    if !(next_meta || repeats_within(items, j, 4) > 0)
        || !it.shape().titleish(it.text)
        // An interview's question, no headline ("— Почему Чехов?").
        || crate::rules::kind::opens_with_speech_dash(it.text)
        // A label printed over each entry ("Share this update" under each
        // entry of a live blog), not a headline (printed again under it).
        || printed_before(items, j, 12)
    {
        return false;
    }
    // Prose soon after it.
    items
        .iter()
        .skip(j + 1)
        .take(10)
        .filter(|n| is_prose_text(n))
        .count()
        >= 2
}

pub(super) fn set(assign: &mut [Assign], i: usize, a: Assign) {
    if let Some(slot) = assign.get_mut(i) {
        *slot = a;
    }
}
