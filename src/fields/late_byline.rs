//! A byline printed under the story ("Text: Jane Doe", "Autor: Jane Doe",
//! "Erstellt von Jane Doe", "Posted by Jane Doe at 18:52"): blogs and
//! magazines sign a piece at its end, and a letter to the editor with its
//! writer's name and address ("NAME," over "Town," and "County."). Once the article is assembled, an
//! article with neither authors nor credits takes its names from the first
//! such line in the few lines after its body, before any comment thread or
//! second story.

use crate::grammar::byline::{is_person_name, opens_with_marker, parse_byline};
use crate::lexicon::{is_comment_word, is_commenter_line, opens_with_comment_count};
use crate::{Article, LineRole, RemovalReason};

/// Most lines after the body's last block searched for the signature.
const MAX_AFTER: usize = 12;

/// Most names a signature holds.
const MAX_NAMES: usize = 3;

/// True for a reason the rules give a line after the story that may be the
/// story's signature.
fn may_sign(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::AfterStory
            | RemovalReason::BylineRepeat
            | RemovalReason::AuthorBox
            | RemovalReason::Boilerplate
            | RemovalReason::Footer
    )
}

/// True for a reason that opens what is no longer the story: readers'
/// comments or another story.
fn ends_search(r: RemovalReason) -> bool {
    matches!(r, RemovalReason::CommentForm | RemovalReason::OtherStory)
}

/// True for a line that heads readers' comments or signs one ("3
/// Kommentare", "Comments (12)", "Comments", "Jane says:").
pub(super) fn opens_comments(line: &str) -> bool {
    let t = line.trim();
    opens_with_comment_count(t)
        || super::comment_count::is_count_heading(t)
        || (!t.contains(char::is_whitespace) && is_comment_word(t))
        || is_commenter_line(t)
}

/// The person names of a signature line: a byline marker opens it and the
/// grammar reads one to [`MAX_NAMES`] names, each a person's.
pub(crate) fn signature_names(line: &str) -> Option<Vec<String>> {
    if !opens_with_marker(line) {
        return None;
    }
    let p = parse_byline(line).ok()?;
    let names = p.value.authors;
    let ok = !names.is_empty()
        && names.len() <= MAX_NAMES
        && p.value.credits.is_empty()
        && names.iter().all(|n| is_person_name(n));
    ok.then_some(names)
}

/// Most words of a letter signature's line (the name, a town, a county).
const LETTER_WORDS: usize = 4;

/// The writer of a letter signed at its end: a person's name with a comma
/// ("Bríd Considine,"), then a short line of the address ending with a
/// comma or a full stop ("Clarecastle,", "Co Clare.").
fn letter_signature(line: &str, next: &str) -> Option<Vec<String>> {
    let name = line.trim().strip_suffix(',')?.trim_end();
    let next = next.trim();
    let short = |t: &str| t.split_whitespace().nth(LETTER_WORDS).is_none();
    let ok = short(name)
        && short(next)
        && next.ends_with([',', '.'])
        && next.starts_with(char::is_uppercase)
        && is_person_name(name);
    ok.then(|| vec![name.to_string()])
}

/// Sets `a`'s authors from a signature under its body (see the module
/// docs) when it has neither authors nor credits.
pub(crate) fn read_late_byline(a: &mut Article, text: &str) {
    if !a.authors.is_empty() || !a.credits.is_empty() {
        return;
    }
    let (Some(start), Some(end)) = (
        a.body.first().map(|b| b.span.start),
        a.body.last().map(|b| b.span.end),
    ) else {
        return;
    };
    // The lines between the body's blocks and after them, used or removed,
    // in page order: `Some(k)` for removed line k.
    let after = super::lines_from(a, start, |_| None, |k, _| Some(k));
    let within = after.partition_point(|&(s, _)| s.start < end) + MAX_AFTER;
    let mut found = None;
    let removed_text = |i: usize| {
        after
            .get(i)
            .and_then(|&(_, k)| k.and_then(|k| a.removed.get(k)))
            .map(|r| r.text.as_str())
    };
    for (i, &(at, k)) in after.iter().take(within).enumerate() {
        let Some(r) = k.and_then(|k| a.removed.get(k)) else {
            // A line the article uses: a comment heading among them ends
            // the search.
            if at.slice(text).is_some_and(opens_comments) {
                break;
            }
            continue;
        };
        if ends_search(r.reason) || opens_comments(&r.text) {
            break;
        }
        if !may_sign(r.reason) {
            continue;
        }
        let names =
            signature_names(&r.text).or_else(|| letter_signature(&r.text, removed_text(i + 1)?));
        if let Some(names) = names {
            found = k.map(|k| (k, names));
            break;
        }
    }
    let Some((k, names)) = found else {
        return;
    };
    if let Some(r) = super::use_removed(a, k, LineRole::Byline) {
        a.spans.authors = vec![r.span; names.len()];
        a.authors = names;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_with_a_marker_name_people() {
        assert_eq!(
            signature_names("Text: Ursula Berg"),
            Some(vec!["Ursula Berg".to_string()])
        );
        assert_eq!(
            signature_names("Posted by Hanna K. Moser at 18:52"),
            Some(vec!["Hanna K. Moser".to_string()])
        );
    }

    #[test]
    fn a_letter_is_signed_with_a_name_over_its_address() {
        assert_eq!(
            letter_signature("Bríd Considine,", "Clarecastle,"),
            Some(vec!["Bríd Considine".to_string()])
        );
        assert_eq!(letter_signature("Bríd Considine,", "and the others"), None);
        assert_eq!(letter_signature("Yours sincerely,", "Clarecastle,"), None);
        assert_eq!(letter_signature("Bríd Considine", "Clarecastle,"), None);
    }

    #[test]
    fn bare_names_desks_and_prose_are_no_signature() {
        assert_eq!(signature_names("Ursula Berg"), None);
        assert_eq!(signature_names("von Redaktion, 24. Januar 2022"), None);
        assert_eq!(
            signature_names("By the end of the year, prices rose."),
            None
        );
        assert_eq!(signature_names("Foto: Ursula Berg"), None);
    }
}
