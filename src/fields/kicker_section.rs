//! A section printed alone right over the headline, as one of the site's
//! menu entries ("Opinion" over the headline, "Home News Business Opinion
//! Sports" above it): the rules may leave it out as a label or a menu
//! line. Once the article is assembled, an article without a section takes
//! it, when the menu printed before it holds the same entry.

use crate::{Article, LineRole, RemovalReason, Span};

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

/// True when `line` is a row of entries parted by bars and nothing else
/// ("English | Afaan Oromoo", "Log in | Subscribe"): a section read off it
/// is a weaker reading than a menu's entry printed over the headline.
fn bar_row(line: &str) -> bool {
    line.contains(" | ") && !line.contains(['»', '>', '›', '＞', '/', '→'])
}

/// Sets `a`'s section from the line right over its headline when `a` has
/// none (or only a piece of its published date's line, or the last entry of
/// a row parted by bars further up, [`bar_row`]): the last crumb of a
/// breadcrumb there, or an entry a menu before that line holds
/// ([`menu_holds`]). `text` is the page.
pub(crate) fn read_kicker_section(a: &mut Article, text: &str) {
    let Some(title) = a.spans.title else {
        return;
    };
    // A section read off the published date's line ("Saturday, 15 March
    // 2025 | 09:30") is a piece of the date.
    if a.section.is_some() && a.spans.section.is_some() && a.spans.section == a.spans.published {
        a.section = None;
        a.spans.section = None;
    }
    let weak = a
        .spans
        .section
        .filter(|s| s.slice(text).is_some_and(bar_row))
        .filter(|_| a.section.is_some());
    if a.section.is_some() && weak.is_none() {
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
        take_section(a, k, last, weak, text);
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
    // A kicker in capitals that no lexicon holds for page furniture
    // ("SHOP", "SUBSCRIBE").
    let kicker = shaped
        && capitals(entry)
        && !entry.contains(['<', '>'])
        && crate::lexicon::boiler(entry).is_none()
        && !after_lone_entry(a, start, text);
    if !in_menu && !kicker {
        return;
    }
    let entry = entry.to_string();
    take_section(a, k, entry, weak, text);
}

/// True when the line of the page right before byte `start` is a short
/// entry alone on its line ("PODCASTS" over "CONTRIBUTORS"): a menu printed
/// one entry per line, whose last entry is no kicker.
fn after_lone_entry(a: &Article, start: usize, text: &str) -> bool {
    let before = a
        .lines
        .iter()
        .map(|l| l.span)
        .chain(a.removed.iter().map(|r| r.span))
        .filter(|s| s.end <= start)
        .max_by_key(|s| s.start);
    before.and_then(|s| s.slice(text)).is_some_and(|l| {
        let l = l.trim();
        (1..=MAX_WORDS).contains(&l.split_whitespace().count())
            && !l.contains(['|', '›', '»', '>', '/', '·', '•'])
            && !l.ends_with(['.', '!', '?'])
    })
}

/// True for a kicker in capitals ("WORLD", "DITABA TŠA SELEGAE"): three
/// letters or more, all of them capitals.
fn capitals(entry: &str) -> bool {
    entry.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && entry
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

/// Makes removed line `k` of `a` its section `value`; the row a weaker
/// section came from (`weak`) goes back to the menus.
fn take_section(a: &mut Article, k: usize, value: String, weak: Option<Span>, text: &str) {
    if let Some(r) = super::use_removed(a, k, LineRole::Section) {
        if let Some(w) = weak {
            let row = w.slice(text).unwrap_or_default().trim().to_string();
            super::unuse_line(a, w, row, RemovalReason::Navigation);
        }
        a.spans.section = Some(r.span);
        a.section = Some(value);
    }
}

#[cfg(test)]
mod tests {
    use super::{menu_holds, read_kicker_section};
    use crate::fields::{TestAs as As, test_article};
    use crate::{LineRole, RemovalReason};

    /// The section read over a headline under `lines` (left out as
    /// navigation), the headline then a paragraph.
    fn section_under(lines: &[&str]) -> Option<String> {
        let mut page: Vec<(&str, As)> = lines
            .iter()
            .map(|&l| (l, As::Gone(RemovalReason::Navigation)))
            .collect();
        page.push(("Regatta returns to the river", As::Used(LineRole::Title)));
        page.push((
            "Thousands of people lined the banks of the river on Saturday.",
            As::Body,
        ));
        let (text, mut a) = test_article(&page);
        a.spans.title = a.lines.first().map(|l| l.span);
        read_kicker_section(&mut a, &text);
        a.section
    }

    #[test]
    fn a_kicker_in_capitals_over_the_headline_is_its_section() {
        let menu = "Home | Business | World | Sports";
        assert_eq!(
            section_under(&[menu, "NATIONAL"]).as_deref(),
            Some("NATIONAL")
        );
        assert_eq!(
            section_under(&["Home › News", "DITABA TŠA SELEGAE"]).as_deref(),
            Some("DITABA TŠA SELEGAE")
        );
        // The last entry of a menu printed one entry per line, a kicker in
        // lower case, or a call to action, is none.
        assert_eq!(section_under(&[menu, "PODCASTS", "CONTRIBUTORS"]), None);
        assert_eq!(section_under(&[menu, "National"]), None);
        assert_eq!(section_under(&[menu, "SHOP NOW >"]), None);
    }

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
