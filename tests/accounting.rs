//! Nothing is silently lost: every non-blank input line is accounted for
//! exactly once (a field's line or a removed segment), and every span lies
//! inside the input on char boundaries.

mod common;

use common::fixture_dir;

fn raw_lines(text: &str) -> Vec<(usize, usize)> {
    // Same terminators as the parser: \n, \r\n, \r, U+0085, U+2028, U+2029.
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end_here = match c {
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => true,
            '\r' => {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                }
                true
            }
            _ => false,
        };
        if end_here {
            out.push((start, i));
            start = it.peek().map(|&(j, _)| j).unwrap_or(text.len());
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

pub fn check_accounting(name: &str, text: &str) {
    let arts = newsclip::parse_all(text);
    let mut used: std::collections::HashMap<(usize, usize), usize> = Default::default();
    for a in &arts {
        for l in &a.lines {
            *used.entry((l.span.start, l.span.end)).or_default() += 1;
        }
        for r in &a.removed {
            *used.entry((r.span.start, r.span.end)).or_default() += 1;
        }
        for s in a
            .lines
            .iter()
            .map(|l| l.span)
            .chain(a.removed.iter().map(|r| r.span))
            .chain(a.body.iter().map(|b| b.span))
        {
            assert!(
                s.slice(text).is_some(),
                "{name}: span {s:?} not inside the input on char boundaries"
            );
        }
    }
    for (s, e) in raw_lines(text) {
        let line = &text[s..e];
        if line.trim().is_empty() {
            continue;
        }
        let n = used.get(&(s, e)).copied().unwrap_or(0);
        assert_eq!(
            n, 1,
            "{name}: line {line:?} at {s}..{e} accounted for {n} times"
        );
    }
}

#[test]
fn seeds_account_for_every_line() {
    for entry in std::fs::read_dir(fixture_dir("seeds")).expect("seeds") {
        let p = entry.expect("entry").path();
        let text = std::fs::read_to_string(&p).expect("read");
        check_accounting(&p.display().to_string(), &text);
    }
}

#[test]
fn dev_set_accounts_for_every_line() {
    for entry in std::fs::read_dir(fixture_dir("tests/dev")).expect("dev") {
        let p = entry.expect("entry").path();
        if p.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let text = std::fs::read_to_string(&p).expect("read");
        check_accounting(&p.display().to_string(), &text);
    }
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
    ] {
        check_accounting(&format!("{text:?}"), text);
    }
}
