//! A page's day order, voted by its first lines only when a numeric date
//! needs it: most pages print no date whose reading depends on it, and the
//! vote reads thousands of words.

use super::DayOrder;
use std::sync::{Arc, OnceLock};

/// The lines a page's day order is voted by ([`super::page_order::vote`]),
/// kept until a numeric date asks for the vote (at most once: clones share
/// it).
#[derive(Clone)]
pub(crate) struct VotedOrder(Arc<Voters>);

struct Voters {
    /// The lines, one after another.
    text: String,
    /// Where each line ends in `text`.
    ends: Vec<usize>,
    order: OnceLock<DayOrder>,
}

impl VotedOrder {
    /// The vote of `lines`, taken when first asked for.
    pub(crate) fn new<'a>(lines: impl Iterator<Item = &'a str>) -> Self {
        // (Sized up front: grown line by line, they were copied again and again.)
        let lines: Vec<&str> = lines.collect();
        let mut text = String::with_capacity(lines.iter().map(|l| l.len()).sum());
        let mut ends = Vec::with_capacity(lines.len());
        for l in lines {
            text.push_str(l);
            ends.push(text.len());
        }
        VotedOrder(Arc::new(Voters {
            text,
            ends,
            order: OnceLock::new(),
        }))
    }

    /// The order the lines vote for: [`DayOrder::DayFirst`] or
    /// [`DayOrder::Auto`].
    pub(crate) fn get(&self) -> DayOrder {
        let v = &*self.0;
        *v.order.get_or_init(|| {
            let starts = std::iter::once(0).chain(v.ends.iter().copied());
            let lines = starts
                .zip(&v.ends)
                .map(|(s, &e)| v.text.get(s..e).unwrap_or(""));
            super::page_order::vote(lines)
        })
    }
}

impl std::fmt::Debug for VotedOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_lines_vote_as_the_lines() {
        for text in [
            "",
            "Le 4 mars 2025\nla ville et le conseil",
            "March 4, 2025\nThe council and the city",
            "organised\n\ncolour\ncentre of the theatre",
            "4\nMarch",
        ] {
            let kept = VotedOrder::new(text.lines());
            assert_eq!(
                kept.get(),
                super::super::page_order::vote(text.lines()),
                "{text:?}"
            );
        }
    }
}
