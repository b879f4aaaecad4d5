//! The closing sections of a press release under its text: the
//! organisation's profile ("About Northwind Cooperative" and a paragraph
//! naming it again), the legal notice on forward-looking statements and the
//! press contacts. They are the issuer's boilerplate, not the story.

use crate::{Article, BlockKind, RemovalReason};

/// Headings of a closing section besides the press contacts' labels
/// ([`crate::lexicon::CONTACT_LABELS`]), lower-case, compared with the
/// whole heading (less a final colon).
const CLOSING_HEADINGS: &[&str] = &[
    "forward-looking statements",
    "forward looking statements",
    "cautionary statement regarding forward-looking statements",
    "cautionary note regarding forward-looking statements",
    "cautionary statement",
    "safe harbor statement",
    "safe harbour statement",
    "investor contact",
    "investor contacts",
    "zukunftsgerichtete aussagen",
];

/// Words opening an organisation's profile heading, lower-case, with the
/// space after them.
const ABOUT: &[&str] = &[
    "about ",
    "über ",
    "à propos de ",
    "a propos de ",
    "acerca de ",
    "sobre ",
    "over ",
];

/// Most words of a profile heading.
const MAX_PROFILE_WORDS: usize = 8;

/// True when `heading` opens a closing section: a fixed heading
/// ([`CLOSING_HEADINGS`], a contact label) or "About" and a capitalised name that `next`
/// (the paragraph under it) names again.
fn is_closing(heading: &str, next: Option<&str>) -> bool {
    let lower = heading.trim().trim_end_matches(':').trim().to_lowercase();
    if CLOSING_HEADINGS.contains(&lower.as_str())
        || crate::lexicon::CONTACT_LABELS.contains(&lower.as_str())
    {
        return true;
    }
    let Some(name) = ABOUT.iter().find_map(|a| {
        let rest = lower.strip_prefix(a)?;
        heading.trim().get(heading.trim().len() - rest.len()..)
    }) else {
        return false;
    };
    let name = name.trim_end_matches(':').trim();
    let words = name.split_whitespace().count();
    (1..MAX_PROFILE_WORDS).contains(&words)
        && name
            .split_whitespace()
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
        && next.is_some_and(|p| p.to_lowercase().contains(&name.to_lowercase()))
}

/// Takes the closing sections out of `a`'s body into the audit trail as a
/// disclaimer: from the first closing heading ([`is_closing`]) that has two
/// paragraphs or more of the story above it, to the body's end.
pub(crate) fn drop_closing_sections(a: &mut Article) {
    // A release's end mark ("-Ends-", "###", "-30-") is no text of it (a
    // few at most: each taken out costs a pass over the article's lines).
    let marks: Vec<usize> = (0..a.body.len())
        .rev()
        .filter(|&k| a.body.get(k).is_some_and(|b| is_end_mark(&b.text)))
        .take(MAX_END_MARKS)
        .collect();
    for k in marks {
        super::unuse_block(a, k, RemovalReason::Separator);
    }
    let paragraphs_before = |k: usize| {
        a.body
            .iter()
            .take(k)
            .filter(|b| b.kind == BlockKind::Paragraph)
            .count()
    };
    let start = (0..a.body.len()).find(|&k| {
        a.body.get(k).is_some_and(|b| {
            b.kind == BlockKind::Heading
                && is_closing(&b.text, a.body.get(k + 1).map(|n| n.text.as_str()))
        }) && paragraphs_before(k) >= 2
    });
    if let Some(k) = start {
        while a.body.len() > k {
            if !super::unuse_block(a, a.body.len() - 1, RemovalReason::Disclaimer) {
                break;
            }
        }
    }
}

/// Most end marks taken out of one article.
const MAX_END_MARKS: usize = 3;

/// True for a press release's end mark: "-Ends-", "ENDS", "###", "-30-",
/// "- End -" (dashes, hashes and spaces around "ends", "end" or "30").
pub(crate) fn is_end_mark(text: &str) -> bool {
    let t = text.trim();
    let core = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | '#' | ' ' | '*'));
    t.len() <= 12
        && (core.is_empty() && t.contains("###")
            || core.eq_ignore_ascii_case("ends")
            || core.eq_ignore_ascii_case("end")
            || core == "30" && t.starts_with('-'))
}

#[cfg(test)]
mod tests {
    use super::is_closing;

    #[test]
    fn end_marks_of_a_release() {
        for t in ["-Ends-", "ENDS", "###", "-30-", "- End -"] {
            assert!(super::is_end_mark(t), "{t}");
        }
        for t in ["30", "The end", "#", "Ending"] {
            assert!(!super::is_end_mark(t), "{t}");
        }
    }

    #[test]
    fn profile_and_legal_headings_close_a_release() {
        let profile = "Founded in 1957, Northwind Cereal Cooperative is owned by 300 farms.";
        assert!(is_closing(
            "About Northwind Cereal Cooperative",
            Some(profile)
        ));
        assert!(is_closing("Forward-Looking Statements", None));
        assert!(is_closing("Media Contact:", None));
        assert!(is_closing(
            "Über Northwind",
            Some("Northwind ist eine Genossenschaft.")
        ));
        // The name is not printed again: a subheading of the story.
        assert!(!is_closing(
            "About Northwind",
            Some("The mill opens on Monday.")
        ));
        assert!(!is_closing(
            "About the money",
            Some("the money was raised in 2023")
        ));
        assert!(!is_closing(
            "What comes next",
            Some("What comes next is a vote.")
        ));
    }
}
