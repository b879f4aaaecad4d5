//! How much a line reads as a headline, from its shape and the lines
//! around it (see [`title_score`]).

use super::Item;
use super::item::{
    is_filler, is_menu_like, is_meta, is_prose_text, is_self_description, is_text, names_author,
    next_two, repeats_within,
};
use crate::grammar::byline;
use crate::lexicon::Boiler;
use crate::rules::kind::Kind;

/// Most of the line's words carry digits (score lines, table rows, prices).
fn digit_heavy(text: &str) -> bool {
    let (mut n, mut d) = (0usize, 0usize);
    for w in crate::table::words_in(text).take(30) {
        n += 1;
        if w.chars().any(|c| c.is_ascii_digit()) {
            d += 1;
        }
    }
    n > 0 && d * 5 >= n * 2
}

/// What printing a line again close by adds to its headline score.
/// How often a line is printed on the whole page, and whether before the
/// headline window (the page's title, a teaser list).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Printed {
    pub(super) times: usize,
    pub(super) before: bool,
}

fn repeat_bonus(items: &[Item<'_>], i: usize) -> f32 {
    let Some(it) = items.get(i) else { return 0.0 };
    let mut b = 0.0;
    if repeats_within(items, i, 12) > 0 {
        b += 2.0;
    }
    if next_two(items, i).0.is_some_and(|n| n.text == it.text) {
        b += 3.0;
    }
    b
}

pub(super) fn title_score(
    items: &[Item<'_>],
    i: usize,
    question_ok: bool,
    seen: Printed,
) -> Option<f32> {
    let it = items.get(i)?;
    if let Kind::DateTitle(..) = it.kind {
        return Some(10.0);
    }
    // A headline quoting its speaker behind a speech dash reads as a list
    // item; it is scored as text.
    let text_like = is_text(it) || super::item::quote_headline(items, i);
    if !text_like || it.shape().words > 25 {
        return None;
    }
    // A question or exclamation may be the headline even though it reads as
    // a sentence.
    let question =
        question_ok && it.shape().words <= 20 && it.text.trim_end().ends_with(['?', '!']);
    // A headline ending in a full stop ("They just might be."), an
    // exclamation or a question right above its date or byline.
    // (Asked only of a line that is neither title-like nor a question.)
    let stop_ended = || {
        it.shape().words <= 20
            && it.shape().starts_upper
            && it.text.trim_end().ends_with(['.', '!', '?'])
            // Not a writer's line about themselves ("I cover semiconductors.").
            && !is_self_description(it)
            // Not the standfirst or caption under a headline or inside its header block.
            && !items
                .get(..i)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take(4)
                .find(|p| !is_filler(p))
                .is_some_and(|p| {
                    is_text(p) && p.shape().titleish(p.text) && !crate::lexicon::is_ui_line(p.text)
                        || is_meta(&p.kind)
                })
            && next_two(items, i)
                .0
                .is_some_and(|n| names_author(n) || is_meta(&n.kind))
    };
    // Tested once (it is used twice).
    let titleish = it.shape().titleish(it.text);
    if !(titleish || question || stop_ended()) {
        return None;
    }
    // A line ending with a colon introduces what follows ("Author of the
    // article:"), as the headline ranker's candidates say too; a link
    // printed with an arrow ("« Older post | Main | Newer post »"). (Pure
    // tests, asked after the cheaper ones above: a line that fails either
    // is no candidate.)
    if it.text.trim_end().ends_with([':', '：'])
        || crate::lexicon::is_arrow_link(it.text)
        || crate::lexicon::is_word_menu_row(it.text)
        || crate::lexicon::opens_with_lower_function_word(it.text)
        || crate::lexicon::opens_with_comment_count(it.text)
        || crate::grammar::quantity::parse_quantity(it.text).is_ok()
    {
        return None;
    }
    // (The lines under it, asked once the line is a candidate.)
    let (next, next2) = next_two(items, i);
    // A headline is printed a few times on a page (document title, heading,
    // teasers); a label or a table header many times, and then repetition
    // says nothing.
    let mut s = 1.0f32;
    let rep = repeat_bonus(items, i);
    if seen.times < 4 {
        if rep > 0.0 {
            s += rep;
        } else if seen.before && it.shape().words >= 5 {
            s += 1.5;
        }
    }
    // A sentence-like headline needs its byline or date block right under it.
    if !titleish
        && !next
            .into_iter()
            .chain(next2)
            .any(|n| names_author(n) || is_meta(&n.kind))
    {
        return None;
    }
    if next.is_some_and(names_author) {
        s += 4.0;
    } else if next.is_some_and(|n| is_meta(&n.kind)) {
        s += 3.0;
    } else if next2.is_some_and(|n| is_meta(&n.kind)) {
        s += 2.0;
    }
    // Headline, standfirst, then the byline or date block.
    if next.is_some_and(|n| is_text(n) && n.shape().words >= 6 && n.text != it.text) {
        // A standfirst reads as a sentence; a second headline-like line under
        // a short one is more likely the headline under a label.
        let longer = next.is_some_and(|n| {
            n.shape().words >= it.shape().words + 3 && (n.shape().terminal || n.shape().words >= 16)
        });
        if next2.is_some_and(names_author) || (longer && next2.is_some_and(|n| is_meta(&n.kind))) {
            s += 4.5;
        } else if next2.is_some_and(|n| n.kind.is_header_material()) {
            s += 2.0;
        }
    }
    // A standfirst right under a shorter headline.
    // (Pure tests, the title-case test last.)
    if i > 0
        && (it.shape().terminal || it.shape().words >= 16)
        && next.is_some_and(|n| is_meta(&n.kind))
        && items.get(i - 1).is_some_and(|p| {
            is_text(p) && p.shape().words + 3 <= it.shape().words && p.shape().titleish(p.text)
        })
    {
        s -= 2.0;
    }
    // Interface lines and bylines without "By" are not headlines.
    if crate::lexicon::is_ui_line(it.text) || crate::lexicon::is_count_line(it.text) {
        s -= 4.0;
    }
    // Names alone on their line ("Jane Doe and John Roe", or one name that
    // opens with a common given name) are the byline, not a headline in
    // title case ("Better Student Journalism").
    if it.shape().words <= 12
        && (byline::name_list(it.text).is_some()
            || byline::opens_with_given_name(it.text) && it.is_person_name())
    {
        s -= 4.0;
    }
    if it.text.split_once(',').is_some_and(|(head, tail)| {
        crate::table::words_in(tail).count() <= 4 && byline::is_person_name(head)
    }) {
        s -= 3.0;
    }
    // A line ending in a colon introduces what follows ("Here's why:").
    if it.text.trim_end().ends_with(':') {
        s -= 2.0;
    }
    // Score lines and table rows are not headlines.
    if digit_heavy(it.text) {
        s -= 3.0;
    }
    if items.iter().skip(i + 1).take(3).any(is_prose_text) {
        s += 1.0;
    }
    if (5..=20).contains(&it.shape().words) {
        s += 1.0;
    }
    // A line inside a menu run is not a headline.
    let menu = |k: usize| items.get(k).is_some_and(is_menu_like);
    let prev_menu = i > 0 && menu(i - 1);
    // A share counter ("197 Shares") starts a share row, not more menu.
    let next_menu = menu(i + 1)
        && !items
            .get(i + 1)
            .is_some_and(|n| crate::lexicon::is_count_line(n.text));
    // A line after a run of menu items and before a subscribe button ends the menu.
    let next_subscribe = items
        .get(i + 1)
        .is_some_and(|n| matches!(n.kind, Kind::Newsletter | Kind::Boiler(Boiler::Newsletter)));
    let long_menu_before = i > 2 && prev_menu && menu(i - 2) && menu(i - 3);
    if prev_menu && next_menu && ((i > 1 && menu(i - 2)) || menu(i + 2))
        || long_menu_before && next_subscribe
    {
        s -= 3.0;
    }
    Some(s)
}
