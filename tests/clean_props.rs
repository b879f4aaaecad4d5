//! Properties of the cleaning rules: idempotence, no growth, no panics, and
//! clean text in any script left byte for byte.

use std::borrow::Cow;

use newsclip::clean::{self, Cleaner, Rule, all_rules};
use proptest::prelude::*;

const CORPUS: &str = include_str!("clean_data/corpus.txt");

/// Pieces that the rules act on, and neighbours that make them interact.
const DIRTY: &[&str] = &[
    "&amp;",
    "&",
    "amp;",
    "&lt;",
    "&#8217;",
    "&#x2019;",
    "&#",
    "x",
    ";",
    "&nbsp;",
    "&eacute;",
    "&#0;",
    "&#150;",
    "&shy;",
    "â€",
    "™",
    "œ",
    "\u{9d}",
    "Ã",
    "©",
    "Â",
    "\u{a0}",
    "Ã¼",
    "Ð",
    "Ñ",
    "€",
    "’",
    "ß",
    "“",
    "”",
    "\u{feff}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{ad}",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    "\u{fffd}",
    "\u{e000}",
    "\u{f0000}",
    "\u{301}",
    "\u{5b1}",
    "\u{94d}",
    "\u{fe0f}",
    "\u{20e3}",
    "\u{200f}",
    " ",
    "  ",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{2009}",
    "a",
    "e",
    "é",
    ",",
    "#",
    "क",
    "ب",
    "😀",
    "👩",
    "中",
    "…",
    "—",
    "–",
    "ﬁ",
    "e\u{301}",
];

fn dirty() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(DIRTY), 0..48).prop_map(|v| v.concat())
}

fn arbitrary() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..48).prop_map(|v| v.into_iter().collect())
}

/// Rules allowed to make the text longer (in UTF-8 bytes).
const MAY_GROW: &[&str] = &["nfc", "nfkc"];

fn check_rules(s: &str) -> Result<(), TestCaseError> {
    for r in all_rules() {
        let once = r.apply(s);
        let twice = r.apply(&once);
        prop_assert_eq!(
            &*twice,
            &*once,
            "rule {} not idempotent on {:?}",
            r.name(),
            s
        );
        if !MAY_GROW.contains(&r.name()) {
            prop_assert!(once.len() <= s.len(), "rule {} grew {:?}", r.name(), s);
        }
        if let Cow::Owned(o) = &once {
            prop_assert_ne!(o.as_str(), s, "rule {} owned without change", r.name());
        }
    }
    Ok(())
}

fn check_pipeline(s: &str) -> Result<(), TestCaseError> {
    let once = clean::clean(s);
    let twice = clean::clean(&once);
    prop_assert_eq!(&*twice, &*once, "pipeline not idempotent on {:?}", s);
    prop_assert!(once.len() <= s.len());
    // Every line cleaned alone is idempotent too (how the parser calls it).
    for line in s.lines() {
        let l1 = clean::clean(line);
        prop_assert_eq!(&*clean::clean(&l1), &*l1);
    }
    let e = Cleaner::default().explain(s);
    prop_assert_eq!(&*e.output, &*once);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn rules_on_dirty_text(s in dirty()) {
        check_rules(&s)?;
    }

    #[test]
    fn rules_on_arbitrary_text(s in arbitrary()) {
        check_rules(&s)?;
    }

    #[test]
    fn pipeline_on_dirty_text(s in dirty()) {
        check_pipeline(&s)?;
    }

    #[test]
    fn pipeline_on_arbitrary_text(s in arbitrary()) {
        check_pipeline(&s)?;
    }

    #[test]
    fn optional_pipeline_on_dirty_text(s in dirty()) {
        let names: Vec<&str> = all_rules().iter().map(|r| r.name()).collect();
        let c = Cleaner::from_names(&names).unwrap();
        let once = c.clean(&s);
        prop_assert_eq!(&*c.clean(&once), &*once);
    }

    #[test]
    fn clean_lines_survive_any_slice_of_the_corpus(start in 0usize..20, n in 1usize..6) {
        let text: Vec<&str> = CORPUS.lines().skip(start).take(n).collect();
        let text = text.join("\n\n");
        prop_assert!(matches!(clean::clean(&text), Cow::Borrowed(_)));
    }
}

#[test]
fn corpus_is_unchanged_by_default_pipeline() {
    let mut n = 0;
    for line in CORPUS.lines() {
        let out = clean::clean(line);
        assert!(
            matches!(out, Cow::Borrowed(_)),
            "changed: {line:?} -> {out:?}"
        );
        for r in all_rules().iter().filter(|r| r.in_default()) {
            assert!(
                matches!(r.apply(line), Cow::Borrowed(_)),
                "{} changed {line:?}",
                r.name()
            );
        }
        n += 1;
    }
    assert!(n >= 20);
    let whole = CORPUS.trim_end();
    assert!(matches!(clean::clean(whole), Cow::Borrowed(_)));
}
