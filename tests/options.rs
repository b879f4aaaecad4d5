//! Options change what `parse` does in the documented ways.

use newsclip::{Options, Parser, Preference, RemovalReason};

const PAGE: &str = "Storm closes schools across the region
By Jane Doe
Top ten winter walks
Sign in to save stories
Schools across the region closed on Monday as a storm brought heavy snow and strong winds to the valley.
Officials said the schools would reopen on Wednesday if the roads were cleared in time for the buses.
Parents were asked to check the district website for updates before leaving home on Tuesday morning.
";

fn parse(pref: Preference) -> newsclip::Article {
    Parser::new(Options::default().preference(pref)).parse(PAGE)
}

#[test]
fn balanced_keeps_page_text_before_the_article_text_out_of_the_body() {
    let a = parse(Preference::Balanced);
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(
        a.removed
            .iter()
            .any(|r| r.text == "Top ten winter walks" && r.reason == RemovalReason::BeforeStory)
    );
}

#[test]
fn recall_keeps_doubtful_lines() {
    let a = parse(Preference::Recall);
    assert!(
        a.body.iter().any(|b| b.text == "Top ten winter walks"),
        "{:#?}",
        a.body
    );
    assert!(a.body.len() > 3);
}

#[test]
fn reference_time_resolves_relative_dates() {
    let text = "Headline of the story today\nUpdated 2 hours ago\n\nThe council voted on Monday to approve the new library, ending two years of debate.\n";
    assert_eq!(newsclip::parse(text).updated, None);
    let t = chrono::DateTime::parse_from_rfc3339("2025-03-04T12:00:00+00:00").expect("time");
    let a = Parser::new(Options::default().reference_time(t)).parse(text);
    assert_eq!(
        a.updated.map(|d| d.date().to_string()).as_deref(),
        Some("2025-03-04")
    );
}
