//! How a line opens: related-list headings, tag and section labels,
//! interface lines, a server's error messages and prompts to follow the
//! outlet (the inline related links are in `related_prefixes`).

use crate::table::ByFirstByte;
use std::sync::OnceLock;

/// Openings of a related-list heading naming a section or a topic ("More
/// from UK", "More in Politics", "Latest from Sport"), in lower case; "More
/// ... Stories" headings ("More Great Tech Stories", "Latest Business News",
/// "Top Local Stories") count too.
static RELATED_HEADING_PREFIXES: &[&str] = &[
    "read more from ",
    "read more on ",
    "read more about ",
    "more from ",
    "more in ",
    "more on ",
    "more stories from ",
    "more stories in ",
    "latest from ",
    "latest in ",
    "also in ",
    "mehr aus ",
    "mehr zu ",
    "plus de ",
    "más de ",
    "altro da ",
    "altre notizie ",
    "ещё из ",
    "еще из ",
    "більше з ",
    "mer från ",
    "mer fra ",
    "mere fra ",
    "więcej z ",
    "více z ",
    "viac z ",
    "още от ",
    "daugiau iš ",
    "vairāk no ",
    "més notícies de ",
    "más noticias de ",
    "mais notícias de ",
    "meer uit ",
    "više iz ",
    "još iz ",
    "још из ",
    "berita lain ",
    "meer oor ",
    "më shumë nga ",
    "עוד ב",
    "trending on ",
    "trending in ",
    "popular on ",
    "popular in ",
];

/// The first bytes of [`RELATED_HEADING_PREFIXES`] and of "more ",
/// "latest " and "top ".
fn related_first_bytes() -> &'static [bool; 256] {
    static T: OnceLock<[bool; 256]> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = [false; 256];
        for p in RELATED_HEADING_PREFIXES
            .iter()
            .chain(&["more ", "latest ", "top "])
        {
            if let Some(slot) = p
                .as_bytes()
                .first()
                .and_then(|&b| t.get_mut(usize::from(b)))
            {
                *slot = true;
            }
        }
        t
    })
}

/// A short heading (at most five words, no sentence punctuation) opening
/// with a related-list prefix; `k` is the line's lookup key (lower case).
pub(super) fn is_related_heading(k: &str) -> bool {
    // "Read more from Sky News:" introduces its list with a colon.
    let k = match k.strip_suffix(':') {
        Some(h) if k.starts_with("read more ") => h.trim_end(),
        _ => k,
    };
    // A key opening with a byte no prefix (nor "more ") opens with is none;
    // only the prefixes opening with its first byte are tried, and the
    // words are counted (up to the sixth: a long line is no heading) last.
    static BY_FIRST: OnceLock<ByFirstByte> = OnceLock::new();
    let Some(&b) = k.as_bytes().first() else {
        return false;
    };
    related_first_bytes().get(usize::from(b)) == Some(&true)
        && !k.ends_with(['.', '!', '?', ':'])
        && (BY_FIRST
            .get_or_init(|| ByFirstByte::new(RELATED_HEADING_PREFIXES.iter().copied()))
            .opening_with(b)
            .iter()
            .any(|p| {
                k.strip_prefix(p)
                    .is_some_and(|rest| !rest.trim().is_empty())
            })
            || (k.starts_with("more ") || k.starts_with("latest ") || k.starts_with("top "))
                && [" stories", " articles", " news", " reads", " coverage"]
                    .iter()
                    .any(|s| k.ends_with(s)))
        && k.split_whitespace().nth(5).is_none()
}

/// A rail's heading naming its topic in capitals ("More College
/// Basketball", "More Premier League"): "More" and one to three capitalised
/// words, nothing else.
pub(super) fn is_more_heading(line: &str) -> bool {
    let t = line.trim();
    let Some(rest) = t.strip_prefix("More ") else {
        return false;
    };
    let words = rest.split(' ');
    t.len() <= 40
        && (1..=3).contains(&words.clone().count())
        && words.clone().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_alphabetic)
        })
}

/// Prefixes of a tag line ("Tags: a, b, c").
pub static TAG_PREFIXES: &[&str] = &[
    "tags:",
    "tagged:",
    "topics:",
    "keywords:",
    "themen:",
    "schlagwörter:",
    "mots-clés:",
    "etiquetas:",
    "теги:",
    "темы:",
    "tag:",
    "oznake:",
    "ознаке:",
    "tagi:",
    "štítky:",
    "taggar:",
    "tunnisteet:",
    "etiketler:",
    "etichete:",
    "topik:",
    "برچسب‌ها:",
    "الوسوم:",
    "argomenti:",
    "temi:",
    "sujets:",
    "trefwoorden:",
    "onderwerpen:",
    "temas:",
    "assuntos:",
    "tematy:",
    "konular:",
    "теми:",
    "chủ đề:",
    "từ khóa:",
];

/// Prefixes of a section line ("Filed under: Local News").
pub static SECTION_PREFIXES: &[&str] = &[
    "filed under:",
    "section:",
    "category:",
    "categories:",
    "posted in:",
    "rubrik:",
    "ressort:",
    "rubrique:",
    "sección:",
    "part of:",
    "kategori:",
    "kategorie:",
    "kategoria:",
    "kategorija:",
    "categoria:",
    "categoría:",
    "catégorie:",
    "rubriek:",
    "рубрика:",
    "категория:",
];

/// First words of interface lines ("Follow X on Twitter", "About the author",
/// "Updated 3:05 PM", "Cover image: ...") that are never a headline.
pub(crate) static UI_PREFIXES: &[&str] = &[
    "follow ",
    "about ",
    "updated",
    "posted",
    "published",
    "last updated",
    "by ",
    "cover image",
    "photo:",
    "image:",
    "photo by",
    "share ",
    "sign in",
    "sign up",
    "sign out",
    "log in",
    "log out",
    "edit profile",
    "subscribe",
    "click ",
    "download ",
    "watch:",
    "listen:",
    "get the ",
    "more from ",
    "view ",
    "see all",
    "email ",
    "contact ",
    "advertise",
    "something went wrong",
    "work with us",
    "skip to",
    "jump to",
    "zum inhalt",
    "direkt zu",
    "springe zu",
    "aller au ",
    "ir al contenido",
    "saltar al",
    "vai al contenuto",
    "follow",
    "loading",
];

/// True when a line is interface text rather than content (see `UI_PREFIXES`).
pub fn is_ui_line(line: &str) -> bool {
    crate::table::with_lower_in::<256, _>(line.trim_start(), |l| {
        UI_PREFIXES.iter().any(|p| l.starts_with(p))
    })
}

/// The labels a web server's scripting language prints its errors and
/// warnings with, at the top of a broken page.
static SERVER_ERROR_LABELS: &[&str] = &[
    "Deprecated:",
    "Strict Standards:",
    "Warning:",
    "Notice:",
    "Fatal error:",
    "Parse error:",
    "Catchable fatal error:",
];

/// True for an error or warning a page's server printed into it
/// ("Deprecated: Assigning the return value of new by reference is
/// deprecated in /www/wp-settings.php on line 520"): one of the labels, then
/// the file path it names and its line number, ending the line.
pub fn is_server_error(line: &str) -> bool {
    let t = line.trim();
    let labelled = SERVER_ERROR_LABELS
        .iter()
        .any(|l| t.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)));
    labelled
        && t.contains(" in /")
        && t.rsplit_once(" on line ")
            .is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_heading_gate_admits_every_prefix() {
        // `is_related_heading` rules out keys by their first byte.
        for p in RELATED_HEADING_PREFIXES.iter().chain(&["more "]) {
            let first = p.as_bytes().first().copied();
            assert!(
                first.is_some_and(|b| related_first_bytes()[usize::from(b)]),
                "{p}"
            );
        }
        assert!(!related_first_bytes()[usize::from(b'z')]);
    }

    #[test]
    fn more_headings_name_a_topic_in_capitals() {
        for yes in [
            "More College Basketball",
            "More Sports",
            "More Premier League",
        ] {
            assert!(is_more_heading(yes), "{yes}");
        }
        for no in [
            "More rain is expected",
            "More than 300 people",
            "More",
            "More College Basketball Scores Tonight",
            "More: Storm",
        ] {
            assert!(!is_more_heading(no), "{no}");
        }
    }
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    use crate::lexicon::examples::sorts;

    #[test]
    fn server_errors_name_a_file_and_a_line() {
        let yes = [
            "Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/wp-settings.php on line 520",
            "Strict Standards: Redefining already defined constructor for class wpdb in /var/www/wp-includes/wp-db.php on line 306",
            "Warning: Cannot modify header information in /home/site/index.php on line 12",
        ];
        let no = [
            "Warning: storms expected in /r/weather threads on line 5 of the forecast",
            "Warning: heavy rain on the line from Leeds to York",
            "Notice: the office is closed on Monday",
            "Fatal error in the cockpit, the report says",
        ];
        sorts(super::is_server_error, &yes, &no);
    }

    #[test]
    fn is_ui_line() {
        assert!(super::is_ui_line("Follow Jane Doe on Twitter"));
        assert!(!super::is_ui_line("Floods close schools across the region"));
    }
}
