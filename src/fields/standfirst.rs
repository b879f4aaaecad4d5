//! A standfirst printed between the headline and a header the rules
//! cannot read (a byline with an unknown marker, a date in an unknown
//! language, a reading time): the rules keep it as the body's first
//! paragraph, above the header. Once the article is assembled, a first
//! paragraph right under the headline, parted from the rest of the body by
//! header lines only (a review's rating among them), is the standfirst.

use crate::{Article, LineRole, RemovalReason};

/// Most words of a standfirst.
const MAX_WORDS: usize = 60;
/// Fewest header lines (other than captions) between the standfirst and
/// the body.
const MIN_HEADER: usize = 2;

/// True for a line the header holds: a byline, a date, a reading time, a
/// caption, or a line the rules left out before the story, as a share
/// row, a label or a photo credit printed again ("Fotos: NAME").
fn header_removed(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::BeforeStory
            | RemovalReason::ShareRow
            | RemovalReason::Label
            | RemovalReason::ReadingTime
            | RemovalReason::BylineRepeat
            | RemovalReason::CaptionRepeat
    )
}

/// True for a line opening with a full date ("26 september 2020 12:07
/// Update: 7 minuten geleden"): a header's date line, no standfirst.
fn dated(t: &str) -> bool {
    let Ok(p) = crate::grammar::date::parse_date(t, &Default::default()) else {
        return false;
    };
    let read = t
        .get(..t.len().saturating_sub(p.rest.len()))
        .unwrap_or_default();
    read.as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

/// Takes `a`'s first body paragraph for its standfirst when `a` has none,
/// the paragraph sits right under the headline, and only header lines
/// ([`MIN_HEADER`] or more besides captions) part it from the next block.
pub(crate) fn take_standfirst(a: &mut Article) {
    if a.subtitle.is_some() || a.body.len() < 3 {
        return;
    }
    let (Some(title), Some(b0), Some(b1)) = (a.spans.title, a.body.first(), a.body.get(1)) else {
        return;
    };
    if b0.kind != crate::BlockKind::Paragraph
        || b0.text.split_whitespace().count() > MAX_WORDS
        || b0.span.start < title.end
        || dated(&b0.text)
    {
        return;
    }
    let (s0, s1) = (b0.span, b1.span);
    let between = |s: usize| s > title.start && s < s0.start;
    // Nothing between the headline and the paragraph.
    if a.lines.iter().any(|l| between(l.span.start))
        || a.removed.iter().any(|r| between(r.span.start))
    {
        return;
    }
    let inside = |s: usize| s > s0.start && s < s1.start;
    let mut header = 0;
    for l in a.lines.iter().filter(|l| inside(l.span.start)) {
        match l.role {
            LineRole::Byline | LineRole::Date | LineRole::ReadingTime => header += 1,
            LineRole::Caption => {}
            _ => return,
        }
    }
    for r in a.removed.iter().filter(|r| inside(r.span.start)) {
        // An editor's note or a correction over the story parts nothing.
        if r.reason == RemovalReason::Disclaimer {
            continue;
        }
        // A review's rating is printed in its header ("Rating: 4/5").
        if !header_removed(r.reason) && crate::grammar::misc::parse_rating(&r.text).is_err() {
            return;
        }
        header += 1;
    }
    if header < MIN_HEADER {
        return;
    }
    let b = a.body.remove(0);
    super::recast_line(&mut a.lines, b.span, LineRole::Subtitle);
    a.spans.subtitle = Some(b.span);
    a.subtitle = Some(b.text);
}

#[cfg(test)]
mod tests {
    use super::take_standfirst;
    use crate::{Article, Block, BlockKind, LineRole, LineUse, RemovalReason, Removed, Span};

    const DEK: &str = "Commuters will pay more from April, the board said.";

    /// A headline, a first paragraph `first`, the lines removed for
    /// `between` (with their reasons), then two paragraphs.
    fn article(first: &str, between: &[RemovalReason]) -> Article {
        let mut a = Article {
            title: "Ferry fares to rise".into(),
            ..Article::default()
        };
        a.spans.title = Some(Span::new(0, 5));
        let use_line = |a: &mut Article, at: usize, role| {
            a.lines.push(LineUse {
                span: Span::new(at, at + 5),
                role,
            });
        };
        use_line(&mut a, 0, LineRole::Title);
        let body = [
            (10, first),
            (100, "The board met on Tuesday."),
            (110, "It voted."),
        ];
        for (at, t) in body {
            a.body
                .push(Block::new(BlockKind::Paragraph, t, Span::new(at, at + 5)));
            use_line(&mut a, at, LineRole::Paragraph);
        }
        for (k, &r) in between.iter().enumerate() {
            let at = 20 + 10 * k;
            a.removed
                .push(Removed::new(Span::new(at, at + 5), "Gant Anna Kerguen", r));
        }
        a
    }

    #[test]
    fn a_paragraph_over_an_unread_header_is_the_standfirst() {
        let mut a = article(
            DEK,
            &[RemovalReason::BeforeStory, RemovalReason::BeforeStory],
        );
        take_standfirst(&mut a);
        assert_eq!(a.subtitle.as_deref(), Some(DEK));
        assert_eq!(a.spans.subtitle, Some(Span::new(10, 15)));
        assert_eq!(a.body.len(), 2);
        let role = a.lines.iter().find(|l| l.span.start == 10).map(|l| l.role);
        assert_eq!(role, Some(LineRole::Subtitle));
    }

    #[test]
    fn a_rating_in_the_header_is_a_header_line() {
        for (glyphs, taken) in [("★★★★☆", true), ("• • •", false)] {
            let mut a = article(
                DEK,
                &[RemovalReason::BeforeStory, RemovalReason::StrayGlyph],
            );
            if let Some(r) = a.removed.get_mut(1) {
                r.text = glyphs.to_string();
            }
            take_standfirst(&mut a);
            assert_eq!(a.subtitle.is_some(), taken, "{glyphs}");
        }
    }

    #[test]
    fn a_photo_credit_in_the_header_is_a_header_line() {
        let mut a = article(
            DEK,
            &[RemovalReason::BeforeStory, RemovalReason::CaptionRepeat],
        );
        take_standfirst(&mut a);
        assert_eq!(a.subtitle.as_deref(), Some(DEK));
    }

    #[test]
    fn a_lede_over_an_advertisement_or_a_lone_line_stays_in_the_body() {
        for between in [
            vec![RemovalReason::Advertisement, RemovalReason::BeforeStory],
            vec![RemovalReason::BeforeStory],
        ] {
            let mut a = article(DEK, &between);
            take_standfirst(&mut a);
            assert_eq!(a.subtitle, None, "{between:?}");
            assert_eq!(a.body.len(), 3);
        }
        // A date line is the header's, no standfirst.
        let mut a = article(
            "26 September 2020 12:07 Update: 7 minutes ago",
            &[RemovalReason::BeforeStory, RemovalReason::BeforeStory],
        );
        take_standfirst(&mut a);
        assert_eq!(a.subtitle, None);
    }
}
