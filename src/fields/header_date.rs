//! The published date under a label or after a weekday no lexicon holds
//! ("Biyernes, Marso 14, 2025 - 5:30 PM", "प्रकाशित: बिहीबार, मार्च १३,
//! २०२५ १४:२५"): the date grammar reads the date but not the words before
//! it, and the rules leave the line out before the story. Once the article
//! is assembled, when it has no published date, the first line between its
//! headline and its body that is such a date becomes its published date.

use crate::grammar::date::{DateOptions, parse_date};
use crate::{Article, DateValue, LineRole, RemovalReason, Span};

/// Most words of the label before the date.
const LABEL_WORDS: usize = 2;

/// True for a word of letters alone (a label's or a weekday's).
fn is_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphabetic() || crate::lines::scripts::is_word_mark(c))
}

/// `seg` without a label of one or two words and its colon, when it opens
/// with one.
fn without_label(seg: &str) -> &str {
    match seg.split_once([':', '：']) {
        Some((label, rest))
            if (1..=LABEL_WORDS).contains(&label.split_whitespace().count())
                && label.split_whitespace().all(is_word) =>
        {
            rest.trim_start()
        }
        _ => seg,
    }
}

/// `seg` without a weekday (one word of letters) and its comma, when it
/// opens with one.
fn without_weekday(seg: &str) -> &str {
    match seg.split_once([',', '،', '፣']) {
        Some((day, rest)) if is_word(day.trim()) => rest.trim_start(),
        _ => seg,
    }
}

/// The date of `line` when it is a date the whole line, after a label, a
/// weekday or both ("Label: Weekday, DATE").
pub(crate) fn header_date(line: &str, opts: &DateOptions) -> Option<DateValue> {
    let rest = without_weekday(without_label(line.trim()));
    if rest.len() == line.trim().len() {
        // Nothing unknown before the date: the grammar read the line.
        return None;
    }
    let p = parse_date(rest, opts).ok()?;
    p.rest.trim().is_empty().then_some(p.value.value).flatten()
}

/// Sets `a.published` from the first line between its headline and its
/// body that [`header_date`] reads, when it has none; `text` is the text
/// `a`'s spans point into.
pub(crate) fn read_header_date(a: &mut Article, text: &str, opts: &crate::Options) {
    if a.published.is_some() || a.updated.is_some() {
        return;
    }
    let (Some(title), Some(body)) = (a.spans.title, a.body.first().map(|b| b.span)) else {
        return;
    };
    let dates = super::PageDates::new(text, opts);
    let mut header: Vec<(Span, Option<usize>)> = a
        .lines
        .iter()
        .filter(|l| matches!(l.role, LineRole::Byline | LineRole::Date))
        .map(|l| (l.span, None))
        .chain(a.removed.iter().enumerate().filter_map(|(k, r)| {
            matches!(
                r.reason,
                RemovalReason::BeforeStory | RemovalReason::BylineRepeat | RemovalReason::Label
            )
            .then_some((r.span, Some(k)))
        }))
        .filter(|(s, _)| s.start >= title.end && s.end <= body.start)
        .collect();
    header.sort_by_key(|(s, _)| s.start);
    let found = header
        .into_iter()
        .find_map(|(s, k)| Some((s, k, header_date(s.slice(text)?, dates.get())?)));
    let Some((span, k, value)) = found else {
        return;
    };
    a.published = Some(value);
    a.spans.published = Some(span);
    if let Some(k) = k {
        super::use_removed(a, k, LineRole::Date);
    }
}

#[cfg(test)]
mod tests {
    use super::header_date;
    use crate::DateValue;
    use crate::grammar::date::DateOptions;

    fn day(line: &str) -> Option<String> {
        header_date(line, &DateOptions::default()).map(|v| match v {
            DateValue::Date(d) => d.to_string(),
            DateValue::Local(dt) => dt.date().to_string(),
            DateValue::DateTime(dt) => dt.date_naive().to_string(),
        })
    }

    #[test]
    fn a_date_after_an_unknown_weekday_or_label_is_read() {
        for line in [
            "Biyernes, Marso 14, 2025 - 5:30 PM",
            "Gipatik: Marso 14, 2025",
            "Gipatik: Biyernes, Marso 14, 2025",
        ] {
            assert_eq!(day(line).as_deref(), Some("2025-03-14"), "{line}");
        }
    }

    #[test]
    fn other_lines_are_not() {
        for line in [
            // The grammar reads it (or not) itself.
            "Marso 14, 2025",
            // A sentence before the date.
            "The council will meet again on, Marso 14, 2025",
            // More than a date after the weekday.
            "Biyernes, Marso 14, 2025 in the town hall",
            // A label of three words.
            "Gipatik sa buntag: Marso 14, 2025",
        ] {
            assert_eq!(day(line), None, "{line}");
        }
    }
}
