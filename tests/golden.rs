//! Golden tests: each seed document parses to its gold article(s), field by
//! field (conventions of the evaluation: see tests/common).

mod common;

use common::*;

fn check_seed(stem: &str) {
    let text =
        std::fs::read_to_string(fixture_dir("seeds").join(format!("{stem}.txt"))).expect("seed");
    let gold = gold(&fixture_dir("tests/golden"), stem);
    let pred: Vec<serde_json::Value> = newsclip::parse_all(&text)
        .iter()
        .map(|a| serde_json::to_value(a).expect("serialise"))
        .collect();
    let diff = diff_doc(&pred, &gold);
    assert!(
        diff.is_empty(),
        "{stem} differs from its gold:\n  {}",
        diff.join("\n  ")
    );
}

#[test]
fn seed_000_caption_subtitle_heading() {
    check_seed("000_9a97938ed1608d84");
}

#[test]
fn seed_001_date_header_and_desk_byline() {
    check_seed("001_8a7d62c0b10b160c");
}

#[test]
fn seed_002_author_box_and_related_tail() {
    check_seed("002_e52ac8215c60bad7");
}

#[test]
fn seed_003_share_row_prev_next_comment_form() {
    check_seed("003_0b7696fe5ec64155");
}

#[test]
fn seed_004_two_stories_key_points_datelines() {
    check_seed("004_e0244ff8b52462b6");
}
