//! The headline: the headline ranker's pick replaces the rules' headline
//! when it outscores it clearly, and the standfirst under a new headline
//! is taken up when the rules dropped it.

use super::apply::{at_span, clean_line};
use super::fields::Decide;
use super::title::{best_title_with, score_at};
use super::{Label, Model};
use crate::features::{Cue, Page};
use crate::{Article, LineRole, LineUse, Options, RemovalReason, Removed, Warning};

/// How far the ranker's best line must outscore the rules' headline line to
/// replace it: ten training margins (5-fold cross-validation and
/// leave-one-source-out over the training sources agree on it; below it the
/// ranker trades right headlines for wrong ones).
const SWITCH_MARGIN: f32 = 10.0;

/// The model's headline replaces the rules' when its headline ranker's best
/// line (or, without a ranker, the line labelled title with the largest
/// margin) is another of the main story's lines (a body or removed line, not
/// a field's) and outscores the rules' headline by [`SWITCH_MARGIN`]; the
/// rules' title line is then removed as a repeat.
pub(super) fn retitle(main: &mut Article, at: Decide<'_>) {
    let Decide {
        text,
        page,
        counted,
        with,
        opts,
    } = at;
    let labels = counted.labels();
    let shares = with.shares;
    let best = match with.model.map(Model::ranker).filter(|r| !r.is_empty()) {
        Some(r) => best_title_with(r, page, counted, shares)
            .map(|(i, _)| i)
            .filter(|&i| {
                let held = main.spans.title.and_then(|t| page.index_of(t.start));
                let score = |k| score_at(r, page, counted, shares, k);
                // The rules' headline as printed anywhere on the page (a
                // teaser list may print it before the story does).
                // (Cleaned only when printed otherwise, at most 64 lines.)
                let mut cleaned = 0usize;
                let copies = page.lines.iter().enumerate().filter(|(k, l)| {
                    if Some(*k) == held
                        || (l.span.end - l.span.start).abs_diff(main.title.len()) > 8
                    {
                        return false;
                    }
                    if l.span.slice(text).map(str::trim) == Some(main.title.as_str()) {
                        return true;
                    }
                    cleaned += 1;
                    cleaned <= 64 && clean_line(text, l.span, opts) == main.title
                });
                let held_score = held
                    .into_iter()
                    .chain(copies.map(|(k, _)| k))
                    .map(score)
                    .reduce(f32::max);
                held_score.is_none_or(|h| score(i) - h > SWITCH_MARGIN)
            }),
        None => labels
            .iter()
            .enumerate()
            .filter(|(_, s)| s.label == Label::Title)
            .max_by(|a, b| a.1.margin.total_cmp(&b.1.margin))
            .map(|(i, _)| i),
    };
    let Some(i) = best else {
        return;
    };
    let Some(line) = page.lines.get(i) else {
        return;
    };
    let start = line.span.start;
    if main.spans.title.is_some_and(|t| t.start == start) {
        return;
    }
    let in_lines = main.lines.iter().position(|l| l.span.start == start);
    let in_removed = main.removed.iter().position(|r| r.span.start == start);
    let role = in_lines.and_then(|k| main.lines.get(k)).map(|l| l.role);
    // The line right under a full headline, longer than it, is its
    // standfirst however the rules read it.
    let held = main.spans.title.and_then(|t| page.index_of(t.start));
    let deck_under = held.is_some_and(|h| {
        h + 1 == i
            && page
                .lines
                .get(h)
                .is_some_and(|t| line.stats().words > t.stats().words)
            && full_headline(page, main)
    });
    if deck_under {
        return;
    }
    let movable = match role {
        // A full headline's standfirst is not its headline.
        Some(LineRole::Subtitle) => !full_headline(page, main),
        // A writer's name alone only when the sequence model reads it as a
        // headline too (a headline of names), not on the ranker's word alone.
        Some(LineRole::Byline) => {
            labels.get(i).is_some_and(|s| s.label == Label::Title)
                || !line
                    .span
                    .slice(text)
                    .is_some_and(|t| crate::grammar::byline::is_person_name(t.trim()))
        }
        Some(r) => matches!(r, LineRole::Paragraph | LineRole::Heading),
        None => in_removed
            .and_then(|k| main.removed.get(k))
            .is_some_and(|r| !never_headline(r.reason)),
    };
    // A line opening with "By" or "Written by" is a byline however the
    // rules read it (a byline of names alone may be a headline of names).
    // Nor is a meta row's tail ("in Featured Article ServiceWorkers"), nor
    // an item of a list ("- Der Februar war deutlich zu warm").
    let printed = line.span.slice(text).unwrap_or("");
    let marked = crate::grammar::byline::opens_with_marker(printed)
        || crate::lexicon::opens_with_lower_function_word(printed)
        || crate::grammar::misc::parse_bullet(printed).is_ok();
    let title = clean_line(text, line.span, opts);
    // Nor is a writer's bio ("Mark Ellison is a contributing columnist.").
    let bio = crate::fields::bio::is_author_bio(&title, &main.authors);
    if !movable || marked || bio || title.is_empty() || line.stats().words > 30 {
        return;
    }
    let old_line = install(main, at, i, title);
    deck_below(text, main, page, i, opts);
    if let Some(old) = old_line.filter(|&o| o > i) {
        text_between(text, main, page, i + 1..old, opts);
    }
}

/// Makes line `i` of the page the main story's headline, printed as
/// `title`: the line leaves the body, the removed lines or the field the
/// rules read from it, and the rules' headline line becomes a removed
/// repeat. Returns the page index of the rules' headline line.
pub(super) fn install(
    main: &mut Article,
    at: Decide<'_>,
    i: usize,
    title: String,
) -> Option<usize> {
    let Decide { page, counted, .. } = at;
    let labels = counted.labels();
    let line = page.lines.get(i)?;
    let start = line.span.start;
    let in_lines = main.lines.iter().position(|l| l.span.start == start);
    let in_removed = main.removed.iter().position(|r| r.span.start == start);
    if in_lines.is_some() {
        // The line leaves the body, or gives up the field the rules read
        // from it (a deck, names).
        main.lines.retain(|l| l.span.start != start);
        main.body.retain(|b| b.span.start != start);
        if main.spans.subtitle.is_some_and(|s| s.start == start) {
            main.subtitle = None;
            main.spans.subtitle = None;
        }
        if main.spans.authors.iter().any(|s| s.start == start) {
            let (mut names, mut spans) = (Vec::new(), Vec::new());
            for (a, s) in main.authors.drain(..).zip(main.spans.authors.drain(..)) {
                if s.start != start {
                    names.push(a);
                    spans.push(s);
                }
            }
            (main.authors, main.spans.authors) = (names, spans);
        }
    } else if let Some(k) = in_removed {
        main.removed.remove(k);
    }
    let old_line = main.spans.title.and_then(|t| page.index_of(t.start));
    if let Some(old) = main.spans.title.take() {
        if let Some(k) = main
            .lines
            .iter()
            .position(|l| l.span == old && l.role == LineRole::Title)
        {
            main.lines.remove(k);
            let mut r = Removed::new(
                old,
                std::mem::take(&mut main.title),
                RemovalReason::TitleRepeat,
            );
            r.model = at_span(page, labels, old.start).map(Into::into);
            main.removed.push(r);
        }
    }
    main.title = title;
    main.spans.title = Some(line.span);
    main.lines.push(LineUse {
        span: line.span,
        role: LineRole::Title,
    });
    main.warnings.retain(|w| *w != Warning::NoTitle);
    old_line
}

/// True for a reason that says what a removed line is and that no headline
/// is: a prompt to the reader (subscribe, comment, share), an
/// advertisement, a writer's bio, a tag list, a footer, a label, a reading
/// time, a separator, a disclaimer or a trailer. (A line removed for where
/// it stands, before or after the story, or as a repeat, may be one.)
fn never_headline(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::Newsletter
            | RemovalReason::CommentForm
            | RemovalReason::ShareRow
            | RemovalReason::Advertisement
            | RemovalReason::AuthorBox
            | RemovalReason::Tags
            | RemovalReason::Footer
            | RemovalReason::ShortUrlLabel
            | RemovalReason::Label
            | RemovalReason::ReadingTime
            | RemovalReason::Separator
            | RemovalReason::Disclaimer
            | RemovalReason::CreditTrailer
    )
}

/// Fewest words of a line of running text taken up between a new headline
/// and the rules' one below it.
const BETWEEN_WORDS: u32 = 12;

/// The running text between a new headline and the rules' headline below
/// it, which the rules dropped as coming before their story: sentences of
/// [`BETWEEN_WORDS`] words or more, no prompt, become the story's
/// paragraphs (the model read them under the rules' misplaced headline).
fn text_between(
    text: &str,
    main: &mut Article,
    page: &Page,
    lines: std::ops::Range<usize>,
    opts: &Options,
) {
    // A line of `lines` that reads as running text.
    let prose = |start: usize| {
        page.index_of(start)
            .filter(|k| lines.contains(k))
            .and_then(|k| page.lines.get(k))
            .is_some_and(|l| {
                let s = l.stats();
                s.ends_sentence && s.words >= BETWEEN_WORDS && !super::doubt::prompt(l)
            })
    };
    let mut taken = Vec::new();
    main.removed.retain(|r| {
        let take = r.reason == RemovalReason::BeforeStory && prose(r.span.start);
        if take {
            taken.push(r.span);
        }
        !take
    });
    for s in taken {
        let para = clean_line(text, s, opts);
        main.body
            .push(crate::Block::new(crate::BlockKind::Paragraph, para, s));
        main.lines.push(LineUse {
            span: s,
            role: LineRole::Paragraph,
        });
    }
}

/// Fewest words of a standfirst taken up under a new headline.
const DECK_WORDS: u32 = 8;

/// The standfirst under a headline the ranker chose: when the story has
/// none, the line right under the new headline becomes it if the rules
/// dropped it as coming before the story, it reads as a sentence or more
/// (eight words or more, not a label ending with a colon) and the body
/// starts below it.
fn deck_below(text: &str, main: &mut Article, page: &Page, title: usize, opts: &Options) {
    if main.subtitle.is_some() {
        return;
    }
    let Some(line) = page.lines.get(title + 1) else {
        return;
    };
    let start = line.span.start;
    let stats = line.stats();
    let above_body = main.body.first().is_some_and(|b| b.span.start > start);
    let Some(k) = main
        .removed
        .iter()
        .position(|r| r.span.start == start && r.reason == RemovalReason::BeforeStory)
    else {
        return;
    };
    if !above_body || stats.words < DECK_WORDS || stats.ends_colon || stats.furniture {
        return;
    }
    let deck = clean_line(text, line.span, opts);
    if deck.is_empty() {
        return;
    }
    main.removed.remove(k);
    main.subtitle = Some(deck);
    main.spans.subtitle = Some(line.span);
    main.lines.push(LineUse {
        span: line.span,
        role: LineRole::Subtitle,
    });
}

/// Fewest words of a headline that reads as a full one (see
/// [`full_headline`]).
const FULL_HEADLINE_WORDS: u32 = 6;

/// True when the rules' headline reads as a full headline: eight words or
/// more, without a separator or a colon (not a label, a menu or a crumb),
/// not cut short ("...") and without byline or time words (not a meta line).
/// The standfirst under such a headline never replaces it (a short label
/// or a menu taken for the headline gives way to it).
fn full_headline(page: &Page, main: &Article) -> bool {
    main.spans
        .title
        .and_then(|t| page.index_of(t.start))
        .and_then(|k| page.lines.get(k))
        .is_some_and(|l| {
            let cue = |c: Cue| l.cues.any >> c as u32 & 1 == 1;
            let s = l.stats();
            s.words >= FULL_HEADLINE_WORDS && s.separators == 0
                && !main.title.contains(':')
                // Not a teaser cut short, not a meta line.
                && !main.title.ends_with(['…', '.'])
                && !cue(Cue::Byline)
                && !cue(Cue::Time)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Page;
    use crate::{Labeller, Parser};

    #[test]
    fn running_text_between_a_new_headline_and_the_old_one_is_taken_up() {
        let text = "Storm closes schools across the region\n\nSchools across the region closed on Monday as a storm brought heavy snow to the valley.\n\nSign up for our newsletter to get the latest news delivered to your inbox every morning.\n\nShort label line\n\nOfficials said the schools would reopen on Wednesday if the roads were cleared.\n";
        let opts = Options::default();
        let arts = Parser::new(opts.clone().labeller(Labeller::Rules)).parse_all(text);
        let page = Page::build(text, &arts);
        let mut main = Article::default();
        for k in 1..4 {
            let s = page.lines[k].span;
            let t = s.slice(text).unwrap_or("");
            main.removed
                .push(Removed::new(s, t, RemovalReason::BeforeStory));
        }
        text_between(text, &mut main, &page, 1..4, &opts);
        // The sentence comes back; the prompt and the short label do not.
        assert_eq!(main.body.len(), 1, "{:?}", main.body);
        assert!(main.body[0].text.starts_with("Schools across"));
        assert_eq!(main.removed.len(), 2);
        assert!(main.lines.iter().all(|l| l.role == LineRole::Paragraph));
    }
}
