//! A copyright notice read as a caption ("All rights reserved © 2026
//! Site" in a language the footer lexicon lacks: a short text, then a
//! credit that opens with a year), or a footer's row read as one under the
//! story ("Contact the newsroom | Place a notice © Chronicle Ltd 2025",
//! "Testata registrata presso il Tribunale ... P.IVA ..."): taken back
//! into the audit trail as the page's footer once the article is
//! assembled.

use crate::{Article, Caption, RemovalReason};

/// Most words of a caption text that a copyright notice prints before its
/// "©".
const NOTICE_WORDS: usize = 5;

/// Takes each caption of `a` that is a copyright notice ([`is_notice`])
/// into the audit trail as [`RemovalReason::Footer`].
pub(crate) fn drop_footer_captions(a: &mut Article) {
    let end = a
        .body
        .iter()
        .map(|b| b.span.end)
        .max()
        .unwrap_or(usize::MAX);
    let footer = |c: &Caption| is_notice(c) || c.span.start > end && is_footer_row(&c.text);
    if !a.captions.iter().any(footer) {
        return;
    }
    let (notices, kept): (Vec<Caption>, Vec<Caption>) = std::mem::take(&mut a.captions)
        .into_iter()
        .partition(footer);
    a.captions = kept;
    for c in notices {
        let text = match &c.credit {
            Some(credit) => format!("{} © {credit}", c.text),
            None => c.text,
        };
        super::unuse_line(a, c.span, text, RemovalReason::Footer);
    }
}

/// True for a caption whose credit opens with a year (four digits of any
/// script and no letter after them, "© ۲۰۲۶ Site"; "2630ben / Getty" is a
/// photographer's handle) under a text of at most [`NOTICE_WORDS`] words
/// that ends no sentence: a copyright notice. A photo's caption describes
/// the photo in a sentence before its "© 2019 Jane Doe".
fn is_notice(c: &Caption) -> bool {
    let Some(credit) = c.credit.as_deref() else {
        return false;
    };
    let year = credit.chars().take(5).collect::<Vec<char>>();
    let opens_with_year = year.len() >= 4
        && year.iter().take(4).all(|d| d.is_numeric())
        && year.get(4).is_none_or(|c| !c.is_alphanumeric());
    let text = c.text.trim();
    opens_with_year
        && text.split_whitespace().count() <= NOTICE_WORDS
        && !text.ends_with(['.', '!', '?', '。', '।'])
}

/// Words of a company's legal name or registration, lower-case, that a
/// footer prints ("The Karoo Post (Pty) Ltd · Reg. No. ...", "P.IVA").
const LEGAL_WORDS: &[&str] = &[
    "ltd",
    "pty",
    "inc",
    "llc",
    "gmbh",
    "corp",
    "p.iva",
    "reg",
    "abn",
    "registrata",
    "registered",
];

/// Most words of a footer's line with a legal name (a photo's caption
/// names a company in a longer sentence).
const LEGAL_LINE_WORDS: usize = 12;

/// True for a caption text that is a footer's row: a row of links ("|",
/// or " / " twice), or a short line with a company's legal name or
/// registration.
fn is_footer_row(text: &str) -> bool {
    let links = text.contains('|') || text.matches(" / ").count() >= 2;
    links
        || text.split_whitespace().count() <= LEGAL_LINE_WORDS
            && text
                .split(|c: char| !c.is_alphanumeric() && c != '.')
                .map(|w| w.trim_end_matches('.'))
                .any(|w| crate::table::with_lower(w, |l| LEGAL_WORDS.contains(&l)))
}

#[cfg(test)]
mod tests {
    use super::{is_footer_row, is_notice};
    use crate::{Caption, Span};

    fn caption(text: &str, credit: &str) -> Caption {
        Caption::new(text, Some(credit.into()), Span::default())
    }

    #[test]
    fn a_short_text_over_a_year_is_a_notice() {
        assert!(is_notice(&caption(
            "ټول حقونه خوندي دي",
            "۲۰۲۶ د ننګرهار غږ"
        )));
        assert!(is_notice(&caption(
            "Alle Rechte vorbehalten",
            "2026 Nordkurier"
        )));
        assert!(!is_notice(&caption(
            "Fishermen mend their nets on the beach at dawn on Tuesday.",
            "2019 Jane Doe"
        )));
        assert!(!is_notice(&caption("Harbour at dawn", "Jane Doe")));
        assert!(!is_notice(&caption("Harbour at dawn", "20261 Studio")));
        assert!(!is_notice(&caption("Loading...", "2630ben / Getty Images")));
    }

    #[test]
    fn rows_of_links_and_legal_names_are_footer_rows() {
        for t in [
            "Contact the newsroom | Place a notice",
            "The Karoo Post (Pty) Ltd · Reg.",
            "Il Picchio Verde – Testata registrata presso il Tribunale di Ancona n.",
            "Contact / Advertising / Terms of Use / About Us",
        ] {
            assert!(is_footer_row(t), "{t}");
        }
        for t in [
            "Bike-Ausflug ins Grüne",
            "The mayor opens the new bridge on Tuesday.",
            "Either / or: the choice before the council",
            "Samuel Gaston, product manager at Courtesy Garage Ltd, shows the new car to pupils at the school.",
        ] {
            assert!(!is_footer_row(t), "{t}");
        }
    }
}
