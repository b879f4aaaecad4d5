//! Exact before/after cases for every step of the default pipeline, the
//! keep-cases, and the optional rules.

use newsclip::clean::{self, Cleaner, rule_by_name};

/// `(input, default pipeline output)`; one comment per group.
const PIPELINE: &[(&str, &str)] = &[
    // 1. decode_entities
    ("Tom &amp; Jerry", "Tom & Jerry"),
    ("&lt;b&gt; &quot;x&quot; &apos;y&apos;", "<b> \"x\" 'y'"),
    (
        "It&rsquo;s &ldquo;big&rdquo; &ndash; &mdash; &hellip;",
        "It’s “big” – — …",
    ),
    (
        "Caf&eacute; M&uuml;ller Stra&szlig;e Espa&ntilde;a Fran&ccedil;ais",
        "Café Müller Straße España Français",
    ),
    (
        "&copy; &reg; 5&deg; &euro;1 &trade; &bull; &middot; &laquo;a&raquo; 2&times;2",
        "© ® 5° €1 ™ • · «a» 2×2",
    ),
    ("&#8217; &#x2019; &#X201C;", "’ ’ “"),
    ("&#0; &#xD800; &#x110000;", "&#0; &#xD800; &#x110000;"),
    ("AT&T Q&A R&amp;D", "AT&T Q&A R&D"),
    ("&amp;amp; &amp;lt;", "& <"),
    ("a&nbsp;b", "a b"),
    // 2. repair_mojibake
    ("Itâ€™s", "It’s"),
    ("cafÃ©", "café"),
    ("â€œQuoteâ€\u{9d}", "“Quote”"),
    ("2010â€“2020", "2010–2020"),
    ("Ã¼ber", "über"),
    ("aÂ\u{a0}b", "a b"),
    ("Ã¢â‚¬â„¢", "’"),
    // 3. normalize_line_endings
    ("a\r\nb\rc\u{2028}d\u{2029}e\u{85}f", "a\nb\nc\nd\ne\nf"),
    // 4. remove_invisible
    ("\u{feff}Title", "Title"),
    ("zero\u{200b}width\u{2060}", "zerowidth"),
    ("soft\u{ad}ware", "software"),
    ("bell\u{7} esc\u{1b} c1\u{9c}", "bell esc c1"),
    ("bad\u{fffd}", "bad\u{fffd}"),
    ("icon\u{e900} \u{f0001}x", "icon x"),
    ("f\u{2061}(x)", "f(x)"),
    ("stray \u{200d}joiner\u{200c}", "stray joiner"),
    // 5. remove_lone_marks
    ("\u{5b1}", ""),
    ("Qatar, \u{5b1}, Turkiye", "Qatar, , Turkiye"),
    ("\u{301}start", "start"),
    ("a (\u{308}) b", "a () b"),
    // 6. strip_markup
    ("## By **Jane Doe**", "By Jane Doe"),
    (
        "Read [the report](https://x.org/r) now",
        "Read the report now",
    ),
    ("![A ship](https://x.org/s.jpg)", ""),
    ("[6]Share on Facebook", "Share on Facebook"),
    (
        "#news [sic] __init__ word[1]",
        "#news [sic] __init__ word[1]",
    ),
    // 7. normalize_whitespace
    (
        "a\u{a0}b\u{2002}c\u{202f}d\u{205f}e\u{3000}f\tg",
        "a b c d e f g",
    ),
    ("a   b", "a b"),
    ("  trimmed  ", "trimmed"),
    ("\n\n\na\n\n\n\nb\n\n", "a\n\nb"),
    ("a \n \n b", "a\n\nb"),
    // keep-cases: clean text in any script stays
    (
        "São Paulo, Ångström, naïve, Â, Ãx",
        "São Paulo, Ångström, naïve, Â, Ãx",
    ),
    ("„Spaß“ – « déjà »", "„Spaß“ – « déjà »"),
    ("cafe\u{301} nai\u{308}ve", "cafe\u{301} nai\u{308}ve"),
    ("हिन्दी समाचार", "हिन्दी समाचार"),
    ("شَمْس عربي", "شَمْس عربي"),
    ("שָׁלוֹם", "שָׁלוֹם"),
    ("می‌خواهم", "می‌خواهم"),
    ("👨‍👩‍👧 🏳️‍🌈 🇺🇦 #️⃣ 👍🏽", "👨‍👩‍👧 🏳️‍🌈 🇺🇦 #️⃣ 👍🏽"),
    ("\u{200f}עברית\u{200e}", "\u{200f}עברית\u{200e}"),
    ("ガソリン 가격 中文", "ガソリン 가격 中文"),
];

#[test]
fn default_pipeline_cases() {
    for (input, want) in PIPELINE {
        assert_eq!(clean::clean(input), *want, "input {input:?}");
        assert_eq!(clean::clean(want), *want, "not idempotent on {want:?}");
    }
}

/// `(rule, input, output)` for the optional rules.
const OPTIONAL: &[(&str, &str, &str)] = &[
    ("ascii_quotes", "“It’s ‘fine’”", "\"It's 'fine'\""),
    ("ascii_dashes", "1–2 — 3", "1-2 -- 3"),
    ("ascii_ellipsis", "Wait…", "Wait..."),
    ("nfc", "e\u{301}", "é"),
    ("nfkc", "ﬁ ２", "fi 2"),
    ("drop_empty_list_items", "a, , b", "a, b"),
    (
        "drop_empty_list_items",
        "Qatar, , Turkiye",
        "Qatar, Turkiye",
    ),
];

#[test]
fn optional_rule_cases() {
    for (name, input, want) in OPTIONAL {
        let r = rule_by_name(name).unwrap_or_else(|| panic!("no rule {name}"));
        assert_eq!(r.apply(input), *want, "{name} on {input:?}");
        assert_eq!(r.apply(want), *want, "{name} not idempotent on {want:?}");
    }
}

#[test]
fn icon_glyph_list_with_optional_rule() {
    let c = Cleaner::default().with(rule_by_name("drop_empty_list_items").unwrap());
    assert_eq!(c.clean("Qatar, \u{5b1}, Turkiye"), "Qatar, Turkiye");
}

#[test]
fn closures_are_rules() {
    use std::borrow::Cow;
    let c = Cleaner::new().with(clean::named("strip_ad", |s: &str| {
        match s.strip_prefix("ADVERTISEMENT ") {
            Some(rest) => Cow::Owned(rest.to_owned()),
            None => Cow::Borrowed(s),
        }
    }));
    assert_eq!(c.clean("ADVERTISEMENT Story"), "Story");
    assert_eq!(c.rule_names(), ["strip_ad"]);
}
