//! The body of a story: its paragraphs and headings, and what sits inside
//! it without being story (cards for other stories, captions, pull quotes,
//! author cards); where it ends, or where a further story starts.

use super::authors::{author_box_start, name_then_follow};
use super::captions::{
    attach_credit, caption_at, caption_pair, caption_under_credit, credit_heads_caption,
    credit_over_caption, pull_quote, sign_off, source_credit, story_source,
};
use super::inset::{inset, is_lone_related_prefix};
use super::item::{hard_tail, is_prose_text, is_text, printed_around, soft_removal};
use super::vocab::echo_share;
use super::{Assign, Item, is_anchor, set};
use crate::grammar::byline::{self, Byline};
use crate::grammar::dateline;
use crate::lexicon::Boiler;
use crate::rules::kind::{BylineDates, Kind};
use crate::{BlockKind, Preference, RemovalReason};

/// A one- or two-word label of a teaser card ("Business").
fn is_card_label(it: &Item<'_>) -> bool {
    is_text(it) && it.shape().words <= 2 && !it.shape().prose()
}

/// A summary cut off mid-sentence with an ellipsis ("...have been
/// diagnosed with the plague,..."), as teaser cards print them.
fn is_cut_teaser(t: &str) -> bool {
    let t = t.trim_end();
    let Some(head) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else {
        return false;
    };
    // Cut inside a sentence: a comma or a word, not a sentence end, before it.
    head.ends_with(|c: char| c == ',' || c.is_alphanumeric())
}

/// The body; returns (index after its last line, next story if one starts inside).
/// Lines above a story's text where its header's byline may be.
const HEADER_LINES: usize = 12;

/// True when a byline naming someone was read between the header's start
/// (up to [`HEADER_LINES`] above `from`, the text's first line) and `j`.
fn named_above(assign: &[Assign], from: usize, j: usize) -> bool {
    assign
        .get(from.saturating_sub(HEADER_LINES)..j)
        .unwrap_or(&[])
        .iter()
        .any(Assign::names_someone)
}

pub(super) fn body(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    limit: Option<usize>,
    title: Option<&str>,
    pref: Preference,
) -> (usize, Option<(usize, usize)>) {
    let mut j = from;
    let mut paras = 0usize;
    // Editor's notes above all the paragraphs so far: the dateline opens
    // the first paragraph under them.
    let mut notes = 0usize;
    // Paragraphs of prose so far: the story's header may run on under the
    // first ones (a standfirst, then the byline and date).
    let mut lead = 0usize;
    // A list the text introduces ("The planned stops:") runs on past the end
    // of the dense text.
    let mut list_open = false;
    while let Some(it) = items.get(j) {
        let next = items.get(j + 1);
        let list_item = list_open && is_text(it) && !it.shape().prose() && it.shape().words <= 20;
        if paras > 0 && limit.is_some_and(|l| j >= l) && !list_item {
            return (j, None);
        }
        // "Read more" that only expands the text: the dense run of prose goes
        // on past it with full paragraphs.
        if matches!(it.kind, Kind::Boiler(Boiler::RelatedHeader))
            && paras >= 3
            && limit.is_some_and(|l| l > j + 3)
            && items
                .iter()
                .skip(j + 1)
                .take(2)
                .all(|o| is_prose_text(o) && o.shape().words >= 15)
        {
            set(assign, j, Assign::Removed(RemovalReason::Label));
            j += 1;
            continue;
        }
        if hard_tail(&it.kind) || is_lone_related_prefix(it.text) {
            // A related-links box inside the story: headlines, then the story goes on.
            if let Some(end) = inset(items, j) {
                set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                for k in j + 1..end {
                    let a = match items.get(k).map(|o| &o.kind) {
                        Some(Kind::InlineRelated(r)) => Assign::Related(r.clone()),
                        Some(Kind::Text) => {
                            Assign::Related(items.get(k).map(|o| o.text).unwrap_or("").into())
                        }
                        Some(k2) => {
                            Assign::Removed(soft_removal(k2).unwrap_or(RemovalReason::RelatedTail))
                        }
                        None => Assign::Removed(RemovalReason::RelatedTail),
                    };
                    set(assign, k, a);
                }
                j = end;
                continue;
            }
            if hard_tail(&it.kind) {
                return (j, None);
            }
        }
        let a = match &it.kind {
            Kind::Text => {
                if Some(it.text) == title {
                    Assign::Removed(RemovalReason::TitleRepeat)
                } else if lead > 0 && is_anchor(items, j) {
                    // Inside the dense run, a repeated headline without its own
                    // byline or date is a card for another story, not a new story.
                    let has_meta = super::meta_follows(items, j);
                    if has_meta || limit.is_none_or(|l| j >= l) {
                        return (j, Some((j, j)));
                    }
                    set(assign, j, Assign::Related(it.text.into()));
                    // The card's section label, printed just above it.
                    if j > from
                        && items.get(j - 1).is_some_and(is_card_label)
                        && matches!(assign.get(j - 1), Some(Assign::Body(..)))
                    {
                        set(assign, j - 1, Assign::Removed(RemovalReason::Label));
                    }
                    j += 1;
                    // The card prints its headline again, maybe under its label again.
                    loop {
                        let again = |k: usize| items.get(k).is_some_and(|r| r.text == it.text);
                        if again(j) {
                            set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                        } else if items.get(j).is_some_and(is_card_label) && again(j + 1) {
                            set(assign, j, Assign::Removed(RemovalReason::Label));
                        } else {
                            break;
                        }
                        j += 1;
                    }
                    // Its summary: a short paragraph that repeats the headline's words.
                    if let Some(sm) = items.get(j)
                        && is_prose_text(sm)
                        && sm.shape().words <= 60
                        && echo_share(it, sm) >= 0.4
                    {
                        set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                        j += 1;
                    }
                    continue;
                } else if lead < 3
                    && it.shape().words <= 5
                    && it.is_person_name()
                    && items.get(j + 1).is_some_and(|o| byline::is_role(o.text))
                {
                    // "Jane Doe" then "News reporter @jdoe" under the first
                    // paragraph: the story's byline, printed as a card.
                    let role = items.get(j + 1).map(|o| o.text.to_string());
                    let by = Byline {
                        authors: vec![it.text.to_string()],
                        role,
                        ..Byline::default()
                    };
                    set(assign, j, Assign::Byline(BylineDates::new(by, [])));
                    set(assign, j + 1, Assign::Byline(Box::default()));
                    j += 2;
                    continue;
                } else if paras > 0 && author_box_start(items, j)
                    || lead >= 3 && name_then_follow(items, j)
                {
                    // An author card printed inside the text (the story goes
                    // on at length below it) is removed; elsewhere it ends the story.
                    let card_end = j + 2;
                    let after = items.get(card_end..).unwrap_or(&[]);
                    let after = after.get(..after.len().min(12)).unwrap_or(&[]);
                    let prose_after = after.iter().filter(|o| is_prose_text(o)).count();
                    let role_card = items.get(j + 1).is_some_and(|o| byline::is_role(o.text));
                    if role_card
                        && limit.is_some_and(|l| l >= card_end + 4)
                        && prose_after >= 4
                        && !after.iter().any(|o| hard_tail(&o.kind))
                    {
                        for k in j..card_end.min(items.len()) {
                            set(assign, k, Assign::Removed(RemovalReason::AuthorBox));
                        }
                        j = card_end;
                        continue;
                    }
                    return (j, None);
                } else if let Some(credits) = story_source(items, j) {
                    source_credit(credits)
                } else if next.is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
                    && it.shape().words <= 60
                    && !credit_heads_caption(items, j + 1)
                    && story_source(items, j + 1).is_none()
                    && !sign_off(items, j + 1)
                {
                    caption_pair(items, assign, j);
                    j += 2;
                    continue;
                } else if lead == 0 && is_cut_teaser(it.text) && j > from && {
                    let prev = items.get(j - 1);
                    prev.is_some_and(|p| {
                        is_text(p) && !p.shape().prose() && p.shape().titleish(p.text)
                    }) && matches!(
                        assign.get(j - 1),
                        Some(Assign::Body(BlockKind::Paragraph, _))
                    )
                } {
                    // A teaser above the text: another story's headline and its
                    // summary cut off with "...".
                    let head = items
                        .get(j - 1)
                        .map(|p| p.text.to_string())
                        .unwrap_or_default();
                    set(assign, j - 1, Assign::Related(head.into()));
                    paras = paras.saturating_sub(1);
                    Assign::Removed(RemovalReason::RelatedTail)
                } else if pull_quote(items, j) {
                    Assign::Removed(RemovalReason::PullQuote)
                } else if lead <= 1
                    && next.is_some_and(|n| is_prose_text(n))
                    && let Ok(d) = dateline::parse_place_line(it.text)
                {
                    // "BAAR, SWITZERLAND" on its own above the first paragraph.
                    Assign::Dateline(Box::new((d.value, Box::default())))
                } else if paras == notes {
                    match dateline::parse_dateline(it.text) {
                        Ok(d) if !d.rest.trim().is_empty() => {
                            Assign::Dateline(Box::new((d.value, d.rest.trim().into())))
                        }
                        _ => Assign::Body(BlockKind::Paragraph, None),
                    }
                } else if !it.shape().prose() && printed_around(items, j, REPEAT_WINDOW) >= 2 {
                    // A short line the page prints again and again around
                    // the text ("Article content" at every ad slot) is
                    // furniture, no subheading.
                    Assign::Removed(RemovalReason::Label)
                } else if !it.shape().prose()
                    && it.shape().headingish(it.text)
                    && next.is_some_and(|n| is_prose_text(n))
                {
                    Assign::Body(BlockKind::Heading, None)
                } else if pref == Preference::Precision
                    && !it.shape().prose()
                    && it.shape().words <= 3
                {
                    Assign::Removed(RemovalReason::Label)
                } else {
                    Assign::Body(BlockKind::Paragraph, None)
                }
            }
            Kind::AfpHeading(h) => Assign::Body(BlockKind::Heading, Some(h.clone())),
            // A speech dash opens a quoted answer ("– Yes, and it took
            // time."), kept as printed; a list item loses its bullet.
            Kind::Bullet(_) if speech_dash(it) => Assign::Body(BlockKind::Paragraph, None),
            Kind::Bullet(s) => Assign::Body(BlockKind::Paragraph, Some(s.clone())),
            Kind::Caption(c) => caption_at(items, assign, j, c),
            Kind::Credit(_) if let Some(credits) = story_source(items, j) => source_credit(credits),
            Kind::Credit(_) if sign_off(items, j) => Assign::Removed(RemovalReason::CreditTrailer),
            Kind::Credit(_) if credit_over_caption(items, assign, j) => {
                caption_under_credit(items, assign, j);
                j += 2;
                continue;
            }
            Kind::Credit(c) => attach_credit(assign, j, c),
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::Trailer(t) => Assign::Trailer(t.clone()),
            // A byline or date printed under the first paragraphs (after a lead
            // image or a standfirst) still belongs to the story.
            Kind::Byline(bd) | Kind::DateByline(bd) if lead < 3 => Assign::Byline(bd.clone()),
            Kind::Date(_) if lead < 3 => Assign::LineDates,
            // The writer's byline closing the text ("Von Cosima Künzel" as
            // its last line, with its marker), when the header named nobody.
            Kind::Byline(bd) | Kind::DateByline(bd)
                if !bd.by.authors.is_empty()
                    && byline::opens_with_marker(it.text)
                    && !next.is_some_and(|n| is_prose_text(n))
                    && !named_above(assign, from, j) =>
            {
                Assign::Byline(bd.clone())
            }
            Kind::Date(_) | Kind::Byline(..) | Kind::DateByline(..) | Kind::DateTitle(..) => {
                Assign::Removed(RemovalReason::BylineRepeat)
            }
            Kind::ReadingTime(_) => Assign::Removed(RemovalReason::ReadingTime),
            Kind::SectionPrefix(_) | Kind::Breadcrumb(_) => {
                Assign::Removed(RemovalReason::SectionLabel)
            }
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::Label)),
        };
        if matches!(a, Assign::Body(..) | Assign::Dateline(..)) {
            if paras == notes && crate::fields::is_editor_note(it.text) {
                notes += 1;
            }
            paras += 1;
            if it.shape().prose() {
                lead += 1;
            }
            list_open = list_item || it.text.trim_end().ends_with(':');
        }
        set(assign, j, a);
        j += 1;
    }
    (j, None)
}

/// Lines before and after a short line searched for its repeats.
const REPEAT_WINDOW: usize = 40;

/// A line of direct speech behind an en or em dash, as Nordic, Slavic and
/// Romance papers print quotes: a sentence that ends as one.
/// True when the line at `j` opens an interview's or a dialogue's run of
/// speech-dash lines ([`speech_dash`]): it or one of the two next such
/// lines asks a question ("— Почему Чехов?"), which no key point does.
pub(super) fn dialogue_at(items: &[Item<'_>], j: usize) -> bool {
    items
        .iter()
        .skip(j)
        .take(3)
        .take_while(|it| speech_dash(it))
        .any(|it| it.text.trim_end().ends_with('?'))
}

fn speech_dash(it: &Item<'_>) -> bool {
    it.text.trim_start().starts_with(['–', '—']) && it.shape().terminal && it.shape().words >= 3
}
