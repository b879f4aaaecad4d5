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

/// Each ASCII byte's lower case when it is a letter or digit, 0 otherwise.
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static ASCII_WORD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Appends to `out` a hash of each word of `text` (its letters and digits,
/// lower-cased), computed without allocating; ASCII bytes are read as bytes.
fn push_words(text: &str, out: &mut Vec<u64>) {
    const P: u64 = 0x0100_0000_01b3;
    out.reserve(text.len() / 5);
    let mut h = 0u64;
    let mut open = false;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        let word = if let Some(&l) = ASCII_WORD.get(usize::from(b)) {
            if l != 0 {
                h = (h ^ u64::from(l)).wrapping_mul(P);
            }
            l != 0
        } else if b & 0xC0 != 0x80 {
            // The first byte of a character beyond ASCII.
            let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            // (Told without the Unicode tables for the blocks read most.)
            let alnum = crate::lines::text::is_alphanumeric(c);
            if alnum {
                for l in c.to_lowercase() {
                    h = (h ^ u64::from(l)).wrapping_mul(P);
                }
            }
            alnum
        } else {
            // A continuation byte: read with its first byte.
            continue;
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

/// Takes out of `a`'s body each paragraph of [`SHINGLE`] to [`MAX_WORDS`]
/// words whose every run of [`SHINGLE`] words stands in one other paragraph
/// that is longer (or as long and earlier), into the audit trail as a pull
/// quote. Linear in the body's words (runs compared by hash).
pub(crate) fn drop_repeated_quotes(a: &mut Article) {
    // The word hashes of all paragraphs in one vector; each paragraph's
    // block index and range of it.
    let mut all: Vec<u64> = Vec::new();
    let mut ranges: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (k, b) in a.body.iter().enumerate() {
        if b.kind == BlockKind::Paragraph {
            let from = all.len();
            push_words(&b.text, &mut all);
            ranges.push((k, from..all.len()));
        }
    }
    let paras: Vec<(usize, &[u64])> = ranges
        .into_iter()
        .map(|(k, r)| (k, all.get(r).unwrap_or(&[])))
        .collect();
    let short = |w: &[u64]| (SHINGLE..=MAX_WORDS).contains(&w.len());
    if paras.len() < 2 || !paras.iter().any(|(_, w)| short(w)) {
        return;
    }
    // Where each run of a short paragraph's words stands (only those runs
    // are looked up).
    let runs = paras
        .iter()
        .filter(|(_, w)| short(w))
        .map(|(_, w)| w.len() + 1 - SHINGLE)
        .sum();
    let mut seen: HashMap<u64, Places, FastBuild> =
        HashMap::with_capacity_and_hasher(runs, FastBuild::default());
    for (_, w) in paras.iter().filter(|(_, w)| short(w)) {
        for s in w.windows(SHINGLE) {
            seen.entry(shingle(s)).or_default();
        }
    }
    for (p, (_, w)) in paras.iter().enumerate() {
        for s in w.windows(SHINGLE) {
            if let Some(at) = seen.get_mut(&shingle(s)) {
                at.add(p as u32);
            }
        }
    }
    let mut drop = Vec::new();
    for (p, (k, w)) in paras.iter().enumerate() {
        if !short(w) {
            continue;
        }
        let mut shingles = w.windows(SHINGLE).map(shingle);
        let Some(first) = shingles.next().and_then(|s| seen.get(&s)) else {
            continue;
        };
        let holds = |q: usize| {
            q != p
                && paras
                    .get(q)
                    .is_some_and(|(_, o)| o.len() > w.len() || (o.len() == w.len() && q < p))
        };
        let mut cands: Vec<u32> = first
            .as_slice()
            .iter()
            .copied()
            .filter(|&q| holds(q as usize))
            .collect();
        for s in shingles {
            let Some(at) = seen.get(&s) else {
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
