//! A line that is a list of person names and nothing else ("Isabel Caro,
//! Rocío Latorre y José Miguel Wilson"): its pieces between commas, each
//! split once more at the word joining the last two names.

use super::names::is_person_name;

/// Words joining the last two names of a list, in the languages the crate
/// reads (each a word between two spaces).
const LIST_JOINS: &[&str] = &[
    " and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " i ",
];

/// The names of a line that is a list of two to six person names and
/// nothing else ("Isabel Caro, Rocío Latorre y José Miguel Wilson"), each
/// a name [`is_person_name`] reads.
///
/// ```
/// use newsclip::grammar::byline::name_list;
/// let names = name_list("Jane Smithson and Tom Browning").unwrap();
/// assert_eq!(names, ["Jane Smithson", "Tom Browning"]);
/// assert_eq!(name_list("Jane Smithson"), None);
/// assert_eq!(name_list("Home, World and Sport"), None);
/// let shifts = name_list("Ellie Dunstan (now) and Mitch Kerrigan (earlier)").unwrap();
/// assert_eq!(shifts, ["Ellie Dunstan", "Mitch Kerrigan"]);
/// ```
pub fn name_list(t: &str) -> Option<Vec<String>> {
    if t.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    // The names so far (a seventh ends the reading).
    let mut parts = [""; 7];
    let mut n = 0usize;
    for piece in t.split(',') {
        let piece = piece.trim();
        // "and Jane Doe" after a comma; "Rocío Latorre y José Miguel Wilson".
        // (Each join is one space, then its word and a space.)
        let piece = LIST_JOINS
            .iter()
            .find_map(|j| piece.strip_prefix(j.get(1..)?))
            .unwrap_or(piece);
        match split_at_join(piece) {
            Some((a, b)) => {
                put(&mut parts, &mut n, a.trim())?;
                put(&mut parts, &mut n, b.trim())?;
            }
            None => put(&mut parts, &mut n, piece.trim())?,
        }
        if n > 6 {
            return None;
        }
    }
    let parts = parts.get(..n)?;
    let ok = parts.len() >= 2 && parts.iter().all(|p| is_person_name(p));
    ok.then(|| parts.iter().map(|p| p.to_string()).collect())
}

/// Puts `p` at `parts[n]` and counts it; `None` when `parts` is full.
fn put<'a>(parts: &mut [&'a str], n: &mut usize, p: &'a str) -> Option<()> {
    *parts.get_mut(*n)? = without_aside(p);
    *n += 1;
    Some(())
}

/// `name` without a lower-case aside in brackets after it, of one or two
/// words ("Ellie Dunstan (now)", "Mitch Kerrigan (earlier)", as a live
/// page names its writers' shifts).
fn without_aside(name: &str) -> &str {
    let Some(head) = name.strip_suffix(')') else {
        return name;
    };
    match head.rsplit_once(" (") {
        Some((n, aside))
            if !aside.is_empty()
                && aside.split(' ').count() <= 2
                && aside.chars().all(|c| c.is_lowercase() || c == ' ') =>
        {
            n.trim_end()
        }
        _ => name,
    }
}

/// `piece` split around the first occurrence of the first join of
/// [`LIST_JOINS`] (in the list's order) it holds: `piece.split_once(j)`
/// for the first `j` that splits it. One pass over the spaces of `piece`,
/// where every join starts; a join is compared whole only where the byte
/// after the space is its second.
fn split_at_join(piece: &str) -> Option<(&str, &str)> {
    let b = piece.as_bytes();
    // Per join, where it first occurs.
    let mut at = [None; LIST_JOINS.len()];
    for i in memchr::memchr_iter(b' ', b) {
        let rest = b.get(i..).unwrap_or_default();
        for (slot, j) in at.iter_mut().zip(LIST_JOINS) {
            if slot.is_none()
                && rest.get(1) == j.as_bytes().get(1)
                && rest.starts_with(j.as_bytes())
            {
                *slot = Some(i);
            }
        }
    }
    let (i, j) = at
        .iter()
        .zip(LIST_JOINS)
        .find_map(|(i, j)| Some(((*i)?, j)))?;
    Some((piece.get(..i)?, piece.get(i + j.len()..)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_names_alone_is_a_list() {
        assert_eq!(
            name_list("Isabel Caro, Rocío Latorre y José Miguel Wilson"),
            Some(vec![
                "Isabel Caro".into(),
                "Rocío Latorre".into(),
                "José Miguel Wilson".into()
            ])
        );
        assert_eq!(
            name_list("Jane Doe and John Roe"),
            Some(vec!["Jane Doe".into(), "John Roe".into()])
        );
        assert_eq!(name_list("Jane Doe"), None, "one name is no list");
        assert_eq!(name_list("Home, World and Sport"), None);
        assert_eq!(name_list("Jane Doe and John Roe met on Monday."), None);
    }

    #[test]
    fn a_piece_splits_at_the_first_join_of_the_list() {
        // The split as it read before: each join searched in the list's order.
        fn slow(piece: &str) -> Option<(&str, &str)> {
            LIST_JOINS.iter().find_map(|j| piece.split_once(j))
        }
        let pieces = [
            "Jane", "Doe", " ", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ",
            " och ", " i ", "a", "e", "o", "é", "  ", "and", "y",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        for len in 0..5000 {
            let t = texts.text(len % 12);
            assert_eq!(split_at_join(&t), slow(&t), "{t:?}");
        }
        assert_eq!(split_at_join("A y B and C"), Some(("A y B", "C")));
        for j in LIST_JOINS {
            assert!(
                j.starts_with(' ') && !j.get(1..).unwrap_or(" ").starts_with(' '),
                "{j:?}"
            );
        }
        let seven = "A B, C D, E F, G H, I J, K L, M N";
        assert_eq!(name_list(seven), None, "at most six names");
        assert_eq!(split_at_join("Jane Doe"), None);
    }
}
