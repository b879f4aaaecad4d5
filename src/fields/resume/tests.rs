use super::resume_after_break;
use crate::fields::{TestAs as As, test_article};
use crate::{Article, BlockKind, RemovalReason};

const PROSE: &str =
    "The council met on Tuesday to decide the fate of the old library on the square.";
const MORE: &str =
    "Work on the new roof will begin in the spring and last about eight months, the mayor said.";

/// The page of `lines` (a blank line between each) and its article.
fn page(lines: &[(&str, As)]) -> (String, Article) {
    test_article(lines)
}

fn body_after(lines: &[(&str, As)]) -> Vec<(BlockKind, String)> {
    let (text, mut a) = page(lines);
    resume_after_break(&mut a, &text);
    let n = a.lines.len() + a.removed.len();
    assert_eq!(n, lines.len(), "every line is still accounted for");
    a.body.into_iter().map(|b| (b.kind, b.text)).collect()
}

#[test]
fn prose_after_an_advertisement_label_goes_on_with_the_story() {
    let body = body_after(&[
        (PROSE, As::Body),
        ("ADVERTISEMENT", As::Gone(RemovalReason::Advertisement)),
        (MORE, As::Gone(RemovalReason::Boilerplate)),
        (
            "Share: Facebook | X | WhatsApp",
            As::Gone(RemovalReason::AfterStory),
        ),
        ("Comments (2)", As::Gone(RemovalReason::AfterStory)),
    ]);
    assert_eq!(
        body,
        [
            (BlockKind::Paragraph, PROSE.to_string()),
            (BlockKind::Paragraph, MORE.to_string())
        ]
    );
}

#[test]
fn a_subheading_and_prose_after_an_inline_link_go_on_with_the_story() {
    let body = body_after(&[
        (PROSE, As::Body),
        (
            "Irakurri ere: Trintxerpeko kaia oinezkoentzat irekiko dute",
            As::Related,
        ),
        ("Lohiak Zubietara", As::Gone(RemovalReason::Boilerplate)),
        (MORE, As::Gone(RemovalReason::Boilerplate)),
        ("Iragarkia", As::Gone(RemovalReason::Advertisement)),
        (PROSE, As::Gone(RemovalReason::AfterStory)),
        (
            "Gaiak: Pasaia, ingurumena, portua",
            As::Gone(RemovalReason::AfterStory),
        ),
    ]);
    let kinds: Vec<BlockKind> = body.iter().map(|b| b.0).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::Heading,
            BlockKind::Paragraph,
            BlockKind::Paragraph
        ]
    );
    assert_eq!(body[1].1, "Lohiak Zubietara");
}

#[test]
fn without_a_break_or_without_prose_the_body_stays_as_it_was() {
    for lines in [
        // No break: the body ended where the story did.
        &[
            (PROSE, As::Body),
            (MORE, As::Gone(RemovalReason::AfterStory)),
        ][..],
        // A break, then no prose: a short line.
        &[
            (PROSE, As::Body),
            ("ADVERTISEMENT", As::Gone(RemovalReason::Advertisement)),
            ("Most read", As::Gone(RemovalReason::AfterStory)),
            ("Share: Facebook | X", As::Gone(RemovalReason::AfterStory)),
        ][..],
        // A break, then a promotion.
        &[
            (PROSE, As::Body),
            ("ADVERTISEMENT", As::Gone(RemovalReason::Advertisement)),
            (
                "Get the magazine delivered every month for £11.99 a year. Click here for more information.",
                As::Gone(RemovalReason::Boilerplate),
            ),
        ][..],
        // A break, then a list of links: the story is over.
        &[
            (PROSE, As::Body),
            ("ADVERTISEMENT", As::Gone(RemovalReason::Advertisement)),
            ("More from News", As::Gone(RemovalReason::RelatedTail)),
            (MORE, As::Gone(RemovalReason::AfterStory)),
        ][..],
        // A break, then a related headline that is no inline link.
        &[
            (PROSE, As::Body),
            ("ADVERTISEMENT", As::Gone(RemovalReason::Advertisement)),
            ("Storm closes the harbour", As::Related),
            (MORE, As::Gone(RemovalReason::AfterStory)),
        ][..],
    ] {
        assert_eq!(body_after(lines).len(), 1);
    }
}

#[test]
fn the_story_goes_on_after_a_pull_quote_and_an_inline_link_left_out() {
    let said = "“The water came up to the windows in an hour,” said Ana Ruiz, who runs the bakery.";
    let lines = [
        (said, As::Body),
        (
            "“The water came up to the windows in an hour.”",
            As::Gone(RemovalReason::AfterStory),
        ),
        ("The clean-up begins", As::Gone(RemovalReason::AfterStory)),
        (MORE, As::Gone(RemovalReason::AfterStory)),
        (
            "Lees ook: Dijk bij de haven wordt twee meter hoger",
            As::Gone(RemovalReason::AfterStory),
        ),
        (
            "“We start again,” she said.",
            As::Gone(RemovalReason::AfterStory),
        ),
        ("Tags: floods, harbour", As::Gone(RemovalReason::AfterStory)),
    ];
    let (text, mut a) = page(&lines);
    resume_after_break(&mut a, &text);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        body,
        [
            said,
            "The clean-up begins",
            MORE,
            "“We start again,” she said."
        ]
    );
    assert_eq!(a.body[1].kind, BlockKind::Heading);
    // The pull quote stays out; the link the story went on after is related.
    assert_eq!(a.related, ["Dijk bij de haven wordt twee meter hoger"]);
    assert_eq!(a.spans.related.len(), 1);
    assert!(a.removed.iter().any(|r| r.text.starts_with("“The water")));
    assert_eq!(a.lines.len() + a.removed.len(), lines.len());
}

#[test]
fn a_quotation_the_body_does_not_hold_is_no_break() {
    let body = body_after(&[
        (PROSE, As::Body),
        (
            "“Nobody told us the road would close for a month.”",
            As::Gone(RemovalReason::AfterStory),
        ),
        (MORE, As::Gone(RemovalReason::AfterStory)),
    ]);
    assert_eq!(body.len(), 1);
}

#[test]
fn prose_after_a_poll_goes_on_with_the_story() {
    let gone = As::Gone(RemovalReason::AfterStory);
    let body = body_after(&[
        (PROSE, As::Body),
        ("POLL", As::Gone(RemovalReason::Boilerplate)),
        (
            "Should the old library be kept?",
            As::Gone(RemovalReason::Boilerplate),
        ),
        ("Yes", gone),
        ("No", gone),
        ("Vote", gone),
        ("View results", gone),
        (MORE, gone),
        ("Comments (2)", gone),
    ]);
    assert_eq!(
        body,
        [
            (BlockKind::Paragraph, PROSE.to_string()),
            (BlockKind::Paragraph, MORE.to_string())
        ]
    );
}

#[test]
fn a_list_of_short_lines_without_a_question_is_no_poll() {
    let gone = As::Gone(RemovalReason::AfterStory);
    let body = body_after(&[
        (PROSE, As::Body),
        ("Sport", gone),
        ("Vote", gone),
        (MORE, gone),
    ]);
    assert_eq!(body, [(BlockKind::Paragraph, PROSE.to_string())]);
}
