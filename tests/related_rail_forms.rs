//! A related-stories rail under a heading no lexicon knows: a short heading
//! after the story, then headlines of other stories. Its headlines are the
//! article's related headlines by their shape alone; a row of figures, a
//! menu, a footer or a comment thread ("Like · Reply · 4h") under such a
//! heading stays page furniture.

use newsclip::{LineRole, RemovalReason, parse};

mod common;

use common::ferry::{HEAD, TEXT};

/// The ferry story with `tail` printed under it and a footer line.
fn story_with(tail: &str) -> String {
    format!("Harbour Times\nNews  Sport  Business\n{HEAD}{TEXT}{tail}© 2025 Harbour Times\n")
}

const RAIL: &str = "\
Wexa dolla
Parliament approves new budget after a long night of debate
Teachers announce a three-day strike over unpaid wages
City council votes to expand the tram network to the airport
";

#[test]
fn headlines_under_an_unknown_heading_are_related() {
    let a = parse(&story_with(RAIL));
    assert_eq!(
        a.related,
        [
            "Parliament approves new budget after a long night of debate",
            "Teachers announce a three-day strike over unpaid wages",
            "City council votes to expand the tram network to the airport",
        ]
    );
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    // Each headline is accounted for as a related line, in page order, and
    // the heading stays in the audit trail as the list's heading.
    assert_eq!(a.spans.related.len(), 3);
    assert!(a.spans.related.windows(2).all(|w| w[0].start < w[1].start));
    let related = a.lines.iter().filter(|l| l.role == LineRole::Related);
    assert_eq!(related.count(), 3);
    assert!(
        a.removed
            .iter()
            .any(|r| r.text == "Wexa dolla" && r.reason == RemovalReason::RelatedTail),
        "{:?}",
        a.removed
    );
}

#[test]
fn one_headline_under_the_heading_is_no_rail() {
    // A single line under the heading is no list.
    let one = "Wexa dolla\nParliament approves new budget after a long night of debate\n";
    assert!(parse(&story_with(one)).related.is_empty());
}

#[test]
fn rows_of_figures_menus_and_sentences_are_not_headlines() {
    // A match's brief scores under their own heading.
    let scores = "Brief scores\nJamaica Scorpions 380 (Kirk McKenzie 142, Romaine Morris 64; Shermon Lewis 4-88)\nWindward Islands 133 (Damion Powell 4-30) and 180 (Sunil Ambris 52)\n";
    assert!(parse(&story_with(scores)).related.is_empty());
    // A menu of short links.
    let menu = "Wexa dolla\nAbout us\nContact the newsroom\nPrivacy\n";
    assert!(parse(&story_with(menu)).related.is_empty());
    // Sentences (a comment, a notice) are no headlines.
    let notes = "Wexa dolla\nThe comments on this story are now closed to new posts.\nPlease read our community guidelines before you post again.\n";
    assert!(parse(&story_with(notes)).related.is_empty());
}

#[test]
fn the_rules_alone_read_the_rail_too() {
    let rules = newsclip::Parser::new(newsclip::Options::new().labeller(newsclip::Labeller::Rules));
    let a = rules.parse(&story_with(RAIL));
    assert_eq!(a.related.len(), 3, "{:?}", a.related);
}

#[test]
fn a_comment_thread_under_a_commenters_name_is_no_rail() {
    let a = parse(&story_with(
        "2 Comments\nAdd a comment...\nMaria Santos\nNot again, the fares went up only last spring!\nLike · Reply · 4h\nTony Reyes\nThe early crossings are welcome at least.\nLike · Reply · 3h\n",
    ));
    assert!(a.related.is_empty(), "{:?}", a.related);
    assert_eq!(a.body.len(), 4);
}
