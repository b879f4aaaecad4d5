//! Viterbi decoding of a linear chain: the best label sequence under emission
//! and transition scores, optionally restricted to allowed labels per line.

use super::LABELS;

/// Transition score from `from` (`None` = the start) to `to`.
fn t(trans: &[f32], from: Option<usize>, to: usize) -> f32 {
    let row = from.map_or(0, |f| f + 1);
    trans.get(row * LABELS + to).copied().unwrap_or(0.0)
}

/// The best path over `em` (one score per label per line). With `allowed`,
/// line `i` may only take the labels whose bit is set in `allowed[i]` (a
/// mask of 0 allows every label). Time and memory are linear in the lines.
pub(crate) fn decode(em: &[[f32; LABELS]], trans: &[f32], allowed: Option<&[u16]>) -> Vec<usize> {
    let mut d = Decoder::new(trans, em.len());
    for (i, e) in em.iter().enumerate() {
        d.push(e, allowed.and_then(|a| a.get(i)).copied().unwrap_or(0));
    }
    d.finish().into_iter().map(usize::from).collect()
}

/// [`decode`] fed one line at a time, so the emission scores of a page need
/// not be held all at once: it keeps the running scores and one back-pointer
/// per label per line, 4 bits each (5 bytes a line).
pub(crate) struct Decoder<'t> {
    trans: &'t [f32],
    /// Per label `l`: the transition scores into it from each label `p`
    /// (`t(trans, Some(p), l)`), read in a row by [`Decoder::push`].
    into: [[f32; LABELS]; LABELS],
    score: [f32; LABELS],
    back: Vec<[u8; PACKED]>,
}

/// Bytes of a line's back-pointers, two to a byte.
const PACKED: usize = LABELS.div_ceil(2);
const _: () = assert!(LABELS <= 16, "a back-pointer takes 4 bits");

/// The back-pointer of label `l` in `bp`.
fn back_of(bp: &[u8; PACKED], l: u8) -> u8 {
    bp.get(usize::from(l / 2))
        .map_or(0, |b| b >> (l % 2 * 4) & 0xf)
}

impl<'t> Decoder<'t> {
    /// A decoder under the transition scores `trans`, with room for `lines`.
    pub(crate) fn new(trans: &'t [f32], lines: usize) -> Self {
        let mut into = [[0.0; LABELS]; LABELS];
        for (l, row) in into.iter_mut().enumerate() {
            for (p, v) in row.iter_mut().enumerate() {
                *v = t(trans, Some(p), l);
            }
        }
        Decoder {
            trans,
            into,
            score: [f32::NEG_INFINITY; LABELS],
            back: Vec::with_capacity(lines),
        }
    }

    /// Takes the next line's emission scores `e`; it may only take the labels
    /// whose bit is set in `mask` (0 allows every label).
    pub(crate) fn push(&mut self, e: &[f32; LABELS], mask: u16) {
        let ok = |l: usize| mask == 0 || mask >> l & 1 == 1;
        let trans = self.trans;
        if self.back.is_empty() {
            for ((l, s), e) in self.score.iter_mut().enumerate().zip(e) {
                if ok(l) {
                    *s = t(trans, None, l) + e;
                }
            }
            self.back.push([0; PACKED]);
            return;
        }
        let mut next = [f32::NEG_INFINITY; LABELS];
        let mut bp = [0u8; PACKED];
        for (l, ((nx, el), into)) in next.iter_mut().zip(e).zip(&self.into).enumerate() {
            if !ok(l) {
                continue;
            }
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0usize);
            for (p, (&sp, &tr)) in self.score.iter().zip(into).enumerate() {
                let v = sp + tr;
                if v > best {
                    best = v;
                    arg = p;
                }
            }
            *nx = best + el;
            if let Some(b) = bp.get_mut(l / 2) {
                *b |= (arg as u8) << (l % 2 * 4);
            }
        }
        self.score = next;
        self.back.push(bp);
    }

    /// The best path over the lines pushed, one label index per line.
    pub(crate) fn finish(self) -> Vec<u8> {
        if self.back.is_empty() {
            return Vec::new();
        }
        let mut last = self
            .score
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(0, |(l, _)| l as u8);
        let mut path = vec![0u8; self.back.len()];
        for (p, bp) in path.iter_mut().zip(&self.back).rev() {
            *p = last;
            last = back_of(bp, last);
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_can_overrule_a_weak_emission() {
        let mut em = vec![[0.0; LABELS]; 3];
        em[0][4] = 2.0;
        em[1][0] = 0.5; // weakly boilerplate, between two paragraphs
        em[2][4] = 2.0;
        let mut trans = vec![0.0; (LABELS + 1) * LABELS];
        trans[(4 + 1) * LABELS + 4] = 1.0; // paragraph -> paragraph
        assert_eq!(decode(&em, &trans, None), [4, 4, 4]);
        assert_eq!(decode(&em, &trans, Some(&[0, 1, 0])), [4, 0, 4]);
    }
}
