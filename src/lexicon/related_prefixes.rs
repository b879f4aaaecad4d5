//! The prefixes of an inline link to another story ("Read more:", "Lire
//! aussi :", "Llegiu també:"), in the languages the crate reads.

/// Prefixes that introduce an inline link to another story
/// ("Lesen Sie auch: ...", "Related: ..."): the rest of the line is a related headline.
pub static RELATED_PREFIXES: &[&str] = &[
    "related:",
    "see more:",
    "don't miss:",
    "don’t miss:",
    "must read:",
    "read more:",
    "read also:",
    "also read:",
    "read:",
    "see also:",
    "more:",
    "lesen sie auch:",
    "lesen sie mehr:",
    "mehr dazu:",
    "auch interessant:",
    "lire aussi:",
    "à lire aussi:",
    "a lire aussi:",
    // French typography spaces the colon.
    "lire aussi :",
    "à lire aussi :",
    "a lire aussi :",
    "lire aussi\u{a0}:",
    "à lire aussi\u{a0}:",
    "voir aussi :",
    "voir aussi:",
    "lee también:",
    "lea también:",
    "te puede interesar:",
    "le puede interesar:",
    "también te puede interesar:",
    "leia também:",
    "leia mais:",
    "veja também:",
    "lees ook:",
    "zum thema:",
    "leer más:",
    "más información:",
    "leggi anche:",
    "läs också:",
    "læs også:",
    "les også:",
    "czytaj też:",
    "czytaj także:",
    "weiterlesen:",
    "mehr zum thema:",
    "ilgili haber:",
    "i̇lgili haber:",
    "ilgili haberler:",
    "zobacz również:",
    "zobacz także:",
    "czytaj więcej:",
    "関連記事:",
    "по теме:",
    "читайте также:",
    "читайте також:",
    "اقرأ أيضا:",
    "اقرأ أيضاً:",
    "यह भी पढ़ें:",
    "ये भी पढ़ें:",
    "baca juga:",
    "čtěte také:",
    "čtěte též:",
    "lue myös:",
    "διαβάστε επίσης:",
    "διαβάστε ακόμη:",
    "xem thêm:",
    "đọc thêm:",
    "basahin:",
    "basahin din:",
    "ez is érdekelheti:",
    "קראו גם:",
    "čítajte aj:",
    "citiți și:",
    "läs även:",
    // French with an arrow, Catalan, Croatian, Serbian, Bosnian, Slovenian,
    // Bulgarian, Swahili, Malay and Indonesian, Thai (spaced colon),
    // Persian, Urdu, Bengali, Chinese and Korean (full-width colon)
    "lire aussi >",
    "à lire aussi >",
    "llegiu també:",
    "llegeix també:",
    "vegeu també:",
    "pročitajte i:",
    "pročitajte još:",
    "pročitajte više:",
    "pročitajte:",
    "procitajte i:",
    "procitajte još:",
    "čitajte još:",
    "čitajte i:",
    "preberite še:",
    "preberite tudi:",
    "прочитајте још:",
    "прочитајте и:",
    "прочитајте:",
    "читајте још:",
    "прочетете още:",
    "вижте още:",
    "soma zaidi:",
    "taip pat skaitykite:",
    "skaitykite taip pat:",
    "skaitykite:",
    "mirá también:",
    "leé también:",
    "lea además:",
    "lasiet arī:",
    "lesa einnig:",
    "lexo edhe:",
    "czytaj również:",
    "читай також:",
    "прочитайте також:",
    "vea también:",
    "soma pia:",
    "baca lagi:",
    "lihat juga:",
    "อ่านข่าวเพิ่ม:",
    "อ่านข่าวเพิ่ม :",
    "อ่านเพิ่มเติม:",
    "อ่านเพิ่มเติม :",
    "بیشتر بخوانید:",
    "بخوانید:",
    "مزید پڑھیں:",
    "یہ بھی پڑھیں:",
    "আরও পড়ুন:",
    "আরো পড়ুন:",
    "延伸阅读：",
    "延伸閱讀：",
    "相关阅读：",
    "相關閱讀：",
    "関連記事：",
    "관련기사:",
    "관련 기사:",
    "leia mais:",
    "ver também:",
    "leggi pure:",
    "lees meer:",
    "läs mer:",
    "læs mere:",
    "les mer:",
    "lue lisää:",
    "loe ka:",
    "citește și:",
    "citeste si:",
    "vezi și:",
    "przeczytaj też:",
    "przeczytaj także:",
    "zobacz też:",
    "přečtěte si také:",
    "дивіться також:",
    "смотрите также:",
    "читайте по теме:",
    "tin liên quan:",
    "watch:",
    "listen:",
    "« previous:",
    "previous:",
    "prev:",
    "next:",
    "previous post:",
    "next post:",
    "previous article:",
    "next article:",
    // The previous and next post of a blog in the other languages.
    "vorheriger beitrag:",
    "nächster beitrag:",
    "vorheriger artikel:",
    "nächster artikel:",
    "article précédent:",
    "article précédent :",
    "article suivant:",
    "article suivant :",
    "entrada anterior:",
    "entrada siguiente:",
    "artículo anterior:",
    "artículo siguiente:",
    "articolo precedente:",
    "articolo successivo:",
    "post anterior:",
    "próximo post:",
    "vorige bericht:",
    "volgende bericht:",
    // A bar after the label (Indian dailies: "ALSO READ | ..."), Turkish.
    "also read |",
    "read also |",
    "read more |",
    "must read |",
    "also read|",
    "ilginizi çekebilir:",
    "i̇lginizi çekebilir:",
    "bunlar da ilginizi çekebilir:",
    // Turkish capitals: every "İ" lowers to "i" and a combining dot.
    "i̇lgi̇ni̇zi̇ çekebi̇li̇r:",
    "i̇lgi̇li̇ haber:",
    "i̇lgi̇li̇ haberler:",
    // Georgian, Armenian, Kazakh, Kyrgyz, Welsh, Amharic, and the Indian
    // and Nepali
    // scripts: Marathi, Nepali, Tamil, Telugu, Kannada, Malayalam,
    // Gujarati, Punjabi, Odia.
    "ასევე წაიკითხეთ:",
    "წაიკითხეთ ასევე:",
    "կարդացեք նաև:",
    "тағы оқыңыз:",
    "оқи отырыңыз:",
    "дагы окуңуз:",
    "darllenwch hefyd:",
    "ተጨማሪ ያንብቡ:",
    "हेही वाचा:",
    "हे पण वाचा:",
    "यो पनि पढ्नुहोस्:",
    "यो पनि पढ्नुस्:",
    "इसे भी पढ़ें:",
    "இதையும் படிக்க:",
    "ఇది కూడా చదవండి:",
    "ఇవి కూడా చదవండి:",
    "ಇದನ್ನೂ ಓದಿ:",
    "ഇതുകൂടി വായിക്കൂ:",
    "આ પણ વાંચો:",
    "ਇਹ ਵੀ ਪੜ੍ਹੋ:",
    "ଏହା ବି ପଢନ୍ତୁ:",
    // Luxembourgish "also interesting", Pashto "read more", Yoruba "you
    // can also read", Zulu "read also".
    "och interessant:",
    "نور ولولئ:",
    "ẹ tún lè ka:",
    "funda nana:",
];

/// True when `line` opens with one of [`RELATED_PREFIXES`] ("Read more:",
/// "Lire aussi :"): an inline link to another story.
pub(crate) fn opens_with_related_prefix(line: &str) -> bool {
    let head = crate::table::lower_head(line.trim_start(), 40);
    RELATED_PREFIXES.iter().any(|p| head.starts_with(p))
}

/// True when `line` opens an inline link to another story, with its
/// label's colon ([`opens_with_related_prefix`]) or without it
/// ([`unlabelled_related`]).
pub(crate) fn opens_related_link(line: &str) -> bool {
    opens_with_related_prefix(line)
        || unlabelled_related(line, &crate::table::lower_head(line.trim_start(), 48)).is_some()
}

/// The headline of an inline link whose label is printed without its
/// colon ("Read more Council revokes licence of two agents", "Leia também
/// Chuva forte atinge o litoral"): a label of [`RELATED_PREFIXES`] of two
/// words or more, then a capitalised headline of four to twenty-five words
/// that ends no sentence with a full stop. `lower_head` is the line's head
/// lower-cased (its first 48 characters).
pub(crate) fn unlabelled_related<'a>(line: &'a str, lower_head: &str) -> Option<&'a str> {
    // The labels of two words or more without their colon, by their first
    // byte, built once.
    static BARE: std::sync::OnceLock<crate::table::ByFirstByte> = std::sync::OnceLock::new();
    let by_first = BARE.get_or_init(|| {
        crate::table::ByFirstByte::new(
            RELATED_PREFIXES
                .iter()
                .filter_map(|p| p.strip_suffix(':'))
                .map(str::trim_end)
                .filter(|b| b.contains(' ')),
        )
    });
    let b = *lower_head.as_bytes().first()?;
    by_first.opening_with(b).iter().find_map(|&label| {
        if !lower_head.starts_with(label) {
            return None;
        }
        // The same byte length lower-cased (the head is the line's own).
        let rest = line.trim_start().get(label.len()..)?;
        let rest = rest.strip_prefix(' ')?.trim();
        let words = rest.split_whitespace().count();
        (rest.chars().next().is_some_and(char::is_uppercase)
            && (4..=25).contains(&words)
            && !rest.ends_with('.'))
        .then_some(rest)
    })
}

/// Related labels and headings in more languages.
#[cfg(test)]
mod world {
    use crate::lexicon::{Boiler, boiler};

    #[test]
    fn inline_related_labels_in_more_languages() {
        for line in [
            "Lire aussi > Tram de Liège : les essais de nuit",
            "PROČITAJTE I: Nove linije za Brač",
            "Прочитајте још: Измене линија превоза",
            "อ่านข่าวเพิ่ม : ฝุ่นเกินมาตรฐาน",
            "بیشتر بخوانید: هشدار نارنجی",
            "Soma zaidi: Tozo mpya za magari",
            "Llegiu també: Girona torna a permetre regar",
            "ALSO READ | Two-wheeler sales rise 11% in February",
            "İLGİNİZİ ÇEKEBİLİR: Barajda doluluk yüzde 40'ın altında",
            "ასევე წაიკითხეთ: ექსპორტი გაიზარდა",
            "Тағы оқыңыз: Жәрдемақы қалай рәсімделеді",
            "हेही वाचा: अध्यक्षपद कोणाकडे?",
            "यो पनि पढ्नुहोस्: पुल निर्माणको चरणमा",
            "Կարդացեք նաև: Հավաքականի նոր անուններ",
            "Darllenwch hefyd: Trenau ar y Sul",
            "இதையும் படிக்க: மழை எச்சரிக்கை",
        ] {
            assert!(super::opens_with_related_prefix(line), "{line}");
        }
        assert!(!super::opens_with_related_prefix(
            "Soma ni muhimu kwa watoto"
        ));
    }

    #[test]
    fn related_headings_in_more_languages() {
        for line in [
            "Najčitanije",
            "Најчитаније",
            "Berita Berkaitan",
            "Habari zinazohusiana",
            "ข่าวที่เกี่ยวข้อง",
            "اخبار مرتبط",
            "Notas relacionadas",
            "Més notícies de Girona",
            "El més llegit",
            "More galleries",
        ] {
            assert_eq!(boiler(line), Some(Boiler::RelatedHeader), "{line}");
        }
        assert_eq!(boiler("Més de 300 veïns"), None);
    }
}
