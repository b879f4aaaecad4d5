//! Word tables of the date grammar: month names, weekday names, relative-time
//! units and the case-folding comparisons used to look them up.
//!
//! All tables are static and hold lower-case spellings; lookups fold the
//! input with `char::to_lowercase`, so `MÄRZ`, `März` and `märz` all match.

use crate::table::{WordList, WordMap};

use super::months::{MONTHS, MONTHS_EN, MONTHS_EN_ENTRIES, WEEKDAYS};

/// When `input` starts with `lower` (compared case-insensitively), the number
/// of bytes of `input` that matched.
pub(super) fn fold_prefix(input: &str, lower: &str) -> Option<usize> {
    if lower.is_ascii() {
        let head = input.as_bytes().get(..lower.len())?;
        return head
            .eq_ignore_ascii_case(lower.as_bytes())
            .then_some(lower.len());
    }
    let mut want = lower.chars();
    for (at, c) in input.char_indices() {
        let mut rest = want.clone();
        if rest.as_str().is_empty() {
            return Some(at);
        }
        for lc in c.to_lowercase() {
            if rest.next() != Some(lc) {
                return None;
            }
        }
        want = rest;
    }
    want.as_str().is_empty().then_some(input.len())
}

/// A unit of a relative date ("2 hours ago").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Unit words, singular, plural and abbreviated, in the supported languages.
#[rustfmt::skip]
static UNITS: WordMap<Unit> = WordMap::new(&[
    // English
    ("s", Unit::Second), ("sec", Unit::Second), ("secs", Unit::Second),
    ("second", Unit::Second), ("seconds", Unit::Second), ("m", Unit::Minute),
    ("min", Unit::Minute), ("mins", Unit::Minute), ("minute", Unit::Minute),
    ("minutes", Unit::Minute), ("h", Unit::Hour), ("hr", Unit::Hour), ("hrs", Unit::Hour),
    ("hour", Unit::Hour), ("hours", Unit::Hour), ("d", Unit::Day), ("day", Unit::Day),
    ("days", Unit::Day), ("w", Unit::Week), ("wk", Unit::Week), ("wks", Unit::Week),
    ("week", Unit::Week), ("weeks", Unit::Week), ("mo", Unit::Month), ("mos", Unit::Month),
    ("month", Unit::Month), ("months", Unit::Month), ("y", Unit::Year), ("yr", Unit::Year),
    ("yrs", Unit::Year), ("year", Unit::Year), ("years", Unit::Year),
    // German
    ("sekunde", Unit::Second), ("sekunden", Unit::Second), ("sek", Unit::Second),
    ("minuten", Unit::Minute), ("stunde", Unit::Hour), ("stunden", Unit::Hour),
    ("std", Unit::Hour), ("tag", Unit::Day), ("tagen", Unit::Day), ("woche", Unit::Week),
    ("wochen", Unit::Week), ("monat", Unit::Month), ("monaten", Unit::Month),
    ("jahr", Unit::Year), ("jahren", Unit::Year),
    // French
    ("seconde", Unit::Second), ("secondes", Unit::Second), ("heure", Unit::Hour),
    ("heures", Unit::Hour), ("jour", Unit::Day), ("jours", Unit::Day),
    ("semaine", Unit::Week), ("semaines", Unit::Week), ("mois", Unit::Month),
    ("an", Unit::Year), ("ans", Unit::Year), ("année", Unit::Year), ("années", Unit::Year),
    // Spanish, Portuguese, Italian
    ("segundo", Unit::Second), ("segundos", Unit::Second), ("secondo", Unit::Second),
    ("secondi", Unit::Second), ("minuto", Unit::Minute), ("minutos", Unit::Minute),
    ("minuti", Unit::Minute), ("hora", Unit::Hour), ("horas", Unit::Hour),
    ("ora", Unit::Hour), ("ore", Unit::Hour), ("día", Unit::Day), ("días", Unit::Day),
    ("dia", Unit::Day), ("dias", Unit::Day), ("giorno", Unit::Day), ("giorni", Unit::Day),
    ("semana", Unit::Week), ("semanas", Unit::Week), ("settimana", Unit::Week),
    ("settimane", Unit::Week), ("mes", Unit::Month), ("meses", Unit::Month),
    ("mês", Unit::Month), ("mese", Unit::Month), ("mesi", Unit::Month), ("año", Unit::Year),
    ("años", Unit::Year), ("ano", Unit::Year), ("anos", Unit::Year), ("anno", Unit::Year),
    ("anni", Unit::Year),
    // Dutch
    ("seconden", Unit::Second), ("minuut", Unit::Minute), ("uur", Unit::Hour),
    ("dag", Unit::Day), ("dagen", Unit::Day), ("weken", Unit::Week), ("maand", Unit::Month),
    ("maanden", Unit::Month), ("jaar", Unit::Year),
    // Russian
    ("секунду", Unit::Second), ("секунды", Unit::Second), ("секунд", Unit::Second),
    ("сек", Unit::Second), ("минуту", Unit::Minute), ("минуты", Unit::Minute),
    ("минут", Unit::Minute), ("мин", Unit::Minute), ("час", Unit::Hour),
    ("часа", Unit::Hour), ("часов", Unit::Hour), ("ч", Unit::Hour), ("день", Unit::Day),
    ("дня", Unit::Day), ("дней", Unit::Day), ("неделю", Unit::Week),
    ("недели", Unit::Week), ("недель", Unit::Week), ("месяц", Unit::Month),
    ("месяца", Unit::Month), ("месяцев", Unit::Month), ("год", Unit::Year),
    ("года", Unit::Year), ("лет", Unit::Year),
    // Ukrainian
    ("секунди", Unit::Second), ("хвилину", Unit::Minute), ("хвилини", Unit::Minute),
    ("хвилин", Unit::Minute), ("хв", Unit::Minute), ("годину", Unit::Hour),
    ("години", Unit::Hour), ("годин", Unit::Hour), ("дні", Unit::Day), ("днів", Unit::Day),
    ("тиждень", Unit::Week), ("тижні", Unit::Week), ("тижнів", Unit::Week),
    ("місяць", Unit::Month), ("місяці", Unit::Month), ("місяців", Unit::Month),
    ("рік", Unit::Year), ("роки", Unit::Year), ("років", Unit::Year),
    // Turkish ("3 saat önce")
    ("saniye", Unit::Second), ("dakika", Unit::Minute), ("dk", Unit::Minute),
    ("saat", Unit::Hour), ("gün", Unit::Day), ("hafta", Unit::Week), ("ay", Unit::Month),
    ("yıl", Unit::Year),
]);

/// Words that stand for the count 1 ("an hour ago", "vor einer Stunde").
#[rustfmt::skip]
pub(super) static ONE: WordList = WordList::new(&[
    "a", "an", "one", "ein", "eine", "einer", "einem", "einen", "un", "une", "una", "uno",
    "um", "uma", "een", "один", "одна", "одну",
]);

/// A word folded to lower case in a stack buffer (no allocation), so that a
/// table lookup folds the word once and then compares bytes.
struct Folded {
    buf: [u8; 96],
    len: usize,
}

impl Folded {
    /// `word` in lower case; `None` when it is too long for any table entry.
    fn new(word: &str) -> Option<Folded> {
        let mut buf = [0u8; 96];
        if word.is_ascii() {
            // ASCII letters lower-case to ASCII letters, byte for byte.
            let dst = buf.get_mut(..word.len())?;
            dst.copy_from_slice(word.as_bytes());
            dst.make_ascii_lowercase();
            return Some(Folded {
                buf,
                len: word.len(),
            });
        }
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let n = c.len_utf8();
            c.encode_utf8(buf.get_mut(len..len + n)?);
            len += n;
        }
        Some(Folded { buf, len })
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or_default()
    }

    /// The word (valid UTF-8: it was built from `char`s).
    fn text(&self) -> &str {
        std::str::from_utf8(self.bytes()).unwrap_or_default()
    }

    /// The value of the first entry of `table` spelled like this word.
    fn find<T: Copy + Send + Sync>(&self, table: &WordMap<T>) -> Option<T> {
        table.get(self.text())
    }

    /// True when `list` holds this word.
    fn any(&self, list: &WordList) -> bool {
        list.contains(self.text())
    }
}

/// The month number of a month name or abbreviation, in any language;
/// a Hebrew month also after the preposition "ב" (in) glued to it, as
/// dates print it ("18 במרץ 2025").
pub(super) fn month(word: &str) -> Option<u32> {
    let f = Folded::new(word)?;
    let t = f.text();
    MONTHS_EN.get(t).or_else(|| MONTHS.get(t)).or_else(|| {
        t.strip_prefix('ב')
            .filter(|m| m.chars().all(|c| ('\u{5d0}'..='\u{5ea}').contains(&c)))
            .and_then(|m| MONTHS.get(m))
    })
}

/// The month number of an English month name or abbreviation.
pub(super) fn month_en(word: &str) -> Option<u32> {
    Folded::new(word)?.find(&MONTHS_EN)
}

/// True when `word` is a weekday name or abbreviation.
pub(super) fn is_weekday(word: &str) -> bool {
    Folded::new(word).is_some_and(|f| f.any(&WEEKDAYS))
}

/// The unit a relative-time word names.
pub(super) fn unit(word: &str) -> Option<Unit> {
    Folded::new(word)?.find(&UNITS)
}

/// True when `word` can begin a strong date phrase: an English month, a
/// weekday, a count word ("a", "eine") or one of `extra`. Folds once (an
/// ASCII word of at most 15 bytes straight into the packed key the lists
/// compare).
pub(super) fn may_start(word: &str, extra: &WordList) -> bool {
    let starts = strong_starts();
    if let Some(key) = crate::table::pack_lower_ascii(word) {
        return starts.contains_packed(key) || extra.contains_packed(key);
    }
    Folded::new(word).is_some_and(|f| {
        let t = f.text();
        starts.contains(t) || extra.contains(t)
    })
}

/// The English month names, the weekday names and the words of [`ONE`] in
/// one list, built once: one look-up instead of three.
fn strong_starts() -> &'static WordList {
    static LIST: std::sync::OnceLock<WordList> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let words: Vec<&'static str> = MONTHS_EN_ENTRIES
            .iter()
            .map(|&(w, _)| w)
            .chain(WEEKDAYS.words().iter().copied())
            .chain(ONE.words().iter().copied())
            .collect();
        // Built once for the whole run, like the list's own set.
        WordList::new(Box::leak(words.into_boxed_slice()))
    })
}

/// True when `word` means "one" ("a", "an", "eine", "une", ...).
pub(super) fn is_one(word: &str) -> bool {
    Folded::new(word).is_some_and(|f| f.any(&ONE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds() {
        assert_eq!(month("MÄRZ"), Some(3));
        assert_eq!(month("Марта"), Some(3));
        assert_eq!(month_en("Mars"), None);
        assert_eq!(month(&"a".repeat(200)), None);
        assert_eq!(fold_prefix("Publié le 4", "publié le"), Some(10));
        assert_eq!(fold_prefix("Pub", "publié"), None);
        assert_eq!(fold_prefix("POSTED", "posted"), Some(6));
    }

    #[test]
    fn tables() {
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("березня"), Some(3));
        assert!(is_weekday("Dienstag"));
        assert_eq!(unit("Stunden"), Some(Unit::Hour));
        assert!(is_one("einer"));
    }
}
