//! Topic words: how much of a line's vocabulary the page's running text
//! shares. A headline, a caption or a standfirst names what the story is
//! about; a menu item, a prompt or another story's teaser mostly does not.
//! Found in time linear in the page's words: every line's words are hashed
//! once (those of the lines that make the vocabulary are kept for the
//! second pass).

use super::PageLine;
use crate::lexicon;
use crate::table::{self, FastBuild};
use std::collections::HashMap;

/// Least words of a line of running text, whose words make the vocabulary.
const PROSE_WORDS: u32 = 12;
/// Lines of running text read into the vocabulary (its memory stays
/// bounded on a huge page).
const MAX_PROSE_LINES: usize = 400;
/// Content words of a line that are looked up.
const MAX_LOOKED_UP: usize = 40;
/// Fewest characters of a content word (function words are left out too).
const MIN_CHARS: usize = 4;

/// Per byte: whether it is an ASCII letter or digit (one look-up).
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// FNV-1a's start and multiplier, over the lower-cased word's bytes.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// The content words of `line` (at most [`MAX_LOOKED_UP`], lower-cased and
/// hashed, distinct) into `out`; `word` is a buffer.
///
/// Words are the runs of alphanumeric characters (`line.split` at the
/// others, as `tests::content_words_by_chars` splits them). A run of ASCII
/// bytes is read a byte at a time, each byte of a word hashed as it is
/// read; a character is decoded only at a byte outside ASCII. (Each word is
/// cut from the line at its byte offsets: no UTF-8 check.)
fn content_words(line: &str, out: &mut Vec<u64>, word: &mut String) {
    out.clear();
    // Bit `h % 64` of each hash pushed: a hash whose bit is clear is new,
    // without a search of the words before it.
    let mut seen = 0u64;
    let mut push = |h: u64, out: &mut Vec<u64>| {
        let bit = 1u64 << (h & 63);
        if seen & bit == 0 || !out.contains(&h) {
            seen |= bit;
            out.push(h);
        }
    };
    // Whether the character at byte `i` (a character boundary) is
    // alphanumeric, and its byte length.
    let wide = |i: usize| {
        line.get(i..)
            .and_then(|r| r.chars().next())
            .map_or((false, 1), |c| {
                (crate::lines::text::is_alphanumeric(c), c.len_utf8())
            })
    };
    let longest = lexicon::stopword_longest().min(15);
    let b = line.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let start = i;
        if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            // An ASCII word's hash on its bytes: an ASCII letter or digit
            // lower-cases to itself with bit 5 set.
            let mut h = FNV_START;
            while let Some(&c) = b
                .get(i)
                .filter(|&&c| ASCII_ALNUM.get(usize::from(c)) == Some(&true))
            {
                h = (h ^ u64::from(c | 0x20)).wrapping_mul(FNV_PRIME);
                i += 1;
            }
            // The word goes on past a letter or digit outside ASCII.
            let ascii = match b.get(i) {
                Some(c) if !c.is_ascii() => !wide(i).0,
                _ => true,
            };
            if ascii {
                let len = i - start;
                if len < MIN_CHARS {
                    continue;
                }
                if out.len() >= MAX_LOOKED_UP {
                    break;
                }
                // A word longer than every function word is none (most
                // content words): not packed nor looked up.
                // (Nor is one the stop-word gate tells apart from every entry.)
                let stop = len <= longest
                    && b.get(start..i).is_some_and(|w| {
                        if !lexicon::may_be_stopword_ascii(w) {
                            return false;
                        }
                        let mut a = [0u8; 16];
                        for (d, s) in a.iter_mut().zip(w) {
                            *d = s | 0x20;
                        }
                        lexicon::is_stopword_packed(table::pack_bytes(a, len), len)
                    });
                if !stop {
                    push(h, out);
                }
                continue;
            }
        } else {
            match wide(i) {
                (true, _) => {}
                (false, len) => {
                    i += len;
                    continue;
                }
            }
        }
        // A word with a letter or digit outside ASCII, from `start`: its
        // characters (counted to `MIN_CHARS`).
        let mut chars = i - start;
        loop {
            match b.get(i) {
                Some(c) if c.is_ascii_alphanumeric() => i += 1,
                Some(c) if !c.is_ascii() => match wide(i) {
                    (true, len) => i += len,
                    (false, _) => break,
                },
                _ => break,
            }
            chars += 1;
        }
        if chars < MIN_CHARS {
            continue;
        }
        if out.len() >= MAX_LOOKED_UP {
            break;
        }
        word.clear();
        word.extend(
            line.get(start..i)
                .unwrap_or("")
                .chars()
                .flat_map(char::to_lowercase),
        );
        if lexicon::is_stopword(word) {
            continue;
        }
        let h = word
            .bytes()
            .fold(FNV_START, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
        push(h, out);
    }
}

/// True for a line whose words make the vocabulary.
fn prose(l: &PageLine) -> bool {
    let s = l.stats();
    s.words >= PROSE_WORDS && s.ends_sentence
}

/// Per line of `lines` (of `text`): 0 when it holds no content word, else
/// 1 to 5 as a fifth, two fifths, ... all of its content words are printed
/// in the page's running text (on a line of it other than its own).
pub(crate) fn topic_shares(text: &str, lines: &[PageLine]) -> Vec<u8> {
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
    let mut words = Vec::with_capacity(MAX_LOOKED_UP);
    let mut word = String::new();
    // The words of the lines read into the vocabulary, kept for the second
    // pass (at most 400 lines of 40 words): (line, its words in `kept`).
    let mut kept: Vec<u64> = Vec::new();
    let mut read: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    let prose_lines = lines.iter().enumerate().filter(|(_, l)| prose(l));
    for (i, l) in prose_lines.take(MAX_PROSE_LINES) {
        content_words(l.span.slice(text).unwrap_or(""), &mut words, &mut word);
        read.push((i, kept.len()..kept.len() + words.len()));
        kept.extend_from_slice(&words);
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        // (A line's words are distinct: each counts the line once.)
        for &w in &words {
            let e = vocab.entry(w).or_insert((0, i));
            e.0 = e.0.saturating_add(1).min(2);
            e.1 = i;
        }
    }
    let mut read = read.into_iter().peekable();
    let mut out = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let ws: &[u64] = match read.next_if(|(k, _)| *k == i) {
            Some((_, r)) => kept.get(r).unwrap_or(&[]),
            None => {
                content_words(l.span.slice(text).unwrap_or(""), &mut words, &mut word);
                &words
            }
        };
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

#[cfg(test)]
#[path = "topic_tests.rs"]
mod tests;
