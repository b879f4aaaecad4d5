//! The forms of small sites' pages: a council's writer with the office
//! after the name ("NAME, Parish Clerk", "NAME, Projektleiterin der
//! Stiftung"), photo credits under the caption
//! with bare photo words ("Fot. ORG", "Foto di NAME"), and a blog's sidebar
//! under its "Recent Posts" list (the recent comments, the archives, the
//! theme's credit), which lists no related stories, and the "Recent
//! Posts" list under the comments, which does; Blogger's signature
//! under a post with its comment count; and a post's filing line ("Posted
//! in CATEGORY"), its section; and a text-size widget ("A A A"), none.

use newsclip::parse;

const STORY: &str = "\
The new footpath along the mill stream will be finished before the spring fair, the council said on Tuesday.
Work on the second stretch, between the old bridge and the allotments, starts next week and takes about a month.
Residents asked for the path after the flood of 2023 closed the lane for most of the summer.
";

#[test]
fn an_office_after_the_writer_is_no_second_writer() {
    for office in ["Parish Clerk", "Town Clerk", "Club Treasurer"] {
        let page = format!(
            "Footpath along the mill stream to open in spring\nWritten by Helen Marsh, {office}\n{STORY}"
        );
        let a = parse(&page);
        assert_eq!(a.authors, ["Helen Marsh"], "{office}");
    }
}

#[test]
fn bare_photo_words_under_a_caption_give_its_credit() {
    for (line, credit) in [
        ("Fot. Urząd Gminy", "Urząd Gminy"),
        ("Foto di Marta Ricci", "Marta Ricci"),
    ] {
        let page = format!(
            "Footpath along the mill stream to open in spring\nBy Helen Marsh\n\
             The new footpath along the mill stream will be finished before the spring fair, the council said on Tuesday.\n\n\
             Workers lay the first stones near the old bridge.\n{line}\n\n\
             Work on the second stretch, between the old bridge and the allotments, starts next week and takes about a month.\n\n\
             Residents asked for the path after the flood of 2023 closed the lane for most of the summer.\n"
        );
        let a = parse(&page);
        let cap = a.captions.first();
        assert_eq!(
            cap.and_then(|c| c.credit.as_deref()),
            Some(credit),
            "{line}"
        );
        assert!(a.body.iter().all(|b| !b.text.contains(line)), "{line}");
    }
}

#[test]
fn a_blogs_sidebar_widgets_list_no_related_stories() {
    let page = format!(
        "Footpath along the mill stream to open in spring\nPosted by Helen Marsh\n{STORY}\
         Recent Posts\nAllotment waiting list opens again in March\nLibrary van changes its Friday stops\n\
         Recent Comments\nDerek on Library van changes its Friday stops\nArchives\nMarch 2026\nFebruary 2026\n\
         Powered by WordPress | Theme: Twenty Twenty\n"
    );
    let a = parse(&page);
    assert_eq!(
        a.related,
        [
            "Allotment waiting list opens again in March",
            "Library van changes its Friday stops"
        ]
    );
    assert!(a.removed.iter().any(|r| r.text.starts_with("Derek on")));
}

#[test]
fn a_blogger_signature_with_its_comment_count_is_the_byline() {
    for count in ["3 comments:", "No comments:"] {
        let page = format!(
            "Footpath along the mill stream to open in spring\n{STORY}Posted by Helen Marsh at 7:42 PM {count}\nLabels: footpath, council\n"
        );
        let a = parse(&page);
        assert_eq!(a.authors, ["Helen Marsh"], "{count}");
        assert!(
            // The signature ends the story: its labels are no paragraph.
            a.body
                .iter()
                .all(|b| !b.text.contains("Posted by") && !b.text.starts_with("Labels:")),
            "{count}"
        );
    }
}

#[test]
fn a_posts_filing_line_gives_its_section_and_leaves_the_body() {
    for (line, section) in [
        ("Posted in Parish News | 2 Comments", "Parish News"),
        (
            "Publié dans Vie du quartier | Étiquettes : marché",
            "Vie du quartier",
        ),
    ] {
        let page = format!(
            "Footpath along the mill stream to open in spring\nBy Helen Marsh\n{STORY}{line}\n"
        );
        let a = parse(&page);
        assert_eq!(a.section.as_deref(), Some(section), "{line}");
        assert!(a.body.iter().all(|b| !b.text.contains(line)), "{line}");
    }
}

#[test]
fn a_blogs_recent_posts_under_its_comments_are_related() {
    let page = format!(
        "Footpath along the mill stream to open in spring\nVon Helen Marsh\n{STORY}\
         Schreibe einen Kommentar\nName *\nE-Mail *\nWebsite\nKommentar abschicken\n\
         Neueste Beiträge\nFootpath along the mill stream to open in spring\n\
         Weihnachtsfeier der Turnabteilung am 13. Dezember\nMitgliederversammlung 2026: Einladung und Tagesordnung\n\
         Archiv\nDezember 2025\n"
    );
    let a = parse(&page);
    assert_eq!(
        a.related,
        [
            "Weihnachtsfeier der Turnabteilung am 13. Dezember",
            "Mitgliederversammlung 2026: Einladung und Tagesordnung"
        ]
    );
}

#[test]
fn a_writers_department_after_the_name_is_no_second_writer() {
    let page = format!(
        "Footpath along the mill stream to open in spring\nAutorin: Anna Weber, Projektleiterin der Stiftung\n{STORY}"
    );
    assert_eq!(parse(&page).authors, ["Anna Weber"]);
}

#[test]
fn a_text_size_widget_is_no_section() {
    let page = format!(
        "Kirkby Parish Council\nHome About News Contact Us\nA A A  Accessibility\n\nFootpath along the mill stream to open in spring\nPosted: 04/12/2025\n{STORY}"
    );
    let a = parse(&page);
    assert_ne!(a.section.as_deref(), Some("A A A Accessibility"));
    assert!(a.removed.iter().any(|r| r.text.contains("Accessibility")));
}
