//! Tests of line splitting, the limits and the line store.

use super::check_limits;
use super::split;
use super::store::{IN_INPUT, Line, Lines};
use crate::{Options, Span};

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
