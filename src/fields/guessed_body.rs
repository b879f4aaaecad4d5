//! A story left without a body (its headline and byline found among page
//! furniture, its text read as a caption or as furniture) takes the page's
//! first prose the fields left out: the first line of sentences, and the
//! prose right after it, as [`crate::Warning::BodyGuessed`] says. Nothing
//! is made up: the lines come from the audit trail or the captions, in page
//! order, and go back there no more.

use crate::rules::kind::{Shape, has_address};
use crate::{Article, Block, BlockKind, LineRole, RemovalReason, Warning};

/// Fewest words of the prose line that opens a guessed body.
const OPENING_WORDS: usize = 12;
/// Fewest words of a prose line that continues it.
const FOLLOWING_WORDS: usize = 6;

/// True for a reason given to text the fields did not place (where a
/// story's text ends up when the story was not found): not comments,
/// forms, notices or another story's lines.
fn unplaced(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::BeforeStory | RemovalReason::AfterStory | RemovalReason::Boilerplate
    )
}

/// True for a line of prose of `min` words or more: sentences, opening
/// with a capital (or in a script without case), no address, and no cue
/// of a notice, a prompt, a comment or a link ([`furniture_cued`]).
fn prose(t: &str, min: usize) -> bool {
    let sh = Shape::of(t);
    sh.words >= min
        && (sh.terminal || sh.sentences >= 2)
        && (sh.starts_upper || crate::lines::scripts::is_uncased(t))
        && !has_address(t)
        && !furniture_cued(t)
}

/// True for a line with a cue of page furniture anywhere (a copyright or
/// cookie notice, a subscription prompt, a comment, a link to another
/// story, a social network) or opening with interface words ("Follow").
fn furniture_cued(t: &str) -> bool {
    use crate::features::Cue;
    let c = crate::features::cues(t);
    c.opens_with(Cue::Interface)
        || [
            Cue::Footer,
            Cue::Cookie,
            Cue::Newsletter,
            Cue::Comment,
            Cue::Related,
            Cue::Social,
        ]
        .into_iter()
        .any(|k| c.has(k))
}

/// One line a guessed body may take: removed line `at`, or caption `at`
/// when `caption`; whether it may continue a guessed body and open one.
struct Candidate {
    at: usize,
    start: usize,
    caption: bool,
    words_ok: bool,
    opens: bool,
}

/// Fills `a.body` from its first prose left out when it has none.
pub(crate) fn guess_empty_body(a: &mut Article) {
    if !a.body.is_empty() {
        return;
    }
    let candidate = |at: usize, start: usize, caption: bool, t: &str| Candidate {
        at,
        start,
        caption,
        words_ok: prose(t, FOLLOWING_WORDS),
        opens: prose(t, OPENING_WORDS),
    };
    let mut c: Vec<Candidate> = a
        .removed
        .iter()
        .enumerate()
        .filter(|(_, r)| unplaced(r.reason))
        .map(|(k, r)| candidate(k, r.span.start, false, &r.text))
        .collect();
    // (A caption with a credit is a caption.)
    c.extend(
        a.captions
            .iter()
            .enumerate()
            .filter(|(_, cap)| cap.credit.is_none())
            .map(|(k, cap)| candidate(k, cap.span.start, true, &cap.text)),
    );
    c.sort_by_key(|x| x.start);
    let Some(first) = c.iter().position(|x| x.opens) else {
        return;
    };
    let Some(opening) = c.get(first) else {
        return;
    };
    // The run: the opening line and the prose lines after it, until a line
    // the article uses, a line removed on other grounds (a comment, a menu)
    // or a candidate that is no prose.
    let stops: Vec<usize> = a
        .lines
        .iter()
        .filter(|l| l.role != LineRole::Caption)
        .map(|l| l.span.start)
        .chain(
            a.removed
                .iter()
                .filter(|r| !unplaced(r.reason))
                .map(|r| r.span.start),
        )
        .collect();
    let mut run = vec![opening];
    for x in c.iter().skip(first + 1) {
        let last = run.last().map_or(0, |r| r.start);
        if !x.words_ok || stops.iter().any(|&s| s > last && s < x.start) {
            break;
        }
        run.push(x);
    }
    let (mut caps, mut rems): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    for x in &run {
        if x.caption {
            caps.push(x.at);
        } else {
            rems.push(x.at);
        }
    }
    let n = run.len();
    // Highest index first: the indices below stay valid.
    caps.sort_unstable_by(|x, y| y.cmp(x));
    rems.sort_unstable_by(|x, y| y.cmp(x));
    for k in caps {
        if k < a.captions.len() {
            let cap = a.captions.remove(k);
            super::recast_line(&mut a.lines, cap.span, LineRole::Paragraph);
            a.body
                .push(Block::new(BlockKind::Paragraph, cap.text, cap.span));
        }
    }
    for k in rems {
        if let Some(r) = super::use_removed(a, k, LineRole::Paragraph) {
            a.body
                .push(Block::new(BlockKind::Paragraph, r.text, r.span));
        }
    }
    a.body.sort_by_key(|b| b.span.start);
    a.warnings.retain(|w| *w != Warning::NoBody);
    a.warnings.push(Warning::BodyGuessed(format!(
        "{n} line{} of prose the fields left out",
        if n == 1 { "" } else { "s" }
    )));
}

#[cfg(test)]
mod tests {
    use super::guess_empty_body;
    use crate::{Article, Caption, LineRole, LineUse, RemovalReason, Removed, Span, Warning};

    const FILM: &str = "Paper kites, box kites and stunt kites all fly in this short film. \
                        There is no story to follow, only colour and wind.";
    const MORE: &str = "It was shot over one windy afternoon on the beach.";

    /// An article whose headline and byline were found but whose text was
    /// left out: a menu, the text, a second paragraph, a comment form line,
    /// another paragraph after it, and a cookie notice.
    fn left_out() -> Article {
        let mut a = Article {
            title: "Kites".into(),
            ..Article::default()
        };
        a.lines.push(LineUse {
            span: Span::new(0, 5),
            role: LineRole::Title,
        });
        let rm = |s: usize, t: &str, r| Removed::new(Span::new(s, s + 5), t, r);
        a.removed = vec![
            rm(10, "Home News Video", RemovalReason::Navigation),
            rm(20, FILM, RemovalReason::BeforeStory),
            rm(30, MORE, RemovalReason::Boilerplate),
            rm(
                40,
                "Leave a comment below, be kind to each other.",
                RemovalReason::CommentForm,
            ),
            rm(
                50,
                "Another paragraph of the same story comes here now.",
                RemovalReason::AfterStory,
            ),
        ];
        a.warnings.push(Warning::NoBody);
        a
    }

    #[test]
    fn an_empty_body_takes_the_first_run_of_prose_left_out() {
        let mut a = left_out();
        guess_empty_body(&mut a);
        let body: Vec<&str> = a.body.iter().map(|b| b.text.as_str()).collect();
        // The run stops at the comment form's line: the paragraph after it
        // stays out.
        assert_eq!(body, [FILM, MORE]);
        assert_eq!(a.removed.len(), 3);
        assert_eq!(a.lines.len(), 3);
        assert!(
            a.lines
                .iter()
                .filter(|l| l.role == LineRole::Paragraph)
                .count()
                == 2
        );
        assert!(!a.warnings.contains(&Warning::NoBody));
        assert!(a.warnings.contains(&Warning::BodyGuessed(
            "2 lines of prose the fields left out".into()
        )));
    }

    #[test]
    fn a_body_is_kept_and_notices_and_credited_captions_are_no_body() {
        let mut a = left_out();
        a.body.push(crate::Block::new(
            crate::BlockKind::Paragraph,
            "Text.",
            Span::new(60, 65),
        ));
        guess_empty_body(&mut a);
        assert_eq!(a.body.len(), 1);
        assert_eq!(a.removed.len(), 5);

        let mut a = Article::default();
        let notice = "We use cookies to improve your experience on our website. \
                      By continuing you accept our cookie policy.";
        a.removed.push(Removed::new(
            Span::new(0, 5),
            notice,
            RemovalReason::BeforeStory,
        ));
        a.captions.push(Caption::new(
            FILM,
            Some("Jane Doe".into()),
            Span::new(10, 15),
        ));
        guess_empty_body(&mut a);
        assert!(a.body.is_empty());
        assert_eq!(a.captions.len(), 1);
        // A caption without a credit that reads as prose opens the body.
        a.captions.push(Caption::new(FILM, None, Span::new(20, 25)));
        a.lines.push(LineUse {
            span: Span::new(20, 25),
            role: LineRole::Caption,
        });
        guess_empty_body(&mut a);
        assert_eq!(a.body.len(), 1);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.lines[0].role, LineRole::Paragraph);
    }
}
