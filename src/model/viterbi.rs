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
    let ok = |i: usize, l: usize| -> bool {
        match allowed.and_then(|a| a.get(i)) {
            Some(&m) if m != 0 => m >> l & 1 == 1,
            _ => true,
        }
    };
    let Some(first) = em.first() else {
        return Vec::new();
    };
    let mut back: Vec<[u8; LABELS]> = Vec::with_capacity(em.len());
    let mut score = [f32::NEG_INFINITY; LABELS];
    for ((l, s), e) in score.iter_mut().enumerate().zip(first) {
        if ok(0, l) {
            *s = t(trans, None, l) + e;
        }
    }
    back.push([0; LABELS]);
    for (i, e) in em.iter().enumerate().skip(1) {
        let mut next = [f32::NEG_INFINITY; LABELS];
        let mut bp = [0u8; LABELS];
        for (l, ((nx, b), el)) in next.iter_mut().zip(bp.iter_mut()).zip(e).enumerate() {
            if !ok(i, l) {
                continue;
            }
            let (mut best, mut arg) = (f32::NEG_INFINITY, 0usize);
            for (p, &sp) in score.iter().enumerate() {
                let v = sp + t(trans, Some(p), l);
                if v > best {
                    best = v;
                    arg = p;
                }
            }
            *nx = best + el;
            *b = arg as u8;
        }
        score = next;
        back.push(bp);
    }
    let mut last = score
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map_or(0, |(l, _)| l);
    let mut path = vec![0usize; em.len()];
    for (p, bp) in path.iter_mut().zip(&back).rev() {
        *p = last;
        last = bp.get(last).copied().unwrap_or(0) as usize;
    }
    path
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
