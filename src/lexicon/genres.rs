//! The kinds of piece and the badges a paper prints as a kicker over a
//! headline ("Analysis", "Chronique", "Kommentar", "Wywiad", "Live",
//! "Exclusive"): what the story is, not the section it belongs to.

/// Genre kickers and badges, lower-case, in the languages of the other word
/// lists.
#[rustfmt::skip]
static PIECE_KINDS: &[&str] = &[
    // English
    "analysis", "comment", "commentary", "opinion", "column", "review", "essay", "interview",
    "editorial", "obituary", "explainer", "feature", "profile", "fact check", "q&a", "leader",
    // German
    "analyse", "kommentar", "kolumne", "gastbeitrag", "glosse", "reportage", "rezension",
    "porträt", "leitartikel", "nachruf", "meinung", "kritik",
    // French
    "chronique", "tribune", "éditorial", "entretien", "critique", "portrait", "décryptage",
    "enquête", "point de vue",
    // Spanish, Catalan, Portuguese, Italian
    "análisis", "opinión", "columna", "crónica", "reportaje", "entrevista", "tribuna",
    "crítica", "obituario", "opinião", "crônica", "análise", "resenha", "coluna",
    "analisi", "commento", "editoriale", "intervista", "recensione", "opinió", "crònica",
    // Dutch, Nordic
    "commentaar", "recensie", "kronikk", "anmeldelse", "intervju",
    "krönika", "recension", "ledare", "intervjun", "kommentti", "kolumni", "arvio",
    "haastattelu", "analyysi", "pääkirjoitus", "klumme", "leder",
    // Central and Eastern European
    "komentarz", "felieton", "wywiad", "recenzja", "analiza", "komentář", "rozhovor",
    "recenze", "glosa", "komentar", "kritika", "elemzés", "interjú",
    "publicisztika", "comentariu", "interviu", "yorum", "röportaj", "analiz",
    // Badges: a live page, an exclusive, a format
    "live", "live blog", "exclusive", "breaking", "breaking news", "premium", "video",
    "podcast", "gallery", "photos", "liveticker", "exklusiv", "en direct", "direct", "exclusif",
    "en vivo", "en directo", "exclusiva", "ao vivo", "diretta", "esclusiva", "direkte",
    "suora", "na żywo", "živě", "naživo",
];

/// True when `line` (trimmed, compared case-insensitively, at most three
/// words) names a kind of piece or a badge: "Analysis", "CHRONIQUE", "Point
/// de vue", "Live".
pub fn is_piece_kind(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 24 || t.split_whitespace().count() > 3 {
        return false;
    }
    let lower = t.to_lowercase();
    PIECE_KINDS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genre_kickers_in_any_case_and_nothing_longer() {
        for k in [
            "Analysis",
            "CHRONIQUE",
            " Kommentar ",
            "Point de vue",
            "Wywiad",
        ] {
            assert!(is_piece_kind(k), "{k}");
        }
        for k in ["Sport", "Analysis of the budget", "Opinions", ""] {
            assert!(!is_piece_kind(k), "{k}");
        }
    }

    #[test]
    fn entries_are_lower_case_and_listed_once() {
        assert!(PIECE_KINDS.iter().all(|w| w.to_lowercase() == *w));
        let mut seen = std::collections::HashSet::new();
        assert!(
            PIECE_KINDS.iter().all(|w| seen.insert(w)),
            "an entry is listed twice"
        );
    }
}
