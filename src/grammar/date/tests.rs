//! Tests of the date grammar's gates: each one only skips attempts that fail.

use super::*;

#[test]
fn relative_gate_is_necessary() {
    let o = DateOptions::default();
    let strong = Mode {
        bare_time: false,
        weak: false,
    };
    let heads = [
        "2 hours ago",
        "a day ago",
        "An hour ago",
        "vor 2 Stunden",
        "vor einer Stunde",
        "il y a 3 heures",
        "hace 2 horas",
        "há 3 dias",
        "2 часа назад",
        "just now",
        "Moments ago",
        "à l'instant",
        "5:56 PM",
        "5:56",
        "Nov 18",
        "18 November",
        "today",
        "Yesterday at 5:30 PM",
        "Sun 12",
        "10. Get",
        "28 ° C",
        "11/18/19",
        "1/2/34",
        "12 d ago",
        "3h ago",
        "1 min. ago",
        "Mar 3, 202",
        "No. 7",
        "May 5",
        "noon",
    ];
    let mut found = 0;
    for h in heads {
        for tail in ["", " more", ", 12"] {
            let s = format!("{h}{tail}");
            if s.bytes().filter(u8::is_ascii_digit).count() >= MIN_DATE_DIGITS {
                continue;
            }
            if phrase(&s, &o, strong).is_ok() {
                found += 1;
                assert!(relative_may_start(&s, &o), "{s}");
            }
        }
    }
    assert!(found >= 20, "{found}");
    // Generated lines: at every word start with fewer than four digits left,
    // a phrase is found only where `relative` matches.
    let pieces = [
        "2",
        "12",
        "1",
        " ",
        "  ",
        "hours",
        "ago",
        "a",
        "an",
        "vor",
        "Stunden",
        "einer",
        "Nov",
        "March",
        ":",
        "/",
        ".",
        "-",
        ",",
        "PM",
        "am",
        "de",
        "il y a",
        "just now",
        "назад",
        "часа",
        "Sun",
        "h",
        "d",
        "min",
        "Today",
        "at",
        "hace",
        "horas",
        "moments",
        "th",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x9e37_79b9_7f4a_7c15);
    let mut kept = 0;
    for n in 0..6000 {
        let line = texts.text(2 + n % 7);
        for (at, _) in line.char_indices() {
            let s = line.get(at..).unwrap_or_default();
            if s.bytes().filter(u8::is_ascii_digit).count() >= MIN_DATE_DIGITS {
                continue;
            }
            if phrase(s, &o, strong).is_ok() {
                kept += 1;
                assert!(relative_may_start(s, &o), "{s}");
            }
        }
    }
    assert!(kept > 100, "{kept}");
    // Dates with four digits or more pass the gate untested.
    assert!(find_date("Posted 1/2/34 12:00 PM", &o).is_some());
    assert!(find_date("Jane Doe 2 hours ago", &o).is_some());
    assert!(find_date("Jane Doe 11/18/19 11:04 PM", &o).is_some());
}

#[test]
fn digit_gate_is_necessary() {
    let o = DateOptions::default();
    let mode = Mode {
        bare_time: true,
        weak: true,
    };
    let tails = [
        ":30 pm",
        ".03.2025",
        "/3/2025",
        "-03-04",
        "/03/04",
        "th March 2025",
        " March 2025",
        "March 2025",
        " pm",
        "pm",
        "h30",
        " hours ago",
        "h ago",
        "年3月4日",
        " 년 3월 4일",
        "º de marzo de 2025",
        "° de marzo de 2025",
        "-го марта 2025",
        ". März 2025",
        ", 2025",
        "%",
        "",
        " of May 2025",
        " de mayo de 2025",
        "st",
        ".5",
        ":5",
        "\u{a0}hours ago",
        "\n hours ago",
        "hours ago",
        " min ago",
        "  年3月4日",
        "\t年3月4日",
        " \n March 2025",
        "\nMärz 2025",
        " pm, March 4, 2025",
        " p.m. March 4, 2025",
        " a.m., Tuesday, March 4, 2025",
        " am",
        " de março de 2025",
        " stunden ago",
        " Stunden",
        " tage",
        " ч назад",
        " часа назад",
        " ore fa",
        " horas atrás",
        " uur geleden",
        " - 2025",
        " Nissan",
    ];
    let mut matched = 0;
    for n in 1..=14 {
        let digits = "1".repeat(n);
        for t in tails {
            let s = format!("{digits}{t}");
            if phrase(&s, &o, mode).is_ok() {
                matched += 1;
                assert!(digits_may_start(&s), "{s}");
            }
        }
    }
    assert!(matched > 20, "{matched}");
    for s in [
        "2019,",
        "2025",
        "123,",
        "1234567890123 hours ago",
        "20;",
        "2020 Nissan",
        "2020\nThe",
        "2020 - 3",
        "12 - 3",
        "7 , May",
        "150 horsepower",
        "2024 Toyota",
    ] {
        assert!(!digits_may_start(s), "{s}");
    }
}

#[test]
fn anchor_gate_changes_no_date_found() {
    // Lines of few digits, with the relative phrases of every language,
    // their anchors inside longer words, in capitals and after marks:
    // `find_date` with the gate finds what the scan without it finds.
    let o = DateOptions::default();
    let pieces = [
        "2",
        "1",
        " ",
        "  ",
        "\u{a0}",
        "hours",
        "ago",
        "AGO",
        "agony",
        "a",
        "an",
        "vor",
        "Vor",
        "vortex",
        "Stunden",
        "einer",
        "il y a",
        "Il",
        "heures",
        "hace",
        "hacer",
        "horas",
        "há",
        "HÁ",
        "ha",
        "dias",
        "3 ore fa",
        "fa",
        "fact",
        "2 дня",
        "назад",
        "НАЗАД",
        "тому",
        "geleden",
        "uur",
        "atrás",
        "önce",
        "gün",
        "just now",
        "now",
        "Moments ago",
        "à l’instant",
        "zojuist",
        "gerade eben",
        "ahora mismo",
        "только что",
        "proprio ora",
        "à l'instant",
        "hace un momento",
        "agora mesmo",
        "щойно",
        "adesso",
        "soeben",
        "min",
        "h",
        "d",
        ".",
        ",",
        "-",
        ":",
        "'",
        "’",
        "(",
        "Jane",
        "Doe",
        "Today",
        "yesterday",
        "Nov",
        "March",
        "12",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_f491_4f6c_dd1d);
    let (mut found, mut skipped) = (0, 0);
    texts.each(20_000, 9, |line| {
        let fast = find_date_ascii(line, &o, true);
        let slow = find_date_ascii(line, &o, false);
        assert_eq!(
            fast.as_ref().map(|p| (p.span, p.rest)),
            slow.as_ref().map(|p| (p.span, p.rest)),
            "{line:?}"
        );
        found += usize::from(slow.is_some());
        let digits = line.bytes().filter(u8::is_ascii_digit).count();
        skipped += usize::from(digits < MIN_DATE_DIGITS && !relative::may_occur(line));
    });
    assert!(found > 1000 && skipped > 1000, "{found} {skipped}");
}
