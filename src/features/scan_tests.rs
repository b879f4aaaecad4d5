//! Unit tests of [`super::scan`]: its content words, repeats' hash and
//! word hashes against their definitions, a character at a time.

use super::*;

/// The content words [`scan`] reads of `line`.
fn topic(line: &str) -> Vec<u64> {
    let mut out = LineWords::default();
    scan(line, &mut out);
    out.topic
}

/// The repeats' hash a character at a time: FNV-1a over the code points of
/// the lower case of each letter and digit of `line`.
fn norm_hash_chars(line: &str) -> u64 {
    let mut h = FNV_START;
    let mut eat = |l: char| h = (h ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
    for c in line.chars() {
        if c.is_alphanumeric() {
            c.to_lowercase().for_each(&mut eat);
        }
    }
    h
}

#[test]
fn lines_differing_in_case_spacing_and_punctuation_share_a_hash() {
    let mut a = LineWords::default();
    scan("Storm closes SCHOOLS!", &mut a);
    let n = a.norm;
    scan("  storm, closes schools ", &mut a);
    assert_eq!(a.norm, n);
    scan("Storm closes schools 2", &mut a);
    assert_ne!(a.norm, n);
}

#[test]
fn ascii_lines_hash_their_words_as_other_lines_do() {
    let a = topic("The Council APPROVED the riverside-tram line");
    // A character outside ASCII opens a wide word.
    let b = topic("The Council APPROVED the riverside-tram line é");
    assert_eq!(a.len(), 5, "council, approved, riverside, tram, line");
    assert_eq!(a, b);
    // Each word once, in the order of its first occurrence.
    let b = topic("Tram line: tram, TRAM; lines, line.");
    assert_eq!(b, [a[3], a[4], b[2]]);
    assert_eq!(topic("Tram line: tram, TRAM; lines, line. \u{e9}"), b);
}

/// The content words of `line` split a character at a time (at every
/// character not alphanumeric), as they were read before the byte-at-a-time
/// scan: what [`scan`] must give.
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
fn the_scan_agrees_with_the_words_split_by_characters() {
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
    let (mut out, mut echo) = (LineWords::default(), Vec::new());
    for k in 0..20_000 {
        // Up to 120 pieces: past 40 content words and 60 words on the
        // longest.
        let line = texts.text(k % 120);
        scan(&line, &mut out);
        assert_eq!(out.topic, content_words_by_chars(&line), "{line:?}");
        assert_eq!(out.norm, norm_hash_chars(&line), "{line:?}");
        super::super::echo::word_hashes(&line, &mut echo);
        assert_eq!(out.echo, echo, "{line:?}");
    }
}

#[test]
fn the_statistics_pass_reads_the_words_as_the_scan_does() {
    let pieces = [
        " ", "  ", "\t", ".", "'", "’", "-", "|", "the", "The", "said", "tram", "COUNCIL", "3rd",
        "won't", "über", "Straße", "İ", "ǅ", "東京", "・", "。", "한국", "что", "Что", "😀",
        "\u{a0}", "\u{301}", "½", "x1",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
    let (mut a, mut b) = (LineWords::default(), LineWords::default());
    for k in 0..20_000 {
        let line = texts.text(k % 90);
        let stats = super::super::LineStats::scanned(&line, &mut a);
        assert_eq!(stats, super::super::LineStats::of(&line), "{line:?}");
        scan(&line, &mut b);
        assert_eq!(
            (a.norm, &a.echo, &a.topic),
            (b.norm, &b.echo, &b.topic),
            "{line:?}"
        );
    }
}
