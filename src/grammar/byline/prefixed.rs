//! A byline whose marker no lexicon holds: the names after a short label
//! and a colon ("Qoray: Korra Vemaal"), or after a few words that end with
//! a lower-case particle ("Yanditswe na Jean Bosco Habimana"), read by
//! shape alone.
//!
//! ```text
//! prefixed := label (":" | "：" | "፡" | "፦") names
//!           | word{0,2} particle names
//! label    := one to three words, no digit
//! particle := a lower-case word of letters (not a particle of names: "de", "van")
//! names    := name | name-list | name particle name
//! ```

use super::name_list::name_list;
use super::name_words::is_particle_word;
use super::names::is_person_name;
use crate::lines::scripts::is_word_mark;

/// Most words of a label before its colon.
const LABEL_WORDS: usize = 3;
/// Longest label before the colon, in bytes.
const LABEL_BYTES: usize = 40;
/// Longest line read.
const MAX_BYTES: usize = 160;

/// The names of `line` when it is a byline whose marker is unknown: names
/// after a short label and a colon, or after one to three words ending
/// with a lower-case word. `None` for anything else, and for a line that
/// is a name alone (its first word is then no label).
///
/// ```
/// use newsclip::grammar::byline::prefixed_names;
/// assert_eq!(prefixed_names("Qoray: Korra Vemaal").unwrap(), ["Korra Vemaal"]);
/// assert_eq!(
///     prefixed_names("Yanditswe na Jean Bosco Habimana").unwrap(),
///     ["Jean Bosco Habimana"]
/// );
/// assert_eq!(
///     prefixed_names("Nosoratany Hery Rakoto sy Fara Andria"),
///     None
/// );
/// assert_eq!(
///     prefixed_names("Writen nga Hery Rakoto sy Fara Andria").unwrap(),
///     ["Hery Rakoto", "Fara Andria"]
/// );
/// assert_eq!(prefixed_names("ዘጋቢ፡ ሰላማዊት ታደሰ").unwrap(), ["ሰላማዊት ታደሰ"]);
/// assert_eq!(prefixed_names("Maria de la Cruz"), None);
/// assert_eq!(prefixed_names("Updated: 12 December 2026"), None);
/// ```
pub fn prefixed_names(line: &str) -> Option<Vec<String>> {
    let t = crate::lines::text::trim(line);
    if t.len() > MAX_BYTES || t.ends_with(['.', '!', '?', ':', ';', ',']) {
        return None;
    }
    // (The Ethiopic colons too: "ዘጋቢ፡ NAME", "ተዘጋጀ፦ NAME".)
    if let Some((label, rest)) = t.split_once([':', '：', '፡', '፦']) {
        let label = label.trim();
        let words: Vec<&str> = label.split_whitespace().collect();
        // One word, or words ending with a particle ("Yanditswe na:").
        let shape = words.len() == 1
            || (words.len() <= LABEL_WORDS && words.last().is_some_and(|w| is_particle(w)));
        let ok = shape
            && label.len() <= LABEL_BYTES
            && label
                .chars()
                .all(|c| c.is_alphabetic() || is_word_mark(c) || c == ' ' || c == '-')
            && !crate::grammar::caption::is_caption_label(t)
            && crate::grammar::caption::parse_credit_line(t).is_err();
        let rest = without_agency(rest);
        return if !ok {
            None
        } else if crate::lines::scripts::is_uncased(rest) {
            uncased_name(rest.trim())
        } else {
            names(rest.trim())
        };
    }
    // "WORDS particle NAMES": the particle is the first lower-case word,
    // among the first three, after at least one word.
    let words: Vec<&str> = t.split_whitespace().collect();
    let k = words
        .iter()
        .take(LABEL_WORDS)
        .position(|w| is_lower_word(w))?;
    if k == 0 {
        return None;
    }
    let particle = words.get(k)?;
    let opening = words.get(..k)?;
    let ok = is_particle(particle)
        && opening
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic) && w.chars().any(char::is_lowercase))
        && !opening.iter().any(|w| super::is_given_name(w));
    if !ok {
        return None;
    }
    let rest = t.get(t.find(particle)? + particle.len()..)?.trim();
    names(rest)
}

/// `rest` without an agency's acronym after a comma at its end ("Selasi
/// Agbenyega, GNA": the names, the agency a credit the line does not
/// hold).
fn without_agency(rest: &str) -> &str {
    match rest.rsplit_once(',') {
        Some((names, tail))
            if (2..=6).contains(&tail.trim().len())
                && tail.trim().bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            names
        }
        _ => rest,
    }
}

/// Fewest and most words of a name in a script without case.
const UNCASED_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// A name in a script without case after a label: two to four words of
/// letters (and marks), nothing else.
fn uncased_name(rest: &str) -> Option<Vec<String>> {
    let n = rest.split_whitespace().count();
    let letters = rest
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || is_word_mark(c) || c == '-');
    (UNCASED_WORDS.contains(&n) && letters).then(|| vec![rest.to_string()])
}

/// True for a lower-case word that may be an unknown language's "by": no
/// particle of names ("de", "van") and no function word of a language the
/// crate knows ("für", "in": a known language's "by" is in the lexicon).
fn is_particle(w: &str) -> bool {
    is_lower_word(w)
        && !crate::table::with_lower(w, |l| is_particle_word(l) || crate::lexicon::is_stopword(l))
}

/// True for a word of letters that opens with a lower-case one ("na",
/// "nga", "le").
fn is_lower_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || is_word_mark(c))
}

/// The person names of `rest`: one name, a list, or two names joined by a
/// short lower-case word ("Hery Rakoto sy Fara Andria").
fn names(rest: &str) -> Option<Vec<String>> {
    if is_person_name(rest) {
        return Some(vec![rest.to_string()]);
    }
    if let Some(list) = name_list(rest) {
        return Some(list);
    }
    // The words with their byte offsets in `rest`: each name is a slice.
    let words: Vec<(usize, &str)> = rest
        .split_whitespace()
        .map(|w| (crate::grammar::prim::offset_in(rest, w), w))
        .collect();
    let j = words
        .iter()
        .position(|(_, w)| is_lower_word(w) && w.chars().count() <= 3)?;
    let &(at, join) = words.get(j)?;
    let (a, b) = (rest.get(..at)?.trim(), rest.get(at + join.len()..)?.trim());
    let both = !a.is_empty()
        && is_person_name(a)
        && is_person_name(b)
        && !crate::table::with_lower(join, is_particle_word);
    both.then(|| vec![a.to_string(), b.to_string()])
}

#[cfg(test)]
mod tests {
    use super::prefixed_names;

    fn one(line: &str) -> Option<String> {
        prefixed_names(line).map(|v| v.join(" + "))
    }

    #[test]
    fn labels_and_particles_before_names() {
        assert_eq!(one("Qoray: Korra Vemaal").as_deref(), Some("Korra Vemaal"));
        assert_eq!(
            one("ئامادەکردنی: ئاراس محەمەد").as_deref(),
            Some("ئاراس محەمەد")
        );
        assert_eq!(
            one("Sgrìobhte le Iain MacLeod"),
            None,
            "'le' is a particle of names"
        );
        assert_eq!(
            one("Writen nga Korra Vemaal").as_deref(),
            Some("Korra Vemaal")
        );
        assert_eq!(
            one("Qoray: Korra Vemaal iyo Tam Bello").as_deref(),
            Some("Korra Vemaal + Tam Bello")
        );
    }

    #[test]
    fn no_names_no_byline() {
        for line in [
            "Korra Vemaal",
            "Jane Doe and Tom Roe",
            "Maria de la Cruz",
            "Interview: the new mayor of the city",
            "Updated: 12 December 2026",
            "Source: Reuters",
            "Photo: Jane Doe",
            "Read more: Parliament approves the budget",
            "Anna walked with Tom Roe",
            "Arabic Bible: Easy-to-Read Version",
            "Posted in: Around Town",
            "Teilnehmende Vorstandsmitglieder: Daniel Sieber, Hans Leuenberger",
            "WERBUNG für Plantur Farbshampoo",
        ] {
            assert_eq!(one(line), None, "{line}");
        }
    }
}
