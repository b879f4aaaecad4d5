//! Furniture inside and under a story's text in forms without the usual
//! marks: an inline link whose label lost its colon, the writer's name
//! printed again alone under the text, a widget's HTML printed as text, and
//! a copyright notice in a language the footer lexicon lacks.

use newsclip::parse;

mod common;

use common::ferry::{HEAD, TEXT};

#[test]
fn a_related_label_without_its_colon_still_links_another_story() {
    let lines: Vec<&str> = TEXT.lines().collect();
    let (top, rest) = lines.split_at(2);
    let text = format!(
        "{HEAD}{}\nRead more Council backs night bus trial on two harbour routes\n{}\n",
        top.join("\n"),
        rest.join("\n")
    );
    let a = parse(&text);
    assert_eq!(
        a.related,
        ["Council backs night bus trial on two harbour routes"]
    );
    assert_eq!(a.body.len(), 4, "{:?}", a.body);
    // A sentence that opens with the words is text.
    let text = text.replace(
        "Read more Council backs night bus trial on two harbour routes",
        "Read more about the trial in the council's report, published on Monday.",
    );
    assert!(parse(&text).related.is_empty());
}

#[test]
fn a_writer_named_alone_under_the_text_is_the_byline_not_a_heading() {
    let head = HEAD.replace("By Priya Raman\n", "");
    let text = format!(
        "{head}{TEXT}PRIYA RAMAN\nComments are closed on this article.\nTrending\nNew terminal opens at the north pier\nCouncil backs night bus trial on two routes\n"
    );
    let a = parse(&text);
    assert_eq!(a.authors.len(), 1, "{:?}", a.authors);
    assert!(a.authors[0].eq_ignore_ascii_case("Priya Raman"));
    assert!(
        a.body.iter().all(|b| !b.text.contains("RAMAN")),
        "{:?}",
        a.body
    );
}

/// A short story of two paragraphs with `line` inserted after the first
/// (`after_all`: after the second), parsed.
fn bridge_story_with(line: &str, after_all: bool) -> newsclip::Article {
    let first = "The council approved the repair plan on Tuesday after engineers found corrosion in two of the bridge's steel supports during a routine inspection.";
    let second = "Work will close one lane in each direction for about four months, and buses will be moved to the ring road while the supports are replaced.";
    let paras = if after_all {
        format!("{first}\n{second}\n{line}\n")
    } else {
        format!("{first}\n{line}\n{second}\n")
    };
    parse(&format!(
        "Harbour bridge repairs to start in spring\nBy Lena Park\nMarch 4, 2026\n{paras}"
    ))
}

/// True when `a` removed a line holding `text` for `reason`.
fn removed_for(a: &newsclip::Article, reason: newsclip::RemovalReason, text: &str) -> bool {
    a.removed
        .iter()
        .any(|r| r.reason == reason && r.text.contains(text))
}

#[test]
fn markup_printed_as_text_leaves_the_body_with_its_reason() {
    let a = bridge_story_with(
        "<div> <div class=\"promoHeadline hidden\" > </div> <div class=\"dropdownBox\"> </div> </div>",
        false,
    );
    assert_eq!(a.body.len(), 2, "{:?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.starts_with('<')));
    assert!(
        removed_for(&a, newsclip::RemovalReason::Markup, "<div>"),
        "{:?}",
        a.removed
    );
}

#[test]
fn a_copyright_notice_in_another_language_is_no_caption() {
    let a = bridge_story_with("ټول حقونه خوندي دي © ۲۰۲۶ د کابل ورځپاڼه", true);
    assert!(a.captions.is_empty(), "{:?}", a.captions);
    assert!(
        removed_for(&a, newsclip::RemovalReason::Footer, "۲۰۲۶"),
        "{:?}",
        a.removed
    );
}
