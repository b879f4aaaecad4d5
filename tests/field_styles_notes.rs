//! Pages with notes from the newsroom around the story: an editor's note
//! above the first paragraph (the dateline opens the paragraph under it), a
//! correction under the story with its label on a line of its own (a
//! disclaimer, not the story's text), an audio player's button with its
//! length ("Listen to this article · 4:12 min", no standfirst) and a
//! print-edition note; a wire story reposted under a poster's byline, whose
//! "Reporting by" trailer names the reporters (authors beside the poster).

use newsclip::parse;

const PAGE: &str = "\
Skip to content
Subscribe
Sign in

U.S.

School district reverses cellphone ban after parent backlash

Listen to this article · 4:12 min

Gift this article

By Megan Fowler
March 4, 2025 Updated 6:40 p.m. ET

Editor's note: An earlier version of this article misstated the number of schools in the district. There are 42, not 38.

DENVER — The Cherry Creek school board voted on Monday to reverse a ban on cellphones in classrooms, two months after it took effect, following complaints from parents.

The board voted 4 to 1 to replace the ban with a policy that lets teachers decide whether phones may be used in their classrooms.

\"We heard from hundreds of families,\" said the board president, Laura Kim. \"Many of them told us the ban made them feel less safe.\"

Teachers' unions had supported the ban, saying phones distracted students and fueled bullying.

Correction: March 5, 2025
Because of an editing error, an earlier version of this article misidentified the board president. She is Laura Kim, not Laura King.

A version of this article appears in print on March 5, 2025, Section A, Page 14 of the New York edition with the headline: School Board Reverses Phone Ban.

Related Content
Schools Across the Country Weigh Phone Limits
Why Teenagers Can't Put Their Phones Down
";

#[test]
fn notes_around_the_story_stay_out_of_its_fields() {
    let a = parse(PAGE);
    assert_eq!(
        a.title,
        "School district reverses cellphone ban after parent backlash"
    );
    assert_eq!(a.subtitle, None);
    assert_eq!(a.authors, ["Megan Fowler"]);
    assert_eq!(a.dateline.as_deref(), Some("DENVER"));
    assert_eq!(a.related.len(), 2, "{:?}", a.related);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert!(
        body.iter()
            .any(|b| b.starts_with("The Cherry Creek school board voted")),
        "{body:#?}"
    );
    assert!(
        !body
            .iter()
            .any(|b| b.contains("editing error") || b.contains("in print")),
        "{body:#?}"
    );
    assert!(
        a.removed.iter().any(|r| r.text.contains("editing error")),
        "the correction is in the audit trail"
    );
}

#[test]
fn a_reporting_trailer_adds_its_reporters_to_the_byline() {
    let text = "\
News | Politics

Senate passes stopgap bill hours before shutdown deadline

Posted by Alex Turner | March 14, 2025

WASHINGTON (Reuters) - The U.S. Senate on Friday passed a stopgap spending bill that would keep the government funded through September.

The vote was 54-46, with several Democrats joining Republicans to advance the measure despite objections from party leaders.

(Reporting by Richard Cowan and David Morgan; Editing by Scott Malone and Diane Craft)

Tags: Congress, Senate, Shutdown
";
    let a = parse(text);
    assert_eq!(a.authors, ["Alex Turner", "Richard Cowan", "David Morgan"]);
    assert_eq!(a.credits, ["Reuters"]);
    assert_eq!(a.dateline.as_deref(), Some("WASHINGTON"));
}

/// A prompt to follow the outlet printed between the standfirst and the
/// byline ("Get more news on" and its app's icon, glued): a call-out, not
/// the headline of a second story that would take the text away from the
/// first.
#[test]
fn a_prompt_for_more_news_is_no_headline() {
    let text = "\
World

South Korean president's impeachment fails after ruling party lawmakers walk out

President Yoon had earlier apologized for a short-lived declaration of martial law that plunged the country into turmoil.

Get more newson

Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC

By Stella Kim and Jennifer Jett

SEOUL, South Korea — A plan to impeach South Korean President Yoon over his short-lived declaration of martial law failed Saturday after most lawmakers from his party walked out.

Lawmakers from the ruling party were shouted and cursed at as they left en masse after voting on a separate bill.

Opposition lawmakers had said that if the impeachment motion didn't pass they would come back to try again next week.

Earlier Saturday, Yoon apologized for his actions in a brief nationally televised address, saying he had acted out of desperation.
";
    let a = parse(text);
    assert_eq!(
        a.title,
        "South Korean president's impeachment fails after ruling party lawmakers walk out"
    );
    assert_eq!(a.authors, ["Stella Kim", "Jennifer Jett"]);
    let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
    assert!(
        body.iter()
            .any(|t| t.contains("lawmakers from his party walked out")),
        "{body:?}"
    );
    assert!(
        body.iter().any(|t| t.starts_with("Earlier Saturday")),
        "{body:?}"
    );
    assert!(
        body.iter().all(|t| !t.contains("Get more news")),
        "{body:?}"
    );
}

/// A short story by Anna Meier: `middle` between its two paragraphs and
/// `end` under them.
fn council_story(middle: &str, end: &str) -> String {
    format!(
        "\
Council rejects the school building plan

By Anna Meier
March 3, 2025

The council rejected the plan on Sunday after a long debate among the members of the board.

{middle}

The vote was 1874 to 1639 and turnout was 51 percent, officials said on Monday.

{end}
"
    )
}

#[test]
fn a_source_line_under_the_text_credits_the_story_not_a_caption() {
    for (line, credit) in [
        ("Quelle: dpa", "dpa"),
        ("Źródło: PAP", "PAP"),
        ("(dpa)", "dpa"),
        ("Source: Reuters", "Reuters"),
    ] {
        let text = council_story("", &format!("{line}\n\nMore news"));
        let a = parse(&text);
        assert_eq!(a.credits, [credit], "{line}");
        assert!(a.captions.is_empty(), "{line}: {:?}", a.captions);
        assert_eq!(a.body.len(), 2, "{line}: {:?}", a.body);
        assert_eq!(a.authors, ["Anna Meier"], "{line}");
    }
}

#[test]
fn a_credit_under_a_caption_inside_the_text_stays_the_photo_credit() {
    let text = council_story(
        "Members of the council vote in the town hall.\n(dpa)",
        "Opponents said they would collect signatures for a new vote before the end of the year.",
    );
    let a = parse(&text);
    assert!(a.credits.is_empty(), "{:?}", a.credits);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(a.captions[0].credit.as_deref(), Some("dpa"));
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
}

#[test]
fn a_source_that_names_no_agency_credits_nobody() {
    let a = parse(&council_story("", "Source: city election office"));
    assert!(a.credits.is_empty(), "{:?}", a.credits);
}

/// A page whose story opens under `note`, with a standfirst over the
/// byline; `end` closes the story.
fn noted_story(note: &str, end: &str) -> String {
    format!(
        "Explainer: What the new rail fares mean for you\n\
         From January, more people can get a discount on their season ticket. Here is how it works\n\
         By Wong Mei Ling\nPublished Nov 27, 2025, 06:00 AM\n\n{note}\n\n\
         From Jan 1, 2026, more commuters who buy a season ticket will get a discount from the operator, the ministry said on Thursday.\n\n\
         The ministry said about 110,000 more commuters will qualify for the lower fare. Here is what changes for them.\n\n\
         Every dollar of the fare above $120 a month is matched by the Government, up to $1,000 a year for each commuter.\n\n{end}\n"
    )
}

#[test]
fn an_editors_note_over_the_story_is_no_paragraph_of_it() {
    let plain = "The ministry will review the scheme in 2027, a spokesman said.";
    for (note, end) in [
        (
            "Correction: An earlier version of this article said the discount is capped at $600 a year. The cap is $1,000.",
            plain,
        ),
        (
            "EDITOR'S NOTE: This story has been updated to include comment from the rail union.",
            plain,
        ),
        (
            plain,
            "Nota da redação: Este artigo foi atualizado às 11h05 com os preços para estudantes.",
        ),
    ] {
        let a = parse(&noted_story(note, end));
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert!(
            body.iter().all(|b| !b.contains("updated")
                && !b.contains("earlier version")
                && !b.contains("atualizado")),
            "{note}: {body:?}"
        );
        assert!(body.len() >= 3, "{note}: {body:?}");
        assert!(
            a.subtitle
                .as_deref()
                .is_some_and(|s| s.starts_with("From January")),
            "{note}: {:?}",
            a.subtitle
        );
        assert!(
            a.removed
                .iter()
                .any(|r| r.reason == newsclip::RemovalReason::Disclaimer)
        );
    }
}
