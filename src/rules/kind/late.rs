//! Classifying one line, after what its text alone tells
//! ([`super::classify::classify_early`]): the grammars that read the page's
//! date settings, and the meta, credit, caption and marker tests after
//! them, each only when the hints allow it.

use super::classify::{Noted, lower_head_in};
use super::hints::Hints;
use super::loose::{loose_byline, loose_date, name_then_date, segmented_meta};
use super::{Kind, Shape};
use crate::grammar::byline;
use crate::grammar::caption;
use crate::grammar::date::{self, DateOptions};
use crate::grammar::misc;
use crate::lexicon::{self, Boiler};

/// [`classify`] after [`classify_early`] found the `hints` of `t` and no
/// kind: the grammars that read the page's date settings `dopts`.
pub(super) fn classify_late(
    t: &str,
    sh: &Shape,
    hints: &Hints,
    dopts: &DateOptions,
    noted: &mut Noted,
) -> Kind {
    // Bylines, dates and credit lines are shorter still: the meta grammars run on those only.
    let meta = t.len() <= 250 && sh.words <= 30;
    let mut head_buf = [0u8; 48];
    let mut head_owned = String::new();
    let head = lower_head_in(t, &mut head_buf, &mut head_owned);
    if !meta || !hints.date() {
        // Long lines, or no digit nor relative word: no date line.
    } else if let Ok(p) = date::parse_date_line(t, dopts) {
        let rest = p.rest.trim();
        if rest.is_empty() {
            return Kind::Date(p.value.into());
        }
        if let Ok(b) = byline::parse_byline_after_date(rest) {
            let after = b.rest.trim();
            if after.is_empty() || misc::parse_reading_time(after).is_ok() {
                return Kind::date_byline(p.value, b.value);
            }
        }
        // "13/06/2014 Tony Walsh All, Books", "…/0 Comments/in News /by admin"
        if let Ok(m) = byline::parse_meta_tail(rest) {
            return Kind::date_byline(p.value, m.value);
        }
        // A date line with a little page text after it ("..., UK", "/0 Comments/by admin").
        if sh.words <= 16
            && !(sh.terminal && sh.words > 10)
            && Shape::of(rest).words <= 8
            && !Shape::of(rest).titleish(rest)
        {
            return Kind::Date(p.value.into());
        }
        let label_date = t.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("date "));
        if label_date && Shape::of(rest).titleish(rest) {
            return Kind::DateTitle(Box::new((p.value.into(), rest.into())));
        }
    }
    if let Some(k) = (meta && hints.date())
        .then(|| segmented_meta(t, dopts))
        .flatten()
    {
        return k;
    }
    if let Some(p) = (hints.byline_start
        || crate::table::has_sub(head, "by")
        || crate::table::has_sub(t, "contributed")
        || crate::table::has_sub(head, "assistance"))
    .then(|| byline::parse_trailer(t).ok())
    .flatten()
    {
        return Kind::Trailer(Box::new(p.value));
    }
    // A comment counter glued to the byline's end ("by Outlet 0 Comments").
    // (The count is a run of ASCII digits: none without a digit.)
    let by_line = hints
        .digit
        .then(|| lexicon::strip_trailing_count(t))
        .flatten()
        .unwrap_or(t);
    let parsed = (meta && hints.byline(t)).then(|| byline::parse_byline(by_line));
    noted.no_byline_names = by_line.len() == t.len()
        && parsed
            .as_ref()
            .is_some_and(|p| p.as_ref().is_ok_and(|p| p.value.authors.is_empty()) || p.is_err());
    if let Some(p) = parsed.and_then(Result::ok) {
        let rest = p.rest.trim();
        if rest.is_empty() {
            return Kind::byline(p.value, []);
        }
        // Names and a date, the writer's handle at most after it ("By Jane
        // Doe March 18 at 12:22 PM Follow @janedoe").
        if let Ok(d) = date::parse_date_line(without_handle(rest), dopts) {
            if d.rest.trim().is_empty() {
                return Kind::byline(p.value, d.value);
            }
        }
        // "By Jane Doe, a deputy editor and author of ...": the writer described.
        if hints.byline_start && described(rest) {
            return Kind::byline(p.value, []);
        }
        // Names, then a date and a few page words ("By A - Contributor 2019-11-19T12:48Z Space").
        if let Some(d) = loose_date(rest, dopts) {
            return Kind::byline(p.value, [d]);
        }
        if rest.split_whitespace().count() <= 4 {
            return Kind::byline(p.value, []);
        }
    }
    if let Some(k) = (meta && hints.date())
        .then(|| name_then_date(t, dopts, &mut noted.no_date))
        .flatten()
    {
        return k;
    }
    if let Some(k) = meta.then(|| loose_byline(t, sh.words, dopts)).flatten() {
        return k;
    }
    // Whether the line was found not to be a credit alone.
    let mut not_credit = false;
    // A site's copyright line ("© 2025 City Paper. All rights reserved.",
    // "City Paper © 2025 | 12 Main Street | Advertise | Contact") is its
    // footer, not a photo's credit nor a caption.
    let rights = hints.caption_mark && (lexicon::has_rights_notice(t) || site_footer(t));
    if meta && hints.caption_mark && !rights {
        match caption::parse_credit_line(t) {
            Ok(p) => return Kind::Credit(p.value.into()),
            Err(e) => not_credit = e == caption::CaptionError::NoMatch,
        }
    }
    let caption = if not_credit {
        caption::parse_caption_not_credit
    } else {
        caption::parse_caption
    };
    if let Some(p) = (hints.caption_mark && !rights)
        .then(|| caption(t).ok())
        .flatten()
    {
        return Kind::Caption(Box::new(p.value));
    }
    // The marker lists are searched in the lower-cased line (on the stack:
    // the line has at most 400 bytes here).
    crate::table::with_lower_in::<400, _>(t, |lower| {
        // Each of the three marker lists and the cookie notice's words is
        // searched only when the line holds one of them (one search for
        // the four).
        let any = lexicon::has_any_marker(lower);
        let marked = lower.len() < 300 && any;
        if marked && lexicon::has_comment_marker(lower) {
            return Kind::CommentsHeader;
        }
        if marked && lexicon::has_newsletter_marker(lower) {
            return Kind::Newsletter;
        }
        if lexicon::is_follow_prompt_lower(lower) {
            return Kind::Boiler(Boiler::Share);
        }
        // `is_cookie_notice(t)` on the lower-cased line (short: under its length limit).
        if any && lexicon::is_cookie_notice_lower(lower) {
            return Kind::Footer;
        }
        if marked && lower.len() < 200 && lexicon::has_footer_marker(lower) {
            return Kind::Footer;
        }
        Kind::Text
    })
}

/// `rest` less the social handle ending it and the prompt before the handle
/// ("March 18 at 12:22 PM Follow @janedoe" -> "March 18 at 12:22 PM").
fn without_handle(rest: &str) -> &str {
    let Some((before, handle)) = rest.rsplit_once(' ') else {
        return rest;
    };
    if !handle.starts_with('@') || handle.len() < 2 {
        return rest;
    }
    let before = before.trim_end();
    match before.rsplit_once(' ') {
        Some((date, prompt)) if crate::table::with_lower(prompt, lexicon::is_follow_word) => {
            date.trim_end()
        }
        _ => before,
    }
}

/// True when `rest`, after a byline's names, describes the writer: an
/// article, then a role within four words ("a deputy editor and author of
/// ...", "the paper's chief political correspondent").
fn described(rest: &str) -> bool {
    let mut words = rest.trim_start_matches([',', ' ']).split_whitespace();
    let article = words
        .next()
        .is_some_and(|w| matches!(w, "a" | "an" | "the" | "A" | "An" | "The"));
    article && words.take(4).any(crate::grammar::byline::is_role_word)
}

/// A site's footer line: a copyright notice with the footer's links after
/// bars ("City Paper © 2025 | 12 Main Street | Advertise | Contact"), or
/// opening the line with its year ("© 2025 City Paper"; a photo's credit
/// names its owner first: "© AFP 2025").
fn site_footer(t: &str) -> bool {
    misc::copyright_marked(t)
        && misc::parse_copyright_year(t)
            .is_ok_and(|p| p.span.start == 0 || t.matches(" | ").nth(1).is_some())
}
