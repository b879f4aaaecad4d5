//! The forms of story genres' pages: a fact check's labels ("CLAIM:",
//! "VERDICT:") open no dateline, and a footer's row under the story ("Contact
//! the newsroom | Place a notice | © NAME Ltd 2025") is no photo caption;
//! an interview's photo credit under its caption after a bar ("| Photo
//! Credit: NAME") and an obituary's after "Fot." ("Fot. Archiwum chóru
//! „Echo”") are the caption's credits; a gallery's slides printed as a
//! bare counter, a caption and the photographer's name are captions.

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

const INTERVIEW: &str = r#"'The sea wall is not the answer': a coastal scientist on Kerala's shrinking beaches
Dr. Rajan Pillai spent three decades measuring the coast. He says the State must stop building walls.
By Anita Menon
Published - December 01, 2025 06:00 am IST

Dr. Rajan Pillai at Valiyathura, where the shoreline has moved more than 60 metres since 2010.
| Photo Credit: S. Mahesh

Dr. Rajan Pillai retired this year as head of the coastal processes division, after thirty years of surveys along the coast.

You have said the State has spent more on sea walls than on understanding the coast. What do you mean by that?

Every monsoon we lose beaches, and every year we answer with more granite. Nobody measures what the walls do to the next village.

What should be done instead?

Sand has to be allowed to move. Where walls were built, beaches vanished within a few years.
"#;

const OBITUARY: &str = r#"Nie żyje Stanisław Kurek, dyrygent chóru z Tarnowa
Dyrygent, nauczyciel muzyki i społecznik zmarł w wieku 84 lat.
Autor: Jan Nowak

Stanisław Kurek podczas koncertu kolęd w katedrze tarnowskiej w 2015 roku.
Fot. Archiwum chóru „Echo”

Stanisław Kurek zmarł w sobotę w szpitalu w Tarnowie. Przez trzydzieści lat prowadził chór, z którym koncertował w całej Polsce.

Urodził się w 1941 roku w Dąbrowie Tarnowskiej. Uczył muzyki w szkołach podstawowych i w liceum.

W 2010 roku otrzymał medal za zasługi dla miasta. Chór pożegna go podczas mszy we wtorek.
"#;

#[test]
fn credits_under_captions_after_a_bar_or_fot_are_read() {
    for (page, caption, credit) in [
        (
            INTERVIEW,
            "Dr. Rajan Pillai at Valiyathura, where the shoreline has moved more than 60 metres since 2010.",
            "S. Mahesh",
        ),
        (
            OBITUARY,
            "Stanisław Kurek podczas koncertu kolęd w katedrze tarnowskiej w 2015 roku.",
            "Archiwum chóru „Echo”",
        ),
    ] {
        let a = parse(page);
        assert_eq!(a.captions.len(), 1, "{caption}");
        assert_eq!(a.captions[0].text, caption);
        assert_eq!(a.captions[0].credit.as_deref(), Some(credit));
        assert!(a.body.iter().all(|b| b.text != caption), "{caption}");
    }
}

const GALLERY: &str = r#"Harbour Gazette
News
Photos
In pictures: Hundreds of boats light up the harbour for the winter festival
By Ana Kell
Saturday, 15 November 2025, 10:40pm

More than 400 boats sailed past the sea wall on Saturday evening for the first lantern parade of the winter festival.

Crews from twelve clubs decorated their hulls with lanterns, and the parade took about two hours to pass the pier.

1 of 4
A fishing boat strung with paper lanterns leaves the inner harbour.
Mara Quinn
2 of 4
Rowers from the youth club wave to the crowd on the pier.
Tom Vale
3 of 4
The lifeboat leads the parade past the lighthouse.
Mara Quinn
4 of 4
Fireworks over the sea wall close the night.
Tom Vale

Festival director Ruth Hale said the parade would return next year with a longer route round the bay.

The festival continues until November 23.

Share this gallery
More galleries
In pictures: The autumn regatta in the bay
"#;

#[test]
fn a_gallerys_slides_are_captions_with_their_credits() {
    let a = parse(GALLERY);
    let got: Vec<(&str, Option<&str>)> = a
        .captions
        .iter()
        .map(|c| (c.text.as_str(), c.credit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "A fishing boat strung with paper lanterns leaves the inner harbour.",
                Some("Mara Quinn")
            ),
            (
                "Rowers from the youth club wave to the crowd on the pier.",
                Some("Tom Vale")
            ),
            (
                "The lifeboat leads the parade past the lighthouse.",
                Some("Mara Quinn")
            ),
            (
                "Fireworks over the sea wall close the night.",
                Some("Tom Vale")
            ),
        ]
    );
    assert!(
        a.body
            .iter()
            .all(|b| !b.text.contains("Tom Vale") && !b.text.contains("lighthouse"))
    );
    assert!(a.body.len() >= 3);
}
