//! Topic words: how much of a line's vocabulary the page's running text
//! shares. A headline, a caption or a standfirst names what the story is
//! about; a menu item, a prompt or another story's teaser mostly does not.
//! Found in time linear in the page's words: every line's words are hashed
//! once, in the feature pass's one reading of the line ([`super::scan`]),
//! and kept for the two passes here.

use super::PageLine;
use super::scan::{LineWords, scan};
use crate::table::FastBuild;
use std::collections::HashMap;

/// Least words of a line of running text, whose words make the vocabulary.
const PROSE_WORDS: u32 = 12;
/// Lines of running text read into the vocabulary (its memory stays
/// bounded on a huge page).
const MAX_PROSE_LINES: usize = 400;
/// Content words of a line that are looked up.
pub(super) const MAX_LOOKED_UP: usize = 40;
/// Fewest characters of a content word (function words are left out too).
pub(super) const MIN_CHARS: usize = 4;

/// True for a line whose words make the vocabulary.
fn prose(l: &PageLine) -> bool {
    let s = l.stats();
    s.words >= PROSE_WORDS && s.ends_sentence
}

/// Most content words kept from the lines' first reading (1 MiB: a page
/// of news holds a few thousand); those of the lines past it are read again.
pub(super) const STORED: usize = 1 << 17;
/// [`TopicWords`]' count of a line whose words were not kept.
const NOT_KEPT: u8 = u8::MAX;

/// Per line of `lines` (of `text`): 0 when it holds no content word, else
/// 1 to 5 as a fifth, two fifths, ... all of its content words are printed
/// in the page's running text (on a line of it other than its own).
#[cfg(test)]
pub(crate) fn topic_shares(text: &str, lines: &[PageLine]) -> Vec<u8> {
    topic_shares_keeping(text, lines, STORED)
}

/// [`topic_shares`], keeping at most `stored` content words.
#[cfg(test)]
fn topic_shares_keeping(text: &str, lines: &[PageLine], stored: usize) -> Vec<u8> {
    let mut words = TopicWords::new(lines.len(), stored);
    let mut buf = LineWords::default();
    for l in lines {
        scan(l.span.slice(text).unwrap_or(""), &mut buf);
        words.add(&buf.topic);
    }
    words.shares(text, lines)
}

/// The content words of a page's lines, given a line at a time (as
/// [`scan`] reads them), kept for [`TopicWords::shares`].
pub(super) struct TopicWords {
    /// The words of the lines, in order (at most `stored`).
    kept: Vec<u64>,
    stored: usize,
    /// Per line: how many words of `kept` are its own, or [`NOT_KEPT`].
    n: Vec<u8>,
}

impl TopicWords {
    /// Words of about `n_lines` lines, keeping at most `stored`.
    pub(super) fn new(n_lines: usize, stored: usize) -> Self {
        TopicWords {
            kept: Vec::new(),
            stored,
            n: Vec::with_capacity(n_lines),
        }
    }

    /// The next line's content words.
    pub(super) fn add(&mut self, ws: &[u64]) {
        let k = match u8::try_from(ws.len()) {
            Ok(k) if k != NOT_KEPT && self.kept.len() + ws.len() <= self.stored => {
                self.kept.extend_from_slice(ws);
                k
            }
            _ => NOT_KEPT,
        };
        self.n.push(k);
    }

    /// Per line of `lines` (of `text`, the lines given to
    /// [`TopicWords::add`]): 0 when it holds no content word, else 1 to 5
    /// as a fifth, two fifths, ... all of its content words are printed in
    /// the page's running text (on a line of it other than its own).
    pub(super) fn shares(self, text: &str, lines: &[PageLine]) -> Vec<u8> {
        // Per content word: the running-text lines it is printed on (counted
        // to two) and the last such line.
        // (Sized up front for every word the prose lines may give: it is only
        // looked up, never walked, and growing it rehashed every word.)
        let most: usize = lines
            .iter()
            .filter(|l| prose(l))
            .take(MAX_PROSE_LINES)
            .map(|l| (l.stats().words as usize).min(MAX_LOOKED_UP))
            .sum();
        let mut vocab: HashMap<u64, (u8, u32), FastBuild> =
            HashMap::with_capacity_and_hasher(most, FastBuild::default());
        let mut buf = LineWords::default();
        let (mut prose_read, mut at) = (0usize, 0usize);
        for (i, (l, &k)) in lines.iter().zip(&self.n).enumerate() {
            if prose_read == MAX_PROSE_LINES {
                break;
            }
            if !prose(l) {
                if k != NOT_KEPT {
                    at += usize::from(k);
                }
                continue;
            }
            prose_read += 1;
            let ws = self.words(k, &mut at, text, l, &mut buf);
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            // (A line's words are distinct: each counts the line once.)
            for &w in ws {
                let e = vocab.entry(w).or_insert((0, i));
                e.0 = e.0.saturating_add(1).min(2);
                e.1 = i;
            }
        }
        let mut out = Vec::with_capacity(lines.len());
        at = 0;
        for (i, (l, &k)) in lines.iter().zip(&self.n).enumerate() {
            let ws = self.words(k, &mut at, text, l, &mut buf);
            if ws.is_empty() {
                out.push(0);
                continue;
            }
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            // A word of the line's own counts when another line prints it.
            let found = ws
                .iter()
                .filter(|w| vocab.get(w).is_some_and(|&(n, at)| n >= 2 || at != i))
                .count();
            out.push(1 + (found * 4 / ws.len()) as u8);
        }
        out
    }

    /// The content words of line `l` (of `text`), of count `k` in `n`: the
    /// next `k` of `kept` from `at` (moved past them), or when they were not
    /// kept, read again into `buf`.
    fn words<'b>(
        &'b self,
        k: u8,
        at: &mut usize,
        text: &str,
        l: &PageLine,
        buf: &'b mut LineWords,
    ) -> &'b [u64] {
        if k == NOT_KEPT {
            scan(l.span.slice(text).unwrap_or(""), buf);
            return &buf.topic;
        }
        let from = *at;
        *at += usize::from(k);
        self.kept.get(from..*at).unwrap_or(&[])
    }
}

#[cfg(test)]
#[path = "topic_tests.rs"]
mod tests;
