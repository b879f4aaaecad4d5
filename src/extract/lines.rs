//! Splitting the input into lines with spans, and cleaning each line.

use std::borrow::Cow;

use crate::clean::Cleaner;
use crate::{Options, Span, Warning};

/// One input line: its span in the input and its cleaned text.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    pub span: Span,
    pub text: Cow<'a, str>,
}

/// Byte length of the line terminator starting at `bytes[i]`, if any:
/// `\n`, `\r\n`, `\r`, U+0085 (C2 85), U+2028/U+2029 (E2 80 A8/A9).
fn terminator(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'\n' => Some(1),
        b'\r' => Some(if bytes.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        }),
        0xC2 if bytes.get(i + 1) == Some(&0x85) => Some(2),
        0xE2 if bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// Splits `text` into lines (spans exclude the terminator) and cleans each
/// with `cleaner`. Applies the limits of `opts`, pushing a warning when it
/// truncates; the cut text is reported in `cut`.
pub(crate) fn split<'a>(
    text: &'a str,
    opts: &Options,
    warnings: &mut Vec<Warning>,
    cut: &mut Option<Span>,
) -> Vec<Line<'a>> {
    let cleaner: &Cleaner = &opts.cleaner;
    let bytes = text.as_bytes();
    let limit = floor_char_boundary(text, opts.max_input_bytes.min(text.len()));
    if limit < text.len() {
        warnings.push(Warning::Truncated(format!(
            "input cut at {limit} bytes (max_input_bytes)"
        )));
        *cut = Some(Span::new(limit, text.len()));
    }
    let mut lines = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |s: usize, e: usize, lines: &mut Vec<Line<'a>>| -> bool {
        if lines.len() >= opts.max_lines {
            return false;
        }
        let mut e2 = e;
        if e - s > opts.max_line_bytes {
            e2 = floor_char_boundary(text, s + opts.max_line_bytes);
        }
        let raw = text.get(s..e2).unwrap_or("");
        lines.push(Line {
            span: Span::new(s, e2),
            text: cleaner.clean(raw),
        });
        true
    };
    while i < limit {
        // Skip to the next byte that can start a terminator.
        match bytes.get(i..limit).and_then(|b| {
            b.iter()
                .position(|&c| matches!(c, b'\n' | b'\r' | 0xC2 | 0xE2))
        }) {
            None => break,
            Some(off) => i += off,
        }
        if let Some(n) = terminator(bytes, i) {
            if !push(start, i, &mut lines) {
                warnings.push(Warning::Truncated(format!(
                    "more than {} lines (max_lines)",
                    opts.max_lines
                )));
                *cut = Some(Span::new(start, text.len()));
                return lines;
            }
            i += n;
            start = i;
        } else {
            i += 1;
        }
    }
    if (start < limit || (start == limit && limit < text.len())) && !push(start, limit, &mut lines)
    {
        {
            warnings.push(Warning::Truncated(format!(
                "more than {} lines (max_lines)",
                opts.max_lines
            )));
            *cut = Some(Span::new(start, text.len()));
        }
    }
    if lines
        .iter()
        .any(|l| l.span.len() >= opts.max_line_bytes && !l.span.is_empty())
        && text.len() > opts.max_line_bytes
    {
        warnings.push(Warning::Truncated(format!(
            "a line was cut at {} bytes (max_line_bytes)",
            opts.max_line_bytes
        )));
    }
    lines
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(t: &str) -> Vec<(usize, usize)> {
        let mut w = Vec::new();
        let mut c = None;
        split(t, &Options::default(), &mut w, &mut c)
            .iter()
            .map(|l| (l.span.start, l.span.end))
            .collect()
    }

    #[test]
    fn terminators() {
        assert_eq!(spans("a\nb"), vec![(0, 1), (2, 3)]);
        assert_eq!(spans("a\r\nb\rc"), vec![(0, 1), (3, 4), (5, 6)]);
        assert_eq!(spans("a\u{2028}b"), vec![(0, 1), (4, 5)]);
        assert_eq!(spans("a\u{85}b"), vec![(0, 1), (3, 4)]);
        assert_eq!(spans("a\n"), vec![(0, 1)]);
        assert_eq!(spans(""), Vec::<(usize, usize)>::new());
        assert_eq!(spans("é€\n"), vec![(0, 5)]);
    }
}
