//! The forms of story genres' pages: a fact check's labels ("CLAIM:",
//! "VERDICT:") open no dateline, and a footer's row under the story ("Contact
//! the newsroom | Place a notice | © NAME Ltd 2025") is no photo caption.

use newsclip::{RemovalReason, parse};

const FACT_CHECK: &str = r#"Fact check: No, Ontario is not banning gas stoves in new homes
By Marie-Claude Tremblay
Published Nov. 24, 2025

CLAIM: Ontario will ban natural gas stoves in all newly built homes starting in 2027.

A post circulating on Facebook and X since last week says the Ontario government has quietly banned gas stoves in new homes from 2027.

There is no such ban. The province has proposed changes to the energy-efficiency part of the building code, but they deal with insulation and windows.

A spokesperson for the ministry said the proposal does not mention cooking appliances at all.

Workers fit a heat pump at a new home in Barrie.
Photo: Dan Archer

Contact the newsroom | Place a notice | © Lakeshore Chronicle Ltd 2025
"#;

#[test]
fn a_fact_checks_label_is_no_dateline() {
    let a = parse(FACT_CHECK);
    assert_eq!(a.dateline, None);
    assert!(a.body[0].text.starts_with("CLAIM: Ontario will ban"));
    for label in ["VERDICT", "L'AFFERMAZIONE", "AFIRMACIÓN", "WERDYKT"] {
        let page = FACT_CHECK.replace("CLAIM", label);
        assert_eq!(parse(&page).dateline, None, "{label}");
    }
}

#[test]
fn a_footers_row_under_the_story_is_no_caption() {
    let a = parse(FACT_CHECK);
    let captions: Vec<&str> = a.captions.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        captions,
        ["Workers fit a heat pump at a new home in Barrie."]
    );
    assert!(
        a.removed
            .iter()
            .any(|r| r.reason == RemovalReason::Footer && r.text.contains("Place a notice"))
    );
}
