//! Rows of a page's furniture that other rows resemble: a row of account
//! buttons is no breadcrumb, "ALSO READ |" opens an inline related link, a
//! row of footer links and a tag line end a related rail.

use newsclip::parse;

const STORY: &str = "\
Harbour ferry fares to rise by a fifth from April
By Priya Raman
March 4, 2025
The harbour ferry operator will raise fares by 20 per cent from April 1, the regional transport board said on Tuesday, citing higher fuel and crew costs.
The board approved the increase after a two-hour meeting, with two members voting against it and calling for a cap on weekly passes.
ALSO READ | Bus operators seek fuel subsidy as diesel prices climb
Commuters who cross twice a day will pay about 180 more a month, according to figures published by the board.
The operator said it would add two early-morning crossings on weekdays from May.
";

#[test]
fn a_row_of_account_buttons_is_no_breadcrumb() {
    for row in [
        "e-Paper | Subscribe | Sign In",
        "Abbonati | Accedi",
        "Home | Log out",
    ] {
        let text = format!("{row}\nHome » Business » Transport\n{STORY}");
        let a = parse(&text);
        assert_eq!(a.section.as_deref(), Some("Transport"), "{row}");
    }
}

#[test]
fn also_read_with_a_bar_is_an_inline_related_link() {
    let a = parse(STORY);
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
            "{STORY}\nRelated Stories\nNew terminal opens at the north pier\nCouncil backs night bus trial on two routes\n{end}\n"
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
