//! The update printed under an unknown label ("Nohavaozina: 15 Desambra
//! 2026, 16:10", "… | Mizajou 15 desanm 2026"): once the article is
//! assembled, a later date printed with a label of its own, on the
//! published date's line (after a separator) or on a line next to it, is
//! the update when the page printed none the lexicon knows; so is a date
//! under an update label the lexicon knows on a line read as a byline.

use crate::grammar::date::{DateOptions, DateRole, parse_date, parse_date_line};
use crate::{Article, DateValue, LineRole, RemovalReason, Span};

/// Most lines between the published date's line and the update's.
const MAX_BETWEEN: usize = 1;
/// Most words of the label before the date.
const LABEL_WORDS: usize = 2;

/// The date and time of `v` (no time for a day alone).
fn instant(v: &DateValue) -> (chrono::NaiveDate, Option<chrono::NaiveTime>) {
    match v {
        DateValue::Date(d) => (*d, None),
        DateValue::Local(dt) => (dt.date(), Some(dt.time())),
        DateValue::DateTime(dt) => (dt.date_naive(), Some(dt.time())),
    }
}

/// True when `v` is later than `p`: a later day, or the same day at a
/// later time, or at a time when `p` gives the day alone.
fn later(v: &DateValue, p: &DateValue) -> bool {
    let ((vd, vt), (pd, pt)) = (instant(v), instant(p));
    vd > pd
        || (vd == pd
            && match (vt, pt) {
                (Some(a), Some(b)) => a > b,
                (Some(_), None) => true,
                _ => false,
            })
}

/// The date of `seg` when it is a label the date grammar does not know (one
/// or two words of letters, with or without a colon) and a date that ends
/// the segment.
fn labelled_date(seg: &str, opts: &DateOptions) -> Option<DateValue> {
    let seg = seg.trim();
    // A label the grammar knows was read with the line.
    if parse_date_line(seg, opts)
        .is_ok_and(|p| p.value.iter().any(|e| e.role != DateRole::Unlabelled))
    {
        return None;
    }
    // (A colon after a digit is a time's: "Atualizado a 2 dezembro 2025, 11:05".)
    let colon = seg
        .split_once([':', '：'])
        .filter(|(l, _)| !l.contains(char::is_numeric));
    let (label, rest) = match colon {
        Some((l, r)) => (l.trim(), r.trim()),
        None => {
            let at = seg.find(|c: char| c.is_numeric())?;
            (seg.get(..at)?.trim(), seg.get(at..)?)
        }
    };
    let words = label.split_whitespace().count();
    let ok = (1..=LABEL_WORDS).contains(&words)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    if !ok {
        return None;
    }
    let p = parse_date(rest, opts).ok()?;
    let ends = p.rest.trim().is_empty();
    if ends { p.value.value } else { None }
}

/// Sets `a.updated` from a later date with an unknown label next to its
/// published date (see the module), `text` being the text `a`'s spans
/// point into.
pub(crate) fn read_later_date(a: &mut Article, text: &str, opts: &crate::Options) {
    if a.updated.is_some() {
        return;
    }
    let (Some(published), Some(ps)) = (a.published, a.spans.published) else {
        return;
    };
    let dates = super::PageDates::new(text, opts);
    // The published line itself: a second segment after a separator.
    let own = ps.slice(text).and_then(|line| {
        line.split(['|', '·', '•'])
            .skip(1)
            .find_map(|seg| labelled_date(seg, dates.get()))
    });
    let update = own
        .map(|v| (v, ps))
        .or_else(|| next_line_date(a, text, ps, &dates));
    if let Some((v, span)) = update.filter(|(v, _)| later(v, &published)) {
        a.updated = Some(v);
        a.spans.updated = Some(span);
        if span != ps {
            mark_date_line(a, span);
        }
    }
}

/// The labelled date of a line next to the published date's line
/// (at most [`MAX_BETWEEN`] lines under it) that the article used as a
/// byline or date line or left out as such.
fn next_line_date(
    a: &Article,
    text: &str,
    ps: Span,
    dates: &super::PageDates<'_>,
) -> Option<(DateValue, Span)> {
    let mut after: Vec<Span> = a
        .lines
        .iter()
        .map(|l| l.span)
        .chain(a.removed.iter().map(|r| r.span))
        .filter(|s| s.start > ps.start)
        .collect();
    after.sort_by_key(|s| s.start);
    after.into_iter().take(MAX_BETWEEN + 1).find_map(|s| {
        let dated = a
            .lines
            .iter()
            .any(|l| l.span == s && matches!(l.role, LineRole::Byline | LineRole::Date))
            || a.removed.iter().any(|r| {
                r.span == s
                    && matches!(
                        r.reason,
                        RemovalReason::BylineRepeat
                            | RemovalReason::BeforeStory
                            | RemovalReason::Label
                    )
            });
        let line = s.slice(text)?;
        dated
            .then(|| labelled_date(line, dates.get()).or_else(|| known_update(line, dates.get())))
            .flatten()
            .map(|v| (v, s))
    })
}

/// The date of a line that opens with an update label the grammar knows
/// ("Atualizado a 2 dezembro 2025, 11:05"), when the rules read the line as
/// a byline.
fn known_update(line: &str, opts: &DateOptions) -> Option<DateValue> {
    let p = parse_date_line(line, opts).ok()?;
    let mut updates = p.value.iter().filter(|e| e.role == DateRole::Updated);
    let first = updates.next()?;
    updates
        .next()
        .is_none()
        .then_some(first.date.value)
        .flatten()
}

/// Makes line `span` of `a` its date line (taken out of the audit trail
/// when it was there).
fn mark_date_line(a: &mut Article, span: Span) {
    if let Some(k) = a.removed.iter().position(|r| r.span == span) {
        super::use_removed(a, k, LineRole::Date);
    }
}
