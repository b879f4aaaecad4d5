//! Table-driven tests of the dateline grammar.

use newsclip::grammar::dateline::{DatelineError, parse_dateline};

/// (paragraph, place, month_day, agency, rest)
type Row = (
    &'static str,
    &'static str,
    Option<(u32, u32)>,
    Option<&'static str>,
    &'static str,
);

const DATELINES: &[Row] = &[
    // A month the grammar cannot name, before an agency: no date kept.
    (
        "Dakar, 12 màrs (APS) – Njëgu kilo ceeb bi wàcc na.",
        "Dakar",
        None,
        Some("APS"),
        "Njëgu kilo ceeb bi wàcc na.",
    ),
    // An agency's acronym behind a comma after the place alone.
    (
        "ST JOHN'S, Antigua, CMC – The Leeward Islands won by six wickets.",
        "ST JOHN'S, Antigua",
        None,
        Some("CMC"),
        "The Leeward Islands won by six wickets.",
    ),
    (
        "МОСКВА, 4 декабря. Совет директоров Банка России сохранил ставку.",
        "МОСКВА",
        Some((12, 4)),
        None,
        "Совет директоров Банка России сохранил ставку.",
    ),
    (
        "PARIS, 4 déc. Le gouvernement a présenté son budget.",
        "PARIS",
        Some((12, 4)),
        None,
        "Le gouvernement a présenté son budget.",
    ),
    (
        "KYIV: Russia launched drones overnight.",
        "KYIV",
        None,
        None,
        "Russia launched drones overnight.",
    ),
    (
        "SEOUL: North Korea fired a missile.",
        "SEOUL",
        None,
        None,
        "North Korea fired a missile.",
    ),
    (
        "WASHINGTON (AP) — A Senate committee voted on Tuesday.",
        "WASHINGTON",
        None,
        Some("AP"),
        "A Senate committee voted on Tuesday.",
    ),
    (
        "LONDON, Feb 3 (Reuters) - British retailers suffered their weakest January.",
        "LONDON",
        Some((2, 3)),
        Some("Reuters"),
        "British retailers suffered their weakest January.",
    ),
    (
        "PARIS (AFP) - France said on Monday.",
        "PARIS",
        None,
        Some("AFP"),
        "France said on Monday.",
    ),
    (
        "NEW YORK, March 4 — Stocks fell.",
        "NEW YORK",
        Some((3, 4)),
        None,
        "Stocks fell.",
    ),
    (
        "Berlin (dpa) - Die kommunalen Spitzenverbände warnen.",
        "Berlin",
        None,
        Some("dpa"),
        "Die kommunalen Spitzenverbände warnen.",
    ),
    (
        "Santiago de Chile, 4 mar (EFE).- El Gobierno chileno anunció.",
        "Santiago de Chile",
        Some((3, 4)),
        Some("EFE"),
        "El Gobierno chileno anunció.",
    ),
    (
        "MONTRÉAL — Le maire a annoncé.",
        "MONTRÉAL",
        None,
        None,
        "Le maire a annoncé.",
    ),
    (
        "WASHINGTON — The House voted.",
        "WASHINGTON",
        None,
        None,
        "The House voted.",
    ),
    (
        "WASHINGTON, D.C. — The House voted.",
        "WASHINGTON, D.C.",
        None,
        None,
        "The House voted.",
    ),
    (
        "ST. LOUIS (AP) — A jury ruled.",
        "ST. LOUIS",
        None,
        Some("AP"),
        "A jury ruled.",
    ),
    (
        "JERUSALEM/GAZA, Nov 2 (Reuters) - Israeli forces advanced.",
        "JERUSALEM/GAZA",
        Some((11, 2)),
        Some("Reuters"),
        "Israeli forces advanced.",
    ),
    (
        "NEW DELHI: The government said.",
        "NEW DELHI",
        None,
        None,
        "The government said.",
    ),
    (
        "Kyiv (Reuters) - Ukraine said.",
        "Kyiv",
        None,
        Some("Reuters"),
        "Ukraine said.",
    ),
    (
        "UNITED NATIONS (AP) — The council met.",
        "UNITED NATIONS",
        None,
        Some("AP"),
        "The council met.",
    ),
    (
        "Moskau (dpa) - Russland hat.",
        "Moskau",
        None,
        Some("dpa"),
        "Russland hat.",
    ),
    (
        "Paris (AFP) - La France a.",
        "Paris",
        None,
        Some("AFP"),
        "La France a.",
    ),
    (
        "Madrid, 4 mar (EFE).- El Congreso aprobó.",
        "Madrid",
        Some((3, 4)),
        Some("EFE"),
        "El Congreso aprobó.",
    ),
    (
        "ROME, March 4 (Reuters) - Italy's government.",
        "ROME",
        Some((3, 4)),
        Some("Reuters"),
        "Italy's government.",
    ),
    (
        "(Reuters) - Oil prices rose.",
        "",
        None,
        Some("Reuters"),
        "Oil prices rose.",
    ),
    ("WASHINGTON —", "WASHINGTON", None, None, ""),
    (
        "WASHINGTON—A Senate committee voted.",
        "WASHINGTON",
        None,
        None,
        "A Senate committee voted.",
    ),
    (
        "SPRINGFIELD, Ill. (AP) — Lawmakers met.",
        "SPRINGFIELD, Ill.",
        None,
        Some("AP"),
        "Lawmakers met.",
    ),
    (
        "WINSTON-SALEM, N.C. (AP) — A man.",
        "WINSTON-SALEM, N.C.",
        None,
        Some("AP"),
        "A man.",
    ),
    (
        "BEIJING (Xinhua) -- China said.",
        "BEIJING",
        None,
        Some("Xinhua"),
        "China said.",
    ),
    (
        "  TOKYO – Japan's economy grew.",
        "TOKYO",
        None,
        None,
        "Japan's economy grew.",
    ),
    (
        "Frankfurt am Main (dpa) - Der DAX stieg.",
        "Frankfurt am Main",
        None,
        Some("dpa"),
        "Der DAX stieg.",
    ),
    (
        "Hamburg, 4. März (dpa) - Der Hafen.",
        "Hamburg",
        Some((3, 4)),
        Some("dpa"),
        "Der Hafen.",
    ),
    (
        "Roma, 4 mar (ANSA) - Il governo.",
        "Roma",
        Some((3, 4)),
        Some("ANSA"),
        "Il governo.",
    ),
    (
        "São Paulo, 4 março (Reuters) - O governo.",
        "São Paulo",
        Some((3, 4)),
        Some("Reuters"),
        "O governo.",
    ),
    (
        "WASHINGTON (CNN) — The Senate voted.",
        "WASHINGTON",
        None,
        Some("CNN"),
        "The Senate voted.",
    ),
    (
        "LONDON (Associated Press) — Britain said.",
        "LONDON",
        None,
        Some("AP"),
        "Britain said.",
    ),
    (
        "KYIV: \"We will not give up,\" he said.",
        "KYIV",
        None,
        None,
        "\"We will not give up,\" he said.",
    ),
    (
        "The Hague (Reuters) - The court ruled.",
        "The Hague",
        None,
        Some("Reuters"),
        "The court ruled.",
    ),
    (
        "NEW YORK, Sept. 12 (AP) — Stocks rose.",
        "NEW YORK",
        Some((9, 12)),
        Some("AP"),
        "Stocks rose.",
    ),
];

/// (paragraph, expected error or None for any error)
const NOT_DATELINES: &[&str] = &[
    "NATO: the alliance said it would respond.",
    "Note: this story was updated.",
    "UPDATE: The story was updated.",
    "BREAKING: A fire broke out.",
    "EXCLUSIVE: Inside the talks.",
    "WATCH: The moment it happened.",
    "ANALYSIS: Why it matters.",
    "OPINION: We need better trains.",
    "Q: What happened?",
    "He said: \"We are ready.\"",
    "In 2024: a year in review.",
    "Kyiv is the capital of Ukraine.",
    "The President (R) said he would veto it.",
    "Washington said on Tuesday it would act.",
    "LIVE: Updates from the summit.",
    "Photo: Jane Doe",
    "Source: The ministry",
    "Summary: Prices rose.",
    "Sen. Jim Risch (R-Idaho) - the chairman - said.",
    "U.S.-backed forces advanced.",
    "",
    "Like-for-like sales fell 1.8%.",
    "EDITOR'S NOTE: This story contains graphic details.",
    "CEO: We will grow.",
    "DEAR ABBY: I have a problem.",
    "MR. SMITH: Thank you.",
    "UPDATE 2-Oil prices rise on supply fears",
    "GLOBAL MARKETS-Stocks slip",
    "Mumbai (PTI) said the talks failed.",
    "Berlin, Germany — The city said.",
    // A day and a word, but no agency after them.
    "Berlin, 12 people — The city said.",
    // A day and a month, but a colon after them.
    "Berlin, 12 March: The city said.",
    "Berlin, 12 märz (the report) — The city said.",
    "The minister (left) - the new one - spoke.",
    "WASHINGTON (AP)",
    // A full stop ends a dateline only after its date.
    "NATO. The alliance met.",
    "МОСКВА. Совет директоров",
];

#[test]
fn datelines() {
    for (para, place, md, agency, rest) in DATELINES {
        let p = parse_dateline(para).unwrap_or_else(|e| panic!("{para:?}: {e}"));
        assert_eq!(p.value.place, *place, "place of {para:?}");
        assert_eq!(p.value.month_day, *md, "date of {para:?}");
        assert_eq!(p.value.agency.as_deref(), *agency, "agency of {para:?}");
        assert_eq!(p.rest, *rest, "rest of {para:?}");
        let dl = para.get(p.span.start..p.span.end).unwrap_or("");
        assert!(dl.starts_with(place), "span of {para:?}: {dl:?}");
    }
}

#[test]
fn near_misses() {
    for para in NOT_DATELINES {
        assert!(
            parse_dateline(para).is_err(),
            "{para:?} -> {:?}",
            parse_dateline(para)
        );
    }
}

#[test]
fn errors_say_why() {
    assert_eq!(parse_dateline("UPDATE: x"), Err(DatelineError::Label));
    assert_eq!(
        parse_dateline("GENEVA: the talks resumed."),
        Err(DatelineError::NotSentence)
    );
    assert_eq!(parse_dateline("Kyiv is big."), Err(DatelineError::NoMatch));
}

#[test]
fn hostile_input_is_cheap() {
    let caps = "WASHINGTON ".repeat(1_000_000);
    assert!(parse_dateline(&caps).is_err());
    let run = "A".repeat(200);
    assert!(parse_dateline(&format!("{run}: Text")).is_err());
    let deep = "(".repeat(100_000);
    assert!(parse_dateline(&deep).is_err());
    let multibyte = "É".repeat(500);
    let _ = parse_dateline(&multibyte);
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics(s in "[A-Za-z0-9 ().,:/É—–\\-]{0,200}") {
            if let Ok(p) = parse_dateline(&s) {
                prop_assert!(p.span.end <= s.len());
                prop_assert!(s.ends_with(p.rest) || s.trim_end().ends_with(p.rest));
            }
        }
    }
}

#[test]
fn place_lines() {
    use newsclip::grammar::dateline::parse_place_line;
    for (line, place) in [
        ("BAAR, SWITZERLAND", "BAAR, SWITZERLAND"),
        ("  NEW YORK, N.Y. —", "NEW YORK, N.Y."),
        ("SAN DIEGO, Calif.:", "SAN DIEGO, Calif."),
    ] {
        assert_eq!(
            parse_place_line(line).map(|p| p.value.place).as_deref(),
            Ok(place),
            "{line:?}"
        );
    }
    for line in [
        "WASHINGTON",
        "BREAKING NEWS",
        "Baar, Switzerland",
        "BAAR, SWITZERLAND - Ascom announced a deal.",
        "UPDATE, Monday",
        "",
    ] {
        assert!(parse_place_line(line).is_err(), "{line:?}");
    }
}

#[test]
fn a_place_line_above_the_first_paragraph_is_the_dateline() {
    let a = newsclip::parse(
        "Harbour firm and port sign a new alarm system deal\n\nAugust 23, 2018\n\nBAAR, SWITZERLAND\n\nThe harbour firm announced on Monday a new partnership with the port authority that will bring its alarm system to every terminal.\n\nThe system is already in use at ports in France, Belgium and Norway, the company said in a statement.",
    );
    assert_eq!(a.dateline.as_deref(), Some("BAAR, SWITZERLAND"));
    assert_eq!(a.body.len(), 2, "{:#?}", a.body);
    assert!(
        a.lines
            .iter()
            .any(|l| l.role == newsclip::LineRole::Dateline)
    );
}

#[test]
fn a_year_first_date_and_its_weekday_stand_in_a_wire_dateline() {
    let p = newsclip::grammar::dateline::parse_dateline(
        "Debrecen, 2025. március 4., kedd (MTI) – A város közgyűlése kedden döntött.",
    )
    .unwrap();
    assert_eq!(p.value.place, "Debrecen");
    assert_eq!(p.value.month_day, Some((3, 4)));
    assert_eq!(p.value.year, Some(2025));
    assert_eq!(p.value.agency.as_deref(), Some("MTI"));
    assert_eq!(p.rest, "A város közgyűlése kedden döntött.");
}

#[test]
fn a_weekday_before_the_date_is_no_part_of_the_place() {
    for (line, md, year, agency) in [
        (
            "BELMOPAN, Tue. Mar. 11, 2025 – The reserve will open in May.",
            Some((3, 11)),
            Some(2025),
            None,
        ),
        (
            "WASHINGTON, Sunday, Feb. 2 — The reserve will open in May.",
            Some((2, 2)),
            None,
            None,
        ),
        (
            "PARIS, Monday (Reuters) - The reserve will open in May.",
            None,
            None,
            Some("Reuters"),
        ),
    ] {
        let p = newsclip::grammar::dateline::parse_dateline(line).unwrap();
        assert!(
            ["BELMOPAN", "WASHINGTON", "PARIS"].contains(&p.value.place.as_str()),
            "{line}: {:?}",
            p.value
        );
        assert_eq!(p.value.month_day, md, "{line}");
        assert_eq!(p.value.year, year, "{line}");
        assert_eq!(p.value.agency.as_deref(), agency, "{line}");
        assert_eq!(p.rest, "The reserve will open in May.");
    }
    // A region after the place stays one ("NAIROBI, Kenya").
    let p =
        newsclip::grammar::dateline::parse_dateline("NAIROBI, Kenya, March 3 – The rains came.")
            .unwrap();
    assert_eq!(p.value.place, "NAIROBI, Kenya");
}

#[test]
fn an_okina_stands_in_an_upper_case_place() {
    let p = newsclip::grammar::dateline::parse_dateline(
        "NUKUʻALOFA — Flights to the outer islands were cut short on Monday.",
    )
    .unwrap();
    assert_eq!(p.value.place, "NUKUʻALOFA");
}

#[test]
fn a_particle_before_an_unnamed_month_stands_before_the_agency() {
    let p = newsclip::grammar::dateline::parse_dateline(
        "CATANIA, 6 ta' Marzu (ANSA) – L-ajruport ta' Catania għalaq il-ġurnata kollha.",
    )
    .unwrap();
    assert_eq!(p.value.place, "CATANIA");
    assert_eq!(p.value.agency.as_deref(), Some("ANSA"));
    assert_eq!(p.rest, "L-ajruport ta' Catania għalaq il-ġurnata kollha.");
}
