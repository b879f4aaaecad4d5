//! Classifying one line: the grammars tried in turn, cheapest and most
//! telling first, each only when the hints allow it.

use super::hints::Hints;
use super::loose::{loose_byline, loose_date, name_then_date, segmented_meta};
use super::prefix::{Prefixes, strip_prefix_ci};
use super::{Kind, Shape};
use crate::grammar::byline;
use crate::grammar::caption;
use crate::grammar::date::{self, DateOptions};
use crate::grammar::misc;
use crate::lexicon::{self, Boiler};

fn is_separator(t: &str) -> bool {
    t.chars().count() <= 12
        && t.chars().all(|c| {
            matches!(
                c,
                '-' | '–' | '—' | '*' | '_' | '=' | '~' | '#' | '•' | '·' | '|' | '/' | ' '
            )
        })
}

/// Lower-cased first 48 characters of `t`, for prefix lookups (`classify`
/// lower-cases the first 48 bytes on the stack when they are ASCII: the
/// same characters).
fn lower_head(t: &str) -> String {
    crate::table::lower_head(t, 48)
}

/// What [`classify`] learnt of a line besides its kind.
#[derive(Debug, Default)]
pub(crate) struct Noted {
    /// [`byline::parse_byline`] ran on the whole line and read no names
    /// (an error, or credits alone).
    pub(crate) no_byline_names: bool,
    /// [`date::find_date`] ran on the whole line and found no date.
    pub(crate) no_date: bool,
}

/// Classifies one cleaned, trimmed, non-empty line; what it learnt of the
/// line on the way goes to `noted`.
pub(crate) fn classify(t: &str, sh: &Shape, dopts: &DateOptions, noted: &mut Noted) -> Kind {
    if t.is_empty() {
        return Kind::Glyph;
    }
    if !t.chars().any(char::is_alphanumeric) {
        return if is_separator(t) {
            Kind::Separator
        } else {
            Kind::Glyph
        };
    }
    if let Some(b) = lexicon::boiler(t) {
        return Kind::Boiler(b);
    }
    if t.len() > 400 {
        // Every grammar below runs on short lines only.
        return Kind::Text;
    }
    // A web archive record's header printed with the page: no date of the story.
    if t.starts_with(['W', 'C']) && lexicon::is_record_header(t) {
        return Kind::Boiler(Boiler::Label);
    }
    // Bylines, dates and credit lines are shorter still: the meta grammars run on those only.
    let meta = t.len() <= 250 && sh.words <= 30;
    // The lower-cased head, on the stack when its 48 bytes are ASCII.
    let mut head_buf = [0u8; 48];
    let head_owned;
    let head: &str = match t
        .as_bytes()
        .get(..48.min(t.len()))
        .and_then(|h| crate::table::lower_ascii_in(h, &mut head_buf))
    {
        Some(h) => h,
        None => {
            head_owned = lower_head(t);
            &head_owned
        }
    };
    let hints = Hints::of(t, head);
    if let Some(p) = hints
        .digit
        .then(|| misc::parse_reading_time(t).ok())
        .flatten()
    {
        return Kind::ReadingTime(p.value);
    }
    // An AFP heading opens with a dash and a list item with its bullet (see
    // the test `bullets_are_marks` in `grammar::misc`): a line opening with
    // a letter or digit is neither.
    let marked_start = t
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric());
    if let Some(p) = marked_start
        .then(|| misc::parse_afp_heading(t).ok())
        .flatten()
    {
        return Kind::AfpHeading(p.value.into());
    }
    if let Some(p) = marked_start.then(|| misc::parse_bullet(t).ok()).flatten() {
        // A button or label behind a bullet or a player's glyph ("▶ Play
        // episode", "• Share") is the button, no list item.
        if let Some(b) = lexicon::boiler(p.value) {
            return Kind::Boiler(b);
        }
        return Kind::Bullet(p.value.into());
    }
    // Every tag, section and related prefix ends with a colon, a full-width
    // colon, ">" or "|" (see the test `label_prefixes_hold_a_colon_or_a_bar`):
    // a head without one starts with none.
    let labelled = head.contains([':', '：', '>', '|']);
    if labelled && strip_prefix_ci(t, head, Prefixes::Tag).is_some() {
        return Kind::Tags;
    }
    if let Some(rest) = labelled
        .then(|| strip_prefix_ci(t, head, Prefixes::Section))
        .flatten()
    {
        if !rest.is_empty() && rest.split_whitespace().count() <= 5 {
            return Kind::SectionPrefix(rest.into());
        }
    }
    if let Some(rest) = labelled
        .then(|| strip_prefix_ci(t, head, Prefixes::Related))
        .flatten()
    {
        let rest = rest.trim_end_matches(['»', '›', '>']).trim();
        if rest.split_whitespace().count() >= 2 {
            return Kind::InlineRelated(rest.into());
        }
    }
    // The label without its colon ("Read more Council revokes ...").
    if let Some(rest) = (!labelled)
        .then(|| lexicon::unlabelled_related(t, head))
        .flatten()
    {
        return Kind::InlineRelated(rest.into());
    }
    // A link printed with an arrow ("View this image ›"; a "Next: ... »"
    // link is related, above), or the links to the previous and the next
    // stories, an arrow at each end ("« Vorige | Nächste »").
    if lexicon::is_arrow_pair(t) {
        return Kind::Boiler(lexicon::Boiler::PrevNext);
    }
    if lexicon::is_arrow_link(t) {
        return Kind::Boiler(lexicon::Boiler::Navigation);
    }
    if labelled && lexicon::is_server_error(t) {
        return Kind::Boiler(lexicon::Boiler::Label);
    }
    if let Some(p) = (!hints.byline_start && has_crumb_separator(t))
        .then(|| misc::parse_breadcrumb(t).ok())
        .flatten()
        // "Foto: Jan Nowak / Gazeta": a credit and its outlet, no trail.
        .filter(|p| {
            !(p.value.first().is_some_and(|c| c.contains([':', '.']))
                && caption::parse_credit_line(t).is_ok())
        })
    {
        // "Karla Meléndez | El Diario del Norte": a writer and the outlet,
        // no trail.
        let writer_first = matches!(p.value.as_slice(), [name, _] if byline::is_person_name(name)
            && byline::opens_with_given_name(name));
        // "EN | FR", "Ћир | Lat": a language or script switch, no trail
        // (in alphabets: a Chinese or Japanese trail's words are short too).
        if p.value.iter().all(|c| {
            c.chars().count() <= 3 && c.chars().all(|ch| ch.is_alphabetic() && ch < '\u{0530}')
        }) {
            return Kind::Boiler(lexicon::Boiler::Navigation);
        }
        // "e-Paper | Subscribe | Sign In", "Abbonati | Accedi": account
        // buttons after the first item, no trail.
        let buttons = p.value.iter().skip(1).any(|c| {
            matches!(
                lexicon::boiler(c),
                Some(lexicon::Boiler::Navigation | lexicon::Boiler::Newsletter)
            )
        });
        if buttons {
            return Kind::Boiler(lexicon::Boiler::Navigation);
        }
        if let Some(last) = p.value.last().filter(|_| !writer_first) {
            return Kind::Breadcrumb((*last).into());
        }
    }
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

/// True when `t` holds '>', '›', '»', '/', '|', '→' or '＞': the ASCII ones
/// found with one byte search, the others by their UTF-8 bytes where a byte
/// that leads them ('»' 0xC2, '›' and '→' 0xE2, '＞' 0xEF) occurs (a lead
/// byte is no continuation byte: its bytes there are the character).
pub(super) fn has_crumb_separator(t: &str) -> bool {
    const WIDE: [&[u8]; 4] = [
        "»".as_bytes(),
        "›".as_bytes(),
        "→".as_bytes(),
        "＞".as_bytes(),
    ];
    let b = t.as_bytes();
    memchr::memchr3(b'>', b'/', b'|', b).is_some()
        || memchr::memchr3_iter(0xC2, 0xE2, 0xEF, b).any(|i| {
            let rest = b.get(i..).unwrap_or_default();
            WIDE.iter().any(|w| rest.starts_with(w))
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
