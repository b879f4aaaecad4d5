//! The lookup's last resorts: a line of several phrases of the table printed
//! without separators ("Menü Springe zum Inhalt"), and a player's button
//! with its length ("Listen to this article · 4:12 min").

use std::sync::OnceLock;

use super::{Boiler, phrases, table};

/// The first word of every phrase of the table.
fn first_words() -> &'static std::collections::HashSet<&'static str, crate::table::FastBuild> {
    static T: OnceLock<std::collections::HashSet<&'static str, crate::table::FastBuild>> =
        OnceLock::new();
    T.get_or_init(|| {
        phrases()
            .flat_map(|(_, words)| words.iter())
            .filter_map(|w| w.split(' ').next())
            .collect()
    })
}

/// For each first byte, bit `n` (up to 63) set when a first word of
/// [`first_words`] starts with that byte and has `n` bytes (bit 63 for 63
/// bytes or more).
struct FirstWordShapes([u64; 256]);

impl FirstWordShapes {
    /// False when no word of [`first_words`] starts with the first byte of
    /// `w` and has its length in bytes.
    fn admits(&self, w: &str) -> bool {
        let Some(&b) = w.as_bytes().first() else {
            return true;
        };
        self.0
            .get(usize::from(b))
            .is_some_and(|m| m >> w.len().min(63) & 1 == 1)
    }
}

/// The first bytes and lengths of [`first_words`].
fn first_word_shapes() -> &'static FirstWordShapes {
    static T: OnceLock<FirstWordShapes> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = [0u64; 256];
        for w in first_words() {
            if let Some(&b) = w.as_bytes().first()
                && let Some(slot) = m.get_mut(usize::from(b))
            {
                *slot |= 1 << w.len().min(63);
            }
        }
        FirstWordShapes(m)
    })
}

/// Words of a duration after its number, lower-case.
const DURATION_UNITS: &[&str] = &["min", "mins", "minutes", "minute", "minuten", "sec", "secs"];

/// `k` without a trailing duration and the mark before it ("listen to this
/// article · 4:12 min" gives "listen to this article", and so does an audio
/// player's "listen to this article 00:00 / 03:12"); `k` itself when it
/// ends with none.
pub(super) fn strip_duration(k: &str) -> &str {
    const MARKS: [char; 7] = [' ', '(', '·', '|', '•', '-', '–'];
    let t = k.trim_end_matches([')', ' ']);
    // A duration ends with a digit or a unit, whose last letter is one of
    // these: most keys end otherwise.
    if !matches!(
        t.as_bytes().last(),
        Some(b'0'..=b'9' | b'n' | b's' | b'e' | b'c')
    ) {
        return k;
    }
    let unit = DURATION_UNITS.iter().find_map(|u| t.strip_suffix(u));
    let t = unit.unwrap_or(t).trim_end();
    let t2 = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':');
    // An audio player's elapsed and total time ("00:00 / 03:12").
    if unit.is_none() && t2.len() < t.len() {
        if let Some(before) = t2.trim_end().strip_suffix('/') {
            let before = before.trim_end();
            let t3 = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':');
            if t3.len() < before.len() && before.get(t3.len()..).is_some_and(|x| x.contains(':')) {
                return t3.trim_end_matches(MARKS);
            }
        }
    }
    let rest = t2.trim_end_matches(MARKS);
    // A length needs its unit or a mark before it: "Updated 14:30" is a
    // time stamp.
    let marked = t2.trim_end().ends_with(['(', '·', '|', '•']);
    if t2.len() == t.len() || !t2.ends_with(MARKS) || !(unit.is_some() || marked) {
        return k;
    }
    rest
}

/// Most words of one phrase in a run of phrases.
const RUN_PHRASE_WORDS: usize = 6;

/// Most words of a line read as a run of phrases.
const MAX_RUN_WORDS: usize = 16;

/// `k.split(' ').next()`: the text of `k` up to its first space (all of
/// `k` when it has none), found a byte at a time (first words are short).
fn first_word(k: &str) -> &str {
    let end = k.bytes().position(|b| b == b' ').unwrap_or(k.len());
    k.get(..end).unwrap_or(k)
}

/// A line of interface phrases printed without separators (`k` in lower
/// case): "Menü Springe zum Inhalt", "Zum Inhalt springen Zur
/// Hauptnavigation springen", "Schreibe einen Kommentar Antworten
/// abbrechen". Each phrase is the longest of the table at its place; the
/// class is the phrases' class when they share one, else navigation.
pub(super) fn phrase_run(k: &str) -> Option<Boiler> {
    // Most lines open with a word that opens no phrase: one lookup, after
    // the first byte and the length of the word (no first word of a phrase
    // has that first byte and that many bytes: it is none of them).
    let first = first_word(k);
    if first.len() == k.len()
        || !first_word_shapes().admits(first)
        || !first_words().contains(first)
    {
        return None;
    }
    // Where each word starts and ends (`k` has single spaces): a phrase of
    // words `a..=b` is `k[starts[a]..ends[b]]`, looked up without copying.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = 0usize;
    for w in k.split(' ') {
        spans.push((start, start + w.len()));
        start += w.len() + 1;
        if spans.len() > MAX_RUN_WORDS {
            return None;
        }
    }
    let (mut at, mut class, mut phrases) = (0usize, None, 0usize);
    while let Some(&(from, _)) = spans.get(at) {
        let longest = RUN_PHRASE_WORDS.min(spans.len() - at);
        let found = (1..=longest).rev().find_map(|n| {
            let &(_, to) = spans.get(at + n - 1)?;
            table().get(k.get(from..to)?).map(|b| (n, *b))
        });
        let (n, b) = found?;
        class = match class {
            None => Some(b),
            Some(c) if c == b => Some(c),
            Some(_) => Some(Boiler::Navigation),
        };
        at += n;
        phrases += 1;
    }
    (phrases >= 2).then_some(class).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_are_split_at_the_first_space() {
        for k in [
            "",
            " ",
            "menu",
            "menu home",
            " menu",
            "zum  inhalt",
            "a b c ",
        ] {
            assert_eq!(first_word(k), k.split(' ').next().unwrap_or(""), "{k:?}");
        }
    }

    #[test]
    fn runs_of_at_most_sixteen_words() {
        let run = |n: usize| vec!["menu"; n].join(" ");
        assert_eq!(phrase_run(&run(16)), Some(Boiler::Navigation));
        assert_eq!(phrase_run(&run(17)), None);
    }

    #[test]
    fn duration_units_end_with_a_gated_letter() {
        for u in DURATION_UNITS {
            assert!(
                matches!(u.as_bytes().last(), Some(b'n' | b's' | b'e' | b'c')),
                "{u}"
            );
        }
        assert_eq!(strip_duration("listen · 4:12 min"), "listen");
        assert_eq!(strip_duration("listen (3 secs)"), "listen");
        assert_eq!(strip_duration("updated 14:30"), "updated 14:30");
        assert_eq!(
            strip_duration("listen to this article 00:00 / 03:12"),
            "listen to this article"
        );
        assert_eq!(strip_duration("score 2 / 1:0"), "score 2 / 1:0");
        assert_eq!(strip_duration("14:30 / 16:00"), "");
        assert_eq!(strip_duration("menu"), "menu");
    }

    #[test]
    fn phrase_run_gate_admits_every_first_word() {
        // `phrase_run` rules out first words by their first byte and length.
        for w in first_words() {
            assert!(first_word_shapes().admits(w), "{w}");
        }
    }
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    #[test]
    fn interface_phrases_printed_without_separators() {
        use crate::lexicon::{Boiler, boiler};
        assert_eq!(boiler("Menü Springe zum Inhalt"), Some(Boiler::Navigation));
        assert_eq!(
            boiler("Zum Inhalt springen Zur Hauptnavigation springen Zur Fußzeile springen"),
            Some(Boiler::Navigation)
        );
        assert_eq!(
            boiler("Schreibe einen Kommentar Antworten abbrechen"),
            Some(Boiler::Comments)
        );
        // A phrase of the table followed by other words is no run.
        assert_eq!(boiler("Search for the missing hikers goes on"), None);
        assert_eq!(boiler("Home Secretary resigns"), None);
    }

    #[test]
    fn a_player_button_with_its_length() {
        for t in [
            "Listen to this article · 4:12 min",
            "Listen (3 min)",
            "Listen · 12:05",
        ] {
            assert_eq!(
                crate::lexicon::boiler(t),
                Some(crate::lexicon::Boiler::Share),
                "{t}"
            );
        }
        for t in [
            "Listen to Jones 4:12",
            "The vote took 45 min",
            "Updated 14:30",
        ] {
            assert_ne!(
                crate::lexicon::boiler(t),
                Some(crate::lexicon::Boiler::Share),
                "{t}"
            );
        }
    }
}
