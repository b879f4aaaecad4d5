//! Classifying one line: the grammars tried in turn, cheapest and most
//! telling first, each only when the hints allow it; here those its text
//! alone settles, then ([`super::late`]) those that read the page's date
//! settings.

use super::hints::Hints;
use super::prefix::{Prefixes, strip_prefix_ci};
use super::{Kind, Shape};
use crate::grammar::byline;
use crate::grammar::caption;
use crate::grammar::date::DateOptions;
use crate::grammar::misc;
use crate::lexicon::{self, Boiler};
use std::ops::ControlFlow::{self, Break, Continue};

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
    match classify_early(t) {
        Break(kind) => kind,
        Continue(hints) => super::late::classify_late(t, sh, &hints, dopts, noted),
    }
}

/// [`classify`]'s reading of `t` before any date setting (or its shape) is
/// read: a function of the text alone. The kind when that
/// settles it, else the hints the grammars after it
/// ([`super::late::classify_late`])
/// read.
pub(super) fn classify_early(t: &str) -> ControlFlow<Kind, Hints> {
    if t.is_empty() {
        return Break(Kind::Glyph);
    }
    if !t.chars().any(char::is_alphanumeric) {
        return Break(if is_separator(t) {
            Kind::Separator
        } else {
            Kind::Glyph
        });
    }
    if let Some(b) = lexicon::boiler(t) {
        return Break(Kind::Boiler(b));
    }
    if t.len() > 400 {
        // Every grammar below runs on short lines only.
        return Break(Kind::Text);
    }
    // A web archive record's header printed with the page: no date of the story.
    if t.starts_with(['W', 'C']) && lexicon::is_record_header(t) {
        return Break(Kind::Boiler(Boiler::Label));
    }
    // The lower-cased head, on the stack when its 48 bytes are ASCII.
    let mut head_buf = [0u8; 48];
    let mut head_owned = String::new();
    let head = lower_head_in(t, &mut head_buf, &mut head_owned);
    let hints = Hints::of(t, head);
    if let Some(p) = hints
        .digit
        .then(|| misc::parse_reading_time(t).ok())
        .flatten()
    {
        return Break(Kind::ReadingTime(p.value));
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
        return Break(Kind::AfpHeading(p.value.into()));
    }
    if let Some(p) = marked_start.then(|| misc::parse_bullet(t).ok()).flatten() {
        // A button or label behind a bullet or a player's glyph ("▶ Play
        // episode", "• Share") is the button, no list item.
        if let Some(b) = lexicon::boiler(p.value) {
            return Break(Kind::Boiler(b));
        }
        return Break(Kind::Bullet(p.value.into()));
    }
    // Every tag, section and related prefix ends with a colon, a full-width
    // colon, ">" or "|" (see the test `label_prefixes_hold_a_colon_or_a_bar`):
    // a head without one starts with none.
    let labelled = head.contains([':', '：', '>', '|']);
    if labelled && strip_prefix_ci(t, head, Prefixes::Tag).is_some() {
        return Break(Kind::Tags);
    }
    if let Some(rest) = labelled
        .then(|| strip_prefix_ci(t, head, Prefixes::Section))
        .flatten()
    {
        if !rest.is_empty() && rest.split_whitespace().count() <= 5 {
            return Break(Kind::SectionPrefix(rest.into()));
        }
    }
    if let Some(rest) = labelled
        .then(|| strip_prefix_ci(t, head, Prefixes::Related))
        .flatten()
    {
        let rest = rest.trim_end_matches(['»', '›', '>']).trim();
        if rest.split_whitespace().count() >= 2 {
            return Break(Kind::InlineRelated(rest.into()));
        }
    }
    // The label without its colon ("Read more Council revokes ...").
    if let Some(rest) = (!labelled)
        .then(|| lexicon::unlabelled_related(t, head))
        .flatten()
    {
        return Break(Kind::InlineRelated(rest.into()));
    }
    // A link printed with an arrow ("View this image ›"; a "Next: ... »"
    // link is related, above), or the links to the previous and the next
    // stories, an arrow at each end ("« Vorige | Nächste »").
    if lexicon::is_arrow_pair(t) {
        return Break(Kind::Boiler(lexicon::Boiler::PrevNext));
    }
    if lexicon::is_arrow_link(t) {
        return Break(Kind::Boiler(lexicon::Boiler::Navigation));
    }
    if labelled && lexicon::is_server_error(t) {
        return Break(Kind::Boiler(lexicon::Boiler::Label));
    }
    if let Some(p) = (!hints.byline_start && has_crumb_separator(t))
        .then(|| misc::parse_breadcrumb(t).ok())
        .flatten()
        // "Foto: Jan Nowak / Gazeta": a credit and its outlet, no trail.
        .filter(|p| {
            !(p.value
                .first()
                .is_some_and(|c| c.contains([':', '.']) || caption::opens_with_bare_photo_word(c))
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
            return Break(Kind::Boiler(lexicon::Boiler::Navigation));
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
            return Break(Kind::Boiler(lexicon::Boiler::Navigation));
        }
        if let Some(last) = p.value.last().filter(|_| !writer_first) {
            return Break(Kind::Breadcrumb((*last).into()));
        }
    }
    Continue(hints)
}

/// The lower-cased first 48 characters of `t`, on the stack (in `buf`)
/// when its first 48 bytes are ASCII, in `owned` otherwise.
pub(super) fn lower_head_in<'a>(t: &str, buf: &'a mut [u8; 48], owned: &'a mut String) -> &'a str {
    match t
        .as_bytes()
        .get(..48.min(t.len()))
        .and_then(|h| crate::table::lower_ascii_in(h, buf))
    {
        Some(h) => h,
        None => {
            *owned = lower_head(t);
            owned
        }
    }
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
