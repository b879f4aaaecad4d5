//! Field rules a new user hits, through the binary: pipe menus are
//! navigation, time-only dates keep their precision, a reference time
//! before the page's date keeps the date, one-line fields are capped. Each
//! case warns on stderr.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;
use cli::*;

use serde_json::Value;

const BODY: &str =
    "Schools across the region closed on Monday as a storm brought heavy snow and strong winds.\n";

fn article(args: &[&str], text: &str) -> (Value, String) {
    let mut all = vec!["extract", "--format", "jsonl"];
    all.extend_from_slice(args);
    all.push("-");
    let o = newsclip(&all, Some(text.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    (json_lines(&o)[0]["articles"][0].clone(), stderr(&o))
}

#[test]
fn pipe_menu_is_navigation_not_a_breadcrumb() {
    let text = format!("Home | World | Business | Sport\nStorm closes schools\n\n{BODY}");
    let (a, _) = article(&["--audit"], &text);
    assert_eq!(a["section"], Value::Null);
    assert_eq!(a["removed"][0]["reason"], "navigation");
    assert_eq!(a["removed"][0]["text"], "Home | World | Business | Sport");
    let text = format!("Home > World > Europe\nStorm closes schools\n\n{BODY}");
    assert_eq!(
        article(&[], &text).0["section"],
        "Europe",
        "a real breadcrumb"
    );
}

#[test]
fn time_only_date_is_kept_as_printed_with_a_warning() {
    let text = format!("Storm closes schools\n\nUpdated 14:30\n\n{BODY}");
    let (a, err) = article(&["--reference-time", "2025-03-04T18:00:00Z"], &text);
    assert_eq!(a["updated"], Value::Null, "no day is made up");
    assert_eq!(a["raw_dates"][0], "14:30");
    assert_eq!(a["warnings"][0]["kind"], "time_only_date");
    assert!(err.contains("time_only_date: 14:30"), "{err}");
}

#[test]
fn reference_time_before_the_page_date_keeps_the_date() {
    let text = format!("Storm closes schools\n\nPublished March 10, 2025\n\n{BODY}");
    let (a, err) = article(&["--reference-time", "2025-03-04T18:00:00Z"], &text);
    assert_eq!(a["published"], "2025-03-10");
    assert_eq!(a["warnings"][0]["kind"], "date_after_reference");
    assert!(err.contains("date_after_reference"), "{err}");
}

#[test]
fn one_line_fields_are_capped_with_a_warning() {
    // One 4000-character "word" on the first line: a title nothing else claims.
    let text = format!("{}\n\n{BODY}", "Head".repeat(1000));
    let (a, err) = article(&["--audit"], &text);
    assert_eq!(a["title"].as_str().unwrap().chars().count(), 2000);
    assert_eq!(a["warnings"][0]["kind"], "field_capped");
    assert!(
        err.contains("field_capped: title: 4000 characters, cut to 2000"),
        "{err}"
    );
    let line = &a["lines"][0];
    assert_eq!(line["role"], "title");
    assert_eq!(
        line["span"][1], 4000,
        "the whole line stays in the audit trail"
    );
}

#[test]
fn wrapped_lines_are_joined_unless_kept_apart() {
    let para = "   The council voted on Tuesday to close the old bridge to traffic for\n   \
                repairs that engineers say are overdue, after an inspection found deep\n   \
                cracks in two of its supports and rust along the whole of its deck.\n\n";
    // Three different paragraphs (a paragraph printed again is a pull quote).
    let paras: String = [
        ("Tuesday", "two"),
        ("Wednesday", "three"),
        ("Thursday", "four"),
    ]
    .iter()
    .map(|(d, n)| {
        para.replace("Tuesday", d)
            .replace("overdue", &format!("{n} years overdue"))
            .replace("two of", &format!("{n} of"))
    })
    .collect();
    let text = format!("Bridge to close for repairs\n\n{paras}");
    let (joined, _) = article(&[], &text);
    let (apart, _) = article(&["--keep-wrapped"], &text);
    assert_eq!(joined["body"].as_array().map(Vec::len), Some(3));
    assert!(apart["body"].as_array().map_or(0, Vec::len) > 3);
}
