//! A byline whose marker no lexicon holds, between the headline and the
//! body: "LABEL: NAME" or "WORDS particle NAME". Its names are the
//! article's authors; the line is no standfirst.

use newsclip::{LineRole, RemovalReason, parse};

mod common;

use common::ferry::TEXT;

/// The ferry story with `byline` between its headline and date line.
fn story_with(byline: &str) -> String {
    format!(
        "Harbour Times\nNews  Sport  Business\nHarbour ferry fares to rise by a fifth from April\n{byline}\nMarch 4, 2025\n{TEXT}© 2025 Harbour Times\n"
    )
}

#[test]
fn names_after_an_unknown_particle_or_label_are_the_authors() {
    for (byline, authors) in [
        (
            "Yanditswe na Jean Bosco Habimana",
            vec!["Jean Bosco Habimana"],
        ),
        ("Qoray: Korra Vemaal", vec!["Korra Vemaal"]),
        ("ئامادەکردنی: ئاراس محەمەد", vec!["ئاراس محەمەد"]),
        // A label with the vowel signs of an abugida.
        ("செய்தியாளர்: கவிதா ராமன்", vec!["கவிதா ராமன்"]),
        // An Ethiopic colon after the label.
        ("ዘጋቢ፡ ሰላማዊት ታደሰ", vec!["ሰላማዊት ታደሰ"]),
        (
            "Writen nga Hery Rakoto sy Fara Andria",
            vec!["Hery Rakoto", "Fara Andria"],
        ),
    ] {
        let a = parse(&story_with(byline));
        assert_eq!(a.authors, authors, "{byline}");
        assert_eq!(a.subtitle, None, "{byline}");
        assert_eq!(a.spans.authors.len(), authors.len());
        let role = a
            .lines
            .iter()
            .find(|l| Some(l.span) == a.spans.authors.first().copied())
            .map(|l| l.role);
        assert_eq!(role, Some(LineRole::Byline), "{byline}");
        assert_eq!(a.body.len(), 4, "{byline}: {:?}", a.body);
    }
}

#[test]
fn lines_that_only_look_so_name_nobody() {
    for line in [
        // A known language's words before a name-like product.
        "WERBUNG für Plantur Farbshampoo",
        "Posted in: Around Town",
        "Arabic Bible: Easy-to-Read Version",
        // A name's own particles.
        "Maria de la Cruz",
    ] {
        let a = parse(&story_with(line));
        assert!(
            a.authors.iter().all(|n| n != "Plantur Farbshampoo"
                && n != "Around Town"
                && n != "Easy-to-Read Version"
                && n != "la Cruz"),
            "{line}: {:?}",
            a.authors
        );
    }
    // Far from the headline and the date (under a menu of other lines), a
    // labelled name is not the story's byline.
    let far = "Harbour Times\nHarbour ferry fares to rise by a fifth from April\nMarch 4, 2025\nNews\nSport\nBusiness\nQoray: Korra Vemaal\n".to_string() + TEXT;
    assert!(parse(&far).authors.is_empty(), "{:?}", parse(&far).authors);
}

#[test]
fn a_byline_in_the_header_outranks_a_commenters_name_below_the_body() {
    let text = format!(
        "Harbour Times\nNews  Sport  Business\nHarbour ferry fares to rise by a fifth from April\nBindkat: Astou Mbengue\nMarch 4, 2025\n{TEXT}Xalaat yi (2)\nMoussa Ba · March 4, 2025\nBu dee dëgg la, baax na lool waaye njëg ji soppeekuwul.\nFatou Ndiaye · March 4, 2025\nJërëjëf ci xibaar bi.\n© 2025 Harbour Times\n"
    );
    let a = parse(&text);
    assert_eq!(a.authors, ["Astou Mbengue"]);
    // The commenter's line stays in the audit trail, after the story.
    assert_eq!(
        removed_as(&a, &text, "Fatou Ndiaye"),
        Some(RemovalReason::AfterStory)
    );
}

/// The reason `a` removed the line of `text` that starts with `line`, when
/// it removed it and uses it nowhere.
fn removed_as(a: &newsclip::Article, text: &str, line: &str) -> Option<RemovalReason> {
    let at = text.find(&format!("\n{line}"))? + 1;
    if a.lines.iter().any(|l| l.span.start == at) {
        return None;
    }
    a.removed
        .iter()
        .find(|r| r.span.start == at)
        .map(|r| r.reason)
}

#[test]
fn a_byline_under_the_key_points_outranks_their_heading_read_as_a_name() {
    let text = format!(
        "Harbour Times\nHarbour ferry fares to rise by a fifth from April\nInti Warta\n• Fares rise by 20 per cent from April 1\n• Weekly passes are not capped\nPanulis: Dwi Hartono\nMarch 4, 2025\n{TEXT}"
    );
    let a = parse(&text);
    assert_eq!(a.authors, ["Dwi Hartono"]);
    assert_eq!(a.key_points.len(), 2);
    assert_eq!(
        removed_as(&a, &text, "Inti Warta"),
        Some(RemovalReason::Label)
    );
    // A name alone over the key points stays the author when no other
    // byline is printed.
    let text = text.replace("Panulis: Dwi Hartono\n", "");
    assert_eq!(parse(&text).authors, ["Inti Warta"]);
}

#[test]
fn the_byline_under_a_standfirst_is_read_once_the_standfirst_is_taken() {
    // The rules keep the standfirst as the first paragraph; the byline
    // under it, with an unknown label, is read once the standfirst is
    // taken out of the body.
    let page = "Oyggjatíðindi\nForsíða\nInnlendis\nÚtlendis\nÍtróttur\n\nForsíða › Innlendis\n\n\
Nýggj ferja verður bygd í Spania\n\n\
Landsstýrið hevur skrivað undir sáttmála við eina skipasmiðju. Ferjan skal sigla frá 2028.\n\n\
Tekstur: Rógvi Joensen\nMyndir: Turið Hansen\nmánadagur 10. mars 2025 kl. 14:32\nDagført: 10.03.2025 kl. 18:05\n\n\
Gamla ferjan liggur við bryggju. Nýggja ferjan verður 30 metrar longri.\nMynd: Turið Hansen\n\n\
Strandfaraskipini fáa nýggja ferju til leiðina. Í dag skrivaði landsstýrismaðurin undir sáttmála við skipasmiðjuna í Spania.\n\n\
Ferjan kostar umleið 620 milliónir krónur og skal kunna taka 1.000 ferðafólk og 250 bilar.\n\n\
– Hetta er ein stórur dagur fyri oynna. Fólk hava bíðað leingi eftir einari ferju, segði landsstýrismaðurin.\n";
    let a = parse(page);
    assert_eq!(a.title, "Nýggj ferja verður bygd í Spania");
    assert!(a.subtitle.is_some_and(|s| s.starts_with("Landsstýrið")));
    assert_eq!(a.authors, ["Rógvi Joensen"]);
    assert!(a.body.iter().all(|b| !b.text.contains("Rógvi")));
}
