//! Credit recognition: what a photo credit looks like, with or without a
//! marker ("Photo:", "Credit...", "©") or brackets.

use super::clean::clean_credit;
use crate::grammar::agency::canonical_agency;

/// Longest credit body accepted, in bytes.
pub(super) const MAX_CREDIT_BYTES: usize = 120;
/// Most words in a credit body.
const MAX_CREDIT_WORDS: usize = 12;

/// Lower-case words allowed inside a credit ("Name/Bloomberg via Getty Images").
static CONNECTORS: &[&str] = &[
    "via",
    "for",
    "and",
    "of",
    "the",
    "de",
    "del",
    "la",
    "las",
    "los",
    "le",
    "les",
    "van",
    "von",
    "der",
    "den",
    "di",
    "da",
    "du",
    "do",
    "dos",
    "e",
    "y",
    "et",
    "und",
    "für",
    "photo",
    "photos",
    "images",
    "image",
    "courtesy",
    "family",
    "handout",
    "pool",
    "istock",
    "getty",
    "picture-alliance",
    "picture",
    "alliance",
    "file",
    "files",
    "infocom",
];

/// Words that make a name-like group a photo credit.
static PHOTO_WORDS: &[&str] = &[
    "getty",
    "images",
    "image",
    "photo",
    "photos",
    "photography",
    "foto",
    "fotos",
    "shutterstock",
    "alamy",
    "epa",
    "epa-efe",
    "istock",
    "istockphoto",
    "imago",
    "sipa",
    "abaca",
    "wireimage",
    "nurphoto",
    "zuma",
    "keystone",
    "pool",
    "handout",
    "picture-alliance",
    "dpa",
    "unsplash",
    "pexels",
    "supplied",
    "archiv",
    "courtesy",
];

/// Photo words that open a bracketed credit without a colon ("(foto
/// Ansa)", "(Photo AP)"), lower-case with the space after them.
static PHOTO_LABELS: &[&str] = &["photo ", "photos ", "foto ", "fotos "];

pub(super) use super::markers::CREDIT_MARKERS;

/// Markers after which only an agency-like credit is accepted.
fn is_weak_marker(marker: &str) -> bool {
    matches!(marker, "source:" | "quelle:")
}

/// True when a marker ending in a letter ("Photo by") needs white space after it.
pub(super) fn needs_space_after(marker: &str) -> bool {
    marker.ends_with(|c: char| c.is_alphabetic())
}

/// True when `c` may close the caption text right before a glued marker.
pub(super) fn is_boundary_before(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ')' | '|')
}

fn split_pieces(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| c.is_whitespace() || c == '/').map(|w| {
        w.trim_matches(|c: char| {
            matches!(
                c,
                ',' | ';' | '(' | ')' | '"' | '.' | ':' | '«' | '»' | '„' | '“' | '”'
            )
        })
    })
}

/// A credit body: short, name-like words (capitalised, agencies, connectors).
///
/// `credit := piece (ws | "/" | ":" piece){0,11}` where every piece is
/// capitalised, a digit group, a known agency or a connector word.
pub(super) fn is_credit_body(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.len() > MAX_CREDIT_BYTES {
        return false;
    }
    let words = crate::table::words_in(s).count();
    if words > MAX_CREDIT_WORDS {
        return false;
    }
    // Fewer than two letters (read up to the second).
    if s.chars()
        .filter(|&c| crate::lines::text::is_alphabetic(c))
        .nth(1)
        .is_none()
    {
        return false;
    }
    let opens_upper = s.chars().next().is_some_and(char::is_uppercase);
    // (A slash between the photographer and the outlet is no word.)
    let few = words <= 4
        || s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .nth(4)
            .is_none();
    split_pieces(s).all(|p| {
        let Some(first) = p.chars().next() else {
            return true;
        };
        if first.is_uppercase() || first.is_ascii_digit() || !first.is_alphanumeric() {
            return true;
        }
        // Hebrew, Arabic, Georgian, Thai and the Indic scripts have no capitals to
        // show a name (CJK text has no word spaces either: its lines are no
        // credits by their words).
        if matches!(first, '\u{0590}'..='\u{06FF}' | '\u{10D0}'..='\u{10FF}')
            || first.is_alphabetic() && !first.is_lowercase() && !is_cjk(first)
        {
            return true;
        }
        // An organisation's lower-case words after its capitalised first
        // word, in a script other than Latin ("Харківська міська рада").
        if opens_upper && few && !is_latin(first) {
            return true;
        }
        let lower = p.to_lowercase();
        CONNECTORS.contains(&lower.as_str()) || canonical_agency(p).is_some()
    })
}

/// True for a Han, kana or Hangul character.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// True for a Latin letter (ASCII or the Latin blocks up to U+024F and
/// Latin Extended Additional).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// True when a name-like group has a photo-credit word or a known agency.
pub(super) fn has_photo_word(s: &str) -> bool {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            let lower = w.to_lowercase();
            PHOTO_WORDS.contains(&lower.as_str()) || is_agency_token(w)
        })
}

/// An agency name as a credit token: "AP", "AFP", "Reuters", "dpa", but not a
/// title-cased two-letter word ("Pa", "Tt").
fn is_agency_token(w: &str) -> bool {
    canonical_agency(w).is_some()
        && (w.len() > 3 || w.chars().all(|c| c.is_uppercase()) || w == "dpa" || w == "epd")
}

/// True when `s` has a full stop after a word longer than an abbreviation
/// ("Polizeiauto. Foto"), but not after an initial or "Dr." / "St.".
fn has_sentence_break(s: &str) -> bool {
    s.split(|c: char| c.is_whitespace() || c == '/')
        .any(|w| w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() > 3)
}

/// "Outlet: Name" ("Coastline News: Tom Hadley").
fn is_outlet_name(s: &str) -> bool {
    match s.split_once(": ") {
        Some((outlet, name)) => {
            let short = |p: &str| crate::table::words_in(p).count() <= 5;
            short(outlet) && short(name) && is_credit_body(outlet) && is_credit_body(name)
        }
        None => false,
    }
}

/// A party-affiliation or similar bracket: "R-Idaho", "D-N.M.", or a
/// party and a two-letter region code ("Mitte/ZH", "SP/BE"; not an agency
/// behind the bar: "Foto/AP").
fn is_affiliation(s: &str) -> bool {
    let mut chars = s.chars();
    let us = matches!(
        (chars.next(), chars.next()),
        (Some('R' | 'D' | 'I'), Some('-' | '–'))
    );
    let region = s.split_once('/').is_some_and(|(party, code)| {
        code.len() == 2
            && code.bytes().all(|b| b.is_ascii_uppercase())
            && canonical_agency(code).is_none()
            && (1..=12).contains(&party.chars().count())
            && party.chars().all(char::is_alphabetic)
            && party.chars().next().is_some_and(char::is_uppercase)
    });
    us || region
}

/// A credit that stands without a marker ("REUTERS/Name", "AP Photo/Name",
/// "AFP via Getty Images", "Getty Images"); with `allow_agency`, a bare
/// agency name ("AFP") too.
pub(super) fn is_bare_credit(s: &str, allow_agency: bool) -> bool {
    let s = s.trim();
    if !is_credit_body(s) || s.ends_with(':') || s.contains(": ") || has_sentence_break(s) {
        return false;
    }
    if allow_agency && canonical_agency(s).is_some() && crate::table::words_in(s).count() <= 3 {
        return true;
    }
    if let Some((a, b)) = s.split_once('/') {
        let ok = |p: &str| {
            let p = p.trim();
            !p.is_empty() && crate::table::words_in(p).count() <= 5
        };
        return ok(a) && ok(b);
    }
    let lower = s.to_lowercase();
    lower.ends_with("getty images")
        || lower.ends_with("shutterstock")
        || lower.ends_with("alamy stock photo")
        || lower.ends_with("alamy")
        || lower.ends_with(" via ap")
        || lower.ends_with(" via reuters")
        || lower.ends_with(" via afp")
        || (lower.contains(" photo") && has_photo_word(s) && crate::table::words_in(s).count() <= 6)
}

/// The contents of a trailing bracket as a credit, as printed without a
/// "Photo by"/"Photo:" prefix, or `None` when it does not look like one.
pub(super) fn paren_credit(inner: &str) -> Option<String> {
    let inner = inner.trim();
    if inner.is_empty() || inner.len() > MAX_CREDIT_BYTES || is_affiliation(inner) {
        return None;
    }
    // Chinese and Japanese credits close with the photographer's verb
    // ("記者林冠廷攝", "公園處提供": "photographed by", "provided by").
    if let Some(who) = ["攝", "摄", "提供", "撮影"]
        .iter()
        .find_map(|v| inner.strip_suffix(v))
        .map(str::trim)
        // (A space between the desk and the name at most: "新华社记者 程敏".)
        .filter(|w| {
            !w.is_empty()
                && w.chars().count() <= 16
                && !w.contains(['，', '。'])
                && w.split(' ').count() <= 2
        })
    {
        return Some(who.to_string());
    }
    for marker in super::markers::markers_opening(inner) {
        if let Some(body) = strip_prefix_ci(inner, marker) {
            let body = clean_credit(body);
            // After a Japanese or Korean label ("写真：", "사진 =") the
            // credit is written without capitals (and in Japanese without
            // word spaces).
            let cjk_label = marker.ends_with(['：', '=']) && body.chars().count() <= 20;
            return (is_credit_body(&body) || cjk_label && !body.is_empty()).then_some(body);
        }
    }
    // "(foto Ansa)", "(Photo AP)", "(Photo Jane Doe/AP)", "(foto Archivio
    // Gazzettino)": a photo word, then an agency, a "Name/Agency" credit or
    // two to four capitalised words (a name, an archive).
    for word in PHOTO_LABELS {
        if let Some(rest) = strip_prefix_ci(inner, word) {
            let rest = clean_credit(rest);
            if (canonical_agency(&rest).is_some() || rest.contains('/') || capitalised_words(&rest))
                && is_credit_body(&rest)
            {
                return Some(rest);
            }
        }
    }
    let body = clean_credit(inner);
    if canonical_agency(&body).is_some() {
        return Some(body);
    }
    let looks = body.contains('/')
        || body.contains(" via ")
        || has_photo_word(&body)
        || is_outlet_name(&body);
    (looks && is_credit_body(&body)).then_some(body)
}

/// A source named in lower case after a photo marker, as Cyrillic and
/// Greek captions print it ("Фото: пресс-служба театра", "Фото: соцсети"):
/// one to four words of letters and hyphens, of a script other than Latin.
fn is_lower_case_source(s: &str) -> bool {
    let words = crate::table::words_in(s).count();
    (1..=4).contains(&words)
        && s.len() <= 60
        && s.chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() && !is_latin(c) && !is_cjk(c))
        && s.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// Two to four words, each opening with a capital ("Archivio Gazzettino",
/// "Marco Rossi").
fn capitalised_words(s: &str) -> bool {
    let n = crate::table::words_in(s).count();
    (2..=4).contains(&n)
        && crate::table::words_in(s).all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The credit after a marker, cleaned, or `None` when the body is no credit.
pub(super) fn marker_credit(marker: &str, body: &str) -> Option<String> {
    let body = clean_credit(body);
    if !is_credit_body(&body) && (is_weak_marker(marker) || !is_lower_case_source(&body)) {
        return None;
    }
    if is_weak_marker(marker) && !(has_photo_word(&body) || body.contains('/')) {
        return None;
    }
    Some(body)
}

/// `s` without the ASCII-case-insensitive prefix `p`.
pub(super) fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let (head, tail) = s.split_at_checked(p.len())?;
    head.eq_ignore_ascii_case(p).then_some(tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_bodies() {
        assert!(is_credit_body("Kent Nishimura/Bloomberg via Getty Images"));
        assert!(is_credit_body("Jonas Weber/dpa"));
        assert!(!is_credit_body("Farmer Jill Carter checks a dry dam"));
        assert!(!is_credit_body("in Russian"));
        assert!(!is_credit_body("2019"));
        // Scripts without capitals: Thai, Persian, Bengali.
        assert!(is_credit_body("สำนักงานประชาสัมพันธ์จังหวัด"));
        assert!(is_credit_body("ایرنا / محسن رحیمی"));
        assert!(is_credit_body("প্রথম আলো"));
        // Chinese text has no word spaces: its lines are no credits.
        assert!(!is_credit_body("记者在现场拍摄的照片"));
    }

    #[test]
    fn paren_credits() {
        assert_eq!(paren_credit("AP").as_deref(), Some("AP"));
        assert_eq!(
            paren_credit("Photo by Jane Doe/Reuters").as_deref(),
            Some("Jane Doe/Reuters")
        );
        assert_eq!(paren_credit("foto Ansa").as_deref(), Some("Ansa"));
        assert_eq!(paren_credit("Photo AP").as_deref(), Some("AP"));
        // Only an agency or a "Name/Agency" credit loses the photo word.
        assert_eq!(
            paren_credit("Photo Services").as_deref(),
            Some("Photo Services")
        );
        for no in [
            "R-Idaho",
            "Mitte/ZH",
            "SP/BE",
            "BRC",
            "pictured",
            "file",
            "2019",
            "left",
            "in Russian",
            "photo illustration",
        ] {
            assert_eq!(paren_credit(no), None, "{no}");
        }
    }
}
