//! Splitting the input into lines with spans, under the limits of the
//! options, and cleaning each line.

use std::borrow::Cow;

use super::store::{IN_INPUT, Line, Lines};
use super::terminated::Terminated;
use super::{HEAD_LINES, floor_char_boundary};
use crate::clean::Cleaner;
use crate::{Options, Span, Warning};

/// The lines [`split`] keeps, and how many of them lie among the first
/// [`HEAD_LINES`] input lines (blank ones included).
pub(crate) struct Split<'a> {
    pub(super) input: &'a str,
    pub(super) lines: Lines,
    /// The cleaned texts that differ from the input, one after the other:
    /// no allocation per line.
    pub(super) owned: String,
    pub head: usize,
}

impl Split<'_> {
    /// How many lines were kept.
    pub(crate) fn len(&self) -> usize {
        self.lines.len()
    }

    /// Turns the lines into a queue for [`Split::pop_first`]: after this,
    /// [`Split::line`] and [`Split::iter`] see them in reverse order.
    pub(crate) fn reverse_for_pop(&mut self) {
        self.lines.reverse();
    }

    /// The first line not yet taken, after [`Split::reverse_for_pop`]; the
    /// memory of the lines is released as they are taken.
    pub(crate) fn pop_first(&mut self) -> Option<Line> {
        self.lines.pop()
    }

    /// The input under `line`'s span, as printed (before cleaning and
    /// trimming).
    pub(crate) fn raw(&self, line: &Line) -> &str {
        line.span.slice(self.input).unwrap_or("")
    }

    /// The kept lines, in order.
    pub(crate) fn iter(&self) -> impl DoubleEndedIterator<Item = Line> + '_ {
        self.lines.iter()
    }

    /// The cleaned text of `line`, trimmed.
    pub(crate) fn text(&self, line: &Line) -> &str {
        let t = if line.owned == IN_INPUT {
            line.span.slice(self.input)
        } else {
            self.owned.get(line.owned.0..line.owned.1)
        };
        super::text::trim(t.unwrap_or(""))
    }
}

/// Splits `text` into lines (spans exclude the terminator) and cleans each
/// with `cleaner`. Applies the limits of `opts`, pushing a warning when it
/// truncates; the cut text is reported in `cut`.
///
/// With `skip_blank`, lines that are blank before cleaning are counted
/// (against `max_lines` and [`HEAD_LINES`]) but neither cleaned nor kept:
/// a page of mostly empty lines costs no memory per empty line.
pub(crate) fn split<'a>(
    text: &'a str,
    opts: &Options,
    warnings: &mut Vec<Warning>,
    cut: &mut Option<Span>,
    skip_blank: bool,
) -> Split<'a> {
    let cleaner: &Cleaner = &opts.cleaner;
    let limit = floor_char_boundary(text, opts.max_input_bytes.min(text.len()));
    if limit < text.len() {
        warnings.push(Warning::Truncated(format!(
            "input cut at {limit} bytes (max_input_bytes)"
        )));
        *cut = Some(Span::new(limit, text.len()));
    }
    let kept = text.get(..limit).unwrap_or("");
    let mut out = Split {
        input: text,
        lines: Lines::Narrow(Vec::new()),
        owned: String::new(),
        head: 0,
    };
    let mut count = 0usize;
    let mut line_cut = false;
    let mut push = |s: usize, e: usize, out: &mut Split<'a>| -> bool {
        if count >= opts.max_lines {
            return false;
        }
        count += 1;
        let mut e2 = e;
        if e - s > opts.max_line_bytes {
            e2 = floor_char_boundary(text, s + opts.max_line_bytes);
            line_cut = true;
        }
        let raw = text.get(s..e2).unwrap_or("");
        if skip_blank && super::text::trim(raw).is_empty() {
            return true;
        }
        // When cleaning only trimmed the line, the input is used rather
        // than a copy (a long line costs its size once).
        let owned = match cleaner.clean(raw) {
            Cow::Owned(c) if c != super::text::trim(raw) => {
                let start = out.owned.len();
                out.owned.push_str(&c);
                (start, out.owned.len())
            }
            _ => IN_INPUT,
        };
        out.lines.push(Line {
            span: Span::new(s, e2),
            owned,
        });
        if count <= HEAD_LINES {
            out.head = out.lines.len();
        }
        true
    };
    let too_many = |warnings: &mut Vec<Warning>, cut: &mut Option<Span>, start: usize| {
        warnings.push(Warning::Truncated(format!(
            "more than {} lines (max_lines)",
            opts.max_lines
        )));
        *cut = Some(Span::new(start, text.len()));
    };
    let mut it = Terminated::new(kept.as_bytes());
    for (s, e) in it.by_ref() {
        if !push(s, e, &mut out) {
            too_many(warnings, cut, s);
            out.finish(opts.unwrap.then_some(cleaner));
            return out;
        }
    }
    let start = it.rest();
    if (start < limit || (start == limit && limit < text.len())) && !push(start, limit, &mut out) {
        too_many(warnings, cut, start);
    }
    out.finish(opts.unwrap.then_some(cleaner));
    if line_cut {
        warnings.push(Warning::Truncated(format!(
            "a line was cut at {} bytes (max_line_bytes)",
            opts.max_line_bytes
        )));
    }
    out
}
