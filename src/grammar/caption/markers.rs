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
    ("image courtesy of", false),
    ("photo by:", false),
    ("photo by", false),
    ("picture by", false),
    ("pictures by", false),
    ("photos:", false),
    ("photo:", false),
    ("pictures:", false),
    ("picture:", false),
    ("pic:", false),
    ("image:", false),
    ("illustration:", false),
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
    ("foto oleh", false),
    ("gambar:", false),
    ("slika:", false),
    ("снимка:", false),
    ("bild:", false),
    ("credits:", false),
    ("credit:", false),
    ("credit...", true),
    ("credit…", true),
    ("source:", false),
    ("quelle:", false),
    ("©", true),
    ("copyright", false),
];

#[cfg(test)]
mod tests {
    use super::*;

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
