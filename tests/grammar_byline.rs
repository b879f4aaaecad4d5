//! Table-driven tests of the byline grammars.

use newsclip::grammar::byline::{
    BylineError, has_glued_word, is_lone_marker, is_person_name, is_role, parse_after_marker,
    parse_byline, parse_byline_after_date, parse_meta_tail, parse_name_and_title, parse_trailer,
};

/// (input, authors, credits, role, rest)
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    Option<&'static str>,
    &'static str,
);

const BYLINES: &[Case] = &[
    ("By Jane Doe", &["Jane Doe"], &[], None, ""),
    (
        "By Jane Doe and John Roe",
        &["Jane Doe", "John Roe"],
        &[],
        None,
        "",
    ),
    (
        "By Ann Lee, Bob Stone and Cara Diaz",
        &["Ann Lee", "Bob Stone", "Cara Diaz"],
        &[],
        None,
        "",
    ),
    (
        "By Ann Lee, Bob Stone & Cara Diaz",
        &["Ann Lee", "Bob Stone", "Cara Diaz"],
        &[],
        None,
        "",
    ),
    (
        "By Ann Lee, Bob Stone, and Cara Diaz",
        &["Ann Lee", "Bob Stone", "Cara Diaz"],
        &[],
        None,
        "",
    ),
    (
        "By JANE DOE, Associated Press",
        &["JANE DOE"],
        &["AP"],
        None,
        "",
    ),
    ("BY JANE DOE", &["JANE DOE"], &[], None, ""),
    (
        "By LINDA OKAFOR and DEREK HALVORSEN",
        &["LINDA OKAFOR", "DEREK HALVORSEN"],
        &[],
        None,
        "",
    ),
    ("Jane Doe | Reuters", &["Jane Doe"], &["Reuters"], None, ""),
    // Particles in capitals, and two particles after a given name.
    (
        "By ROD NORDLAND and MAYY EL SHEIKH",
        &["ROD NORDLAND", "MAYY EL SHEIKH"],
        &[],
        None,
        "",
    ),
    ("By JOHN DE LA CRUZ", &["JOHN DE LA CRUZ"], &[], None, ""),
    ("By John De La Cruz", &["John De La Cruz"], &[], None, ""),
    // A long name opening with a given name, or holding a particle, stays one.
    (
        "Maria Fernanda Castro Ruiz | Reuters",
        &["Maria Fernanda Castro Ruiz"],
        &["Reuters"],
        None,
        "",
    ),
    (
        "José de la Cruz | Reuters",
        &["José de la Cruz"],
        &["Reuters"],
        None,
        "",
    ),
    ("Jane Doe · Outlet ·", &["Jane Doe"], &["Outlet"], None, ""),
    (
        "Harjit Sandhu · Pacific Broadcast News ·",
        &["Harjit Sandhu"],
        &["Pacific Broadcast News"],
        None,
        "",
    ),
    ("Written by Clara Nguyen", &["Clara Nguyen"], &[], None, ""),
    ("Words by Clara Nguyen", &["Clara Nguyen"], &[], None, ""),
    ("Story by Clara Nguyen", &["Clara Nguyen"], &[], None, ""),
    ("Reported by Clara Nguyen", &["Clara Nguyen"], &[], None, ""),
    (
        "By regional affairs reporter Tom Hadley",
        &["Tom Hadley"],
        &[],
        Some("regional affairs reporter"),
        "",
    ),
    (
        "By health reporter Mei Tanaka",
        &["Mei Tanaka"],
        &[],
        Some("health reporter"),
        "",
    ),
    (
        "Jane Doe, Senior News Editor",
        &["Jane Doe"],
        &[],
        Some("Senior News Editor"),
        "",
    ),
    (
        "By Jane Doe, Europe Correspondent",
        &["Jane Doe"],
        &[],
        Some("Europe Correspondent"),
        "",
    ),
    ("Staff", &[], &["Staff"], None, ""),
    // An agency's desk credits the agency.
    ("Redazione ANSA", &[], &["ANSA"], None, ""),
    ("Redaktion dpa", &[], &["dpa"], None, ""),
    ("Redacción EFE", &[], &["EFE"], None, ""),
    ("Текст: Иван Петров", &["Иван Петров"], &[], None, ""),
    ("Staff Writer", &[], &["Staff Writer"], None, ""),
    ("Agencies", &[], &["Agencies"], None, ""),
    ("By Staff, Agencies", &[], &["Staff", "Agencies"], None, ""),
    ("by Staff Writer", &[], &["Staff Writer"], None, ""),
    ("By Reuters", &[], &["Reuters"], None, ""),
    ("By AFP", &[], &["AFP"], None, ""),
    ("By The Associated Press", &[], &["AP"], None, ""),
    ("From wire reports", &[], &["Wire reports"], None, ""),
    (
        "By Jane Doe for The Guardian",
        &["Jane Doe"],
        &["The Guardian"],
        None,
        "",
    ),
    ("By Jane Doe in Kyiv", &["Jane Doe"], &[], None, ""),
    (
        "By Jane Doe and agencies",
        &["Jane Doe"],
        &["Agencies"],
        None,
        "",
    ),
    (
        "Jane Doe and John Roe, Reuters",
        &["Jane Doe", "John Roe"],
        &["Reuters"],
        None,
        "",
    ),
    ("Von Anna Kessler", &["Anna Kessler"], &[], None, ""),
    (
        "Von Anna Kessler und Max Mustermann",
        &["Anna Kessler", "Max Mustermann"],
        &[],
        None,
        "",
    ),
    ("Par Jean Dupont", &["Jean Dupont"], &[], None, ""),
    (
        "Par Jean Dupont et Marie Curie",
        &["Jean Dupont", "Marie Curie"],
        &[],
        None,
        "",
    ),
    ("Por María García", &["María García"], &[], None, ""),
    (
        "Por María García y Juan Pérez",
        &["María García", "Juan Pérez"],
        &[],
        None,
        "",
    ),
    ("Di Mario Rossi", &["Mario Rossi"], &[], None, ""),
    ("Door Jan de Vries", &["Jan de Vries"], &[], None, ""),
    ("Автор: Олена Петренко", &["Олена Петренко"], &[], None, ""),
    (
        "By Jane Doe | Published 3:05 PM",
        &["Jane Doe"],
        &[],
        None,
        "Published 3:05 PM",
    ),
    (
        "By Jane Doe Published 3:05 PM",
        &["Jane Doe"],
        &[],
        None,
        "Published 3:05 PM",
    ),
    (
        "By Jane Doe, March 4, 2025",
        &["Jane Doe"],
        &[],
        None,
        "March 4, 2025",
    ),
    ("By Jane Doe\tUpdated", &["Jane Doe"], &[], None, "Updated"),
    (
        "By Jane Doe Email the author Follow",
        &["Jane Doe"],
        &[],
        None,
        "Email the author Follow",
    ),
    ("By Jane Doe |", &["Jane Doe"], &[], None, ""),
    ("By: Jane Doe", &["Jane Doe"], &[], None, ""),
    (
        "By Jean-Luc Picard and Mary O'Neil",
        &["Jean-Luc Picard", "Mary O'Neil"],
        &[],
        None,
        "",
    ),
    ("By J. R. Smith", &["J. R. Smith"], &[], None, ""),
    ("By Theresa May", &["Theresa May"], &[], None, ""),
    ("Anna Kessler (dpa)", &["Anna Kessler"], &["dpa"], None, ""),
    (
        "By Jane Doe, Staff Writer",
        &["Jane Doe"],
        &[],
        Some("Staff Writer"),
        "",
    ),
    (
        "By Jane Doe, The Kyiv Independent",
        &["Jane Doe"],
        &["The Kyiv Independent"],
        None,
        "",
    ),
    (
        "By Jane Doe, Reuters | Updated 2 hours ago",
        &["Jane Doe"],
        &["Reuters"],
        None,
        "Updated 2 hours ago",
    ),
];

#[test]
fn bylines_table() {
    assert!(BYLINES.len() >= 30);
    for &(input, authors, credits, role, rest) in BYLINES {
        let p = parse_byline(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(p.value.authors, authors, "authors of {input:?}");
        assert_eq!(p.value.credits, credits, "credits of {input:?}");
        assert_eq!(p.value.role.as_deref(), role, "role of {input:?}");
        assert_eq!(p.rest, rest, "rest of {input:?}");
        assert_eq!(p.value.roles.len(), p.value.authors.len(), "{input:?}");
        let span = input.get(p.span.start..p.span.end).unwrap_or("");
        assert!(!span.is_empty(), "span of {input:?}");
    }
}

const NEAR_MISSES: &[&str] = &[
    "By the end of the year, prices rose.",
    "By 2030 the city will have doubled in size.",
    "By contrast, the opposition gained seats.",
    "Bye bye",
    "Byline",
    "By clicking subscribe you agree to our terms",
    "Stand by me",
    "By far the biggest storm of the decade",
    "Von der Leyen said on Tuesday that talks would continue",
    "Par exemple, le gouvernement a dit",
    "Por favor",
    "Di più",
    "The government said on Tuesday that it would raise taxes next year | Reuters",
    "Share | Tweet | Email",
    "Home | News | Sport",
    "By",
    "By |",
    "Jane Doe",
    "Jane Doe and John Roe",
    "Donald Trump, the president",
    "Door de regen bleef iedereen thuis",
    "By Contrast",
    "Ukraine wants leaders involved",
    "Read more",
    // A headline or a page title over a bar is no name: four capitalised
    // words, no particle or initial, no given name first.
    "Best Cheap Homemade Halloween Costumes | 2020",
    "Best Pumpkin Pie Ever | Recipes",
];

#[test]
fn byline_near_misses() {
    assert!(NEAR_MISSES.len() >= 10);
    for input in NEAR_MISSES {
        assert!(
            parse_byline(input).is_err(),
            "{input:?}: {:?}",
            parse_byline(input)
        );
    }
}

#[test]
fn byline_errors_say_why() {
    assert_eq!(parse_byline("By").err(), Some(BylineError::NoNames));
    assert_eq!(
        parse_byline("By | Published").err(),
        Some(BylineError::NoNames)
    );
    assert_eq!(
        parse_byline("Home | News | Sport").err(),
        Some(BylineError::NoMatch)
    );
    assert_eq!(
        parse_byline("By the end of the year").err(),
        Some(BylineError::Prose)
    );
}

/// (input, reporters, editors)
const TRAILERS: &[(&str, &[&str], &[&str])] = &[
    (
        "Reporting by Priya Raman; Additional reporting by Oliver Grant; Editing by Catherine Webb",
        &["Priya Raman", "Oliver Grant"],
        &["Catherine Webb"],
    ),
    (
        "Reporting by Ann Lee and Bob Stone in London; Writing by Cara Diaz; Editing by Dan Ford and Eve Moss",
        &["Ann Lee", "Bob Stone", "Cara Diaz"],
        &["Dan Ford", "Eve Moss"],
    ),
    (
        "Additional reporting by Oliver Grant",
        &["Oliver Grant"],
        &[],
    ),
    ("Compiled by Oliver Grant", &["Oliver Grant"], &[]),
    (
        "(Reporting by Ann Lee; Editing by Dan Ford)",
        &["Ann Lee"],
        &["Dan Ford"],
    ),
    (
        "Reporting By Ann Lee, editing by Dan Ford",
        &["Ann Lee"],
        &["Dan Ford"],
    ),
    (
        "Reporting by Ann Lee in Berlin and Bob Stone in Paris",
        &["Ann Lee", "Bob Stone"],
        &[],
    ),
    ("Writing by Cara Diaz", &["Cara Diaz"], &[]),
    (
        "Reporting by Ann Lee in New York; editing by Dan Ford.",
        &["Ann Lee"],
        &["Dan Ford"],
    ),
    (
        "Reporting by Ann Lee, Bob Stone and Cara Diaz",
        &["Ann Lee", "Bob Stone", "Cara Diaz"],
        &[],
    ),
];

#[test]
fn trailers_table() {
    for &(input, reporters, editors) in TRAILERS {
        let p = parse_trailer(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(p.value.reporters, reporters, "reporters of {input:?}");
        assert_eq!(p.value.editors, editors, "editors of {input:?}");
        assert_eq!(p.rest, "", "rest of {input:?}");
    }
}

#[test]
fn trailer_near_misses() {
    for input in [
        "Reporting from the front line, our correspondent found chaos",
        "Editing is hard",
        "By Jane Doe",
        "Reporting by",
        "Writers by trade",
        "The reporting by the paper was wrong",
        "",
        "Editing by the board",
        "Compiled by",
        "Reporting by staff",
    ] {
        assert!(parse_trailer(input).is_err(), "{input:?}");
    }
}

#[test]
fn person_names() {
    for name in [
        "Abbey Fenbert",
        "Harjit Sandhu",
        "Clara Nguyen",
        "LINDA OKAFOR",
        "Jean-Luc Picard",
        "Mary O'Neil",
        "J. R. Smith",
        "Anna-Lena van der Berg",
        "Олена Петренко",
        "Theresa May",
        "Martin Luther King Jr.",
    ] {
        assert!(is_person_name(name), "{name:?}");
    }
    for not in [
        "Read more",
        "Show More",
        "News Feed",
        "Senior News Editor",
        "Follow",
        "Email the author",
        "Avatar",
        "Share this article",
        "Top Stories",
        "Related Stories",
        "Next story",
        "Loading...",
        "Social Sharing",
        "Reporter",
        "March 4, 2025",
        "2 min read",
        "Jane Doe said the vote would be close.",
        "Abbey",
        "The Kyiv Independent",
        "Associated Press",
        "Bank of England",
        "Ukraine wants leaders involved",
        "New York",
        "Pacific Broadcast News",
        "Shareable URL",
        "Short Url",
        "Von Anna Kessler",
        "By Jane Doe",
        "Prev Post",
        "Editors' Picks",
        "Key Points",
        "Storm Closes Schools",
        "",
    ] {
        assert!(!is_person_name(not), "{not:?}");
    }
}

#[test]
fn roles() {
    for role in [
        "Senior News Editor",
        "Science Correspondent",
        "Reporter",
        "Staff Writer",
        "Europe Correspondent",
        "Opinion Columnist",
        "Political Editor",
        "Contributing Writer",
        "Freelance journalist",
        "Chefredakteurin",
        "Korrespondent",
        "Redakteur",
        "Journaliste",
        "Reportera",
        "Корреспондент",
    ] {
        assert!(is_role(role), "{role:?}");
    }
    for not in [
        "Harjit Sandhu",
        "Read more",
        "Jane Doe Reporter",
        "Editors' picks today",
        "",
    ] {
        assert!(!is_role(not), "{not:?}");
    }
}

#[test]
fn huge_inputs_do_not_hang() {
    let many = format!("By {}Jane Doe", "Ann Lee, ".repeat(5000));
    let p = parse_byline(&many).expect("names");
    assert!(p.value.authors.len() <= 64);
    let long = "x".repeat(10_000_000);
    assert!(parse_byline(&long).is_err());
    assert!(!is_person_name(&long));
    assert!(!is_role(&long));
    assert!(parse_trailer(&long).is_err());
    let marked = format!("By {long}");
    assert!(parse_byline(&marked).is_err());
}

const MORE_BYLINES: &[Case] = &[
    (
        "By JANE DOE, Associated Press Writer",
        &["JANE DOE"],
        &["AP"],
        Some("Writer"),
        "",
    ),
    ("By Jane Doe, CNN", &["Jane Doe"], &["CNN"], None, ""),
    (
        "By Jane Doe, BBC News",
        &["Jane Doe"],
        &["BBC News"],
        None,
        "",
    ),
    ("By Dr. Jane Doe", &["Jane Doe"], &[], None, ""),
    (
        "By Jane Doe, Senior Political Correspondent, in Kyiv",
        &["Jane Doe"],
        &[],
        Some("Senior Political Correspondent"),
        "",
    ),
    (
        "Par Jean Dupont, envoyé spécial à Kyiv",
        &["Jean Dupont"],
        &[],
        Some("envoyé spécial"),
        "",
    ),
    (
        "Por María García, corresponsal en Bruselas",
        &["María García"],
        &[],
        Some("corresponsal"),
        "",
    ),
    (
        "Door Jan de Vries en Piet Jansen",
        &["Jan de Vries", "Piet Jansen"],
        &[],
        None,
        "",
    ),
    ("By Reuters Staff", &[], &["Reuters"], None, ""),
    (
        "By Jane Doe Associated Press",
        &["Jane Doe"],
        &["AP"],
        None,
        "",
    ),
    ("By Ani Smith", &["Ani Smith"], &[], None, ""),
    (
        "By Jane Doe, Mar. 4, 2025 at 3:05 p.m. ET",
        &["Jane Doe"],
        &[],
        None,
        "Mar. 4, 2025 at 3:05 p.m. ET",
    ),
    (
        "Jane Doe | March 4, 2025",
        &["Jane Doe"],
        &[],
        None,
        "March 4, 2025",
    ),
    (
        "By Sarah Al-Hassan and Mohammed bin Salman",
        &["Sarah Al-Hassan", "Mohammed bin Salman"],
        &[],
        None,
        "",
    ),
    ("Jane Doe - Reuters", &["Jane Doe"], &["Reuters"], None, ""),
    (
        "By Jane Doe on March 4, 2025",
        &["Jane Doe"],
        &[],
        None,
        "on March 4, 2025",
    ),
    (
        "By Jane Doe • 3 min read",
        &["Jane Doe"],
        &[],
        None,
        "3 min read",
    ),
    (
        "Von Anna Kessler, dpa",
        &["Anna Kessler"],
        &["dpa"],
        None,
        "",
    ),
    ("Av Anna Andersson", &["Anna Andersson"], &[], None, ""),
    ("Autor: Jan Kowalski", &["Jan Kowalski"], &[], None, ""),
    (
        "Авторы: Иван Иванов, Пётр Петров",
        &["Иван Иванов", "Пётр Петров"],
        &[],
        None,
        "",
    ),
    (
        "By The Editorial Board",
        &[],
        &["The Editorial Board"],
        None,
        "",
    ),
    (
        "Jane Doe · CBC News · Posted: Mar 3, 2025",
        &["Jane Doe"],
        &["CBC News"],
        None,
        "Posted: Mar 3, 2025",
    ),
    (
        "By Jane Doe in Kyiv and John Roe in Moscow",
        &["Jane Doe", "John Roe"],
        &[],
        None,
        "",
    ),
    (
        "Written by Clara\u{a0}Nguyen",
        &["Clara Nguyen"],
        &[],
        None,
        "",
    ),
    (
        "By Guardian staff and agencies",
        &[],
        &["Guardian staff", "Agencies"],
        None,
        "",
    ),
    ("By Jane Doe with AFP", &["Jane Doe"], &["AFP"], None, ""),
    (
        "Par Le Figaro avec AFP",
        &[],
        &["Le Figaro", "AFP"],
        None,
        "",
    ),
    ("By Jane Doe, Staff", &["Jane Doe"], &["Staff"], None, ""),
    ("  By Jane Doe\r", &["Jane Doe"], &[], None, ""),
    (
        "Di Mario Rossi e Luca Bianchi",
        &["Mario Rossi", "Luca Bianchi"],
        &[],
        None,
        "",
    ),
];

/// Forms seen on real pages: (input, authors, credits, role, rest).
const PAGE_BYLINES: &[Case] = &[
    // An outlet writing for another, after a separator: two credits.
    (
        "By Amy Kowalewski | Lakeside Media Group for Lakeside.com",
        &["Amy Kowalewski"],
        &["Lakeside Media Group", "Lakeside.com"],
        None,
        "",
    ),
    // A job title in its own segment.
    (
        "Jane Doe | Senior Editor",
        &["Jane Doe"],
        &[],
        Some("Senior Editor"),
        "",
    ),
    // Fields a scrape glued together: the glue is a separator.
    (
        "Marcus De OrtegaView More Articles",
        &["Marcus De Ortega"],
        &[],
        None,
        "View More Articles",
    ),
    (
        "By Michael HartwigBusiness Columnist",
        &["Michael Hartwig"],
        &[],
        Some("Business Columnist"),
        "",
    ),
    (
        "By\u{a0}Michael HartwigBusiness Columnist",
        &["Michael Hartwig"],
        &[],
        Some("Business Columnist"),
        "",
    ),
    // Names with an inner capital stay whole.
    ("By Ronald McDonald", &["Ronald McDonald"], &[], None, ""),
    ("By Ewan MacLeod", &["Ewan MacLeod"], &[], None, ""),
    ("By DeAndre Jordan", &["DeAndre Jordan"], &[], None, ""),
    ("By LaShawn Merritt", &["LaShawn Merritt"], &[], None, ""),
    ("By Marcus DeOrtega", &["Marcus DeOrtega"], &[], None, ""),
    // A US byline with a short date after a dash.
    (
        "By Justine Marsh - 11/18/19 11:04 PM EST",
        &["Justine Marsh"],
        &[],
        None,
        "11/18/19 11:04 PM EST",
    ),
    // Al Jazeera is an outlet, not a person.
    (
        "By Jane Doe, Al Jazeera",
        &["Jane Doe"],
        &["Al Jazeera"],
        None,
        "",
    ),
];

#[test]
fn page_bylines_table() {
    for &(input, authors, credits, role, rest) in PAGE_BYLINES {
        let p = parse_byline(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(p.value.authors, authors, "authors of {input:?}");
        assert_eq!(p.value.credits, credits, "credits of {input:?}");
        assert_eq!(p.value.role.as_deref(), role, "role of {input:?}");
        assert_eq!(p.rest, rest, "rest of {input:?}");
        assert_eq!(p.value.roles.len(), p.value.authors.len(), "{input:?}");
    }
}

#[test]
fn page_byline_near_misses() {
    for input in [
        // A photographer's credit, as under pictures.
        "Amy K. Delgado/PIXAGENCY",
        "Jane Doe/Reuters",
        // Glued words that do not end a name: read as printed.
        "PlayStation Network",
        "Breaking NewsLive Updates",
        // An outlet with a job title names no person.
        "Al Jazeera Correspondent",
    ] {
        let p = parse_byline(input);
        assert!(
            p.as_ref().is_err() || p.as_ref().is_ok_and(|p| p.value.authors.is_empty()),
            "{input:?}: {p:?}"
        );
    }
    assert!(has_glued_word("Marcus De OrtegaView More Articles"));
    for whole in [
        "Ronald McDonald",
        "DeAndre Jordan",
        "LaShawn",
        "MacLeod",
        "",
    ] {
        assert!(!has_glued_word(whole), "{whole:?}");
    }
}

/// (input, authors, credits, role) for a name then a title or an outlet.
type TitleCase = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    Option<&'static str>,
);

const NAME_AND_TITLE: &[TitleCase] = &[
    // The longest name wins over one that ends with an initial.
    (
        "Carla M. Lee Senior Contributor",
        &["Carla M. Lee"],
        &[],
        Some("Senior Contributor"),
    ),
    (
        "Jane Doe Senior Contributor",
        &["Jane Doe"],
        &[],
        Some("Senior Contributor"),
    ),
    // One unknown word before a title is a place, not a name.
    (
        "Jane Doe Moscow Correspondent",
        &["Jane Doe"],
        &[],
        Some("Moscow Correspondent"),
    ),
    // A name and an outlet that looks like one.
    (
        "Elliot Bernstein Valley Today",
        &["Elliot Bernstein"],
        &["Valley Today"],
        None,
    ),
    (
        "Jane Doe Tampa Bay Times",
        &["Jane Doe"],
        &["Tampa Bay Times"],
        None,
    ),
    ("Jane Doe Associated Press", &["Jane Doe"], &["AP"], None),
    // An outlet and a title: a credit, no person.
    (
        "Al Jazeera Correspondent",
        &[],
        &["Al Jazeera"],
        Some("Correspondent"),
    ),
];

#[test]
fn names_and_titles() {
    for &(input, authors, credits, role) in NAME_AND_TITLE {
        let p = parse_name_and_title(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(p.value.authors, authors, "authors of {input:?}");
        assert_eq!(p.value.credits, credits, "credits of {input:?}");
        assert_eq!(p.value.role.as_deref(), role, "role of {input:?}");
    }
    for not in [
        // No outlet word: a place, a team, a headline.
        "Elliot Bernstein Florida Keys",
        "Jane Doe Manchester United",
        "Jane Doe",
        "Senior Contributor",
        "Valley Today",
        // Lower-case or sentence tails.
        "Jane Doe wrote for the times",
        "Safety Roundtable Solartech News",
        // One outlet word is not enough (menu entries).
        "Exams Result News",
        "KWXT Antenna TV",
        "Elmira Sun Post",
        "Harbour Theatre News",
        "",
    ] {
        assert!(parse_name_and_title(not).is_err(), "{not:?}");
    }
}

#[test]
fn marker_on_its_own_line() {
    for m in [
        "By",
        "By:",
        "BY",
        "Von",
        "Par",
        "Por",
        "Di",
        "Door",
        "Av",
        "Af",
        "Written by",
    ] {
        assert!(is_lone_marker(m), "{m:?}");
        let p = parse_after_marker(m, "Al Reid").unwrap_or_else(|e| panic!("{m:?}: {e}"));
        assert_eq!(p.value.authors, ["Al Reid"], "{m:?}");
    }
    let p = parse_after_marker("By", "Jane Doe and John Roe").expect("two names");
    assert_eq!(p.value.authors, ["Jane Doe", "John Roe"]);
    for m in ["By Jane Doe", "Bye", "Byline", "Home", ""] {
        assert!(!is_lone_marker(m), "{m:?}");
    }
    for next in [
        "the end of the year",
        "Stocks fell sharply on Monday",
        "Home Depot",
        "Jane Doe said on Monday that prices would rise",
        "Staff",
        "",
    ] {
        assert!(parse_after_marker("By", next).is_err(), "{next:?}");
    }
}

#[test]
fn events_are_not_names() {
    for not in [
        "Safety Roundtable",
        "Battery Session",
        "Energy Summit",
        "Solar Webinar",
    ] {
        assert!(!is_person_name(not), "{not:?}");
    }
}

#[test]
fn more_bylines_table() {
    for &(input, authors, credits, role, rest) in MORE_BYLINES {
        let p = parse_byline(input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert_eq!(p.value.authors, authors, "authors of {input:?}");
        assert_eq!(p.value.credits, credits, "credits of {input:?}");
        assert_eq!(p.value.role.as_deref(), role, "role of {input:?}");
        assert_eq!(p.rest, rest, "rest of {input:?}");
    }
}

/// Prints how each line of the `BYLINE_DUMP` variable parses (a debugging aid).
#[test]
#[ignore]
fn dump() {
    let text = std::env::var("BYLINE_DUMP").unwrap_or_default();
    for line in text.lines() {
        println!(
            "{line:?}\n  byline  {:?}\n  trailer {:?}\n  name {} role {}",
            parse_byline(line),
            parse_trailer(line),
            is_person_name(line),
            is_role(line)
        );
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn is_suffix(whole: &str, part: &str) -> bool {
        whole.ends_with(part)
    }

    fn check(line: &str) {
        if let Ok(p) = parse_byline(line) {
            assert!(is_suffix(line, p.rest), "{line:?}");
            assert!(p.span.start <= p.span.end && p.span.end <= line.len());
            assert!(line.get(p.span.start..p.span.end).is_some(), "{line:?}");
            assert_eq!(p.value.roles.len(), p.value.authors.len());
            assert!(!p.value.authors.is_empty() || !p.value.credits.is_empty());
        }
        if let Ok(p) = parse_trailer(line) {
            assert!(is_suffix(line, p.rest), "{line:?}");
            assert!(line.get(p.span.start..p.span.end).is_some(), "{line:?}");
        }
        let _ = is_person_name(line);
        let _ = is_role(line);
    }

    proptest! {
        #[test]
        fn never_panics_on_any_text(line in "\\PC{0,80}") {
            check(&line);
        }

        #[test]
        fn never_panics_on_byline_like_text(
            marker in prop::sample::select(vec!["By ", "BY ", "Von ", "Par ", "", "Автор: ", "Reporting by "]),
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "Jane", "Doe", "and", ",", "|", "·", "Reuters", "Associated", "Press", "in",
                    "Kyiv", "for", "The", "Guardian", "de", "J.", "O'Neil", "Staff", "Writer",
                    "Senior", "Editor", "3:05", "PM", "Published", "(", ")", ";", "Editing", "by",
                    "é", "Олена", "-", "\t", "&", ".", "agencies", "with", "AFP",
                ]),
                0..24,
            ),
        ) {
            let line = format!("{marker}{}", words.join(" "));
            check(&line);
        }
    }
}

#[test]
fn page_words_that_look_like_names() {
    use newsclip::grammar::byline::{is_person_name, parse_byline};
    for line in [
        "Order Reprints",
        "Trading Nation",
        "Brent Co",
        "Mobile Commerce",
        "Data Solutions",
        "Introducing Dana Whitfield",
        "Meet Dana Whitfield",
    ] {
        assert!(!is_person_name(line), "{line:?}");
    }
    assert!(is_person_name("Dana Whitfield"));
    // An outlet right after "By" is a credit; "By" then a weekday is no byline.
    let p = parse_byline("by Harbour Weekly News").unwrap();
    assert_eq!(p.value.credits, ["Harbour Weekly News"]);
    assert!(p.value.authors.is_empty());
    assert!(parse_byline("By Monday the Times said it would act").is_err());
    // One name alone after the marker, as blogs print it.
    let p = parse_byline("by Regan December 6, 2017").unwrap();
    assert_eq!(p.value.authors, ["Regan"]);
    assert_eq!(p.rest, "December 6, 2017");
    for line in [
        "By Admin 12 March 2019",
        "By Tuesday",
        "By Contrast",
        "By Regan and the council said",
    ] {
        assert!(
            parse_byline(line).map_or(true, |p| p.value.authors.is_empty()),
            "{line:?}"
        );
    }
    // A handle glued to the name.
    let p = parse_byline("By Dana Whitfield@HarbourNews Nov 18, 2019, 11:47am EST").unwrap();
    assert_eq!(p.value.authors, ["Dana Whitfield"]);
    assert!(p.rest.starts_with("@HarbourNews"));
}

/// Markers in the languages of the pages: a verb phrase then a "by"-word,
/// a marker glued to the name, and one name after a marker when a date or a
/// separator follows it.
#[test]
fn verb_phrase_markers_and_dated_single_names() {
    for (line, author) in [
        (
            "Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)",
            "Cooper",
        ),
        ("Erstellt von Fabian am Dienstag 6. Mai 2014", "Fabian"),
        ("Ein Beitrag von Anna Berger", "Anna Berger"),
        ("Publié par Anne Martin", "Anne Martin"),
        ("Publicado por Ana Ruiz", "Ana Ruiz"),
        ("Scritto da Marco Rossi", "Marco Rossi"),
        ("Geschreven door Jan de Vries", "Jan de Vries"),
        ("Escribe Camila Méndez", "Camila Méndez"),
        ("ByAlex Bozarjian", "Alex Bozarjian"),
        (
            "Veröffentlicht vonChris Jung 28. Februar 2016",
            "Chris Jung",
        ),
        ("Von Thilo / 6. November 2023 / Keine Kommentare", "Thilo"),
    ] {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.authors, [author], "{line:?}");
    }
    for line in [
        "Published daily since 1887",
        "Bytes and pieces",
        "Ein Beitrag",
        "Created by the council",
    ] {
        assert!(
            parse_byline(line).map_or(true, |p| p.value.authors.is_empty()),
            "{line:?}"
        );
    }
    // Scrape glue inside a name is no separator after a single name.
    let glued = parse_byline("by EmpireGeorge______-- July 25, 2012");
    assert!(glued.map_or(true, |p| p.value.authors != ["Empire"]));
    let p = parse_byline_after_date("by Realiberry").unwrap();
    assert_eq!(p.value.authors, ["Realiberry"]);
    assert!(parse_byline_after_date("by admin").is_err());
    assert!(parse_byline_after_date("by the river").is_err());
}

#[test]
fn an_email_address_or_a_glued_date_ends_the_names() {
    for (line, authors) in [
        (
            "Por Mariano Martín mmartin@example.com.ar",
            &["Mariano Martín"][..],
        ),
        ("By Jane Doe, jane.doe@example.org", &["Jane Doe"]),
        ("By Jane Doe jdoe@example.com and John Roe", &["Jane Doe"]),
        ("von Nadja Demel13.12.2022 - 08:13 Uhr", &["Nadja Demel"]),
    ] {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.authors, authors, "{line:?}");
    }
}

#[test]
fn a_month_before_a_day_a_mark_before_the_marker_and_an_appositive_role() {
    for (line, authors) in [
        ("By JEFFREY GETTLEMAN JAN. 13, 2017", "JEFFREY GETTLEMAN"),
        ("By Jane Doe Nov. 3, 2017", "Jane Doe"),
        (
            "// By Arun Sai Krishnan • Nov 11, 2020",
            "Arun Sai Krishnan",
        ),
        ("— By Jane Doe", "Jane Doe"),
        (
            "By Alex Heath, a deputy editor and author of the newsletter. He has covered tech for a decade.",
            "Alex Heath",
        ),
    ] {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.authors, [authors], "{line:?}");
    }
    // A month that is a given name stays in the name when no day follows.
    assert_eq!(
        parse_byline("By Jan Novak").unwrap().value.authors,
        ["Jan Novak"]
    );
    // Prose after the names is still no byline without the appositive.
    assert!(parse_byline("By the end of the year, a reporter said prices rose.").is_err());
    assert!(
        parse_byline("By Jane Doe, who said prices rose sharply on Monday after the vote.")
            .is_err()
    );
}

#[test]
fn names_followed_by_the_place_they_wrote_from_need_no_marker() {
    for (line, authors) in [
        ("Jane Smith in Kyiv", vec!["Jane Smith"]),
        (
            "Jane Smith in Kyiv and John Roe in Jeddah",
            vec!["Jane Smith", "John Roe"],
        ),
        ("Anna van Dijk in Brussels", vec!["Anna van Dijk"]),
    ] {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.authors, authors, "{line:?}");
        assert!(p.value.location.is_some(), "{line:?}");
    }
    // A headline of the same shape, names without a common given name, or
    // a longer "name", is no byline without a marker.
    for line in [
        "Solar Power in Spain",
        "Silas Zahltens Solo-Vorstellung in Dortmund",
        "Jane Smith",
        "Bayerische Biodiversitätstage in Bayern",
    ] {
        assert!(parse_byline(line).is_err(), "{line:?}");
    }
}

#[test]
fn a_contributed_line_is_a_trailer_of_contributors() {
    let p = parse_trailer("CNN's Lauren Fox contributed to this report.").unwrap();
    assert_eq!(p.value.others, ["Lauren Fox"]);
    assert!(p.value.reporters.is_empty(), "contributors are not authors");
    assert_eq!(p.rest, "");
    let p = parse_trailer("Keith Bradsher contributed reporting from Hong Kong.").unwrap();
    assert_eq!(p.value.others, ["Keith Bradsher"]);
    let p = parse_trailer(
        "Associated Press writers Alan Fram, Zeke Miller and Jill Colvin contributed to this report.",
    )
    .unwrap();
    assert_eq!(p.value.others, ["Alan Fram", "Zeke Miller", "Jill Colvin"]);
    let p = parse_trailer(
        "Associated Press writer Rebecca Reynolds contributed to this report from Louisville, Kentucky.",
    )
    .unwrap();
    assert_eq!(p.value.others, ["Rebecca Reynolds"]);
    let p = parse_trailer("—With assistance from Alfred Cang and Bob Lee.").unwrap();
    assert_eq!(p.value.others, ["Alfred Cang", "Bob Lee"]);
    assert!(p.value.reporters.is_empty());
    all_refused(
        |l| parse_trailer(l).is_ok(),
        &[
            "The company contributed to this report.",
            "Jane Doe contributed to the growth of the firm.",
            "Jane Doe contributed to this report, and then she left for Paris.",
        ],
    );
}

#[test]
fn a_lower_case_outlet_with_a_digit_after_the_names_is_no_prose() {
    let p = parse_byline("Por Ana Souza, g1 — São Paulo").unwrap();
    assert_eq!(p.value.authors, ["Ana Souza"]);
    // A lower-case word without a digit still reads as prose.
    assert!(parse_byline("By Ana Souza, who said the index rose on Monday").is_err());
}

/// Asserts that `parses` holds for none of `lines`.
fn all_refused(parses: impl Fn(&str) -> bool, lines: &[&str]) {
    for line in lines {
        assert!(!parses(line), "{line:?}");
    }
}

/// Asserts that each line parses as a byline naming its one author.
fn one_author_each(cases: &[(&str, &str)]) {
    for &(line, name) in cases {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(p.value.authors, [name], "{line:?}");
    }
}

#[test]
fn the_kind_of_piece_before_the_by_word_is_a_marker() {
    one_author_each(&[
        ("Kommentar von Ingo Arzt", "Ingo Arzt"),
        ("Analysis by Jane Doe", "Jane Doe"),
        ("Chronique par Jean Dupont", "Jean Dupont"),
        ("Éditorial par Jean Dupont", "Jean Dupont"),
        ("Opinión por Ana Souza", "Ana Souza"),
        ("An analysis by Jane Doe", "Jane Doe"),
        ("Une chronique par Jean Dupont", "Jean Dupont"),
        ("Una columna por Ana Souza", "Ana Souza"),
    ]);
    // After an indefinite article, German and Dutch too.
    one_author_each(&[
        ("Eine Kolumne von Nils Pickert", "Nils Pickert"),
        ("Ein Kommentar von Anna Berger", "Anna Berger"),
        ("Een column door Jan de Vries", "Jan de Vries"),
    ]);
    // Alone on its line, over the names on the next one.
    assert!(is_lone_marker("Kommentar von"));
    assert!(is_lone_marker("Opinion by"));
    // Prose that opens with such a word names no writer.
    assert!(parse_byline("Analysis by the institute shows that prices rose").is_err());
    assert!(!is_lone_marker("Kommentar"));
}

#[test]
fn a_comment_counter_after_the_name_on_a_meta_row() {
    for tail in [
        "Luis Holuch 6",
        "Luis Holuch 12 Kommentare",
        "Luis Holuch (3)",
    ] {
        let p = parse_meta_tail(tail).unwrap_or_else(|e| panic!("{tail:?}: {e}"));
        assert_eq!(p.value.authors, ["Luis Holuch"], "{tail:?}");
    }
    // A number that is no counter, or words after it, is not a meta row.
    all_refused(
        |l| parse_meta_tail(l).is_ok(),
        &[
            "Luis Holuch 123456",
            "Luis Holuch 6 Tore",
            "Luis Holuch 6 7",
        ],
    );
}

#[test]
fn degrees_after_the_name_are_read_past() {
    let p = parse_byline("Written by Jane Roe, MS, RD on November 14, 2019").unwrap();
    assert_eq!(p.value.authors, ["Jane Roe"]);
    assert_eq!(p.rest, "on November 14, 2019");
    let p = parse_byline("By Jane Roe, PhD, and John Doe, MD").unwrap();
    assert_eq!(p.value.authors, ["Jane Roe", "John Doe"]);
    // Capitals that are no degree stay out of the names.
    let p = parse_byline("By Jane Roe, NYT").unwrap();
    assert_eq!(p.value.authors, ["Jane Roe"]);
}

#[test]
fn capitalised_particles_and_given_names_alone() {
    one_author_each(&[
        ("Par Loïc Le Clerc", "Loïc Le Clerc"),
        ("Por Edilson La Rosa", "Edilson La Rosa"),
        ("Par Jean de La Fontaine", "Jean de La Fontaine"),
        ("By Ben Silverman", "Ben Silverman"),
        ("von Kathrin", "Kathrin"),
        ("Artikel von Alexa von Heyden", "Alexa von Heyden"),
    ]);
    // A particle after two names starts no third one; a word that is no
    // common given name alone is no byline.
    let p = parse_byline("By Jane Doe Le Monde").unwrap();
    assert_eq!(p.value.authors, ["Jane Doe"]);
    for line in ["By Contrast", "By Design", "Le Monde"] {
        assert!(parse_byline(line).is_err(), "{line:?}");
    }
}

#[test]
fn an_outlets_acronym_after_a_full_name_ends_the_name() {
    one_author_each(&[
        ("By Mike Whalley BBC Sport", "Mike Whalley"),
        ("By Jane Doe CNN", "Jane Doe"),
        ("By Jane Doe, CNN", "Jane Doe"),
        // A surname in capitals, the French way, is the name's.
        ("Par Jean DUPONT", "Jean DUPONT"),
        ("Par Marie Claire DUPONT", "Marie Claire DUPONT"),
        ("By ROD NORDLAND", "ROD NORDLAND"),
    ]);
}

#[test]
fn a_date_label_after_the_name_is_no_name() {
    one_author_each(&[
        (
            "von Sonia Mevißen Erstellt am 01.01.23 um 08:35, geändert am 01.01.23 um 08:35",
            "Sonia Mevißen",
        ),
        ("Por Ana Souza Actualizado el 3 de mayo", "Ana Souza"),
        ("di Marco Rossi Pubblicato il 3 maggio", "Marco Rossi"),
    ]);
}

#[test]
fn a_video_players_controls_name_nobody() {
    all_refused(
        |l| parse_byline(l).is_ok_and(|p| !p.value.authors.is_empty()),
        &["Stream TypeLIVE", "Remaining Time -0:00", "Playback Rate"],
    );
    assert!(!newsclip::grammar::byline::is_person_name("Stream Type"));
}

#[test]
fn whom_the_writer_spoke_with_ends_the_names() {
    one_author_each(&[
        (
            "Ein Interview von Eugen Zentner mit Sonja Silberhorn.",
            "Eugen Zentner",
        ),
        ("An interview by Jane Doe with John Roe", "Jane Doe"),
    ]);
    // Prose after the names still refuses the line.
    assert!(parse_byline("By Jane Doe with a camera in hand, the team set off").is_err());
}

/// A label and a colon before the names: the words and the pictures by one
/// hand ("Text & Fotos:"), "Words:", and the Italian and Spanish "author".
#[test]
fn colon_labels_of_words_and_pictures_and_authors() {
    one_author_each(&[
        ("Text & Fotos: Ivan Valetny", "Ivan Valetny"),
        ("Text und Bilder: Hans Meier", "Hans Meier"),
        ("Text and photos: Jane Doe", "Jane Doe"),
        ("Words: Jane Doe", "Jane Doe"),
        ("Autore: Mario Rossi", "Mario Rossi"),
        ("Autora: Ana Souza", "Ana Souza"),
        ("Autores: Ana Souza", "Ana Souza"),
        ("AUTOR/IN: Lena Berg", "Lena Berg"),
        ("Auteurs : Jean Dupont", "Jean Dupont"),
    ]);
    // The label must be the whole head: prose that opens with the words is no byline.
    assert!(parse_byline("Text and photos of the flood were shared widely online").is_err());
    assert!(parse_byline("Words: a collection of essays").is_err());
}

/// A blog's filing row after the names: the section the post is filed in
/// ("in Science"), its categories and a comment prompt end the names and
/// do not read as prose.
#[test]
fn a_blogs_filing_row_after_the_names() {
    one_author_each(&[
        ("Posted by Jane Doe in Science", "Jane Doe"),
        ("By Jane Doe in Science, Technology", "Jane Doe"),
        ("By Jane Doe Categories", "Jane Doe"),
        ("Posted by Jane Doe Leave a comment", "Jane Doe"),
    ]);
    let p = parse_byline_after_date("by Jane Doe Leave a comment").unwrap();
    assert_eq!(p.value.authors, ["Jane Doe"]);
    // A place after the names is still a place, and prose still refuses.
    let p = parse_byline("By Jane Doe in Kyiv").unwrap();
    assert_eq!(p.value.location.as_deref(), Some("Kyiv"));
    assert!(parse_byline("By Jane Doe in the morning, the team set off").is_err());
    assert!(parse_byline("By Jane Doe in science we trust the data").is_err());
}

/// Nouns and verbs by their endings ("-ität", "-ieren", "-tion", ...) and
/// German pronouns are no name parts, so a menu's or a teaser's capitalised
/// words alone on a line read as no person; names that merely look close
/// ("Hans Jung", "Klaus Hornung", "Marion Scheit") and an editorial desk
/// ("Redaktion Gelbe Liste") still do.
#[test]
fn nouns_verbs_and_pronouns_are_no_name_parts() {
    all_refused(
        is_person_name,
        &[
            "Mythen der Agilität",
            "Biodiversität Tiere",
            "Medien Kommentieren",
            "Neue Hochzeitslokation",
            "Aktivieren Sie Java",
            "Meine Geschichte",
            "Publikationen von Stipendiat",
            "Community Foundation",
        ],
    );
    for name in [
        "Hans Jung",
        "Klaus Hornung",
        "Marion Scheit",
        "Sebastian Christian",
        "Redaktion Gelbe Liste",
    ] {
        assert!(is_person_name(name), "{name:?}");
    }
    one_author_each(&[("Von Marion Hornung", "Marion Hornung")]);
}

/// "Our correspondent" before the name is a role in each language, and an
/// outlet after a person's comma is a credit even when it reads like a name
/// ("Jornal do Planalto", as "Maria do Carmo"); capitals alone make no
/// outlet of a second person.
#[test]
fn our_correspondent_and_outlets_after_the_comma() {
    one_author_each(&[
        ("By our correspondent Jane Doe", "Jane Doe"),
        (
            "Door onze verslaggever Pieter van Dalen",
            "Pieter van Dalen",
        ),
        ("Von unserem Korrespondenten Hans Meier", "Hans Meier"),
        ("Par notre correspondant Jean Dupont", "Jean Dupont"),
    ]);
    for (line, name, outlet) in [
        (
            "Por Ana Beatriz Queiroz, Jornal do Planalto",
            "Ana Beatriz Queiroz",
            "Jornal do Planalto",
        ),
        ("By Jane Doe, Diário do Sul", "Jane Doe", "Diário do Sul"),
        (
            "Von Jan Strozyk und Benedikt Strunz, NDR",
            "Jan Strozyk",
            "NDR",
        ),
    ] {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        assert_eq!(
            p.value.authors.first().map(String::as_str),
            Some(name),
            "{line:?}"
        );
        assert_eq!(p.value.credits, [outlet], "{line:?}");
    }
    let p = parse_byline("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER").unwrap();
    assert_eq!(
        p.value.authors,
        ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"]
    );
    assert!(p.value.credits.is_empty());
}

/// Turkish pages label the reporter and the writer ("Muhabir:", "Yazar:").
#[test]
fn turkish_byline_labels() {
    one_author_each(&[
        ("Muhabir: Ayşe Demir", "Ayşe Demir"),
        ("Yazar: Mehmet Kaya", "Mehmet Kaya"),
    ]);
}

#[test]
fn words_after_a_closed_list_of_names_are_no_third_writer() {
    // The conjunction closes the list: an outlet after it is a credit, a
    // place its location, a role the writers'.
    let p = parse_byline("Por Larissa Monteiro e Bruno Teixeira, Portal Horizonte").unwrap();
    assert_eq!(p.value.authors, ["Larissa Monteiro", "Bruno Teixeira"]);
    assert_eq!(p.value.credits, ["Portal Horizonte"]);
    let p = parse_byline("By Jane Doe and John Roe, Lagos").unwrap();
    assert_eq!(p.value.authors, ["Jane Doe", "John Roe"]);
    let p = parse_byline("By Jane Doe and John Roe, Staff Writers").unwrap();
    assert_eq!(p.value.role.as_deref(), Some("Staff Writers"));
    let p = parse_byline("By Jane Doe, John Roe and Ana Ruiz").unwrap();
    assert_eq!(p.value.authors, ["Jane Doe", "John Roe", "Ana Ruiz"]);
}

#[test]
fn job_titles_in_more_languages_follow_a_name() {
    for (line, name, role) in [
        (
            "Олена Мирошниченко, власна кореспондентка",
            "Олена Мирошниченко",
            "власна кореспондентка",
        ),
        (
            "Katarzyna Wróbel, dziennikarka",
            "Katarzyna Wróbel",
            "dziennikarka",
        ),
        (
            "Olena Myroshnychenko, own correspondent",
            "Olena Myroshnychenko",
            "own correspondent",
        ),
    ] {
        let p = parse_byline(line).unwrap();
        assert_eq!(p.value.authors, [name], "{line}");
        assert_eq!(p.value.role.as_deref(), Some(role), "{line}");
    }
    assert!(is_role("Muhabir"));
    assert!(is_role("Redaktor"));
}

#[test]
fn a_job_title_may_name_its_desk() {
    for (line, role) in [
        (
            "Autor: Katarzyna Wróbel, dziennikarka działu Biznes",
            "dziennikarka działu Biznes",
        ),
        (
            "di Marco Rossi, redattore di Cronaca",
            "redattore di Cronaca",
        ),
        (
            "Von Anna Schmidt, Redakteurin für Wirtschaft",
            "Redakteurin für Wirtschaft",
        ),
    ] {
        let p = parse_byline(line).unwrap();
        assert_eq!(p.value.authors.len(), 1, "{line}");
        assert_eq!(p.value.role.as_deref(), Some(role), "{line}");
    }
    // An outlet after "for" stays the writer's credit.
    let p = parse_byline("By Jane Doe, reporter for The Times").unwrap();
    assert_eq!(p.value.credits, ["The Times"]);
}

#[test]
fn a_name_and_a_job_title_with_a_bar_between_is_a_byline() {
    for (line, name, role) in [
        ("Diego Arreola | Enviado", "Diego Arreola", "Enviado"),
        (
            "Jane Doe · Political Reporter",
            "Jane Doe",
            "Political Reporter",
        ),
        ("Ana Lima – Repórter", "Ana Lima", "Repórter"),
    ] {
        let p = parse_byline(line).unwrap();
        assert_eq!(p.value.authors, [name], "{line}");
        assert_eq!(p.value.role.as_deref(), Some(role), "{line}");
    }
    // A menu row, a section and a job title, two names: no name and title.
    for line in [
        "Home | World | Sport",
        "Premier League | Reporter",
        "Jane Doe | John Roe",
    ] {
        let p = parse_byline(line);
        assert!(
            p.as_ref().map_or(true, |p| p.value.role.is_none()),
            "{line}: {p:?}"
        );
    }
}

#[test]
fn lower_case_de_and_writer_labels_open_a_byline() {
    for (line, name) in [
        ("de Andreea Mihăilescu", "Andreea Mihăilescu"),
        ("Szerző: Kovács-Nagy Eszter", "Kovács-Nagy Eszter"),
        ("Forfatter: Ingrid Solheim", "Ingrid Solheim"),
    ] {
        assert_eq!(parse_byline(line).unwrap().value.authors, [name], "{line}");
    }
    // "de" opening a sentence or a surname's particle alone is none.
    assert!(parse_byline("de nombreux habitants").is_err());
    assert!(parse_byline("de la Cruz").is_err());
}

#[test]
fn a_given_name_that_is_also_a_place_opens_a_name() {
    assert!(is_person_name("Diego Arreola"));
    assert!(is_person_name("Francisco Pérez"));
    assert!(!is_person_name("San Diego"));
    assert!(!is_person_name("Diego"));
}
