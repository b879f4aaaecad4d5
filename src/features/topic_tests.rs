//! Unit tests of [`super::topic_shares`].

use super::*;
use crate::features::Page;

fn page_of(text: &str) -> Page {
    let rules = crate::Options::default().labeller(crate::Labeller::Rules);
    Page::build(text, &crate::Parser::new(rules).parse_all(text))
}

#[test]
fn a_headline_shares_its_words_with_the_story_and_a_prompt_does_not() {
    let text = "Subscribe to our weekly offers\n\nCouncil approved riverside tram line\n\nThe council approved the riverside tram line on Tuesday after a long debate.\n\nThe tram line will link the riverside with the station, the council said.\n";
    let page = page_of(text);
    let t = topic_shares(text, &page.lines);
    assert_eq!(t.len(), 4);
    assert_eq!(t[0], 1, "the prompt shares no word");
    assert_eq!(t[1], 5, "every word of the headline is in the text");
    // Each paragraph is read against the other one, not itself.
    assert!((2..5).contains(&t[2]), "{t:?}");
    assert!(t[3] >= 2, "{t:?}");
    assert_eq!(topic_shares("a b c\n", &page_of("a b c\n").lines), [0]);
}

#[test]
fn words_not_kept_give_the_same_shares() {
    let text = "Subscribe to our weekly offers\n\nCouncil approved riverside tram line\n\nThe council approved the riverside tram line on Tuesday after a long debate.\n\nThe tram line will link the riverside with the station, the council said.\n";
    let page = page_of(text);
    let all = topic_shares(text, &page.lines);
    for stored in [0, 3, 5, 9, 14] {
        assert_eq!(
            topic_shares_keeping(text, &page.lines, stored),
            all,
            "{stored}"
        );
    }
}
