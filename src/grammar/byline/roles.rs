//! Job titles of journalists ("Senior News Editor", "Korrespondent").
//!
//! ```text
//! role     := modifier{0,5} head
//! modifier := a word of ROLE_MODIFIERS | "and" | "&" | one unknown word (a place: "Moscow")
//! head     := a word of ROLE_HEADS ("reporter", "editor", "Redakteurin", ...)
//! ```

use super::words::{UI_WORDS, contains};
use crate::table::WordList;

/// Words a job title ends with (lower-case), in the languages the crate reads.
#[rustfmt::skip]
static ROLE_HEADS: WordList = WordList::new(&[
    // English
    "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
    "writers", "columnist", "journalist", "journalists", "contributor", "producer", "analyst",
    "critic", "photographer", "photojournalist", "anchor", "presenter", "commentator", "blogger",
    "stringer", "freelancer", "reviewer", "researcher", "intern", "fellow", "videographer",
    "illustrator", "cartoonist", "chief", "editor-in-chief", "editor-at-large", "sub-editor",
    "newsreader", "broadcaster", "host", "moderator", "curator",
    // The offices of a council's or a club's writer ("Parish Clerk").
    "clerk", "treasurer", "councillor", "councilor", "coordinator", "administrator",
    // German
    "redakteur", "redakteurin", "chefredakteur", "chefredakteurin", "korrespondent",
    "korrespondentin", "korrespondenten", "journalistin", "reporterin", "autor", "autorin", "volontär", "volontärin",
    "kolumnist", "kolumnistin", "ressortleiter", "ressortleiterin", "moderatorin",
    "redaktionsleiter", "redaktionsleiterin", "fotograf", "fotografin",
    // French
    "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "chroniqueur",
    "chroniqueuse", "éditorialiste", "spécial", "spéciale", "reporteur", "rédac-chef",
    // Spanish, Portuguese, Italian, Dutch
    "reportera", "reportero", "periodista", "corresponsal", "redactor", "redactora", "editora",
    "columnista", "cronista", "jornalista", "repórter", "correspondente", "redator", "redatora",
    "colunista", "enviado", "enviada", "giornalista", "corrispondente", "inviato", "inviata", "redattore", "redattrice",
    "caporedattore", "caporedattrice", "verslaggever", "verslaggeefster", "redacteur", "redactrice",
    "hoofdredacteur",
    // Russian, Ukrainian
    "корреспондент", "корреспондентка", "журналист", "журналистка", "редактор", "обозреватель",
    "кореспондент", "кореспондентка", "журналіст", "журналістка", "оглядач", "колумнист",
    "колумніст", "репортер",
    // Polish, Czech, Slovak, Romanian, Hungarian, Turkish, Scandinavian,
    // Indonesian, Greek
    "dziennikarz", "dziennikarka", "redaktor", "redaktorka", "korespondent", "korespondentka",
    "reporterka", "publicysta", "publicystka", "fotoreporter", "novinář", "novinářka",
    "zpravodaj", "zpravodajka", "jurnalist", "jurnalistă", "corespondent",
    "corespondentă", "újságíró", "tudósító", "muhabir", "muhabiri", "redaktør", "journalisten",
    "wartawan", "jurnalis", "koresponden", "δημοσιογράφος", "ανταποκριτής",
]);

/// Words that may precede a role head ("senior", "political", "Europe").
#[rustfmt::skip]
static ROLE_MODIFIERS: WordList = WordList::new(&[
    "senior", "chief", "deputy", "associate", "assistant", "contributing", "staff", "freelance",
    "weather", "lifestyle", "motoring", "property", "agriculture", "rural", "transport",
    "housing", "consumer", "religion", "tourism", "aviation", "industry", "labour", "labor",
    "special", "political", "politics", "science", "health", "business", "economics", "economic",
    "economy", "sport", "sports", "foreign", "national", "international", "regional", "affairs",
    "news", "europe", "european", "asia", "africa", "middle", "east", "america", "americas", "us",
    "u.s.", "uk", "world", "global", "opinion", "investigative", "managing", "executive", "digital",
    "data", "technology", "tech", "climate", "environment", "environmental", "education", "culture",
    "arts", "entertainment", "features", "feature", "diplomatic", "defence", "defense", "security",
    "legal", "courts", "court", "crime", "medical", "local", "city", "state", "metro", "white",
    "house", "washington", "parliamentary", "markets", "finance", "financial", "energy", "travel",
    "food", "fashion", "music", "film", "television", "tv", "video", "photo", "audio", "social",
    "media", "weekend", "night", "breaking", "lead", "principal", "general", "home", "copy", "sub",
    "web", "online", "consulting", "guest", "visiting", "bureau", "desk", "correspondent", "news",
    "and", "&", "of", "chief", "wire", "sr.", "jr.", "graduate", "investigations", "trainee",
    "junior", "multimedia", "audience", "social-media", "leitender", "leitende",
    "stellvertretender", "stellvertretende", "freier", "freie", "envoyé", "envoyée", "grand",
    "grande", "senior-", "политический", "специальный", "специальная", "собственный", "власкор",
    "головний", "главный", "старший", "старшая", "спецкор", "own", "власна", "власний",
    "собственная", "własny", "własna", "vlastní",
    // "By our correspondent", "Door onze verslaggever", "Von unserem Korrespondenten".
    "our", "onze", "unser", "unsere", "unserem", "unserer", "notre", "nuestro", "nuestra", "nosso",
    "nossa", "nostro", "nostra", "vår", "vårt", "vores",
]);

/// True when `word` (any case) is a word a job title ends with ("Editor",
/// "Korrespondentin").
///
/// ```
/// use newsclip::grammar::byline::is_role_word;
/// assert!(is_role_word("Editor"));
/// assert!(!is_role_word("Jane"));
/// ```
pub fn is_role_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ';'));
    if w.is_empty() || w.len() > 40 {
        return false;
    }
    crate::table::with_lower(w, |lower| contains(&ROLE_HEADS, lower))
}

/// Endings of a profession's noun in French, German, Spanish, Portuguese
/// and Italian ("historienne", "économiste", "Politologe", "socióloga"):
/// words no outlet's one-word name ends with.
const PROFESSION_ENDINGS: &[&str] = &[
    "ienne", "iste", "logue", "loge", "login", "euse", "trice", "ista", "ólogo", "óloga", "ologo",
    "ologa", "ologin", "ologe",
];

/// True when `word` (one word, any case) is the noun of a profession by its
/// ending ([`PROFESSION_ENDINGS`]): "Historienne" in "Par Hélène Dumas
/// (Historienne)" is the writer's trade, no credit.
pub(crate) fn is_profession_word(word: &str) -> bool {
    let w = word.trim();
    w.chars().count() >= 6
        && !w.contains(char::is_whitespace)
        && w.chars().all(char::is_alphabetic)
        && crate::table::with_lower(w, |l| PROFESSION_ENDINGS.iter().any(|e| l.ends_with(e)))
}

/// Words a photographer's job title ends with (lower-case).
static PHOTO_HEADS: WordList = WordList::new(&[
    "photographer",
    "photojournalist",
    "photos",
    "pictures",
    "fotograf",
    "fotografin",
    "fotógrafo",
    "fotógrafa",
    "photographe",
    "fotografo",
    "fotografa",
    "fotoreporter",
    "fotoreporterka",
    "fotoreportér",
    "valokuvaaja",
    "fényképész",
    "fotós",
    "φωτογράφος",
    "фотограф",
    "fotoğrafçı",
    "fotografer",
    "fotógraf",
]);

/// True when `line` is a photographer's job title ("Fotograf", "Staff
/// Photographer"): a photographer is no writer of the story.
///
/// ```
/// use newsclip::grammar::byline::is_photographer_role;
/// assert!(is_photographer_role("Fotograf"));
/// assert!(is_photographer_role("Staff Photographer"));
/// assert!(!is_photographer_role("Journalist"));
/// ```
pub fn is_photographer_role(line: &str) -> bool {
    let t = crate::lines::text::trim(line).trim_end_matches(['.', ',', ':']);
    crate::table::words_in(t).nth(4).is_none()
        && t.split_whitespace()
            .next_back()
            .is_some_and(|w| crate::table::with_lower(w, |l| contains(&PHOTO_HEADS, l)))
}

/// False when `word` is no role word ([`is_role_word`]), told for an ASCII
/// word by its first byte and length alone (an ASCII word lower-cases to
/// the same length); true for the others.
pub(crate) fn may_be_role_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | ';'));
    !w.is_ascii()
        || w.as_bytes()
            .first()
            .is_some_and(|&b| ROLE_HEADS.may_hold(b.to_ascii_lowercase(), w.len()))
}

/// The head test of [`is_role_words`] for one word (any case, a trailing
/// comma dropped).
fn is_head(word: &str) -> bool {
    crate::table::with_lower(word.trim_end_matches(','), |l| contains(&ROLE_HEADS, l))
}

fn is_modifier(lower: &str) -> bool {
    contains(&ROLE_MODIFIERS, lower) || contains(&ROLE_HEADS, lower)
}

/// True when the words form a job title (see the grammar above).
pub(crate) fn is_role_words<'a, I>(words: I) -> bool
where
    I: IntoIterator<Item = &'a str>,
    I::IntoIter: Clone,
{
    let words = words.into_iter();
    // The loop below answers true only for at most six words of which the
    // last is a head word. So when the last of the first seven words is no
    // head word, the answer is false: with at most six words that word is
    // the last, with seven or more there are too many. The costly tests of
    // the other words are then skipped.
    if !words.clone().take(7).last().is_some_and(is_head) {
        return false;
    }
    let mut n = 0usize;
    let mut unknown = 0usize;
    let mut last_is_head = false;
    for w in words {
        n += 1;
        if n > 6 {
            return false;
        }
        let w = w.trim_end_matches(',');
        if w.is_empty() || w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | '&'))
        {
            return false;
        }
        // (head word, modifier, interface word), each tested only when the
        // ones before are false.
        let (head, modifier, ui) = crate::table::with_lower(w, |lower| {
            if contains(&ROLE_HEADS, lower) {
                (true, false, false)
            } else if is_modifier(lower) {
                (false, true, false)
            } else {
                (false, false, contains(&UI_WORDS, lower) && lower != "news")
            }
        });
        last_is_head = head;
        if !last_is_head && !modifier {
            if ui {
                return false;
            }
            unknown += 1;
            if unknown > 1 || !w.chars().next().is_some_and(char::is_uppercase) {
                return false;
            }
        }
    }
    n > 0 && last_is_head
}

/// True when `line` is a job title alone: "Senior News Editor",
/// "Science Correspondent", "Reporter", "Korrespondent", "Корреспондент".
///
/// "Staff Writer" is both a desk credit ([`crate::grammar::agency::is_desk`])
/// and a job title: `is_role` returns true for it, so callers that tell the two
/// apart ask `is_desk` first. In a byline, "By Staff Writer" is a credit and
/// "By Jane Doe, Staff Writer" gives Jane Doe that role.
///
/// ```
/// use newsclip::grammar::byline::is_role;
/// assert!(is_role("Senior News Editor"));
/// assert!(is_role("Korrespondent"));
/// assert!(is_role("News reporter @jdoe"));
/// assert!(!is_role("Harjit Sandhu"));
/// assert!(!is_role("Read more"));
/// ```
pub fn is_role(line: &str) -> bool {
    let t = crate::lines::text::trim(line)
        .trim_end_matches(['.', ',', ':', '|', '·'])
        .trim();
    if t.is_empty() || t.len() > 80 {
        return false;
    }
    let t = without_handle(t);
    // `is_role_words` answers false unless the last word is a head word (or
    // there are more than six): tested first, on the last word alone.
    if !ends_with_head(t) {
        return false;
    }
    is_role_words(crate::table::words_in(t))
}

/// `t` without a social handle after the title ("News reporter @handle").
fn without_handle(t: &str) -> &str {
    match t.rsplit_once(char::is_whitespace) {
        Some((head, handle)) if handle.len() > 1 && handle.starts_with('@') => head.trim(),
        _ => t,
    }
}

/// True when the last word of `t` is a title's head word.
fn ends_with_head(t: &str) -> bool {
    t.rsplit(char::is_whitespace).next().is_some_and(is_head)
}

/// False when no run of words ending where `line` ends is a job title:
/// [`is_role`] of such a run is true only when it ends with a head word,
/// once the trailing marks and a handle are cut, and the runs of two words
/// or more are cut as `line` is. A run of one word keeps a handle, and no
/// handle is a head word.
pub(crate) fn may_end_role(line: &str) -> bool {
    let t = crate::lines::text::trim(line)
        .trim_end_matches(['.', ',', ':', '|', '·'])
        .trim();
    ends_with_head(without_handle(t))
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_tail_is_a_role_unless_the_line_may_end_with_one() {
        let pieces = [
            " ", "  ", "Senior", "senior", "Reporter", "reporter", "Editor", "News", "Staff",
            "Jane", "@jdoe", "@", ".", ",", ":", "|", "·", "Writer,", "Chief", "of", "the",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        let mut roles = 0;
        for len in 0..6000 {
            let line = texts.text(len % 14);
            let words: Vec<&str> = line.split_whitespace().collect();
            let joined = words.join(" ");
            let possible = super::may_end_role(&joined);
            for k in 0..words.len() {
                let tail = words.get(k..).unwrap_or_default().join(" ");
                if super::is_role(&tail) {
                    roles += 1;
                    assert!(possible, "{joined:?} ends with the title {tail:?}");
                }
            }
        }
        // The generated lines do hold titles.
        assert!(roles > 100, "{roles}");
    }

    #[test]
    fn every_role_word_may_be_one() {
        let heads = super::ROLE_HEADS.words().iter();
        let others = [
            "",
            "Jane",
            "REPORTER",
            "Editor,",
            "editor.",
            ":",
            "Korrespondentin",
            "Rédacteur",
            "КОРРЕСПОНДЕНТ",
            "x",
            "Reporters;",
            "12",
            "作者",
        ];
        let mut words: Vec<String> = heads.map(|w| w.to_string()).collect();
        words.extend(others.iter().map(|w| w.to_string()));
        let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
        let mut ruled_out = 0;
        for w in words.iter().chain(&upper) {
            if super::is_role_word(w) {
                assert!(super::may_be_role_word(w), "{w:?}");
            }
            ruled_out += usize::from(!super::may_be_role_word(w));
        }
        assert!(ruled_out > 0);
    }
}
