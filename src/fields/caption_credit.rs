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
    for c in 0..a.captions.len() {
        let Some(end) = a
            .captions
            .get(c)
            .filter(|c| c.credit.is_none())
            .map(|c| c.span.end)
        else {
            continue;
        };
        // The first line after the caption, used or removed.
        let next_used = a
            .lines
            .iter()
            .map(|l| l.span.start)
            .filter(|&s| s >= end)
            .min();
        let under = a
            .removed
            .iter()
            .enumerate()
            .filter(|(_, r)| r.span.start >= end)
            .min_by_key(|(_, r)| r.span.start)
            .filter(|(_, r)| next_used.is_none_or(|u| r.span.start < u))
            .filter(|(_, r)| {
                cut_with_the_end(r.reason)
                    && r.text.split_whitespace().count() <= CREDIT_WORDS
                    && r.text.contains(':')
                    && !opens_with_source_label(&r.text)
            })
            .and_then(|(k, r)| Some((k, parse_credit_line(&r.text).ok()?.value)));
        let Some((k, credit)) = under else {
            continue;
        };
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
