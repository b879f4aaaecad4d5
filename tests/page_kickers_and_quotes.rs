//! Header forms around the headline: a genre kicker between the section
//! label and the headline, a headline quoting its speaker behind a speech
//! dash, a writer and a photographer each over their role, the breadcrumb
//! right over the headline, a job title with the outlet under the byline,
//! and quoted answers behind a speech dash in the body.

use newsclip::parse;

mod common;

use common::ferry::TEXT;

const TITLE: &str = "Harbour ferry fares to rise by a fifth from April";

#[test]
fn the_section_label_over_a_genre_kicker() {
    let text = format!(
        "The Harbour Times\nNews Local Business Sport Culture Opinion\nCulture\nReview\n{TITLE}\nBy Priya Raman\nMarch 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.title, TITLE);
    assert_eq!(a.section.as_deref(), Some("Culture"));
    assert!(a.body.iter().all(|b| b.text != "Review"));
}

#[test]
fn a_quote_headline_over_its_standfirst_and_a_writer_and_photographer() {
    let title = "– I wrote the book because I could not say it aloud";
    let dek = "Even Marstrand made his debut at 58 with a novel about the brother who vanished. Now it is up for a prize.";
    let text = format!(
        "The Bergen Daily\nNews Sport Culture\n{title}\n{dek}\nIngrid Solheim\nJournalist\nTor Haugen\nPhotographer\nPublished: 07.03.2025 14:22\n{TEXT}– Yes, and it took me thirty years to finish it.\n"
    );
    let a = parse(&text);
    assert_eq!(a.title, title);
    assert_eq!(a.subtitle.as_deref(), Some(dek));
    assert_eq!(a.authors, ["Ingrid Solheim"]);
    let last = a.body.last().expect("body");
    assert_eq!(
        last.text,
        "– Yes, and it took me thirty years to finish it."
    );
}

#[test]
fn the_breadcrumb_right_over_the_headline_gives_the_section() {
    let text = format!(
        "The Harbour Times\nPodcasts | Newsletters\nHome › News › Transport\n{TITLE}\nBy Priya Raman\nMarch 4, 2025\n{TEXT}"
    );
    assert_eq!(parse(&text).section.as_deref(), Some("Transport"));
}

#[test]
fn a_job_title_with_the_outlet_under_the_byline_credits_the_outlet() {
    let text =
        format!("{TITLE}\nPriya Raman\nTransport Reporter · Harbour Times\nMarch 4, 2025\n{TEXT}");
    let a = parse(&text);
    assert_eq!(a.authors, ["Priya Raman"]);
    assert_eq!(a.credits, ["Harbour Times"]);
    assert!(a.body.iter().all(|b| !b.text.contains("Reporter")));
}

/// A page whose subheading the paragraph right under it repeats inside a
/// longer sentence, and whose pull quote repeats a sentence further down.
const SUBHEADING: &str = "\
Riverside News
Home | Local | Business | Sport

New bridge over the Alder River to open in autumn

By Maria Ostrander
March 18, 2025

The regional roads agency has signed a contract for a new two-lane bridge over the Alder River, replacing the narrow crossing built in 1962.

\"A great relief for everyone who drives here every day.\"

The new bridge will be 120 metres long and is expected to carry about 4,000 vehicles a day once it opens in the autumn.

Read also: Snow clearing on the mountain pass increased after complaints

Traffic diverted to a temporary road

While the work goes on, traffic diverted to a temporary road south of the current bridge will face short delays.

\"This is a great relief for everyone who drives here every day,\" said council leader Sigrid Bjornsdottir.

Share: Facebook | X | Email
";

#[test]
fn a_subheading_the_paragraph_under_it_repeats_is_no_pull_quote() {
    let a = parse(SUBHEADING);
    let heading = a
        .body
        .iter()
        .find(|b| b.text == "Traffic diverted to a temporary road");
    assert!(
        heading.is_some_and(|b| b.kind == newsclip::BlockKind::Heading),
        "{:?}",
        a.body
    );
    // The quoted line is still a pull quote, not a paragraph.
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.starts_with("\"A great relief")),
        "{:?}",
        a.body
    );
}

#[test]
fn a_menu_entry_over_the_headline_outranks_a_row_of_two_entries_parted_by_a_bar() {
    let text = "The Lakeside Courier\nHome | Local | Business | Sport | Culture\nEnglish | Français\n\nBusiness\n\nHarbour ferry operator orders two electric boats\n\nBy Priya Raman\nMarch 4, 2025\n\nThe harbour ferry operator has ordered two electric boats to replace its oldest diesel vessels by next summer, the company said on Tuesday.\n\nThe new boats will each carry 120 passengers and charge at the main pier during the midday lull.\n\nThe company expects fuel savings of about a third once both boats are in service.\n";
    let a = parse(text);
    assert_eq!(a.section.as_deref(), Some("Business"));
    // The language row is accounted for, left out as a menu.
    assert!(
        a.removed
            .iter()
            .any(|r| r.text == "English | Français"
                && r.reason == newsclip::RemovalReason::Navigation),
        "{:?}",
        a.removed
    );
}
