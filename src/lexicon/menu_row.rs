//! A site's menu printed as one line of words, no bars between its
//! entries ("Home News Business Opinion Sports"): a scrape that joins the
//! menu's links with spaces prints it so.

/// The first entry of a site's menu, lower-case ("Home", "Startseite";
/// "Trang chủ" and "Ana sayfa" are read as their first word and the next).
#[rustfmt::skip]
const HOME_WORDS: &[&str] = &[
    "home", "startseite", "accueil", "inicio", "início", "etusivu", "forside", "hjem", "hem",
    "startsida", "главная", "головна", "beranda", "anasayfa", "αρχική", "domů", "főoldal",
    "naslovna", "početna", "avaleht", "pradžia", "sākums", "úvod", "начало", "acasă",
    "startpagina", "inici",
];

/// Menus' first entries of two words, lower-case: the first word, the second.
const HOME_PAIRS: &[(&str, &str)] = &[("trang", "chủ"), ("ana", "sayfa")];

/// True when the lower-cased `key` opens with a menu's first entry and a
/// space ([`HOME_WORDS`], [`HOME_PAIRS`]): the cheap test before
/// [`is_word_menu_row`].
pub(super) fn opens_with_home_word(key: &str) -> bool {
    let Some((first, rest)) = key.split_once(' ') else {
        return false;
    };
    HOME_WORDS.contains(&first)
        || HOME_PAIRS
            .iter()
            .any(|&(a, b)| a == first && rest.split(' ').next() == Some(b))
}

/// A site's menu printed as one line of words ("Home News Business Opinion
/// Sports Life World Video"): opening with the menu's first entry ("Home",
/// "Startseite", see [`HOME_WORDS`]), five words or more, each opening with
/// a capital letter, no function word and no punctuation inside (no
/// breadcrumb: "Inicio / Deportes / Futbol"). A headline in title case
/// holds a function word, or opens otherwise.
pub fn is_word_menu_row(line: &str) -> bool {
    let t = line.trim();
    if t.ends_with(['.', '!', '?', ':', ','])
        || t.bytes().any(|b| b.is_ascii_digit())
        || !crate::table::with_lower(t, opens_with_home_word)
    {
        return false;
    }
    let mut words = 0usize;
    for w in t.split_whitespace() {
        if matches!(w, "|" | "·" | "•" | "&") {
            continue;
        }
        // A breadcrumb's arrows and slashes: the trail names the section.
        // (The second word of a two-word first entry opens lower-case.)
        if !(words == 1 || w.chars().next().is_some_and(char::is_uppercase))
            || w.contains([':', ',', '.', '?', '!', '"', '“', '”', '/', '>', '›', '»'])
            || crate::table::with_lower(w, super::is_stopword)
        {
            return false;
        }
        words += 1;
    }
    words >= 5
}

#[cfg(test)]
mod tests {
    use super::is_word_menu_row;

    #[test]
    fn menu_rows_of_words_are_navigation() {
        for row in [
            "Home News Business Opinion Sports Life World Video Archives",
            "Startseite News Politik Wirtschaft Sport Kultur",
            "Accueil Actualités Politique Économie Sport Culture",
            "Trang chủ Thời Sự Kinh Doanh Thể Thao",
        ] {
            assert!(is_word_menu_row(row), "{row}");
            assert_eq!(
                crate::lexicon::boiler(row),
                Some(crate::lexicon::Boiler::Navigation)
            );
        }
        for line in [
            // Headlines in title case, a breadcrumb, a short row.
            "Home Sales Slump As Rates Climb Higher",
            "Home Is Where The Heart Is",
            "Shareaholic Shares Traffic Sources Data",
            "Inicio / Deportes / Futbol / Liga MX",
            "Home News Sport",
            "Home News Business: Opinion Sports",
        ] {
            assert!(!is_word_menu_row(line), "{line}");
        }
    }
}
