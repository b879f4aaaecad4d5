//! Tests of the byline markers and of the quick tests in front of them.

use super::*;

#[test]
fn marker_first_bytes() {
    // Only the listed characters lower-case to a marker's first letter.
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let mut low = c.to_lowercase();
        let first = low.next();
        if low.next().is_none() && first.is_some_and(|l| "wsrtapbvdcgeuаkoil".contains(l)) {
            let mut buf = [0u8; 4];
            assert!(may_start_marker(c.encode_utf8(&mut buf)), "{c:?}");
        }
    }
}

#[test]
fn every_spaced_marker_opens_a_byline_in_any_case() {
    for m in SPACED_MARKERS {
        for w in [m.to_string(), m.to_uppercase()] {
            let line = format!("{w} Jane Doe");
            assert_eq!(
                marker(&line).map(|(rest, _)| rest),
                Ok("Jane Doe"),
                "{line:?}"
            );
        }
    }
    assert!(marker("Bye Jane").is_err());
}

#[test]
fn lone_marker_last_letters() {
    // Every marker word ends with a listed letter: the spaced markers
    // followed by a space, and the colon markers with their colon.
    for m in [
        "written by",
        "words by",
        "story by",
        "reported by",
        "text by",
        "article by",
        "posted by",
        "photos and words by",
        "Ni",
    ]
    .into_iter()
    // Every spaced marker, read from the grammar's own list.
    .chain(SPACED_MARKERS.iter().copied())
    {
        assert!(marker(&format!("{m} x")).is_ok(), "{m}");
        assert!(may_end_lone_marker(m), "{m}");
        assert!(may_end_lone_marker(&m.to_uppercase()), "{m}");
    }
    // Every colon marker, read from the grammar's own list, in either case,
    // and the author labels.
    let colon = COLON_MARKERS
        .iter()
        .flat_map(|m| [m.to_string(), m.to_uppercase()])
        .chain(["autorin", "autor", "auteur", "Haber", "Yazar", "Текст"].map(String::from));
    for m in colon {
        assert!(marker(&format!("{m}: x")).is_ok(), "{m}");
        assert!(may_end_lone_marker(&format!("{m}:")), "{m}");
    }
    assert!(!may_end_lone_marker("Bye"));
}

#[test]
fn markers() {
    for (input, rest) in [
        ("By Jane", "Jane"),
        ("BY: JANE", "JANE"),
        ("Written  by Jane", "Jane"),
        ("Von Anna", "Anna"),
        ("Автор: Олена", "Олена"),
        ("Text: Anna", "Anna"),
        ("Geschrieben von Anna am 1.2.2020", "Anna am 1.2.2020"),
        ("Ein Beitrag von Anna", "Anna"),
        ("Publié par Anne", "Anne"),
        ("Scritto da Anna", "Anna"),
        ("Escribe Ana", "Ana"),
        ("Oleh Nor Azlina", "Nor Azlina"),
        ("Na Rehema Mohamed", "Rehema Mohamed"),
        ("Reporter: Jane", "Jane"),
        ("Penulis: Budi", "Budi"),
        ("Wartawan: Siti", "Siti"),
        ("Mwandishi: Asha", "Asha"),
        ("ผู้เขียน: สมชาย", "สมชาย"),
        ("خبرنگار: محسن", "محسن"),
        ("ByAlex Doe", "Alex Doe"),
        ("Veröffentlicht vonChris Jung", "Chris Jung"),
    ] {
        assert_eq!(marker(input).map(|(r, _)| r), Ok(rest), "{input}");
    }
    for input in [
        "Bye bye",
        "Byline",
        "By",
        "Text Anna",
        "Standby Jane",
        "",
        "Bytes",
        "BYU",
        "Published daily",
        "Created bytes",
        "Escribes",
        "Nairobi",
        "Olehan",
        "Reporters said",
    ] {
        assert!(marker(input).is_err(), "{input}");
    }
}

#[test]
fn every_verb_phrase_opens_a_byline_in_any_case() {
    // The first-byte gates in front of the markers (`may_start_marker`,
    // `spaced_marker`) are lists of their own: every verb of the grammar's
    // list must pass them, capitalised and in capitals.
    for verb in super::super::verbs::BY_VERBS {
        let mut cs = verb.chars();
        let capitalised: String = cs
            .next()
            .map(|c| c.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
        for w in [capitalised, verb.to_uppercase()] {
            let line = format!("{w} by Jane Doe");
            assert_eq!(
                marker(&line).map(|(rest, _)| rest.trim_start()),
                Ok("Jane Doe"),
                "{line:?}"
            );
        }
    }
}

#[test]
fn the_opening_gate_changes_no_marker() {
    // Every marker word, the verbs and the author labels in three cases,
    // glued, spaced, before a colon, a hyphen or a name, and words that
    // merely open like one: the gated grammar reads what the ungated one
    // reads (the callers read no more of a failure than that it failed).
    let mut words: Vec<String> = Vec::new();
    for w in super::super::verbs::BY_VERBS
        .iter()
        .chain(SPACED_MARKERS)
        .chain(COLON_MARKERS)
        .chain(HYPHEN_MARKERS)
        .chain(super::super::lone::AUTHOR_LABELS)
    {
        words.extend([w.to_string(), w.to_uppercase()]);
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            words.push(c.to_uppercase().chain(cs).collect());
        }
    }
    words.extend(
        [
            "Bye",
            "Byron",
            "Writtens",
            "Tex",
            "Autorx",
            "Ngu",
            "A",
            "An",
            "Un",
            "Te\u{212A}st",
            "Szerzo",
        ]
        .map(String::from),
    );
    let tails = [
        " Jane Doe",
        ": Jane Doe",
        " by Jane Doe",
        " von Jane",
        " & Fotos: Ivan",
        "-Sipho Mkhize",
        "Alex Doe",
        " - Jane",
        "",
        " ",
        ":",
        "'s",
        "(s): Jane",
        "/in",
        "ő: Jane",
        "é",
    ];
    let mut n = 0;
    for w in &words {
        for t in tails {
            let line = format!("{w}{t}");
            assert_eq!(
                marker_gated(&line, true).ok(),
                marker_gated(&line, false).ok(),
                "{line:?}"
            );
            n += usize::from(marker(&line).is_ok());
        }
    }
    assert!(n > 300, "{n}");
    // Generated openings of the byline pieces.
    let mut texts =
        crate::testgen::Texts::new(crate::testgen::BYLINE_PIECES, 0x9E37_79B9_7F4A_7C15);
    texts.each(20_000, 6, |line| {
        let line = line.trim_start();
        assert_eq!(
            marker_gated(line, true).ok(),
            marker_gated(line, false).ok(),
            "{line:?}"
        );
    });
    // The gate answers most openings that are no marker word.
    assert!(!super::super::marker_words::may_open_marker(
        "Pankaj Pandey, Head"
    ));
    assert!(!super::super::marker_words::may_open_marker("The council"));
}
