//! An author's bio printed under the byline or after the story ("Rachel
//! Green is an urban planner and the author of ...", "Mike Alvarez covers
//! city hall for the City Paper."): neither the standfirst nor the story's
//! text, but the author box's.

use crate::{Article, RemovalReason};

/// Words that follow an author's name when a line describes the author, in
/// the languages the crate reads.
const BIO_VERBS: &[&str] = &[
    "is",
    "was",
    "covers",
    "writes",
    "reports",
    "joined",
    "has",
    "ist",
    "war",
    "schreibt",
    "berichtet",
    "arbeitet",
    "est",
    "écrit",
    "travaille",
    "es",
    "escribe",
    "trabaja",
    "è",
    "scrive",
    "lavora",
    "é",
    "escreve",
    "trabalha",
    "schrijft",
    "werkt",
];

/// Longest line (in words) read as a bio.
const MAX_WORDS: usize = 60;

/// True when `text` opens with the full name of one of `authors` (two words
/// or more, case ignored), then a word that describes them ("is", "covers",
/// "schreibt", "est").
pub(crate) fn is_author_bio(text: &str, authors: &[String]) -> bool {
    if text.split_whitespace().nth(MAX_WORDS).is_some() {
        return false;
    }
    let lower = text.to_lowercase();
    authors.iter().any(|n| {
        let n = n.to_lowercase();
        n.split_whitespace().nth(1).is_some()
            && lower
                .strip_prefix(n.as_str())
                .and_then(|r| r.strip_prefix(' '))
                .and_then(|r| r.split_whitespace().next())
                .is_some_and(|w| BIO_VERBS.contains(&w))
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
        ] {
            assert!(is_author_bio(t, &authors), "{t}");
        }
        for t in [
            "Rachel said the trees would be planted in spring.",
            "Green is the colour of the new lanes.",
            "The mayor, Rachel Green, is an urban planner.",
            "Rachel Greenberg is the mayor.",
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
