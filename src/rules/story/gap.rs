//! The lines between the header block and the article text: dates,
//! bylines, captions, credits and the writer's name alone.

use super::captions::{attach_credit, caption_at, labelled_source, source_credit};
use super::header::name_alone;
use super::item::soft_removal;
use super::{Assign, Item, set};
use crate::RemovalReason;
use crate::grammar::agency;
use crate::grammar::byline;
use crate::grammar::dateline;
use crate::rules::kind::Kind;

/// Lines between the header block and the article text.
pub(super) fn gap(items: &[Item<'_>], assign: &mut [Assign], from: usize, to: usize) {
    let mut has_author = named(assign, from);
    for i in from..to {
        let Some(it) = items.get(i) else { continue };
        let a = match &it.kind {
            Kind::Date(_) => Assign::LineDates,
            Kind::Byline(bd) | Kind::DateByline(bd) => Assign::Byline(bd.clone()),
            Kind::Caption(c) => caption_at(items, assign, i, c),
            Kind::Text | Kind::Credit(_) if let Some(c) = labelled_source(it) => source_credit(c),
            Kind::Credit(c) => attach_credit(assign, i, c),
            Kind::Bullet(_) if super::body::dialogue_at(items, i) => {
                Assign::Body(crate::BlockKind::Paragraph, None)
            }
            Kind::Bullet(s) => Assign::KeyPoint(s.clone()),
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::ReadingTime(m) => Assign::ReadingTime(*m),
            // The agency alone on its line ("Agencia EFE").
            Kind::Text if let Some(a) = agency::canonical_agency(it.text.trim()) => {
                source_credit(vec![a.to_string()])
            }
            // A desk alone on its line ("Picture desk"), before any writer.
            Kind::Text if !has_author && agency::is_desk(it.text) => {
                source_credit(vec![it.text.trim().to_string()])
            }
            // The writer's name alone, over their job title, or over a date
            // when it opens with a known given name.
            Kind::Text
                if it.is_person_name()
                    && !has_author
                    && items.get(i + 1).is_some_and(|n| {
                        byline::is_role(n.text)
                            || matches!(n.kind, Kind::Date(_))
                                && byline::opens_with_given_name(it.text)
                    }) =>
            {
                has_author = true;
                name_alone(it.text)
            }
            // "BAAR, SWITZERLAND" on its own right above the text.
            Kind::Text if i + 1 == to => match dateline::parse_place_line(it.text) {
                Ok(d) => Assign::Dateline(Box::new((d.value, Box::default()))),
                Err(_) => Assign::Removed(RemovalReason::BeforeStory),
            },
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::BeforeStory)),
        };
        set(assign, i, a);
    }
}

/// True when a byline before `to` named a writer.
fn named(assign: &[Assign], to: usize) -> bool {
    assign
        .get(..to)
        .unwrap_or(&[])
        .iter()
        .any(|a| matches!(a, Assign::Byline(bd) if !bd.by.authors.is_empty()))
}
