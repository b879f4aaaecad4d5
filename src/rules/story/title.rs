//! The first story's headline: the best scored of the lines before and
//! through the header of the densest run of text.

use super::Item;
use super::echo::{echo_later, norm_shorter_than, same_headline};
use super::item::{
    highlights_at, is_highlight_like, is_meta, is_prose_text, is_text, names_author, next_two,
};
use super::title_score::{Printed, title_score};
use super::vocab::{Vocab, WordFilter, overlap};
use crate::lexicon::Boiler;
use crate::rules::kind::Kind;

/// Index of the first item that starts two consecutive prose lines.
fn first_prose_pair(items: &[Item<'_>], from: usize) -> usize {
    let mut i = from;
    while i + 1 < items.len() {
        if let (Some(a), Some(b)) = (items.get(i), items.get(i + 1)) {
            if is_prose_text(a)
                && a.text != b.text
                && (is_prose_text(b) || matches!(b.kind, Kind::AfpHeading(_)))
            {
                return i;
            }
        }
        i += 1;
    }
    items.len()
}

/// The parts of a headline candidate's score that come after its overlap
/// with the article text (see [`find_first_title`]).
#[derive(Debug, Clone, Copy)]
struct After {
    /// It ends with "»" or "›" (a link).
    guillemet: bool,
    below_header: bool,
}

/// The headline of the story in `region` (the densest run of text), read
/// no further than the start of a comment thread after the run's start
/// (`thread`, see `thread::thread_start`): a comment is no headline.
pub(super) fn find_first_title(
    items: &[Item<'_>],
    region: (usize, usize),
    thread: Option<usize>,
) -> Option<usize> {
    let r0 = region.0.min(items.len());
    // Candidates: up to 40 lines before the dense run and through its
    // header, until the first two consecutive prose lines (or the thread).
    // Bounded so that pages without prose stay linear.
    let before_thread = thread.filter(|&t| t > r0).map_or(usize::MAX, |t| t - 1);
    let hi = first_prose_pair(items, r0)
        .max(r0)
        .min(r0 + 60)
        .min(before_thread);
    let lo = r0.saturating_sub(40);
    let p = hi;
    // How often each candidate line is printed on the whole page: a headline
    // is printed a few times at most, a table header or a label many times.
    // Per candidate text: (times printed, printed before the window).
    let mut printed: std::collections::HashMap<&str, Printed, crate::table::FastBuild> = items
        .get(lo..=hi.min(items.len().saturating_sub(1)))
        .unwrap_or(&[])
        .iter()
        .map(|it| (it.text, Printed::default()))
        .collect();
    // A text is only looked up when a candidate is as long (the lengths
    // under 1024 bytes in a bit set; a longer one is always looked up).
    let mut lengths = [0u64; 16];
    for t in printed.keys() {
        if let Some(w) = lengths.get_mut(t.len() / 64) {
            *w |= 1 << (t.len() % 64);
        }
    }
    let may_be_printed = |t: &str| {
        lengths
            .get(t.len() / 64)
            .is_none_or(|w| w >> (t.len() % 64) & 1 == 1)
    };
    for (k, it) in items.iter().enumerate() {
        if !may_be_printed(it.text) {
            continue;
        }
        if let Some(c) = printed.get_mut(it.text) {
            c.times += 1;
            c.before |= k < lo;
        }
    }
    // The scored candidates in order: their score before the overlap with
    // the article text (and before [`echo_later`]'s), and what comes after
    // it (see below).
    let mut scored: Vec<(usize, f32, After)> = Vec::new();
    // The first line of the text itself may be a question headline.
    for i in lo..=hi {
        let seen = items
            .get(i)
            .and_then(|it| printed.get(it.text))
            .copied()
            .unwrap_or_default();
        if let Some(mut s) = title_score(items, i, i == hi, seen) {
            // Distance to the text, counted in lines that could be content.
            let dist = items
                .get(i..hi)
                .unwrap_or(&[])
                .iter()
                .filter(|o| is_text(o) && o.shape().words >= 3)
                .count();
            s -= 0.15 * dist as f32;
            // Lines of a highlights list, or lines the body repeats, are not the headline.
            let in_list = items
                .get(lo..i)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|o| {
                    is_text(o) || matches!(o.kind, Kind::Boiler(Boiler::KeyPointsHeader))
                })
                .any(|o| matches!(o.kind, Kind::Boiler(Boiler::KeyPointsHeader)));
            // A line of a list under a "Key points" label is never the
            // headline (its last line may share the most words with the text).
            if in_list {
                continue;
            }
            // (A line the body repeats loses 4 points: asked below, only of
            // a candidate that could still be the best.)
            let Some(it) = items.get(i) else { continue };
            let after = After {
                guillemet: it.text.ends_with(['»', '›']),
                // A headline comes before its byline and date: a line below a
                // headline + meta block, with no meta of its own, is inside the story.
                below_header: below_header_block(items, i, lo),
            };
            scored.push((i, s, after));
        }
    }
    // The words the candidates' overlaps look up, of three bytes or more (a
    // word of fewer bytes has fewer than three characters), and those of the
    // article text that may be among them: only those are put in the
    // vocabulary (the filter passes every word the candidates hold).
    let mut asked = WordFilter::default();
    let mut asked_words = 0usize;
    for &(i, ..) in &scored {
        for w in items
            .get(i)
            .map_or("", |it| it.norm())
            .split_ascii_whitespace()
        {
            if w.len() >= 3 {
                asked.insert(w);
                asked_words += 1;
            }
        }
    }
    // Words of the article text: a headline shares its vocabulary with the body.
    let lines = || {
        items
            .iter()
            .skip(r0)
            .take(region.1.saturating_sub(r0).min(60))
            .filter(|it| is_prose_text(it))
    };
    // Sized up front (a hint only, bounded; about half the words of a text
    // are new ones, and few pass the filter): growing it rehashes every word.
    let words: usize = lines().map(|it| it.shape().words).sum();
    let mut vocab = Vocab::with_capacity((words / 2).min(2 * asked_words).min(4096));
    for w in lines().flat_map(|it| it.norm().split_ascii_whitespace()) {
        if w.len() >= 3 && asked.may_hold(w) {
            vocab.insert(w);
        }
    }
    // The lines a headline may be printed again on (the same for every
    // candidate), with the length of their norm: [`same_headline`] holds
    // only for a norm as long as the candidate's or up to 39 bytes longer.
    // Lines whose norm is known to be shorter than every candidate's are
    // left out (their norms are not computed, as `same_headline` would not).
    // (A candidate with an empty norm is printed again nowhere.)
    let shortest = scored
        .iter()
        .filter_map(|&(i, ..)| items.get(i))
        .map(|it| it.norm().len())
        .filter(|&n| n > 0)
        .min();
    let from = lo.saturating_sub(20);
    let again: Vec<(usize, &Item<'_>, usize)> = items
        .iter()
        .enumerate()
        .skip(from)
        .take(shortest.map_or(0, |_| hi + 10 - from))
        .filter(|(_, o)| !norm_shorter_than(o, shortest.unwrap_or(0)))
        .map(|(k, o)| (k, o, o.norm().len()))
        .collect();
    let mut best: Option<(f32, usize)> = None;
    for (i, s, after) in scored {
        let Some(it) = items.get(i) else { continue };
        let beats = |s: f32| best.is_none_or(|(b, _)| s > b);
        // A headline shares words with its story; a label above it does not.
        // (The score's steps in their first order: the same sums.)
        let ov = overlap(it, &vocab);
        let settled = |mut s: f32| {
            s += 4.0 * ov;
            if ov == 0.0 && it.shape().words > it.shape().stops + 1 {
                s -= 1.5;
            }
            if after.guillemet {
                s -= 3.0;
            }
            if after.below_header {
                s -= 3.0;
            }
            s
        };
        // Each step adds the same number whatever the score, and rounding
        // keeps the order of two sums: a score lowered first (a line the
        // body repeats) ends no higher, nor does one not raised last (a
        // headline printed again). A candidate that cannot beat the best
        // so far even so is not the headline, and these are not asked.
        let top = settled(s);
        if !beats(top + 2.0) {
            continue;
        }
        // The headline is often printed again elsewhere on the page.
        let n = it.norm().len();
        let echoed = again.iter().any(|&(k, o, len)| {
            k != i && (n..n + 40).contains(&len) && same_headline(it, o) && o.text != it.text
        });
        let last = |s: f32| if echoed { s + 2.0 } else { s };
        if !beats(last(top)) {
            continue;
        }
        // A line the body repeats (within the next lines) is not the headline.
        let s = if echo_later(items, i) {
            last(settled(s - 4.0))
        } else {
            last(top)
        };
        if beats(s) {
            best = Some((s, i));
        }
    }
    if let Some((_, i)) = best {
        let i = unglued_variant(items, i, lo, hi);
        let i = headline_above_deck(items, i, lo);
        let i = headline_above_highlights(items, i, lo, &vocab);
        // The first printing of the chosen headline is the title; later ones are repeats.
        let first = items
            .get(i)
            .and_then(|t| (lo..i).find(|&k| items.get(k).is_some_and(|o| o.text == t.text)));
        return Some(first.unwrap_or(i));
    }
    // Fall back to the first short text line, then to nothing.
    items
        .iter()
        .take(p.max(1))
        .position(|it| is_text(it) && it.shape().words <= 30 && !it.shape().prose())
}

/// True when `i` has no byline or date under it but sits under another
/// headline-like line that has one (within eight lines above).
fn below_header_block(items: &[Item<'_>], i: usize, lo: usize) -> bool {
    let (n1, n2) = next_two(items, i);
    if n1
        .into_iter()
        .chain(n2)
        .any(|n| names_author(n) || is_meta(&n.kind))
    {
        return false;
    }
    let from = i.saturating_sub(8).max(lo);
    (from..i).any(|m| {
        items.get(m).is_some_and(|o| is_meta(&o.kind))
            && (m.saturating_sub(3).max(from)..m).any(|t| {
                items.get(t).is_some_and(|o| {
                    is_text(o)
                        && o.shape().words >= 4
                        && (o.shape().titleish(o.text)
                            || o.shape().words <= 20 && o.shape().starts_upper)
                })
            })
    })
}

/// Fewest words of a standfirst that the line above it heads.
const DECK_WORDS: usize = 14;
/// Fewest words of a headline above its standfirst (a kicker or a section
/// label is shorter).
const HEADLINE_WORDS: usize = 5;

/// The headline printed right above its standfirst: when the chosen line
/// `i` reads as a standfirst (text of [`DECK_WORDS`] words or more) and the
/// line right above it is shorter text of [`HEADLINE_WORDS`] words or more
/// that ends no sentence, introduces nothing (no colon) and is no menu
/// (capitals only) or meta row (separators), the line above is the
/// headline.
fn headline_above_deck(items: &[Item<'_>], i: usize, lo: usize) -> usize {
    if i == 0 || i - 1 < lo {
        return i;
    }
    let (Some(deck), Some(above)) = (items.get(i), items.get(i - 1)) else {
        return i;
    };
    let deck_like = is_text(deck) && deck.shape().words >= DECK_WORDS;
    let head_like = (is_text(above) || super::item::quote_headline(items, i - 1))
        && (HEADLINE_WORDS..deck.shape().words).contains(&above.shape().words)
        && !above.shape().terminal
        && !above.text.trim_end().ends_with(':')
        // Not a menu ("NEWS FEATURES BEAUTY ...") or a meta row ("Home | By ...").
        && above.text.chars().any(char::is_lowercase)
        && !above.text.contains(['|', '•', '·']);
    if deck_like && head_like { i - 1 } else { i }
}

/// The headline above its highlights: when the chosen line `i` is one of a
/// list of highlights printed without bullets ([`highlights_at`]: "She
/// plans to buy a caravan" under "Pensioner, 82, scoops £1million prize",
/// over the byline), and the line right above the list reads like a
/// headline, is longer than each highlight and shares words with the story,
/// that line is the headline (a highlight shares more words with the story
/// than the headline does).
fn headline_above_highlights(items: &[Item<'_>], i: usize, lo: usize, vocab: &Vocab<'_>) -> usize {
    let Some(first) = (i.saturating_sub(8).max(lo)..=i)
        .find(|&k| (k..=i).all(|m| items.get(m).is_some_and(is_highlight_like)))
    else {
        return i;
    };
    // The run's first line is the headline, the highlights follow it.
    let run = highlights_at(items, first + 1);
    let words = |k: usize| items.get(k).map_or(0, |o| o.shape().words);
    let shares = items.get(first).is_some_and(|o| overlap(o, vocab) > 0.0);
    let longest = (first + 1..=first + run).all(|k| words(k) < words(first));
    if run > 0 && i > first && i <= first + run && shares && longest {
        first
    } else {
        i
    }
}

/// A line near `i` (within two lines) printing the same headline without
/// words glued before or after it ("Home News Business Headline" next to
/// "Headline"): the shorter printing is the title.
fn unglued_variant(items: &[Item<'_>], i: usize, lo: usize, hi: usize) -> usize {
    let Some(it) = items.get(i) else { return i };
    let (a, b) = (i.saturating_sub(2).max(lo), (i + 2).min(hi));
    (a..=b)
        .filter(|&k| k != i)
        .find(|&k| {
            items.get(k).is_some_and(|o| {
                is_text(o)
                    && o.shape().words >= 4
                    && o.norm().len() < it.norm().len()
                    && (it.norm().ends_with(o.norm()) || it.norm().starts_with(o.norm()))
            })
        })
        .unwrap_or(i)
}
