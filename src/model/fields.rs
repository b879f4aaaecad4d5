//! Labels to fields: the rankers' picks replace or fill the rules' fields of
//! the main story. The headline ranker replaces the rules' headline when its
//! best line outscores it clearly; the date and author rankers fill a story
//! the rules left without a date or without authors. The grammars have
//! already typed every candidate (see `title`, `dates`, `authors`).

use super::apply::{at_span, clean_line};
use super::authors::best_authors_with;
use super::dates::best_date_with;
use super::title::{Labelled, best_title_with, score_at};
use super::{Label, Model, Scored, Shares};
use crate::features::Page;
use crate::grammar::date::DateOptions;
use crate::{Article, LineRole, LineUse, Options, RemovalReason, Removed, Warning};

/// What the field decisions read besides the labels: the model, each
/// line's share of its rankers' scores from the labelling pass, and the date
/// settings the rules read the page with (each `None` when not at hand:
/// the shares and settings are then computed again).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct With<'a> {
    /// The model whose rankers decide.
    pub(crate) model: Option<&'a Model>,
    /// Each line's share of the rankers' scores.
    pub(crate) shares: Option<&'a [Shares]>,
    /// The page's date settings.
    pub(crate) dates: Option<&'a DateOptions>,
}

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
pub(super) fn retitle(
    text: &str,
    main: &mut Article,
    page: &Page,
    counted: &Labelled<'_>,
    with: With<'_>,
    opts: &Options,
) {
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
    let movable = match role {
        // A full headline's standfirst is not its headline.
        Some(LineRole::Subtitle) => !full_headline(page, main),
        Some(r) => matches!(
            r,
            LineRole::Paragraph | LineRole::Heading | LineRole::Byline
        ),
        // A prompt to the reader (subscribe, comment, share) or an
        // advertisement is never a headline.
        None => in_removed
            .and_then(|k| main.removed.get(k))
            .is_some_and(|r| {
                !matches!(
                    r.reason,
                    RemovalReason::Newsletter
                        | RemovalReason::CommentForm
                        | RemovalReason::ShareRow
                        | RemovalReason::Advertisement
                )
            }),
    };
    let title = clean_line(text, line.span, opts);
    if !movable || title.is_empty() || line.stats.words > 30 {
        return;
    }
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
}

/// Fewest words of a headline that reads as a full one (see
/// [`full_headline`]).
const FULL_HEADLINE_WORDS: u32 = 8;

/// True when the rules' headline reads as a full headline: eight words or
/// more, without a separator or a colon (not a label, a menu or a crumb).
/// The standfirst under such a headline never replaces it (a short label
/// or a menu taken for the headline gives way to it).
fn full_headline(page: &Page, main: &Article) -> bool {
    main.spans
        .title
        .and_then(|t| page.index_of(t.start))
        .and_then(|k| page.lines.get(k))
        .is_some_and(|l| {
            l.stats.words >= FULL_HEADLINE_WORDS
                && l.stats.separators == 0
                && !main.title.contains(':')
        })
}

/// Drops the names the rules read from a line the model reads as body, a
/// related headline, a comment or another story: not the story's writers
/// (a list of names in the text, a teaser's byline).
pub(super) fn drop_stray_authors(main: &mut Article, page: &Page, labels: &[Scored]) {
    if main.spans.authors.len() != main.authors.len() {
        return;
    }
    let writer = |s: &crate::Span| {
        page.index_of(s.start)
            .and_then(|i| labels.get(i))
            .is_none_or(|l| {
                !matches!(
                    l.label,
                    Label::Paragraph
                        | Label::Heading
                        | Label::Related
                        | Label::Comment
                        | Label::OtherStory
                )
            })
    };
    let keep: Vec<bool> = main.spans.authors.iter().map(writer).collect();
    if keep.iter().all(|&k| k) {
        return;
    }
    retain_authors(main, &keep);
}

/// Keeps the names (and their spans) whose `keep` entry is true.
fn retain_authors(main: &mut Article, keep: &[bool]) {
    let mut k = keep.iter();
    main.authors.retain(|_| k.next().copied().unwrap_or(true));
    let mut k = keep.iter();
    main.spans
        .authors
        .retain(|_| k.next().copied().unwrap_or(true));
}

/// Keeps the names of one line when the rules read the main story's names
/// from several: the line the author ranker ranks first among them (a
/// title-case teaser or tag line the rules took for a name line beside the
/// byline). When no line of them is a candidate, every name stays.
pub(super) fn narrow_authors(
    text: &str,
    main: &mut Article,
    page: &Page,
    counted: &Labelled<'_>,
    with: With<'_>,
    opts: &Options,
) {
    let Some(r) = with
        .model
        .map(Model::author_ranker)
        .filter(|r| !r.is_empty())
    else {
        return;
    };
    if main.spans.authors.len() != main.authors.len() {
        return;
    }
    let mut starts: Vec<usize> = main.spans.authors.iter().map(|s| s.start).collect();
    starts.sort_unstable();
    starts.dedup();
    if starts.len() < 2 {
        return;
    }
    let lines: Vec<usize> = starts.iter().filter_map(|&s| page.index_of(s)).collect();
    let dates = Settings::new(with, text, opts);
    let cands = super::author_candidates(text, page, dates.get());
    let only = |k: usize| cands.get(k).is_some_and(|c| lines.contains(&c.line));
    let best = best_authors_with(
        r,
        page,
        counted,
        &cands,
        page.title_line,
        with.shares,
        Some(&only),
    );
    let Some(keep) = best
        .and_then(|c| page.lines.get(c.line))
        .map(|l| l.span.start)
    else {
        return;
    };
    let keep: Vec<bool> = main.spans.authors.iter().map(|s| s.start == keep).collect();
    retain_authors(main, &keep);
}

/// Least words of a standfirst that becomes the body of a story without one.
const LONE_DECK_WORDS: u32 = 12;

/// A story left without a body whose standfirst reads as running text (a
/// sentence of [`LONE_DECK_WORDS`] words or more) has that text as its body:
/// a brief of one paragraph is no headline and deck over nothing.
pub(super) fn lone_deck_as_body(main: &mut Article, page: &Page) {
    if !main.body.is_empty() {
        return;
    }
    let Some(span) = main.spans.subtitle else {
        return;
    };
    let prose = page
        .index_of(span.start)
        .and_then(|i| page.lines.get(i))
        .is_some_and(|l| l.stats.words >= LONE_DECK_WORDS && l.stats.ends_sentence);
    let Some(text) = main.subtitle.take().filter(|_| prose) else {
        return;
    };
    main.spans.subtitle = None;
    for l in main.lines.iter_mut().filter(|l| l.span == span) {
        l.role = LineRole::Paragraph;
    }
    main.body
        .push(crate::Block::new(crate::BlockKind::Paragraph, text, span));
}

/// Fills what the rules left empty in the main story: a story without any
/// date (published or updated) takes the full date the date ranker ranks
/// above "no date" (a story with only an update date printed keeps no
/// publication date); a story without authors or credits takes the names
/// the author ranker ranks above "no author".
pub(super) fn fill(
    text: &str,
    main: &mut Article,
    page: &Page,
    counted: &Labelled<'_>,
    with: With<'_>,
    opts: &Options,
) {
    let Some(model) = with.model else {
        return;
    };
    let shares = with.shares;
    let title = page.title_line;
    // The page's date settings: those the rules read it with, else read
    // once for both fields.
    let dates = Settings::new(with, text, opts);
    let r = model.date_ranker();
    if main.published.is_none() && main.updated.is_none() && !r.is_empty() {
        let cands = super::date_candidates(text, page, dates.get());
        if let Some(c) = best_date_with(r, page, counted, &cands, title, shares) {
            main.published = Some(c.value);
            main.spans.published = page.lines.get(c.line).map(|l| l.span);
        }
    }
    let r = model.author_ranker();
    if main.authors.is_empty() && main.credits.is_empty() && !r.is_empty() {
        let cands = super::author_candidates(text, page, dates.get());
        if let Some(c) = best_authors_with(r, page, counted, &cands, title, shares, None) {
            // Names are read from the raw line: cleaned as the fields are.
            main.authors = c
                .authors
                .iter()
                .map(|a| {
                    opts.cleaner
                        .clean(a)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|a| !a.is_empty())
                .collect();
            if let Some(l) = page.lines.get(c.line) {
                main.spans.authors = vec![l.span; main.authors.len()];
            }
        }
    }
}

/// The date settings [`fill`] reads candidates with, read from the page at
/// most once when the labelling pass did not pass them on.
struct Settings<'a> {
    given: Option<&'a DateOptions>,
    read: std::cell::OnceCell<DateOptions>,
    text: &'a str,
    opts: &'a Options,
}

impl<'a> Settings<'a> {
    fn new(with: With<'a>, text: &'a str, opts: &'a Options) -> Self {
        Settings {
            given: with.dates,
            read: std::cell::OnceCell::new(),
            text,
            opts,
        }
    }

    fn get(&self) -> &DateOptions {
        match self.given {
            Some(d) => d,
            None => self
                .read
                .get_or_init(|| crate::pipeline::page_date_options(self.text, self.opts)),
        }
    }
}
