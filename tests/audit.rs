//! The audit trail (`spans`, `lines`, `removed`): the library keeps it by
//! default and drops it with `Options::audit(false)`; `extract` prints it
//! only with `--audit` (or when `--fields` names one of its keys);
//! `explain` always reads it. The contract fields are the same either way.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;
use cli::*;

use newsclip::{Options, Parser};
use serde_json::Value;

const AUDIT_KEYS: [&str; 3] = ["spans", "lines", "removed"];

const PAGE: &str = "Home | World | Business | Sport
Storm closes schools across the region
By Jane Doe
Share this story
Schools across the region closed on Monday as a storm brought heavy snow and strong winds.
Officials said the schools would reopen on Wednesday if the roads were cleared in time.
";

fn first_article(args: &[&str]) -> Value {
    let mut all = vec!["extract", "--format", "jsonl"];
    all.extend_from_slice(args);
    all.push("-");
    let o = newsclip(&all, Some(PAGE.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    json_lines(&o)[0]["articles"][0].clone()
}

#[test]
fn library_default_keeps_the_audit_trail() {
    let a = newsclip::parse(PAGE);
    assert!(!a.lines.is_empty(), "lines");
    assert!(!a.removed.is_empty(), "removed");
    assert!(a.spans.title.is_some(), "spans");
    let json = serde_json::to_value(&a).unwrap();
    for k in AUDIT_KEYS {
        assert!(json.get(k).is_some(), "{k}");
    }
}

#[test]
fn options_audit_false_drops_it_and_keeps_the_fields() {
    let full = Parser::new(Options::new()).parse_all(PAGE);
    let lean = Parser::new(Options::new().audit(false)).parse_all(PAGE);
    assert_eq!(full.len(), lean.len());
    for (f, l) in full.iter().zip(&lean) {
        assert!(l.lines.is_empty() && l.removed.is_empty());
        assert_eq!(l.spans, newsclip::FieldSpans::default());
        let mut f = f.clone();
        f.lines.clear();
        f.removed.clear();
        f.spans = newsclip::FieldSpans::default();
        assert_eq!(&f, l, "only the audit trail differs");
    }
    let main = Parser::new(Options::new().audit(false)).parse(PAGE);
    assert!(main.removed.is_empty());
    assert_eq!(main.title, "Storm closes schools across the region");
}

#[test]
fn extract_prints_the_audit_trail_only_when_asked() {
    let plain = first_article(&[]);
    for k in AUDIT_KEYS {
        assert!(plain.get(k).is_none(), "{k} printed without --audit");
    }
    assert_eq!(plain["title"], "Storm closes schools across the region");
    assert_eq!(plain["authors"][0], "Jane Doe");

    let audited = first_article(&["--audit"]);
    for k in AUDIT_KEYS {
        assert!(audited.get(k).is_some(), "{k} missing with --audit");
    }
    assert_eq!(audited["removed"][0]["reason"], "navigation");
    let own = serde_json::to_string(&newsclip::parse_all(PAGE)[0]).unwrap();
    let want: Value = serde_json::from_str(&own).unwrap();
    assert_eq!(audited, want, "--audit prints the library's article");

    let mut trimmed = audited.clone();
    for k in AUDIT_KEYS {
        trimmed.as_object_mut().unwrap().remove(k);
    }
    assert_eq!(plain, trimmed, "the other fields do not change");
}

#[test]
fn fields_naming_an_audit_key_print_it() {
    let a = first_article(&["--fields", "title,removed"]);
    assert_eq!(a["removed"][0]["reason"], "navigation");
    assert_eq!(a.as_object().unwrap().len(), 2);
}

#[test]
fn explain_still_shows_every_line() {
    let o = newsclip(&["explain", "-"], Some(PAGE.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("-navigation"), "{out}");
    assert!(out.contains("-share_row"), "{out}");
    for line in PAGE.lines() {
        assert!(out.contains(line), "{line:?} not explained:\n{out}");
    }
}
