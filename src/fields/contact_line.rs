//! How to reach the writer, printed under the story ("Contact Dana
//! Whitcombe at dwhitcombe@example.com or 515-555-0143.", "Reach Jane Doe
//! at @janedoe"): the author box's line, not the story's text.

use crate::{Article, RemovalReason};

/// Words that open a line telling how to reach the writer (lower case).
const REACH_WORDS: &[&str] = &[
    "contact",
    "reach",
    "email",
    "e-mail",
    "write",
    "kontakt",
    "kontaktieren",
    "contacter",
    "contactez",
    "contacta",
    "contatta",
];

/// Most words of such a line.
const MAX_WORDS: usize = 30;
/// Most bytes of such a line.
const MAX_BYTES: usize = 400;
/// Body blocks at the end of the story searched.
const LAST_BLOCKS: usize = 2;
/// Fewest digits of a telephone number.
const PHONE_DIGITS: usize = 7;

/// True when `text` opens with a word of [`REACH_WORDS`] and holds an
/// e-mail address, a handle or a telephone number, in [`MAX_WORDS`] words
/// at most.
pub(crate) fn is_contact_line(text: &str) -> bool {
    let t = text.trim();
    let Some(first) = t.split_whitespace().next() else {
        return false;
    };
    let opens = crate::table::with_lower(first.trim_end_matches(':'), |l| REACH_WORDS.contains(&l));
    if !opens || t.len() > MAX_BYTES {
        return false;
    }
    let address = t.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '@');
        w.contains('@') && w.len() > 1
    });
    let phone = t.chars().filter(char::is_ascii_digit).count() >= PHONE_DIGITS;
    (address || phone && names_person(t)) && crate::article::count_words(t) <= MAX_WORDS
}

/// True when the words after the first, up to "at", "on" or "via", are a
/// person's name ("Contact Dana Whitcombe at ..."; not "Contact
/// Crimestoppers on ...", which a police appeal's last paragraph prints).
fn names_person(t: &str) -> bool {
    let name: Vec<&str> = t
        .split_whitespace()
        .skip(1)
        .take_while(|w| !matches!(*w, "at" | "on" | "via" | "by" | "or"))
        .collect();
    (2..=4).contains(&name.len()) && crate::grammar::byline::is_person_name(&name.join(" "))
}

/// Takes the lines telling how to reach the writer (see
/// [`is_contact_line`]) among the body's last blocks into the audit trail
/// as the author box's.
pub(crate) fn drop_contact_lines(a: &mut Article) {
    super::unuse_edge_blocks(a, 0, LAST_BLOCKS, is_contact_line, RemovalReason::AuthorBox);
}

#[cfg(test)]
mod tests {
    use super::is_contact_line;

    #[test]
    fn lines_telling_how_to_reach_the_writer() {
        assert!(is_contact_line(
            "Contact Dana Whitcombe at dwhitcombe@example.com or 515-555-0143."
        ));
        assert!(is_contact_line("Reach Jane Doe at @janedoe."));
        assert!(is_contact_line("Email: newsdesk@example.com"));
        assert!(is_contact_line("Contact Dana Whitcombe at 515-555-0143."));
    }

    #[test]
    fn prose_about_contact_is_no_such_line() {
        assert!(!is_contact_line(
            "Contact tracing resumed on Monday, the ministry said."
        ));
        assert!(!is_contact_line(
            "Contact Crimestoppers anonymously on 0800 555 111."
        ));
        assert!(!is_contact_line(
            "Residents who reached the shelter before 2025 were moved."
        ));
        assert!(!is_contact_line(
            "Contact the council on 0300 123 4567 if your bin was not collected, the notice reads, and it adds that crews will return within two working days of a report so long as the bin is at the kerb by seven."
        ));
    }
}
