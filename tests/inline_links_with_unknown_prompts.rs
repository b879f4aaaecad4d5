//! An inline link to another story under a prompt no lexicon holds ("Soma
//! nanone: HEADLINE") among the story's paragraphs: its headline is a
//! related headline, not body text. A block of facts ("Wann: ... / Wo:
//! ...") and a quoted sentence stay in the body.

use newsclip::{LineRole, parse};

mod common;

use common::ferry::{HEAD, TEXT};

/// The ferry story with `line` between its second and third paragraphs,
/// blank lines between its blocks.
fn story_with(line: &str) -> String {
    let mut paras: Vec<&str> = TEXT.lines().collect();
    paras.insert(2, line);
    format!(
        "Harbour Times\n\nNews  Sport  Business\n\n{HEAD}\n{}\n\n© 2025 Harbour Times\n",
        paras.join("\n\n")
    )
}

#[test]
fn a_link_under_an_unknown_prompt_is_related() {
    for (line, headline) in [
        (
            "Soma nanone: Icyayi cy'u Rwanda cyoherejwe mu mahanga cyinjije miliyoni 120",
            "Icyayi cy'u Rwanda cyoherejwe mu mahanga cyinjije miliyoni 120",
        ),
        (
            "Les eisini: Smyril aftur í sigling eftir motorbrek",
            "Smyril aftur í sigling eftir motorbrek",
        ),
        (
            "इहो पढ़ू : दरभंगा एयरपोर्ट सँ तीन नव उड़ान शुरू",
            "दरभंगा एयरपोर्ट सँ तीन नव उड़ान शुरू",
        ),
    ] {
        let a = parse(&story_with(line));
        assert_eq!(a.related, [headline], "{line}");
        assert_eq!(a.body.len(), 4, "{line}: {:?}", a.body);
        assert!(a.body.iter().all(|b| !b.text.contains(headline)));
        // The line is accounted for as a related headline.
        assert_eq!(
            a.lines
                .iter()
                .filter(|l| l.role == LineRole::Related)
                .count(),
            1
        );
        assert_eq!(a.spans.related.len(), 1);
    }
}

#[test]
fn facts_sentences_and_names_stay_in_the_body() {
    for line in [
        "The chairwoman told reporters: We will not back down on this.",
        "Additional reporting: Jane Smithson and Tom Browning",
        "Photo: The harbour at dawn with the new ferry",
    ] {
        let a = parse(&story_with(line));
        assert!(a.related.is_empty(), "{line}: {:?}", a.related);
    }
}
