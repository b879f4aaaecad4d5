//! Rows of a page's furniture that other rows resemble: a row of account
//! buttons is no breadcrumb, "ALSO READ |" opens an inline related link, a
//! row of footer links and a tag line end a related rail.

use newsclip::parse;

mod common;

use common::ferry::{HEAD, TEXT};

/// The story with an inline related link after its second paragraph.
fn story() -> String {
    let lines: Vec<&str> = TEXT.lines().collect();
    let (top, rest) = lines.split_at(2);
    format!(
        "{HEAD}{}\nALSO READ | Bus operators seek fuel subsidy as diesel prices climb\n{}\n",
        top.join("\n"),
        rest.join("\n")
    )
}

#[test]
fn a_row_of_account_buttons_is_no_breadcrumb() {
    for row in [
        "e-Paper | Subscribe | Sign In",
        "Abbonati | Accedi",
        "Home | Log out",
    ] {
        let text = format!("{row}\nHome » Business » Transport\n{}", story());
        let a = parse(&text);
        assert_eq!(a.section.as_deref(), Some("Transport"), "{row}");
    }
}

#[test]
fn also_read_with_a_bar_is_an_inline_related_link() {
    let a = parse(&story());
    assert!(
        a.related
            .iter()
            .any(|r| r == "Bus operators seek fuel subsidy as diesel prices climb"),
        "{:?}",
        a.related
    );
    assert!(a.body.iter().all(|b| !b.text.contains("ALSO READ")));
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
}

#[test]
fn a_row_of_footer_links_and_a_tag_line_end_a_related_rail() {
    for end in [
        "Impressum & Offenlegung · Datenschutz · AGB · Kontakt",
        "Audience Relations, P.O. Box 500 Station A | Terms of Use | Privacy | Accessibility",
        "ARGOMENTI: traghetti · tariffe · porto",
    ] {
        let text = format!(
            "{}\nRelated Stories\nNew terminal opens at the north pier\nCouncil backs night bus trial on two routes\n{end}\n",
            story()
        );
        let a = parse(&text);
        assert!(
            a.related.iter().all(|r| !r.contains("Privacy")
                && !r.contains("Datenschutz")
                && !r.contains("ARGOMENTI")
                && !r.contains("traghetti")),
            "{end}: {:?}",
            a.related
        );
        assert!(
            a.related
                .iter()
                .any(|r| r == "Council backs night bus trial on two routes"),
            "{end}: {:?}",
            a.related
        );
    }
}

#[test]
fn key_highlights_over_bullets_are_key_points() {
    let lines: Vec<&str> = TEXT.lines().collect();
    let text = format!(
        "{HEAD}Key Highlights\n• Fares rise 20% from April 1\n• Two new early-morning crossings from May\n{}\n",
        lines.join("\n")
    );
    let a = parse(&text);
    assert_eq!(
        a.key_points,
        [
            "Fares rise 20% from April 1",
            "Two new early-morning crossings from May"
        ]
    );
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
}
