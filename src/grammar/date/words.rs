//! Word tables of the date grammar: month names, weekday names, relative-time
//! units and the case-folding comparisons used to look them up.
//!
//! All tables are static and hold lower-case spellings; lookups fold the
//! input with `char::to_lowercase`, so `MÄRZ`, `März` and `märz` all match.

use crate::table::{WordList, WordMap};

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

/// English month names and abbreviations (also read in month-day order).
/// Other month names and abbreviations: (German, French, Spanish, Italian,
/// Portuguese, Dutch, Indonesian, Romanian, Polish and Czech (genitive),
/// Swedish, Danish, Norwegian, Turkish; Russian and Ukrainian in genitive and
/// nominative).
#[rustfmt::skip]
static MONTHS_EN_ENTRIES: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// [`MONTHS_EN_ENTRIES`], looked up by name.
static MONTHS_EN: WordMap<u32> = WordMap::new(MONTHS_EN_ENTRIES);

/// Month names of the other languages (day-month order only).
#[rustfmt::skip]
static MONTHS: WordMap<u32> = WordMap::new(&[
    // German
    ("januar", 1), ("jänner", 1), ("jän", 1), ("februar", 2), ("märz", 3), ("mär", 3),
    ("maerz", 3), ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("okt", 10),
    ("dezember", 12), ("dez", 12),
    // French
    ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fevr", 2),
    ("fév", 2), ("mars", 3), ("avril", 4), ("avr", 4), ("juin", 6), ("juillet", 7),
    ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    // Spanish
    ("enero", 1), ("ene", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("abr", 4),
    ("mayo", 5), ("junio", 6), ("julio", 7), ("agosto", 8), ("ago", 8), ("septiembre", 9),
    ("setiembre", 9), ("set", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("dic", 12),
    // Italian
    ("gennaio", 1), ("gen", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("mag", 5),
    ("giugno", 6), ("giu", 6), ("luglio", 7), ("lug", 7), ("settembre", 9),
    ("ottobre", 10), ("ott", 10), ("dicembre", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("fev", 2), ("março", 3), ("marco", 3), ("maio", 5),
    ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10), ("out", 10),
    ("novembro", 11), ("dezembro", 12),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mrt", 3), ("mei", 5), ("augustus", 8),
    // Indonesian and Malay (the others are spelled as in Dutch or German)
    ("maret", 3), ("agustus", 8), ("desember", 12), ("disember", 12),
    // Romanian
    ("ianuarie", 1), ("ian", 1), ("februarie", 2), ("martie", 3), ("aprilie", 4), ("iunie", 6),
    ("iulie", 7), ("septembrie", 9), ("octombrie", 10), ("noiembrie", 11), ("decembrie", 12),
    // Polish (genitive)
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5),
    ("czerwca", 6), ("lipca", 7), ("sierpnia", 8), ("września", 9), ("wrzesnia", 9),
    ("października", 10), ("pazdziernika", 10), ("listopada", 11), ("grudnia", 12),
    // Czech (genitive)
    ("ledna", 1), ("února", 2), ("března", 3), ("dubna", 4), ("května", 5), ("června", 6),
    ("července", 7), ("srpna", 8), ("září", 9), ("října", 10), ("listopadu", 11),
    ("prosince", 12),
    // Swedish, Danish and Norwegian (the others are spelled as in German or Dutch)
    ("maj", 5), ("augusti", 8), ("marts", 3),
    // Turkish
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    // Arabic (the names of Egypt and the Gulf; the Levant's one-word names)
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4),
    ("مايو", 5), ("يونيو", 6), ("يوليو", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9),
    ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12), ("شباط", 2),
    ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8),
    ("أيلول", 9),
    // Russian
    ("января", 1), ("январь", 1), ("янв", 1), ("февраля", 2), ("февраль", 2), ("фев", 2),
    ("февр", 2), ("марта", 3), ("март", 3), ("мар", 3), ("апреля", 4), ("апрель", 4),
    ("апр", 4), ("мая", 5), ("май", 5), ("июня", 6), ("июнь", 6), ("июн", 6), ("июля", 7),
    ("июль", 7), ("июл", 7), ("августа", 8), ("август", 8), ("авг", 8), ("сентября", 9),
    ("сентябрь", 9), ("сен", 9), ("сент", 9), ("октября", 10), ("октябрь", 10),
    ("окт", 10), ("ноября", 11), ("ноябрь", 11), ("ноя", 11), ("нояб", 11),
    ("декабря", 12), ("декабрь", 12), ("дек", 12),
    // Ukrainian
    ("січня", 1), ("січень", 1), ("лютого", 2), ("лютий", 2), ("березня", 3),
    ("березень", 3), ("квітня", 4), ("квітень", 4), ("травня", 5), ("травень", 5),
    ("червня", 6), ("червень", 6), ("липня", 7), ("липень", 7), ("серпня", 8),
    ("серпень", 8), ("вересня", 9), ("вересень", 9), ("жовтня", 10), ("жовтень", 10),
    ("листопада", 11), ("листопад", 11), ("грудня", 12), ("грудень", 12),
    // Hungarian
    ("január", 1), ("február", 2), ("március", 3), ("április", 4), ("május", 5),
    ("június", 6), ("július", 7), ("augusztus", 8), ("szeptember", 9), ("október", 10),
    // Tagalog
    ("enero", 1), ("pebrero", 2), ("marso", 3), ("abril", 4), ("hunyo", 6), ("hulyo", 7),
    ("agosto", 8), ("setyembre", 9), ("oktubre", 10), ("nobyembre", 11), ("disyembre", 12),
    // Greek (genitive)
    ("ιανουαρίου", 1), ("φεβρουαρίου", 2), ("μαρτίου", 3), ("απριλίου", 4), ("μαΐου", 5),
    ("ιουνίου", 6), ("ιουλίου", 7), ("αυγούστου", 8), ("σεπτεμβρίου", 9),
    ("οκτωβρίου", 10), ("νοεμβρίου", 11), ("δεκεμβρίου", 12),
    // Hindi
    ("जनवरी", 1), ("फरवरी", 2), ("मार्च", 3), ("अप्रैल", 4), ("मई", 5), ("जून", 6),
    ("जुलाई", 7), ("अगस्त", 8), ("सितंबर", 9), ("अक्टूबर", 10), ("नवंबर", 11), ("दिसंबर", 12),
]);

/// Weekday names and abbreviations in the same languages. The grammar only
/// skips a weekday in front of a date; it never decides anything by itself.
#[rustfmt::skip]
static WEEKDAYS: WordList = WordList::new(&[
    // English
    "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
    "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
    // German
    "montag", "mo", "dienstag", "di", "mittwoch", "mi", "donnerstag", "do", "freitag",
    "fr", "samstag", "sonnabend", "sa", "sonntag", "so",
    // French
    "lundi", "lun", "mardi", "mar", "mercredi", "mer", "jeudi", "jeu", "vendredi", "ven",
    "samedi", "sam", "dimanche", "dim",
    // Spanish
    "lunes", "martes", "miércoles", "miercoles", "mié", "mie", "jueves", "jue", "viernes",
    "vie", "sábado", "sabado", "sáb", "sab", "domingo", "dom",
    // Italian
    "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì",
    "giovedi", "gio", "venerdì", "venerdi", "sabato", "domenica",
    // Portuguese ("-feira" is skipped by the grammar)
    "segunda", "seg", "terça", "terca", "ter", "quarta", "qua", "quinta", "qui", "sexta",
    "sex",
    // Dutch
    "maandag", "ma", "dinsdag", "woensdag", "wo", "donderdag", "vrijdag", "vr",
    "zaterdag", "za", "zondag", "zo",
    // Russian
    "понедельник", "пн", "вторник", "вт", "среда", "ср", "четверг", "чт", "пятница", "пт",
    "суббота", "сб", "воскресенье", "вс",
    // Ukrainian
    "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота",
    "неділя",
    // Hungarian
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
]);

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

/// The month number of a month name or abbreviation, in any language.
pub(super) fn month(word: &str) -> Option<u32> {
    let f = Folded::new(word)?;
    let t = f.text();
    MONTHS_EN.get(t).or_else(|| MONTHS.get(t))
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
