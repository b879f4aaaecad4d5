//! Month names borrowed from a European language and respelled in another
//! ("Desambra", "Disemba", "Tesema", "Septambra", "Janvye"): many
//! languages write the months so, and no lexicon lists them all. A word the
//! month lexicon lacks is read as the month whose consonants it shares
//! (voiced and voiceless alike, vowels dropped), in a date that has a
//! day before it and a year after it ("15 Desambra 2026").
//!
//! ```text
//! skeleton := the word's consonants, each as its class:
//!             b p v f -> B, d t -> D, c k q g(before a, o, u) -> K, g -> G,
//!             s z c(before e, i) x -> S, j -> J, l r -> R, m -> M, n -> N;
//!             "th" -> D, "sh" "ch" -> S; vowels, h, w, y dropped
//! loan     := a word of 4 letters or more whose skeleton and a source
//!             month's agree on their first 3 classes or more, one being
//!             a prefix of the other
//! ```

/// Month names of the languages most others borrow from (English, French,
/// Spanish, Portuguese, Italian, German, Dutch). May, June and July are
/// too short to tell by their consonants and are left out, as are names
/// with fewer than three classes ("february" is B R once its repeated
/// classes merge, "maart" M R D is "Martin", "ottobre" and "outubro"
/// D B R are "Dùbhlachd").
#[rustfmt::skip]
const SOURCES: &[(&str, u32)] = &[
    ("january", 1), ("janvier", 1), ("januar", 1), ("gennaio", 1),
    ("february", 2), ("fevrier", 2), ("febrero", 2), ("fevereiro", 2), ("febbraio", 2),
    ("march", 3), ("marzo", 3), ("marco", 3),
    ("april", 4), ("avril", 4), ("abril", 4), ("aprile", 4),
    ("august", 8), ("agosto", 8), ("augustus", 8),
    ("september", 9), ("septembre", 9), ("septiembre", 9), ("setembro", 9), ("settembre", 9),
    ("october", 10), ("octobre", 10), ("octubre", 10),
    ("oktober", 10),
    ("november", 11), ("novembre", 11), ("noviembre", 11), ("novembro", 11),
    ("december", 12), ("decembre", 12), ("diciembre", 12), ("dezembro", 12), ("dicembre", 12),
    ("dezember", 12),
];

/// Fewest classes a loan and its source month share.
const MIN_SHARED: usize = 3;
/// Fewest letters of a loan.
const MIN_LETTERS: usize = 4;
/// Most classes read from a word.
const MAX_CLASSES: usize = 12;

/// The consonant classes of `word` (see the module docs), at most
/// [`MAX_CLASSES`]; `None` when the word holds anything but Latin letters.
fn skeleton(word: &str) -> Option<Vec<u8>> {
    let letters: Vec<char> = word
        .chars()
        .map(|c| fold(c.to_lowercase().next().unwrap_or(c)))
        .collect::<Option<Vec<char>>>()?;
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(&c) = letters.get(k) {
        let next = letters.get(k + 1).copied();
        let class = match (c, next) {
            ('t', Some('h')) => {
                k += 1;
                Some(b'D')
            }
            ('s' | 'c', Some('h')) => {
                k += 1;
                Some(b'S')
            }
            ('b' | 'p' | 'v' | 'f', _) => Some(b'B'),
            ('d' | 't', _) => Some(b'D'),
            ('c', Some('e' | 'i')) => Some(b'S'),
            ('c' | 'k' | 'q', _) => Some(b'K'),
            ('g', _) => Some(b'G'),
            ('s' | 'z' | 'x', _) => Some(b'S'),
            ('j', _) => Some(b'J'),
            ('l' | 'r', _) => Some(b'R'),
            ('m', _) => Some(b'M'),
            ('n', _) => Some(b'N'),
            _ => None,
        };
        if let Some(cl) = class
            && out.last() != Some(&cl)
        {
            out.push(cl);
        }
        if out.len() > MAX_CLASSES {
            return None;
        }
        k += 1;
    }
    Some(out)
}

/// `c` without its accent when it is a Latin letter ("é" -> "e"); `None`
/// for any other character.
fn fold(c: char) -> Option<char> {
    let plain = match c {
        'a'..='z' => c,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ẹ' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'ọ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        // (Always the sound of s: Catalan "març".)
        'ç' => 's',
        'ñ' => 'n',
        'ý' | 'ÿ' => 'y',
        _ => return None,
    };
    Some(plain)
}

/// The month `word` is a loan of (see the module docs).
///
/// ```text
/// "Desambra" -> 12, "Tesema" -> 12, "Septambra" -> 9, "Janvye" -> 1
/// ```
pub(super) fn loan_month(word: &str) -> Option<u32> {
    if word.chars().count() < MIN_LETTERS {
        return None;
    }
    let w = skeleton(word)?;
    if w.len() < MIN_SHARED {
        return None;
    }
    let mut found: Option<u32> = None;
    for &(name, m) in SOURCES {
        let s = skeleton(name)?;
        let n = w.len().min(s.len());
        let agree = n >= MIN_SHARED && w.get(..n) == s.get(..n);
        if agree {
            // Two months that fit are no answer.
            if found.is_some_and(|f| f != m) {
                return None;
            }
            found = Some(m);
        }
    }
    found
}

/// `loan = word` read by [`loan_month`], when a year follows it (`ws0 ","?
/// ws0 digit{4}`); the word is only read when the year is there.
pub(super) fn loan_word(i: &str) -> super::prim::R<'_, u32> {
    use nom::Parser;
    use nom::bytes::complete::take_while_m_n;
    use nom::character::complete::char;
    use nom::combinator::{opt, peek};
    let (rest, w) = super::prim::word(i)?;
    peek((
        super::prim::ws0,
        opt(char(',')),
        super::prim::ws0,
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
    ))
    .parse(rest)?;
    match loan_month(w) {
        Some(m) => Ok((rest, m)),
        None => super::prim::fail(i),
    }
}

#[cfg(test)]
mod tests {
    use super::loan_month;

    #[test]
    fn loans_of_month_names() {
        for (w, m) in [
            ("Desambra", 12),
            ("Disemba", 12),
            ("Desemba", 12),
            ("Tesema", 12),
            ("Diseembar", 12),
            ("Disyembre", 12),
            ("Septambra", 9),
            ("Oktobra", 10),
            ("Okthoba", 10),
            ("Novambra", 11),
            ("Janoary", 1),
            ("Janvye", 1),
            ("Aogositra", 8),
        ] {
            assert_eq!(loan_month(w), Some(m), "{w}");
        }
    }

    #[test]
    fn other_words_are_no_months() {
        for w in [
            "Desk",
            "Martin",
            "Dùbhlachd",
            "Ukuboza",
            "Mey",
            "Jona",
            "people",
            "Septimus",
            "Nabil",
            "Tomorrow",
            "ਦਸੰਬਰ",
        ] {
            assert_eq!(loan_month(w), None, "{w}");
        }
    }
}
