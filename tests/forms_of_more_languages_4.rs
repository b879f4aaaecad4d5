//! Dates, labels and bylines of more languages (Sesotho, Shona, Akan,
//! Ewe, Kabyle, Northern Sami), the English "Last update:" label, and
//! West African given names that are also titles.

use newsclip::grammar::byline::{parse_byline, prefixed_names};
use newsclip::grammar::date::{DateOptions, DateRole, parse_date_line};

/// Asserts that each line reads as a date line on its day, in its role.
fn assert_lines(cases: &[(&str, &str, DateRole)]) {
    let opts = DateOptions::default();
    for &(line, iso, role) in cases {
        let p = parse_date_line(line, &opts).unwrap_or_else(|e| panic!("{line}: {e}"));
        let e = p.value.first().unwrap_or_else(|| panic!("{line}: no date"));
        let v = e.date.value.unwrap_or_else(|| panic!("{line}: no value"));
        assert_eq!(v.date().to_string(), iso, "{line}");
        assert_eq!(e.role, role, "{line}");
    }
}

#[test]
fn month_and_weekday_names_of_more_languages() {
    assert_lines(&[
        (
            "Laboraro, 3 Motsheanong 2026",
            "2026-05-03",
            DateRole::Unlabelled,
        ),
        (
            "Yakabudiswa: 4 Chikumi 2026",
            "2026-06-04",
            DateRole::Published,
        ),
        (
            "Yakagadziridzwa: 5 Zvita 2026",
            "2026-12-05",
            DateRole::Updated,
        ),
        ("Fiada, Ahinime 9, 2026", "2026-10-09", DateRole::Unlabelled),
        (
            "Dzodze 14, 2026 | 08:30",
            "2026-02-14",
            DateRole::Unlabelled,
        ),
        (
            "Yettwasuffeɣ: 21 Yebrir 2026",
            "2026-04-21",
            DateRole::Published,
        ),
        (
            "Yettwaleqqem: 22 Yebrir 2026",
            "2026-04-22",
            DateRole::Updated,
        ),
        (
            "Maŋimuš ođasmahttojuvvon 11.03.2026",
            "2026-03-11",
            DateRole::Updated,
        ),
        (
            "Last update: 30/09/2026 at 18:10",
            "2026-09-30",
            DateRole::Updated,
        ),
    ]);
}

#[test]
fn by_words_and_labels_of_more_languages() {
    for (line, names) in [
        ("Ka Palesa Ntho", &["Palesa Ntho"][..]),
        ("Sɣur Amar Ait Slimane", &["Amar Ait Slimane"][..]),
        (
            "BY: Prince K. Doe, County Correspondent",
            &["Prince K. Doe"][..],
        ),
    ] {
        let b = parse_byline(line).unwrap_or_else(|e| panic!("{line}: {e:?}"));
        assert_eq!(b.value.authors, names, "{line}");
    }
    // A label no lexicon holds, names, and the agency after a comma.
    assert_eq!(
        prefixed_names("Ŋlɔla: Edem Kwasi Amevor, GNA").unwrap(),
        ["Edem Kwasi Amevor"]
    );
    assert_eq!(prefixed_names("Ŋlɔla: GNA"), None);
}

#[test]
fn an_outlets_reporters_are_a_credit() {
    let b = parse_byline("By Harbour Gazette reporters").expect("a byline");
    assert!(b.value.authors.is_empty());
    assert_eq!(b.value.credits, ["Harbour Gazette reporters"]);
}
