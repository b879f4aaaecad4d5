//! Two bylines without a marker the main grammar reads: a writer's name and
//! job title with a bar, a middle dot or a dash between them ("Diego Arreola
//! | Enviado", "Jane Doe · Political Reporter", "Ana Lima – Repórter"), and
//! a name after a lower-case "de" alone on its line ("de Andreea
//! Mihăilescu", as Romanian, Spanish and French bylines print it; a
//! capitalised "De" opens sentences and names, "De Gaulle"); and an agency
//! with its editor's initials ("ČTK, kra", as Czech sites print it).
//!
//! ```text
//! agency_initials := agency ", " [a-z]{2,4} ("/" [a-z]{2,4})*
//! de_name   := "de" " " name
//! name_role := name sep role
//! name      := see `names::is_person_name`
//! sep       := " | " | " · " | " – " | " — "
//! role      := see `roles::is_role`
//! ```

use super::Byline;
use super::names::is_person_name;
use super::roles::{is_photographer_role, is_role};

/// The separators between the name and the job title.
const SEPARATORS: [&str; 4] = [" | ", " · ", " – ", " — "];

/// The byline of `line` (trimmed) when it is a name, one separator and a
/// job title; `None` otherwise.
pub(super) fn parse(line: &str) -> Option<Byline> {
    let (sep, at) = first_separator(line)?;
    let (head, tail) = (line.get(..at)?.trim(), line.get(at + sep.len()..)?.trim());
    // One separator only: a longer row is a menu or a meta row.
    if SEPARATORS.iter().any(|s| tail.contains(s)) || tail.split_whitespace().nth(4).is_some() {
        return None;
    }
    // A photographer is no writer ("Tor Haugen | Fotograf").
    if !is_role(tail) || is_photographer_role(tail) || !is_person_name(head) {
        return None;
    }
    let mut by = Byline::default();
    by.authors.push(head.to_string());
    by.roles.push(Some(tail.to_string()));
    by.role = Some(tail.to_string());
    Some(by)
}

/// The first separator of `line` and where it starts: one pass over the
/// spaces of the line (each separator opens with one, and no two open at
/// the same space), not a search per separator.
fn first_separator(line: &str) -> Option<(&'static str, usize)> {
    let bytes = line.as_bytes();
    // Every separator holds '|', the 0xB7 ending '·' (C2 B7) or the 0xE2
    // opening '–' and '—' (E2 80 93, E2 80 94): a line without those bytes
    // (most) holds none, told with one byte search.
    memchr::memchr3(b'|', 0xB7, 0xE2, bytes)?;
    bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b' ')
        .find_map(|(at, _)| {
            let rest = bytes.get(at..)?;
            SEPARATORS
                .iter()
                .find(|s| rest.starts_with(s.as_bytes()))
                .map(|s| (*s, at))
        })
}

/// The lower-case "de" that opens a byline alone on its line: the gate
/// ([`super::may_be_byline`]) and the line typing's hint test for it too.
pub(crate) const LOWER_DE: &str = "de ";

/// The byline of `line` (trimmed) when it is a lower-case "de" and a
/// person's name alone.
pub(super) fn parse_de(line: &str) -> Option<Byline> {
    let name = line.strip_prefix(LOWER_DE)?.trim();
    if !is_person_name(name) {
        return None;
    }
    let mut by = Byline::default();
    by.authors.push(name.to_string());
    by.roles.push(None);
    Some(by)
}

/// The byline of `line` (trimmed) when it is a known agency, a comma and
/// the editor's initials in lower case ("ČTK, kra", "ČTK, kra/mbu"): the
/// agency's credit.
pub(super) fn agency_initials(line: &str) -> Option<Byline> {
    // `line.split_once(", ")`, at the first comma a space follows (one byte
    // search, no substring searcher set up per line).
    let comma = memchr::memchr_iter(b',', line.as_bytes())
        .find(|&i| line.as_bytes().get(i + 1) == Some(&b' '))?;
    let (agency, initials) = (line.get(..comma)?, line.get(comma + 2..)?);
    let initials_ok = initials
        .split('/')
        .all(crate::grammar::agency::is_editor_initials);
    let agency = crate::grammar::agency::canonical_agency(agency.trim())?;
    initials_ok.then(|| {
        let mut by = Byline::default();
        by.credits.push(agency.to_string());
        by
    })
}

#[cfg(test)]
mod tests {
    use super::{SEPARATORS, first_separator};

    /// The byte searches find the separators and the first ", " that
    /// `str::find` finds, on generated lines.
    #[test]
    fn byte_searches_are_the_searches() {
        let pieces = [
            " | ", " · ", " – ", " — ", "|", "·", "–", "—", "-", ",", ", ", " ", "Ana", "é", "…",
            "\u{b7}x", "ČTK", "kra", "/",
        ];
        let mut seps = 0;
        crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15).each(20_000, 9, |t| {
            let slow = SEPARATORS
                .iter()
                .filter_map(|s| t.find(s).map(|at| (at, *s)))
                .min();
            assert_eq!(first_separator(t).map(|(s, at)| (at, s)), slow, "{t:?}");
            let comma = t.split_once(", ");
            let fast = memchr::memchr_iter(b',', t.as_bytes())
                .find(|&i| t.as_bytes().get(i + 1) == Some(&b' '))
                .and_then(|i| Some((t.get(..i)?, t.get(i + 2..)?)));
            assert_eq!(fast, comma, "{t:?}");
            let by = super::agency_initials(t).map(|b| b.credits);
            let slow_by = comma.and_then(|(a, i)| {
                i.split('/')
                    .all(crate::grammar::agency::is_editor_initials)
                    .then(|| crate::grammar::agency::canonical_agency(a.trim()))
                    .flatten()
                    .map(|a| vec![a.to_string()])
            });
            assert_eq!(by, slow_by, "{t:?}");
            seps += usize::from(slow.is_some());
        });
        assert!(seps > 1000, "{seps}");
        for (t, credit) in [
            ("ČTK, kra", true),
            ("ČTK, kra/mbu", true),
            ("ČTK,kra", false),
            ("ČTK , kra", true),
            ("ČTK, Kra", false),
            ("AP, ab, cd", false),
            (", kra", false),
        ] {
            assert_eq!(super::agency_initials(t).is_some(), credit, "{t:?}");
        }
    }

    /// The one pass finds the separator a search per separator finds first.
    #[test]
    fn first_separator_is_the_earliest_found() {
        let lines = [
            "Diego Arreola | Enviado",
            "Jane Doe · Political Reporter",
            "Ana Lima – Repórter — Rio | x",
            "Ana — Lima – x",
            "a|b · c",
            " | ",
            "no separator here",
            "x  |  y",
            "",
            "Jan ·Kowalski · Redaktor",
            "é — ü | ß",
        ];
        for line in lines {
            let searched = SEPARATORS
                .iter()
                .filter_map(|s| line.find(s).map(|at| (*s, at)))
                .min_by_key(|&(_, at)| at);
            assert_eq!(first_separator(line), searched, "{line:?}");
        }
    }
}
