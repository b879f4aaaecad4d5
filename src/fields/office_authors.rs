//! A writer's office or department printed after the name, read as a
//! second writer ("Autorin: NAME, Projektleiterin der Stiftung", "Autor:
//! NAME, Abteilung Öffentlichkeitsarbeit"): a name opening with a job
//! title's word or naming a department is no person. Once the article is
//! assembled, such an author after the first is dropped (the byline line
//! stays used, office and all).

use crate::Article;

/// Endings of German job titles ("Projektleiterin", "Pressesprecher").
const TITLE_ENDINGS: &[&str] = &[
    "leiterin",
    "leiter",
    "referentin",
    "referent",
    "sprecherin",
    "sprecher",
    "beauftragte",
    "beauftragter",
    "managerin",
    "koordinatorin",
    "koordinator",
    "direktorin",
    "direktor",
    "vorsitzende",
    "vorsitzender",
    "mitarbeiterin",
    "mitarbeiter",
];

/// Words that name a department or an office (lower-case).
const DEPARTMENT_WORDS: &[&str] = &[
    "abteilung",
    "referat",
    "stabsstelle",
    "department",
    "office",
    "wydział",
    "dział",
    "biuro",
    "servicio",
    "departamento",
    "dipartimento",
    "ufficio",
    "afdeling",
    "service",
];

/// True for an author that is an office: its first word (lower-cased) ends
/// with a job title's ending ([`TITLE_ENDINGS`]) or names a department
/// ([`DEPARTMENT_WORDS`]).
fn is_office(author: &str) -> bool {
    let Some(first) = author.split_whitespace().next() else {
        return false;
    };
    let w = first.to_lowercase();
    DEPARTMENT_WORDS.contains(&w.as_str()) || TITLE_ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Drops the authors of `a` after the first that are offices
/// ([`is_office`]).
pub(crate) fn drop_office_authors(a: &mut Article) {
    if a.authors.len() < 2 {
        return;
    }
    let first = a.authors.remove(0);
    a.authors.retain(|n| !is_office(n));
    a.authors.insert(0, first);
}

#[cfg(test)]
mod tests {
    use super::drop_office_authors;
    use crate::Article;

    #[test]
    fn offices_after_the_writer_are_dropped() {
        for (authors, want) in [
            (
                vec!["Anna Weber", "Projektleiterin der Stiftung"],
                vec!["Anna Weber"],
            ),
            (
                vec!["Karin Schmitz", "Abteilung Öffentlichkeitsarbeit"],
                vec!["Karin Schmitz"],
            ),
            (
                vec!["Anna Nowak", "Wydział Promocji", "Komunikacji Społecznej"],
                vec!["Anna Nowak", "Komunikacji Społecznej"],
            ),
            // People stay, the first author too.
            (
                vec!["Peter Leiter", "Jan Kowalski"],
                vec!["Peter Leiter", "Jan Kowalski"],
            ),
            (
                vec!["Jan Kowalski", "Leiter Kommunikation"],
                vec!["Jan Kowalski"],
            ),
            (
                vec!["Abteilung Presse", "Jan Kowalski"],
                vec!["Abteilung Presse", "Jan Kowalski"],
            ),
        ] {
            let mut a = Article {
                authors: authors.iter().map(|s| s.to_string()).collect(),
                ..Article::default()
            };
            drop_office_authors(&mut a);
            assert_eq!(a.authors, want);
        }
    }
}
