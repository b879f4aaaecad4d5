//! A live blog's header: its headline over the byline and dates (not the
//! first entry's headline under its bare time), the summary's bulleted
//! points under the header as key points, and writers joined by the "and"
//! of a language the lexicon reads as "a".

use newsclip::grammar::byline::parse_byline;
use newsclip::{BlockKind, parse};

const HEADLINE: &str = "Heatwave: Water restrictions in force as reservoirs fall below a third";

/// A live blog: headline, writers, dates, a summary, then entries under
/// bare times, each with a share row under it.
const LIVE: &str = "Valley Courier Online\nHome > News > Northern Districts\nLIVE\n\
Heatwave: Water restrictions in force as reservoirs fall below a third\n\
Marta Lindqvist and Owen Barlow\nStarted: Tuesday 14 July 2026, 06:50 BST\n\
Last updated: Tuesday 14 July 2026, 17:05 BST\nSummary\n\
- Hosepipe ban starts at midnight across the northern districts\n\
- Reservoir levels at 31% after the driest June on record\n\
- Farmers allowed to draw river water for livestock only\n\
Live Reporting\nShow latest updates first\n\
17:05\nCouncil opens two more water stations\n\
Residents in Eastfold and Millbrook can now collect bottled water at the library car parks until 21:00.\n\
Staff say they will reopen at seven tomorrow morning if the mains are still off.\nShare this post\n\
15:40\nFire crews tackle moorland blaze\n\
Four engines were sent to a grass fire above Thornby that spread over five hectares in the afternoon heat.\n\
\"The ground is like tinder at the moment,\" the station manager said.\nShare this post\n\
13:15\nWhat the ban covers\n\
Watering gardens, washing cars and filling paddling pools with a hose are all banned until further notice.\n\
Share this post\nDry grass on the hills above Thornby on Tuesday. Photo: Valley Courier / Owen Barlow\n\
10:20\nTrains slowed on the valley line\n\
Network engineers have imposed speed limits because of the risk of rails buckling in the heat.\nShare this post\n\
06:50\nGood morning\n\
Welcome to our live coverage of the heatwave and the water restrictions across the northern districts.\n\
Share this post\nGet in touch\nSend your photos to newsdesk@valleycourier.example\n\
More on this story\nHow to save water at home this summer\nAbout Valley Courier | Terms of Use | Cookies\n";

#[test]
fn a_share_row_under_each_entry_heads_no_second_story() {
    let arts = newsclip::parse_all(LIVE);
    assert_eq!(
        arts.len(),
        1,
        "{:?}",
        arts.iter().map(|a| &a.title).collect::<Vec<_>>()
    );
    let a = &arts[0];
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.authors, ["Marta Lindqvist", "Owen Barlow"]);
    assert_eq!(a.key_points.len(), 3);
    // Every entry: its time and headline as headings, its text as paragraphs.
    let headings: Vec<&str> = a
        .body
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "17:05",
            "Council opens two more water stations",
            "15:40",
            "Fire crews tackle moorland blaze",
            "13:15",
            "What the ban covers",
            "10:20",
            "Trains slowed on the valley line",
            "06:50",
            "Good morning"
        ]
    );
    assert!(a.body.iter().all(|b| b.text != "Share this post"));
}

#[test]
fn a_run_of_menu_entries_under_the_header_is_no_summary() {
    // Two-word entries of a menu are no points.
    let text = "Harbour plan approved after long debate\nBy Ines Varga\n14 July 2026\n\
                - Top stories\n- Local news\n- Sport results\n\
                The harbour board approved the new plan on Tuesday after a debate that lasted most of the day.\n\
                Work on the northern quay is expected to begin in the autumn and to last two years.\n";
    let a = parse(text);
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
}

#[test]
fn writers_joined_by_a_are_two_writers() {
    let b = parse_byline("Gan Elen Morgan a Huw Pritchard").expect("a byline");
    assert_eq!(b.value.authors, ["Elen Morgan", "Huw Pritchard"]);
    let b = parse_byline("Text: Jana Dvořáková a Petr Malý").expect("a byline");
    assert_eq!(b.value.authors, ["Jana Dvořáková", "Petr Malý"]);
}
