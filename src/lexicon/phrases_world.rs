//! The phrase table, third part: whole-line phrases in more languages
//! (Tagalog, Hungarian, Ukrainian, Hebrew, Norwegian, Romanian, Slovak and
//! English variants): related and most-read headings, advertising labels and
//! the links of a site's footer.

use super::Boiler;

/// Phrases of the related-heading, advertising and footer classes in more
/// languages, lower-case.
pub(super) static PHRASES: &[(Boiler, &[&str])] = &[
    (
        Boiler::RelatedHeader,
        &[
            "mga kaugnay na balita",
            "pinakabinabasa",
            "basahin din",
            "explore further",
            "latest death notices",
            "death notices",
            "kapcsolódó cikkek",
            "legolvasottabb",
            "legfrissebb",
            "популярне",
            "останні новини",
            "הכי נקראים",
            "כתבות נוספות",
            "עוד כתבות",
            "siste nytt",
            "se også",
            "citiți și",
            "cele mai citite",
            "súvisiace články",
            "najčítanejšie",
        ],
    ),
    (
        Boiler::Advertisement,
        &[
            "annonse",
            "hirdetés",
            "פרסומת",
            "patalastas",
            "reclamă",
            "publicitate",
        ],
    ),
    (
        Boiler::Footer,
        &[
            "advertise with us",
            "advertise",
            "terms & conditions",
            "terms and conditions",
            "data protection policy",
            "feedback to editors",
            "tungkol sa amin",
            "makipag-ugnayan sa amin",
            "kapcsolat",
            "impresszum",
            "adatvédelem",
            "adatvédelmi tájékoztató",
            "про нас",
            "контакти",
            "умови використання",
            "אודות",
            "צור קשר",
            "תנאי שימוש",
            "om oss",
            "kontakt oss",
            "personvern",
            "personvernerklæring",
            "despre noi",
        ],
    ),
];
