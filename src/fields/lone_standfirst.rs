//! A post whose story is one paragraph: the rules take that paragraph,
//! right under the headline, for the standfirst, and find a body further
//! down, among the post's comments and the sidebar under them (a comment,
//! an "About" box). Once the article is assembled, a standfirst of
//! sentences followed by a short body, with a comment section opening
//! before the body's last block and its form lines reaching that block, is
//! the story: it becomes the body's first paragraph, and the body's blocks
//! from the comment section on go back to the audit trail.

use crate::rules::kind::Shape;
use crate::{Article, Block, BlockKind, LineRole, RemovalReason};

/// Fewest words of a standfirst read as the story.
const MIN_WORDS: usize = 20;
/// Most body blocks the rules found for such a post.
const MAX_BODY: usize = 3;
/// Fewest lines of a comment form after the standfirst.
const MIN_FORM: usize = 3;
/// True for a paragraph of sentences of [`MIN_WORDS`] words or more.
fn story_like(t: &str) -> bool {
    let sh = Shape::of(t);
    sh.words >= MIN_WORDS && (sh.terminal || sh.sentences >= 2)
}

/// True for a removed line that opens a comment section: a line of its
/// form, or a line that heads or signs comments
/// ([`super::late_byline::opens_comments`]: "Comments", "2 comments… read
/// them below").
fn opens_comments(r: &crate::Removed) -> bool {
    r.reason == RemovalReason::CommentForm || super::late_byline::opens_comments(&r.text)
}

/// Makes `a`'s standfirst its story when the body the rules found lies
/// among the post's comments (see the module documentation).
pub(crate) fn take_lone_standfirst(a: &mut Article) {
    let (Some(sub), Some(span)) = (a.subtitle.as_deref(), a.spans.subtitle) else {
        return;
    };
    let Some(last) = a.body.last().map(|b| b.span) else {
        return;
    };
    if a.body.len() > MAX_BODY || !story_like(sub) {
        return;
    }
    let later = |s: usize| s >= span.end;
    let forms: Vec<usize> = a
        .removed
        .iter()
        .filter(|r| r.reason == RemovalReason::CommentForm && later(r.span.start))
        .map(|r| r.span.start)
        .collect();
    if forms.len() < MIN_FORM {
        return;
    }
    let Some(start) = a
        .removed
        .iter()
        .filter(|r| later(r.span.start) && opens_comments(r))
        .map(|r| r.span.start)
        .min()
    else {
        return;
    };
    // The comment section opens before the body's last block, and its form
    // reaches that block: a form line before it or right after it.
    let next = a
        .lines
        .iter()
        .map(|l| l.span.start)
        .chain(a.removed.iter().map(|r| r.span.start))
        .filter(|&s| s >= last.end)
        .min()
        .unwrap_or(usize::MAX);
    if start > last.start || !forms.iter().any(|&f| f > start && f <= next) {
        return;
    }
    let text = a.subtitle.take().unwrap_or_default();
    a.spans.subtitle = None;
    super::recast_line(&mut a.lines, span, LineRole::Paragraph);
    let at = a.body.partition_point(|b| b.span.start < span.start);
    a.body
        .insert(at, Block::new(BlockKind::Paragraph, text, span));
    // From the end back: the story's block, before the comments, stays.
    for k in (0..a.body.len()).rev() {
        if a.body.get(k).is_some_and(|b| b.span.start > start) {
            super::unuse_block(a, k, RemovalReason::AfterStory);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::take_lone_standfirst;
    use crate::{Article, Block, BlockKind, LineRole, LineUse, RemovalReason, Removed, Span};

    const POST: &str = "This four-part series from two producers follows three \
                        photographers at work in three cities, and the first episode \
                        airs on Monday night after the news.";

    /// A headline, subtitle `sub`, `forms` comment-form lines, then two
    /// paragraphs (a comment and a sidebar box).
    fn post(sub: &str, forms: usize) -> Article {
        let mut a = Article {
            title: "New series follows photographers".into(),
            subtitle: Some(sub.into()),
            ..Article::default()
        };
        a.spans.title = Some(Span::new(0, 5));
        a.spans.subtitle = Some(Span::new(10, 15));
        a.lines.push(LineUse {
            span: Span::new(0, 5),
            role: LineRole::Title,
        });
        a.lines.push(LineUse {
            span: Span::new(10, 15),
            role: LineRole::Subtitle,
        });
        for k in 0..forms {
            let at = 20 + 10 * k;
            a.removed.push(Removed::new(
                Span::new(at, at + 5),
                "Leave a Reply",
                RemovalReason::CommentForm,
            ));
        }
        for (at, t) in [
            (200, "The video is blocked here, sadly."),
            (300, "This blog is edited by a former photo director."),
        ] {
            a.body
                .push(Block::new(BlockKind::Paragraph, t, Span::new(at, at + 5)));
            a.lines.push(LineUse {
                span: Span::new(at, at + 5),
                role: LineRole::Paragraph,
            });
        }
        a
    }

    #[test]
    fn a_standfirst_over_the_comments_is_the_story() {
        let mut a = post(POST, 3);
        take_lone_standfirst(&mut a);
        assert_eq!(a.subtitle, None);
        assert_eq!(a.spans.subtitle, None);
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(body, [POST]);
        assert_eq!(a.lines.len(), 2);
        let role = a.lines.iter().find(|l| l.span.start == 10).map(|l| l.role);
        assert_eq!(role, Some(LineRole::Paragraph));
        // Nothing is lost: the comment and the box are in the audit trail.
        let after = a
            .removed
            .iter()
            .filter(|r| r.reason == RemovalReason::AfterStory)
            .count();
        assert_eq!(after, 2);
    }

    #[test]
    fn a_short_standfirst_or_no_comment_form_stays() {
        for (sub, forms) in [("Fares rise in April.", 3), (POST, 2)] {
            let mut a = post(sub, forms);
            take_lone_standfirst(&mut a);
            assert_eq!(a.subtitle.as_deref(), Some(sub));
            assert_eq!(a.body.len(), 2);
        }
        // A longer body is the story.
        let mut a = post(POST, 3);
        for at in [400, 500] {
            a.body.push(Block::new(
                BlockKind::Paragraph,
                "More text.",
                Span::new(at, at + 5),
            ));
        }
        take_lone_standfirst(&mut a);
        assert_eq!(a.subtitle.as_deref(), Some(POST));
    }

    #[test]
    fn a_comment_link_over_the_story_is_no_comment_section() {
        // "2 comments" between the standfirst and the body, the form only
        // after a share row under the body's last block.
        let mut a = post(POST, 0);
        let removed = [
            (20, "2 comments", RemovalReason::ShareRow),
            (400, "Share this", RemovalReason::ShareRow),
            (500, "Leave a Reply", RemovalReason::CommentForm),
            (510, "Name *", RemovalReason::CommentForm),
            (520, "Email *", RemovalReason::CommentForm),
        ];
        for (at, t, r) in removed {
            a.removed.push(Removed::new(Span::new(at, at + 5), t, r));
        }
        take_lone_standfirst(&mut a);
        assert_eq!(a.subtitle.as_deref(), Some(POST));
        assert_eq!(a.body.len(), 2);
        // With the form right under the body's last block, the body is the
        // comments'.
        a.removed.retain(|r| r.span.start != 400);
        take_lone_standfirst(&mut a);
        assert_eq!(a.subtitle, None);
        assert_eq!(a.body.len(), 1);
    }
}
