//! A caption whose credit label no lexicon holds: a sentence describing
//! the photo, then one word and a colon, then the credit ("Abacuruzi
//! b'ibirayi mu isoko rya Nyabugogo. Ifoto: Eric Ruzindana", "… ਕਿਸਾਨ।
//! -ਫੋਟੋ: ਪੀਟੀਆਈ"), read by shape alone.
//!
//! ```text
//! caption := text end [dash] label (":" | "：") credit
//!          | text end ["|" | dash] label by credit   (see `unknown_by_credit`)
//! by      := one to four lower-case letters          (an unknown language's "by")
//! text    := 3 to 60 words
//! end     := "." | "!" | "?" | "।" | "。" | "۔" | "؟"
//! label   := one word of letters (no function word of a known language)
//! credit  := a person's name, 1-3 capitalised words, or 1-4 words of a script without case
//! ```

use crate::grammar::byline::is_person_name;
use crate::lines::scripts::is_word_mark;

/// Fewest and most words of the caption text.
const TEXT_WORDS: std::ops::RangeInclusive<usize> = 3..=60;
/// Longest label, in characters.
const LABEL_CHARS: usize = 20;
/// Most words of a credit.
const CREDIT_WORDS: usize = 4;
/// Longest line read, in bytes.
const MAX_BYTES: usize = 600;

/// The caption text (its sentence end kept) and credit of `line` when it
/// ends with an unknown one-word label, a colon and a credit after a
/// sentence.
///
/// ```
/// use newsclip::grammar::caption::unknown_label_credit;
/// let (text, credit) =
///     unknown_label_credit("Abacuruzi b'ibirayi mu isoko rya Nyabugogo. Ifoto: Eric Ruzindana")
///         .unwrap();
/// assert_eq!(text, "Abacuruzi b'ibirayi mu isoko rya Nyabugogo.");
/// assert_eq!(credit, "Eric Ruzindana");
/// // A sentence and a quotation is no caption.
/// assert!(unknown_label_credit("He was blunt. Quote: \"We will not pay.\"").is_none());
/// ```
pub fn unknown_label_credit(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    if t.len() > MAX_BYTES {
        return None;
    }
    let colon = t.rfind([':', '：'])?;
    let credit = t.get(colon..)?.trim_start_matches([':', '：']).trim();
    let before = t.get(..colon)?.trim_end();
    let label_at = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let label = before.get(label_at..)?;
    let text = before
        .get(..label_at)?
        .trim_end()
        .trim_end_matches(['-', '–', '—'])
        .trim_end();
    let words = text.split_whitespace().count();
    let ends = text.ends_with(['.', '!', '?', '।', '。', '۔', '؟']);
    let ok = ends
        && TEXT_WORDS.contains(&words)
        && is_label(label)
        && is_credit(credit)
        && !text.ends_with("...");
    ok.then_some((text, credit))
}

/// The caption text (its sentence end kept) and credit of `line` when,
/// after a sentence, it ends with an unknown one-word label, a short
/// lower-case word of an unknown language's "by" and a credit, a bar or a
/// dash maybe before the label ("… on Monday. Pic by Lloyd Chitsulo", "…
/// niadtong Huwebes. | Hulagway ni Alex Badayos").
///
/// ```
/// use newsclip::grammar::caption::unknown_by_credit;
/// let (text, credit) =
///     unknown_by_credit("Growers wait at the auction floors on Monday. Pic by Lloyd Chitsulo")
///         .unwrap();
/// assert_eq!(text, "Growers wait at the auction floors on Monday.");
/// assert_eq!(credit, "Lloyd Chitsulo");
/// // A sentence and a thank-you is no caption.
/// assert!(unknown_by_credit("The hall was full. Thanks to everyone who came").is_none());
/// // An initial's full stop ends no sentence.
/// assert!(unknown_by_credit("Under God | Hamil R. Harris and Jeannine Hunter").is_none());
/// ```
pub fn unknown_by_credit(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    if t.len() > MAX_BYTES {
        return None;
    }
    let end = t.rfind(['.', '!', '?', '।', '。', '۔', '؟'])?;
    let mark = t.get(end..)?.chars().next()?.len_utf8();
    let text = t.get(..end + mark)?;
    let tail = t
        .get(end + mark..)?
        .trim_start()
        .trim_start_matches(['|', '-', '–', '—'])
        .trim_start();
    let mut words = tail.split_whitespace();
    let (label, by) = (words.next()?, words.next()?);
    let credit_at = tail.find(by)? + by.len();
    let credit = tail.get(credit_at..)?.trim();
    let by_word = (1..=4).contains(&by.chars().count()) && by.chars().all(char::is_lowercase);
    // "Hamil R. Harris and Jeannine Hunter": the full stop of an initial
    // ends no sentence.
    let initial = text
        .trim_end_matches(['.', '!', '?', '।', '。', '۔', '؟'])
        .rsplit(|c: char| c.is_whitespace() || c == '|')
        .next()
        .is_some_and(|w| w.chars().count() == 1);
    let ok = by_word
        && !initial
        && !text.contains('|')
        && !text.ends_with("...")
        && TEXT_WORDS.contains(&text.split_whitespace().count())
        && is_label(label)
        && is_credit(credit)
        && credit.split_whitespace().count() >= 2;
    ok.then_some((text, credit))
}

/// True for a label: one word of letters and marks (an apostrophe inside
/// it: "Luc'hskeudenn"), no function word.
fn is_label(w: &str) -> bool {
    let n = w.chars().count();
    let inner = w.trim_matches(APOSTROPHES);
    (2..=LABEL_CHARS).contains(&n)
        && inner.len() == w.len()
        && w.chars()
            .all(|c| c.is_alphabetic() || is_word_mark(c) || APOSTROPHES.contains(&c))
        && !crate::table::with_lower(w, crate::lexicon::is_stopword)
}

/// The apostrophes a word may hold inside it.
const APOSTROPHES: [char; 3] = ['\'', '’', 'ʼ'];

/// True for a credit: a person's name ("Eric Ruzindana", "Fidy R."), one
/// to three capitalised words ("PTI", "SUPPLIED"), or one to four words of
/// a script without case.
fn is_credit(c: &str) -> bool {
    // A photographer and the outlet, a slash between ("Ánte Gaup / Sámi
    // Áigi"): each a credit.
    if let Some((who, outlet)) = c.split_once(" / ") {
        return !outlet.contains('/') && is_credit(who.trim()) && is_credit(outlet.trim());
    }
    let words: Vec<&str> = c.split_whitespace().collect();
    if words.is_empty() || words.len() > CREDIT_WORDS || c.chars().any(char::is_numeric) {
        return false;
    }
    if crate::lines::scripts::is_uncased(c) {
        return words
            .iter()
            .all(|w| w.chars().all(|ch| ch.is_alphabetic() || is_word_mark(ch)));
    }
    // "Fidy R.": a final initial.
    let bare = c
        .strip_suffix('.')
        .filter(|s| s.rsplit(' ').next().is_some_and(|w| w.chars().count() == 1));
    let name = bare.unwrap_or(c);
    is_person_name(name)
        || (words.len() <= 3
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\'' | '/'))
            }))
}

#[cfg(test)]
mod tests {
    use super::unknown_label_credit;

    #[test]
    fn captions_with_labels_in_other_languages() {
        for (line, text, credit) in [
            (
                "Trano maro no tototry ny rano tao amin'ny fokontany Ankirihiry. Sary: Fidy R.",
                "Trano maro no tototry ny rano tao amin'ny fokontany Ankirihiry.",
                "Fidy R.",
            ),
            (
                "ئۆتۆمبێلەکان لە بەردەم بەنزینخانەیەک لە هەولێر ڕیز بوون. وێنە: ئارام کەریم",
                "ئۆتۆمبێلەکان لە بەردەم بەنزینخانەیەک لە هەولێر ڕیز بوون.",
                "ئارام کەریم",
            ),
            (
                "ਖੇਤ ਵਿੱਚ ਹੈਪੀ ਸੀਡਰ ਨਾਲ ਕਣਕ ਦੀ ਬਿਜਾਈ ਕਰਦਾ ਹੋਇਆ ਇੱਕ ਕਿਸਾਨ। -ਫੋਟੋ: ਪੀਟੀਆਈ",
                "ਖੇਤ ਵਿੱਚ ਹੈਪੀ ਸੀਡਰ ਨਾਲ ਕਣਕ ਦੀ ਬਿਜਾਈ ਕਰਦਾ ਹੋਇਆ ਇੱਕ ਕਿਸਾਨ।",
                "ਪੀਟੀਆਈ",
            ),
            (
                "Muohta gokčá geainnu. Govva: Máret Ánne Sara / Ođđasat",
                "Muohta gokčá geainnu.",
                "Máret Ánne Sara / Ođđasat",
            ),
            (
                "Bugale ar skol o tañsal an dro gant o zud. Luc'hskeudenn: Gwenn Tanguy",
                "Bugale ar skol o tañsal an dro gant o zud.",
                "Gwenn Tanguy",
            ),
            (
                "Wakulima wakivuna mahindi karibu na mto. Pichaa: SUPPLIED",
                "Wakulima wakivuna mahindi karibu na mto.",
                "SUPPLIED",
            ),
        ] {
            assert_eq!(unknown_label_credit(line), Some((text, credit)), "{line}");
        }
    }

    #[test]
    fn sentences_are_no_captions() {
        for line in [
            "The council met on Friday. The result: a new budget for the harbour",
            "He listed the winners. In order: Jane Doe",
            "Prices rose again. Ifoto: 12 images",
            "Prices rose again in the city and the villages: Eric Ruzindana",
            "Too short. Ifoto: Eric Ruzindana",
            "The ministry said it would publish the figures later in the week...",
            "Prices rose. Ifoto: the market traders of Nyabugogo said",
        ] {
            assert_eq!(unknown_label_credit(line), None, "{line}");
        }
    }
}
