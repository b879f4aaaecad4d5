//! [`Options`] and the reusable [`Parser`].

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, TimeZone};

use crate::clean::Cleaner;
use crate::grammar::date::DayOrder;
use crate::{Article, Error};

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
    /// let para = "   The water board voted on Tuesday to raise the residential water\n   \
    ///             rates by 8 percent after a meeting in which dozens of residents\n   \
    ///             urged members to delay the increase until the autumn.\n\n";
    /// let text = format!("Water board raises rates\n\n{}", para.repeat(3));
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

/// A parser built once from [`Options`] and reused; `Send + Sync`.
///
/// ```
/// let parser = newsclip::Parser::new(newsclip::Options::default());
/// let article = parser.parse("Headline here\n\nA first paragraph that says something.\n");
/// assert_eq!(article.title, "Headline here");
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    opts: Arc<Options>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new(Options::default())
    }
}

impl Parser {
    /// Builds a parser.
    pub fn new(opts: Options) -> Self {
        Parser {
            opts: Arc::new(opts),
        }
    }

    /// The options this parser was built with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// The main story of `text`. Never fails.
    ///
    /// Input that looks binary (a NUL byte or many control characters near
    /// its start) gives an empty article with [`crate::Warning::BinaryInput`];
    /// [`Parser::try_parse`] refuses it as [`Error::Binary`].
    ///
    /// The lines of further stories (see [`Parser::parse_all`]) are listed in
    /// [`Article::removed`] with [`crate::RemovalReason::OtherStory`], so the
    /// main article alone still accounts for every input line (with the
    /// audit trail on; see [`Options::audit`]).
    pub fn parse(&self, text: &str) -> Article {
        if crate::binary::looks_binary(text) {
            return Article {
                warnings: vec![crate::Warning::BinaryInput],
                ..Article::default()
            };
        }
        let mut all = self.parse_all(text).into_iter();
        let mut main = all.next().unwrap_or_default();
        if !self.opts.audit {
            return main;
        }
        for other in all {
            for l in &other.lines {
                let t = l.span.slice(text).unwrap_or("").trim();
                main.removed.push(crate::Removed::new(
                    l.span,
                    t,
                    crate::RemovalReason::OtherStory,
                ));
            }
            for r in other.removed {
                main.removed.push(crate::Removed::new(
                    r.span,
                    r.text,
                    crate::RemovalReason::OtherStory,
                ));
            }
        }
        main
    }

    /// Every story of `text`, main story first. Never empty.
    ///
    /// An input of more than 50,000 non-blank lines (no page has as many)
    /// is read in windows of that many lines, each window's stories found
    /// on their own, with [`crate::Warning::Windowed`]: its memory then
    /// stays proportional to its text, not to its line count.
    pub fn parse_all(&self, text: &str) -> Vec<Article> {
        crate::window::parse_windowed(text, &self.opts, |w| self.parse_whole(w))
            .unwrap_or_else(|| self.parse_whole(text))
    }

    /// Every story of `text` read as one window.
    fn parse_whole(&self, text: &str) -> Vec<Article> {
        let (arts, dates, known) = crate::pipeline::extract_dated(text, &self.opts);
        let mut arts = match self.opts.labeller.model() {
            Some(m) if !m.is_empty() => {
                let page = crate::features::Page::build_known(text, &arts, &known.no_boiler);
                let (arts, page) = m.main_story_first(arts, page);
                let (labels, shares) = m.label_with_shares(&page);
                let with = crate::model::With {
                    model: Some(m),
                    shares: Some(&shares),
                    dates: Some(&dates),
                    no_byline_names: &known.no_byline_names,
                };
                let mut arts = crate::model::apply(text, arts, &page, &labels, with, &self.opts);
                // The removed lines (whose verdicts the features explain)
                // are dropped below unless the audit trail is kept.
                if self.opts.audit {
                    crate::model::explain(m, &page, &mut arts);
                }
                arts
            }
            _ => arts,
        };
        for a in &mut arts {
            crate::fields::drop_author_bios(a);
            crate::fields::drop_editing_notes(a);
            crate::cap::cap_fields(a, self.opts.max_field_chars);
            if !self.opts.audit {
                a.spans = crate::FieldSpans::default();
                a.lines = Vec::new();
                a.removed = Vec::new();
            }
        }
        arts
    }

    /// Like [`Parser::parse`], but refuses input over the limits.
    pub fn try_parse(&self, text: &str) -> Result<Article, Error> {
        self.check_limits(text)?;
        Ok(self.parse(text))
    }

    /// Like [`Parser::parse_all`], but refuses input over the limits.
    pub fn try_parse_all(&self, text: &str) -> Result<Vec<Article>, Error> {
        self.check_limits(text)?;
        Ok(self.parse_all(text))
    }

    /// [`Parser::parse`] on bytes that may not be valid UTF-8: every valid
    /// character is kept, each bad sequence becomes U+FFFD, and the article
    /// carries [`crate::Warning::InvalidUtf8`].
    pub fn parse_bytes(&self, bytes: &[u8]) -> Article {
        self.decoded(bytes, |s| vec![self.parse(s)])
            .pop()
            .unwrap_or_default()
    }

    /// [`Parser::parse_all`] on bytes that may not be valid UTF-8, decoded
    /// as [`Parser::parse_bytes`] does.
    pub fn parse_all_bytes(&self, bytes: &[u8]) -> Vec<Article> {
        self.decoded(bytes, |s| self.parse_all(s))
    }

    fn decoded(&self, bytes: &[u8], f: impl Fn(&str) -> Vec<Article>) -> Vec<Article> {
        match std::str::from_utf8(bytes) {
            Ok(s) => f(s),
            Err(_) => {
                let mut arts = f(&String::from_utf8_lossy(bytes));
                for a in &mut arts {
                    a.warnings.push(crate::Warning::InvalidUtf8);
                }
                arts
            }
        }
    }

    /// Input over a limit is refused; blank input is refused as
    /// [`Error::Empty`], binary data as [`Error::Binary`].
    fn check_limits(&self, text: &str) -> Result<(), Error> {
        crate::lines::check_limits(text, &self.opts)?;
        if crate::binary::looks_binary(text) {
            return Err(Error::Binary);
        }
        if text.trim().is_empty() {
            return Err(Error::Empty);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_is_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Parser>();
        assert_send_sync::<Options>();
    }
}
