//! Nothing is silently lost: every non-blank input line is accounted for
//! exactly once (a field's line or a removed segment), every span lies
//! inside the input on char boundaries, and no output text keeps a character
//! the cleaner removes. The checks are shared with the fuzz targets.

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;
mod common;

use common::fixture_dir;

fn check_dir(dir: &str) {
    let mut n = 0;
    for entry in std::fs::read_dir(fixture_dir(dir)).expect("fixture dir") {
        let p = entry.expect("entry").path();
        if p.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&p).expect("read");
        checks::check_parse_all(&text);
        n += 1;
    }
    assert!(n >= 5, "{dir}: only {n} documents");
}

#[test]
fn seeds_account_for_every_line() {
    check_dir("seeds");
}

#[test]
fn dev_set_accounts_for_every_line() {
    check_dir("tests/dev");
}

#[test]
fn odd_inputs_account_for_every_line() {
    for text in [
        "",
        "\n\n\n",
        "one line",
        "\u{feff}\r\nTitle\r\n\r\nBody text here that is long enough to count.\r\n",
        "a\u{2028}b\u{2029}c\u{85}d\re",
        "\u{5b1}\n\nHeadline of the story\n\nFirst paragraph of the story, with enough words.\n",
        "- \n*\n•\n",
        "n\no\nB)B\n='\nB)B\n===\u{b}",
        "Headline of the story\n=====================\n\nFirst paragraph of the story, with enough words.\n",
        &"   The council voted on Tuesday to close the old bridge to traffic for\n   \
          repairs that engineers say are overdue, after an inspection found deep\n   \
          cracks in two of its supports and rust along the whole of its deck.\n\n"
            .repeat(3),
    ] {
        checks::check_parse_all(text);
    }
}

#[test]
fn parse_accounts_for_the_other_stories_too() {
    let text =
        std::fs::read_to_string(fixture_dir("seeds/004_e0244ff8b52462b6.txt")).expect("seed");
    let all = newsclip::parse_all(&text);
    assert!(all.len() >= 2);
    let main = newsclip::parse(&text);
    checks::check_accounting(&text, std::slice::from_ref(&main));
    assert!(
        main.removed
            .iter()
            .any(|r| r.reason == newsclip::RemovalReason::OtherStory)
    );
}
