//! Key points under a heading no lexicon holds ("D'Wichtegst a Kuerz",
//! then bulleted items) that the rules keep as the body's first
//! paragraphs: they are the article's key points, and the body is the
//! prose after them.

use newsclip::{LineRole, parse};

const PAGE: &str = "Noriichten\nLëtzebuerg\nSport\nKultur\n\
Noriichten › Lëtzebuerg › Mobilitéit\n\
Nei Buslinnen am Süde vun Abrëll un\n\
Vum Claude Schmit\n\
Méindeg, 3. Mäerz 2025 um 08:15 Auer\n\
Aktualiséiert: 3. Mäerz 2025 um 10:40 Auer\n\
Lieszäit: 3 Minutten\n\
D'Wichtegst a Kuerz\n\
• Siwwe Buslinnen ginn ab dem 7. Abrëll ëmgeluecht\n\
• Zwou nei Expresslinnen fueren op d'Stad\n\
• De Service gëtt owes verlängert\n\
Zu Esch sollen d'Bussen an Zukunft méi dacks fueren. Foto: Anne Lommel\n\
De Ministère huet e Méindeg d'Detailer vun der Reform virgestallt. D'Bussen am Süde solle méi dacks fueren.\n\
D'Zil wier et, datt d'Leit méi séier an d'Stad kéimen, sot d'Ministesch op enger Pressekonferenz.\n\
D'Gemengen haten zanter Joren méi Verbindungen owes gefuerdert.\n";

#[test]
fn bullets_that_open_the_body_are_the_key_points() {
    let a = parse(PAGE);
    assert_eq!(
        a.key_points,
        [
            "Siwwe Buslinnen ginn ab dem 7. Abrëll ëmgeluecht",
            "Zwou nei Expresslinnen fueren op d'Stad",
            "De Service gëtt owes verlängert",
        ]
    );
    assert!(a.body.iter().all(|b| !b.text.contains("Buslinnen ginn")));
    assert!(
        a.body
            .first()
            .is_some_and(|b| b.text.starts_with("De Ministère")),
        "{:?}",
        a.body
    );
    let items = a.lines.iter().filter(|l| l.role == LineRole::KeyPoint);
    assert_eq!(items.count(), 3);
}

#[test]
fn dashed_quotations_that_open_the_body_stay_in_it() {
    let page = PAGE
        .replace("• Siwwe", "– Siwwe")
        .replace("• Zwou", "– Zwou")
        .replace("• De Service", "– De Service");
    let a = parse(&page);
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
}
