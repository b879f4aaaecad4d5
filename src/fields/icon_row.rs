//! A row of share icons printed as letters and glyphs ("f X in ✉", "f 𝕏
//! ✉ 🔗"): no word among them, so no standfirst. The rules may take such a
//! row under the headline for the standfirst; once the article is
//! assembled, it goes back to the audit trail as share buttons.

use crate::{Article, RemovalReason};

/// Fewest icons in a row.
const MIN_ICONS: usize = 3;
/// Most letters of an icon ("f", "in", "X").
const ICON_LETTERS: usize = 2;

/// True for a row of [`MIN_ICONS`] or more icons: each a glyph or at most
/// [`ICON_LETTERS`] letters, no digit.
///
/// ```text
/// row  := icon (ws icon){2,}
/// icon := letter{1,2} | symbol+
/// ```
pub(crate) fn is_icon_row(text: &str) -> bool {
    let icons: Vec<&str> = text.split_whitespace().collect();
    icons.len() >= MIN_ICONS
        && icons.iter().all(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let symbols = w.chars().all(|c| !c.is_alphanumeric());
            !w.chars().any(char::is_numeric)
                && (symbols || (letters == w.chars().count() && letters <= ICON_LETTERS))
        })
        && icons.iter().any(|w| w.chars().any(char::is_alphabetic))
}

/// Takes `a`'s standfirst back into the audit trail when it is a row of
/// share icons ([`is_icon_row`]).
pub(crate) fn drop_icon_subtitle(a: &mut Article) {
    let Some(span) = a.spans.subtitle else {
        return;
    };
    let Some(text) = a.subtitle.take_if(|s| is_icon_row(s)) else {
        return;
    };
    a.spans.subtitle = None;
    super::unuse_line(a, span, text, RemovalReason::ShareRow);
}

#[cfg(test)]
mod tests {
    use super::is_icon_row;

    #[test]
    fn icon_rows() {
        for t in ["f X in ✉", "f 𝕏 ✉ 🔗", "in f X"] {
            assert!(is_icon_row(t), "{t}");
        }
        for t in [
            "f X",
            "A to Z in 3 steps",
            "EU, UK at odds",
            "✉ ✉ ✉",
            "Why it matters",
        ] {
            assert!(!is_icon_row(t), "{t}");
        }
    }
}
