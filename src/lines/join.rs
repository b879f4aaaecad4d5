//! Lines that are one line of the page printed over several input lines:
//! the lines of a hard-wrapped paragraph ([`super::unwrap`]) and a Markdown
//! heading over its underline (`Title` then `=====`). A joined line spans
//! its input lines, so every one of them is still accounted for; its text
//! is the wrapped lines' cleaned texts joined by one space, or the
//! heading's text alone.

use std::borrow::Cow;

use super::split::Split;
use super::store::{IN_INPUT, Line, Lines};
use super::terminated::terminator;
use super::unwrap;
use crate::Span;
use crate::clean::Cleaner;

/// How a line joins the line before it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Join {
    /// It does not.
    Apart,
    /// Its text carries on the line before, after a space.
    Text,
    /// Its span joins the line before; its text (an underline) goes.
    Span,
}

impl Split<'_> {
    /// Joins the lines printed as one (the lines of hard-wrapped
    /// paragraphs only when `unwrap` holds the cleaner, which cleans a
    /// joined paragraph again: a link's brackets may open on one line and
    /// close on the next), then frees spare memory.
    pub(super) fn finish(&mut self, unwrap: Option<&Cleaner>) {
        if self.has_underline() {
            self.join(None, |a, b| {
                if underlines(a, b) {
                    Join::Span
                } else {
                    Join::Apart
                }
            });
        }
        if let Some((cleaner, width)) = unwrap.and_then(|c| Some((c, self.wrap_width()?))) {
            self.join(Some(cleaner), |a, b| {
                if unwrap::carries_on(a, b, width) {
                    Join::Text
                } else {
                    Join::Apart
                }
            });
        }
        self.lines.compact();
        self.owned.shrink_to_fit();
    }

    /// Whether some line underlines the line above it (a scan that
    /// allocates nothing: most pages have none, and a page of thousands of
    /// rules must not pay for a copy of its lines).
    fn has_underline(&self) -> bool {
        let mut prev: Option<Line> = None;
        self.lines.iter().any(|l| {
            let found = starts_underline(self.raw(&l))
                && prev.is_some_and(|p| {
                    let (a, _) = self.printed(None, &p);
                    let (b, follows) = self.printed(Some(&p), &l);
                    follows && underlines(a, b)
                });
            prev = Some(l);
            found
        })
    }

    /// The line as printed, indentation kept, and whether it directly
    /// follows `prev` (one line terminator between them).
    fn printed(&self, prev: Option<&Line>, line: &Line) -> (&str, bool) {
        let follows = prev.is_some_and(|p| {
            let gap = line.span.start.saturating_sub(p.span.end);
            gap > 0 && terminator(self.input.as_bytes(), p.span.end) == Some(gap)
        });
        (self.raw(line).trim_end(), follows)
    }

    fn wrap_width(&self) -> Option<usize> {
        unwrap::wrap_width(|| {
            self.lines
                .iter()
                .scan(None, |prev, line| {
                    let p = self.printed(prev.as_ref(), &line);
                    *prev = Some(line);
                    Some(p)
                })
                .filter(|(l, _)| !l.trim().is_empty())
        })
    }

    /// Joins each line to the one before it as `how(before, line)` says,
    /// for lines directly under one another (both as printed); a text
    /// joined from several lines is cleaned again with `cleaner`.
    fn join(&mut self, cleaner: Option<&Cleaner>, how: impl Fn(&str, &str) -> Join) {
        let old = &self.lines;
        let mut lines = Lines::Narrow(Vec::with_capacity(old.len()));
        let mut owned = String::with_capacity(self.owned.len());
        let mut k = 0;
        while let Some(first) = old.get(k) {
            // The run of lines from `first` to `end` printed as one, and
            // how each joins.
            let mut end = first;
            let mut joins = Vec::new();
            while let Some(next) = old.get(k + 1 + joins.len()) {
                let (a, _) = self.printed(None, &end);
                let (b, follows) = self.printed(Some(&end), &next);
                let j = if follows { how(a, b) } else { Join::Apart };
                if j == Join::Apart {
                    break;
                }
                joins.push(j);
                end = next;
            }
            let line = if joins.is_empty() && first.owned == IN_INPUT {
                first
            } else {
                let start = owned.len();
                owned.push_str(self.text(&first));
                for (i, j) in joins.iter().enumerate() {
                    if let (Join::Text, Some(l)) = (j, old.get(k + 1 + i)) {
                        owned.push(' ');
                        owned.push_str(self.text(&l));
                    }
                }
                if let Some(c) = cleaner.filter(|_| !joins.is_empty()) {
                    let joined = owned.get(start..).unwrap_or_default();
                    if let Cow::Owned(again) = c.clean(joined) {
                        owned.truncate(start);
                        owned.push_str(&again);
                    }
                }
                Line {
                    span: Span::new(first.span.start, end.span.end),
                    owned: (start, owned.len()),
                }
            };
            lines.push(line);
            k += 1 + joins.len();
        }
        self.lines = lines;
        self.owned = owned;
    }
}

/// Whether `line` may be an underline: its first printed character is `=`
/// or `-` (a cheap test before [`underlines`]).
fn starts_underline(line: &str) -> bool {
    matches!(line.trim_start().as_bytes().first(), Some(b'=' | b'-'))
}

/// Whether `under` underlines `heading` the way Markdown prints a heading
/// (`Title` over `=====` or `-----`): three or more of one mark, as long as
/// the heading give or take one character. A rule of other length under a
/// line is a separator, not an underline.
fn underlines(heading: &str, under: &str) -> bool {
    let (h, u) = (heading.trim(), under.trim());
    let mark = match u.as_bytes().first() {
        Some(&m @ (b'=' | b'-')) => m,
        _ => return false,
    };
    let n = u.len();
    n >= 3
        && u.bytes().all(|b| b == mark)
        && !h.is_empty()
        && !h.bytes().all(|b| b == b'=' || b == b'-')
        && h.chars().count().abs_diff(n) <= 1
}

#[cfg(test)]
mod tests {
    use super::underlines;

    #[test]
    fn an_underline_is_as_long_as_its_heading() {
        assert!(underlines(
            "Ports brace for strike",
            "======================"
        ));
        assert!(underlines("Union says", "----------"));
        assert!(!underlines("Holley Gerth", "---"));
        assert!(!underlines("A long paragraph line that ends here", "===="));
        assert!(!underlines("----------", "----------"));
        assert!(!underlines("ab", "--"));
    }
}
