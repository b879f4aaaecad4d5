//! Unit tests of [`super::LineStats`]: the counts read fast against the
//! counts read a character at a time.

use super::{LineStats, is_cjk, is_separator};

#[test]
fn ascii_lines_read_as_their_characters() {
    for line in [
        "",
        "The council voted on Monday. It won't meet again!",
        "  Home | World > Sport / Tech  ",
        "'quoted' words' end, tabs\tand\x0bbreaks. ok?\x0c(www.x.com) @me 42",
        "UPPER lower MiXeD 3rd 4th... \"Yes,\" she said.",
    ] {
        fast_counts_agree(line);
    }
}

/// The fast counts of the trimmed `line` equal those read a character at
/// a time.
fn fast_counts_agree(line: &str) {
    let t = line.trim();
    assert_eq!(
        LineStats::counted_fast(t, &mut ()),
        counted(t, t.char_indices()),
        "{line:?}"
    );
}

#[test]
fn fast_counts_agree_on_generated_lines() {
    let pieces = [
        " ",
        "  ",
        "\t",
        "\x0b",
        "\x0c",
        "\r",
        "\n",
        "\x1c",
        "\0",
        "'",
        "''",
        ".",
        "!",
        "?",
        "...",
        ",",
        ":",
        "|",
        ">",
        "/",
        "-",
        "\"",
        "(",
        ")",
        "the",
        "The",
        "THE",
        "and",
        "of",
        "a",
        "I",
        "won't",
        "mayor's",
        "3rd",
        "2025",
        "x1",
        "Council",
        "www",
        "com",
        "@",
        "internationalisation",
        "abcdefghijklmnop",
        "thereof",
        "Und",
        "der",
        "le",
        "de",
        "’",
        "’s",
        "“",
        "”",
        "—",
        "–",
        "…",
        "•",
        "·",
        "›",
        "»",
        "é",
        "École",
        "Straße",
        "Ärger",
        "für",
        "東京",
        "。",
        "，",
        "한국",
        "Привет",
        "и",
        "в",
        "\u{a0}",
        "\u{2003}",
        "½",
        "٣",
        "Ⅻ",
        "ǅ",
        "İ",
        "ﬁ",
        "😀",
        "\u{301}",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x57a7_5eed);
    for k in 0..20_000 {
        fast_counts_agree(&texts.text(k % 19));
    }
}

#[test]
fn prose_reads_as_prose() {
    let s = LineStats::of("He said the vote, which was close, would be held again. It was not.");
    assert_eq!(s.sentences, 2);
    assert!(s.stop_ratio() > 0.3);
    assert!(!s.link_like);
}

#[test]
fn menus_and_links_are_told_apart() {
    let s = LineStats::of("Home | World | Business | Sport");
    assert_eq!(s.separators, 3);
    assert_eq!(s.capitalised, 4);
    assert!(!s.ends_sentence);
    assert!(LineStats::of("Read more at www.example.org").link_like);
}

#[test]
fn cjk_counts_characters_as_words() {
    let s = LineStats::of("东京电力公司表示。");
    assert_eq!(s.cjk, 8);
    assert_eq!(s.words, 8);
    assert!(s.ends_sentence);
    assert_eq!(s.sentences, 1);
}

#[test]
fn apostrophes_stay_inside_words() {
    assert_eq!(LineStats::of("It’s the mayor's plan").words, 4);
}

/// The counts of the characters and words of `line` (trimmed), whose
/// characters and their byte offsets `chars` gives, read a character at a
/// time: what [`LineStats::counted_fast`] is checked against.
fn counted(line: &str, chars: impl Iterator<Item = (usize, char)>) -> LineStats {
    let mut s = LineStats::default();
    let mut word_start: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in chars {
        s.chars += 1;
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_digit() {
                s.digits += 1;
            } else {
                s.letters += 1;
                s.upper += u32::from(c.is_ascii_uppercase());
            }
            word_start.get_or_insert(i);
        } else if c == ' ' {
            if let Some(w) = word_start.take() {
                s.count_word(line.get(w..i).unwrap_or(""));
            }
            if matches!(prev, Some('.' | '!' | '?')) {
                s.sentences += 1;
            }
        } else if is_cjk(c) {
            if let Some(w) = word_start.take() {
                s.count_word(line.get(w..i).unwrap_or(""));
            }
            s.cjk += 1;
            s.words += 1;
            s.letters += 1;
        } else if crate::lines::text::is_alphanumeric(c) {
            if c.is_numeric() {
                s.digits += 1;
            } else {
                s.letters += 1;
                if c.is_uppercase() {
                    s.upper += 1;
                }
            }
            word_start.get_or_insert(i);
        } else {
            if (c == '\'' || c == '’') && word_start.is_some() {
                prev = Some(c);
                continue;
            }
            if let Some(w) = word_start.take() {
                s.count_word(line.get(w..i).unwrap_or(""));
            }
            if !c.is_whitespace() {
                s.punct += 1;
                if is_separator(c) {
                    s.separators += 1;
                }
            }
            if c.is_whitespace() && matches!(prev, Some('.' | '!' | '?')) {
                s.sentences += 1;
            }
            if c == '。' {
                s.sentences += 1;
            }
        }
        prev = Some(c);
    }
    if let Some(w) = word_start {
        s.count_word(line.get(w..).unwrap_or(""));
    }
    s
}

#[test]
fn link_words_are_those_of_the_substring_search() {
    let pieces = [
        "http", "htt", "www", "ww", ".", "com", "co", ".com", "www.", "a", " ", "é", "w", "m",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x5DEE_CE66_D1CE_4E5B);
    for len in 0..5000 {
        let t = texts.text(len % 10);
        let slow = ["http", "www.", ".com"].iter().any(|w| t.contains(w));
        assert_eq!(super::has_link_word(t.as_bytes()), slow, "{t:?}");
    }
}

#[test]
fn words_beyond_ascii_are_function_words_by_their_lower_case() {
    for w in [
        "für",
        "FÜR",
        "Für",
        "и",
        "И",
        "что",
        "ЧТО",
        "été",
        "ÉTÉ",
        "não",
        "NÃO",
        "και",
        "ΚΑΙ",
        "ΣΑΣ",
        "İ",
        "Straße",
        "\u{fffd}",
        "für\u{fffd}",
        "những",
        "NHỮNG",
    ] {
        let mut s = LineStats::default();
        s.count_word(w);
        let want = crate::lexicon::is_stopword(&w.to_lowercase());
        assert_eq!(s.stop_words, u32::from(want), "{w}");
    }
}
