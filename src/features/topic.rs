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

/// FNV-1a's start and multiplier, over the lower-cased word's bytes.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// The content words of `line` (at most [`MAX_LOOKED_UP`], lower-cased and
/// hashed, distinct) into `out`; `word` is a buffer.
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
    // An ASCII word's hash on its bytes: an ASCII letter lower-cases to one.
    let ascii = |w: &str| {
        // A word longer than every function word is none (most content
        // words): not packed nor looked up.
        let key = (w.len() <= lexicon::stopword_longest())
            .then(|| table::pack_lower_ascii(w))
            .flatten();
        if key.is_some_and(|k| lexicon::is_stopword_packed(k, w.len())) {
            return None;
        }
        Some(w.bytes().fold(FNV_START, |h, b| {
            (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME)
        }))
    };
    if line.is_ascii() {
        // The same words as below: on ASCII, `u8::is_ascii_alphanumeric`
        // splits words as `char::is_alphanumeric` does.
        // (Each word is cut from the line at its byte offsets: no UTF-8 check.)
        let b = line.as_bytes();
        let mut end = 0;
        while let Some(start) = b
            .get(end..)
            .and_then(|r| r.iter().position(u8::is_ascii_alphanumeric))
            .map(|k| end + k)
        {
            let rest = b.get(start..).unwrap_or(&[]);
            end = start
                + rest
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(rest.len());
            if end - start < MIN_CHARS {
                continue;
            }
            if out.len() >= MAX_LOOKED_UP {
                break;
            }
            if let Some(h) = line.get(start..end).and_then(ascii) {
                push(h, out);
            }
        }
        return;
    }
    for w in line
        .split(|c: char| !crate::lines::text::is_alphanumeric(c))
        .filter(|w| w.chars().nth(MIN_CHARS - 1).is_some())
    {
        if out.len() >= MAX_LOOKED_UP {
            break;
        }
        if w.is_ascii() {
            if let Some(h) = ascii(w) {
                push(h, out);
            }
            continue;
        }
        word.clear();
        word.extend(w.chars().flat_map(char::to_lowercase));
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
    let mut vocab: HashMap<u64, (u8, u32), FastBuild> = HashMap::default();
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
mod tests {
    use super::*;
    use crate::features::Page;

    fn page_of(text: &str) -> Page {
        let rules = crate::Options::default().labeller(crate::Labeller::Rules);
        Page::build(text, &crate::Parser::new(rules).parse_all(text))
    }

    #[test]
    fn ascii_lines_hash_their_words_as_other_lines_do() {
        let (mut a, mut b, mut w) = (Vec::new(), Vec::new(), String::new());
        content_words(
            "The Council APPROVED the riverside-tram line",
            &mut a,
            &mut w,
        );
        // A character outside ASCII sends the line down the other path.
        content_words(
            "The Council APPROVED the riverside-tram line é",
            &mut b,
            &mut w,
        );
        assert_eq!(a.len(), 5, "council, approved, riverside, tram, line");
        assert_eq!(a, b);
        // Each word once, in the order of its first occurrence.
        content_words("Tram line: tram, TRAM; lines, line.", &mut b, &mut w);
        assert_eq!(b, [a[3], a[4], b[2]]);
        content_words("Tram line: tram, TRAM; lines, line. \u{e9}", &mut a, &mut w);
        assert_eq!(a, b);
    }

    #[test]
    fn a_headline_shares_its_words_with_the_story_and_a_prompt_does_not() {
        let text = "Subscribe to our weekly offers\n\nCouncil approved riverside tram line\n\nThe council approved the riverside tram line on Tuesday after a long debate.\n\nThe tram line will link the riverside with the station, the council said.\n";
        let page = page_of(text);
        let t = topic_shares(text, &page.lines);
        assert_eq!(t.len(), 4);
        assert_eq!(t[0], 1, "the prompt shares no word");
        assert_eq!(t[1], 5, "every word of the headline is in the text");
        // Each paragraph is read against the other one, not itself.
        assert!((2..5).contains(&t[2]), "{t:?}");
        assert!(t[3] >= 2, "{t:?}");
        assert_eq!(topic_shares("a b c\n", &page_of("a b c\n").lines), [0]);
    }
}
