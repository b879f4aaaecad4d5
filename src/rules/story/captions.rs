//! Captions and their credit lines, and lines printed again near the text
//! (a caption's text, a pull quote).

use super::echo::{Echo, norm_shorter_than};
use super::item::is_text;
use super::{Assign, Item, set};
use crate::RemovalReason;
use crate::grammar::caption::CaptionParts;
use crate::rules::kind::Kind;

/// A caption line followed by its credit line.
pub(super) fn caption_pair(items: &[Item<'_>], assign: &mut [Assign], j: usize) {
    let (Some(it), Some(cr)) = (items.get(j), items.get(j + 1)) else {
        return;
    };
    let credit = match &cr.kind {
        Kind::Credit(c) => Some(c.to_string()),
        _ => None,
    };
    let parts = crate::grammar::caption::parse_caption(it.text)
        .map(|p| p.value)
        .unwrap_or_else(|_| CaptionParts::default());
    let text = if parts.text.is_empty() {
        it.text.to_string()
    } else {
        parts.text
    };
    let c = CaptionParts {
        text,
        credit: credit.or(parts.credit),
        label: parts.label,
    };
    set(assign, j, Assign::Caption(Box::new(c)));
    set(assign, j + 1, Assign::CaptionCredit);
}

/// The agencies of `it` when it is a source line ("Source: Reuters",
/// "Quelle: dpa", "(dpa)").
pub(super) fn source_line(it: &Item<'_>) -> Option<Vec<String>> {
    use crate::grammar::source;
    // (A dashed sign-off, "-- BERNAMA", reads as a list item.)
    if !matches!(it.kind, Kind::Text | Kind::Credit(_) | Kind::Bullet(_))
        || !source::may_be_source_line(it.text)
    {
        return None;
    }
    source::parse_source_line(it.text).ok().map(|p| p.value)
}

/// The agencies of the source line at `j` when it closes the story's text
/// (no prose in the two lines after it): the story's credit, not a credit
/// for a caption above it.
pub(super) fn story_source(items: &[Item<'_>], j: usize) -> Option<Vec<String>> {
    let after = items.get(j + 1..).unwrap_or(&[]);
    if after.iter().take(2).any(super::item::is_prose_text) {
        return None;
    }
    source_line(items.get(j)?)
}

/// The agencies of `it` when it is a source line with a label or a phrase
/// ("Quelle: dpa", not "(dpa)": that may credit a photo above it).
pub(super) fn labelled_source(it: &Item<'_>) -> Option<Vec<String>> {
    if it.text.trim_start().starts_with('(') {
        return None;
    }
    source_line(it)
}

/// True when the line at `j` is an agency's sign-off closing the story's
/// text: its editors' initials joined by slashes ("JMR // ROC", "ayl/sp"),
/// no prose in the two lines after it. It credits no photo above it.
pub(super) fn sign_off(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else {
        return false;
    };
    let after = items.get(j + 1..).unwrap_or(&[]);
    is_initials_line(it.text) && !after.iter().take(2).any(super::item::is_prose_text)
}

/// True for two to four groups of two to five letters of one case joined by
/// slashes and spaces, a slash at least, none an agency ("JMR // ROC",
/// "ayl/sp"; not "AP/DPA").
fn is_initials_line(t: &str) -> bool {
    let t = t.trim();
    if t.len() > 30 || !t.contains('/') {
        return false;
    }
    let groups: Vec<&str> = t
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|g| !g.is_empty())
        .collect();
    let letters =
        |g: &&str| (2..=5).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_alphabetic());
    (2..=4).contains(&groups.len())
        && groups.iter().all(letters)
        && !groups
            .iter()
            .any(|g| crate::grammar::agency::canonical_agency(g).is_some())
        && (groups
            .iter()
            .all(|g| g.bytes().all(|b| b.is_ascii_uppercase()))
            || groups
                .iter()
                .all(|g| g.bytes().all(|b| b.is_ascii_lowercase())))
}

/// The story's credit read from a source line.
pub(super) fn source_credit(credits: Vec<String>) -> Assign {
    let b = crate::grammar::byline::Byline {
        credits,
        ..Default::default()
    };
    Assign::Byline(crate::rules::kind::BylineDates::new(b, []))
}

/// Most words of a caption printed under its credit.
const UNDER_CREDIT_WORDS: usize = 30;

/// True when the credit line at `j` heads the caption under it (printed
/// credit first: "Getty Images", then "Engineers worked through the
/// night"): no caption above waits for a credit, and the next line is a
/// short text that does not end a sentence (a paragraph would).
pub(super) fn credit_over_caption(items: &[Item<'_>], assign: &[Assign], j: usize) -> bool {
    let above_waits =
        j > 0 && matches!(assign.get(j - 1), Some(Assign::Caption(c)) if c.credit.is_none());
    !above_waits
        && items.get(j + 1).is_some_and(|n| {
            is_text(n) && (3..=UNDER_CREDIT_WORDS).contains(&n.shape().words) && !n.shape().terminal
        })
}

/// The credit line at `j` and the caption under it (see
/// [`credit_over_caption`]).
pub(super) fn caption_under_credit(items: &[Item<'_>], assign: &mut [Assign], j: usize) {
    let (Some(Kind::Credit(credit)), Some(cap)) = (items.get(j).map(|i| &i.kind), items.get(j + 1))
    else {
        return;
    };
    let c = CaptionParts {
        text: cap.text.to_string(),
        credit: Some(credit.to_string()),
        label: None,
    };
    set(assign, j, Assign::CaptionCredit);
    set(assign, j + 1, Assign::Caption(Box::new(c)));
}

/// True when the short line at `j` names the desk or place of the byline
/// just above it ("Jane Smith", then "BBC News, Belfast"): not a caption,
/// whatever credit line follows it.
pub(super) fn byline_desk(items: &[Item<'_>], j: usize) -> bool {
    j > 0
        && items.get(j).is_some_and(|it| it.shape().words <= 5)
        && items.get(j - 1).is_some_and(|p| {
            matches!(p.kind, Kind::Byline(_))
                || (matches!(p.kind, Kind::Text) && p.is_person_name())
        })
}

/// A credit line on its own: the credit of the caption just before it.
/// A caption; one printed under its credit ("Image copyright X", then
/// "Image caption Y") takes the credit line just above it when no caption
/// before took it.
pub(super) fn caption_at(
    items: &[Item<'_>],
    assign: &mut [Assign],
    j: usize,
    c: &CaptionParts,
) -> Assign {
    let mut c = c.clone();
    if c.credit.is_none()
        && j > 0
        && let Some(Kind::Credit(cr)) = items.get(j - 1).map(|o| &o.kind)
        && matches!(
            assign.get(j - 1),
            Some(Assign::Removed(RemovalReason::CaptionRepeat))
        )
    {
        c.credit = Some(cr.to_string());
        set(assign, j - 1, Assign::CaptionCredit);
    }
    Assign::Caption(Box::new(c))
}

/// True when the credit line at `k` heads a labelled caption printed under
/// it ("Image caption ..."), or credits a social handle (an embedded post),
/// rather than ending the line above it as its caption.
pub(super) fn credit_heads_caption(items: &[Item<'_>], k: usize) -> bool {
    items.get(k + 1).is_some_and(
        |o| matches!(&o.kind, Kind::Caption(c) if c.credit.is_none() && c.label.is_some()),
    ) || matches!(items.get(k).map(|o| &o.kind), Some(Kind::Credit(c)) if c.starts_with('@'))
}

/// Most words of a subheading [`pull_quote`] leaves to the paragraph under it.
const HEADING_WORDS: usize = 8;

/// Quotation marks that open a pull quote.
const OPENING_QUOTES: &[char] = &['"', '“', '„', '«', '»', '‘', '\'', '「', '『', '‚', '‹'];

pub(super) fn attach_credit(assign: &mut [Assign], j: usize, credit: &str) -> Assign {
    if j > 0 {
        if let Some(Assign::Caption(c)) = assign.get_mut(j - 1) {
            if c.credit.is_none() {
                c.credit = Some(credit.to_string());
                return Assign::CaptionCredit;
            }
        }
    }
    Assign::Removed(RemovalReason::CaptionRepeat)
}

/// True when the text of the line at `j` is printed inside a longer line
/// of text within three lines of it: a pull quote. A short subheading that
/// ends no sentence and opens no quote is no pull quote for the paragraph
/// right under it repeating its words ("Traffic moved to a temporary road"
/// over "... traffic will be moved to a temporary road south of ...").
pub(super) fn pull_quote(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    if it.shape().words < 4 || it.shape().words > 60 {
        return false;
    }
    if it.norm().len() < 12 {
        return false;
    }
    let echo = Echo::new(it.norm());
    let lo = j.saturating_sub(3);
    let heading = it.shape().words <= HEADING_WORDS
        && !it.shape().terminal
        && !it.text.trim_start().starts_with(OPENING_QUOTES);
    (lo..j + 4)
        .filter(|&k| k != j && !(heading && k == j + 1))
        .filter_map(|k| items.get(k))
        .any(|o| is_text(o) && !norm_shorter_than(o, it.norm().len() + 1) && echo.in_(o.norm()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_lines() {
        for t in ["JMR // ROC", "JMR/ROC", "ayl/sp", "ab/cd/ef"] {
            assert!(super::is_initials_line(t), "{t}");
        }
        for t in [
            "AP Photo/Evan Vucci",
            "JMR ROC",
            "Getty/AFP",
            "REUTERS/Hannah Whitley",
            "a/b",
            "AP/DPA",
        ] {
            assert!(!super::is_initials_line(t), "{t}");
        }
    }
}
