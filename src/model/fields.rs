//! Labels to fields: the rankers' picks replace or fill the rules' fields of
//! the main story (the headline in `retitle`). The date and author rankers
//! fill a story the rules left without a date or without authors, and the
//! author ranker narrows names read from several lines. The grammars have
//! already typed every candidate (see `title`, `dates`, `authors`).

use super::authors::{author_candidates_known, best_authors_with};
use super::dates::best_date_with;
use super::title::Labelled;
use super::{Label, Model, Scored, Shares};
use crate::features::Page;
use crate::grammar::date::DateOptions;
use crate::{Article, LineRole, Options};

/// What the main story's field decisions read: the page's text, its
/// feature records, its labels counted, the model and the parser's options.
#[derive(Debug, Clone, Copy)]
pub(super) struct Decide<'a> {
    /// The page's text.
    pub(super) text: &'a str,
    /// The page's feature records.
    pub(super) page: &'a Page,
    /// The sequence model's labels, counted (see [`Labelled`]).
    pub(super) counted: &'a Labelled<'a>,
    /// The model, shares and date settings at hand.
    pub(super) with: With<'a>,
    /// The parser's options.
    pub(super) opts: &'a Options,
}

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
    /// What the rules learnt of the lines the author candidates read (see
    /// [`crate::known::Known`]; empty when not at hand).
    pub(crate) known: crate::known::Names<'a>,
}

/// True when the line at `s` is a "Reporting by" trailer naming reporters:
/// it names the story's writers outright, whatever the model reads it as.
fn trailer(text: &str, s: &crate::Span) -> bool {
    s.slice(text).is_some_and(|t| {
        crate::grammar::byline::parse_trailer(t.trim()).is_ok_and(|p| !p.value.reporters.is_empty())
    })
}

/// Drops the names the rules read from a line the model reads as body, a
/// related headline, a comment or another story (with a margin: not only
/// because of its neighbours' labels): not the story's writers (a list of
/// names in the text, a teaser's byline). A "Reporting by" trailer's names
/// stay, and so do the reporters a wire's dateline names on the first
/// paragraph ("新华社武汉12月8日电（记者 王磊、李娜）...").
pub(super) fn drop_stray_authors(main: &mut Article, text: &str, page: &Page, labels: &[Scored]) {
    if main.spans.authors.len() != main.authors.len() {
        return;
    }
    // The trailer grammar runs only on the names the label would drop.
    let writer = |s: &crate::Span| {
        page.index_of(s.start)
            .and_then(|i| labels.get(i))
            .is_none_or(|l| {
                // A label the decoded sequence gave against the line's own
                // best score (margin 0) is no evidence against the rules.
                l.margin <= 0.0
                    || !matches!(
                        l.label,
                        Label::Paragraph
                            | Label::Heading
                            | Label::Related
                            | Label::Comment
                            | Label::OtherStory
                    )
            })
            || trailer(text, s)
            || main.spans.dateline.as_ref() == Some(s)
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
/// byline). When no line of them is a candidate, every name stays; the
/// names of a "Reporting by" trailer always stay (the reporters are the
/// story's writers beside the byline's).
pub(super) fn narrow_authors(main: &mut Article, at: Decide<'_>) {
    let Some(r) = at
        .with
        .model
        .map(Model::author_ranker)
        .filter(|r| !r.is_empty())
    else {
        return;
    };
    if main.spans.authors.len() != main.authors.len() {
        return;
    }
    // Names of one line: nothing to narrow (and no trailer parsed).
    let first = main.spans.authors.first().map(|s| s.start);
    if main.spans.authors.iter().all(|s| Some(s.start) == first) {
        return;
    }
    // A "Reporting by" trailer's names stay whatever the ranker picks.
    let trailers: Vec<bool> = main
        .spans
        .authors
        .iter()
        .map(|s| trailer(at.text, s))
        .collect();
    let mut starts: Vec<usize> = main
        .spans
        .authors
        .iter()
        .zip(&trailers)
        .filter(|(_, t)| !**t)
        .map(|(s, _)| s.start)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    if starts.len() < 2 {
        return;
    }
    let lines: Vec<usize> = starts.iter().filter_map(|&s| at.page.index_of(s)).collect();
    let dates = Settings::new(at.with, at.text, at.opts);
    let cands = author_candidates_known(at.text, at.page, dates.get(), at.with.known);
    let only = |k: usize| cands.get(k).is_some_and(|c| lines.contains(&c.line));
    let best = best_authors_with(
        r,
        at.page,
        at.counted,
        &cands,
        at.page.title_line,
        at.with.shares,
        Some(&only),
    );
    let Some(best) = best.map(|c| c.line) else {
        return;
    };
    let group = byline_group(at.page, &lines, best);
    let keep: Vec<bool> = main
        .spans
        .authors
        .iter()
        .zip(&trailers)
        .map(|(s, &t)| t || group.contains(&s.start))
        .collect();
    retain_authors(main, &keep);
}

/// The starts of the name lines that read as one byline with line `best`:
/// itself and the name lines right above and below it in its block, so a
/// byline the page breaks over lines ("By Jane Doe" / "By John Roe", one
/// name per line with its job title, "Jane Doe" / "and" / "John Roe") keeps
/// every name. `lines` holds the lines the names were read from.
fn byline_group(page: &Page, lines: &[usize], best: usize) -> Vec<usize> {
    let Some(block) = page.lines.get(best).map(|l| l.block) else {
        return Vec::new();
    };
    let in_block = |k: usize| page.lines.get(k).is_some_and(|l| l.block == block);
    let joined = |k: usize| lines.contains(&k) && in_block(k);
    // A word alone between two name lines ("and", "&") joins them too.
    let gap = |k: usize| in_block(k) && page.lines.get(k).is_some_and(|l| l.stats().words <= 1);
    // The name line one step from `k` (right next to it, or across a gap).
    let step = |k: usize, up: bool| {
        let at = |d: usize| {
            if up {
                k.checked_sub(d)
            } else {
                k.checked_add(d)
            }
        };
        at(1)
            .filter(|&n| joined(n))
            .or_else(|| at(2).filter(|&n| at(1).is_some_and(gap) && joined(n)))
    };
    let (mut first, mut last) = (best, best);
    while let Some(k) = step(first, true) {
        first = k;
    }
    while let Some(k) = step(last, false) {
        last = k;
    }
    (first..=last)
        .filter_map(|k| page.lines.get(k).map(|l| l.span.start))
        .collect()
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
        .is_some_and(|l| {
            let s = l.stats();
            s.words >= LONE_DECK_WORDS && s.ends_sentence
        });
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
/// publication date); a story without authors nor credits above its text takes the names
/// the author ranker ranks above "no author".
pub(super) fn fill(main: &mut Article, at: Decide<'_>) {
    let Some(model) = at.with.model else {
        return;
    };
    let shares = at.with.shares;
    let title = at.page.title_line;
    // The page's date settings: those the rules read it with, else read
    // once for both fields.
    let dates = Settings::new(at.with, at.text, at.opts);
    let r = model.date_ranker();
    if main.published.is_none() && main.updated.is_none() && !r.is_empty() {
        let cands = super::date_candidates(at.text, at.page, dates.get());
        if let Some(c) = best_date_with(r, at.page, at.counted, &cands, title, shares) {
            main.published = Some(c.value);
            main.spans.published = at.page.lines.get(c.line).map(|l| l.span);
        }
    }
    let r = model.author_ranker();
    // Credits read under the text (a source line) leave the writer unnamed;
    // those of the header or the first paragraph's dateline name the story's.
    let first_block = main.body.first().map_or(usize::MAX, |b| b.span.end);
    let credited_above = main.spans.credits.iter().any(|s| s.start < first_block);
    if main.authors.is_empty() && !credited_above && !r.is_empty() {
        let cands = author_candidates_known(at.text, at.page, dates.get(), at.with.known);
        // (A masthead the ranker picked names the outlet: "GAZETA SOMEȘANĂ".)
        if let Some(c) = best_authors_with(r, at.page, at.counted, &cands, title, shares, None)
            .filter(|c| {
                !c.authors
                    .iter()
                    .all(|a| crate::grammar::byline::words::names_outlet(a))
            })
        {
            // Names are read from the raw line: cleaned as the fields are.
            main.authors = c
                .authors
                .iter()
                .map(|a| {
                    at.opts
                        .cleaner
                        .clean(a)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|a| !a.is_empty())
                .collect();
            if let Some(l) = at.page.lines.get(c.line) {
                main.spans.authors = vec![l.span; main.authors.len()];
                // The line the names were read from is the byline, not a
                // block of the text ("ALASDAIR BAIN" under the story).
                if !main.authors.is_empty() {
                    main.body.retain(|b| b.span != l.span);
                    for u in main.lines.iter_mut().filter(|u| u.span == l.span) {
                        u.role = LineRole::Byline;
                    }
                }
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
