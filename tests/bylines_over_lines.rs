//! Bylines a page breaks over several lines: every writer is kept, whether
//! each name has its own line ("By Jane Doe" / "By John Roe", a name per
//! line with a job title, names alone), a joining word has a line of its
//! own ("By" / "Jane Doe" / "and" / "John Roe"), or the last name comes on
//! the next line ("By Jane Doe and" / "John Roe", "and Ana Ruiz"); and a
//! list of names alone under the headline is the byline, not the standfirst.

use newsclip::parse;

const TITLE: &str = "Council approves new budget after marathon session";

const BODY: &str = "\
The city council approved a $2.1 billion budget early Tuesday after a session that ran past midnight, ending weeks of negotiation between the mayor and members.

\"This is a budget that protects services,\" said council president Maria Lopez, who brokered the final deal with the mayor's office late Monday.

Critics said the plan relies on one-time money to fill a gap that will return next year, and warned that property taxes could rise.
";

/// The page with `header` between the headline and the story.
fn page(header: &str) -> String {
    format!("{TITLE}\n\n{header}\n\n{BODY}")
}

/// The authors read from the page with `header`, checking the rest of it.
fn authors(header: &str) -> Vec<String> {
    let a = newsclip::parse(&page(header));
    assert_eq!(a.title, TITLE, "{header:?}");
    assert_eq!(a.subtitle, None, "{header:?}");
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-04"),
        "{header:?}"
    );
    assert_eq!(a.body.len(), 3, "{header:?}: {:?}", a.body);
    a.authors
}

#[test]
fn a_byline_per_writer_keeps_both_writers() {
    for header in [
        "By Jane Smithson\nBy Tom Browning\nMarch 4, 2025",
        "Jane Smithson, Staff Writer\nTom Browning, Staff Writer\nMarch 4, 2025",
        "Jane Smithson\nTom Browning\n\nMarch 4, 2025",
        "By Jane Smithson\nTom Browning\nMarch 4, 2025",
    ] {
        assert_eq!(
            authors(header),
            ["Jane Smithson", "Tom Browning"],
            "{header:?}"
        );
    }
}

#[test]
fn a_byline_broken_at_its_joining_word_keeps_the_last_name() {
    for header in [
        "By\nJane Smithson\nand\nTom Browning\nMarch 4, 2025",
        "By Jane Smithson and\nTom Browning\nMarch 4, 2025",
    ] {
        assert_eq!(
            authors(header),
            ["Jane Smithson", "Tom Browning"],
            "{header:?}"
        );
    }
    assert_eq!(
        authors("By Jane Smithson, Tom Browning\nand Ana Ruiz\nMarch 4, 2025"),
        ["Jane Smithson", "Tom Browning", "Ana Ruiz"]
    );
}

#[test]
fn a_list_of_names_alone_is_the_byline_not_the_standfirst() {
    assert_eq!(
        authors("Jane Smithson and Tom Browning\nMarch 4, 2025"),
        ["Jane Smithson", "Tom Browning"]
    );
}

#[test]
fn a_place_under_a_byline_stays_no_writer() {
    let a = parse(&page("By Jane Smithson\nLondon\nMarch 4, 2025"));
    assert_eq!(a.authors, ["Jane Smithson"]);
}
