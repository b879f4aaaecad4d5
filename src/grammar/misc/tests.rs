//! Tests of the small grammars and of the gates in front of them.

use super::reading::{has_count_then_minute, may_open_reading_time, reading_time};
use super::*;

#[test]
fn reading_times_open_as_the_gate_says() {
    let labels = [
        "Lesezeit",
        "Lesedauer",
        "Reading time",
        "Read time",
        "Temps de lecture",
        "Tiempo de lectura",
        "Tempo di lettura",
        "Время чтения",
        "Leestijd",
        "Leesduur",
        "Tempo de leitura",
        "Czas czytania",
        "Lesetid",
        "Lästid",
        "Okunma süresi",
        "Okuma süresi",
        "Lukuaika",
        "Temps de lectura",
        "Læsetid",
        "Olvasási idő",
        "Timp de citire",
        "Czas lektury",
        "Čítanie na",
        "Čas čítania",
        "Čas čtení",
        "Doba čtení",
        "Време за четене",
        "Час читання",
        "Skaitymo laikas",
        "Lasīšanas laiks",
        "Lugemisaeg",
        "Vrijeme čitanja",
        "Vreme čitanja",
        "Čas branja",
        "Thời gian đọc",
        "Waktu baca",
        "Leestyd",
        "อ่าน",
        "Χρόνος ανάγνωσης",
    ];
    for l in labels {
        for l in [l.to_string(), l.to_lowercase(), l.to_uppercase()] {
            let line = format!("{l}: 3 min");
            assert!(may_open_reading_time(&line), "{line}");
            assert!(has_count_then_minute(&line), "{line}");
            assert!(reading_time(&line).is_ok(), "{line}");
        }
    }
    for line in [
        "2 min read",
        "5-minute read",
        "3 Min. Lesezeit",
        "2 minuti di lettura",
        "Okunma süresi: 2 dk",
        "Lukuaika noin 3 min",
        "Reading time: about 4 minutes",
        "Čítanie na 3 minúty",
        "Skaitymo laikas 4 min.",
        "Время чтения: 5 минут",
        "Lästid 4 minuter",
        "อ่าน 4 นาที",
        "Leestyd: 5 min",
    ] {
        assert!(
            may_open_reading_time(line)
                && has_count_then_minute(line)
                && reading_time(line).is_ok(),
            "{line}"
        );
    }
    for line in ["About 3 min read", "Share 4 min", "Stand 4 min"] {
        assert!(reading_time(line).is_err(), "{line}");
    }
    for line in ["(2 min read)", "• 3 min read"] {
        assert!(
            !may_open_reading_time(line) && reading_time(line).is_err(),
            "{line}"
        );
    }
}

#[test]
fn the_minute_gate_passes_every_reading_time() {
    let pieces = [
        "Lesezeit",
        "Reading time",
        "Okuma süresi",
        "noin",
        "about",
        ":",
        " ",
        "  ",
        "\t",
        "-",
        "3",
        "12",
        "0",
        "x",
        "min",
        "Min.",
        "MINUTES",
        "minuti",
        "мин",
        "МИН.",
        "хв",
        "Хв.",
        "dk",
        "DAKIKA",
        "perc",
        "PHÚT",
        "minúty",
        "минути",
        "นาที",
        "อ่าน",
        "read",
        "lettura",
        "é",
        "λεπτά",
        "ΛΕΠΤΆ",
        "menit",
        "Χρόνος ανάγνωσης",
    ];
    let mut texts = crate::testgen::Texts::new(&pieces, 0x7E57_0F4E_AD11);
    let mut read = 0;
    for len in 0..20_000 {
        let t = texts.text(len % 9);
        if reading_time(&t).is_ok() {
            read += 1;
            assert!(has_count_then_minute(&t), "{t:?}");
        }
    }
    assert!(read > 100, "{read}");
}

#[test]
fn a_word_for_about_needs_a_label_before_it() {
    assert_eq!(reading_time("Lukuaika noin 3 min").map(|r| r.1), Ok(3));
    assert!(reading_time("circa 3 min read").is_err());
    assert!(reading_time("noin 3 min").is_err());
}

#[test]
fn bullets_are_marks() {
    // Classification skips both grammars on lines opening with a letter
    // or digit.
    assert!(BULLETS.iter().all(|c| !c.is_alphanumeric()));
    for line in ["- US talks -", "– US talks –", "— US talks —"] {
        assert!(parse_afp_heading(line).is_ok(), "{line}");
    }
    for line in ["a - US talks -", "1 • item", "x- US talks -"] {
        assert!(parse_afp_heading(line).is_err() && parse_bullet(line).is_err());
    }
}

#[test]
fn reading_times() {
    for (l, n) in [
        ("2 min read", Some(2)),
        ("5 min read", Some(5)),
        ("5-min read", Some(5)),
        ("12 minute read", Some(12)),
        ("Lesezeit: 3 Min.", Some(3)),
        ("Reading time: 4 minutes", Some(4)),
        ("3 min de lecture", Some(3)),
        ("2 minutes", None),
        ("2 min read and more", None),
        ("read 2 min", None),
    ] {
        assert_eq!(parse_reading_time(l).ok().map(|p| p.value), n, "{l}");
    }
}

#[test]
fn bullets_and_headings() {
    assert_eq!(parse_bullet("• item").map(|p| p.value), Ok("item"));
    assert_eq!(parse_bullet("- item").map(|p| p.value), Ok("item"));
    assert!(parse_bullet("-item").is_err());
    assert!(parse_bullet("•").is_err());
    assert_eq!(
        parse_afp_heading("– Talks stall –").map(|p| p.value),
        Ok("Talks stall")
    );
    assert!(parse_afp_heading("-").is_err());
    assert!(parse_afp_heading("- -").is_err());
}

#[test]
fn breadcrumbs() {
    let b = parse_breadcrumb("Home > News > Canada > British Columbia").map(|p| p.value);
    assert_eq!(b, Ok(vec!["Home", "News", "Canada", "British Columbia"]));
    assert!(parse_breadcrumb("Home").is_err());
    assert!(parse_breadcrumb("Home > News / Sport").is_err());
    assert!(parse_breadcrumb("He said > she said. Then left > again.").is_err());
}
