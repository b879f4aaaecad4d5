//! What the rules' line classification learnt of lines as printed, which
//! later passes (the feature pass, the author candidates) then need not find
//! out again: each fact is a list of line spans, in input order, looked up
//! in that order.

use crate::Span;

/// Most spans recorded per fact (8 bytes each): the first lines of a huge
/// page only, so memory stays bounded.
pub(crate) const MAX_SPANS: usize = 1 << 16;

/// The facts the rules found about lines as printed (each list in input
/// order, at most [`MAX_SPANS`] long).
#[derive(Debug, Default)]
pub(crate) struct Known {
    /// Lines of at most 120 bytes, printed as cleaned, whose text
    /// [`crate::lexicon::boiler`] found no boilerplate in.
    pub(crate) no_boiler: Vec<(u32, u32)>,
    /// Lines printed as cleaned (less the spaces around them) whose text
    /// [`crate::grammar::byline::parse_byline`] read no names from.
    pub(crate) no_byline_names: Vec<(u32, u32)>,
    /// Lines printed as cleaned (less the spaces around them) in whose text
    /// [`crate::grammar::date::find_date`] (with the page's date settings)
    /// found no date.
    pub(crate) no_dates: Vec<(u32, u32)>,
    /// Lines printed as cleaned (less the spaces around them) the story
    /// rules found to be a person's name alone
    /// ([`crate::grammar::byline::is_person_name`]).
    pub(crate) person_names: Vec<(u32, u32)>,
    /// Lines printed as cleaned (less the spaces around them) the story
    /// rules found not to be a person's name alone.
    pub(crate) no_person_names: Vec<(u32, u32)>,
}

impl Known {
    /// Notes what the classification of the line at `span` learnt.
    pub(crate) fn note_line(&mut self, noted: &crate::rules::kind::Noted, span: Span) {
        if noted.no_byline_names {
            note(&mut self.no_byline_names, span);
        }
        if noted.no_date {
            note(&mut self.no_dates, span);
        }
    }

    /// Notes whether the line at `span` is a person's name alone.
    pub(crate) fn note_person(&mut self, person: bool, span: Span) {
        let spans = if person {
            &mut self.person_names
        } else {
            &mut self.no_person_names
        };
        note(spans, span);
    }

    /// The facts the author candidates read.
    pub(crate) fn names(&self) -> Names<'_> {
        Names {
            no_byline: &self.no_byline_names,
            no_date: &self.no_dates,
            person: &self.person_names,
            no_person: &self.no_person_names,
        }
    }
}

/// The facts of [`Known`] the author candidates read (each empty when not
/// at hand).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Names<'a> {
    /// See [`Known::no_byline_names`].
    pub(crate) no_byline: &'a [(u32, u32)],
    /// See [`Known::no_dates`].
    pub(crate) no_date: &'a [(u32, u32)],
    /// See [`Known::person_names`].
    pub(crate) person: &'a [(u32, u32)],
    /// See [`Known::no_person_names`].
    pub(crate) no_person: &'a [(u32, u32)],
}

/// Adds the span of a line to a fact's list (when it still has room).
pub(crate) fn note(spans: &mut Vec<(u32, u32)>, span: Span) {
    if spans.len() < MAX_SPANS
        && let (Ok(s), Ok(e)) = (u32::try_from(span.start), u32::try_from(span.end))
    {
        spans.push((s, e));
    }
}

/// A walk through the spans of one fact, asked about lines in input order.
pub(crate) struct Walk<'a> {
    spans: &'a [(u32, u32)],
    next: usize,
}

impl<'a> Walk<'a> {
    /// A walk from the first span of `spans`.
    pub(crate) fn new(spans: &'a [(u32, u32)]) -> Walk<'a> {
        Walk { spans, next: 0 }
    }

    /// True when `span` is one of the spans. The lines asked about come in
    /// input order (a line asked about out of order is not found: the fact
    /// is then found out again, which gives the same result).
    pub(crate) fn holds(&mut self, span: Span) -> bool {
        let key = |&(s, e): &(u32, u32)| (s as usize, e as usize);
        while self
            .spans
            .get(self.next)
            .is_some_and(|k| key(k) < (span.start, span.end))
        {
            self.next += 1;
        }
        self.spans
            .get(self.next)
            .is_some_and(|k| key(k) == (span.start, span.end))
    }
}
