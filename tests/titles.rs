//! Headline finding on page-like text: the headline block is recognised
//! through menus, labels, counters and repeated interface lines.

use newsclip::parse;

/// A few paragraphs of article text about `topic`.
fn body(topic: &str) -> String {
    [
        format!(
            "The council voted on Tuesday to approve the {topic} after a long debate that lasted well into the evening."
        ),
        format!(
            "Supporters of the {topic} said the decision would help families across the region, while critics warned about the cost."
        ),
        "The mayor said the first phase would begin in the spring and that residents would be consulted at every stage of the work.".to_string(),
        format!(
            "Opponents of the {topic} have promised to keep campaigning and said they would ask the courts to review the vote."
        ),
        "A final report is expected before the end of the year, the council said in a statement published after the meeting.".to_string(),
    ]
    .join("\n\n")
}

fn menu() -> &'static str {
    "Home\n\nNews\n\nSport\n\nBusiness\n\nCulture\n\nWeather\n\nPodcasts"
}

/// The title found on a page: a menu, `header`, then the article text.
fn title_of(header: &str, topic: &str) -> String {
    parse(&format!("{}\n\n{header}\n\n{}", menu(), body(topic))).title
}

#[test]
fn headline_under_a_section_label_with_a_comment_counter() {
    let doc = format!(
        "{}\n\nLocal Politics\n\nCouncil approves the riverside tram line after long debate\n\nNew, 6 comments\n\nThe vote ends a decade of arguments about how to connect the old town with the station.\n\nBy Maria Lopez\n\n{}",
        menu(),
        body("riverside tram line")
    );
    let a = parse(&doc);
    assert_eq!(
        a.title.as_str(),
        "Council approves the riverside tram line after long debate"
    );
    assert_eq!(a.authors, vec!["Maria Lopez".to_string()]);
}

#[test]
fn breadcrumb_glued_to_the_headline_gives_way_to_the_clean_printing() {
    assert_eq!(
        title_of(
            "Home News Local News Council approves the riverside tram line after long debate

Council approves the riverside tram line after long debate

March 3, 2024",
            "riverside tram line"
        ),
        "Council approves the riverside tram line after long debate"
    );
}

#[test]
fn question_headline_directly_above_the_standfirst_and_byline() {
    assert_eq!(
        title_of(
            "Opinion

Is the riverside tram line worth its cost?

The council has approved the project. The bill will arrive later, and it will be large.

By Maria Lopez

March 3, 2024",
            "riverside tram line"
        ),
        "Is the riverside tram line worth its cost?"
    );
}

#[test]
fn a_table_header_printed_again_and_again_is_not_the_headline() {
    let mut header = String::from(
        "Tram line vote: how every councillor voted on the riverside plan\n\nBy Maria Lopez\n\nMarch 3, 2024",
    );
    for round in 1..=4 {
        header.push_str(&format!(
            "\n\nWard Member Vote Notes\n\nWard Member Vote Notes\n\nNorth {round} Ann Berg yes Spoke in favour of the riverside plan during the debate.\n\nSouth {round} Tom Reed no Said the riverside plan costs too much for the city."
        ));
    }
    assert_eq!(
        title_of(&header, "riverside plan"),
        "Tram line vote: how every councillor voted on the riverside plan"
    );
}

#[test]
fn score_lines_are_not_headlines() {
    assert_eq!(
        title_of(
            "Riverside beats Northgate to stay unbeaten in the league

March 3, 2024

Riverside 18 22 13 17 — 70

Northgate 14 11 6 15 — 44",
            "league season"
        ),
        "Riverside beats Northgate to stay unbeaten in the league"
    );
}

#[test]
fn a_headline_printed_earlier_in_a_teaser_list_wins_over_its_deck() {
    let teasers = "Council approves the riverside tram line\n\nHarbour festival returns in June\n\nSchool meals to be free from autumn";
    let filler: Vec<String> = (1..=12).map(|k| format!("Menu item {k}")).collect();
    assert_eq!(
        title_of(
            &format!(
                "{teasers}\n\n{}\n\nCouncil approves the riverside tram line\n\nVote ends years of argument over how to link the old town and the station\n\nAssociated Press\n\nMarch 3, 2024",
                filler.join("\n\n")
            ),
            "riverside tram line"
        ),
        "Council approves the riverside tram line"
    );
}

#[test]
fn a_block_of_teasers_above_the_article_is_not_the_main_story() {
    let teasers: Vec<String> = (1..=6)
        .map(|k| format!("Teaser headline number {k} about the harbour NEW CITY: The harbour board met on Monday and said that the plan number {k} would be reviewed again next year by the council."))
        .collect();
    let doc = format!(
        "{}\n\n{}\n\nCouncil approves the riverside tram line\n\nMarch 3, 2024\n\nBy Maria Lopez\n\n{}",
        menu(),
        teasers.join("\n\n"),
        body("riverside tram line")
    );
    let all = newsclip::parse_all(&doc);
    assert!(all.len() >= 2);
    assert_eq!(all[0].title, "Council approves the riverside tram line");
    assert_eq!(parse(&doc).authors, vec!["Maria Lopez".to_string()]);
}

#[test]
fn labelled_author_and_date_rows_under_the_headline() {
    let a = parse(&format!(
        "{}\n\nGardening Extra\n\nSubscribe\n\nHome\n\nNews\n\nFive things to plant before the frost\n\nOur picks for the month, from bulbs to hardy greens.\n\nAuthor:\n\nGarden Desk Editorial Staff\n\nPublish date:\n\nOct 4, 2018\n\n{}",
        menu(),
        body("planting scheme")
    ));
    assert_eq!(a.title, "Five things to plant before the frost");
    // The value under "Author:" is a credit, not the headline and not a person.
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.credits, vec!["Garden Desk Editorial Staff".to_string()]);
    assert_eq!(
        a.published.map(|d| d.date().to_string()).as_deref(),
        Some("2018-10-04")
    );
}

#[test]
fn a_feature_headline_introducing_a_person_is_not_a_byline() {
    let a = parse(&format!(
        "{}\n\nIntroducing Dana Whitfield, New Director at the Museum\n\nBrowse All Posts\n\n{}",
        menu(),
        body("museum expansion")
    ));
    assert_eq!(
        a.title,
        "Introducing Dana Whitfield, New Director at the Museum"
    );
    assert!(a.authors.is_empty(), "{:?}", a.authors);
}

#[test]
fn a_menu_item_before_a_subscribe_button_is_not_the_headline() {
    let a = parse(&format!(
        "Training\n\nHealth\n\nCompetitions\n\nLifestyle\n\nPodcast\n\nRiverside Planning Extra\n\nSubscribe\n\nNewsletter\n\nTraining\n\nHealth\n\nRiverside Planning Extra\n\nHome\n\nCouncil approves the riverside tram line\n\nMarch 3, 2024\n\n{}",
        body("riverside tram line")
    ));
    assert_eq!(a.title, "Council approves the riverside tram line");
}

#[test]
fn a_headline_between_a_menu_and_a_share_counter() {
    let a = parse(&format!(
        "{}\n\nVISUAL MARKETING\n\nGROWING A BUSINESS\n\nHow to adopt a steady planning mindset for the tram line\n\n197 Shares\n\nBuffer\n\nShare\n\nTweet\n\nEmail\n\nDana Whitfield\n\nYour planning mindset matters. Here is why:\n\n{}",
        menu(),
        body("tram line")
    ));
    assert_eq!(
        a.title,
        "How to adopt a steady planning mindset for the tram line"
    );
}

#[test]
fn the_headline_comes_before_its_date_and_byline_not_after() {
    // A headline ending in a full stop, its date, a caption, the byline, then
    // a question that opens the text.
    let a = parse(&format!(
        "{}\n\nEdit Profile\n\nLocal\n\nHarbour town doubles down on its tram plan. It just might work.\n\nUpdated Mar 4, 2024, 9:41 AM\n\nThe old depot by the harbour, pictured in 2018.\n\nBy Maria Lopez | City Desk\n\nRemember the long fight over the riverside tram line?\n\n{}",
        menu(),
        body("riverside tram line")
    ));
    assert_eq!(
        a.title,
        "Harbour town doubles down on its tram plan. It just might work."
    );
    // A standfirst ending in a full stop under the headline is not it.
    let a = parse(&format!(
        "{}\n\nFive things to plant before the frost\n\nOur top picks for the month, from bulbs to hardy greens for every garden.\n\nBy Maria Lopez\n\n{}",
        menu(),
        body("planting scheme")
    ));
    assert_eq!(a.title, "Five things to plant before the frost");
}

#[test]
fn a_line_under_the_header_block_is_not_the_headline() {
    let a = parse(&format!(
        "{}\n\nHigh School Roundup: Riverside defeats Harbour to stay unbeaten\n\nMaria Lopez City Today\n\nPublished 2:16 AM EST Mar 4, 2024\n\nGIRLS BASKETBALL\n\nRiverside d. Harbour 70-44\n\n{}",
        menu(),
        body("riverside tram line")
    ));
    assert_eq!(
        a.title,
        "High School Roundup: Riverside defeats Harbour to stay unbeaten"
    );
}

#[test]
fn the_pages_address_spells_its_headline() {
    let a = parse(&format!(
        "https://news.example.com/local/article/Council-backs-tram-line-14848099.php\n\nCouncil backs tram line\n\nRiverside completes frantic comeback to win the tram line vote by one seat\n\nAssociated Press\n\nPublished 11:26 pm EST, Tuesday, November 19, 2019\n\n{}",
        body("riverside tram line")
    ));
    assert_eq!(a.title, "Council backs tram line");
}

#[test]
fn an_exclamation_headline_right_above_its_meta_row() {
    let a = parse(&format!(
        "{}\n\nBlog - Latest News\n\n[Harbour Days] The tram line comes to the festival at last! See it live!\n\nOctober 15, 2018/0 Comments/in Local News /by siteadmin\n\n@harbourdays Festival performance\n\n2018 Harbour Days Series\n\nThe refreshing autumn sky!\n\n{}",
        menu(),
        body("riverside tram line")
    ));
    assert_eq!(
        a.title,
        "[Harbour Days] The tram line comes to the festival at last! See it live!"
    );
}

#[test]
fn a_headline_cut_short_above_its_full_printing_gives_way_to_it() {
    // The teaser's ellipsis, and a trail of links ending with the headline.
    for reduced in [
        "Council approves the riverside tram ...",
        "You are here: Home > Local > Council approves the riverside tram",
    ] {
        let header = format!(
            "{reduced}\n\nCouncil approves the riverside tram line after long debate\n\nBy Maria Lopez\n\nMarch 4, 2025"
        );
        let t = title_of(&header, "riverside tram line");
        assert_eq!(
            t, "Council approves the riverside tram line after long debate",
            "{reduced}"
        );
    }
}

/// A recipe: the first ingredient line under the "Ingredients" label is no
/// headline; the dish's name above it is.
#[test]
fn an_ingredient_line_is_no_headline() {
    let doc = "Recipes\n\nRoasted Chicken with Oriental Rice\n\nIngredients\n\n3 cubes MAGGI Chicken Stock\n\n1 ¼ teaspoon ground black pepper\n\n2 tbsp. olive oil\n\nMethod\n\nHeat the oil in a large pan and brown the chicken on every side for about ten minutes.\n\nCrumble the stock cubes over the chicken, add the pepper and pour in two cups of water.\n\nCover the pan and let it simmer gently for forty minutes until the chicken is tender.";
    assert_eq!(parse(doc).title, "Roasted Chicken with Oriental Rice");
}

/// A photo gallery under the story ("Business news in pictures", then
/// "1/12 Headline" slides with a caption each and no credit line): the text
/// under each slide's label is that slide's caption, so the gallery's many
/// captions do not outweigh the story and never run on as its body.
#[test]
fn a_gallerys_slides_are_captions_not_a_story() {
    let slides: Vec<String> = (1..=12)
        .map(|k| {
            format!(
                "{k}/12 Markets slide number {k}\n\nTraders in the city watched the screens closely on day {k} as prices moved sharply on news from the central bank and the big exporters."
            )
        })
        .collect();
    let doc = format!(
        "Business\n\nHotel owners reveal the secrets of cleaning\n\nBy Jane Doe\n\nMost people go to hotels for the pleasure of sleeping in a giant bed with clean white sheets.\n\nBut those towels and sheets might not be as clean as they look, according to the hotel bosses.\n\nThe owners say that blankets and duvets are washed far less often than guests assume they are.\n\nBusiness news in pictures\n\n{}",
        slides.join("\n\n")
    );
    let a = newsclip::parse(&doc);
    assert_eq!(a.title, "Hotel owners reveal the secrets of cleaning");
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.contains("Traders in the city")),
        "{:?}",
        a.body
    );
}
