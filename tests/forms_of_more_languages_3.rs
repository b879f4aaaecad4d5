//! Month names of more languages (Kinyarwanda, Malagasy, Haitian Creole,
//! Scottish Gaelic, Punjabi), and an update printed under a label no
//! lexicon holds, next to the published date or on its line.

use newsclip::grammar::date::{DateOptions, parse_date};
use newsclip::parse;

mod common;

use common::ferry::TEXT;

/// Asserts that each text reads as a date on its day.
fn assert_days(cases: &[(&str, &str)]) {
    let opts = DateOptions::default();
    for &(text, iso) in cases {
        let p = parse_date(text, &opts).unwrap_or_else(|e| panic!("{text}: {e}"));
        let v = p.value.value.unwrap_or_else(|| panic!("{text}: no value"));
        assert_eq!(v.date().to_string(), iso, "{text}");
    }
}

#[test]
fn month_names_of_more_languages() {
    assert_days(&[
        ("14 Ukuboza 2026", "2026-12-14"),
        ("3 Werurwe 2026", "2026-03-03"),
        ("15 Desambra 2026", "2026-12-15"),
        ("2 Aogositra 2026", "2026-08-02"),
        ("14 desanm 2026", "2026-12-14"),
        ("1 jiyè 2026", "2026-07-01"),
        ("14 Dùbhlachd 2026", "2026-12-14"),
        ("9 Lùnastal 2026", "2026-08-09"),
        ("14 ਦਸੰਬਰ 2026", "2026-12-14"),
        ("5 ਜੁਲਾਈ 2026", "2026-07-05"),
    ]);
}

/// The ferry story with `dates` between its byline and its text.
fn story_with(dates: &str) -> String {
    format!(
        "Harbour Times\nHarbour ferry fares to rise by a fifth from April\nBy Priya Raman\n{dates}\n{TEXT}"
    )
}

fn dates(text: &str) -> (Option<String>, Option<String>) {
    let a = parse(text);
    (
        a.published.map(|d| d.to_string()),
        a.updated.map(|d| d.to_string()),
    )
}

#[test]
fn a_later_date_under_an_unknown_label_is_the_update() {
    for (lines, published, updated) in [
        (
            "Natao: 15 Desambra 2026, 07:30\nNohavaozina: 15 Desambra 2026, 16:10",
            "2026-12-15T07:30:00",
            "2026-12-15T16:10:00",
        ),
        (
            "Pibliye 14 desanm 2026 | Mizajou 15 desanm 2026",
            "2026-12-14",
            "2026-12-15",
        ),
        (
            "March 4, 2025\nQwerty: March 5, 2025",
            "2025-03-04",
            "2025-03-05",
        ),
        // A label without a colon before a date with its time.
        (
            "2 dezembro 2025, 07:30\nAtualizado a 2 dezembro 2025, 11:05",
            "2025-12-02T07:30:00",
            "2025-12-02T11:05:00",
        ),
    ] {
        let (p, u) = dates(&story_with(lines));
        assert_eq!(p.as_deref(), Some(published), "{lines}");
        assert_eq!(u.as_deref(), Some(updated), "{lines}");
    }
}

#[test]
fn an_earlier_or_unlabelled_date_is_no_update() {
    for lines in [
        // Earlier than the publication: no update.
        "March 4, 2025\nQwerty: March 1, 2025",
        // The same day without times.
        "March 4, 2025\nQwerty: March 4, 2025",
        // A label of three words is no label.
        "March 4, 2025\nThe next meeting: March 9, 2025",
    ] {
        let (p, u) = dates(&story_with(lines));
        assert_eq!(p.as_deref(), Some("2025-03-04"), "{lines}");
        assert_eq!(u, None, "{lines}");
    }
}

#[test]
fn a_month_name_borrowed_and_respelled_is_read_between_a_day_and_a_year() {
    assert_days(&[
        ("9 Tesema 2026", "2026-12-09"),
        ("3 Disyembre 2026", "2026-12-03"),
        ("21 Septambre, 2026", "2026-09-21"),
        ("17 Ocotber 2020", "2020-10-17"),
    ]);
    let opts = DateOptions::default();
    // No year after it, or a word that is no loan of a month: no date.
    for text in ["9 Tesema", "12 Martin 2026", "4 Desk 2026", "3 people 2026"] {
        let read = parse_date(text, &opts).ok().and_then(|p| p.value.value);
        assert!(read.is_none(), "{text}: {read:?}");
    }
}
