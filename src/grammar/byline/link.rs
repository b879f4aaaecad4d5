//! An author link: a line that links to the rest of an author's writing and
//! names them ("View all posts by Jane Doe →", "Alle Artikel von Tanja
//! Karrasch", "Plus d'articles de Loïc Le Clerc"). On a page whose story
//! prints no byline, it often is the only place the author's name appears.

use super::names::is_person_name;

/// Openings of an author link, in lower case, each ending with the space
/// before the name (English, German, French, Spanish, Italian, Portuguese).
const PREFIXES: &[&str] = &[
    "view all posts by ",
    "see all posts by ",
    "all posts by ",
    "more posts by ",
    "other posts by ",
    "posts by ",
    "more articles by ",
    "articles by ",
    "more stories by ",
    "stories by ",
    "more by ",
    "more from ",
    "read more from ",
    "mehr von ",
    "alles von ",
    "alle beiträge von ",
    "alle artikel von ",
    "weitere artikel von ",
    "weitere beiträge von ",
    "mehr über ",
    "tous les articles de ",
    "voir tous les articles de ",
    "plus d'articles de ",
    "les articles de ",
    "articles de ",
    "más artículos de ",
    "otros artículos de ",
    "ver todos los artículos de ",
    "artículos de ",
    "más de ",
    "altri articoli di ",
    "tutti gli articoli di ",
    "articoli di ",
    "mais artigos de ",
    "outros artigos de ",
    "todos os artigos de ",
    "mais de ",
];

/// What may close an author link after the name: an arrow or a colon.
const CLOSERS: &[char] = &['→', '›', '»', '>', ':', '…', '.'];

/// The person named by an author link, as printed: the line is one of the
/// openings above followed by a person's name (see [`is_person_name`]) and
/// at most an arrow or a colon. `None` for anything else, a link to a
/// section or a site ("More from Sport") included.
///
/// ```
/// use newsclip::grammar::byline::author_link_name;
/// assert_eq!(author_link_name("View all posts by Jane Doe →"), Some("Jane Doe"));
/// assert_eq!(author_link_name("Alle Artikel von Tanja Karrasch"), Some("Tanja Karrasch"));
/// assert_eq!(author_link_name("More from Sport"), None);
/// assert_eq!(author_link_name("Jane Doe"), None);
/// ```
pub fn author_link_name(line: &str) -> Option<&str> {
    let t = line.trim();
    if t.len() > 120 || !t.contains(' ') {
        return None;
    }
    // An ASCII first character lower-cases to the first byte of the
    // opening: most lines open with none of theirs.
    if let Some(&b) = t.as_bytes().first()
        && b.is_ascii()
        && !PREFIXES
            .iter()
            .any(|p| p.as_bytes().first() == Some(&b.to_ascii_lowercase()))
    {
        return None;
    }
    let p = opening(t)?;
    // The same number of characters of the line as the opening has, checked
    // to lower-case to it (a character whose lower case is longer would
    // shift the cut).
    let cut = t
        .char_indices()
        .nth(p.chars().count())
        .map_or(t.len(), |(i, _)| i);
    let head = t.get(..cut)?;
    if head.to_lowercase() != *p {
        return None;
    }
    let name = t
        .get(cut..)?
        .trim_end_matches(|c: char| c.is_whitespace() || CLOSERS.contains(&c))
        .trim();
    is_person_name(name).then_some(name)
}

/// The first of [`PREFIXES`] the lower case of `t` opens with (lowered in
/// a buffer kept for the thread).
fn opening(t: &str) -> Option<&'static str> {
    crate::table::with_lower(t, |low| {
        PREFIXES.iter().copied().find(|p| low.starts_with(p))
    })
}

#[cfg(test)]
mod tests {
    use super::author_link_name;

    #[test]
    fn openings_are_those_of_the_lower_case() {
        let mut pieces: Vec<&str> = super::PREFIXES.to_vec();
        pieces.extend([
            "VIEW ",
            "Jane",
            " ",
            "É",
            "ΣΑΣ",
            "İ",
            "\u{fffd}",
            "",
            "Über",
            "BEITRÄGE ",
            "x",
        ]);
        let mut texts = crate::testgen::Texts::new(&pieces, 0x1ced_0a7e);
        for n in 0..20_000 {
            let t = texts.text(n % 5);
            for t in [t.clone(), t.to_uppercase()] {
                let low = t.to_lowercase();
                let want = super::PREFIXES.iter().copied().find(|p| low.starts_with(p));
                assert_eq!(super::opening(&t), want, "{t:?}");
            }
        }
    }

    #[test]
    fn first_byte_gate_keeps_every_opening() {
        for p in super::PREFIXES {
            for o in [p.to_string(), p.to_uppercase()] {
                let line = format!("{o}Jane Doe");
                assert_eq!(author_link_name(&line), Some("Jane Doe"), "{line}");
            }
        }
    }

    #[test]
    fn names_after_the_openings_of_several_languages() {
        for (line, name) in [
            ("View all posts by Jane Doe →", "Jane Doe"),
            ("MEHR VON Henry Steinhau", "Henry Steinhau"),
            ("Mehr über Frank Boës", "Frank Boës"),
            ("Alles von Martin Junker", "Martin Junker"),
            (
                "More articles by Amelie Marie Nishizawa",
                "Amelie Marie Nishizawa",
            ),
            ("Plus d'articles de Loïc Le Clerc", "Loïc Le Clerc"),
            ("Más artículos de María José García:", "María José García"),
        ] {
            assert_eq!(author_link_name(line), Some(name), "{line}");
        }
    }

    #[test]
    fn sections_sites_and_other_lines_name_nobody() {
        for line in [
            "More from Sport",
            "More From The Web",
            "Posts by Topic",
            "Mehr über uns",
            "Más de Opinión",
            "Jane Doe",
            "View all posts by",
            "More from the author's colleagues in the newsroom, who wrote about it",
        ] {
            assert_eq!(author_link_name(line), None, "{line}");
        }
    }
}
