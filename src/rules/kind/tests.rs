//! Tests of the fast paths of line typing against their definitions.

#[test]
fn stop_keys_read_from_bytes_are_the_lower_cased_letters() {
    let pieces = [
        "a", "T", "he", "THE", "7", "'", "’", "‘", "“", "”", "–", "—", "…", ".", "-", "é", "É",
        "ß", "İ", "中", "\u{A0}",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
    let mut fast = 0;
    for len in 0..5000 {
        let w = texts.text(len % 7);
        let slow: String = w
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if let Some((key, n)) = super::shape::stop_key_ascii(&w) {
            fast += 1;
            assert_eq!(key.get(..n), Some(slow.as_bytes()), "{w:?}");
        } else {
            assert!(w.bytes().any(|b| b >= 0x80) || w.len() > 16, "{w:?}");
        }
    }
    assert!(fast > 1000, "{fast}");
}

#[test]
fn label_prefixes_hold_a_colon_or_a_bar() {
    use crate::lexicon::{RELATED_PREFIXES, SECTION_PREFIXES, TAG_PREFIXES};
    for p in TAG_PREFIXES
        .iter()
        .chain(SECTION_PREFIXES)
        .chain(RELATED_PREFIXES)
    {
        assert!(p.contains([':', '：', '>', '|']) && p.len() <= 48, "{p:?}");
    }
}

#[test]
fn marks_in_one_pass_match_the_searches() {
    let pieces = [
        " ", "a", "7", "|", "·", "•", ",", "@", "/", "—", "–", "-", " - ", "(", ":", "©", "…", "[",
        ".", "..", "...", "é", "\u{B7}", "\u{2022}", "\u{2026}", "\u{A9}", "€", "中",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
    for len in 0..6000 {
        let s = texts.text(len % 12);
        let want = super::hints::Marks {
            digit: s.bytes().any(|b| b.is_ascii_digit()),
            separator: s.contains(['|', '·', '•', ',', '@', '/', '—', '–']) || s.contains(" - "),
            caption: s.contains(['(', ':', '©', '/', '…', '[']) || s.contains("..."),
        };
        assert_eq!(super::hints::Marks::of(&s), want, "{s:?}");
    }
}

#[test]
fn ascii_counts_match_the_word_by_word_counts() {
    let pieces = [
        " ",
        "  ",
        "\t",
        "\n",
        "\x0B",
        "\x0C",
        "\r",
        "the",
        "The",
        "THE",
        "and",
        "of",
        "a",
        "x",
        "7",
        "2024",
        ".",
        "!",
        "?",
        ",",
        "'",
        "\"",
        "-",
        "(",
        ")",
        "\x1F",
        "\0",
        "in",
        "to",
        "der",
        "die",
        "le",
        "la",
        "el",
        "said",
        "abcdefghijkl",
        "Abcdefghijklm",
        "wasn't",
        "it's",
        "U.S.",
        "e-mail",
    ];
    counts_agree(&pieces, 0x9E37_79B9_7F4A_7C15, 5000, super::counts::counts);
}

/// Asserts that `fast` counts as the word-by-word definition on `n` texts
/// of up to 90 of `pieces`, generated from `seed`.
fn counts_agree(
    pieces: &[&str],
    seed: u64,
    n: usize,
    fast: impl Fn(&str) -> (usize, usize, usize),
) {
    let mut texts = crate::testgen::Texts::new(pieces, seed);
    for len in 0..n {
        let s = texts.text(len % 90);
        assert_eq!(fast(&s), super::Shape::counts(&s), "{s:?}");
    }
}

#[test]
fn one_pass_counts_match_the_word_by_word_counts() {
    let pieces = [
        " ",
        "\t",
        "\u{A0}",
        "\u{2003}",
        "\u{3000}",
        "\u{85}",
        "\u{200B}",
        "the",
        "The",
        "der",
        "Die",
        "für",
        "Für",
        "là",
        "и",
        "в",
        "не",
        "a",
        "x",
        "7",
        ".",
        "!",
        "?",
        "’",
        "‘",
        "“",
        "”",
        "–",
        "—",
        "…",
        "é",
        "É",
        "ß",
        "中",
        "日本語",
        "。",
        "！",
        "？",
        "ひらがな",
        "カナ",
        "abcdefghijkl",
        "wasn’t",
        "U.S.",
        "«",
        "»",
        "\u{300}",
    ];
    counts_agree(&pieces, 0x2545_F491_4F6C_DD1D, 6000, super::counts::counts);
}

#[test]
fn words_like_split_whitespace() {
    for t in [
        "",
        " ",
        "a",
        " a  b\tc\u{B}d\u{C}e\r\nf ",
        "x\u{A0}y\u{2003}z\u{3000}w\u{85}v",
        "é ü\u{2028}中文 ",
        "\u{200B}zero width is no space",
    ] {
        let want: Vec<&str> = t.split_whitespace().collect();
        assert_eq!(super::shape::words_of(t).collect::<Vec<_>>(), want, "{t:?}");
    }
}

/// A shape counts at least the words `split_whitespace` cuts (more for
/// Chinese or Japanese text), as `loose_byline` relies on.
#[test]
fn shape_words_are_at_least_the_split_words() {
    for t in [
        "",
        "Jane Doe, Senior Writer",
        " a  b\tc\u{B}d\u{C}e\r\nf ",
        "x\u{A0}y\u{2003}z\u{3000}w\u{85}v",
        "記者 山田太郎 東京支局 日本語の文章です。",
        "中文 日本語 ひらがな カナ 中中中中中中 a b c d e f g h i j",
    ] {
        let split = t.split_whitespace().count();
        let words = super::Shape::of(t).words;
        assert!(words >= split, "{t:?}: {words} < {split}");
        if t.is_ascii() {
            assert_eq!(words, split, "{t:?}");
        }
    }
}

#[test]
fn a_sites_copyright_line_is_no_photo_credit() {
    use super::{Kind, Shape, classify};
    let dopts = crate::grammar::date::DateOptions::default();
    let kind = |t: &str| classify(t, &Shape::of(t), &dopts, &mut Default::default());
    for t in [
        "© 2025 City Paper. All rights reserved.",
        "© 2012 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.",
        "© 2025 Zeitungsverlag GmbH. Alle Rechte vorbehalten.",
        "City Paper © 2025 | 12 Main Street, Springfield | Advertise | Contact",
        "© 2025 City Paper",
    ] {
        assert!(
            !matches!(kind(t), Kind::Credit(_) | Kind::Caption(_)),
            "{t}: {:?}",
            kind(t)
        );
    }
    for t in ["© AFP 2025", "Photo: REUTERS/Hannah Whitley"] {
        assert!(matches!(kind(t), Kind::Credit(_)), "{t}: {:?}", kind(t));
    }
}

#[test]
fn crumb_separators_are_those_of_the_char_search() {
    let pieces = [
        "a", ">", "›", "»", "/", "|", "→", "«", "‹", "é", "—", "·", "\u{C2}", " ", "’", "…", "“",
        "\u{BA}", "\u{2191}", "\u{203B}", "\u{2093}", "＞", "＜", "（",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
    for len in 0..3000 {
        let t = texts.text(len % 6);
        let slow = t.contains(['>', '›', '»', '/', '|', '→', '＞']);
        assert_eq!(super::classify::has_crumb_separator(&t), slow, "{t:?}");
    }
}

#[test]
fn a_byline_under_each_colon_label_is_typed_a_byline() {
    use super::{Kind, Shape, classify};
    let dopts = crate::grammar::date::DateOptions::default();
    let kind = |t: &str| classify(t, &Shape::of(t), &dopts, &mut Default::default());
    // The labels of the byline grammar's colon markers: the hints must let
    // their lines reach the grammar.
    for label in [
        "Text",
        "Texte",
        "Texto",
        "Testo",
        "Tekst",
        "Текст",
        "Author",
        "Autor",
        "Redaktion",
        "Words",
        "Haber",
        "Muhabir",
        "Yazar",
    ] {
        let t = format!("{label}: Elif Yıldırım");
        assert!(
            matches!(&kind(&t), Kind::Byline(bd) if bd.by.authors == ["Elif Yıldırım"]),
            "{t}: {:?}",
            kind(&t)
        );
    }
}

#[test]
fn every_marker_opens_a_byline_hint() {
    for m in ["by", "escribe", "oleh", "na", "автори", "מאת"] {
        let line = format!("{m} Jane Doe");
        let hints = super::hints::Hints::of(&line, &line.to_lowercase());
        assert!(hints.byline_start, "{line}");
    }
    for m in [
        "text",
        "reporter",
        "penulis",
        "mwandishi",
        "ผู้เขียน",
        "خبرنگار",
    ] {
        let line = format!("{m}: Jane Doe");
        let hints = super::hints::Hints::of(&line, &line.to_lowercase());
        assert!(hints.byline_start, "{line}");
    }
    let hints = super::hints::Hints::of("Nairobi yesterday", "nairobi yesterday");
    assert!(!hints.byline_start);
}
