//! Field grammars: small nom parsers for the sub-formats news pages print
//! (dates, bylines, captions and credits, datelines, reading times, bullets).
//!
//! Every grammar is a public function that takes one line (or the start of a
//! paragraph) and returns a [`Parsed`] value: the typed value, the remainder
//! of the input and the span of the matched text, or a small error saying why
//! it did not match. nom stays inside: no nom type appears in these APIs.

pub mod agency;
pub mod byline;
pub mod caption;
pub mod date;
pub mod dateline;
pub mod digits;
pub mod misc;
pub(crate) mod prim;
pub mod quantity;
pub mod source;

use crate::Span;

/// A successful match of a grammar.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<'a, T> {
    /// The typed value.
    pub value: T,
    /// The input that follows the matched text (for a line grammar: what is
    /// left of the line; for a dateline: the rest of the paragraph).
    pub rest: &'a str,
    /// Byte range of the matched text within the input that was given.
    pub span: Span,
}

impl<'a, T> Parsed<'a, T> {
    /// A match of `value` over `span`, followed by `rest`.
    pub fn new(value: T, rest: &'a str, span: Span) -> Self {
        Parsed { value, rest, span }
    }

    /// Maps the value, keeping rest and span.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Parsed<'a, U> {
        Parsed {
            value: f(self.value),
            rest: self.rest,
            span: self.span,
        }
    }
}
