//! The header a comment thread prints above each comment when it prints no
//! reply button and no "says:": the commenter's name (or handle) and the
//! comment's date, often numbered ("3. Jane Doe - August 8, 2012",
//! "Jermaine 07 Nov 2012", "Radex | March 4, 2025 at 9:12 pm").

use crate::grammar::date::{DateOptions, find_date, parse_date_line};

/// Longest header read, in bytes.
const MAX_LEN: usize = 100;
/// Most words of the name part.
const MAX_NAME_WORDS: usize = 7;
/// Most words after the date (a time: "at 9:12 pm").
const MAX_TAIL_WORDS: usize = 3;

/// True when `line` is a commenter's header: a short name part (one to
/// seven words, not a sentence: no final full stop, no date inside), then a
/// date that ends the line or is followed only by a time; a labelled date
/// line ("Updated March 4, 2025") is none. The number a
/// thread prints before each comment ("3.", "#3") and the separators
/// between name and date ("-", "|", "·", ",", "on", "at") are allowed.
///
/// A line alone proves little (a related story's "Title - March 4, 2025"
/// has the same form): [`crate::rules`] reads a thread only from a run of
/// such headers, each above its comment's prose.
pub fn is_dated_header(line: &str) -> bool {
    let t = crate::lines::text::trim(line);
    // A date prints a day and a year: three digits at least.
    if t.len() > MAX_LEN || t.bytes().filter(u8::is_ascii_digit).count() < 3 {
        return false;
    }
    let opts = DateOptions::default();
    let Some(d) = find_date(t, &opts) else {
        return false;
    };
    // A labelled date line ("Updated March 4, 2025") is a date, no header.
    if parse_date_line(t, &opts).is_ok() {
        return false;
    }
    let tail = t.get(d.span.end..).unwrap_or("");
    if tail.split_whitespace().count() > MAX_TAIL_WORDS {
        return false;
    }
    let head = t.get(..d.span.start).unwrap_or("");
    let head = head
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•' | ',' | ':' | '@')
        })
        .trim_start_matches('#')
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['.', ')', ' ']);
    let head = ["on", "at", "am", "le", "el"]
        .iter()
        .find_map(|w| {
            let (h, last) = head.rsplit_once(' ')?;
            last.eq_ignore_ascii_case(w).then_some(h.trim_end())
        })
        .unwrap_or(head);
    let words = head.split_whitespace().count();
    (1..=MAX_NAME_WORDS).contains(&words)
        && head.chars().any(char::is_alphabetic)
        && (!head.ends_with('.') || ends_with_initial(head))
        && find_date(head, &opts).is_none()
}

/// True when `head` ends with a name's initial ("Ann-Marie P."): one
/// capital letter and its full stop, not a sentence's end.
fn ends_with_initial(head: &str) -> bool {
    let last = head.rsplit(' ').next().unwrap_or("");
    let mut chars = last.chars();
    head.contains(' ') && chars.next().is_some_and(char::is_uppercase) && chars.as_str() == "."
}

#[cfg(test)]
mod tests {
    use super::is_dated_header;

    #[test]
    fn a_name_then_a_date_is_a_header() {
        for l in [
            "3. Jane Doe - August 8, 2012",
            "4. The TOS Purist aka The Purolator - August 8, 2012",
            "#12 rm10019 - August 8, 2012",
            "Radex | March 4, 2025 at 9:12 pm",
            "Ash Menon 08 Nov 2012",
            "Ann-Marie P. December 6, 2026 at 3:12 pm",
        ] {
            assert!(is_dated_header(l), "{l}");
        }
    }

    #[test]
    fn sentences_dates_alone_and_long_lines_are_not() {
        for l in [
            "August 8, 2012",
            "12 March 2025",
            "The council met on March 4, 2025 and voted to close the library for good.",
            "Posted on March 4, 2025 by Jane Doe in News and Politics",
            "It rained a lot. March 4, 2025",
            "No date in this line at all",
            "Updated 4 March 2025 | 5 March 2025",
            "Updated March 4, 2025",
            "Veröffentlicht am 4. März 2025, 14:05 Uhr",
        ] {
            assert!(!is_dated_header(l), "{l}");
        }
    }
}
