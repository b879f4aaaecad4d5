//! Topic words: how much of a line's vocabulary the page's running text
//! shares. A headline, a caption or a standfirst names what the story is
//! about; a menu item, a prompt or another story's teaser mostly does not.
//! Found in time linear in the page's words: every line's words are hashed
//! at most twice.

use super::PageLine;
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

/// The content words of `line` (at most [`MAX_LOOKED_UP`], lower-cased and
/// hashed, distinct) into `out`.
fn content_words(line: &str, out: &mut Vec<u64>) {
    out.clear();
    let mut word = String::new();
    for w in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().nth(MIN_CHARS - 1).is_some())
    {
        if out.len() >= MAX_LOOKED_UP {
            break;
        }
        word.clear();
        word.extend(w.chars().flat_map(char::to_lowercase));
        if crate::lexicon::is_stopword(&word) {
            continue;
        }
        let h = word.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        if !out.contains(&h) {
            out.push(h);
        }
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
    let mut vocab: HashMap<u64, (u8, u32)> = HashMap::new();
    let mut words = Vec::with_capacity(MAX_LOOKED_UP);
    let prose_lines = lines.iter().enumerate().filter(|(_, l)| prose(l));
    for (i, l) in prose_lines.take(MAX_PROSE_LINES) {
        content_words(l.span.slice(text).unwrap_or(""), &mut words);
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        for &w in &words {
            let e = vocab.entry(w).or_insert((0, i));
            if e.0 == 0 || e.1 != i {
                e.0 = e.0.saturating_add(1).min(2);
                e.1 = i;
            }
        }
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            content_words(l.span.slice(text).unwrap_or(""), &mut words);
            if words.is_empty() {
                return 0;
            }
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            // A word of the line's own counts when another line prints it.
            let found = words
                .iter()
                .filter(|w| vocab.get(w).is_some_and(|&(n, at)| n >= 2 || at != i))
                .count();
            1 + (found * 4 / words.len()) as u8
        })
        .collect()
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
