//! A photo caption whose credit label no lexicon holds ("… Nyabugogo.
//! Ifoto: Eric Ruzindana", "… Huwebes. | Hulagway ni Alex Badayos"), over the story or between its paragraphs: a
//! caption with its credit, not a paragraph.

use newsclip::{LineRole, parse};

mod common;

use common::ferry::{HEAD, TEXT};

fn story_with(caption: &str, at: usize) -> String {
    let mut lines: Vec<&str> = TEXT.lines().collect();
    lines.insert(at, caption);
    format!(
        "Harbour Times\n{HEAD}{}\n© 2025 Harbour Times\n",
        lines.join("\n")
    )
}

#[test]
fn a_caption_with_an_unknown_credit_label_is_a_caption() {
    for (caption, at) in [
        (
            "Passengers queue for the morning ferry at the north pier. Ifoto: Eric Ruzindana",
            0,
        ),
        (
            "Passengers queue for the morning ferry at the north pier. Ifoto: Eric Ruzindana",
            2,
        ),
        // An apostrophe inside the label.
        (
            "Passengers queue for the morning ferry at the north pier. Luc'hskeudenn: Eric Ruzindana",
            2,
        ),
        // A label and an unknown "by"-word, no colon.
        (
            "Passengers queue for the morning ferry at the north pier. Pic by Eric Ruzindana",
            2,
        ),
        (
            "Passengers queue for the morning ferry at the north pier. | Hulagway ni Eric Ruzindana",
            2,
        ),
    ] {
        let a = parse(&story_with(caption, at));
        assert_eq!(a.captions.len(), 1, "at {at}: {:?}", a.body);
        let c = &a.captions[0];
        assert_eq!(
            c.text,
            "Passengers queue for the morning ferry at the north pier."
        );
        assert_eq!(c.credit.as_deref(), Some("Eric Ruzindana"));
        assert_eq!(a.body.len(), 4, "at {at}: {:?}", a.body);
        assert!(a.body.iter().all(|b| !b.text.contains("Eric")));
        let role = a.lines.iter().find(|l| l.span == c.span).map(|l| l.role);
        assert_eq!(role, Some(LineRole::Caption));
    }
}

#[test]
fn a_paragraph_ending_with_a_colon_and_a_name_stays_text() {
    // A sentence runs into the colon: no caption text before a label.
    let line = "The board thanked the crew who had kept the service running through the storms: Eric Ruzindana";
    let a = parse(&story_with(line, 2));
    assert!(a.captions.is_empty(), "{:?}", a.captions);
    assert_eq!(a.body.len(), 5);
    // A function word of a known language is no label.
    let line = "The board thanked the crew for the winter service. From: Eric Ruzindana";
    assert!(parse(&story_with(line, 2)).captions.is_empty());
}

#[test]
fn a_wire_dateline_under_such_a_caption_is_read() {
    // The rules read the caption as the first paragraph; the dateline on
    // the paragraph under it is read once the caption is taken.
    let text = format!(
        "Harbour Times\n{HEAD}Passengers queue for the morning ferry at the north pier. Ifoto: Eric Ruzindana\nHARBOURTOWN, March 4 (Reuters) - {}",
        TEXT
    );
    let a = parse(&text);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.dateline.as_deref(), Some("HARBOURTOWN"));
    assert!(a.credits.iter().any(|c| c == "Reuters"), "{:?}", a.credits);
    assert!(a.body[0].text.starts_with("The harbour ferry operator"));
    assert_eq!(a.spans.dateline, Some(a.body[0].span));
}

#[test]
fn a_credit_under_its_caption_at_the_top_of_the_body_is_the_captions() {
    // The caption, then its credit with an unknown label on the next line.
    let page = "Oyggjatíðindi\nForsíða\nInnlendis\n\nNýggj ferja verður bygd í Spania\n\n\
mánadagur 10. mars 2025 kl. 14:32\n\n\
Gamla ferjan liggur við bryggju. Nýggja ferjan verður 30 metrar longri.\nMynd: Turið Hansen\n\n\
Strandfaraskipini fáa nýggja ferju til leiðina. Í dag skrivaði landsstýrismaðurin undir sáttmála við skipasmiðjuna í Spania.\n\n\
Ferjan kostar umleið 620 milliónir krónur og skal kunna taka 1.000 ferðafólk og 250 bilar.\n\n\
– Hetta er ein stórur dagur fyri oynna. Fólk hava bíðað leingi eftir einari ferju, segði landsstýrismaðurin.\n";
    let a = parse(page);
    assert_eq!(a.captions.len(), 1, "{:?}", a.captions);
    assert_eq!(
        a.captions[0].text,
        "Gamla ferjan liggur við bryggju. Nýggja ferjan verður 30 metrar longri."
    );
    assert_eq!(a.captions[0].credit.as_deref(), Some("Turið Hansen"));
    assert!(
        a.body.iter().all(|b| !b.text.contains("Turið")),
        "{:?}",
        a.body
    );
    assert_eq!(
        a.lines
            .iter()
            .filter(|l| l.role == LineRole::Caption)
            .count(),
        2
    );
}
