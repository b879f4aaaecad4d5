//! The line model's labels applied to the rules' articles: the main story's
//! body becomes the lines labelled paragraph or heading, lines moved out keep
//! the label and margin in `removed`, and a further story left without a body
//! line (a comment thread, a teaser list) folds into the main story's audit
//! trail.

use super::{Label, Model, Scored};
use crate::Preference;
use crate::features::Page;
use crate::{
    Article, Block, BlockKind, LineRole, LineUse, Options, RemovalReason, Removed, Span, Warning,
};
use std::collections::HashSet;

/// The input line under `span`, cleaned by the parser's rules and trimmed.
fn clean_line(text: &str, span: Span, opts: &Options) -> String {
    opts.cleaner
        .clean(span.slice(text).unwrap_or(""))
        .trim()
        .to_string()
}

fn reason(l: Label) -> RemovalReason {
    match l {
        Label::Title => RemovalReason::TitleRepeat,
        Label::Meta => RemovalReason::BylineRepeat,
        Label::Caption => RemovalReason::CaptionRepeat,
        Label::Related => RemovalReason::Teaser,
        Label::Comment => RemovalReason::CommentForm,
        Label::OtherStory => RemovalReason::OtherStory,
        Label::Boilerplate | Label::Paragraph | Label::Heading => RemovalReason::Boilerplate,
    }
}

fn kind(l: Label) -> (BlockKind, LineRole) {
    if l == Label::Heading {
        (BlockKind::Heading, LineRole::Heading)
    } else {
        (BlockKind::Paragraph, LineRole::Paragraph)
    }
}

/// Reasons that say where a line stands rather than what it is: the model
/// may take such a line into the body. A line removed for what it is (a
/// share row, a tag list, a footer) stays removed.
fn positional(r: RemovalReason) -> bool {
    matches!(
        r,
        RemovalReason::BeforeStory | RemovalReason::AfterStory | RemovalReason::OtherStory
    )
}

/// A line of a list the story's text announces ("The planned stops:")
/// stays in the body.
fn listed(page: &Page, i: usize) -> bool {
    crate::features::list_run(page, i).is_some_and(|(n, intro)| {
        intro && page.lines.get(i - n - 1).is_some_and(|l| l.rule.is_body())
    })
}

/// Lines of the main story the rules read as a related headline or a
/// caption (without a photo credit) but the model as prose of the body (at
/// least eight words, or a sentence, beside a body line) go back into the
/// body.
fn reclaim(
    text: &str,
    a: &mut Article,
    page: &Page,
    scored: &impl Fn(usize) -> Option<(usize, Scored)>,
    opts: &Options,
) {
    // Spans taken out of the related list and the captions, removed from
    // them in one pass each at the end (linear however many there are).
    let (mut related, mut captions) = (HashSet::new(), HashSet::new());
    // Captions of one line and without a photo credit may go back.
    let plain: HashSet<Span> = a
        .captions
        .iter()
        .filter(|c| c.credit.is_none())
        .map(|c| c.span)
        .collect();
    for l in &mut a.lines {
        let Some((i, s)) = scored(l.span.start) else {
            continue;
        };
        let prose = page
            .lines
            .get(i)
            .is_some_and(|p| p.stats.words >= 8 || p.stats.ends_sentence);
        let body_at = |j: Option<usize>| {
            j.and_then(|j| page.lines.get(j))
                .and_then(|p| scored(p.span.start))
                .is_some_and(|(_, s)| s.label.is_body())
        };
        let beside_body = body_at(i.checked_sub(1)) || body_at(Some(i + 1));
        if !s.label.is_body() || !prose || !beside_body {
            continue;
        }
        match l.role {
            LineRole::Related => related.insert(l.span.start),
            // A caption printed with its photo credit stays a caption.
            LineRole::Caption if plain.contains(&l.span) => captions.insert(l.span),
            _ => continue,
        };
        let (bk, role) = kind(s.label);
        a.body
            .push(Block::new(bk, clean_line(text, l.span, opts), l.span));
        l.role = role;
    }
    if !related.is_empty() && a.spans.related.len() == a.related.len() {
        let keep: Vec<bool> = a
            .spans
            .related
            .iter()
            .map(|r| !related.contains(&r.start))
            .collect();
        let mut k = keep.iter();
        a.related.retain(|_| k.next().copied().unwrap_or(true));
        a.spans.related.retain(|r| !related.contains(&r.start));
    }
    if !captions.is_empty() {
        a.captions.retain(|c| !captions.contains(&c.span));
    }
    a.body.sort_by_key(|b| b.span.start);
}

/// A line holding a cookie, newsletter or footer cue: page furniture
/// whatever its length, never taken back into the body.
fn prompt(l: &crate::features::PageLine) -> bool {
    use crate::features::Cue;
    [Cue::Cookie, Cue::Newsletter, Cue::Footer]
        .into_iter()
        .any(|c| l.cues.has(c))
}

/// A line between two lines the model keeps in the body, without a cue of
/// a prompt, a link or interface text: the model's doubt alone does not cut
/// the body's run.
fn sandwiched(page: &Page, labels: &[Scored], i: usize) -> bool {
    use crate::features::Cue;
    let body = |j: Option<usize>| {
        j.and_then(|j| labels.get(j))
            .is_some_and(|s| s.label.is_body())
    };
    let cued = page.lines.get(i).is_some_and(|l| {
        prompt(l)
            || [Cue::Related, Cue::Social, Cue::Interface, Cue::Comment]
                .into_iter()
                .any(|c| l.cues.has(c))
    });
    !cued && body(i.checked_sub(1)) && body(Some(i + 1))
}

fn has_head(a: &Article) -> bool {
    !a.title.is_empty()
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
fn retitle(
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

/// A story the rules left without any date (published or updated) takes the
/// one the date ranker ranks above "no date" among the full dates the page
/// prints. (A story with only an update date printed keeps no publication
/// date.)
fn date_from_ranker(
    text: &str,
    main: &mut Article,
    page: &Page,
    labels: &[Scored],
    model: &Model,
    opts: &Options,
) {
    let r = model.date_ranker();
    if main.published.is_some() || main.updated.is_some() || r.is_empty() {
        return;
    }
    let cands = super::page_date_candidates(text, page, opts);
    if let Some(c) = super::best_date(r, page, labels, &cands, page.title_line) {
        main.published = Some(c.value);
        main.spans.published = page.lines.get(c.line).map(|l| l.span);
    }
}

fn at_span(page: &Page, labels: &[Scored], start: usize) -> Option<Scored> {
    labels.get(page.index_of(start)?).copied()
}

/// Rewrites `arts` (the rules' stories of `text`) after the labels of `page`.
pub(crate) fn apply(
    text: &str,
    mut arts: Vec<Article>,
    page: &Page,
    labels: &[Scored],
    model: Option<&Model>,
    opts: &Options,
) -> Vec<Article> {
    if arts.is_empty() || labels.len() != page.lines.len() {
        return arts;
    }
    let scored = |start: usize| {
        page.index_of(start)
            .and_then(|i| labels.get(i).copied().map(|s| (i, s)))
    };
    // When the model reads no line of the rules' main story as body but
    // lines of a further story, that story is the page's main one (the
    // rules took a block of page furniture for the story).
    let mut words = vec![0u32; arts.len()];
    for (l, s) in page.lines.iter().zip(labels) {
        if let (Some(k), true) = (l.story, s.label.is_body()) {
            if let Some(w) = words.get_mut(k) {
                *w += l.stats.words;
            }
        }
    }
    if words.first() == Some(&0) {
        let best = words
            .iter()
            .enumerate()
            .filter(|&(_, &w)| w > 0)
            .max_by_key(|&(_, &w)| w);
        if let Some((k, _)) = best {
            let a = arts.remove(k);
            arts.insert(0, a);
        }
    }
    // Recall keeps every line the rules keep; precision adds none they removed.
    let may_remove = opts.preference != Preference::Recall;
    let may_add = opts.preference != Preference::Precision;
    // A further story with a headline of its own is a story the page
    // appended: its lines stay its own.
    let headed: Vec<bool> = arts.iter().map(has_head).collect();
    let mut moved: Vec<(Block, LineUse)> = Vec::new();
    let mut out_of_main: Vec<Removed> = Vec::new();
    for (k, a) in arts.iter_mut().enumerate() {
        let mut gone: HashSet<usize> = HashSet::new();
        let mut keep = Vec::with_capacity(a.body.len());
        for b in std::mem::take(&mut a.body) {
            match scored(b.span.start) {
                Some((i, s))
                    if k == 0
                        && !s.label.is_body()
                        && may_remove
                        && !listed(page, i)
                        && !sandwiched(page, labels, i) =>
                {
                    gone.insert(b.span.start);
                    let span = page.lines.get(i).map_or(b.span, |l| l.span);
                    let mut r = Removed::new(span, b.text, reason(s.label));
                    r.model = Some(s.into());
                    out_of_main.push(r);
                }
                Some((i, s))
                    if k > 0 && s.label.is_body() && !headed.get(k).copied().unwrap_or(false) =>
                {
                    gone.insert(b.span.start);
                    let span = page.lines.get(i).map_or(b.span, |l| l.span);
                    let (bk, role) = kind(s.label);
                    moved.push((Block::new(bk, b.text, b.span), LineUse { span, role }));
                }
                _ => keep.push(b),
            }
        }
        a.body = keep;
        if !gone.is_empty() {
            a.lines.retain(|l| !gone.contains(&l.span.start));
        }
        if k == 0 && may_add {
            reclaim(text, a, page, &scored, opts);
        }
        // Lines the rules removed but the model reads as the story's body.
        a.removed.retain(|r| match scored(r.span.start) {
            Some((i, s))
                if may_add
                    && s.label.is_body()
                    && positional(r.reason)
                    && page.lines.get(i).is_some_and(|l| {
                        (l.stats.ends_sentence || l.stats.words >= 8) && !prompt(l)
                    }) =>
            {
                let (bk, role) = kind(s.label);
                moved.push((
                    Block::new(bk, r.text.clone(), r.span),
                    LineUse { span: r.span, role },
                ));
                false
            }
            _ => true,
        });
    }
    // Further stories the model left without a body line fold into the main one.
    let mut folded: Vec<Removed> = Vec::new();
    let mut kept = Vec::with_capacity(arts.len());
    for (k, a) in arts.into_iter().enumerate() {
        if k == 0 || !a.body.is_empty() {
            kept.push(a);
        } else {
            for l in a.lines {
                let t = clean_line(text, l.span, opts);
                let mut r = Removed::new(l.span, t, RemovalReason::OtherStory);
                if let Some((_, s)) = scored(l.span.start) {
                    r.reason = reason(s.label);
                    r.model = Some(s.into());
                }
                folded.push(r);
            }
            folded.extend(a.removed);
        }
    }
    let mut arts = kept;
    if let Some(main) = arts.first_mut() {
        retitle(text, main, page, labels, model, opts);
        if let Some(m) = model {
            date_from_ranker(text, main, page, labels, m, opts);
        }

        for (b, l) in moved {
            main.body.push(b);
            main.lines.push(l);
        }
        main.body.sort_by_key(|b| b.span.start);
        main.lines.sort_by_key(|l| l.span.start);
        main.removed.extend(out_of_main);
        main.removed.extend(folded);
        main.removed.sort_by_key(|r| r.span.start);
        main.warnings.retain(|w| *w != Warning::NoBody);
        if main.body.is_empty() {
            main.warnings.push(Warning::NoBody);
        }
    }
    arts
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
