//! What follows the story's last paragraph: the writer's biography, other
//! stories' headlines, follow and newsletter prompts are kept out of the
//! body, each with its reason; a list the text introduces stays.

use newsclip::{RemovalReason, parse};

const STORY: &str = "Council approves the riverside tram line\n\nBy Maria Lopez\n\nMarch 3, 2024\n\nThe council voted on Tuesday to approve the riverside tram line after a long debate that lasted well into the evening.\n\nSupporters said the decision would help families across the region, while critics warned about the cost of the project.\n\nThe mayor said the first phase would begin in the spring and that residents would be consulted at every stage of the work.";

fn reason_of(a: &newsclip::Article, text: &str) -> Option<RemovalReason> {
    a.removed.iter().find(|r| r.text == text).map(|r| r.reason)
}

fn in_body(a: &newsclip::Article, text: &str) -> bool {
    a.body.iter().any(|b| b.text == text)
}

#[test]
fn biography_of_the_writer_is_an_author_box() {
    let bio = "Maria Lopez is a staff writer covering transport and city hall. She can be reached at maria@example.com.";
    let a = parse(&format!("{STORY}\n\n{bio}"));
    assert!(!in_body(&a, bio));
    assert_eq!(reason_of(&a, bio), Some(RemovalReason::AuthorBox));
    assert_eq!(a.body.len(), 3);
}

#[test]
fn other_headlines_after_the_text_are_related() {
    let h1 = "City opens new cycle lanes along the harbour front";
    let h2 = "Bus fares to rise in April, transport office says";
    let a = parse(&format!("{STORY}\n\n{h1}\n\n{h2}"));
    assert!(!in_body(&a, h1) && !in_body(&a, h2));
    assert!(a.related.iter().any(|r| r == h1));
    assert!(a.related.iter().any(|r| r == h2));
}

#[test]
fn a_list_introduced_by_the_text_stays() {
    let story = STORY.replace(
        "at every stage of the work.",
        "at every stage of the work. The planned stops:",
    );
    let stops = [
        "Harbour Square -- near the ferry terminal",
        "Old Town Gate -- next to the market hall",
        "Central Station -- east entrance",
    ];
    let a = parse(&format!("{story}\n\n{}", stops.join("\n\n")));
    for s in stops {
        assert!(in_body(&a, s), "{s} should stay in the body");
    }
}

#[test]
fn follow_and_newsletter_prompts_are_removed() {
    let follow = "Follow City Desk on Instagram, Facebook and Twitter.";
    let news = "Get the latest transport news right in your inbox every morning.";
    let a = parse(&format!("{STORY}\n\n{follow}\n\n{news}"));
    assert_eq!(reason_of(&a, follow), Some(RemovalReason::ShareRow));
    assert_eq!(reason_of(&a, news), Some(RemovalReason::Newsletter));
    assert_eq!(a.body.len(), 3);
}

#[test]
fn text_in_scripts_without_spaces_is_found() {
    let doc = "ホーム\n\nニュース\n\nお問い合わせ\n\n商品の改造が商標法違反になる場合\n\n2018年8月16日\n\n他人の登録商標が付された商品を改造して販売すると、商標権の侵害になることがあります。今回はその判決を紹介します。\n\n裁判所は、改造によって商品の品質が変わった場合には、商標の出所表示機能が害されると判断しました。\n\nこのため、改造品を販売する事業者は、元の商標を除去するなどの対応が必要になります。\n\n人気記事\n\nカテゴリー\n\n検索";
    let a = parse(doc);
    assert_eq!(a.title, "商品の改造が商標法違反になる場合");
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert!(a.body[0].text.starts_with("他人の登録商標"));
}

#[test]
fn an_author_card_inside_the_text_does_not_end_the_story() {
    let mut doc = String::from(STORY);
    doc.push_str("\n\nMaria Lopez\n\nContributing Writer\n\n");
    let more: Vec<String> = (1..=6)
        .map(|k| format!("Paragraph {k} of the story goes on with details of the tram line, the stops it will serve and the people who will use it."))
        .collect();
    doc.push_str(&more.join("\n\n"));
    let a = parse(&doc);
    assert_eq!(a.body.len(), 9, "{:?}", a.body);
    assert_eq!(
        reason_of(&a, "Contributing Writer"),
        Some(RemovalReason::AuthorBox)
    );
}

#[test]
fn read_more_that_only_expands_the_text_does_not_end_it() {
    let more: Vec<String> = (1..=4)
        .map(|k| format!("Paragraph {k} after the button goes on with the details of the tram line, the stops it will serve and the people who will ride it every day."))
        .collect();
    let a = parse(&format!("{STORY}\n\nRead More\n\n{}", more.join("\n\n")));
    assert_eq!(a.body.len(), 7, "{:?}", a.body);
    assert_eq!(reason_of(&a, "Read More"), Some(RemovalReason::Label));
    assert!(a.related.is_empty());
}

/// Two other stories' headlines and two more paragraphs of the story.
const H1: &str = "City opens new cycle lanes along the harbour front";
const H2: &str = "Bus fares to rise in April, transport office says";
const AFTER: &str = "Work on the depot is due to start in the summer, and the first trams should run within three years, officials said.";
const LATER: &str = "The council will publish the full timetable for the works on its website next month, a spokesman said.";

#[test]
fn a_more_from_box_inside_the_story_is_related_and_the_story_goes_on() {
    let post = "— City Transport (@citytransport) March 3, 2024";
    let a = parse(&format!(
        "{STORY}\n\nMore from Local\n\n{H1}\n\n{H2}\n\n{AFTER}\n\n{post}\n\n{LATER}"
    ));
    assert!(!in_body(&a, H1) && !in_body(&a, H2), "{:#?}", a.body);
    assert!(a.related.iter().any(|r| r == H1));
    assert!(in_body(&a, AFTER), "{:#?}", a.body);
    assert!(in_body(&a, LATER), "{:#?}", a.body);
}

#[test]
fn a_more_in_heading_after_the_story_starts_the_related_list() {
    let a = parse(&format!("{STORY}\n\nMore in Politics\n\n{H1}\n\n{H2}"));
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(a.related.iter().any(|r| r == H1));
}

#[test]
fn a_teaser_card_inside_the_story_goes_to_related_with_its_label_and_summary() {
    let head = "Harbour ferry operator renames itself as its dispute with the port goes on";
    let summary = "The harbour ferry operator has a new name and a new board, but its dispute with the port goes on.";
    let a = parse(&format!(
        "{STORY}\n\nTransport\n\n{head}\n\nTransport\n\n{head}\n\n{summary}\n\n{AFTER}\n\n{LATER}"
    ));
    assert!(a.related.iter().any(|r| r == head), "{:?}", a.related);
    for gone in [head, summary, "Transport"] {
        assert!(!in_body(&a, gone), "{gone:?} in {:#?}", a.body);
    }
    assert!(in_body(&a, AFTER) && in_body(&a, LATER), "{:#?}", a.body);
}

#[test]
fn a_writers_card_with_a_follow_row_ends_the_story() {
    let bio = "Prize-winning reporter Maria Lopez writes a daily column about transport, housing and city hall for the paper. Her work on the harbour budget won a regional award, and she has covered the council, the courts and the port for more than a decade.";
    let a = parse(&format!(
        "{STORY}\n\nThe next vote is expected in the autumn, when the council will decide on the second phase of the line.\n\nMaria Lopez\n\nFollow Us\n\ntwitter\n\n{bio}"
    ));
    assert!(!in_body(&a, "Maria Lopez"), "{:#?}", a.body);
    assert!(!in_body(&a, bio), "{:#?}", a.body);
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
}

#[test]
fn trailing_runs_of_short_link_lines_are_not_the_story() {
    let links = [
        "Download Premium Themes Free",
        "Download Premium Themes Free",
        "online free course",
        "download phone firmware",
    ];
    let a = parse(&format!(
        "{STORY}\n\n{AFTER}\n\n{}\n\nComments\n\n{H1}",
        links.join("\n\n")
    ));
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    for l in links {
        assert!(!in_body(&a, l), "{l:?}");
    }
}

#[test]
fn captions_printed_under_their_credit_and_embedded_posts() {
    let quoted =
        "But the transport office says the council did not need its permission in the first place.";
    let a = parse(&format!(
        "{STORY}\n\nImage copyright Harbour Photos\n\nImage caption The old tram depot by the harbour, closed since 1998\n\n{AFTER}\n\n{quoted}\n\nImage Copyright @citytransport @citytransport\n\nReport\n\n{LATER}\n\nMore Great Local Stories\n\n{H1}\n\n{H2}"
    ));
    assert_eq!(a.captions.len(), 1, "{:#?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "The old tram depot by the harbour, closed since 1998"
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("Harbour Photos"));
    // The sentence above an embedded post's credit stays a paragraph.
    assert!(in_body(&a, quoted), "{:#?}", a.body);
    assert!(!in_body(&a, "Report"));
    assert!(in_body(&a, LATER));
    assert!(!in_body(&a, H1) && a.related.iter().any(|r| r == H1));
}

#[test]
fn a_lone_more_label_over_links_inside_the_story() {
    let h3 = "Ferry strike called off after talks with the port";
    let a = parse(&format!(
        "{STORY}\n\nMore:\n\n{H1}\n\n{H2}\n\n{h3}\n\n{AFTER}\n\n{LATER}\n\n191119052250266"
    ));
    for h in [H1, H2, h3] {
        assert!(!in_body(&a, h), "{h:?} in {:#?}", a.body);
        assert!(a.related.iter().any(|r| r == h), "{h:?}");
    }
    assert!(in_body(&a, AFTER) && in_body(&a, LATER), "{:#?}", a.body);
    assert!(
        a.body
            .iter()
            .all(|b| b.kind != newsclip::BlockKind::Heading),
        "{:#?}",
        a.body
    );
}

#[test]
fn link_cards_glued_into_a_paragraph_are_cut_and_listed() {
    let para = "A man admitted threatening Rep. Dana WhitfieldDana WhitfieldHarbour tram vote delayed | Ferry fares rise Council backs new depot MORE (D-Harbour), the prosecutor's office said on Monday after the hearing.";
    let a = parse(&format!("{STORY}\n\n{para}"));
    let want = "A man admitted threatening Rep. Dana Whitfield (D-Harbour), the prosecutor's office said on Monday after the hearing.";
    assert!(in_body(&a, want), "{:#?}", a.body);
    let card =
        "Dana WhitfieldHarbour tram vote delayed | Ferry fares rise Council backs new depot MORE";
    let r = a
        .removed
        .iter()
        .find(|r| r.text == card)
        .expect("the card is listed as removed");
    assert_eq!(r.reason, RemovalReason::RelatedTail);
    // A sentence with "MORE" but no doubled name stays as printed.
    let plain = "The council said it would spend MORE on the line than planned, and less on roads this year.";
    let a = parse(&format!("{STORY}\n\n{plain}"));
    assert!(in_body(&a, plain), "{:#?}", a.body);
}

#[test]
fn gallery_counters_labels_and_caption_repeats_are_not_paragraphs() {
    let cap = "The old tram depot by the harbour, closed since 1998 and now to be rebuilt.";
    let a = parse(&format!(
        "{STORY}\n\n{cap}\n\nPhoto: Dana Whitfield\n\nCaption\n\nImage 1 of 3\n\n{cap}\n\n{AFTER}\n\n2 / 3\n\n{LATER}"
    ));
    assert!(!in_body(&a, cap), "{:#?}", a.body);
    for label in ["Caption", "Image 1 of 3", "2 / 3"] {
        assert!(!in_body(&a, label), "{label:?}");
    }
    assert!(in_body(&a, AFTER) && in_body(&a, LATER), "{:#?}", a.body);
    assert_eq!(a.captions.len(), 1, "{:#?}", a.captions);
}

#[test]
fn a_headline_with_its_own_byline_after_the_text_is_the_next_card() {
    let next = "Mayor: Both parties are to blame for the tram delay";
    let a = parse(&format!(
        "{STORY}\n\n{next}\n\nBy HARBOUR POST STAFF\n\n11/20/2019 01:14 PM\n\n{H1}"
    ));
    assert!(!in_body(&a, next), "{:#?}", a.body);
    assert!(a.related.iter().any(|r| r == next), "{:?}", a.related);
    assert_eq!(a.body.len(), 3);
}

#[test]
fn a_teaser_with_a_cut_summary_above_the_text_is_related() {
    let head = "Ferry strike called off after talks with the port";
    let cut = "Ferry workers have called off the strike planned for,...";
    let a = parse(&format!(
        "{}\n\nsee also\n\n{head}\n\n{cut}\n\n{}",
        "Council approves the riverside tram line\n\nMarch 3, 2024",
        STORY
            .split_once("2024\n\n")
            .map(|(_, b)| b)
            .unwrap_or(STORY)
    ));
    assert!(!in_body(&a, head) && !in_body(&a, cut), "{:#?}", a.body);
    assert!(a.related.iter().any(|r| r == head), "{:?}", a.related);
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
}

#[test]
fn dont_miss_boxes_and_see_more_links_inside_the_story() {
    let see = "SEE MORE: Ferry strike called off after talks with the port";
    let a = parse(&format!(
        "{STORY}\n\n{see}\n\n{AFTER}\n\nDON'T MISS\n\n{H1} [INSIGHT]|\n\n{H2} [VIDEO]\n\n{LATER}\n\nThe first trams are due to run in 2027, the council said on Friday after the vote.",
    ));
    assert!(!in_body(&a, see), "{:#?}", a.body);
    assert!(
        a.related
            .iter()
            .any(|r| r == "Ferry strike called off after talks with the port")
    );
    assert!(!in_body(&a, "DON'T MISS"), "{:#?}", a.body);
    assert!(!in_body(&a, &format!("{H2} [VIDEO]")), "{:#?}", a.body);
    assert!(in_body(&a, AFTER) && in_body(&a, LATER), "{:#?}", a.body);
}

#[test]
fn a_related_box_followed_by_a_promotion_and_a_biography_ends_the_story() {
    let promo = "🏃 Want the best tools to get around town? Check out our team's picks for the best bikes, scooters and passes.";
    let bio = "Maria Lopez is a staff writer covering transport and city hall. She was formerly a reporter at the Harbour Post.";
    let a = parse(&format!(
        "{STORY}\n\nMore Great Local Stories\n\n{H1}\n\n{H2}\n\n{promo}\n\n{bio}"
    ));
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(!in_body(&a, promo) && !in_body(&a, bio));
}

/// A blog's comments signed under each one ("Posted by: Name | date", no
/// comment heading the thread): from the second signature on, the thread
/// is no part of the story.
#[test]
fn comments_signed_under_each_one_are_not_the_body() {
    let comments: Vec<String> = ["Andrew", "Robby Russell", "Nicholas Schlueter", "Trey"]
        .iter()
        .enumerate()
        .map(|(k, name)| {
            format!(
                "Commenter number {k} says this is terrible news and hopes the author keeps writing about software for a long time.\n\nPosted by: {name} | Mar 26, 2007 2:0{k}:18 PM"
            )
        })
        .collect();
    let a = parse(&format!("{STORY}\n\n{}", comments.join("\n\n")));
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.contains("Commenter number 2")),
        "{:#?}",
        a.body
    );
    assert!(a.body.iter().all(|b| !b.text.starts_with("Posted by:")));
}

/// A thread that heads each comment with its commenter and date ("3. Jane
/// Doe - August 8, 2012"), with no reply button and no "says:": from the
/// first header on it is no part of the story, and no header is its title.
#[test]
fn comments_headed_by_name_and_date_are_not_the_body() {
    let comments: Vec<String> = ["William Kirk", "MJ", "The Purist", "rm10019", "Red Dead Ryan"]
        .iter()
        .enumerate()
        .map(|(k, name)| {
            format!(
                "{}. {name} - August 8, 2012\n\nGreat pitch, and the crowd loved every second of the show on the night number {k}.",
                k + 1
            )
        })
        .collect();
    let a = parse(&format!("{STORY}\n\nComments\n\n{}", comments.join("\n\n")));
    assert_eq!(a.title, "Council approves the riverside tram line");
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert!(a.body.iter().all(|b| !b.text.contains("Great pitch")));
}

/// Other stories listed with their dates and no prose between them are no
/// thread: the story keeps its text.
#[test]
fn a_list_of_dated_titles_is_no_comment_thread() {
    let list = "Bus fares to rise in April - March 1, 2024\n\nNew cycle lanes open on the harbour - February 28, 2024\n\nLibrary hours extended for the exam season - February 27, 2024";
    let a = parse(&format!("{STORY}\n\n{list}"));
    assert_eq!(a.body.len(), 3, "{:#?}", a.body);
    assert_eq!(a.title, "Council approves the riverside tram line");
}
