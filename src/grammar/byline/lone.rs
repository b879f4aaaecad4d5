//! Markers and author labels printed alone on a line ("By", "Von:",
//! "AUTOR/IN"), as pages print them above the names.

use super::markers::{self, marker};

/// True when `line` is a byline marker alone ("By", "By:", "Von", "Par",
/// "Written by") or an author label alone ("Author", "AUTOR/IN"), as pages
/// print it on a line of its own above the names.
///
/// ```
/// use newsclip::grammar::byline::is_lone_marker;
/// assert!(is_lone_marker("By"));
/// assert!(is_lone_marker(" By: "));
/// assert!(is_lone_marker("AUTOR/IN"));
/// assert!(!is_lone_marker("By Jane Doe"));
/// assert!(!is_lone_marker("Bye"));
/// assert!(!is_lone_marker("Authority"));
/// ```
pub fn is_lone_marker(line: &str) -> bool {
    let t = crate::lines::text::trim(line);
    t.len() < 24
        && markers::may_start_marker(t)
        && (markers::may_end_lone_marker(t)
            && with_space(
                t,
                |s| matches!(marker(s), Ok((after, _)) if after.trim().is_empty()),
            ) == Some(true)
            || is_author_label(t))
}

/// `f` of `t` with a space after it, built on the stack (no allocation);
/// `None` when `t` has more than 23 bytes (the callers' lines are shorter).
pub(super) fn with_space<R>(t: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [b' '; 24];
    buf.get_mut(..t.len())?.copy_from_slice(t.as_bytes());
    // `t` and a space: valid UTF-8.
    let s = std::str::from_utf8(buf.get(..t.len() + 1)?).ok()?;
    Some(f(s))
}

/// The word "author" alone, as a label above the names ("AUTOR/IN",
/// "Author", "Auteurs"), in the languages the crate reads (lower-case).
pub(super) static AUTHOR_LABELS: &[&str] = &[
    "author",
    "authors",
    "autor",
    "autorin",
    "autor/in",
    "autor:in",
    "autorinnen",
    "autoren",
    "auteur",
    "auteurs",
    "autore",
    "autori",
    "autora",
    "autores",
    "auteur(s)",
    "autor(in)",
];

/// True when `t` (trimmed) is an author label alone (see [`AUTHOR_LABELS`]):
/// the one list behind a label over the names, a label before a colon
/// ("Autores: ...") and the line typing's byline hint.
pub(crate) fn is_author_label(t: &str) -> bool {
    t.len() <= 12 && crate::table::with_lower(t, |l| AUTHOR_LABELS.contains(&l))
}
