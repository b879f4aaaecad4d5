//! After the body: related lists, author boxes, comments, footers, and the
//! start of the next story.

use super::authors::author_box_start;
use super::captions::{caption_at, source_credit, source_line};
use super::item::{is_prose_text, is_text, soft_removal};
use super::{Assign, Item, is_anchor, set};
use crate::grammar::date::DateRole;
use crate::lexicon::Boiler;
use crate::rules::kind::Kind;
use crate::{DateValue, RemovalReason};

#[derive(Clone, Copy, PartialEq, Eq)]
enum TailMode {
    Plain,
    Related,
    Comments,
    AuthorBox,
    Tags,
    Footer,
}

/// After the body: related lists, author boxes, comments, footers; finds the
/// next story. `thread` is where the page's comment thread starts, if it has
/// one (see `thread::thread_start`).
pub(super) fn tail(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    title: Option<&str>,
    mut thread: Option<usize>,
) -> Option<(usize, usize)> {
    let mut mode = TailMode::Plain;
    let mut j = from;
    while let Some(it) = items.get(j) {
        if thread.is_some_and(|t| j >= t) {
            mode = TailMode::Comments;
            thread = None;
        }
        let next_story = matches!(it.kind, Kind::Boiler(Boiler::NextStory));
        if next_story || matches!(it.kind, Kind::Boiler(Boiler::PrevNext)) {
            if let Some(tk) = printed_story_after(items, j, next_story) {
                set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                return Some((j + 1, tk));
            }
        }
        if next_story {
            set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
            mode = TailMode::Related;
            j += 1;
            continue;
        }
        // (An anchor whose byline is the thread's first commenter is the
        // thread.)
        let in_thread = thread.is_some_and(|t| t <= j + 2);
        if mode != TailMode::Comments && !in_thread && is_anchor(items, j) {
            return Some((j, j));
        }
        let a = match &it.kind {
            Kind::Boiler(Boiler::RelatedHeader | Boiler::PrevNext) => {
                mode = TailMode::Related;
                Assign::Removed(RemovalReason::RelatedTail)
            }
            Kind::Boiler(Boiler::Comments) | Kind::CommentsHeader => {
                mode = TailMode::Comments;
                Assign::Removed(RemovalReason::CommentForm)
            }
            Kind::Boiler(Boiler::AuthorBoxHeader) => {
                mode = TailMode::AuthorBox;
                Assign::Removed(RemovalReason::AuthorBox)
            }
            Kind::Boiler(Boiler::TagsHeader) | Kind::Tags => {
                mode = TailMode::Tags;
                Assign::Removed(RemovalReason::Tags)
            }
            Kind::Boiler(Boiler::Footer) | Kind::Footer => {
                mode = TailMode::Footer;
                Assign::Removed(RemovalReason::Footer)
            }
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::Trailer(t) => Assign::Trailer(t.clone()),
            // The story's source printed right under its text ("Quelle: dpa").
            Kind::Text | Kind::Credit(_)
                if mode == TailMode::Plain
                    && j < from + 3
                    && let Some(credits) = source_line(it) =>
            {
                source_credit(credits)
            }
            Kind::Text if Some(it.text) == title => Assign::Removed(RemovalReason::TitleRepeat),
            _ if mode == TailMode::Comments => Assign::Removed(RemovalReason::CommentForm),
            // A commenter's name over the time of their comment: a thread
            // without a heading starts (under a related list too).
            Kind::Text if commenter_at(items, j) => {
                mode = TailMode::Comments;
                Assign::Removed(RemovalReason::CommentForm)
            }
            Kind::Text => match mode {
                // A label ending in a colon ("Follow us on:") heads no story.
                TailMode::Related
                    if it.shape().words >= 3 && !it.text.trim_end().ends_with(':') =>
                {
                    Assign::Related(it.text.into())
                }
                TailMode::Related => Assign::Removed(RemovalReason::SectionLabel),
                TailMode::Tags if it.shape().words <= 5 => Assign::Removed(RemovalReason::Tags),
                TailMode::AuthorBox if it.is_person_name() => Assign::AuthorName(it.text.into()),
                TailMode::AuthorBox => Assign::Removed(RemovalReason::AuthorBox),
                _ if author_box_start(items, j) => {
                    mode = TailMode::AuthorBox;
                    Assign::AuthorName(it.text.into())
                }
                _ => Assign::Removed(RemovalReason::AfterStory),
            },
            // A list item under a related heading ("- Other headline").
            Kind::Bullet(b)
                if mode == TailMode::Related && b.split_whitespace().nth(2).is_some() =>
            {
                Assign::Related(b.clone())
            }
            Kind::Caption(c) => caption_at(items, assign, j, c),
            // "First published: ..." printed under the story.
            Kind::Date(d) if d.iter().any(|e| e.role != DateRole::Unlabelled) => Assign::LineDates,
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::AfterStory)),
        };
        set(assign, j, a);
        j += 1;
    }
    None
}

/// True when the line at `j` names a person (at most five words) and the
/// line under it is a date with a time of day only a comment prints
/// ("Tom Reyes" over "March 4, 2025 at 9:12 am"), with text under that.
fn commenter_at(items: &[Item<'_>], j: usize) -> bool {
    // (Or the commenter's "Jane Doe says:".)
    let named = || {
        items.get(j).is_some_and(|it| {
            it.shape().words <= 5
                && (it.is_person_name() || crate::lexicon::is_commenter_line(it.text))
        })
    };
    let dated = items.get(j + 1).is_some_and(|d| {
        matches!(&d.kind, Kind::Date(es) if es.iter().any(|e| {
            matches!(e.date.value, Some(DateValue::Local(_) | DateValue::DateTime(_)))
        }))
    });
    // (The name, the costly test, last.)
    dated && items.get(j + 2).is_some_and(is_text) && named()
}

/// The title line of a story printed in full after the "Next story" (or,
/// with `next_story` false, "Next article") line `j`: a title-like line
/// within four lines, then at least two paragraphs within ten. After a
/// "Next article" link, which most pages follow with a teaser, the story's
/// own header (a date, a byline or a credit) must come between its title
/// and its first paragraph.
fn printed_story_after(items: &[Item<'_>], j: usize, next_story: bool) -> Option<usize> {
    let tk = (j + 1..(j + 5).min(items.len())).find(|&k| {
        items
            .get(k)
            .is_some_and(|c| is_text(c) && c.shape().titleish(c.text))
    })?;
    let after = || items.iter().skip(tk + 1);
    // (Share rows and ad labels under its header do not count.)
    let paragraphs = after()
        .filter(|n| !matches!(n.kind, Kind::Boiler(_) | Kind::Glyph | Kind::Separator))
        .take(10)
        .filter(|n| is_prose_text(n))
        .count()
        >= 2;
    if next_story {
        return paragraphs.then_some(tk);
    }
    // A comment thread after the link is no story: nothing between the link
    // and the title but labels, no commenter's "Jane says:" as the title,
    // and the story's date or byline within two lines under it, with no
    // comment count ("2 comments") before it.
    // (The story's breadcrumb over its title is a label too.)
    let labels_only = items.get(j + 1..tk).is_some_and(|between| {
        between.iter().all(|n| {
            matches!(n.kind, Kind::Breadcrumb(_))
                || (n.text.split_whitespace().nth(2).is_none() && !is_prose_text(n))
        })
    });
    let title = items.get(tk).is_some_and(|t| {
        !t.text.trim_end().ends_with(':')
            && !matches!(t.kind, Kind::CommentsHeader)
            && !t
                .text
                .split_whitespace()
                .any(crate::lexicon::is_comment_word)
    });
    let header = after()
        .take(2)
        .take_while(|n| {
            !is_prose_text(n)
                && !crate::lexicon::is_count_line(n.text)
                && !n.text.trim_end().ends_with(':')
        })
        .any(|n| {
            matches!(
                n.kind,
                Kind::Date(_) | Kind::DateByline(_) | Kind::Byline(_) | Kind::Credit(_)
            )
        });
    (paragraphs && labels_only && title && header).then_some(tk)
}
