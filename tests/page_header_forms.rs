//! Header and rail forms printed without the usual labels: the story's
//! section printed again from the site's menu row, a short label over
//! bulleted key points, a writer's name with a bar and a job title or
//! after a lower-case "de", and a row of links between dots under a
//! related rail.

use newsclip::parse;

mod common;

use common::ferry::TEXT;

const TITLE: &str = "Harbour ferry fares to rise by a fifth from April";

#[test]
fn a_menu_entry_printed_again_over_the_headline_is_the_section() {
    let text = format!(
        "The Harbour Times\nNews Local Business Sport Culture Opinion\nSubscribe Log in\nBusiness\n{TITLE}\nBy Priya Raman\nMarch 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.title, TITLE);
    assert_eq!(a.section.as_deref(), Some("Business"));
    // A word above the headline that the menu does not print is no section.
    let text = text.replace("\nBusiness\n", "\nAdvertisement\n");
    assert_eq!(parse(&text).section, None);
}

#[test]
fn a_short_label_over_bullets_in_the_header_heads_the_key_points() {
    let text = format!(
        "{TITLE}\nBy Priya Raman\nMarch 4, 2025\nFare changes\n• Fares rise 20 per cent on April 1\n• Two members voted against\n• Two early crossings added in May\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.key_points.len(), 3, "{:?}", a.key_points);
    assert_eq!(a.key_points[0], "Fares rise 20 per cent on April 1");
    assert!(a.body.iter().all(|b| !b.text.contains("•")), "{:?}", a.body);
    assert_eq!(a.body.len(), 4);
}

#[test]
fn a_name_with_a_bar_and_a_job_title_or_after_de_is_the_byline() {
    for (byline, name) in [
        ("Diego Arreola | Enviado", "Diego Arreola"),
        ("Priya Raman · Transport Reporter", "Priya Raman"),
        ("de Andreea Mihăilescu", "Andreea Mihăilescu"),
    ] {
        let text = format!("{TITLE}\n{byline}\nMarch 4, 2025\n{TEXT}");
        let a = parse(&text);
        assert_eq!(a.authors, [name], "{byline}");
        assert!(a.body.iter().all(|b| !b.text.contains(name)), "{byline}");
    }
}

#[test]
fn a_row_of_links_between_dots_is_no_related_headline() {
    let text = format!(
        "{TITLE}\nBy Priya Raman\nMarch 4, 2025\n{TEXT}Most read\nNew terminal opens at the north pier\nCouncil backs night bus trial on two routes\nThe Harbour Times · Our team · Masthead · Archive · Letters\n"
    );
    let a = parse(&text);
    assert_eq!(
        a.related,
        [
            "New terminal opens at the north pier",
            "Council backs night bus trial on two routes"
        ]
    );
}
