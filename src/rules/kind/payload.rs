//! The payloads of a line's kind, each behind one thin pointer: the kinds
//! and assignments of every line stay small.

use crate::grammar::byline::Byline;
use crate::grammar::date::DateEntry;

/// A text payload of a line's kind or assignment, behind a thin pointer
/// (`Box<Snippet>` is 8 bytes, `Box<str>` 16): the kinds and assignments of
/// every line stay at 16 bytes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Snippet(Box<str>);

impl std::ops::Deref for Snippet {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Snippet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Box<Snippet> {
    fn from(s: &str) -> Self {
        Box::new(Snippet(s.into()))
    }
}

impl From<String> for Box<Snippet> {
    fn from(s: String) -> Self {
        Box::new(Snippet(s.into_boxed_str()))
    }
}

impl From<Box<Snippet>> for String {
    fn from(s: Box<Snippet>) -> Self {
        s.0.into_string()
    }
}

/// The dates of a date line, behind a thin pointer (see [`Snippet`]),
/// shared: a date line printed many times (a memoised line, see
/// `classify_lines`) clones a count, not its dates; they are copied only
/// when one copy is changed.
#[derive(Debug, Clone)]
pub(crate) struct Dates(std::rc::Rc<[DateEntry]>);

impl Default for Dates {
    fn default() -> Self {
        Dates(std::rc::Rc::from(Vec::new()))
    }
}

impl std::ops::Deref for Dates {
    type Target = [DateEntry];

    fn deref(&self) -> &[DateEntry] {
        &self.0
    }
}

impl std::ops::DerefMut for Dates {
    fn deref_mut(&mut self) -> &mut [DateEntry] {
        std::rc::Rc::make_mut(&mut self.0)
    }
}

impl From<Vec<DateEntry>> for Box<Dates> {
    fn from(d: Vec<DateEntry>) -> Self {
        Box::new(Dates(d.into()))
    }
}

impl From<Box<[DateEntry]>> for Box<Dates> {
    fn from(d: Box<[DateEntry]>) -> Self {
        Box::new(Dates(d.into()))
    }
}

/// A byline and the dates printed on its line, in one box (a line's kind
/// stays small).
#[derive(Debug, Clone, Default)]
pub(crate) struct BylineDates {
    pub by: Byline,
    pub dates: Box<[DateEntry]>,
}

impl BylineDates {
    pub fn new(by: Byline, dates: impl Into<Box<[DateEntry]>>) -> Box<Self> {
        Box::new(BylineDates {
            by,
            dates: dates.into(),
        })
    }
}
