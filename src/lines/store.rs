//! How the kept lines are stored: a span and where the cleaned text is,
//! packed into as few bytes a line as the input allows.

use crate::Span;

/// One kept input line: its span in the input and where its cleaned text
/// is (see [`Split::text`](super::Split::text)).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub span: Span,
    /// The cleaned text's range in [`Split::owned`](super::Split), or [`IN_INPUT`] when
    /// cleaning left the line as it was (or only trimmed it).
    pub(super) owned: (usize, usize),
}

/// [`Line::owned`] of a line whose cleaned text is the input under its span.
pub(super) const IN_INPUT: (usize, usize) = (usize::MAX, usize::MAX);

/// The kept lines, 16 bytes each while every offset fits in a `u32` (span,
/// then the range in [`Split::owned`](super::Split), `u32::MAX` for [`IN_INPUT`]); past
/// that, all of them as [`Line`]s (32 bytes each). Once split, narrow lines
/// of which few were changed by cleaning are stored `Sparse`: 8 bytes a line
/// plus 12 a changed one.
#[derive(Debug)]
pub(super) enum Lines {
    Narrow(Vec<[u32; 4]>),
    Wide(Vec<Line>),
    /// The spans, and `[line, owned start, owned end]` of the lines whose
    /// text is in [`Split::owned`](super::Split), by line.
    Sparse(Vec<[u32; 2]>, Vec<[u32; 3]>),
}

impl Lines {
    /// `line` in 16 bytes, if all its offsets fit.
    pub(super) fn narrow(line: &Line) -> Option<[u32; 4]> {
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

    pub(super) fn wide(n: &[u32; 4]) -> Line {
        let [s, e, o0, o1] = n.map(|v| v as usize);
        Line {
            span: Span::new(s, e),
            owned: if n[2] == u32::MAX { IN_INPUT } else { (o0, o1) },
        }
    }

    pub(super) fn push(&mut self, line: Line) {
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
    pub(super) fn widen(&mut self) {
        let w: Vec<Line> = (0..self.len()).filter_map(|k| self.get(k)).collect();
        *self = Lines::Wide(w);
    }

    pub(super) fn len(&self) -> usize {
        match self {
            Lines::Narrow(v) => v.len(),
            Lines::Wide(v) => v.len(),
            Lines::Sparse(v, _) => v.len(),
        }
    }

    pub(super) fn get(&self, k: usize) -> Option<Line> {
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
    pub(super) fn iter(&self) -> LineIter<'_> {
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
    pub(super) fn sparse(v: &[[u32; 4]]) -> Lines {
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
    pub(super) fn compact(&mut self) {
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

    /// Reverses the order of the lines (see [`Split::pop_first`](super::Split::pop_first)).
    pub(super) fn reverse(&mut self) {
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
    pub(super) fn pop(&mut self) -> Option<Line> {
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
pub(super) struct LineIter<'s> {
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

    // (Inlined where the lines are walked, in any codegen unit: a call per
    // line costs more than the step.)
    #[inline]
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
    #[inline]
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
