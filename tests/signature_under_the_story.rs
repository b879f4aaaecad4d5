//! A piece signed at its end ("Text: NAME", "Erstellt von NAME", a
//! letter's "NAME," over its address) names its writer when nothing above
//! the story does; a bare name, a photo credit or
//! a commenter's signature under a comment heading does not.

use newsclip::{Labeller, Options, Parser, parse};

/// A garden magazine's page: headline, date, four paragraphs, then the
/// writer's signature, a forum prompt and more stories.
fn page(signature: &str) -> String {
    format!(
        "Gartenwelt Magazin\nStartseite > Pflanzen > Sträucher\n\
Die Kornelkirsche blüht, wenn alles andere noch schläft\n\
12. Februar 2026\n\
Schon im Februar öffnet die Kornelkirsche ihre kleinen gelben Blüten und versorgt die ersten Bienen des Jahres mit Nektar und Pollen.\n\
Der Strauch wird bis zu sechs Meter hoch, verträgt Trockenheit gut und braucht in den meisten Gärten keinerlei Pflege oder Dünger.\n\
Im Spätsommer reifen die roten Früchte, aus denen sich Marmelade, Saft oder ein kräftiger Likör herstellen lassen, wenn man sie rechtzeitig erntet.\n\
Wer den Strauch schneiden möchte, tut das am besten direkt nach der Blüte, damit sich bis zum nächsten Winter neue Knospen bilden können.\n\
{signature}\n\
Frage zum Thema Kornelkirsche?\nZum Forum\nHier weiterlesen\n\
So überwintern Sie Ihre Kübelpflanzen richtig\nZehn Sträucher, die schon im Winter blühen\n\
Impressum | Datenschutz | Kontakt\n"
    )
}

#[test]
fn a_signature_under_the_story_names_its_writer() {
    for (line, name) in [
        ("Text: Wiebke Hansen-Roth", "Wiebke Hansen-Roth"),
        ("Erstellt von Jonas Albrecht", "Jonas Albrecht"),
        ("Autorin: Mareike Solberg", "Mareike Solberg"),
    ] {
        let a = parse(&page(line));
        assert_eq!(a.authors, [name], "{line}");
        assert_eq!(a.body.len(), 4, "{line}");
        assert!(a.body.iter().all(|b| !b.text.contains(name)), "{line}");
    }
}

#[test]
fn a_bare_name_or_photo_credit_under_the_story_names_no_one() {
    for line in ["Wiebke Hansen-Roth", "Foto: Wiebke Hansen-Roth"] {
        let a = parse(&page(line));
        assert!(
            !a.authors.iter().any(|n| n.contains("Wiebke")),
            "{line}: {:?}",
            a.authors
        );
    }
}

/// (The rules: the line model's author ranker reads names of its own.)
#[test]
fn a_commenter_under_a_comment_heading_is_not_the_writer() {
    let text = page("3 Kommentare\nKommentar von Jonas Albrecht\nSchöner Artikel, danke!");
    let rules = Parser::new(Options::new().labeller(Labeller::Rules));
    let a = rules.parse(&text);
    assert!(
        !a.authors.iter().any(|n| n.contains("Jonas")),
        "{:?}",
        a.authors
    );
}

#[test]
fn a_letter_signed_with_a_name_over_its_address_names_its_writer() {
    let page = "Letters\nThe bypass would cut the town in two\nThursday, 4 December 2025\n\
Sir, – As someone who has lived beside the river for more than fifty years, I read your report on the preferred route with dismay.\n\
The route chosen by the council would carry lorries on a raised embankment between the cathedral and the old gaol.\n\
I would urge every resident to look at the drawings in the library before the consultation closes.\n\
Máire Ní Bhriain,\nClarecastle,\nCo Clare.\n\
Letters to the editor should be sent to the letters desk and must include a name and address.\n";
    assert_eq!(parse(page).authors, ["Máire Ní Bhriain"]);
}
