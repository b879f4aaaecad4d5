//! Boilerplate known by its shape: pipe-separated menu rows, rows of footer
//! links, links printed with an arrow, a photo gallery's counters and its
//! slides' titles.

use super::Boiler;

/// A menu row of links between bars, middle dots or bullets: "Home |
/// World | Business | Sport", "Jornal do Sado · Estatuto editorial · Ficha
/// técnica · Contactos"; four or more entries of one to three words,
/// without digits (times, dates) or sentence punctuation, none a byline
/// ("By ...").
pub(super) fn is_pipe_menu(line: &str) -> bool {
    const SEPARATORS: [char; 3] = ['|', '·', '•'];
    // Four entries need three separators between them: a byte scan for
    // '|' and the last bytes of '·' and '•' first, then the characters.
    let b = line.as_bytes();
    if memchr::memchr3_iter(b'|', 0xB7, 0xA2, b).nth(2).is_none()
        || line.matches(SEPARATORS).nth(2).is_none()
    {
        return false;
    }
    if line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut n = 0usize;
    for item in line.split(SEPARATORS) {
        let item = item.trim();
        let words = item.split_whitespace().count();
        if !(1..=3).contains(&words)
            || item.ends_with(['.', '!', '?', ',', ':'])
            || item.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        {
            return false;
        }
        n += 1;
    }
    n >= 4
}

/// A row of a site's footer links between bars or dots: three items or
/// more, at least two of them a footer's, a menu's or an advertising label
/// (as `class` reads each item), at least one a footer's: "Impressum &
/// Offenlegung · Datenschutz · AGB · Kontakt", "Audience Relations, P.O.
/// Box 500 | Terms of Use | Privacy | Accessibility".
pub(super) fn is_footer_row(line: &str, class: impl Fn(&str) -> Option<Boiler>) -> bool {
    // Each bar holds one of the bytes counted ('|', the last byte of '·'
    // and of '•'; other characters may hold them too): fewer than two of
    // them, fewer than two bars, told without decoding a character.
    if line
        .bytes()
        .filter(|&b| matches!(b, b'|' | 0xB7 | 0xA2))
        .count()
        < 2
    {
        return false;
    }
    let bars = line.split(['|', '·', '•']);
    if bars.clone().nth(2).is_none() {
        return false;
    }
    let (mut links, mut footer) = (0usize, false);
    for item in bars.map(str::trim).filter(|i| !i.is_empty()) {
        match class(item) {
            Some(Boiler::Footer) => {
                footer = true;
                links += 1;
            }
            Some(Boiler::Navigation | Boiler::Advertisement) => links += 1,
            _ => {}
        }
    }
    footer && links >= 2
}

/// A link printed with an arrow: "« Older post | Main | Newer post »",
/// "All Trailers→", "SHOP NOW >", "‹ Back". A line that quotes in
/// guillemets ("« Nous partons » : ...") is no link.
pub fn is_arrow_link(line: &str) -> bool {
    arrows(line).is_some_and(|(opens, closes)| opens || closes)
}

/// True for the links to the previous and the next story on one line, an
/// arrow at each end: "« Vorige | Nächste »", "« Older | Main | Newer »".
pub fn is_arrow_pair(line: &str) -> bool {
    arrows(line).is_some_and(|(opens, closes)| opens && closes)
}

/// Whether `line` opens and closes with a link's arrow; `None` for a line
/// that quotes in guillemets.
fn arrows(line: &str) -> Option<(bool, bool)> {
    let t = crate::lines::text::trim(line);
    let opens = ["« ", "‹ ", "← ", "<< ", "< "]
        .iter()
        .any(|p| t.starts_with(p));
    let closes = [" »", " ›", "→", " >>", " >"]
        .iter()
        .any(|p| t.ends_with(p));
    if !opens && !closes {
        return Some((false, false));
    }
    let quoted = t
        .find('«')
        .is_some_and(|at| t.get(at..).is_some_and(|r| r.contains('»')))
        && !t.contains('|');
    (!quoted).then_some((opens, closes))
}

/// A photo gallery's counter: "Image 1 of 12", "Photo 3/8", "1 / 1", "2 of 5"
/// (`k` in lower case).
pub(super) fn is_gallery_counter(k: &str) -> bool {
    let rest = ["image ", "photo ", "picture ", "slide ", "foto ", "bild "]
        .iter()
        .find_map(|p| k.strip_prefix(p))
        .unwrap_or(k);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let num = |w: &str| {
        let w = w.trim();
        !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit())
    };
    if let Some((a, b)) = rest.split_once('/') {
        return num(a) && num(b);
    }
    let mut words = rest.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some(a), Some("of" | "von" | "de" | "di" | "из"), Some(b), None) if num(a) && num(b)
    )
}

/// A gallery slide's headline under its counter: "2/50 Star Wars boosts
/// economy" (the counter `k/n` with `1 <= k <= n`, `n` at least 3, then a
/// space and a capital). A fraction before a lower-case word ("1/4 cup"),
/// a date ("11/20/2019") or "24/7" is none.
pub(super) fn is_slide_title(line: &str) -> bool {
    let t = line.trim_start();
    let num = |s: &str| -> Option<(u32, usize)> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        let v = s
            .get(..n)
            .filter(|d| (1..=3).contains(&d.len()))?
            .parse()
            .ok()?;
        Some((v, n))
    };
    let Some((k, a)) = num(t) else {
        return false;
    };
    let Some(rest) = t.get(a..).and_then(|r| r.strip_prefix('/')) else {
        return false;
    };
    let Some((n, b)) = num(rest) else {
        return false;
    };
    let Some(after) = rest.get(b..) else {
        return false;
    };
    (1..=n).contains(&k)
        && n >= 3
        && after.starts_with(' ')
        && after.trim_start().starts_with(char::is_uppercase)
}

/// Words of a site's shop, adverts, events and account menus, lower-case:
/// a line holding one is no section label.
static NOT_SECTION_WORDS: &[&str] = &[
    "shop",
    "store",
    "deals",
    "sale",
    "ads",
    "ad",
    "advertisement",
    "events",
    "event",
    "jobs",
    "careers",
    "articles",
    "login",
    "subscribe",
    "contact",
    "search",
    "menu",
    "home",
    "account",
    "freebies",
    "products",
    "produkte",
    "archive",
    "archiv",
    "blog-archiv",
];

/// True for a line of a web archive record's header printed with the page
/// (a WARC or WET record dumped whole): "WARC/1.0", "WARC-Date: ...",
/// "WARC-Target-URI: ...", and the record's "Content-Type: text/plain" and
/// "Content-Length: 4873".
pub fn is_record_header(line: &str) -> bool {
    let t = line.trim();
    if let Some(v) = t.strip_prefix("WARC/") {
        return v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    }
    if let Some(rest) = t.strip_prefix("WARC-") {
        return rest.split_once(": ").is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        });
    }
    if let Some(n) = t.strip_prefix("Content-Length: ") {
        return !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    }
    t.strip_prefix("Content-Type: ")
        .is_some_and(|v| v.starts_with("text/") || v.starts_with("application/"))
}

/// True for a lower-case word of [`NOT_SECTION_WORDS`].
pub fn is_not_section_word(lower: &str) -> bool {
    NOT_SECTION_WORDS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Boiler, boiler};

    /// The footer row's byte count holds each bar once.
    #[test]
    fn each_bar_holds_one_counted_byte() {
        for bar in ['|', '·', '•'] {
            let mut buf = [0u8; 4];
            let counted = bar
                .encode_utf8(&mut buf)
                .bytes()
                .filter(|&b| matches!(b, b'|' | 0xB7 | 0xA2))
                .count();
            assert_eq!(counted, 1, "{bar}");
        }
        let never = |l: &str| !is_footer_row(l, |_| Some(Boiler::Footer));
        assert!(never("Privacy · Terms") && never("ķ â Contact | Imprint"));
        assert!(!never("Privacy · Terms • Contact"));
    }

    #[test]
    fn a_slide_headline_under_its_counter_is_gallery_furniture() {
        for l in [
            "2/50 Star Wars boosts economy",
            "10/12 Über den Wolken",
            " 3/3 Final slide",
        ] {
            assert_eq!(boiler(l), Some(Boiler::Label), "{l}");
        }
        for l in [
            "1/4 cup sugar",
            "1/2 Cup flour",
            "11/20/2019 01:14 PM",
            "24/7 News",
            "9/11: Tragedy",
            "0/5 Nothing yet",
            "1/1000 Chance",
            "2/50",
        ] {
            assert!(!is_slide_title(l), "{l}");
        }
    }
}

/// The examples of this module's functions.
#[cfg(test)]
mod examples {
    use crate::lexicon::examples::sorts;

    #[test]
    fn record_headers_are_the_archive_s_own_lines() {
        let yes = [
            "WARC/1.0",
            "WARC-Date: 2025-03-14T06:41:22Z",
            "WARC-Target-URI: http://example.com/a",
            "Content-Length: 4873",
            "Content-Type: text/plain",
        ];
        let no = [
            "WARC members rejected the plan on Monday.",
            "WARC-Date:2025",
            "Content-Length: many",
            "Content-Type: opinion",
            "WARC/one",
        ];
        sorts(super::is_record_header, &yes, &no);
    }

    #[test]
    fn pipe_menus_are_navigation() {
        assert_eq!(
            crate::lexicon::boiler("Home | World | Business | Sport"),
            Some(crate::lexicon::Boiler::Navigation)
        );
        assert_eq!(crate::lexicon::boiler("News | Local | Sport"), None);
        assert_eq!(
            crate::lexicon::boiler("By Jane Doe | CNN | Politics | Opinion"),
            None
        );
        assert_eq!(
            crate::lexicon::boiler("Jane Doe | CNN | Updated 5:53 PM | Politics"),
            None
        );
        assert_eq!(
            crate::lexicon::boiler("He said | she said it was over. | Then"),
            None
        );
    }

    #[test]
    fn links_printed_with_an_arrow() {
        let yes = [
            "« Older post title | Main | Newer post title »",
            "All Trailers→",
            "SHOP NOW >",
            "‹ Back to the blog",
            "Next: Road work to close the bridge »",
        ];
        let no = [
            "« Nous ne pouvons plus vivre » : les agriculteurs bloquent Bruxelles",
            "Il a dit : « Nous partons »",
            "»Einfach kein Geld mehr, um die Miete zu zahlen«",
            "«Wir waren fast 40 Tage in Quarantäne»",
            "Storm closes schools",
        ];
        sorts(super::is_arrow_link, &yes, &no);
        sorts(
            crate::lexicon::opens_with_lower_function_word,
            &[
                "in Featured Article ServiceWorkers WebAPI",
                "on Politics",
                "by Jane Doe",
            ],
            &[
                "iPhone 14: Warum sich das Warten lohnt",
                "kein App Store mehr",
                "In Kyiv",
            ],
        );
        let pairs = ["« Vorige | Nächste »", "« Older post | Main | Newer post »"];
        sorts(
            super::is_arrow_pair,
            &pairs,
            &["View this image ›", "‹ Back"],
        );
    }
}
