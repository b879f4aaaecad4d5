//! Table-driven tests of the date grammar.

use chrono::{DateTime, FixedOffset};
use newsclip::grammar::date::{
    DateError, DateOptions, DateRole, DayOrder, find_date, parse_date, parse_date_line,
};

fn opts() -> DateOptions {
    DateOptions::default()
}

fn reference() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2025-03-05T12:00:00+01:00").unwrap()
}

/// (input, expected value as displayed, expected matched text)
const FORMS: &[(&str, &str, &str)] = &[
    // ISO 8601 / RFC 3339
    (
        "2025-03-04T12:30:00Z",
        "2025-03-04T12:30:00+00:00",
        "2025-03-04T12:30:00Z",
    ),
    (
        "2025-03-04T12:30:00.250+01:00",
        "2025-03-04T12:30:00.250+01:00",
        "2025-03-04T12:30:00.250+01:00",
    ),
    (
        "2025-03-04T12:30-05:00",
        "2025-03-04T12:30:00-05:00",
        "2025-03-04T12:30-05:00",
    ),
    (
        "2025-03-04 12:30",
        "2025-03-04T12:30:00",
        "2025-03-04 12:30",
    ),
    ("2025-03-04", "2025-03-04", "2025-03-04"),
    ("2025/03/04", "2025-03-04", "2025/03/04"),
    // RFC 2822
    (
        "Tue, 04 Mar 2025 12:30:00 GMT",
        "2025-03-04T12:30:00+00:00",
        "Tue, 04 Mar 2025 12:30:00 GMT",
    ),
    (
        "Tue, 04 Mar 2025 12:30:00 +0100",
        "2025-03-04T12:30:00+01:00",
        "Tue, 04 Mar 2025 12:30:00 +0100",
    ),
    // English names
    ("30 August 2025", "2025-08-30", "30 August 2025"),
    ("August 30, 2025", "2025-08-30", "August 30, 2025"),
    ("Aug. 30, 2025", "2025-08-30", "Aug. 30, 2025"),
    ("Sept. 4, 2025", "2025-09-04", "Sept. 4, 2025"),
    ("30 Aug 2025", "2025-08-30", "30 Aug 2025"),
    ("Tue March 4, 2025", "2025-03-04", "Tue March 4, 2025"),
    ("Tuesday 4 March 2025", "2025-03-04", "Tuesday 4 March 2025"),
    (
        "Tuesday, March 4, 2025",
        "2025-03-04",
        "Tuesday, March 4, 2025",
    ),
    (
        "Wed 5 Mar 2025 at 6:14am",
        "2025-03-05T06:14:00",
        "Wed 5 Mar 2025 at 6:14am",
    ),
    ("March 4th, 2025", "2025-03-04", "March 4th, 2025"),
    ("4th March 2025", "2025-03-04", "4th March 2025"),
    ("4th of March 2025", "2025-03-04", "4th of March 2025"),
    ("MARCH 4, 2025", "2025-03-04", "MARCH 4, 2025"),
    // numeric
    ("04/03/2025", "2025-04-03", "04/03/2025"),
    ("25/03/2025", "2025-03-25", "25/03/2025"),
    ("03/25/2025", "2025-03-25", "03/25/2025"),
    ("04.03.2025", "2025-03-04", "04.03.2025"),
    // times before or after
    (
        "12:30 PM EST, Tue March 4, 2025",
        "2025-03-04T12:30:00-05:00",
        "12:30 PM EST, Tue March 4, 2025",
    ),
    (
        "3:05 PM EST, Tue March 4, 2025",
        "2025-03-04T15:05:00-05:00",
        "3:05 PM EST, Tue March 4, 2025",
    ),
    (
        "February 3, 2025 10:42 AM GMT",
        "2025-02-03T10:42:00+00:00",
        "February 3, 2025 10:42 AM GMT",
    ),
    (
        "Mar 3, 2025 9:15 PM PST",
        "2025-03-03T21:15:00-08:00",
        "Mar 3, 2025 9:15 PM PST",
    ),
    (
        "March 4, 2025 3:15 p.m. ET",
        "2025-03-04T15:15:00-05:00",
        "March 4, 2025 3:15 p.m. ET",
    ),
    (
        "July 4, 2025 3:15 p.m. ET",
        "2025-07-04T15:15:00-04:00",
        "July 4, 2025 3:15 p.m. ET",
    ),
    (
        "4 March 2025 14:05 GMT",
        "2025-03-04T14:05:00+00:00",
        "4 March 2025 14:05 GMT",
    ),
    (
        "4 March 2025, 12:30 IST",
        "2025-03-04T12:30:00+05:30",
        "4 March 2025, 12:30 IST",
    ),
    (
        "04.03.2025, 14:30 Uhr",
        "2025-03-04T14:30:00",
        "04.03.2025, 14:30 Uhr",
    ),
    (
        "March 4, 2025 at 7:12 am",
        "2025-03-04T07:12:00",
        "March 4, 2025 at 7:12 am",
    ),
    (
        "March 4, 2025 at 6pm CET",
        "2025-03-04T18:00:00+01:00",
        "March 4, 2025 at 6pm CET",
    ),
    (
        "March 4, 2025 12:00 AM UTC+5:30",
        "2025-03-04T00:00:00+05:30",
        "March 4, 2025 12:00 AM UTC+5:30",
    ),
    // other languages
    ("4. März 2025", "2025-03-04", "4. März 2025"),
    (
        "Dienstag, 4. März 2025",
        "2025-03-04",
        "Dienstag, 4. März 2025",
    ),
    (
        "Di., 04.03.2025, 14:30 Uhr",
        "2025-03-04T14:30:00",
        "Di., 04.03.2025, 14:30 Uhr",
    ),
    ("4 mars 2025", "2025-03-04", "4 mars 2025"),
    (
        "mardi 4 mars 2025 à 14h30",
        "2025-03-04T14:30:00",
        "mardi 4 mars 2025 à 14h30",
    ),
    ("1er mars 2025", "2025-03-01", "1er mars 2025"),
    ("4 févr. 2025", "2025-02-04", "4 févr. 2025"),
    ("4 de marzo de 2025", "2025-03-04", "4 de marzo de 2025"),
    (
        "martes, 4 de marzo de 2025",
        "2025-03-04",
        "martes, 4 de marzo de 2025",
    ),
    ("4 marzo 2025", "2025-03-04", "4 marzo 2025"),
    ("4 de março de 2025", "2025-03-04", "4 de março de 2025"),
    (
        "terça-feira, 4 de março de 2025",
        "2025-03-04",
        "terça-feira, 4 de março de 2025",
    ),
    ("4 maart 2025", "2025-03-04", "4 maart 2025"),
    ("4 марта 2025", "2025-03-04", "4 марта 2025"),
    ("4 марта 2025 г.", "2025-03-04", "4 марта 2025 г."),
    ("4 березня 2025 р.", "2025-03-04", "4 березня 2025 р."),
    ("2025年3月4日", "2025-03-04", "2025年3月4日"),
];

#[test]
fn absolute_forms() {
    assert!(FORMS.len() >= 30);
    for &(input, want, text) in FORMS {
        let line = format!("{input} | more");
        let p = parse_date(&line, &opts()).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        let got = p.value.value.map(|v| v.to_string());
        assert_eq!(got.as_deref(), Some(want), "{input:?}");
        assert_eq!(p.span.slice(&line), Some(text), "{input:?}");
        assert!(!p.value.relative, "{input:?}");
    }
}

#[test]
fn found_in_lines() {
    for &(input, want, _) in FORMS {
        let line = format!("By Jane Doe — {input}");
        let p = find_date(&line, &opts()).unwrap_or_else(|| panic!("{input:?}"));
        assert_eq!(
            p.value.value.map(|v| v.to_string()).as_deref(),
            Some(want),
            "{input:?}"
        );
    }
}

/// (input, resolved value with the reference 2025-03-05T12:00:00+01:00)
const RELATIVE: &[(&str, &str)] = &[
    ("4 sec ago", "2025-03-05T11:59:56+01:00"),
    ("2 hours ago", "2025-03-05T10:00:00+01:00"),
    ("1 hr ago", "2025-03-05T11:00:00+01:00"),
    ("5 mins ago", "2025-03-05T11:55:00+01:00"),
    ("3 days ago", "2025-03-02T12:00:00+01:00"),
    ("a day ago", "2025-03-04T12:00:00+01:00"),
    ("an hour ago", "2025-03-05T11:00:00+01:00"),
    ("2h ago", "2025-03-05T10:00:00+01:00"),
    ("1 month ago", "2025-02-05T12:00:00+01:00"),
    ("yesterday", "2025-03-04"),
    ("today", "2025-03-05"),
    ("Yesterday at 6:14am", "2025-03-04T06:14:00"),
    ("just now", "2025-03-05T12:00:00+01:00"),
    ("vor 2 Stunden", "2025-03-05T10:00:00+01:00"),
    ("vor einer Stunde", "2025-03-05T11:00:00+01:00"),
    ("il y a 3 heures", "2025-03-05T09:00:00+01:00"),
    ("hace 2 horas", "2025-03-05T10:00:00+01:00"),
    ("há 2 horas", "2025-03-05T10:00:00+01:00"),
    ("2 ore fa", "2025-03-05T10:00:00+01:00"),
    ("2 uur geleden", "2025-03-05T10:00:00+01:00"),
    ("2 часа назад", "2025-03-05T10:00:00+01:00"),
    ("2 години тому", "2025-03-05T10:00:00+01:00"),
    ("gestern", "2025-03-04"),
    ("hier", "2025-03-04"),
    ("10:05 GMT", "2025-03-05T10:05:00+00:00"),
    ("14:05 GMT", "2025-03-04T14:05:00+00:00"),
    ("6:14am", "2025-03-05T06:14:00"),
    ("11:30 PM", "2025-03-04T23:30:00"),
];

#[test]
fn relative_forms() {
    let with_ref = opts().with_reference(reference());
    for &(input, want) in RELATIVE {
        let p = parse_date(input, &with_ref).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert!(p.value.relative, "{input:?}");
        assert_eq!(
            p.value.value.map(|v| v.to_string()).as_deref(),
            Some(want),
            "{input:?}"
        );
        assert_eq!(p.span.end, input.len(), "{input:?}");
        let p = parse_date(input, &opts()).unwrap_or_else(|e| panic!("{input:?}: {e}"));
        assert!(p.value.relative && p.value.value.is_none(), "{input:?}");
    }
}

const NEAR_MISSES: &[&str] = &[
    "March of the Penguins",
    "May I help you",
    "10 people were killed",
    "2025 budget",
    "the 1990s",
    "Sunday was a good day",
    "at 7:12",
    "7:12",
    "4/5 of voters",
    "3.5 million",
    "555-123-4567",
    "+1 202.555.0143",
    "version 1.2.3",
    "1.2.3",
    "March 2025",
    "Today the council voted",
    "the score was 3-1",
    "hierarchy",
    "Mars 4 2025 mission",
    "12.34.5678",
];

#[test]
fn near_misses() {
    assert!(NEAR_MISSES.len() >= 10);
    for input in NEAR_MISSES {
        let is_err = parse_date(input, &opts()).is_err();
        let today = input.starts_with("Today");
        assert!(is_err || today, "parse_date matched {input:?}");
        assert!(
            parse_date_line(input, &opts()).is_err(),
            "date line {input:?}"
        );
        assert!(find_date(input, &opts()).is_none(), "find_date {input:?}");
    }
    for line in [
        "Posted by Jane Doe",
        "Updated 2025 plans",
        "Trump said on Feb. 24 — the deal",
    ] {
        assert_eq!(
            parse_date_line(line, &opts()).map(|_| ()),
            Err(DateError::NoMatch),
            "{line}"
        );
    }
}

#[test]
fn impossible_and_out_of_range() {
    let o = opts();
    assert_eq!(
        parse_date("February 30, 2025", &o).map(|_| ()),
        Err(DateError::Impossible)
    );
    assert_eq!(
        parse_date("2025-13-01", &o).map(|_| ()),
        Err(DateError::Impossible)
    );
    assert_eq!(
        parse_date("31/04/2025", &o).map(|_| ()),
        Err(DateError::Impossible)
    );
    assert_eq!(
        parse_date("March 4, 2025 25:10", &o).map(|_| ()),
        Err(DateError::Impossible)
    );
    assert_eq!(
        parse_date("13:30 PM EST", &o).map(|_| ()),
        Err(DateError::Impossible)
    );
    assert_eq!(
        parse_date("4 March 1850", &o).map(|_| ()),
        Err(DateError::OutOfRange)
    );
    let r = o.clone().with_reference(reference());
    // A printed date after the reference is kept and flagged.
    let late = parse_date("March 7, 2025", &r).expect("kept");
    assert!(late.value.after_reference);
    assert_eq!(
        late.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-03-07")
    );
    assert!(
        !parse_date("March 6, 2025", &r)
            .expect("ok")
            .value
            .after_reference
    );
    assert_eq!(
        parse_date("99999999999 days ago", &r).map(|_| ()),
        Err(DateError::OutOfRange)
    );
    assert_eq!(
        parse_date("999999999999 years ago", &r).map(|_| ()),
        Err(DateError::OutOfRange)
    );
    assert!(
        parse_date("99999999999 days ago", &o)
            .unwrap()
            .value
            .value
            .is_none()
    );
}

#[test]
fn day_order() {
    let first = opts().with_day_order(DayOrder::DayFirst);
    let month = opts().with_day_order(DayOrder::MonthFirst);
    let show =
        |s: &str, o: &DateOptions| parse_date(s, o).map(|p| p.value.value.unwrap().to_string());
    assert_eq!(show("04/03/2025", &first).as_deref(), Ok("2025-03-04"));
    assert_eq!(show("04/03/2025", &month).as_deref(), Ok("2025-04-03"));
    assert_eq!(show("04.03.2025", &month).as_deref(), Ok("2025-04-03"));
    assert_eq!(show("25/03/2025", &month), Err(DateError::Impossible));
    assert_eq!(show("03/25/2025", &opts()).as_deref(), Ok("2025-03-25"));
}

#[test]
fn zones() {
    let irish = opts().with_ist_is_irish(true);
    let p = parse_date("4 March 2025 12:30 IST", &irish).unwrap();
    assert_eq!(
        p.value.value.unwrap().to_string(),
        "2025-03-04T12:30:00+01:00"
    );
    let china = opts().with_zone("CST", FixedOffset::east_opt(8 * 3600).unwrap());
    let p = parse_date("4 March 2025 12:30 CST", &china).unwrap();
    assert_eq!(
        p.value.value.unwrap().to_string(),
        "2025-03-04T12:30:00+08:00"
    );
    let p = parse_date("4 March 2025 12:30 CST", &opts()).unwrap();
    assert_eq!(
        p.value.value.unwrap().to_string(),
        "2025-03-04T12:30:00-06:00"
    );
    // Lower-case "est" is French, not a zone.
    let p = parse_date("4 mars 2025 14:30 est", &opts()).unwrap();
    assert_eq!(p.value.value.unwrap().to_string(), "2025-03-04T14:30:00");
}

/// (line, [(role, value, raw)], rest)
type LineCase = (
    &'static str,
    &'static [(DateRole, &'static str, &'static str)],
    &'static str,
);

const LINES: &[LineCase] = &[
    (
        "Published: 12:30 PM EST, Tue March 4, 2025",
        &[(
            DateRole::Published,
            "2025-03-04T12:30:00-05:00",
            "12:30 PM EST, Tue March 4, 2025",
        )],
        "",
    ),
    (
        "Updated: 3:05 PM EST, Tue March 4, 2025",
        &[(
            DateRole::Updated,
            "2025-03-04T15:05:00-05:00",
            "3:05 PM EST, Tue March 4, 2025",
        )],
        "",
    ),
    (
        "February 3, 2025 10:42 AM GMT",
        &[(
            DateRole::Unlabelled,
            "2025-02-03T10:42:00+00:00",
            "February 3, 2025 10:42 AM GMT",
        )],
        "",
    ),
    (
        "Updated 2 hours ago",
        &[(
            DateRole::Updated,
            "2025-03-05T10:00:00+01:00",
            "2 hours ago",
        )],
        "",
    ),
    (
        "Posted on Tuesday, March 4, 2025 by Staff Writer",
        &[(DateRole::Published, "2025-03-04", "Tuesday, March 4, 2025")],
        "by Staff Writer",
    ),
    (
        "Posted Wed 5 Mar 2025 at 6:14am, updated 2 hours ago",
        &[
            (
                DateRole::Published,
                "2025-03-05T06:14:00",
                "Wed 5 Mar 2025 at 6:14am",
            ),
            (
                DateRole::Updated,
                "2025-03-05T10:00:00+01:00",
                "2 hours ago",
            ),
        ],
        "",
    ),
    (
        "04.03.2025, 14:30 Uhr",
        &[(
            DateRole::Unlabelled,
            "2025-03-04T14:30:00",
            "04.03.2025, 14:30 Uhr",
        )],
        "",
    ),
    (
        " date 2025-02-24 Senate passes the bill",
        &[(DateRole::Published, "2025-02-24", "2025-02-24")],
        "Senate passes the bill",
    ),
    (
        "March 1, 2025",
        &[(DateRole::Unlabelled, "2025-03-01", "March 1, 2025")],
        "",
    ),
    (
        "First published on March 4, 2025 | Last updated: March 5, 2025",
        &[
            (DateRole::Published, "2025-03-04", "March 4, 2025"),
            (DateRole::Updated, "2025-03-05", "March 5, 2025"),
        ],
        "",
    ),
    (
        "Publié le 4 mars 2025 à 14h30, mis à jour le 5 mars 2025",
        &[
            (
                DateRole::Published,
                "2025-03-04T14:30:00",
                "4 mars 2025 à 14h30",
            ),
            (DateRole::Updated, "2025-03-05", "5 mars 2025"),
        ],
        "",
    ),
    (
        "Veröffentlicht am 04.03.2025 · Aktualisiert am 05.03.2025",
        &[
            (DateRole::Published, "2025-03-04", "04.03.2025"),
            (DateRole::Updated, "2025-03-05", "05.03.2025"),
        ],
        "",
    ),
    (
        "Опубликовано: 4 марта 2025 г. / Обновлено: вчера",
        &[
            (DateRole::Published, "2025-03-04", "4 марта 2025 г."),
            (DateRole::Updated, "2025-03-04", "вчера"),
        ],
        "",
    ),
    (
        "Publicado: 4 de marzo de 2025 - Actualizado hace 2 horas",
        &[
            (DateRole::Published, "2025-03-04", "4 de marzo de 2025"),
            (
                DateRole::Updated,
                "2025-03-05T10:00:00+01:00",
                "hace 2 horas",
            ),
        ],
        "",
    ),
    (
        "LAST UPDATED ON 9:05 AM",
        &[(DateRole::Updated, "2025-03-05T09:05:00", "9:05 AM")],
        "",
    ),
    (
        "Updated 7:12",
        &[(DateRole::Updated, "2025-03-05T07:12:00", "7:12")],
        "",
    ),
    (
        "Today | By Jane Doe",
        &[(DateRole::Unlabelled, "2025-03-05", "Today")],
        "By Jane Doe",
    ),
    (
        "Pubblicato il 4 marzo 2025, aggiornato 6 ore fa",
        &[
            (DateRole::Published, "2025-03-04", "4 marzo 2025"),
            (DateRole::Updated, "2025-03-05T06:00:00+01:00", "6 ore fa"),
        ],
        "",
    ),
];

fn check_lines(cases: &[LineCase], o: &DateOptions) {
    for &(line, want, rest) in cases {
        let p = parse_date_line(line, o).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let got: Vec<(DateRole, String, &str)> = p
            .value
            .iter()
            .map(|e| {
                (
                    e.role,
                    e.date.value.map(|v| v.to_string()).unwrap_or_default(),
                    e.raw.as_str(),
                )
            })
            .collect();
        let want: Vec<(DateRole, String, &str)> = want
            .iter()
            .map(|&(r, v, raw)| (r, v.to_string(), raw))
            .collect();
        assert_eq!(got, want, "{line:?}");
        assert_eq!(p.rest, rest, "{line:?}");
    }
}

#[test]
fn date_lines() {
    check_lines(LINES, &opts().with_reference(reference()));
}

#[test]
fn never_panics_and_stays_linear() {
    let o = opts().with_reference(reference());
    let long = "4 March 2025 ".repeat(5000);
    assert!(find_date(&long, &o).is_some());
    let words = "March May Tue 12 2025 of ago a ".repeat(5_000);
    assert!(find_date(&words, &o).is_none());
    let digits = "1".repeat(100_000);
    assert!(find_date(&digits, &o).is_none());
    let spaces = format!("4{}March 2025", " ".repeat(100_000));
    assert!(find_date(&spaces, &o).is_none());
    for odd in [
        "\u{feff}4 März 2025",
        "４ March 2025",
        "4\u{a0}March\u{a0}2025",
        "ǅ 𝟙 :: ⁂",
        "12:",
        "12:3",
        "2025-",
        "Z",
        "+",
        "4 марта",
        "vor",
        "il y a",
        "99:99 PM",
        "4 March 2025 12:30 UTC+99",
    ] {
        let _ = parse_date(odd, &o);
        let _ = parse_date_line(odd, &o);
        let _ = find_date(odd, &o);
    }
    let p = parse_date("4\u{a0}March\u{a0}2025", &o).unwrap();
    assert_eq!(p.value.value.unwrap().to_string(), "2025-03-04");
}

#[test]
fn dotted_times_need_a_marker() {
    let show =
        |s: &str| parse_date(s, &opts()).map(|p| (p.value.value.unwrap().to_string(), p.span.end));
    assert_eq!(
        show("Tue 4 Mar 2025 14.05 GMT"),
        Ok(("2025-03-04T14:05:00+00:00".into(), 24))
    );
    assert_eq!(
        show("4 March 2025 at 9.30am"),
        Ok(("2025-03-04T09:30:00".into(), 22))
    );
    assert_eq!(
        show("04.03.2025 14.30 Uhr"),
        Ok(("2025-03-04T14:30:00".into(), 20))
    );
    assert_eq!(
        show("4 March 2025 3.5 million"),
        Ok(("2025-03-04".into(), 12))
    );
    assert!(parse_date("3.5 million", &opts()).is_err());
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn check(s: &str) {
        let o = opts().with_reference(reference());
        if let Ok(p) = parse_date(s, &o) {
            assert!(p.span.slice(s).is_some());
            assert_eq!(s.get(p.span.end..), Some(p.rest));
        }
        if let Some(p) = find_date(s, &o) {
            assert!(p.span.slice(s).is_some());
            assert_eq!(s.get(p.span.end..), Some(p.rest));
        }
        if let Ok(p) = parse_date_line(s, &o) {
            assert!(p.span.slice(s).is_some());
            assert!(!p.value.is_empty());
            assert!(s.ends_with(p.rest), "{s:?}: rest {:?}", p.rest);
        }
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,80}") {
            check(&s);
        }

        #[test]
        fn never_panics_on_date_like_text(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("March"), Just("4"), Just("2025"), Just(":"), Just("12:30"),
                    Just("PM"), Just("EST"), Just(","), Just("."), Just("/"), Just("-"),
                    Just("Updated"), Just("ago"), Just("hours"), Just("99999999999"),
                    Just("vor"), Just("марта"), Just("г."), Just("T"), Just("Z"), Just("+14:00"),
                    Just("年"), Just("月"), Just("日"), Just(" "), Just("\u{a0}"), Just("é"),
                ],
                0..16,
            )
        ) {
            check(&parts.concat());
            check(&parts.join(" "));
        }
    }
}

#[test]
fn noon_and_comments() {
    fn show(s: &str) -> Result<(String, &str), DateError> {
        parse_date(s, &opts()).map(|p| (p.value.value.unwrap().to_string(), p.rest))
    }
    assert_eq!(
        show("March 4, 2025 at noon"),
        Ok(("2025-03-04T12:00:00".into(), ""))
    );
    assert_eq!(
        show("March 4, 2025 12:00 noon EST"),
        Ok(("2025-03-04T12:00:00-05:00".into(), ""))
    );
    assert_eq!(
        show("March 4, 2025 at midnight."),
        Ok(("2025-03-04T00:00:00".into(), "."))
    );
    assert_eq!(
        show("Tue, 4 Mar 2025 12:30:00 +0100 (CET) x"),
        Ok(("2025-03-04T12:30:00+01:00".into(), " x"))
    );
    assert!(parse_date("noon", &opts()).is_err());
}

/// Date lines seen on real pages: (line, entries as (role, value, raw), rest).
const PAGE_LINES: &[LineCase] = &[
    // A label glued to the previous date by the scrape.
    (
        "Nov. 20, 2019Updated: Nov. 20, 2019 1:35\u{a0}a.m.",
        &[
            (DateRole::Unlabelled, "2019-11-20", "Nov. 20, 2019"),
            (
                DateRole::Updated,
                "2019-11-20T01:35:00",
                "Nov. 20, 2019 1:35\u{a0}a.m.",
            ),
        ],
        "",
    ),
    // A year glued to the time, a zone glued to the next label.
    (
        "Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST",
        &[
            (
                DateRole::Published,
                "2019-11-19T07:05:00-05:00",
                "Tue, Nov 19 20197:05 AM EST",
            ),
            (
                DateRole::Updated,
                "2019-11-19T07:16:00-05:00",
                "Tue, Nov 19 20197:16 AM EST",
            ),
        ],
        "",
    ),
    // A place or a zone after a comma.
    (
        "Wednesday 20 November 2019 11:42, UK",
        &[(
            DateRole::Unlabelled,
            "2019-11-20T11:42:00",
            "Wednesday 20 November 2019 11:42, UK",
        )],
        "",
    ),
    (
        "20 November 2019 11:42, GMT",
        &[(
            DateRole::Unlabelled,
            "2019-11-20T11:42:00+00:00",
            "20 November 2019 11:42, GMT",
        )],
        "",
    ),
    // Day first: 13 cannot be a month.
    (
        "13/06/2014 Tony Walsh All, Books, Kit Reviews",
        &[(DateRole::Unlabelled, "2014-06-13", "13/06/2014")],
        "Tony Walsh All, Books, Kit Reviews",
    ),
    // A blog meta row: the date, then "/"-separated segments.
    (
        "October 15, 2018/0 Comments/in News /by siteadmin",
        &[(DateRole::Unlabelled, "2018-10-15", "October 15, 2018")],
        "0 Comments/in News /by siteadmin",
    ),
    // A two-digit year with a time after it.
    (
        "11/18/19 11:04 PM EST",
        &[(
            DateRole::Unlabelled,
            "2019-11-18T23:04:00-05:00",
            "11/18/19 11:04 PM EST",
        )],
        "",
    ),
    (
        "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
        &[
            (
                DateRole::Updated,
                "2019-11-19T08:21:00-05:00",
                "Nov. 19, 2019 8:21 am ET",
            ),
            (
                DateRole::Published,
                "2019-11-19T08:02:00-05:00",
                "Nov. 19, 2019 8:02 am ET",
            ),
        ],
        "",
    ),
];

#[test]
fn page_date_lines() {
    check_lines(PAGE_LINES, &opts());
}

#[test]
fn page_date_near_misses() {
    for line in [
        // A two-digit year needs a time after it.
        "11/18/19",
        "Scores 3/4/19 and more",
        // Glued digits that are no time.
        "Nov 19 201975",
        // A lower-case word glued on is not a label.
        "Nov. 20, 2019updated",
        // Year-less dates in running text.
        "Nov 18 was the day the council voted",
        "March of the Penguins",
    ] {
        assert!(
            parse_date_line(line, &opts()).is_err(),
            "{line:?}: {:?}",
            parse_date_line(line, &opts())
        );
    }
    // Only zones and a few place tags are read after a comma.
    let p = parse_date_line("20 November 2019 11:42, Ukraine", &opts()).expect("date");
    assert_eq!(p.rest, "Ukraine");
    for line in ["On Nov 18, the council voted", "Sunday, Nov 18 was cold"] {
        assert!(find_date(line, &opts()).is_none(), "{line:?}");
    }
}

/// Year-less dates: (line, entries as (role, raw), values with the reference).
type YearlessCase = (
    &'static str,
    &'static [(DateRole, &'static str)],
    &'static [&'static str],
);

const YEARLESS: &[YearlessCase] = &[
    (
        "Updated Nov 19, 6:55 AM;Posted Nov 18, 8:19 PM",
        &[
            (DateRole::Updated, "Nov 19, 6:55 AM"),
            (DateRole::Published, "Nov 18, 8:19 PM"),
        ],
        &["2019-11-19T06:55:00", "2019-11-18T20:19:00"],
    ),
    (
        "Nov 18",
        &[(DateRole::Unlabelled, "Nov 18")],
        &["2019-11-18"],
    ),
    (
        "Posted: November 20",
        &[(DateRole::Published, "November 20")],
        &["2019-11-20"],
    ),
    // After the reference day: the year before.
    (
        "Dec. 24",
        &[(DateRole::Unlabelled, "Dec. 24")],
        &["2018-12-24"],
    ),
    (
        "Published 3 March",
        &[(DateRole::Published, "3 March")],
        &["2019-03-03"],
    ),
    // 29 February: the last leap year.
    (
        "Feb 29",
        &[(DateRole::Unlabelled, "Feb 29")],
        &["2016-02-29"],
    ),
];

#[test]
fn yearless_dates() {
    let r = DateTime::parse_from_rfc3339("2019-11-20T12:00:00+00:00").unwrap();
    for &(line, want, values) in YEARLESS {
        let p = parse_date_line(line, &opts()).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let got: Vec<(DateRole, &str)> = p.value.iter().map(|e| (e.role, e.raw.as_str())).collect();
        assert_eq!(got, want, "{line:?}");
        assert!(
            p.value
                .iter()
                .all(|e| e.date.value.is_none() && e.date.relative && e.date.yearless),
            "{line:?}"
        );
        let p = parse_date_line(line, &opts().with_reference(r)).expect("with reference");
        let got: Vec<String> = p
            .value
            .iter()
            .map(|e| e.date.value.map(|v| v.to_string()).unwrap_or_default())
            .collect();
        assert_eq!(got, values, "{line:?}");
    }
    assert_eq!(
        parse_date_line("Feb 30", &opts()).map(|_| ()),
        Err(DateError::Impossible)
    );
    let full = parse_date_line("Nov 19, 2019", &opts()).expect("full date");
    assert!(full.value.iter().all(|e| !e.date.yearless));
}

/// The day `s` parses to (`YYYY-MM-DD`), if it parses.
fn day(s: &str) -> Option<String> {
    parse_date(s, &opts())
        .ok()
        .and_then(|p| p.value.value)
        .map(|v| v.date().to_string())
}

#[test]
fn other_languages_month_names_in_the_english_order_need_the_comma() {
    assert_eq!(day("Oktober 27, 2015").as_deref(), Some("2015-10-27"));
    assert_eq!(day("Maret 3, 2019").as_deref(), Some("2019-03-03"));
    assert_eq!(day("Agustus 17, 2018").as_deref(), Some("2018-08-17"));
    // Without the comma the order is ambiguous in those languages.
    assert_ne!(day("Oktober 27 2015").as_deref(), Some("2015-10-27"));
    // English keeps its optional comma and ordinals.
    assert_eq!(day("October 27th 2015").as_deref(), Some("2015-10-27"));
}

#[test]
fn day_month_year_in_more_languages() {
    for (line, want) in [
        ("20 septembrie 2020", "2020-09-20"),
        ("3 października 2021", "2021-10-03"),
        ("12. března 2019", "2019-03-12"),
        ("5 augusti 2018", "2018-08-05"),
        ("14 Şubat 2022", "2022-02-14"),
        ("1 maj 2017", "2017-05-01"),
    ] {
        assert_eq!(day(line).as_deref(), Some(want), "{line}");
    }
}

#[test]
fn dotted_dates_with_a_two_digit_year_are_read_on_day_first_pages() {
    let mut o = opts();
    o.day_order = DayOrder::DayFirst;
    let day = |s: &str| {
        parse_date(s, &o)
            .ok()
            .and_then(|p| p.value.value)
            .map(|v| v.date().to_string())
    };
    assert_eq!(day("31.10.23").as_deref(), Some("2023-10-31"));
    assert_eq!(day("mardi 10.12.19").as_deref(), Some("2019-12-10"));
    assert_eq!(day("05.03.98").as_deref(), Some("1998-03-05"));
    // A longer dotted run is a phone number or a version, not a date; a
    // month past 12 is none either.
    assert_eq!(day("01.23.45.67.89"), None);
    assert_eq!(day("10.12.19.2"), None);
    assert_eq!(day("31.13.23"), None);
    let found = find_date("Von: Jane Doe | 31.10.23", &o).and_then(|d| d.value.value);
    assert_eq!(
        found.map(|v| v.date().to_string()).as_deref(),
        Some("2023-10-31")
    );
    // Elsewhere ("11.07.12" on a US page is month first) they are no dates.
    assert!(find_date("Opening Bell 11.18.19", &opts()).is_none());
}

#[test]
fn last_modified_on_labels_an_update() {
    let p = parse_date_line("Last modified on Tue 4 Mar 2025 08.12 GMT", &opts()).unwrap();
    assert_eq!(p.value.len(), 1);
    assert_eq!(p.value[0].role, DateRole::Updated);
    assert_eq!(
        p.value[0].date.value.map(|d| d.to_string()).as_deref(),
        Some("2025-03-04T08:12:00+00:00")
    );
}

#[test]
fn a_time_after_a_date_on_its_line_is_that_days_time() {
    for (line, want) in [
        (
            "Published 4 March 2025, updated 10:45",
            "2025-03-04T10:45:00",
        ),
        (
            "Publié le 04 mars 2025 à 05h30, modifié à 08h12",
            "2025-03-04T08:12:00",
        ),
    ] {
        let p = parse_date_line(line, &opts()).unwrap();
        assert_eq!(p.value.len(), 2, "{line:?}");
        assert_eq!(p.value[1].role, DateRole::Updated, "{line:?}");
        assert!(!p.value[1].date.time_only, "{line:?}");
        assert_eq!(
            p.value[1].date.value.map(|d| d.to_string()).as_deref(),
            Some(want),
            "{line:?}"
        );
    }
    // A time alone stays a time.
    let p = parse_date_line("Updated 10:45", &opts()).unwrap();
    assert!(p.value[0].date.time_only);
}

#[test]
fn a_date_glued_to_the_next_one_is_two_dates() {
    // A published and an updated date printed without a space between them.
    for (line, first, second, rest) in [
        (
            "22. Dezember 201922. Dezember 2019 von Peter Addor",
            "22. Dezember 2019",
            "22. Dezember 2019",
            "von Peter Addor",
        ),
        (
            "December 22, 2019December 23, 2019 by Peter Addor",
            "December 22, 2019",
            "December 23, 2019",
            "by Peter Addor",
        ),
    ] {
        let p = parse_date_line(line, &opts()).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let raws: Vec<&str> = p.value.iter().map(|e| e.raw.as_str()).collect();
        assert_eq!(raws, [first, second], "{line:?}");
        assert_eq!(p.rest, rest, "{line:?}");
    }
    // Digits glued to a year without a day's dot are still no date.
    assert!(parse_date_line("December 22, 20194 apples", &opts()).is_err());
}

#[test]
fn a_second_labelled_date_after_a_conjunction_or_a_dotted_time_is_read() {
    for (line, published, updated) in [
        (
            "Posted 5:42 PM, Mar 03, 2025 and last updated 7:15 AM, Mar 04, 2025",
            "2025-03-03T17:42:00",
            "2025-03-04T07:15:00",
        ),
        (
            "Julkaistu 4.3.2025 14.05 | Päivitetty 5.3.2025 8.10",
            "2025-03-04T14:05:00",
            "2025-03-05T08:10:00",
        ),
    ] {
        let p = parse_date_line(line, &opts()).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let got: Vec<(DateRole, String)> = p
            .value
            .iter()
            .map(|e| {
                (
                    e.role,
                    e.date.value.map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (DateRole::Published, published.to_string()),
                (DateRole::Updated, updated.to_string())
            ],
            "{line:?}"
        );
        assert_eq!(p.rest, "", "{line:?}");
    }
    // A dotted number after a date that the line goes on from is no time,
    // and a conjunction before prose is no second entry.
    let p = parse_date_line("March 4, 2025 12.50 euros", &opts()).unwrap();
    assert_eq!(p.rest, "12.50 euros");
    let p = parse_date_line("Published 4 March 2025 and the council met", &opts()).unwrap();
    assert_eq!(p.value.len(), 1);
    assert_eq!(p.rest, "and the council met");
}

#[test]
fn dates_in_more_languages_and_year_first_spaced_dates() {
    for (line, want) in [
        ("2025. március 4.", "2025-03-04"),
        ("2025. 03. 05.", "2025-03-05"),
        ("Frissítve: 2025.03.05", "2025-03-05"),
        ("Huling update: Marso 5, 2025", "2025-03-05"),
        ("4 Μαρτίου 2025", "2025-03-04"),
        ("04 मार्च 2025", "2025-03-04"),
        ("עודכן: 2025-03-05", "2025-03-05"),
    ] {
        let p = parse_date_line(line, &opts()).unwrap_or_else(|e| panic!("{line:?}: {e}"));
        let day = p.value[0].date.value.map(|d| d.date().to_string());
        assert_eq!(day.as_deref(), Some(want), "{line:?}");
        assert_eq!(p.rest, "", "{line:?}");
    }
}

#[test]
fn update_labels_in_polish_and_italian_and_in_brackets() {
    let p = parse_date_line("Aktualizacja: 13.03.2025, 08:15", &opts()).unwrap();
    assert_eq!(p.value[0].role, DateRole::Updated);
    assert_eq!(
        p.value[0].date.value.unwrap().to_string(),
        "2025-03-13T08:15:00"
    );
    let p = parse_date_line("13 marzo 2025 (modifica il 14 marzo 2025 | 08:40)", &opts()).unwrap();
    assert_eq!(p.value.len(), 2);
    assert_eq!(p.value[1].role, DateRole::Updated);
    assert_eq!(
        p.value[1].date.value.unwrap().to_string(),
        "2025-03-14T08:40:00"
    );
    assert_eq!(p.rest, "");
    let p = parse_date_line("4 March 2025 (updated 5 March 2025) by Jane Doe", &opts()).unwrap();
    assert_eq!(p.value.len(), 2);
    assert_eq!(p.rest, "by Jane Doe");
    // A bracket without a label stays the line's rest.
    let p = parse_date_line("March 4, 2025 (Reuters)", &opts()).unwrap();
    assert_eq!(p.value.len(), 1);
    assert_eq!(p.rest, "(Reuters)");
}

#[test]
fn turkish_relative_times_read_as_relative() {
    for t in ["3 saat önce", "5 dakika önce", "2 gün önce"] {
        let p = parse_date(t, &opts()).unwrap();
        assert!(p.value.relative && p.value.value.is_none(), "{t}");
        assert_eq!(p.rest, "", "{t}");
    }
}

#[test]
fn a_short_particle_joins_day_month_and_year_of_a_whole_date() {
    for (t, want) in [
        ("6 ta' Marzu 2025", "2025-03-06"),
        ("13 di març dal 2025", "2025-03-13"),
        ("4 de marzo de 2025", "2025-03-04"),
        ("03 nov 2012", "2012-11-03"),
    ] {
        let p = parse_date(t, &opts()).unwrap();
        assert_eq!(p.value.value.unwrap().to_string(), want, "{t}");
        assert_eq!(p.rest, "", "{t}");
    }
    // No particle without a year, nor an English word: "1 day ago" stays
    // relative, "3 to April 2025" is no date.
    let p = parse_date("1 day ago", &opts()).unwrap();
    assert!(p.value.relative, "{:?}", p.value);
    assert!(parse_date("3 to April 2025", &opts()).is_err());
}

/// Date labels and month names of more languages: Tamil and Kannada (month
/// first, with a comma, as their papers print them), Belarusian, Albanian,
/// Hebrew (the month after "ב"), Icelandic, Welsh and Basque labels.
const MORE_LANGUAGES: &[LineCase] = &[
    (
        "வெளியிடப்பட்டது: ஜூலை 9, 2026 08:15 IST",
        &[(
            DateRole::Published,
            "2026-07-09T08:15:00+05:30",
            "ஜூலை 9, 2026 08:15 IST",
        )],
        "",
    ),
    (
        "ನವೀಕರಿಸಲಾಗಿದೆ: ಅಕ್ಟೋಬರ್ 2, 2026",
        &[(DateRole::Updated, "2026-10-02", "ಅಕ್ಟೋಬರ್ 2, 2026")],
        "",
    ),
    (
        "7 лістапада 2026",
        &[(DateRole::Unlabelled, "2026-11-07", "7 лістапада 2026")],
        "",
    ),
    (
        "Përditësuar: 21 korrik 2026",
        &[(DateRole::Updated, "2026-07-21", "21 korrik 2026")],
        "",
    ),
    (
        "3 בנובמבר 2026",
        &[(DateRole::Unlabelled, "2026-11-03", "3 בנובמבר 2026")],
        "",
    ),
    (
        "Uppfært 5. júlí 2026",
        &[(DateRole::Updated, "2026-07-05", "5. júlí 2026")],
        "",
    ),
    (
        "Diweddarwyd diwethaf: 12 Hydref 2026",
        &[(DateRole::Updated, "2026-10-12", "12 Hydref 2026")],
        "",
    ),
    (
        "Eguneratua: 2026-06-30",
        &[(DateRole::Updated, "2026-06-30", "2026-06-30")],
        "",
    ),
];

#[test]
fn date_lines_of_more_languages() {
    check_lines(MORE_LANGUAGES, &opts());
}
