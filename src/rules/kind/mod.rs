//! Context-free classification of one line: what its text says it is, from
//! the field grammars, the lexicons and its shape.

mod classify;
mod counts;
mod hints;
mod late;
mod loose;
mod payload;
mod prefix;
mod recent;
mod shape;
#[cfg(test)]
mod tests;

pub(crate) use classify::{Noted, classify};
pub(crate) use payload::{BylineDates, Dates, Snippet};
pub(crate) use recent::shape_and_kind;
pub(crate) use shape::{PackedShape, Shape, has_address, opens_with_speech_dash};

use crate::grammar::byline::{Byline, Trailer};
use crate::grammar::caption::CaptionParts;
use crate::grammar::date::DateEntry;
use crate::lexicon::Boiler;

/// What a line is on its own.
#[derive(Debug, Clone)]
pub(crate) enum Kind {
    /// Empty once cleaned (icon glyph, stray mark, invisible characters).
    Glyph,
    /// "-", "***", "* * *".
    Separator,
    /// A whole-line boilerplate phrase.
    Boiler(Boiler),
    /// "Tags: a, b".
    Tags,
    /// "Filed under: X" (the section).
    SectionPrefix(Box<Snippet>),
    /// Breadcrumb; the value is its last crumb.
    Breadcrumb(Box<Snippet>),
    /// "2 min read".
    ReadingTime(u32),
    /// Line made of dates.
    Date(Box<Dates>),
    /// Dates then a byline ("Posted on March 4, 2025 by Staff Writer").
    DateByline(Box<BylineDates>),
    /// A byline, possibly followed by dates.
    Byline(Box<BylineDates>),
    /// " date 2025-02-24 Headline": a date header carrying the headline
    /// (the dates, the headline; one box keeps the kind small).
    DateTitle(Box<(Box<[DateEntry]>, Box<str>)>),
    /// "Reporting by X; Editing by Y".
    Trailer(Box<Trailer>),
    /// A caption with a recognised credit or label.
    Caption(Box<CaptionParts>),
    /// A line that is only a photo credit.
    Credit(Box<Snippet>),
    /// "• item".
    Bullet(Box<Snippet>),
    /// "- Heading -".
    AfpHeading(Box<Snippet>),
    /// "Lesen Sie auch: X", "« Previous: X": the value is the other story's headline.
    InlineRelated(Box<Snippet>),
    /// Newsletter / subscription prompt sentence.
    Newsletter,
    /// Footer, copyright, standards notice.
    Footer,
    /// "3 thoughts on “...”": comments follow.
    CommentsHeader,
    /// Anything else: text judged by context.
    Text,
}

impl Kind {
    /// [`Kind::Byline`]: `by`, then `dates`.
    pub fn byline(by: Byline, dates: impl Into<Box<[DateEntry]>>) -> Kind {
        Kind::Byline(BylineDates::new(by, dates))
    }

    /// [`Kind::DateByline`]: `dates`, then `by`.
    pub fn date_byline(dates: impl Into<Box<[DateEntry]>>, by: Byline) -> Kind {
        Kind::DateByline(BylineDates::new(by, dates))
    }

    /// True for the kinds that belong to an article's header block.
    pub fn is_header_material(&self) -> bool {
        matches!(
            self,
            Kind::Separator
                | Kind::ReadingTime(_)
                | Kind::Date(_)
                | Kind::DateByline(..)
                | Kind::Byline(..)
                | Kind::Caption(_)
                | Kind::Credit(_)
                | Kind::Bullet(_)
                | Kind::Boiler(
                    Boiler::Share | Boiler::ShortUrl | Boiler::KeyPointsHeader | Boiler::Label
                )
        )
    }
}
