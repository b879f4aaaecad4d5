//! An author's bio printed under the byline or after the story ("Rachel
//! Green is an urban planner and the author of ...", "Mike Alvarez covers
//! city hall for the City Paper."): neither the standfirst nor the story's
//! text, but the author box's.

use crate::{Article, RemovalReason};

/// Copulas that follow an author's name when a line describes the author,
/// in the languages the crate reads ("Jane Doe is ...").
const BIO_COPULAS: &[&str] = &["is", "was", "has", "ist", "war", "est", "es", "è", "é"];

/// What a writer does or where they live, after their name or a noun for
/// them ("Jane Doe covers ...", "Die Autorin leitet ...").
const BIO_VERBS: &[&str] = &[
    "covers",
    "writes",
    "reports",
    "joined",
    "schreibt",
    "berichtet",
    "arbeitet",
    "écrit",
    "travaille",
    "escribe",
    "trabaja",
    "scrive",
    "lavora",
    "escreve",
    "trabalha",
    "schrijft",
    "werkt",
    "teaches",
    "leads",
    "lives",
    "leitet",
    "lehrt",
    "lebt",
    "forscht",
    "enseigne",
    "dirige",
    "vit",
    "enseña",
    "vive",
    "insegna",
    "leidt",
    "woont",
];

/// How a line about the story's writer names them without their name ("The
/// author is ...", "Die Autorin leitet ...", "L'auteur est ..."), lower-cased.
const WRITER_NOUNS: &[&str] = &[
    "the author",
    "the writer",
    "the columnist",
    "der autor",
    "die autorin",
    "l'auteur",
    "l’auteur",
    "l'autrice",
    "l’autrice",
    "el autor",
    "la autora",
    "l'autore",
    "l’autore",
    "o autor",
    "a autora",
    "de auteur",
    "de schrijver",
];

/// Longest line (in words) read as a bio.
const MAX_WORDS: usize = 60;

/// True when `text` opens with the full name of one of `authors` (two words
/// or more, case ignored) then a word that describes them ("is", "covers",
/// "schreibt", "est"), or with a noun for the writer ("The author", "Die
/// Autorin") then what they do ("teaches", "leitet"), or, in brackets,
/// what they are ("(The writer is a retired engineer.)").
pub(crate) fn is_author_bio(text: &str, authors: &[String]) -> bool {
    if crate::table::words_in(text).nth(MAX_WORDS).is_some() {
        return false;
    }
    let lower = text.to_lowercase();
    // "The author is ..." may open a review's verdict on a book's author:
    // only what a writer does or where they live tells of the writer; in
    // brackets, the whole paragraph is the note about the writer ("(The
    // writer is a retired chief engineer.)").
    let bracketed = lower.starts_with('(') && lower.trim_end_matches('.').ends_with(')');
    let lower = if bracketed {
        lower.trim_start_matches('(').to_string()
    } else {
        lower
    };
    // The word after `name` when the line opens with it.
    let after = |name: &str| {
        lower
            .strip_prefix(name)
            .and_then(|r| r.strip_prefix(' '))
            .and_then(|r| crate::table::words_in(r).next())
            .map(str::to_owned)
    };
    WRITER_NOUNS.iter().any(|n| {
        after(n).is_some_and(|w| {
            BIO_VERBS.contains(&w.as_str()) || bracketed && BIO_COPULAS.contains(&w.as_str())
        })
    }) || authors.iter().any(|n| {
        let n = n.to_lowercase();
        crate::table::words_in(&n).nth(1).is_some()
            && after(&n).is_some_and(|w| {
                BIO_COPULAS.contains(&w.as_str()) || BIO_VERBS.contains(&w.as_str())
            })
    })
}

/// Takes an author's bio out of `a`'s subtitle, and out of its first and
/// last paragraphs when the body keeps another (see [`is_author_bio`]).
pub(crate) fn drop_author_bios(a: &mut Article) {
    if a.authors.is_empty() {
        return;
    }
    if a.subtitle
        .as_deref()
        .is_some_and(|s| is_author_bio(s, &a.authors))
    {
        let text = a.subtitle.take().unwrap_or_default();
        if let Some(span) = a.spans.subtitle.take() {
            super::unuse_line(a, span, text, RemovalReason::AuthorBox);
        }
    }
    for at_end in [false, true] {
        let k = if at_end {
            a.body.len().saturating_sub(1)
        } else {
            0
        };
        let bio = a.body.get(k).is_some_and(|b| {
            b.kind != crate::BlockKind::Heading && is_author_bio(&b.text, &a.authors)
        });
        if bio {
            super::unuse_block(a, k, RemovalReason::AuthorBox);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_author_bio;
    use crate::{Parser, RemovalReason};

    #[test]
    fn a_line_that_describes_an_author_is_a_bio() {
        let authors = ["Rachel Green".to_string(), "MIKE ALVAREZ".to_string()];
        for t in [
            "Rachel Green is an urban planner and the author of \"Shade\".",
            "Mike Alvarez covers city hall for the City Paper.",
            "Rachel Green schreibt über Städte und Klima.",
            "Die Autorin leitet das Projekt Digitale Verwaltung bei der Stiftung.",
            "The author teaches urban planning at the university.",
            "(The writer is a retired chief engineer of the railways.)",
            "(The columnist is a former ambassador).",
            "(The writer is a retired chief engineer of Sri Lanka Railways and a member of the Ceylon Railway Heritage Society.)",
        ] {
            assert!(is_author_bio(t, &authors), "{t}");
        }
        for t in [
            "Rachel said the trees would be planted in spring.",
            "Green is the colour of the new lanes.",
            "The mayor, Rachel Green, is an urban planner.",
            "Rachel Greenberg is the mayor.",
            "The author of the report, Tom Lee, said it was late.",
            "The author is at her best when she writes about her mother.",
            "(The author is at her best when she writes about her mother",
        ] {
            assert!(!is_author_bio(t, &authors), "{t}");
        }
        // A name of one word says too little.
        assert!(!is_author_bio(
            "Rachel is an urban planner.",
            &["Rachel".to_string()]
        ));
    }

    #[test]
    fn a_bio_leaves_the_standfirst_and_the_body_for_the_audit_trail() {
        let text = "Why our cities need more trees, not more parking\n\nRachel Green\n\nRachel Green is an urban planner and the author of \"Shade\".\n\nWed 5 Mar 2025 07.00 GMT\n\nEvery summer, our city centres get hotter. Concrete and asphalt soak up the heat during the day and release it at night.\n\nTrees are the cheapest way to cool a street. A mature tree can lower the temperature beneath it by several degrees.\n\nYet in many cities, the space that trees need is given over to parking. That is a choice, and it can be changed.\n\nRachel Green writes about cities for the Review.\n";
        let a = Parser::default().parse(text);
        assert_eq!(a.authors, ["Rachel Green"]);
        assert_eq!(a.subtitle, None);
        assert_eq!(a.body.len(), 3, "{:?}", a.body);
        assert!(a.body.iter().all(|b| !b.text.starts_with("Rachel Green")));
        let bios: Vec<&str> = a
            .removed
            .iter()
            .filter(|r| r.reason == RemovalReason::AuthorBox && r.text.starts_with("Rachel Green "))
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(bios.len(), 2, "{:?}", a.removed);
        for l in &a.lines {
            assert!(
                !a.removed.iter().any(|r| r.span == l.span),
                "line counted twice"
            );
        }
    }
}
