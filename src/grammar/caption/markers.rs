//! The markers that introduce a photo credit ("Photo:", "Foto:", "Фото:",
//! "ภาพ:", "©"), in the languages the crate reads.

/// Markers that introduce a credit, lower-case (matched ignoring ASCII case).
/// The bool says whether the marker may be glued to the text before it.
pub(crate) static CREDIT_MARKERS: &[(&str, bool)] = &[
    ("crédit photo :", false),
    ("crédit photo:", false),
    ("crédits :", false),
    ("crédit :", false),
    ("photo :", false),
    ("image copyright", false),
    ("image source,", false),
    ("image source:", false),
    ("image credits:", false),
    ("image credit:", false),
    ("photo credits:", false),
    ("photo credit:", false),
    ("picture credit:", false),
    ("bildquelle:", false),
    ("bildnachweis:", false),
    ("photographs:", false),
    ("photograph:", false),
    ("photograph by", false),
    ("photos by", false),
    ("photo courtesy of", false),
    ("photo courtesy:", false),
    ("image courtesy:", false),
    ("image courtesy of", false),
    ("photo courtesy ", false),
    ("image courtesy ", false),
    ("photo by:", false),
    ("photo by", false),
    ("picture by", false),
    ("pictures by", false),
    ("photos:", false),
    ("photo:", false),
    ("pictures:", false),
    ("picture:", false),
    ("pic:", false),
    ("pic by", false),
    ("pics by", false),
    ("- foto ", false),
    ("写真：", false),
    ("撮影：", false),
    ("image:", false),
    ("illustration:", false),
    // Romanian and Italian "photo source" ("Sursa foto: Primăria").
    ("sursa foto:", false),
    ("sursă foto:", false),
    ("fonte foto:", false),
    // Italian "photo by" ("Foto di NAME").
    ("foto di ", false),
    ("foto:", false),
    ("fotos:", false),
    ("fotoğraf:", false),
    ("fot.:", false),
    ("fot.", false),
    ("фото:", false),
    ("Фото:", false),
    ("kuva:", false),
    ("ảnh:", false),
    ("Ảnh:", false),
    ("تصوير:", false),
    ("फोटो:", false),
    ("φωτ.:", false),
    ("Φωτ.:", false),
    ("φωτογραφία:", false),
    ("Φωτογραφία:", false),
    ("zdjęcie:", false),
    ("screenshot:", false),
    ("fotó:", false),
    ("larawan mula sa", false),
    ("larawan:", false),
    ("kuha ni", false),
    ("צילום:", false),
    ("ภาพ:", false),
    ("ภาพ :", false),
    ("عکس:", false),
    ("عکس :", false),
    ("picha:", false),
    ("picha na", false),
    // A photo word, then a bar ("PICHA | NAME", "PHOTO | FILE", as East
    // African dailies print them).
    ("picha |", false),
    ("photo |", false),
    ("foto |", false),
    ("foto oleh", false),
    ("gambar:", false),
    ("slika:", false),
    ("снимка:", false),
    ("Снимка:", false),
    ("фотография:", false),
    ("Фотография:", false),
    ("світлина:", false),
    ("Світлина:", false),
    ("bild:", false),
    ("llun:", false),
    ("ფოტო:", false),
    ("լուսանկարը՝", false),
    ("լուսանկարը:", false),
    ("तस्बिर:", false),
    ("छाया:", false),
    ("ፎቶ፦", false),
    ("ፎቶ:", false),
    ("ছবি:", false),
    // Korean: "photo =" ("[사진 = 부산항만공사 제공]", "(사진=연합뉴스)").
    ("사진 =", false),
    ("사진=", false),
    ("படம்:", false),
    ("تصویر:", false),
    // Yoruba "àwòrán" (picture), Zulu "isithombe" (picture), Somali
    // "sawir" (photo), Pashto "انځور" (picture), Telugu "ఫోటో" (photo)
    // and Burmese "PHOTO -" (before a spaced dash).
    ("àwòrán:", false),
    ("Àwòrán:", false),
    ("isithombe:", false),
    ("sawir:", false),
    ("انځور:", false),
    ("ఫోటో:", false),
    ("ဓာတ်ပုံ -", false),
    // Kyrgyz "сүрөт" and Belarusian "фота" (photo), Amharic "ፎቶ" before
    // the Ethiopic word space, Punjabi "ਫੋਟੋ" and Kannada "ಚಿತ್ರ" (picture).
    ("сүрөт:", false),
    ("Сүрөт:", false),
    ("фота:", false),
    ("Фота:", false),
    ("ፎቶ፡", false),
    ("ਫੋਟੋ:", false),
    ("ಚಿತ್ರ:", false),
    ("credits:", false),
    ("credit:", false),
    ("credit...", true),
    ("credit…", true),
    ("source:", false),
    ("quelle:", false),
    ("©", true),
    ("copyright", false),
];

/// The markers of [`CREDIT_MARKERS`] that `s` may open with (ignoring
/// ASCII case), in the list's order: those whose first byte is the line's
/// first byte lower-cased (no marker opens with an ASCII capital; a test
/// checks). Lines are tested against these only.
pub(super) fn markers_opening(s: &str) -> &'static [&'static str] {
    static BY: std::sync::OnceLock<crate::table::ByFirstByte> = std::sync::OnceLock::new();
    let Some(&b) = s.as_bytes().first() else {
        return &[];
    };
    BY.get_or_init(|| crate::table::ByFirstByte::new(CREDIT_MARKERS.iter().map(|m| m.0)))
        .opening_with(b.to_ascii_lowercase())
}

/// Where each of [`CREDIT_MARKERS`] last starts in `lower` (lower-cased
/// ASCII, as the markers are), by the marker's index: what a reverse
/// search of each marker finds (`lower.rfind(marker)`), for all markers in
/// one pass of an automaton built once.
pub(super) fn last_starts(lower: &[u8]) -> Vec<Option<usize>> {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let mut last = vec![None; CREDIT_MARKERS.len()];
    // The list is fixed and well formed: building does not fail; should it
    // ever, no marker is found rather than a panic.
    let Some(ac) =
        AC.get_or_init(|| aho_corasick::AhoCorasick::new(CREDIT_MARKERS.iter().map(|m| m.0)).ok())
    else {
        return last;
    };
    // Every occurrence of every marker, overlapping ones included, by end:
    // a marker's later occurrence starts later.
    for m in ac.find_overlapping_iter(lower) {
        if let Some(slot) = last.get_mut(m.pattern().as_usize()) {
            *slot = Some(m.start());
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_marker_opens_with_an_ascii_capital() {
        assert!(
            CREDIT_MARKERS.iter().all(|m| !m
                .0
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_uppercase))
        );
        // Every marker is found among those its own line may open with.
        for (m, _) in CREDIT_MARKERS {
            assert!(markers_opening(m).contains(m), "{m}");
            let upper = m.to_ascii_uppercase();
            assert!(markers_opening(&upper).contains(m), "{m}");
        }
    }

    #[test]
    fn last_starts_are_each_markers_reverse_search() {
        let mut pieces: Vec<&str> = CREDIT_MARKERS.iter().map(|m| m.0).collect();
        pieces.extend([
            " ",
            ":",
            "photo",
            "by",
            "credit",
            ".",
            "..",
            "…",
            "©",
            "Jane",
            "ФОТО",
            "\u{fffd}",
            "é",
            "東京",
            "",
            "image ",
            "source",
            "opyright",
            "ภาพ",
            "\n",
            "fot",
        ]);
        let mut texts = crate::testgen::Texts::new(&pieces, 0x5eed_c0de);
        for k in 0..4_000 {
            let t = texts.text(k % 13).to_ascii_lowercase();
            let last = last_starts(t.as_bytes());
            for (i, (m, _)) in CREDIT_MARKERS.iter().enumerate() {
                assert_eq!(last.get(i).copied().flatten(), t.rfind(m), "{m:?} in {t:?}");
            }
        }
        assert!(last_starts(b"").iter().all(Option::is_none));
    }

    #[test]
    fn markers_are_listed_once() {
        for (i, (m, _)) in CREDIT_MARKERS.iter().enumerate() {
            assert!(CREDIT_MARKERS.iter().skip(i + 1).all(|n| n.0 != *m), "{m}");
        }
    }

    #[test]
    fn markers_are_lower_case_or_capitalised_pairs() {
        for (m, _) in CREDIT_MARKERS {
            // Matched ignoring ASCII case: a marker with a non-ASCII capital
            // needs its lower-case twin too.
            let lower = m.to_lowercase();
            assert!(
                CREDIT_MARKERS.iter().any(|(n, _)| *n == lower),
                "{m}: no lower-case twin"
            );
        }
    }
}
