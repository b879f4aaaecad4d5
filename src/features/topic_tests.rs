//! Unit tests of [`super::topic_shares`] and of the content words read a
//! byte at a time against the words split a character at a time.

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

/// The content words of `line` split a character at a time (at every
/// character not alphanumeric), as they were read before the byte-at-a-time
/// scan: what `content_words` must give.
fn content_words_by_chars(line: &str) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for w in line
        .split(|c: char| !crate::lines::text::is_alphanumeric(c))
        .filter(|w| w.chars().nth(MIN_CHARS - 1).is_some())
    {
        if out.len() >= MAX_LOOKED_UP {
            break;
        }
        let word: String = w.chars().flat_map(char::to_lowercase).collect();
        if lexicon::is_stopword(&word) {
            continue;
        }
        let h = word
            .bytes()
            .fold(FNV_START, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
        if !out.contains(&h) {
            out.push(h);
        }
    }
    out
}

#[test]
fn content_words_agree_with_the_words_split_by_characters() {
    let pieces = [
        " ",
        "  ",
        "\t",
        ".",
        ",",
        "'",
        "-",
        "\"",
        "(",
        "|",
        "/",
        "_",
        "@",
        "~",
        "\x7f",
        "the",
        "The",
        "THE",
        "and",
        "with",
        "their",
        "said",
        "Said",
        "a",
        "I",
        "of",
        "tram",
        "Tram",
        "line",
        "council",
        "COUNCIL",
        "riverside",
        "3rd",
        "2025",
        "x1",
        "Z9",
        "won't",
        "internationalisation",
        "abcdefghijklmnop",
        "und",
        "der",
        "über",
        "für",
        "Für",
        "é",
        "É",
        "École",
        "Straße",
        "STRASSE",
        "İ",
        "ǅ",
        "ﬁ",
        "’",
        "’s",
        "“",
        "”",
        "—",
        "…",
        "•",
        "«",
        "»",
        "\u{a0}",
        "\u{2003}",
        "\u{301}",
        "½",
        "٣",
        "Ⅻ",
        "东京",
        "。",
        "한국",
        "что",
        "это",
        "Что",
        "від",
        "Привет",
        "и",
        "😀",
        "\u{200b}",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x70_91c5);
    let (mut out, mut word) = (Vec::new(), String::new());
    for k in 0..20_000 {
        // Up to 120 pieces: past 40 content words on the longest.
        let line = texts.text(k % 120);
        content_words(&line, &mut out, &mut word);
        assert_eq!(out, content_words_by_chars(&line), "{line:?}");
    }
}
