//! Labels to fields: the rankers' picks replace or fill the rules' fields of
//! the main story. The headline ranker replaces the rules' headline when its
//! best line outscores it clearly; the date and author rankers fill a story
//! the rules left without a date or without authors. The grammars have
//! already typed every candidate (see `title`, `dates`, `authors`).

use super::apply::{at_span, clean_line};
use super::{Label, Model, Scored};
use crate::features::Page;
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
pub(super) fn retitle(
    text: &str,
    main: &mut Article,
    page: &Page,
    labels: &[Scored],
    model: Option<&Model>,
    opts: &Options,
) {
    let best = match model.map(Model::ranker).filter(|r| !r.is_empty()) {
        Some(r) => super::best_title(r, page, labels)
            .map(|(i, _)| i)
            .filter(|&i| {
                let held = main.spans.title.and_then(|t| page.index_of(t.start));
                held.is_none_or(|h| {
                    super::title_score(r, page, labels, i) - super::title_score(r, page, labels, h)
                        > SWITCH_MARGIN
                })
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
    let movable = match in_lines.and_then(|k| main.lines.get(k)) {
        Some(l) => matches!(l.role, LineRole::Paragraph | LineRole::Heading),
        None => in_removed.is_some(),
    };
    let title = clean_line(text, line.span, opts);
    if !movable || title.is_empty() || line.stats.words > 30 {
        return;
    }
    if let Some(k) = in_lines {
        main.lines.remove(k);
        main.body.retain(|b| b.span.start != start);
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

/// Fills what the rules left empty in the main story: a story without any
/// date (published or updated) takes the full date the date ranker ranks
/// above "no date" (a story with only an update date printed keeps no
/// publication date); a story without authors or credits takes the names
/// the author ranker ranks above "no author".
pub(super) fn fill(
    text: &str,
    main: &mut Article,
    page: &Page,
    labels: &[Scored],
    model: &Model,
    opts: &Options,
) {
    let title = page.title_line;
    let r = model.date_ranker();
    if main.published.is_none() && main.updated.is_none() && !r.is_empty() {
        let cands = super::page_date_candidates(text, page, opts);
        if let Some(c) = super::best_date(r, page, labels, &cands, title) {
            main.published = Some(c.value);
            main.spans.published = page.lines.get(c.line).map(|l| l.span);
        }
    }
    let r = model.author_ranker();
    if main.authors.is_empty() && main.credits.is_empty() && !r.is_empty() {
        let cands = super::page_author_candidates(text, page, opts);
        if let Some(c) = super::best_authors(r, page, labels, &cands, title) {
            main.authors.clone_from(&c.authors);
            if let Some(l) = page.lines.get(c.line) {
                main.spans.authors = vec![l.span; c.authors.len()];
            }
        }
    }
}
