//! A caption's credit cut off with the story's end. A gallery's last
//! caption stands right over the share row, and its credit line ("Image:
//! Supplied") goes with the page's furniture when the rules close the
//! story at the caption. Once the article is assembled, a caption without
//! a credit takes the line right under it when that line, left out, is a
//! photo credit with its marker.

use crate::grammar::caption::parse_credit_line;
use crate::grammar::source::opens_with_source_label;
use crate::{Article, LineRole, RemovalReason};

/// Most words of a credit line under a caption.
const CREDIT_WORDS: usize = 8;

/// True for a reason the rules give a caption's credit line cut with the
/// story's end.
fn cut_with_the_end(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::AfterStory | RemovalReason::Boilerplate | RemovalReason::Footer
    )
}

/// Gives each caption of `a` without a credit the credit on the line right
/// under it, when the rules left that line out with the story's end (see
/// the module docs). A source ("Source: NASA") and a line with no photo
/// marker ("Jane Doe") are no caption's credit.
pub(crate) fn take_cut_caption_credits(a: &mut Article) {
    if !a.captions.iter().any(|c| c.credit.is_none()) {
        return;
    }
    // The starts of the lines used and removed, in page order, read once
    // (a page of thousands of captions reads them once, not per caption).
    let mut used: Vec<usize> = a.lines.iter().map(|l| l.span.start).collect();
    used.sort_unstable();
    let mut removed: Vec<(usize, usize)> = (a.removed.iter().enumerate())
        .map(|(k, r)| (r.span.start, k))
        .collect();
    removed.sort_unstable();
    // (caption, removed line, credit) for each caption given a credit.
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for (c, cap) in a.captions.iter().enumerate() {
        if cap.credit.is_some() {
            continue;
        }
        let end = cap.span.end;
        let next_used = used.get(used.partition_point(|&s| s < end)).copied();
        let Some(&(start, k)) = removed.get(removed.partition_point(|&(s, _)| s < end)) else {
            continue;
        };
        let Some(r) = a.removed.get(k) else { continue };
        let ok = next_used.is_none_or(|u| start < u)
            && cut_with_the_end(r.reason)
            && r.text.split_whitespace().count() <= CREDIT_WORDS
            && r.text.contains(':')
            && !opens_with_source_label(&r.text);
        if let Some(credit) = ok.then(|| parse_credit_line(&r.text).ok()).flatten() {
            found.push((c, k, credit.value));
        }
    }
    // Taken from the last removed line back: the indices before stay.
    found.sort_unstable_by_key(|f| std::cmp::Reverse(f.1));
    found.dedup_by_key(|f| f.1);
    for (c, k, credit) in found {
        if let Some(r) = super::use_removed(a, k, LineRole::Caption)
            && let Some(cap) = a.captions.get_mut(c)
        {
            cap.credit = Some(credit);
            cap.span = crate::Span::new(cap.span.start, r.span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::take_cut_caption_credits;
    use crate::{Article, Caption, LineRole, LineUse, RemovalReason, Removed, Span};

    fn article(under: &str, reason: RemovalReason) -> Article {
        let mut a = Article::default();
        let cap = Span::new(0, 10);
        a.captions
            .push(Caption::new("A runner crosses the line.", None, cap));
        a.lines.push(LineUse {
            span: cap,
            role: LineRole::Caption,
        });
        a.removed
            .push(Removed::new(Span::new(11, 20), under.to_string(), reason));
        a
    }

    #[test]
    fn a_credit_cut_with_the_end_goes_to_its_caption() {
        let mut a = article("Image: Supplied", RemovalReason::AfterStory);
        take_cut_caption_credits(&mut a);
        assert_eq!(a.captions[0].credit.as_deref(), Some("Supplied"));
        assert!(a.removed.is_empty());
        assert_eq!(a.captions[0].span, Span::new(0, 20));
    }

    #[test]
    fn a_source_a_bare_name_or_a_comment_stays_out() {
        for (line, reason) in [
            ("Source: NASA", RemovalReason::AfterStory),
            ("Jane Doe", RemovalReason::AfterStory),
            ("Image: Supplied", RemovalReason::CommentForm),
        ] {
            let mut a = article(line, reason);
            take_cut_caption_credits(&mut a);
            assert_eq!(a.captions[0].credit, None, "{line}");
            assert_eq!(a.removed.len(), 1);
        }
    }
}
