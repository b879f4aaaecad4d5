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
