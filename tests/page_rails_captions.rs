//! Rail headings and caption credits in forms a page prints them in:
//! "Latest ... News" and "Trending on ..." rails, "more news" rails in
//! other languages, a credit closing a long caption ("... Picture by
//! Name"), a photo word and a name in brackets ("(foto Archivio Rossi)"),
//! and a credit with its outlet under the caption ("Fot. Name / Outlet"),
//! which is no breadcrumb.

use newsclip::parse;

mod common;

use common::ferry::{HEAD, TEXT};

#[test]
fn rail_headings_naming_their_topic_open_a_related_list() {
    for heading in [
        "Latest Business News",
        "Trending on KQTV",
        "Більше новин",
        "Altre notizie",
    ] {
        let text = format!(
            "{HEAD}{TEXT}{heading}\nNew terminal opens at the north pier\nCouncil backs night bus trial on two routes\n"
        );
        let a = parse(&text);
        assert_eq!(
            a.related,
            [
                "New terminal opens at the north pier",
                "Council backs night bus trial on two routes"
            ],
            "{heading}"
        );
        assert_eq!(a.body.len(), 4, "{heading}: {:?}", a.body);
    }
}

#[test]
fn credits_in_more_caption_forms_are_split_off() {
    for (caption, text, credit) in [
        (
            "Deckhands tie up the morning ferry at the north pier on Sunday. Picture by Kyle Benning",
            "Deckhands tie up the morning ferry at the north pier on Sunday.",
            "Kyle Benning",
        ),
        (
            "Il traghetto del mattino al molo nord nel 2016 (foto Archivio Rossi)",
            "Il traghetto del mattino al molo nord nel 2016",
            "Archivio Rossi",
        ),
        (
            "Prom w porcie północnym.\nFot. Marek Zając / Gazeta Portowa",
            "Prom w porcie północnym.",
            "Marek Zając / Gazeta Portowa",
        ),
        (
            "Prom w porcie północnym.\nFoto: Marek Zając / Gazeta Portowa",
            "Prom w porcie północnym.",
            "Marek Zając / Gazeta Portowa",
        ),
    ] {
        // The photo between the second and the third paragraph.
        let lines: Vec<&str> = TEXT.lines().collect();
        let (top, rest) = lines.split_at(2);
        let page = format!("{HEAD}{}\n{caption}\n{}\n", top.join("\n"), rest.join("\n"));
        let a = parse(&page);
        assert_eq!(a.captions.len(), 1, "{caption}: {:?}", a.captions);
        assert_eq!(a.captions[0].text, text);
        assert_eq!(a.captions[0].credit.as_deref(), Some(credit));
        assert_eq!(a.section, None, "{caption}");
        assert_eq!(a.body.len(), 4, "{caption}: {:?}", a.body);
    }
}
