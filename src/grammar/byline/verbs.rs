//! The verbs a byline marker may open with ("Written by", "Analysis by",
//! "Kommentar von"), grouped by their first byte for the marker grammar
//! (see `markers`).

/// Verbs and noun phrases that a "by"-word follows in a byline marker
/// ("Written by", "Geschrieben von", "Publié par", "Scritto da").
#[rustfmt::skip]
pub(super) const BY_VERBS: &[&str] = &[
    // English
    "photos and words", "written", "words", "story", "reported", "text", "article", "posted",
    "published", "submitted", "created", "contributed", "authored", "compiled",
    // A live blog's writers ("Live coverage by A and B").
    "live coverage", "coverage", "live updates", "live blog", "live reporting",
    // German
    "geschrieben", "veröffentlicht", "erstellt", "verfasst", "gepostet", "ein beitrag",
    "ein gastbeitrag", "ein artikel", "ein kommentar", "eine kolumne", "ein interview",
    // French, Spanish, Portuguese, Italian, Dutch
    "publié", "posté", "rédigé", "un article", "propos recueillis", "entretien réalisé", "escrito", "publicado", "scritto", "pubblicato",
    "a cura", "geschreven", "geplaatst",
    // The kind of piece before its writer: "Analysis by", "Kommentar von",
    // "Chronique par", "Opinión por", "Commento di".
    "analysis", "commentary", "opinion", "column", "review", "essay", "interview", "kommentar",
    "analyse", "kolumne", "gastbeitrag", "beitrag", "bericht", "reportage", "rezension",
    "glosse", "chronique", "tribune", "éditorial", "entretien", "análisis", "opinión", "columna",
    "crónica", "reportaje", "texto", "artículo", "analisi", "commento", "editoriale",
    "commentaar", "recensie", "artikel",
    // The same after an indefinite article ("An analysis by", "Une
    // chronique par", "Una columna por").
    "an analysis", "a commentary", "an opinion", "a column", "a review", "an essay",
    "an interview", "une chronique", "une tribune", "un entretien", "un análisis",
    "una columna", "una crónica", "un reportaje", "un'analisi", "un commento", "een column",
    "een analyse", "een commentaar", "een recensie", "een interview",
];

/// The verbs of [`BY_VERBS`] opening with the byte `first`, in their order
/// there (grouped once by first byte).
#[inline]
pub(super) fn verbs_from(first: u8) -> &'static [&'static str] {
    static BY_FIRST: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let groups = BY_FIRST.get_or_init(|| {
        (0..=255u8)
            .map(|b| {
                BY_VERBS
                    .iter()
                    .copied()
                    .filter(|v| v.as_bytes().first() == Some(&b))
                    .collect()
            })
            .collect()
    });
    groups.get(usize::from(first)).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_are_grouped_by_first_byte_in_order() {
        for b in 0..=255u8 {
            let slow: Vec<&str> = BY_VERBS
                .iter()
                .copied()
                .filter(|v| v.as_bytes().first() == Some(&b))
                .collect();
            assert_eq!(verbs_from(b), slow.as_slice(), "{b}");
        }
    }

    #[test]
    fn an_interviews_and_a_live_blogs_writers() {
        let names = |l: &str| super::super::parse_byline(l).map(|p| p.value.authors);
        assert_eq!(
            names("Propos recueillis par Yannick Le Bihan").ok(),
            Some(vec!["Yannick Le Bihan".to_string()])
        );
        assert_eq!(
            names("Live reporting by Harriet Coles and Sam Adeyemi").ok(),
            Some(vec!["Harriet Coles".to_string(), "Sam Adeyemi".to_string()])
        );
    }

    #[test]
    fn a_job_title_with_its_desk_in_lower_case() {
        let p = super::super::parse_byline("Marta Zielińska, dziennikarka działu miejskiego");
        let b = p.map(|p| p.value).ok();
        assert_eq!(
            b.as_ref().map(|b| b.authors.clone()),
            Some(vec!["Marta Zielińska".to_string()])
        );
        assert_eq!(
            b.and_then(|b| b.role).as_deref(),
            Some("dziennikarka działu miejskiego")
        );
    }
}
