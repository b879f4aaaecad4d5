//! Bylines and date labels of more languages: Low German ("vun A un B",
//! "Aktualiseert:"), Cornish ("gans NAME"), Manx ("Liorish NAME"),
//! Esperanto ("Ĝisdatigita:", "Publikigita:", "A kaj B") and Lower Sorbian
//! ("aktualizěrowane:").

use newsclip::grammar::byline::parse_byline;
use newsclip::grammar::date::{DateOptions, DateRole, DayOrder, parse_date_line};

#[test]
fn bylines_of_more_languages() {
    for (line, names) in [
        (
            "vun Hinnerk Petersen un Anke Jansen",
            &["Hinnerk Petersen", "Anke Jansen"][..],
        ),
        ("gans Jenna Pascoe", &["Jenna Pascoe"][..]),
        ("Liorish Orry Kermode", &["Orry Kermode"][..]),
        (
            "By Marta Kovács kaj Jan Hendriks",
            &["Marta Kovács", "Jan Hendriks"][..],
        ),
        // Welsh "gan" still reads as before.
        (
            "Gan Elin Puw a Dafydd Hughes",
            &["Elin Puw", "Dafydd Hughes"][..],
        ),
    ] {
        let p = parse_byline(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(p.value.authors, names, "{line}");
    }
}

#[test]
fn date_labels_of_more_languages() {
    let opts = DateOptions::default().with_day_order(DayOrder::DayFirst);
    for (line, iso, role) in [
        (
            "Aktualiseert: 13.10.2025, 16:20 Klock",
            "2025-10-13",
            DateRole::Updated,
        ),
        (
            "Ĝisdatigita: 13.08.2025, 09:40",
            "2025-08-13",
            DateRole::Updated,
        ),
        ("Publikigita: 12.08.2025", "2025-08-12", DateRole::Published),
        (
            "aktualizěrowane: 8. 10. 2025, 14:30",
            "2025-10-08",
            DateRole::Updated,
        ),
    ] {
        let p = parse_date_line(line, &opts).unwrap_or_else(|e| panic!("{line}: {e}"));
        let e = p.value.first().unwrap_or_else(|| panic!("{line}: no date"));
        let v = e.date.value.unwrap_or_else(|| panic!("{line}: no value"));
        assert_eq!(v.date().to_string(), iso, "{line}");
        assert_eq!(e.role, role, "{line}");
    }
}
