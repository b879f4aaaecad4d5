//! The line model's labels applied to the rules' articles: the main story's
//! body becomes the lines labelled paragraph or heading, lines moved out keep
//! the label and margin in `removed`, and a further story left without a body
//! line (a comment thread, a teaser list) folds into the main story's audit
//! trail.

use super::doubt::{BodyGuard, live, prompt, prose_line};
use super::fields::With;
use super::{Label, Scored};
use crate::Preference;
use crate::features::Page;
use crate::{
    Article, Block, BlockKind, LineRole, LineUse, Options, RemovalReason, Removed, Span, Warning,
};
use std::collections::HashSet;

/// The input line under `span`, cleaned by the parser's rules and trimmed.
pub(super) fn clean_line(text: &str, span: Span, opts: &Options) -> String {
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

/// Lines of the main story the rules read as a related headline (not one
/// opening with a related prefix) or a caption (without a photo credit or a
/// caption label) but
/// the model as prose of the body (at least eight words, or a sentence,
/// beside a body line) go back into the body.
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
    // Captions of one line, without a photo credit and without a caption
    // label ("Image caption,") may go back.
    let plain: HashSet<Span> = a
        .captions
        .iter()
        .filter(|c| {
            c.credit.is_none()
                && !c
                    .span
                    .slice(text)
                    .is_some_and(crate::grammar::caption::opens_with_label)
        })
        .map(|c| c.span)
        .collect();
    for l in &mut a.lines {
        let Some((i, s)) = scored(l.span.start) else {
            continue;
        };
        let prose = page.lines.get(i).is_some_and(|p| {
            let s = p.stats();
            s.words >= 8 || s.ends_sentence
        });
        let body_at = |j: Option<usize>| {
            j.and_then(|j| page.lines.get(j))
                .and_then(|p| scored(p.span.start))
                .is_some_and(|(_, s)| s.label.is_body())
        };
        let beside_body = body_at(i.checked_sub(1)) || body_at(Some(i + 1));
        if !s.label.is_body() || !prose || !beside_body {
            continue;
        }
        // A line opening with a related prefix ("Read more:", "Lire aussi :")
        // links another story however much it reads like prose.
        let prefixed = || {
            l.span
                .slice(text)
                .is_some_and(crate::lexicon::opens_related_link)
        };
        match l.role {
            LineRole::Related if !prefixed() => related.insert(l.span.start),
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

fn has_head(a: &Article) -> bool {
    !a.title.is_empty()
}

pub(super) fn at_span(page: &Page, labels: &[Scored], start: usize) -> Option<Scored> {
    labels.get(page.index_of(start)?).copied()
}

/// Rewrites `arts` (the rules' stories of `text`) after the labels of `page`.
pub(crate) fn apply(
    text: &str,
    mut arts: Vec<Article>,
    page: &Page,
    labels: &[Scored],
    with: With<'_>,
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
        if let (Some(k), true) = (l.story(), s.label.is_body()) {
            if let Some(w) = words.get_mut(k as usize) {
                *w += l.stats().words;
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
    // Recall keeps every line the rules keep; precision adds none they
    // removed; a live blog's entries (its time stamps) stay as the rules
    // read them.
    let may_remove =
        opts.preference != Preference::Recall && !arts.first().is_some_and(|a| live(a, with));
    let may_add = opts.preference != Preference::Precision;
    // A further story with a headline of its own is a story the page
    // appended: its lines stay its own.
    let headed: Vec<bool> = arts.iter().map(has_head).collect();
    let mut moved: Vec<(Block, LineUse)> = Vec::new();
    let mut out_of_main: Vec<Removed> = Vec::new();
    // The main story's body lines the model moved out, and their line uses.
    let mut cut_body: Vec<Block> = Vec::new();
    let mut cut_lines: Vec<LineUse> = Vec::new();
    for (k, a) in arts.iter_mut().enumerate() {
        let mut gone: HashSet<usize> = HashSet::new();
        let mut keep = Vec::with_capacity(a.body.len());
        // (The guard reads the main story only.)
        let guard = (k == 0).then(|| BodyGuard::new(page, labels, a));
        let mut kept_at: Option<usize> = None;
        for b in std::mem::take(&mut a.body) {
            let sc = scored(b.span.start);
            match sc {
                Some((i, s))
                    if !s.label.is_body()
                        && may_remove
                        && guard.as_ref().is_some_and(|g| !g.keeps(i, b.span, kept_at)) =>
                {
                    gone.insert(b.span.start);
                    let span = page.lines.get(i).map_or(b.span, |l| l.span);
                    cut_body.push(b.clone());
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
                _ => {
                    kept_at = sc.map(|(i, _)| i).or(kept_at);
                    keep.push(b);
                }
            }
        }
        a.body = keep;
        if !gone.is_empty() {
            let (kept, cut): (Vec<_>, Vec<_>) = std::mem::take(&mut a.lines)
                .into_iter()
                .partition(|l| !gone.contains(&l.span.start));
            a.lines = kept;
            if k == 0 {
                cut_lines = cut;
            }
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
                        let s = l.stats();
                        (s.ends_sentence || s.words >= 8) && !prompt(l)
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
        for (b, l) in moved {
            main.body.push(b);
            main.lines.push(l);
        }
        main.removed.extend(out_of_main);
        main.removed.extend(folded);
        // The headline may come from any line the main story now holds.
        let counted = super::title::Labelled::of(labels);
        let at = super::fields::Decide {
            text,
            page,
            counted: &counted,
            with,
            opts,
        };
        super::retitle::retitle(main, at);
        super::full_title::full_title(main, at);
        super::fields::drop_stray_authors(main, text, page, labels);
        super::fields::narrow_authors(main, at);
        super::fields::fill(main, at);
        drop(counted); // (released before the lines are sorted)
        super::fields::lone_deck_as_body(main, page);
        // The model's doubt alone never leaves the main story without a
        // body: when it moved out every line the rules kept and nothing took
        // their place, the rules' lines that read as prose stand (unless
        // another field, the headline, took the line meanwhile).
        if main.body.is_empty() {
            let mut prose: HashSet<usize> = cut_body
                .iter()
                .filter_map(|b| page.index_of(b.span.start))
                .filter_map(|i| page.lines.get(i))
                .filter(|l| prose_line(l))
                .map(|l| l.span.start)
                .collect();
            if !prose.is_empty() {
                for l in &main.lines {
                    prose.remove(&l.span.start);
                }
                let back = |s: Span| prose.contains(&s.start);
                main.body = cut_body.into_iter().filter(|b| back(b.span)).collect();
                main.lines
                    .extend(cut_lines.into_iter().filter(|l| back(l.span)));
                main.removed.retain(|r| !back(r.span));
            }
        }
        sort_by_start(&mut main.body, |b| b.span);
        sort_by_start(&mut main.lines, |l| l.span);
        sort_by_start(&mut main.removed, |r| r.span);
        main.warnings.retain(|w| *w != Warning::NoBody);
        if main.body.is_empty() {
            main.warnings.push(Warning::NoBody);
        }
    }
    arts
}

/// Sorts `v` by the start of `span` (stably); a list already in order, as a
/// page's lines mostly are, is left alone without the sort's buffer.
fn sort_by_start<T>(v: &mut [T], span: impl Fn(&T) -> Span) {
    if !v.is_sorted_by_key(|x| span(x).start) {
        v.sort_by_key(|x| span(x).start);
    }
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
