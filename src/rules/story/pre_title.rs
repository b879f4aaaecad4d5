//! The lines above a story's headline: menus, the section label (alone
//! under the menu, an entry of the menu printed again, or a breadcrumb right
//! over the headline), a genre kicker, dates, bylines and captions printed
//! before the headline.

use super::captions::{attach_credit, caption_at};
use super::item::{is_menu_like, soft_removal};
use super::menu_entry::is_menu_entry;
use super::{Assign, Item};
use crate::RemovalReason;
use crate::grammar::agency;
use crate::lexicon;
use crate::rules::kind::{Kind, has_address};

/// True when a short line above the headline reads as the site's name, not
/// a section: "The Millbrook Courier", "The Weekly Wonk", "Tampa Bay Times"
/// (opening with "The", or ending with an outlet's word other than "News"
/// and "Today", which sections end with too: "World News").
fn masthead(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
        return false;
    };
    let last = last.to_lowercase();
    first.eq_ignore_ascii_case("the")
        || !matches!(last.as_str(), "news" | "today")
            && crate::grammar::byline::words::is_outlet_word(&last)
}

/// A line of contact details (an e-mail or web address, see
/// [`has_address`], or a phone number: more than six digits) is no section
/// label.
fn contact(text: &str) -> bool {
    has_address(text) || text.bytes().filter(u8::is_ascii_digit).count() > 6
}

/// Lines above the headline searched for the menu row that names its
/// section label.
const MENU_LOOKBACK: usize = 40;

/// Lines right over the headline where a breadcrumb is the story's own.
const NEAR_CRUMB: usize = 3;

/// The section label over a headline at `t` (lines from `start`): the line
/// right above it when it stands alone under the menu, or is set apart from
/// the menu above it (see [`pre_title`]), reads as text of at most four
/// words, and is no masthead and no contact line.
fn section_label(items: &[Item<'_>], start: usize, t: usize) -> Option<usize> {
    // Run of menu-like lines ending right before the title.
    let mut run_start = t;
    while run_start > start && items.get(run_start - 1).is_some_and(is_menu_like) {
        run_start -= 1;
    }
    let lone_label = t > start && t - run_start == 1;
    // The last line of a longer run, when it is set apart from the menu
    // above it: printed in capitals under a menu with no line in capitals,
    // or an entry of the menu printed again ("Economía" ... "ECONOMÍA" over
    // the title); three letters or more, no digit and no interface word
    // ("Shop", "Events", "Ads").
    let marked_label = t > start + 1
        && t - run_start > 1
        && items.get(t - 1).is_some_and(|last| {
            let menu = || items.get(run_start..t - 1).unwrap_or_default().iter();
            let caps = |x: &str| {
                x.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !x.chars().any(char::is_lowercase)
            };
            let letters = last.text.chars().filter(|c| c.is_alphabetic()).count();
            let ui = last
                .text
                .split_whitespace()
                .any(|w| crate::table::with_lower(w, crate::lexicon::is_not_section_word));
            letters >= 3
                && !ui
                && !last.text.chars().any(|c| c.is_ascii_digit())
                && ((caps(last.text) && menu().all(|m| !caps(m.text)))
                    || menu().any(|m| {
                        m.text
                            .chars()
                            .flat_map(char::to_lowercase)
                            .eq(last.text.chars().flat_map(char::to_lowercase))
                    })
                    || is_menu_entry(items, t.saturating_sub(MENU_LOOKBACK), t - 1, last.text))
        });
    let label = items.get(t.checked_sub(1)?)?;
    // An entry of the menu printed again may read as navigation itself
    // ("Local News").
    let navigation = matches!(label.kind, Kind::Boiler(lexicon::Boiler::Navigation));
    ((lone_label || marked_label)
        && (matches!(label.kind, Kind::Text) || marked_label && navigation)
        && label.shape().words <= 4
        && !masthead(label.text)
        && !contact(label.text))
    .then_some(t - 1)
}

pub(super) fn pre_title(items: &[Item<'_>], assign: &mut [Assign], start: usize, t: usize) {
    // Run of menu-like lines ending right before the title.
    let mut run_start = t;
    while run_start > start && items.get(run_start - 1).is_some_and(is_menu_like) {
        run_start -= 1;
    }
    // A genre kicker over the headline ("Chronique") under the section
    // label ("Idées"): the label above the kicker is the section.
    let kicker = (t >= start + 2).then(|| t - 1).filter(|&k| {
        items
            .get(k)
            .is_some_and(|it| lexicon::is_piece_kind(it.text))
    });
    let (label, kicker) = match kicker.and_then(|k| section_label(items, start, k)) {
        Some(l) => (Some(l), kicker),
        None => (section_label(items, start, t), None),
    };
    let near_crumb = (start.max(t.saturating_sub(NEAR_CRUMB))..t)
        .rev()
        .find(|&i| {
            items
                .get(i)
                .is_some_and(|it| matches!(it.kind, Kind::Breadcrumb(_)))
        });
    for i in start..t {
        let Some(it) = items.get(i) else { continue };
        let a = match &it.kind {
            // Of several breadcrumbs ("Log in | Subscribe" over "Home ›
            // News › Slovakia"), one right over the headline (the first
            // one found gives the section otherwise).
            Kind::Breadcrumb(last) if near_crumb.is_none_or(|c| c == i) => {
                Assign::Section(last.clone())
            }
            Kind::Breadcrumb(_) => Assign::Removed(RemovalReason::Navigation),
            Kind::SectionPrefix(s) => Assign::Section(s.clone()),
            Kind::Date(_) => Assign::LineDates,
            // A desk alone right over the title is the page's content type
            // ("Press release", "News story"), no credit.
            Kind::Byline(bd)
                if i + 1 == t
                    && bd.by.authors.is_empty()
                    && bd
                        .by
                        .credits
                        .iter()
                        .all(|c| agency::canonical_agency(c).is_none()) =>
            {
                Assign::Removed(RemovalReason::Label)
            }
            Kind::Byline(bd) | Kind::DateByline(bd) => Assign::Byline(bd.clone()),
            Kind::ReadingTime(m) => Assign::ReadingTime(*m),
            Kind::Caption(c) => caption_at(items, assign, i, c),
            Kind::Credit(c) => attach_credit(assign, i, c),
            _ if Some(i) == label => Assign::Section(it.text.into()),
            _ if Some(i) == kicker => Assign::Removed(RemovalReason::Label),
            Kind::Text if i >= run_start || is_menu_like(it) => {
                Assign::Removed(RemovalReason::Navigation)
            }
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::BeforeStory)),
        };
        if let Some(slot) = assign.get_mut(i) {
            *slot = a;
        }
    }
}
