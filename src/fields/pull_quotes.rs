//! Pull quotes anywhere in the body: a short paragraph whose words all
//! stand, in order, in another paragraph of the story (the designer's
//! "> "We did not expect a garden."" set between paragraphs, a sentence
//! printed again as a one-line block) repeats the text and is no paragraph
//! of its own. The rules catch a pull quote next to its paragraph; this
//! catches one further away.

use crate::table::FastBuild;
use crate::{Article, BlockKind, RemovalReason};
use std::collections::HashMap;

/// Words in a shingle.
const SHINGLE: usize = 5;
/// The words a pull quote has: at least one shingle, at most this many.
const MAX_WORDS: usize = 45;
/// Paragraphs remembered per shingle (a shingle printed more often is
/// boilerplate, not a quotation).
const PER_SHINGLE: usize = 4;

/// Appends to `out` a hash of each word of `text` (its letters and digits,
/// lower-cased), computed without allocating; ASCII bytes are read as bytes
/// (a word's run of ASCII letters and digits in a loop of its own).
fn push_words(text: &str, out: &mut Vec<u64>) {
    const P: u64 = 0x0100_0000_01b3;
    let b = text.as_bytes();
    let mut h = 0u64;
    let mut open = false;
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        // (A letter's or digit's lower case, from a table; 0 for others.)
        let mut l = crate::table::alnum_lower(c);
        if l != 0 {
            while l != 0 {
                h = (h ^ u64::from(l)).wrapping_mul(P);
                i += 1;
                l = b.get(i).map_or(0, |&c| crate::table::alnum_lower(c));
            }
            open = true;
            continue;
        }
        let word = if c.is_ascii() {
            i += 1;
            false
        } else {
            // The first byte of a character beyond ASCII (a character is
            // read whole).
            let ch = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            i += ch.len_utf8();
            // (Told without the Unicode tables for the blocks read most.)
            let alnum = crate::lines::text::is_alphanumeric(ch);
            if alnum {
                crate::table::each_lower(ch, |l| h = (h ^ u64::from(l)).wrapping_mul(P));
            }
            alnum
        };
        if word {
            open = true;
        } else if open {
            out.push(h);
            h = 0;
            open = false;
        }
    }
    if open {
        out.push(h);
    }
}

/// The hash of a run of [`SHINGLE`] word hashes.
fn shingle(w: &[u64]) -> u64 {
    w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &x| {
        (h.rotate_left(5) ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    })
}

/// The paragraphs a shingle stands in: at most [`PER_SHINGLE`], in order,
/// each once.
#[derive(Default)]
struct Places {
    n: usize,
    at: [u32; PER_SHINGLE],
}

impl Places {
    fn as_slice(&self) -> &[u32] {
        self.at.get(..self.n).unwrap_or(&[])
    }

    /// Adds paragraph `p` (numbered in order) unless full or just added.
    fn add(&mut self, p: u32) {
        if self.n < PER_SHINGLE
            && self.as_slice().last() != Some(&p)
            && let Some(slot) = self.at.get_mut(self.n)
        {
            *slot = p;
            self.n += 1;
        }
    }
}

/// A set of shingle hashes that tells most hashes it does not hold with
/// one bit test, before the map of places is looked up.
struct Filter([u64; FILTER_WORDS]);

/// The filter's 64-bit words (16,384 bits).
const FILTER_WORDS: usize = 256;

impl Filter {
    /// The word and bit of `h` (its top bits: the low ones pick the map's slot).
    fn at(h: u64) -> (usize, u64) {
        let k = (h >> 50) as usize;
        (k / 64 % FILTER_WORDS, 1u64 << (k % 64))
    }

    fn add(&mut self, h: u64) {
        let (w, bit) = Self::at(h);
        if let Some(x) = self.0.get_mut(w) {
            *x |= bit;
        }
    }

    /// False when `h` was never added.
    fn may_hold(&self, h: u64) -> bool {
        let (w, bit) = Self::at(h);
        self.0.get(w).is_some_and(|x| x & bit != 0)
    }
}

/// Takes out of `a`'s body each paragraph of [`SHINGLE`] to [`MAX_WORDS`]
/// words whose every run of [`SHINGLE`] words stands in one other paragraph
/// that is longer (or as long and earlier), into the audit trail as a pull
/// quote. Linear in the body's words (runs compared by hash).
pub(crate) fn drop_repeated_quotes(a: &mut Article) {
    // The word hashes of all paragraphs in one vector; each paragraph's
    // block index and range of it.
    // (Sized for a word in five bytes of the paragraphs.)
    let bytes: usize = a
        .body
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.text.len())
        .sum();
    let mut all: Vec<u64> = Vec::with_capacity(bytes / 5);
    let mut ranges: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (k, b) in a.body.iter().enumerate() {
        if b.kind == BlockKind::Paragraph {
            let from = all.len();
            push_words(&b.text, &mut all);
            ranges.push((k, from..all.len()));
        }
    }
    let short = |n: usize| (SHINGLE..=MAX_WORDS).contains(&n);
    if ranges.len() < 2 || !ranges.iter().any(|(_, r)| short(r.len())) {
        return;
    }
    // Each paragraph's block index, word count and shingle hashes (one
    // per run of words; all in one vector).
    let mut shingles: Vec<u64> = Vec::with_capacity(all.len());
    let paras: Vec<(usize, usize, std::ops::Range<usize>)> = ranges
        .into_iter()
        .map(|(k, r)| {
            let from = shingles.len();
            let words = all.get(r).unwrap_or(&[]);
            shingles.extend(words.windows(SHINGLE).map(shingle));
            (k, words.len(), from..shingles.len())
        })
        .collect();
    let runs_of = |r: &std::ops::Range<usize>| shingles.get(r.clone()).unwrap_or(&[]);
    // Where each run of a short paragraph's words stands (only those runs
    // are looked up).
    let runs = paras
        .iter()
        .filter(|(_, n, _)| short(*n))
        .map(|(_, _, r)| r.len())
        .sum();
    let mut seen: HashMap<u64, Places, FastBuild> =
        HashMap::with_capacity_and_hasher(runs, FastBuild::default());
    let mut filter = Filter([0; FILTER_WORDS]);
    for (_, _, r) in paras.iter().filter(|(_, n, _)| short(*n)) {
        for &s in runs_of(r) {
            seen.entry(s).or_default();
            filter.add(s);
        }
    }
    for (p, (_, _, r)) in paras.iter().enumerate() {
        for &s in runs_of(r) {
            if filter.may_hold(s)
                && let Some(at) = seen.get_mut(&s)
            {
                at.add(p as u32);
            }
        }
    }
    let mut drop = Vec::new();
    for (p, (k, n, r)) in paras.iter().enumerate() {
        if !short(*n) {
            continue;
        }
        let mut runs = runs_of(r).iter();
        let Some(first) = runs.next().and_then(|s| seen.get(s)) else {
            continue;
        };
        let holds = |q: usize| {
            q != p
                && paras
                    .get(q)
                    .is_some_and(|(_, o, _)| o > n || (o == n && q < p))
        };
        let mut cands: Vec<u32> = first
            .as_slice()
            .iter()
            .copied()
            .filter(|&q| holds(q as usize))
            .collect();
        for s in runs {
            let Some(at) = seen.get(s) else {
                cands.clear();
                break;
            };
            cands.retain(|q| at.as_slice().contains(q));
            if cands.is_empty() {
                break;
            }
        }
        if !cands.is_empty() {
            drop.push(*k);
        }
    }
    for k in drop.into_iter().rev() {
        super::unuse_block(a, k, RemovalReason::PullQuote);
    }
}

#[cfg(test)]
mod tests {
    use crate::parse;

    #[test]
    fn word_hashes_are_the_lower_cased_words_hashed() {
        const P: u64 = 0x0100_0000_01b3;
        let slow = |text: &str| -> Vec<u64> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    w.chars()
                        .flat_map(char::to_lowercase)
                        .fold(0u64, |h, l| (h ^ u64::from(l)).wrapping_mul(P))
                })
                .collect()
        };
        let pieces = [
            "We",
            " ",
            "did",
            "NOT",
            "expect",
            "—",
            "“",
            "”",
            "’s",
            ", ",
            ".",
            "Ünïcödé",
            "ÉTÉ",
            "Straße",
            "İstanbul",
            "ΣΟΦΊΑ",
            "назад",
            "東京",
            "2025",
            "x1",
            "…",
            "\u{2070}",
            "ⁱ",
            "\u{a0}",
            "-",
            "'",
            "\n",
            "Ⅻ",
            "½",
            "٣",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9a11_0c0d);
        for k in 0..5_000 {
            let t = texts.text(k % 23);
            let mut fast = Vec::new();
            super::push_words(&t, &mut fast);
            assert_eq!(fast, slow(&t), "{t:?}");
        }
    }

    #[test]
    fn a_quote_printed_again_away_from_its_paragraph_goes() {
        let text = "Deep-sea survey finds coral garden\n\nBy Jane Doe\n\n\"We expected patches of coral. We did not expect a continuous garden that went on for kilometre after kilometre,\" said the expedition's chief scientist.\n\nThe reef was mapped over 19 days in January by a team using a remotely operated vehicle.\n\nSamples taken from dead coral suggest parts of the reef may be more than 2,000 years old.\n\n\"We did not expect a continuous garden that went on for kilometre after kilometre.\"\n\nThe institute has asked the fisheries commission to close the area to bottom trawling.";
        let a = parse(text);
        assert_eq!(a.body.len(), 4, "{:#?}", a.body);
        assert!(a.body.iter().all(|b| !b.text.starts_with("\"We did not")));
    }

    #[test]
    fn paragraphs_that_share_a_phrase_stay() {
        let text = "Council approves tram line\n\nBy Jane Doe\n\nThe council voted on Tuesday to approve the riverside tram line after a long debate.\n\nCritics said the riverside tram line would cost too much for a city of its size.\n\nThe mayor said work on the riverside tram line would begin in the spring.";
        let a = parse(text);
        assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    }
}
