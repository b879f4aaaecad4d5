//! Header and rail forms printed without the usual labels: the story's
//! section printed again from the site's menu row, a short label over
//! bulleted key points, a writer's name with a bar and a job title or
//! after a lower-case "de", a photographer named under the writer, names
//! alone under a standfirst, a caption's credit after a middle dot, and a
//! row of links between dots under a related rail, and a row of share
//! icons under the headline.

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
fn a_menu_entry_the_rules_read_as_a_label_over_the_headline_is_the_section() {
    let text = format!(
        "The Harbour Ledger\nePaper | Subscribe | Advertise\nHome   News   Business   Opinion   Sports   Life\nOpinion\nLet the night ferry run again: what the harbour line tells us\nBy Priya Raman\nMarch 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.section.as_deref(), Some("Opinion"));
    let at = text.find("\nOpinion\n").unwrap() + 1;
    assert_eq!(a.spans.section.map(|s| s.start), Some(at));
    assert!(a.removed.iter().all(|r| r.span.start != at));
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

#[test]
fn a_photographer_named_under_the_writer_is_no_author() {
    let text =
        format!("{TITLE}\nPriya Raman\nJournalist\nTom Haugen\nFotograf\nMarch 4, 2025\n{TEXT}");
    let a = parse(&text);
    assert_eq!(a.authors, ["Priya Raman"]);
    assert!(a.body.iter().all(|b| !b.text.contains("Haugen")));
}

#[test]
fn a_name_after_a_middle_dot_closes_a_caption_as_its_credit() {
    let text = format!(
        "{TITLE}\nBy Priya Raman\nMarch 4, 2025\nCommuters board the morning ferry at the north pier. · Ana Lima\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].credit.as_deref(), Some("Ana Lima"));
    assert_eq!(
        a.captions[0].text,
        "Commuters board the morning ferry at the north pier."
    );
    assert_eq!(a.body.len(), 4);
}

#[test]
fn names_alone_under_a_standfirst_are_the_byline_not_the_headline() {
    let text = format!(
        "{TITLE}\nFollow the latest as the board weighs the fare rise and the cap on passes\nPriya Raman and Tom Haugen\nMarch 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.title, TITLE);
    assert_eq!(
        a.subtitle.as_deref(),
        Some("Follow the latest as the board weighs the fare rise and the cap on passes")
    );
    assert_eq!(a.authors, ["Priya Raman", "Tom Haugen"]);
    assert_eq!(a.body.len(), 4);
}

#[test]
fn a_photo_under_unbulleted_key_points_ends_them() {
    let text = format!(
        "{TITLE}\nBy Priya Raman\nMarch 4, 2025\nWhat you need to know:\nFares rise 20 per cent on April 1.\nTwo members of the board voted against the rise.\nTwo early crossings will be added in May.\nThe ferry Harbour Queen leaves the north pier on Tuesday morning.\nPhoto credit: Sam Lee | The Harbour Times\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.key_points.len(), 3, "{:?}", a.key_points);
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
}

#[test]
fn a_row_of_share_icons_under_the_headline_is_no_standfirst() {
    let text =
        format!("The Harbour Times\n{TITLE}\nf X in ✉\nBy Priya Raman\nMarch 4, 2025\n{TEXT}");
    let a = parse(&text);
    assert_eq!(a.subtitle, None);
    assert_eq!(a.spans.subtitle, None);
    let row = a.removed.iter().find(|r| r.text == "f X in ✉").unwrap();
    assert_eq!(row.reason, newsclip::RemovalReason::ShareRow);
    assert_eq!(a.body.len(), 4);
}
