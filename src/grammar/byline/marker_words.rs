//! The words of the one-word byline markers: the spaced markers ("By",
//! "Von", "Автор", "Gan") and the colon markers ("Text:", "Penulis:",
//! "ავტორი:"), read by the marker grammar (`markers.rs`), its gates and
//! the line typing's byline hint.

/// The spaced markers of one word, in the order they are tried (a longer
/// word before its prefix: "авторы" before "автор"); any case. The byline
/// gate (`gate.rs`) reads the same list.
pub(crate) const SPACED_MARKERS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "door",
    "di",
    "av",
    "af",
    "escribe",
    "авторы",
    "автори",
    "автор",
    // Arabic: "بقلم" (by the pen of), "بواسطة" (by), "كتب" (wrote).
    "بقلم",
    "بواسطة",
    "كتب",
    // Tagalog "ni" (by), Hebrew "מאת" (by), Malay and Indonesian "oleh"
    // (by), Swahili "na" (by).
    "ni",
    "מאת",
    "oleh",
    "na",
    "deur",
    "nga",
    // Sesotho and Setswana "ka" (by), Kabyle "sɣur" (from, by).
    "ka",
    "sɣur",
    // Cornish "gans" and Welsh "gan" (by; the longer first); Greek
    // "γράφει" (writes), with the article before a woman's or a man's
    // name, and "γράφουν οι" (write); Russian
    // "беседовал(а, и)" (talked with: an interview's byline).
    "gans",
    "gan",
    "γράφει η",
    "γράφει ο",
    "γράφουν οι",
    "γράφει",
    "беседовала",
    "беседовали",
    "беседовал",
    // Luxembourgish "vum" (by), Yoruba "láti ọwọ́" (from the hand of).
    "vum",
    "láti ọwọ́",
    // Low German "vun" (by), Manx "liorish" (by).
    "vun",
    "liorish",
];

/// True when `lower` (a lower-case word) is one of [`SPACED_MARKERS`].
pub(crate) fn is_spaced_marker(lower: &str) -> bool {
    SPACED_MARKERS.contains(&lower)
}

/// The colon markers of one word ("Text:", "Reporter:", "Penulis:"), in
/// the order they are tried (a longer word before its prefix: "texte"
/// before "text"); any case. The line typing's byline hint reads the same
/// list. Author labels ("Autorin:") and "Text & Fotos:" are read apart.
pub(crate) const COLON_MARKERS: &[&str] = &[
    "texte",
    "texto",
    "testo",
    "tekst",
    "text",
    "текст",
    "redaktion",
    "reporter",
    "words",
    // Malay and Indonesian: the reporter's, the writer's and the
    // journalist's label.
    "wartawan",
    "penulis",
    "pewarta",
    "haber",
    // Turkish and Swahili: the reporter's and the writer's label.
    "muhabir",
    "mwandishi",
    "yazar",
    // Hungarian, Finnish and Scandinavian: the
    // writer's label.
    "szerző",
    "tekijä",
    "kirjoittaja",
    "forfatter",
    "författare",
    "skribent",
    // Thai and Persian: the writer's and the reporter's label.
    "ผู้เขียน",
    "ผู้สื่อข่าว",
    "เรื่อง",
    "लेखक",
    "संवाददाता",
    "লেখক",
    "প্রতিবেদক",
    "خبرنگار",
    "نویسنده",
    // Georgian, Armenian and Amharic: the writer's label (the Armenian
    // one before an Armenian comma, the Amharic one before an Ethiopic
    // colon, see `colon`); Serbian and Croatian "piše" (writes).
    "ავტორი",
    "հեղինակ",
    // Serbian and Macedonian Cyrillic: the author's label.
    "аутори",
    "аутор",
    "ጸሐፊ",
    "пише",
    "piše",
    // English "Reporting:" (a live blog's reporters), Somali "qore"
    // (writer), Telugu "రచన" (writing), Burmese "ရေးသားသူ" (writer,
    // before a spaced dash, see `colon`).
    "reporting",
    "qore",
    "రచన",
    "ရေးသားသူ",
    // Belarusian "аўтар" (author), Tamil "எழுதியவர்" (who wrote) and
    // Kannada "ಲೇಖಕರು" (writer).
    "аўтар",
    "எழுதியவர்",
    "ಲೇಖಕರು",
];

/// The markers glued to the name by a hyphen: Zulu and Xhosa "ngu-"
/// ("Ngu-Thandeka Zungu", by); any case.
pub(crate) const HYPHEN_MARKERS: &[&str] = &["ngu-"];

/// True when `lower` (a lower-case word) is one of [`COLON_MARKERS`].
pub(crate) fn is_colon_marker(lower: &str) -> bool {
    COLON_MARKERS.contains(&lower)
}

/// True when `lower` (a lower-cased line) opens with one of the
/// [`SPACED_MARKERS`] of more than one word ("láti ọwọ́ ") or one of
/// the [`HYPHEN_MARKERS`] ("ngu-"): markers the line typing's byline hint
/// does not find as the line's first word.
pub(crate) fn opens_with_phrase_marker(lower: &str) -> bool {
    // The markers of more than one word, and the first bytes of all the
    // markers looked for, gathered once (most lines open with none).
    static PHRASES: std::sync::OnceLock<(Vec<&'static str>, [bool; 256])> =
        std::sync::OnceLock::new();
    let (phrases, first) = PHRASES.get_or_init(|| {
        let phrases: Vec<&'static str> = SPACED_MARKERS
            .iter()
            .copied()
            .filter(|m| m.contains(' '))
            .collect();
        let mut first = [false; 256];
        for m in phrases.iter().chain(HYPHEN_MARKERS) {
            if let Some(f) = m
                .as_bytes()
                .first()
                .and_then(|&b| first.get_mut(usize::from(b)))
            {
                *f = true;
            }
        }
        (phrases, first)
    });
    let Some(&b) = lower.as_bytes().first() else {
        return false;
    };
    first.get(usize::from(b)).is_some_and(|&f| f)
        && (HYPHEN_MARKERS.iter().any(|m| lower.starts_with(m))
            || phrases
                .iter()
                .any(|m| lower.strip_prefix(m).is_some_and(|r| r.starts_with(' '))))
}

/// The ASCII letters that open the words a marker opens with (lower
/// case): each verb of `verbs::BY_VERBS`, spaced, colon and hyphen marker
/// and author label that opens with an ASCII letter, cut before its first
/// byte that is no ASCII letter ("written", "ngu", "autor", "szerz",
/// "un"), gathered once.
fn marker_heads() -> &'static crate::table::WordList {
    static LIST: std::sync::OnceLock<crate::table::WordList> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let heads: Vec<&'static str> = super::verbs::BY_VERBS
            .iter()
            .chain(SPACED_MARKERS)
            .chain(COLON_MARKERS)
            .chain(HYPHEN_MARKERS)
            .chain(super::lone::AUTHOR_LABELS)
            .filter_map(|m| {
                let n = m.bytes().take_while(u8::is_ascii_alphabetic).count();
                m.get(..n).filter(|h| !h.is_empty())
            })
            .collect();
        // Built once for the whole run, like the list's own set.
        crate::table::WordList::new(Box::leak(heads.into_boxed_slice()))
    })
}

/// A necessary condition for a marker at the start of `i` (see
/// `markers::marker`): when `i` opens with a run of ASCII letters followed
/// by an ASCII byte or by nothing, every marker word compared with it
/// (any case) opens with that run whole, so the run lower-cased is one of
/// [`marker_heads`], or it opens with "by" (glued to a name: "ByAlex").
/// Any other opening (a run followed by a character beyond ASCII, which
/// may lower-case to a marker's letter) is not told here: true.
pub(super) fn may_open_marker(i: &str) -> bool {
    let b = i.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if n == 0 || b.get(n).is_some_and(|c| !c.is_ascii()) {
        return true;
    }
    let Some(run) = i.get(..n) else {
        return true;
    };
    run.get(..2).is_some_and(|h| h.eq_ignore_ascii_case("by"))
        || crate::table::pack_lower_ascii(run).is_some_and(|k| marker_heads().contains_packed(k))
}
