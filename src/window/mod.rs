//! Very long inputs are read in windows of at most [`WINDOW_LINES`]
//! non-blank lines, each window's stories found on their own, so the memory
//! a document takes stays proportional to its text, not to its line count
//! (a line's working records cost far more than a short line's bytes).
//!
//! A news page has a few hundred to a few thousand lines; a window boundary
//! falls only in inputs no page reaches (whole feeds, logs, generated
//! files). It is put at a blank line in the second half of the window when
//! there is one, so a block of text stays whole.

use std::ops::Range;

use crate::lines::{floor_char_boundary, terminated::Terminated};
use crate::{Article, Options, Span, Warning};

/// Most non-blank lines one window holds.
pub(crate) const WINDOW_LINES: usize = 50_000;

/// How a long input is read: its windows (byte ranges, in order, covering
/// the kept text) and where the limits of the options cut it.
#[derive(Debug, PartialEq)]
pub(crate) struct Plan {
    /// The byte range of each window; each but the last ends at a line start.
    pub(crate) windows: Vec<Range<usize>>,
    /// Where the text is cut (what follows is not read), with the warnings
    /// the cut gives, as a single-window read words them.
    pub(crate) cut: Option<(usize, Vec<Warning>)>,
}

/// The windows of `text` when it holds more than `max` non-blank lines
/// within the limits of `opts`, else `None` (the text is read whole).
/// Lines are counted as the line splitter counts them, so the cut falls
/// where a whole read would cut.
pub(crate) fn plan(text: &str, opts: &Options, max: usize) -> Option<Plan> {
    let max = max.max(2);
    // A non-blank line takes at least two bytes (a character and a line
    // break), but the last: shorter texts hold at most `max` of them.
    if text.len() < 2 * max {
        return None;
    }
    let limit = floor_char_boundary(text, opts.max_input_bytes.min(text.len()));
    let mut warnings = Vec::new();
    if limit < text.len() {
        warnings.push(Warning::Truncated(format!(
            "input cut at {limit} bytes (max_input_bytes)"
        )));
    }
    let kept = text.get(..limit).unwrap_or("");
    let mut it = Terminated::new(kept.as_bytes());
    let mut windows = Vec::new();
    let (mut start, mut count, mut in_window) = (0usize, 0usize, 0usize);
    // The start of the last blank line in the window's second half, with
    // the window's non-blank lines before it.
    let mut blank: Option<(usize, usize)> = None;
    let mut end = limit;
    let mut line_cut = false;
    let mut rest_done = false;
    // The terminated lines, then what follows the last line break (a line
    // when not empty, or when the byte limit cut the text right there).
    let mut next = || {
        if let Some(l) = it.next() {
            return Some(l);
        }
        let r = it.rest();
        let last = !rest_done && (r < limit || (r == limit && limit < text.len()));
        rest_done = true;
        last.then_some((r, limit))
    };
    while let Some((s, e)) = next() {
        if count >= opts.max_lines {
            warnings.push(Warning::Truncated(format!(
                "more than {} lines (max_lines)",
                opts.max_lines
            )));
            end = s;
            line_cut = true;
            break;
        }
        count += 1;
        if kept.get(s..e).unwrap_or("").trim().is_empty() {
            if in_window >= max / 2 {
                blank = Some((s, in_window));
            }
            continue;
        }
        if in_window == max {
            let (at, before) = blank.take().unwrap_or((s, in_window));
            windows.push(start..at);
            start = at;
            in_window -= before;
        }
        in_window += 1;
    }
    if windows.is_empty() {
        return None;
    }
    windows.push(start..end);
    let cut_at = if line_cut {
        Some(end)
    } else {
        (limit < text.len()).then_some(limit)
    };
    Some(Plan {
        windows,
        cut: cut_at.map(|c| (c, warnings)),
    })
}

/// Moves every span of `a` (read from a window) `by` bytes on, to where
/// the window starts in the input.
pub(crate) fn shift(a: &mut Article, by: usize) {
    if by == 0 {
        return;
    }
    let mv = |s: &mut Span| {
        s.start += by;
        s.end += by;
    };
    a.body.iter_mut().for_each(|b| mv(&mut b.span));
    a.captions.iter_mut().for_each(|c| mv(&mut c.span));
    a.lines.iter_mut().for_each(|l| mv(&mut l.span));
    a.removed.iter_mut().for_each(|r| mv(&mut r.span));
    let f = &mut a.spans;
    for s in [
        &mut f.title,
        &mut f.subtitle,
        &mut f.published,
        &mut f.updated,
        &mut f.dateline,
        &mut f.section,
        &mut f.reading_time_minutes,
    ]
    .into_iter()
    .flatten()
    {
        mv(s);
    }
    for v in [
        &mut f.authors,
        &mut f.credits,
        &mut f.key_points,
        &mut f.related,
    ] {
        v.iter_mut().for_each(mv);
    }
}

/// Every story of `text` read window by window with `parse` (which reads
/// one window's text): the windows' stories in input order, the main story
/// first, its warnings saying the input was windowed (and cut, when a
/// limit cut it). `None` when `text` is read whole.
pub(crate) fn parse_windowed(
    text: &str,
    opts: &Options,
    parse: impl Fn(&str) -> Vec<Article>,
) -> Option<Vec<Article>> {
    read_windows(text, opts, WINDOW_LINES, parse)
}

/// [`parse_windowed`] with windows of at most `max` non-blank lines.
///
/// A window after the first that holds no story (no headline, no body:
/// a run of dates or menus) adds no article: its audit trail goes to the
/// first window's first article, so every line stays accounted for.
fn read_windows(
    text: &str,
    opts: &Options,
    max: usize,
    parse: impl Fn(&str) -> Vec<Article>,
) -> Option<Vec<Article>> {
    let plan = plan(text, opts, max)?;
    let mut all: Vec<Article> = Vec::new();
    for w in &plan.windows {
        for mut a in parse(text.get(w.clone()).unwrap_or("")) {
            shift(&mut a, w.start);
            match all.first_mut() {
                Some(first) if a.title.is_empty() && a.body.is_empty() => {
                    first.lines.append(&mut a.lines);
                    first.removed.append(&mut a.removed);
                }
                _ => all.push(a),
            }
        }
    }
    crate::fields::main_first(&mut all);
    let first = all.first_mut()?;
    first.warnings.push(Warning::Windowed(format!(
        "{} windows of at most {max} lines",
        plan.windows.len()
    )));
    if let Some((at, warnings)) = plan.cut {
        if opts.audit {
            let rest = text.get(at..).unwrap_or("");
            first.removed.push(crate::Removed::new(
                Span::new(at, text.len()),
                crate::lines::text::preview(rest, 200),
                crate::RemovalReason::Truncated,
            ));
        }
        first.warnings.extend(warnings);
    }
    Some(all)
}

#[cfg(test)]
mod tests;
