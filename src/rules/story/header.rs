//! The header block under the title (standfirst, byline, dates, key
//! points); the lines before the title are read in `pre_title`.

use super::captions::{
    attach_credit, byline_desk, caption_at, caption_pair, caption_under_credit,
    credit_heads_caption, credit_over_caption, labelled_source, source_credit,
};
use super::echo::echo_later;
use super::header_follows::header_follows;
use super::item::{hard_tail, highlights_at, is_self_description, soft_removal};
use super::{Assign, Item, set};
use crate::RemovalReason;
use crate::grammar::agency;
use crate::grammar::byline::{self, Byline};
use crate::grammar::dateline;
use crate::lexicon::Boiler;
use crate::rules::kind::{BylineDates, Kind};

/// Where a heading's list of topics at `j` ends, when more header follows
/// it: one to eight lines of at most three words under the heading, then a
/// key points label, a list item, a date or a byline.
fn topics_in_header(items: &[Item<'_>], j: usize) -> Option<usize> {
    let mut k = j + 1;
    while items
        .get(k)
        .is_some_and(|o| matches!(o.kind, Kind::Text) && o.shape().words <= 3)
        && k - j <= 8
    {
        k += 1;
    }
    let more = items.get(k).is_some_and(|o| {
        matches!(
            o.kind,
            Kind::Boiler(Boiler::KeyPointsHeader)
                | Kind::Bullet(_)
                | Kind::Date(_)
                | Kind::Byline(_)
                | Kind::DateByline(_)
        )
    });
    (k > j + 1 && k - j <= 9 && more).then_some(k)
}

/// A writer's name printed alone on its line, as the story's byline.
pub(super) fn name_alone(text: &str) -> Assign {
    names_alone(vec![text.to_string()])
}

/// Writers' names printed as a list alone on their line, as the story's
/// byline.
fn names_alone(authors: Vec<String>) -> Assign {
    let b = Byline {
        authors,
        ..Byline::default()
    };
    Assign::Byline(BylineDates::new(b, []))
}

/// True when the line right above line `j` is a byline naming someone.
fn under_named_byline(assign: &[Assign], j: usize) -> bool {
    j.checked_sub(1)
        .and_then(|p| assign.get(p))
        .is_some_and(Assign::names_someone)
}

/// True when the lines at `k` and `k + 1` are both bulleted.
fn bullets_at(items: &[Item<'_>], k: usize) -> bool {
    (k..k + 2).all(|m| {
        items
            .get(m)
            .is_some_and(|o| matches!(o.kind, Kind::Bullet(_)))
    })
}

/// Lines a byline's role, desk and place may take ("Economics editor",
/// "Reporting from", "London").
const DESK_LINES: usize = 3;

/// True when the short line at `j` (five words at most, no sentence) is one
/// of at most [`DESK_LINES`] lines right under a byline that name the
/// writer's role, desk or place, and more of the header (a date, a credit,
/// a caption) follows within as many lines: the header goes on under them.
fn desk_under_byline(items: &[Item<'_>], assign: &[Assign], j: usize) -> bool {
    let short = |k: usize| {
        items.get(k).is_some_and(|o| {
            matches!(o.kind, Kind::Text) && o.shape().words <= 5 && !o.shape().terminal
        })
    };
    if !short(j) {
        return false;
    }
    let byline = (1..=DESK_LINES).find_map(|d| {
        let k = j.checked_sub(d)?;
        match assign.get(k)? {
            Assign::Byline(_) => Some(true),
            Assign::Removed(RemovalReason::Label) if short(k) => None,
            _ => Some(false),
        }
    });
    let header_follows = (j + 1..=j + DESK_LINES)
        .take_while(|&k| k == j + 1 || short(k - 1))
        .any(|k| items.get(k).is_some_and(|o| o.kind.is_header_material()));
    byline == Some(true) && header_follows
}

/// The header block under the title; returns the index where the body starts.
pub(super) fn header(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    title: Option<&str>,
) -> usize {
    let mut j = from;
    let mut kp_mode = false;
    // Key points under a label so far, and whether each ended no sentence.
    let (mut kp_count, mut kp_open) = (0usize, true);
    // Key points printed with bullets end at the first line without one
    // (the story's text), however short it is.
    let mut bulleted = false;
    let mut seen_text = false;
    // Lines left of a list of highlights printed without bullets.
    let mut highlights = 0usize;
    while let Some(it) = items.get(j) {
        let next = items.get(j + 1);
        // Highlights printed without bullets over the byline are key points.
        if highlights == 0 && !kp_mode && matches!(it.kind, Kind::Text) {
            highlights = highlights_at(items, j);
        }
        // "Weather Reporter·NZ Tribune·" under the writer's name: the outlet
        // is the story's credit.
        let outlet = under_named_byline(assign, j)
            .then(|| byline::role_then_outlet(it.text))
            .flatten();
        let a = match &it.kind {
            _ if let Some(o) = outlet => {
                source_credit(vec![agency::canonical_agency(o).unwrap_or(o).to_string()])
            }
            Kind::Text => {
                if Some(it.text) == title {
                    Assign::Removed(RemovalReason::TitleRepeat)
                } else if let Some(c) = labelled_source(it) {
                    source_credit(c)
                } else if next.is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
                    && byline_desk(items, j)
                {
                    Assign::Removed(RemovalReason::Label)
                } else if next.is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
                    && it.is_person_name()
                    && !assign
                        .get(from..j)
                        .unwrap_or_default()
                        .iter()
                        .any(Assign::names_someone)
                {
                    // "Ірина Коваль" over "Фото: Олександр Ткаченко" before any
                    // byline: the writer, and the photographer's credit.
                    name_alone(it.text)
                } else if next.is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
                    && it.shape().words <= 80
                    && !credit_heads_caption(items, j + 1)
                {
                    // A photo ends the key points above it.
                    caption_pair(items, assign, j);
                    kp_mode = false;
                    j += 2;
                    continue;
                } else if highlights > 0 {
                    highlights -= 1;
                    Assign::KeyPoint(it.text.into())
                } else if let Some(name) =
                    byline::joined_name(it.text).filter(|_| under_named_byline(assign, j))
                {
                    // "and Ana Ruiz" under a byline: the byline goes on.
                    name_alone(name)
                } else if desk_under_byline(items, assign, j) && !it.is_person_name() {
                    // An agency's name under the writer's is a credit
                    // ("Jane Smith / Australian Associated Press"); a
                    // person's name is a second writer ("By Jane Smith" /
                    // "Tom Brown").
                    match agency::canonical_agency(it.text.trim()) {
                        Some(a) => source_credit(vec![a.to_string()]),
                        None => Assign::Removed(RemovalReason::Label),
                    }
                } else if let Some(a) = agency::canonical_agency(it.text.trim())
                    .filter(|_| super::item::printed_around(items, j, items.len()) == 0)
                {
                    // The agency alone on its line under the standfirst
                    // ("Agencia EFE"), as in the gap before the text; a
                    // gallery prints its photos' agency under each caption.
                    source_credit(vec![a.to_string()])
                } else if is_self_description(it) {
                    Assign::Removed(RemovalReason::AuthorBox)
                } else if it.is_person_name()
                    && next.is_some_and(|n| byline::is_photographer_role(n.text))
                {
                    // "Tor Haugen" over "Fotograf": no writer.
                    Assign::Removed(RemovalReason::Label)
                } else if it.is_person_name() {
                    name_alone(it.text)
                } else if let Some(names) = byline::name_list(it.text) {
                    // "Jane Doe and John Roe" alone: the writers, no standfirst.
                    names_alone(names)
                } else if kp_mode
                    && !bulleted
                    // Points that end no sentence end where a sentence of
                    // running text comes (the story's first paragraph).
                    && !(kp_count > 0 && kp_open && it.shape().terminal && it.shape().words >= 8)
                    && it.shape().words <= 45
                    && dateline::parse_dateline(it.text).is_err()
                {
                    Assign::KeyPoint(it.text.into())
                } else if !seen_text
                    && it.shape().words >= 4
                    && header_follows(items, j + 1, title)
                    && dateline::parse_dateline(it.text).is_err()
                {
                    seen_text = true;
                    Assign::Subtitle
                } else if !it.shape().terminal && echo_later(items, j) {
                    Assign::KeyPoint(it.text.into())
                } else if it.shape().words <= 3 && !it.shape().terminal && bullets_at(items, j + 1)
                {
                    // A short label over two bulleted lines ("Pe scurt"):
                    // the key points' heading.
                    kp_mode = true;
                    Assign::Removed(RemovalReason::Label)
                } else {
                    return j;
                }
            }
            // An interview's questions and answers open the text, no
            // key points.
            Kind::Bullet(_) if super::body::dialogue_at(items, j) => return j,
            Kind::Bullet(s) => {
                kp_mode = true;
                bulleted = true;
                Assign::KeyPoint(s.clone())
            }
            Kind::Boiler(Boiler::KeyPointsHeader) => {
                kp_mode = true;
                Assign::Removed(RemovalReason::Label)
            }
            Kind::Date(_) => Assign::LineDates,
            Kind::DateTitle(_) => Assign::LineDates,
            // "Staff Writer" under the writer's name is their job title,
            // no credit.
            Kind::Byline(bd)
                if bd.by.authors.is_empty()
                    && byline::is_role(it.text)
                    && under_named_byline(assign, j) =>
            {
                Assign::Removed(RemovalReason::Label)
            }
            Kind::Byline(bd) | Kind::DateByline(bd) => Assign::Byline(bd.clone()),
            Kind::ReadingTime(m) => Assign::ReadingTime(*m),
            Kind::SectionPrefix(s) | Kind::Breadcrumb(s) => Assign::Section(s.clone()),
            Kind::Caption(c) => caption_at(items, assign, j, c),
            Kind::Credit(_) if let Some(c) = labelled_source(it) => source_credit(c),
            Kind::Credit(_) if credit_over_caption(items, assign, j) => {
                caption_under_credit(items, assign, j);
                kp_mode = false;
                j += 2;
                continue;
            }
            Kind::Credit(c) => attach_credit(assign, j, c),
            Kind::Trailer(t) => Assign::Trailer(t.clone()),
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::AfpHeading(_) => return j,
            // A list of the story's topics inside the header ("Related
            // Topics" over "Local government," / "Social care,"), more header
            // under it: tags, and the header goes on.
            Kind::Boiler(Boiler::RelatedHeader | Boiler::TagsHeader)
                if let Some(end) = topics_in_header(items, j) =>
            {
                for k in j..end {
                    set(assign, k, Assign::Removed(RemovalReason::Tags));
                }
                j = end;
                continue;
            }
            k if hard_tail(k) => return j,
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::BeforeStory)),
        };
        if !matches!(it.kind, Kind::Bullet(_) | Kind::Text)
            && !matches!(it.kind, Kind::Boiler(Boiler::KeyPointsHeader))
        {
            kp_mode = false;
            bulleted = false;
            (kp_count, kp_open) = (0, true);
        }
        if matches!(a, Assign::KeyPoint(_)) && !matches!(it.kind, Kind::Bullet(_)) {
            seen_text = true;
            kp_count += 1;
            kp_open &= !it.shape().terminal;
        }
        set(assign, j, a);
        j += 1;
    }
    j
}
