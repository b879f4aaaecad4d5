//! A section label printed again above the headline: the site's menu row
//! names every section ("News Local Sport Culture"), and the story's own
//! section stands alone over its headline ("Culture"). An entry of the
//! menu printed again there is the story's section, not one more menu line.

use super::Item;

/// Fewest words of a row that counts as a menu.
const MIN_WORDS: usize = 3;
/// Most words of a section label.
const MAX_WORDS: usize = 3;

/// True when `line` reads as a menu row: three words or more, each opening
/// with a capital letter (or a bar, a middle dot, a bullet or "&" between
/// them), no sentence. Lines reach the rules with their spaces collapsed,
/// so the row's wide gaps are gone; its capitals remain.
pub(crate) fn is_menu_row(line: &str) -> bool {
    let mut words = 0;
    for w in line.split_whitespace() {
        if matches!(w, "|" | "·" | "•" | "&" | "/") {
            continue;
        }
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        words += 1;
    }
    words >= MIN_WORDS && !line.ends_with(['.', '!', '?', ':'])
}

/// True when `label` (a line of at most three words, with three letters or
/// more and no digit) is printed as words of a menu row (see
/// [`is_menu_row`]) among `items[start..end]`, compared case-insensitively.
pub(super) fn is_menu_entry(items: &[Item<'_>], start: usize, end: usize, label: &str) -> bool {
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let want: Vec<String> = label.split_whitespace().map(str::to_lowercase).collect();
    if letters < 3 || label.chars().any(|c| c.is_ascii_digit()) || want.len() > MAX_WORDS {
        return false;
    }
    items
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .filter(|it| is_menu_row(it.text))
        .any(|it| {
            let row: Vec<String> = it.text.split_whitespace().map(str::to_lowercase).collect();
            row.len() > want.len() && row.windows(want.len()).any(|w| w == want.as_slice())
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_menu_row_is_capitalised_words_and_no_sentence() {
        assert!(super::is_menu_row("News Local Sport Culture"));
        assert!(super::is_menu_row("Home | World News · Opinion"));
        assert!(!super::is_menu_row("Subscribe Now"));
        assert!(!super::is_menu_row(
            "Storm closes schools across the region"
        ));
        assert!(!super::is_menu_row("Council Votes To Close Pool."));
    }
}
