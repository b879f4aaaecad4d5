//! Splitting the input into lines with spans, and cleaning each line.

pub(crate) mod text;

use std::borrow::Cow;

use crate::clean::Cleaner;
use crate::{Options, Span, Warning};

/// One kept input line: its span in the input and where its cleaned text
/// is (see [`Split::text`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub span: Span,
    /// The cleaned text's range in [`Split::owned`], or [`IN_INPUT`] when
    /// cleaning left the line as it was (or only trimmed it).
    owned: (usize, usize),
}

/// [`Line::owned`] of a line whose cleaned text is the input under its span.
const IN_INPUT: (usize, usize) = (usize::MAX, usize::MAX);

/// The kept lines, 16 bytes each while every offset fits in a `u32` (span,
/// then the range in [`Split::owned`], `u32::MAX` for [`IN_INPUT`]); past
/// that, all of them as [`Line`]s (32 bytes each). Once split, narrow lines
/// of which few were changed by cleaning are stored `Sparse`: 8 bytes a line
/// plus 12 a changed one.
#[derive(Debug)]
enum Lines {
    Narrow(Vec<[u32; 4]>),
    Wide(Vec<Line>),
    /// The spans, and `[line, owned start, owned end]` of the lines whose
    /// text is in [`Split::owned`], by line.
    Sparse(Vec<[u32; 2]>, Vec<[u32; 3]>),
}

impl Lines {
    /// `line` in 16 bytes, if all its offsets fit.
    fn narrow(line: &Line) -> Option<[u32; 4]> {
        let small = |v: usize| u32::try_from(v).ok().filter(|&v| v != u32::MAX);
        let owned = if line.owned == IN_INPUT {
            [u32::MAX, u32::MAX]
        } else {
            [small(line.owned.0)?, small(line.owned.1)?]
        };
        Some([
            small(line.span.start)?,
            small(line.span.end)?,
            owned[0],
            owned[1],
        ])
    }

    fn wide(n: &[u32; 4]) -> Line {
        let [s, e, o0, o1] = n.map(|v| v as usize);
        Line {
            span: Span::new(s, e),
            owned: if n[2] == u32::MAX { IN_INPUT } else { (o0, o1) },
        }
    }

    fn push(&mut self, line: Line) {
        if let Lines::Sparse(..) = self {
            self.widen();
        }
        match self {
            Lines::Narrow(v) => match Lines::narrow(&line) {
                Some(n) => v.push(n),
                None => {
                    let mut w: Vec<Line> = v.iter().map(Lines::wide).collect();
                    w.push(line);
                    *self = Lines::Wide(w);
                }
            },
            Lines::Wide(v) => v.push(line),
            Lines::Sparse(..) => {}
        }
    }

    /// Back to one [`Line`] each (a push after [`Lines::compact`]).
    fn widen(&mut self) {
        let w: Vec<Line> = (0..self.len()).filter_map(|k| self.get(k)).collect();
        *self = Lines::Wide(w);
    }

    fn len(&self) -> usize {
        match self {
            Lines::Narrow(v) => v.len(),
            Lines::Wide(v) => v.len(),
            Lines::Sparse(v, _) => v.len(),
        }
    }

    fn get(&self, k: usize) -> Option<Line> {
        match self {
            Lines::Narrow(v) => v.get(k).map(Lines::wide),
            Lines::Wide(v) => v.get(k).copied(),
            Lines::Sparse(spans, owned) => {
                let &[s, e] = spans.get(k)?;
                let key = u32::try_from(k).ok()?;
                let o = owned
                    .binary_search_by_key(&key, |x| x[0])
                    .ok()
                    .and_then(|i| owned.get(i))
                    .map_or([u32::MAX, u32::MAX], |x| [x[1], x[2]]);
                Some(Lines::wide(&[s, e, o[0], o[1]]))
            }
        }
    }

    /// The lines in order (see [`LineIter`]).
    fn iter(&self) -> LineIter<'_> {
        LineIter {
            lines: self,
            front: 0,
            back: self.len(),
            owned_front: 0,
            owned_back: match self {
                Lines::Sparse(_, owned) => owned.len(),
                _ => 0,
            },
        }
    }

    /// Narrow lines `v` stored `Sparse`.
    fn sparse(v: &[[u32; 4]]) -> Lines {
        let spans = v.iter().map(|n| [n[0], n[1]]).collect();
        let owned = v
            .iter()
            .zip(0u32..)
            .filter(|(n, _)| n[2] != u32::MAX)
            .map(|(n, k)| [k, n[2], n[3]])
            .collect();
        Lines::Sparse(spans, owned)
    }

    /// Frees the spare capacity, storing narrow lines sparse when that is
    /// smaller.
    fn compact(&mut self) {
        match self {
            Lines::Narrow(v) => {
                let changed = v.iter().filter(|n| n[2] != u32::MAX).count();
                // Line indices fit in a u32: each line holds a byte of a
                // text whose offsets do.
                if changed * 12 + v.len() * 8 < v.len() * 16 {
                    *self = Lines::sparse(v);
                } else {
                    v.shrink_to_fit();
                }
            }
            Lines::Wide(v) => v.shrink_to_fit(),
            Lines::Sparse(spans, owned) => {
                spans.shrink_to_fit();
                owned.shrink_to_fit();
            }
        }
    }

    /// Reverses the order of the lines (see [`Split::pop_first`]).
    fn reverse(&mut self) {
        match self {
            Lines::Narrow(v) => v.reverse(),
            Lines::Wide(v) => v.reverse(),
            Lines::Sparse(spans, owned) => {
                spans.reverse();
                let last = u32::try_from(spans.len().saturating_sub(1)).unwrap_or(u32::MAX);
                for x in owned.iter_mut() {
                    x[0] = last.saturating_sub(x[0]);
                }
                owned.reverse();
            }
        }
    }

    /// Removes the last line, releasing the memory of the list as it
    /// empties.
    fn pop(&mut self) -> Option<Line> {
        let k = self.len().checked_sub(1)?;
        // The last line, without a search in the sparse form.
        let line = self.iter().next_back();
        match self {
            Lines::Narrow(v) => {
                v.pop();
                shrink_half(v);
            }
            Lines::Wide(v) => {
                v.pop();
                shrink_half(v);
            }
            Lines::Sparse(spans, owned) => {
                spans.pop();
                shrink_half(spans);
                if owned.last().is_some_and(|x| x[0] as usize == k) {
                    owned.pop();
                    shrink_half(owned);
                }
            }
        }
        line
    }
}

/// The lines `front..back` of a [`Lines`], as [`Lines::get`] gives them.
/// Stored `Sparse`, the changed lines among them are
/// `owned[owned_front..owned_back]` (in line order), so that each line is
/// matched with its text in turn instead of by a search.
struct LineIter<'s> {
    lines: &'s Lines,
    front: usize,
    back: usize,
    owned_front: usize,
    owned_back: usize,
}

impl LineIter<'_> {
    /// Line `k`, the front or the back one, with `slot` the place in
    /// `owned` its text would be at; true in the pair when it is there.
    fn line(&self, k: usize, slot: Option<usize>) -> Option<(Line, bool)> {
        let Lines::Sparse(spans, owned) = self.lines else {
            return self.lines.get(k).map(|l| (l, false));
        };
        let &[s, e] = spans.get(k)?;
        let hit = slot
            .and_then(|o| owned.get(o))
            .filter(|x| x[0] as usize == k);
        let o = hit.map_or([u32::MAX, u32::MAX], |x| [x[1], x[2]]);
        Some((Lines::wide(&[s, e, o[0], o[1]]), hit.is_some()))
    }
}

impl Iterator for LineIter<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.front >= self.back {
            return None;
        }
        let slot = (self.owned_front < self.owned_back).then_some(self.owned_front);
        let (line, hit) = self.line(self.front, slot)?;
        self.front += 1;
        self.owned_front += usize::from(hit);
        Some(line)
    }
}

impl DoubleEndedIterator for LineIter<'_> {
    fn next_back(&mut self) -> Option<Line> {
        if self.front >= self.back {
            return None;
        }
        let slot = (self.owned_front < self.owned_back).then(|| self.owned_back - 1);
        let (line, hit) = self.line(self.back - 1, slot)?;
        self.back -= 1;
        self.owned_back -= usize::from(hit);
        Some(line)
    }
}

/// Frees the spare capacity of `v` once it is more than half: popping all
/// of a list costs linear time, and its memory goes as it empties.
pub(crate) fn shrink_half<T>(v: &mut Vec<T>) {
    if v.len() < v.capacity() / 2 {
        v.shrink_to_fit();
    }
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

/// The terminated lines of `bytes`: `(start, end)` of each line that ends
/// with a terminator (the terminator excluded), in order. What follows the
/// last terminator is left to the caller ([`Terminated::rest`]).
///
/// The search jumps with `memchr` to the next byte that can start a
/// terminator: `\n`, `\r` or 0xE2 (U+2028/U+2029), plus 0xC2 (U+0085) only
/// when the text holds a U+0085 at all.
pub(crate) struct Terminated<'a> {
    bytes: &'a [u8],
    pos: usize,
    nel: bool,
}

impl<'a> Terminated<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Terminated {
            bytes,
            pos: 0,
            nel: memchr::memmem::find(bytes, "\u{85}".as_bytes()).is_some(),
        }
    }

    /// Start of the text after the last terminator found so far.
    pub(crate) fn rest(&self) -> usize {
        self.pos
    }

    fn next_candidate(&self, from: usize) -> Option<usize> {
        let hay = self.bytes.get(from..)?;
        let off = if self.nel {
            hay.iter()
                .position(|&c| matches!(c, b'\n' | b'\r' | 0xC2 | 0xE2))
        } else {
            memchr::memchr3(b'\n', b'\r', 0xE2, hay)
        };
        off.map(|o| from + o)
    }
}

impl Iterator for Terminated<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let mut i = self.pos;
        loop {
            i = self.next_candidate(i)?;
            if let Some(n) = terminator(self.bytes, i) {
                let line = (self.pos, i);
                self.pos = i + n;
                return Some(line);
            }
            i += 1;
        }
    }
}

/// The lines [`split`] keeps, and how many of them lie among the first
/// [`HEAD_LINES`] input lines (blank ones included).
pub(crate) struct Split<'a> {
    input: &'a str,
    lines: Lines,
    /// The cleaned texts that differ from the input, one after the other:
    /// no allocation per line.
    owned: String,
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
        t.unwrap_or("").trim()
    }
}

/// How many input lines, blank ones included, [`Split::head`] looks at.
pub(crate) const HEAD_LINES: usize = 400;

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
        if skip_blank && raw.trim().is_empty() {
            return true;
        }
        // When cleaning only trimmed the line, the input is used rather
        // than a copy (a long line costs its size once).
        let owned = match cleaner.clean(raw) {
            Cow::Owned(c) if c != raw.trim() => {
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
            out.lines.compact();
            out.owned.shrink_to_fit();
            return out;
        }
    }
    let start = it.rest();
    if (start < limit || (start == limit && limit < text.len())) && !push(start, limit, &mut out) {
        too_many(warnings, cut, start);
    }
    out.lines.compact();
    out.owned.shrink_to_fit();
    if line_cut {
        warnings.push(Warning::Truncated(format!(
            "a line was cut at {} bytes (max_line_bytes)",
            opts.max_line_bytes
        )));
    }
    out
}

/// The first limit of `opts` that `text` goes over, as the error
/// [`crate::Parser::try_parse`] returns. Lines are counted as [`split`]
/// counts them: every terminator ends one, and a trailing terminator does
/// not start another.
pub(crate) fn check_limits(text: &str, opts: &Options) -> Result<(), crate::Error> {
    use crate::Error;
    if text.len() > opts.max_input_bytes {
        return Err(Error::InputTooLarge {
            actual: text.len(),
            limit: opts.max_input_bytes,
        });
    }
    let mut it = Terminated::new(text.as_bytes());
    let mut n = 0usize;
    let mut check = |s: usize, e: usize| -> Result<(), Error> {
        n += 1;
        if n > opts.max_lines {
            return Err(Error::TooManyLines {
                limit: opts.max_lines,
            });
        }
        if e - s > opts.max_line_bytes {
            return Err(Error::LineTooLong {
                line: n,
                actual: e - s,
                limit: opts.max_line_bytes,
            });
        }
        Ok(())
    };
    for (s, e) in it.by_ref() {
        check(s, e)?;
    }
    let rest = it.rest();
    if rest < text.len() {
        check(rest, text.len())?;
    }
    Ok(())
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
        split(t, &Options::default(), &mut w, &mut c, false)
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
        assert_eq!(spans("a\u{85}b\u{2029}c’d"), vec![(0, 1), (3, 4), (7, 12)]);
        assert_eq!(spans("’\r\r\n\n"), vec![(0, 3), (4, 4), (6, 6)]);
    }

    #[test]
    fn limits_count_lines_like_split() {
        let o = Options::default().max_lines(2);
        assert!(check_limits("a\nb\n", &o).is_ok());
        assert!(check_limits("a\rb\rc", &o).is_err());
        assert!(check_limits("a\u{2028}b\u{85}c", &o).is_err());
        let o = Options::default().max_line_bytes(1);
        assert!(check_limits("a\nb\r\nc", &o).is_ok());
        assert_eq!(
            check_limits("a\u{2029}bb", &o),
            Err(crate::Error::LineTooLong {
                line: 2,
                actual: 2,
                limit: 1
            })
        );
    }

    #[test]
    fn lines_past_u32_offsets_are_kept_whole() {
        let mut ls = Lines::Narrow(Vec::new());
        let a = Line {
            span: Span::new(3, 9),
            owned: IN_INPUT,
        };
        let b = Line {
            span: Span::new(10, 12),
            owned: (0, 4),
        };
        let big = Line {
            span: Span::new(5_000_000_000, 5_000_000_007),
            owned: (4, 4_294_967_295),
        };
        ls.push(a);
        ls.push(b);
        assert!(matches!(ls, Lines::Narrow(_)));
        ls.push(big);
        assert!(matches!(ls, Lines::Wide(_)));
        ls.push(a);
        assert_eq!(ls.len(), 4);
        let got: Vec<_> = (0..4)
            .filter_map(|k| ls.get(k))
            .map(|l| (l.span.start, l.span.end, l.owned))
            .collect();
        assert_eq!(
            got,
            vec![
                (3, 9, IN_INPUT),
                (10, 12, (0, 4)),
                (5_000_000_000, 5_000_000_007, (4, 4_294_967_295)),
                (3, 9, IN_INPUT),
            ]
        );
    }

    #[test]
    fn lines_with_few_cleaned_are_stored_sparse() {
        let mut ls = Lines::Narrow(Vec::new());
        let mut want = Vec::new();
        for k in 0..10usize {
            let owned = if k % 4 == 1 { (k, k + 3) } else { IN_INPUT };
            ls.push(Line {
                span: Span::new(10 * k, 10 * k + 5),
                owned,
            });
            want.push((10 * k, 10 * k + 5, owned));
        }
        ls.compact();
        assert!(matches!(ls, Lines::Sparse(..)));
        let all = |ls: &Lines| -> Vec<_> {
            (0..ls.len())
                .filter_map(|k| ls.get(k))
                .map(|l| (l.span.start, l.span.end, l.owned))
                .collect()
        };
        assert_eq!(all(&ls), want);
        ls.reverse();
        let back: Vec<_> = want.iter().rev().copied().collect();
        assert_eq!(all(&ls), back);
        for w in want.iter().take(4) {
            let l = ls.pop().map(|l| (l.span.start, l.span.end, l.owned));
            assert_eq!(l.as_ref(), Some(w));
        }
        ls.reverse();
        want.drain(..4);
        assert_eq!(all(&ls), want);
        ls.push(Line {
            span: Span::new(1, 2),
            owned: (7, 8),
        });
        want.push((1, 2, (7, 8)));
        assert_eq!(all(&ls), want);
        // Mostly cleaned lines stay 16 bytes each.
        let mut dense = Lines::Narrow(Vec::new());
        for k in 0..4usize {
            dense.push(Line {
                span: Span::new(k, k + 1),
                owned: (k, k + 1),
            });
        }
        dense.compact();
        assert!(matches!(dense, Lines::Narrow(_)));
    }

    /// The iterator gives the lines [`Lines::get`] gives, taken from either
    /// end in any order, in every form of storage.
    #[test]
    fn iter_gives_every_line_from_both_ends() {
        let key = |l: Line| (l.span.start, l.span.end, l.owned);
        for n in 0..8usize {
            for changed in 0..(1u32 << n) {
                let mut narrow = Lines::Narrow(Vec::new());
                for k in 0..n {
                    let owned = if changed >> k & 1 == 1 {
                        (k, k + 2)
                    } else {
                        IN_INPUT
                    };
                    narrow.push(Line {
                        span: Span::new(3 * k, 3 * k + 1),
                        owned,
                    });
                }
                let mut sparse = Lines::Narrow(Vec::new());
                let mut wide = Lines::Narrow(Vec::new());
                for k in 0..n {
                    if let Some(l) = narrow.get(k) {
                        sparse.push(l);
                        wide.push(l);
                    }
                }
                sparse.compact();
                wide.widen();
                if let Lines::Narrow(v) = &sparse {
                    // The sparse form, whichever is smaller.
                    sparse = Lines::sparse(v);
                }
                let want: Vec<_> = (0..n).filter_map(|k| narrow.get(k)).map(key).collect();
                for ls in [&narrow, &sparse, &wide] {
                    // Bit `t` of `order`: take from the back at step `t`.
                    for order in 0..(1u32 << n) {
                        let mut it = ls.iter();
                        let (mut front, mut back) = (Vec::new(), Vec::new());
                        for t in 0..n {
                            if order >> t & 1 == 1 {
                                back.extend(it.next_back().map(key));
                            } else {
                                front.extend(it.next().map(key));
                            }
                        }
                        assert!(it.next().is_none() && it.next_back().is_none());
                        front.extend(back.into_iter().rev());
                        assert_eq!(
                            front, want,
                            "{n} lines, changed {changed:b}, order {order:b}"
                        );
                    }
                }
            }
        }
    }
}
