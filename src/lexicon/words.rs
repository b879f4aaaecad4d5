//! Function words: the stop words that tell prose, and the words that vote
//! on a page's numeric date order (English against the day-first
//! languages).

use crate::table::{EdgeGate, WordList};

/// Function words per language, used to judge whether a line reads as prose.
pub static STOPWORDS: &[&str] = &[
    // English
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "is",
    "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "as", "at", "by",
    "from", "but", "not", "he", "she", "they", "we", "you", "his", "her", "their", "said", "says",
    "will", "would", "could", "which", "who", "after", "about", "than", "more", "into", "also",
    // German
    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "für", "auf", "den", "dem",
    "des", "sich", "von", "zu", "im", "es", "sie", "wird", "auch", "sei", "seien", "haben", "hat",
    // French
    "le", "la", "les", "et", "est", "un", "une", "du", "pour", "dans", "qui", "que", "pas", "sur",
    "au", "aux", "ont", "été", "il", "elle", // Spanish / Italian / Portuguese
    "el", "los", "las", "y", "es", "en", "por", "con", "para", "del", "que", "una", "il", "di",
    "che", "non", "per", "della", "sono", "não", "com", "uma", "os", "em",
    // Russian / Ukrainian
    "и", "в", "не", "на", "что", "с", "по", "это", "как", "к", "та", "що", "у", "з", "до", "від",
];

/// True when `line` opens with a lower-case function word and then a
/// capitalised word ("in Featured Article ServiceWorkers", "by Jane Doe",
/// "on Politics"): the tail of a meta row, never a headline.
pub fn opens_with_lower_function_word(line: &str) -> bool {
    let mut words = crate::table::words_in(line);
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    first.starts_with(|c: char| c.is_lowercase())
        && is_stopword(first)
        && second.starts_with(|c: char| c.is_uppercase())
}

/// True when `word` (lower-case) is a function word of one of the supported languages.
pub fn is_stopword(word: &str) -> bool {
    STOPWORD_LIST.contains(word)
}

static STOPWORD_LIST: WordList = WordList::new(STOPWORDS);

/// The byte length of the longest function word ([`is_stopword`]).
pub(crate) fn stopword_longest() -> usize {
    STOPWORD_LIST.longest()
}

/// [`is_stopword`] of a word of `len` bytes (at most 15) packed by
/// `table::pack_bytes`.
#[inline]
pub(crate) fn is_stopword_packed(key: u128, len: usize) -> bool {
    STOPWORD_LIST.contains_packed_within(key, len)
}

/// False when the ASCII word `word` is told apart from every function
/// word by its end letters and its length (most words): then its lower case
/// is no function word ([`is_stopword`]), and no key need be made.
#[inline]
pub(crate) fn may_be_stopword_ascii(word: &[u8]) -> bool {
    static GATE: std::sync::OnceLock<EdgeGate> = std::sync::OnceLock::new();
    GATE.get_or_init(|| EdgeGate::new(STOPWORDS.iter().copied()))
        .admits(word)
}

static DAY_FIRST_WORDS: WordList = WordList::new(DAY_FIRST_LANGUAGE_WORDS);

/// English function words that vote for month-first numeric dates.
static ENGLISH_VOTE_WORDS: WordList = WordList::new(&[
    "the", "and", "of", "to", "is", "was", "said", "with", "that",
]);

/// How `word` (any case) votes on the page's numeric date order:
/// (an English function word, a word of a day-first language
/// ([`DAY_FIRST_LANGUAGE_WORDS`])); at most one is true.
pub(crate) fn day_order_vote(word: &str) -> (bool, bool) {
    // Lower-casing keeps an ASCII word's length and lower-cases its first
    // byte: when no entry of either list has that first byte and length, the
    // word votes for neither (most words).
    if word.is_ascii()
        && let Some(first) = word.as_bytes().first().map(u8::to_ascii_lowercase)
        && !ENGLISH_VOTE_WORDS.may_hold(first, word.len())
        && !DAY_FIRST_WORDS.may_hold(first, word.len())
    {
        return (false, false);
    }
    // A word beyond ASCII lower-cases to a text that opens with its first
    // character's lower case (told by its code alone for the blocks read
    // most; not for a capital sigma, lowered by its neighbours): when no
    // entry opens with that, the word votes for neither.
    if !word.is_ascii()
        && let Some(l) = word.chars().next().and_then(crate::table::lower_one)
        && vote_word_firsts().binary_search(&l).is_err()
    {
        return (false, false);
    }
    // Lower-casing never gives fewer characters than it is given (one
    // character lower-cases to one or more): a word of more characters than
    // the longest entry has bytes is in neither list.
    let longest = ENGLISH_VOTE_WORDS.longest().max(DAY_FIRST_WORDS.longest());
    if !word.is_ascii() && word.chars().nth(longest).is_some() {
        return (false, false);
    }
    if let Some(key) = crate::table::pack_lower_ascii(word) {
        let en = ENGLISH_VOTE_WORDS.contains_packed(key);
        return (en, !en && DAY_FIRST_WORDS.contains_packed(key));
    }
    crate::table::with_lower(word, |w| {
        let en = ENGLISH_VOTE_WORDS.contains(w);
        (en, !en && DAY_FIRST_WORDS.contains(w))
    })
}

/// The first characters of the words of [`day_order_words`], sorted, each
/// once.
fn vote_word_firsts() -> &'static [char] {
    static FIRSTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    FIRSTS.get_or_init(|| {
        let mut firsts: Vec<char> = day_order_words().filter_map(|w| w.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        firsts
    })
}

/// Every word of the lists [`day_order_vote`] looks words up in (lower case).
pub(crate) fn day_order_words() -> impl Iterator<Item = &'static str> {
    ENGLISH_VOTE_WORDS
        .words()
        .iter()
        .chain(DAY_FIRST_WORDS.words())
        .copied()
}

/// Words that make a page read as German, French, Spanish, Italian,
/// Portuguese, Dutch, Russian or Ukrainian (day-first numeric dates).
pub static DAY_FIRST_LANGUAGE_WORDS: &[&str] = &[
    "der", "die", "das", "und", "nicht", "für", "sich", "wird", "auch", "le", "les", "et", "est",
    "pour", "dans", "qui", "el", "los", "las", "por", "para", "del", "una", "il", "di", "che",
    "della", "não", "uma", "het", "een", "van", "niet", "и", "в", "не", "на", "что", "та", "що",
    // Greek, Vietnamese, Polish, Czech, Turkish, Swedish, Finnish, Romanian,
    // Hungarian, Arabic.
    "και", "της", "του", "την", "που", "για", "của", "và", "các", "những", "được", "się", "jest",
    "oraz", "jsou", "také", "že", "bir", "için", "och", "att", "että", "și", "este", "és", "hogy",
    "في", "على",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_word_gate_admits_every_stop_word() {
        let mut pieces: Vec<&str> = STOPWORDS.to_vec();
        pieces.extend([
            "x", "E", "s", "'", "1", "Z", "-", "T", "HE", "\u{fffd}", "é", "",
        ]);
        let mut texts = crate::testgen::Texts::new(&pieces, 0x570b_9a7e);
        let mut stop = 0;
        for n in 0..20_000 {
            let t = texts.text(1 + n % 3);
            for w in [t.clone(), t.to_uppercase(), t.to_ascii_uppercase()] {
                if !w.is_ascii() {
                    continue;
                }
                let is = is_stopword(&w.to_ascii_lowercase());
                stop += usize::from(is);
                assert!(!is || may_be_stopword_ascii(w.as_bytes()), "{w:?}");
            }
        }
        assert!(stop > 1000, "{stop}");
        assert!(!may_be_stopword_ascii(b"council") && may_be_stopword_ascii(b"The"));
    }

    #[test]
    fn day_order_votes_as_the_lists_say() {
        // The vote of a word is its lower case's membership in the lists.
        let slow = |w: &str| {
            let l = w.to_lowercase();
            let en = ENGLISH_VOTE_WORDS.words().contains(&l.as_str());
            (en, !en && DAY_FIRST_LANGUAGE_WORDS.contains(&l.as_str()))
        };
        let mut words: Vec<String> = Vec::new();
        for w in ENGLISH_VOTE_WORDS
            .words()
            .iter()
            .chain(DAY_FIRST_LANGUAGE_WORDS)
        {
            let upper = w.to_uppercase();
            let mut title = w
                .chars()
                .next()
                .map(|c| c.to_uppercase().collect::<String>());
            if let Some(t) = title.as_mut() {
                t.extend(w.chars().skip(1));
            }
            words.extend([w.to_string(), upper, title.unwrap_or_default()]);
            words.extend([
                format!("{w}s"),
                format!("x{w}"),
                w.chars().skip(1).collect(),
            ]);
        }
        words.extend(
            [
                "ДЛЯ",
                "Über",
                "İ",
                "NICHTS",
                "ЧТОБЫ",
                "straße",
                "",
                "“The",
                "Ünd",
                "Für",
                "ÉT",
                "ΤΗΣ",
                "Σ",
                "\u{212a}",
                "НЕ",
                "В",
                "Şİ",
                "ÉS",
                "Że",
            ]
            .map(String::from),
        );
        let mut votes = 0;
        for w in &words {
            assert_eq!(day_order_vote(w), slow(w), "{w:?}");
            votes += usize::from(slow(w) != (false, false));
        }
        assert!(votes > 100, "{votes}");
        // Generated words of entries, their capitals and other characters.
        let mut owned: Vec<String> = day_order_words()
            .flat_map(|w| [w.to_string(), w.to_uppercase()])
            .collect();
        owned.extend(
            [
                "\u{e9}", "\u{201c}", "\u{dc}", "x", "\u{3a3}", "\u{130}", "\u{212a}",
            ]
            .map(String::from),
        );
        let pieces: Vec<&str> = owned.iter().map(String::as_str).collect();
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_f491_4f6c_dd1d);
        let mut votes = 0;
        for n in 0..20_000 {
            let w = texts.text(1 + n % 2);
            assert_eq!(day_order_vote(&w), slow(&w), "{w:?}");
            votes += usize::from(slow(&w) != (false, false));
        }
        assert!(votes > 1000, "{votes}");
    }
}
