//! [`Options`] and the reusable [`Parser`].
//!
//! The settings and their setters are here; the parser that runs the
//! pipeline with them is in `parser`.

mod parser;

pub use parser::Parser;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeZone};

use crate::clean::Cleaner;
use crate::grammar::date::DayOrder;
// Only the documentation names the article type.
#[cfg(doc)]
use crate::Article;

/// How to trade precision for recall when deciding what is body text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Preference {
    /// As `Balanced`, and short unpunctuated lines of one to three words
    /// inside the body (stray labels) are removed.
    Precision,
    /// The default: the body of the main story is the densest run of article
    /// text; page text between the headline block and that run, and text
    /// after it, are not body.
    #[default]
    Balanced,
    /// Doubtful lines stay: the body starts right after the headline block
    /// and runs on to the first clear boundary (a related-stories heading,
    /// comments, footer, author box, another story).
    Recall,
}

/// Who decides what each line is.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum Labeller {
    /// The hand-written rules alone.
    Rules,
    /// The line model with the weights shipped in the crate
    /// ([`crate::model::Model::embedded`]), reading the rules' verdicts among
    /// its features.
    #[default]
    Embedded,
    /// The line model with other weights (see [`crate::model::Model::load`]).
    Custom(Arc<crate::model::Model>),
}

impl Labeller {
    /// The model to label lines with, if any.
    pub fn model(&self) -> Option<&crate::model::Model> {
        match self {
            Labeller::Rules => None,
            Labeller::Embedded => Some(crate::model::Model::embedded()),
            Labeller::Custom(m) => Some(m),
        }
    }
}

/// Settings for a [`Parser`], built with chained setters from
/// [`Options::new`] (the defaults).
///
/// ```
/// use newsclip::chrono::{FixedOffset, TimeZone};
/// use newsclip::{DayOrder, Options, Parser, Preference};
///
/// let paris = FixedOffset::east_opt(3600).unwrap();
/// let opts = Options::new()
///     .reference_time(paris.with_ymd_and_hms(2025, 3, 5, 9, 0, 0).unwrap())
///     .day_order(DayOrder::DayFirst)
///     .preference(Preference::Precision)
///     .max_input_bytes(10 << 20)
///     .max_field_chars(300);
/// let parser = Parser::new(opts);
/// let a = parser.parse("Headline\n\nPublished 04/03/2025\n\nThe first paragraph of the story, which says what happened.\n");
/// assert_eq!(a.published.map(|d| d.to_string()).as_deref(), Some("2025-03-04"));
/// assert_eq!(parser.options().max_field_chars, 300);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Options {
    /// The time relative dates ("Updated 4 sec ago") are resolved against.
    /// `None` (the default): relative dates stay `null` and their text is kept
    /// in [`Article::raw_dates`]. Dates after this time are rejected.
    pub reference_time: Option<DateTime<FixedOffset>>,
    /// Reading of all-numeric dates; `Auto` decides from the page's language.
    pub day_order: DayOrder,
    /// Inputs larger than this are truncated (`parse`) or refused (`try_parse`).
    pub max_input_bytes: usize,
    /// At most this many lines are read.
    pub max_lines: usize,
    /// Longer lines are cut at a char boundary.
    pub max_line_bytes: usize,
    /// The cleaning rules applied to every line.
    pub cleaner: Cleaner,
    /// Precision/recall preference for body detection.
    pub preference: Preference,
    /// Who decides what each line is: the line model (default) or the rules.
    /// With the model, [`Preference::Recall`] keeps every body line the rules
    /// keep (the model only adds lines) and [`Preference::Precision`] adds
    /// none they removed (the model only removes lines).
    pub labeller: Labeller,
    /// One-line fields (title, subtitle, dateline, section, authors,
    /// credits, key points, related headlines, captions) longer than this
    /// many characters are cut, with [`crate::Warning::FieldCapped`].
    /// Default 2000.
    pub max_field_chars: usize,
    /// Whether articles carry their audit trail: [`Article::spans`],
    /// [`Article::lines`] and [`Article::removed`]. `true` (the default)
    /// keeps it; `false` leaves those fields empty (the article then holds
    /// its fields alone, not an entry per input line). The contract fields
    /// are the same either way.
    pub audit: bool,
    /// Whether the lines of a hard-wrapped text (a `lynx -dump` or
    /// `html2text` page, an e-mail: paragraphs cut at a fixed width) are
    /// joined back into paragraphs. `true` (the default); text printed one
    /// paragraph per line is never joined.
    pub unwrap: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            reference_time: None,
            day_order: DayOrder::Auto,
            max_input_bytes: 256 * 1024 * 1024,
            max_lines: 4_000_000,
            max_line_bytes: 64 * 1024 * 1024,
            cleaner: Cleaner::default(),
            preference: Preference::Balanced,
            labeller: Labeller::default(),
            max_field_chars: 2000,
            audit: true,
            unwrap: true,
        }
    }
}

impl Options {
    /// Default options.
    pub fn new() -> Self {
        Options::default()
    }

    /// Sets the reference time for relative dates, in any time zone
    /// (kept with its offset from UTC).
    ///
    /// ```
    /// use newsclip::chrono::{TimeZone, Utc};
    /// let opts = newsclip::Options::new().reference_time(Utc.with_ymd_and_hms(2025, 3, 4, 12, 0, 0).unwrap());
    /// let a = newsclip::Parser::new(opts).parse("Headline\n\nUpdated 2 hours ago\n\nThe first paragraph of the story, which says what happened.\n");
    /// assert_eq!(a.updated.map(|d| d.to_string()).as_deref(), Some("2025-03-04T10:00:00+00:00"));
    /// ```
    pub fn reference_time<Tz: TimeZone>(mut self, t: DateTime<Tz>) -> Self {
        self.reference_time = Some(t.fixed_offset());
        self
    }

    /// Sets the reading of all-numeric dates.
    pub fn day_order(mut self, order: DayOrder) -> Self {
        self.day_order = order;
        self
    }

    /// Sets the cleaning rules.
    pub fn cleaner(mut self, cleaner: Cleaner) -> Self {
        self.cleaner = cleaner;
        self
    }

    /// Sets who labels the lines; see [`Labeller`].
    ///
    /// ```
    /// use newsclip::{Labeller, Options, Parser};
    /// let rules = Parser::new(Options::new().labeller(Labeller::Rules));
    /// let a = rules.parse("Headline\n\nThe first paragraph of the story, which says what happened.\n");
    /// assert_eq!(a.title, "Headline");
    /// ```
    pub fn labeller(mut self, l: Labeller) -> Self {
        self.labeller = l;
        self
    }

    /// Uses the line model with `model`'s weights.
    pub fn model(self, model: crate::model::Model) -> Self {
        self.labeller(Labeller::Custom(Arc::new(model)))
    }

    /// Sets the precision/recall preference.
    pub fn preference(mut self, p: Preference) -> Self {
        self.preference = p;
        self
    }

    /// Sets the longest one-line field, in characters.
    pub fn max_field_chars(mut self, n: usize) -> Self {
        self.max_field_chars = n;
        self
    }

    /// Joins (`true`, the default) or keeps apart the lines of a
    /// hard-wrapped text.
    ///
    /// ```
    /// use newsclip::{Options, Parser};
    /// let para = |n: u32| format!("   The water board voted on Tuesday to raise the residential water\n   \
    ///             rates by {n} percent after a meeting in which {n} dozen residents\n   \
    ///             urged members to delay increase number {n} until the autumn.\n\n");
    /// let text = format!("Water board raises rates\n\n{}{}{}", para(8), para(9), para(10));
    /// let joined = Parser::new(Options::new()).parse(&text);
    /// assert_eq!(joined.body.len(), 3);
    /// assert!(joined.body[0].text.starts_with("The water board voted on Tuesday to raise the residential water rates"));
    /// let apart = Parser::new(Options::new().unwrap(false)).parse(&text);
    /// assert!(apart.body.len() > 3);
    /// ```
    pub fn unwrap(mut self, yes: bool) -> Self {
        self.unwrap = yes;
        self
    }

    /// Keeps (`true`, the default) or drops (`false`) the audit trail:
    /// [`Article::spans`], [`Article::lines`] and [`Article::removed`].
    ///
    /// ```
    /// use newsclip::{Options, Parser};
    /// let text = "Headline\n\nShare this\n\nThe first paragraph of the story, which says what happened.\n";
    /// let full = Parser::new(Options::new()).parse(text);
    /// let lean = Parser::new(Options::new().audit(false)).parse(text);
    /// assert!(!full.lines.is_empty());
    /// assert!(lean.lines.is_empty() && lean.removed.is_empty());
    /// assert_eq!((lean.title, lean.body), (full.title, full.body));
    /// ```
    pub fn audit(mut self, keep: bool) -> Self {
        self.audit = keep;
        self
    }

    /// Sets the maximum input size in bytes.
    pub fn max_input_bytes(mut self, n: usize) -> Self {
        self.max_input_bytes = n;
        self
    }

    /// Sets the maximum number of lines.
    pub fn max_lines(mut self, n: usize) -> Self {
        self.max_lines = n;
        self
    }

    /// Sets the maximum line length in bytes.
    pub fn max_line_bytes(mut self, n: usize) -> Self {
        self.max_line_bytes = n;
        self
    }
}
