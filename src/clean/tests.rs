//! Tests of the [`Cleaner`] and the default pipeline.

use super::cleaner::{is_plain_line, is_plain_punct_line};
use super::*;

#[test]
fn default_pipeline_order() {
    assert_eq!(
        Cleaner::default().rule_names(),
        [
            "decode_entities",
            "repair_mojibake",
            "normalize_line_endings",
            "remove_invisible",
            "remove_lone_marks",
            "strip_markup",
            "normalize_whitespace",
        ]
    );
    assert!(Cleaner::new().is_empty());
    assert!(Cleaner::none().is_empty());
}

#[test]
fn pipeline_cases() {
    let cases: &[(&str, &str)] = &[
        ("Plain line.", "Plain line."),
        ("", ""),
        ("  padded  ", "padded"),
        ("AT&T &amp; Q&A", "AT&T & Q&A"),
        ("It&#8217;s Itâ€™s", "It’s It’s"),
        ("\u{feff}BOM\u{a0}line", "BOM line"),
        ("a\r\n\r\n\r\nb", "a\n\nb"),
        ("Qatar, \u{5b1}, Turkiye", "Qatar, , Turkiye"),
        // later rules expose work for earlier ones: fixed in a second round
        ("&am\u{200b}p;lt;", "<"),
        ("Ã\u{200b}©", "é"),
        ("&\u{301}amp;", "&"),
        ("x&nbsp;&nbsp;y", "x y"),
        ("&#173;soft&shy;", "soft"),
    ];
    let c = Cleaner::default();
    for (input, want) in cases {
        assert_eq!(c.clean(input), *want, "input {input:?}");
        assert_eq!(clean(input), *want, "input {input:?}");
        assert_eq!(c.clean(want), *want, "idempotent on {want:?}");
    }
}

#[test]
fn borrows_clean_text() {
    for s in [
        "Plain line.",
        "Déjà vu – “quoted” text…",
        "Привет, мир",
        "中文",
        "a\n\nb",
    ] {
        assert!(matches!(clean(s), Cow::Borrowed(_)), "{s:?}");
    }
}

#[test]
fn plain_line_detection() {
    let cases: &[(&str, bool)] = &[
        ("", true),
        ("a b", true),
        ("a  b", false),
        (" a", false),
        ("a ", false),
        ("a&b", false),
        ("a\tb", false),
        ("a\nb", false),
        ("caf\u{e9}", false),
        ("~!@#$%^*()_+{}|:\"<>?", true),
        ("a\u{7f}", false),
    ];
    for (s, want) in cases {
        assert_eq!(is_plain_line(s), *want, "{s:?}");
    }
}

/// [`is_plain_line`] agrees with its definition on every line of up to six
/// bytes from a small alphabet, and on lines across its 64-byte blocks.
#[test]
fn plain_line_matches_its_definition() {
    fn plain(s: &str) -> bool {
        s.bytes()
            .all(|b| (0x20..0x7f).contains(&b) && b != b'&' && b != b'[')
            && !s.contains("  ")
            && !s.contains("**")
            && !s.starts_with(' ')
            && !s.starts_with('#')
            && !s.starts_with('*')
            && !s.starts_with('_')
            && !s.ends_with(' ')
    }
    let alpha = [
        " ", "a", "&", "\t", "~", "\u{7f}", "\u{e9}", "*", "#", "[", "_",
    ];
    let mut lines = vec![String::new()];
    for _ in 0..6 {
        lines = lines
            .iter()
            .flat_map(|l| alpha.iter().map(move |p| format!("{l}{p}")))
            .collect();
        for l in &lines {
            assert_eq!(is_plain_line(l), plain(l), "{l:?}");
        }
    }
    for n in 60usize..140 {
        for at in [0, n / 2, n.saturating_sub(1), 63, 64, 127, 128] {
            for bad in [" ", "&", "\t", "[", "*"] {
                let mut l = "x".repeat(n);
                if at < n {
                    l.replace_range(at..=at, bad);
                }
                let doubled = l.replacen(' ', "  ", 1).replacen('*', "**", 1);
                for t in [&l, &doubled] {
                    assert_eq!(is_plain_line(t), plain(t), "{t:?}");
                }
            }
        }
    }
}

#[test]
fn builder() {
    let up = named("upper", |s: &str| Cow::Owned(s.to_uppercase())).description("shout");
    let c = Cleaner::default()
        .remove("repair_mojibake")
        .replace("normalize_whitespace", up)
        .insert_before("decode_entities", rule_by_name("ascii_quotes").unwrap())
        .insert_after("missing", rule_by_name("nfc").unwrap());
    assert_eq!(
        c.rule_names(),
        [
            "ascii_quotes",
            "decode_entities",
            "normalize_line_endings",
            "remove_invisible",
            "remove_lone_marks",
            "strip_markup",
            "upper",
            "nfc",
        ]
    );
    assert!(!c.plain_fast);
    assert_eq!(c.clean("a&amp;b"), "A&B");
    let mut m = Cleaner::new();
    m.add(rule_by_name("ascii_dashes").unwrap());
    assert!(m.plain_fast);
    assert_eq!(m.clean("a\u{2014}b"), "a--b");
    assert_eq!(format!("{m:?}"), "[\"ascii_dashes\"]");
}

#[test]
fn unknown_name() {
    let err = Cleaner::from_names(["decode_entities", "bogus"]).unwrap_err();
    assert_eq!(err.name(), "bogus");
    assert!(err.to_string().contains("bogus"));
}

#[test]
fn explain_counts() {
    let e = Cleaner::default().explain("&amp;&lt; Â\u{a0}x\u{200b}\u{200b}  y\r\n");
    assert_eq!(
        e.output,
        "&< \u{a0}x y".replace('\u{a0}', "").replace("  ", " ")
    );
    assert_eq!(e.changes("decode_entities"), Some(2));
    assert_eq!(e.changes("repair_mojibake"), Some(1));
    assert_eq!(e.changes("normalize_line_endings"), Some(1));
    assert_eq!(e.changes("remove_invisible"), Some(2));
    assert_eq!(e.changes("remove_lone_marks"), Some(0));
    assert!(e.to_string().starts_with("decode_entities: 2\n"));
}

#[test]
fn custom_rule_that_always_owns_terminates() {
    let c = Cleaner::new().with(named("copy", |s: &str| Cow::Owned(s.to_owned())));
    assert_eq!(c.clean("x"), "x");
    assert_eq!(c.explain("x").rounds, 1);
}

#[test]
fn plain_lines_are_left_alone_by_every_plain_safe_rule() {
    let alphabet = [b'a', b' ', b'&', b'\t', b'~', b';', b',', b'#'];
    let mut strings = vec![String::new()];
    for len in 1..=5u32 {
        for mut k in 0..alphabet.len().pow(len) {
            let mut s = String::new();
            for _ in 0..len {
                s.push(char::from(alphabet[k % alphabet.len()]));
                k /= alphabet.len();
            }
            strings.push(s);
        }
    }
    for s in strings.iter().filter(|s| is_plain_line(s)) {
        for r in all_rules().iter().filter(|r| r.skips_plain_ascii()) {
            assert!(
                matches!(r.apply(s), Cow::Borrowed(_)),
                "{} changed {s:?}",
                r.name()
            );
        }
    }
}

/// The curly punctuation [`is_plain_punct_line`] allows.
const PUNCT: [char; 7] = [
    '\u{2013}', '\u{2014}', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{2026}',
];

/// [`is_plain_punct_line`] is [`is_plain_line`] of the line with its curly
/// punctuation read as letters, when it holds no other character beyond
/// ASCII; and every rule that says it skips such lines leaves them alone.
#[test]
fn plain_punctuation_lines_match_their_definition_and_are_left_alone() {
    let pieces = [
        " ",
        "a",
        "&",
        "\t",
        "*",
        "#",
        "_",
        "[",
        ";",
        ".",
        "-",
        "\u{e9}",
        "\u{2013}",
        "\u{2014}",
        "\u{2018}",
        "\u{2019}",
        "\u{201c}",
        "\u{201d}",
        "\u{2026}",
        "\u{2012}",
        "\u{2028}",
        "\u{200b}",
        "\u{a0}",
        "\u{301}",
        "\u{2019}\u{301}",
        "  ",
        "**",
        "\n",
        "\r",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x0C1E_A9D0_7E57_5EED);
    let rules: Vec<_> = all_rules()
        .iter()
        .filter(|r| r.skips_plain_ascii() && r.skips_plain_punctuation())
        .collect();
    let mut plain = 0;
    for n in 0..30_000 {
        let t = texts.text(n % 11);
        let letters: String = t
            .chars()
            .map(|c| if PUNCT.contains(&c) { 'x' } else { c })
            .collect();
        let want = is_plain_line(&letters) && t.chars().all(|c| c.is_ascii() || PUNCT.contains(&c));
        assert_eq!(is_plain_punct_line(&t), want, "{t:?}");
        if !want {
            continue;
        }
        plain += 1;
        for r in &rules {
            assert!(
                matches!(r.apply(&t), Cow::Borrowed(_)),
                "{} changed {t:?}",
                r.name()
            );
        }
        // The whole default pipeline, run without its fast paths.
        let slow = Cleaner::default().with(named("id", |s: &str| Cow::Borrowed(s)));
        assert_eq!(slow.clean(&t), t.as_str());
    }
    assert!(plain > 1000, "{plain}");
    assert!(Cleaner::default().punct_fast);
    for long in [
        "x\u{2019}".repeat(70),
        format!("{}\u{e9}", "x\u{2014}".repeat(40)),
    ] {
        assert_eq!(
            is_plain_punct_line(&long),
            !long.contains('\u{e9}'),
            "{long:?}"
        );
    }
}
