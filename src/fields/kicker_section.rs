//! A section printed alone right over the headline, as one of the site's
//! menu entries ("Opinion" over the headline, "Home News Business Opinion
//! Sports" above it): the rules may leave it out as a label or a menu
//! line. Once the article is assembled, an article without a section takes
//! it, when the menu printed before it holds the same entry.

use crate::{Article, LineRole, RemovalReason};

/// Most words of a section printed over the headline.
const MAX_WORDS: usize = 3;
/// Most characters of it.
const MAX_CHARS: usize = 30;

/// True for a reason the rules give a section printed over the headline.
fn left_out(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::Label
            | RemovalReason::SectionLabel
            | RemovalReason::Navigation
            | RemovalReason::BeforeStory
    )
}

/// True when `menu` holds `entry` as one of its items (items parted by
/// runs of spaces, bars, dots or bullets, or single spaces in a row of
/// capitalised words), `menu` holding more items.
fn menu_holds(menu: &str, entry: &str) -> bool {
    let items: Vec<&str> = menu
        .split(['|', '·', '•', '\t'])
        .flat_map(|p| p.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let words: Vec<&str> = menu.split_whitespace().collect();
    // A row of words each opening with a capital, or of a script without
    // case: menu entries, no sentence.
    let row = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        || crate::lines::scripts::is_uncased(menu);
    let one_word = !entry.contains(char::is_whitespace);
    (items.len() > 2 && items.iter().any(|i| i.eq_ignore_ascii_case(entry)))
        || (one_word
            && row
            && words.len() > 2
            && words.iter().any(|w| w.eq_ignore_ascii_case(entry)))
}

/// Sets `a`'s section from the line right over its headline when `a` has
/// none (or only a piece of its published date's line): the last crumb of
/// a breadcrumb there, or an entry a menu before that line holds
/// ([`menu_holds`]).
pub(crate) fn read_kicker_section(a: &mut Article) {
    let Some(title) = a.spans.title else {
        return;
    };
    // A section read off the published date's line ("Saturday, 15 March
    // 2025 | 09:30") is a piece of the date.
    if a.section.is_some() && a.spans.section.is_some() && a.spans.section == a.spans.published {
        a.section = None;
        a.spans.section = None;
    }
    if a.section.is_some() {
        return;
    }
    // The line right over the headline: removed, nothing used in between.
    let above = a
        .removed
        .iter()
        .enumerate()
        .filter(|(_, r)| r.span.end <= title.start)
        .max_by_key(|(_, r)| r.span.start);
    let Some((k, r)) = above else {
        return;
    };
    if a.lines
        .iter()
        .any(|l| l.span.start > r.span.start && l.span.start < title.start)
    {
        return;
    }
    let entry = r.text.trim();
    // A breadcrumb right over the headline ("Home » World » Europe"; not a
    // "« Previous post | Main" row): its last crumb.
    let crumbs = entry.contains(['»', '>', '›', '＞']) && !entry.contains(['«', '|']);
    if left_out(r.reason)
        && crumbs
        && let Ok(p) = crate::grammar::misc::parse_breadcrumb(entry)
        && let Some(last) = p.value.last().map(|c| c.trim().to_string())
        && !last.is_empty()
    {
        if let Some(r) = super::use_removed(a, k, LineRole::Section) {
            a.spans.section = Some(r.span);
            a.section = Some(last);
        }
        return;
    }
    let shaped = left_out(r.reason)
        && (1..=MAX_WORDS).contains(&entry.split_whitespace().count())
        && entry.chars().count() <= MAX_CHARS
        && entry.chars().any(char::is_alphabetic)
        && !entry
            .chars()
            .any(|c| c.is_numeric() || matches!(c, '.' | ':' | '!' | '?'));
    let start = r.span.start;
    let in_menu = shaped
        && a.removed
            .iter()
            .any(|m| m.span.start < start && menu_holds(&m.text, entry));
    if !in_menu {
        return;
    }
    let entry = entry.to_string();
    if let Some(r) = super::use_removed(a, k, LineRole::Section) {
        a.spans.section = Some(r.span);
        a.section = Some(entry);
    }
}

#[cfg(test)]
mod tests {
    use super::menu_holds;

    #[test]
    fn menus_hold_their_entries() {
        let menu = "Home   News   Business   Opinion   Sports   Life";
        assert!(menu_holds(menu, "Opinion"));
        assert!(menu_holds("ዋና ገጽ | ዜና | ፖለቲካ | ኢኮኖሚ", "ዜና"));
        assert!(menu_holds("Home | Local News | Sport | Arts", "Local News"));
        assert!(!menu_holds(menu, "Opinions"));
        assert!(!menu_holds("Home News", "News"));
        assert!(!menu_holds(
            "Read the latest news and opinion pieces here",
            "news"
        ));
    }
}
