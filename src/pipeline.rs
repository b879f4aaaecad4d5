//! Orchestration only: split into lines, clean, classify, find the stories,
//! assemble the articles.

use crate::lines::{self, text};
use crate::rules::kind::{self, Kind, Shape};
use crate::rules::story::{self, Assign, Item};

use crate::grammar::agency;
use crate::grammar::byline::{self, Byline};
use crate::grammar::date::{DateEntry, DateOptions, DateRole, DayOrder};
use crate::lexicon;
use crate::table::FastBuild;
use crate::{
    Article, Block, BlockKind, Caption, LineRole, LineUse, Options, RemovalReason, Removed, Span,
    Warning,
};
use std::collections::HashMap;

/// Lines longer than this are classified every time they occur (long lines
/// rarely repeat; hashing them would cost more than it saves).
const MEMO_MAX_LINE: usize = 250;

/// The memo of repeated lines is emptied when it holds this many lines, so
/// its memory stays bounded on huge inputs (repeats are near each other).
const MEMO_MAX_ENTRIES: usize = 8192;

/// Drops `text` from the memo when it points at item `k`, whose kind its
/// neighbour has just changed (the kind is no longer its text's alone).
fn forget(memo: &mut HashMap<&str, usize, FastBuild>, text: &str, k: usize) {
    if memo.get(text) == Some(&k) {
        memo.remove(text);
    }
}

/// Every story of `text`, main story first (never empty), with the date
/// settings the rules read the page with (its day order and page year).
pub(crate) fn extract_dated(text: &str, opts: &Options) -> (Vec<Article>, DateOptions) {
    let mut warnings = Vec::new();
    let mut cut = None;
    // Only the non-blank lines are kept: blank ones cost nothing per line.
    let mut split = lines::split(text, opts, &mut warnings, &mut cut, true);
    let dopts = date_options(opts, &split);
    let items = classify_lines(&split, &dopts, MEMO_MAX_ENTRIES);
    let (stories, mut assign) = story::segment(&items, opts.preference);
    let guessed = dopts.reference.is_none() && dopts.page_year.is_some();
    // Item `k` is line `k`. The items (kinds, shapes, norms) are dropped
    // before the articles are built: all assembly needs of them besides the
    // line is the dates of a dated headline and of the date lines.
    let mut title_dates: Vec<(usize, Box<[DateEntry]>)> = Vec::new();
    for (k, it) in items.into_iter().enumerate() {
        match (it.kind, assign.get_mut(k)) {
            (Kind::DateTitle(dt), Some(Assign::Title(_))) => title_dates.push((k, dt.0)),
            (Kind::DateTitle(dt), Some(a @ Assign::LineDates)) => *a = Assign::Dates(dt.0.into()),
            (Kind::Date(d), Some(a @ Assign::LineDates)) => *a = Assign::Dates(d),
            _ => {}
        }
    }
    // The stories cover the lines in order: the lines and assignments are
    // taken one by one from the ends of the reversed lists, which release
    // their memory while the articles grow.
    split.reverse_for_pop();
    assign.reverse();
    let mut out: Vec<Article> = Vec::with_capacity(stories.len());
    for s in &stories {
        out.push(assemble(
            &mut split,
            &mut assign,
            &title_dates,
            s.start,
            s.end,
            guessed,
        ));
    }
    drop(assign);
    drop(split);
    if out.is_empty() {
        out.push(Article::default());
    }
    main_first(&mut out);
    if let Some(first) = out.first_mut() {
        if let Some(c) = cut {
            let snippet = c
                .slice(text)
                .map(|s| text::preview(s, 200))
                .unwrap_or_default();
            first
                .removed
                .push(Removed::new(c, snippet, RemovalReason::Truncated));
        }
        first.warnings.extend(warnings);
    }
    for a in &mut out {
        finish(a);
    }
    (out, dopts)
}

/// True when a line under a label row ("Author:") reads as its value: a few
/// words, not a sentence.
fn is_label_value(sh: &Shape) -> bool {
    (1..=6).contains(&sh.words) && !sh.terminal
}

/// True when the story printed a byline or a date of its own.
fn has_header(a: &Article) -> bool {
    !a.authors.is_empty() || a.published.is_some() || a.updated.is_some() || !a.raw_dates.is_empty()
}

/// Puts the main story first. The first story on the page is the main one,
/// unless it has no byline or date (a block of teasers above the article)
/// while a later one has them and at least half as much text.
fn main_first(out: &mut [Article]) {
    let Some(first) = out.first() else { return };
    if has_header(first) || first.title.is_empty() && first.body.is_empty() {
        return;
    }
    let words = first.word_count();
    if let Some(k) = out
        .iter()
        .position(|a| has_header(a) && !a.title.is_empty() && a.word_count() * 2 >= words)
    {
        out.swap(0, k);
    }
}

/// The year of the page's copyright notice (the last one printed), for
/// reading dates printed without a year.
fn page_year(split: &lines::Split<'_>) -> Option<i32> {
    split.iter().rev().find_map(|l| {
        let t = split.text(&l);
        let marked = t.len() <= 400
            && (t.contains('©')
                || t.contains("opyright")
                || t.contains("(c)")
                || t.contains("(C)"));
        marked
            .then(|| crate::grammar::misc::parse_copyright_year(t).ok())
            .flatten()
            .map(|p| p.value)
    })
}

/// The items of `split`'s lines: each line's text, norm, shape and kind,
/// with the kinds two neighbouring lines make together. A short line
/// already seen takes its first occurrence's shape and kind; the memo holds
/// at most `memo_max` lines (0: no memo).
fn classify_lines<'a>(
    split: &'a lines::Split<'a>,
    dopts: &DateOptions,
    memo_max: usize,
) -> Vec<Item<'a>> {
    let mut items: Vec<Item<'a>> = Vec::with_capacity(split.len());
    // Short line text -> the item of its first occurrence (see below).
    let mut memo: HashMap<&str, usize, FastBuild> = HashMap::default();
    for l in split.iter() {
        let t = split.text(&l);
        // Menus, share rows and labels repeat on a page: a short line seen
        // before (unchanged by its neighbours) takes that line's shape and
        // kind, which depend on its text alone.
        let seen = (t.len() <= MEMO_MAX_LINE)
            .then(|| memo.get(t).and_then(|&k| items.get(k)))
            .flatten();
        let (shape, mut kind) = match seen {
            Some(it) => (it.shape(), it.kind.clone()),
            None => {
                let shape = Shape::of(t);
                let kind = if t.is_empty() {
                    Kind::Glyph
                } else {
                    kind::classify(t, &shape, dopts)
                };
                (shape, kind)
            }
        };
        let fresh = seen.is_none();
        // Set when a neighbour changes this line's kind (then it is not its
        // text's alone and is not remembered).
        let mut changed = false;
        // The previous item's index (its kind may be changed below).
        let last = items.len().wrapping_sub(1);
        // "By" alone, the names on the next line: one byline over both lines.
        if let Some(prev) = items.last_mut()
            && matches!(
                prev.kind,
                Kind::Text | Kind::Boiler(lexicon::Boiler::AuthorBoxHeader)
            )
            && matches!(kind, Kind::Text | Kind::Byline(..))
            && byline::is_lone_marker(prev.text)
        {
            if let Ok(p) = byline::parse_after_marker(prev.text, t) {
                forget(&mut memo, prev.text, last);
                prev.kind = Kind::Byline(Box::default());
                if matches!(kind, Kind::Text) {
                    changed = true;
                    kind = Kind::byline(p.value, []);
                }
            } else if prev.text.ends_with(':')
                && matches!(kind, Kind::Text)
                && is_label_value(&shape)
            {
                // "Author:" on one line, a staff or desk credit on the next.
                forget(&mut memo, prev.text, last);
                prev.kind = Kind::Byline(Box::default());
                changed = true;
                kind = Kind::byline(
                    Byline {
                        credits: vec![t.to_string()],
                        ..Byline::default()
                    },
                    [],
                );
            }
        }
        // "Publish date:" on one line, the date on the next: one date line.
        if let Some(prev) = items.last_mut()
            && matches!(prev.kind, Kind::Text)
            && let Kind::Date(entries) = &mut kind
            && let Some(role) = crate::grammar::date::lone_label(prev.text)
        {
            forget(&mut memo, prev.text, last);
            prev.kind = Kind::Date(Box::default());
            changed = true;
            if role == DateRole::Updated {
                for e in entries.iter_mut() {
                    e.role = DateRole::Updated;
                }
            }
        }
        if fresh && !changed && t.len() <= MEMO_MAX_LINE && memo_max > 0 {
            if memo.len() >= memo_max {
                memo.clear();
            }
            memo.insert(t, items.len());
        }
        items.push(Item {
            text: t,
            shape_bits: kind::PackedShape::new(&shape),
            norm_cell: std::cell::OnceCell::new(),
            kind,
            person: std::cell::OnceCell::new(),
            filler: std::cell::OnceCell::new(),
        });
    }
    items
}

/// The date settings [`extract`] reads `text` with (its day order and page
/// year), for readers of single lines after it.
pub(crate) fn page_date_options(text: &str, opts: &Options) -> DateOptions {
    let (mut warnings, mut cut) = (Vec::new(), None);
    let split = lines::split(text, opts, &mut warnings, &mut cut, true);
    date_options(opts, &split)
}

/// Date settings for this page: numeric dates are read day-first on pages in
/// a day-first language, unless the options say otherwise.
/// The sample is the first [`lines::HEAD_LINES`] input lines.
fn date_options(opts: &Options, split: &lines::Split<'_>) -> DateOptions {
    let mut d = DateOptions {
        reference: opts.reference_time,
        day_order: opts.day_order,
        ..DateOptions::default()
    };
    if d.reference.is_none() {
        d.page_year = page_year(split);
    }
    if opts.day_order == DayOrder::Auto {
        let (mut other, mut en) = (0usize, 0usize);
        for w in split
            .iter()
            .take(split.head)
            .flat_map(|l| split.text(&l).split_whitespace())
            .take(6000)
        {
            // (English word, day-first language word)
            let (e, o) = lexicon::day_order_vote(w);
            en += usize::from(e);
            other += usize::from(o);
        }
        if other > en {
            d.day_order = DayOrder::DayFirst;
        }
    }
    d
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn credit_key(c: &str) -> String {
    agency::canonical_agency(c)
        .unwrap_or(c)
        .trim()
        .to_lowercase()
}

struct Builder {
    a: Article,
    box_names: Vec<(String, Span)>,
    /// Dates without a year are read in the copyright year (a guess).
    year_guessed: bool,
}

impl Builder {
    fn use_line(&mut self, span: Span, role: LineRole) {
        self.a.lines.push(LineUse { span, role });
    }

    fn remove(&mut self, span: Span, text: &str, reason: RemovalReason) {
        self.a.removed.push(Removed::new(span, text, reason));
    }

    fn author(&mut self, name: &str, span: Span) {
        let name = name.trim();
        if name.is_empty() || self.a.authors.iter().any(|x| same_name(x, name)) {
            return;
        }
        self.a.authors.push(name.to_string());
        self.a.spans.authors.push(span);
    }

    fn credit(&mut self, c: &str, span: Span) {
        let c = c.trim();
        if c.is_empty() {
            return;
        }
        let canon = agency::canonical_agency(c)
            .map(str::to_string)
            .unwrap_or_else(|| c.to_string());
        let k = credit_key(&canon);
        if self.a.credits.iter().any(|x| credit_key(x) == k) {
            return;
        }
        self.a.credits.push(canon);
        self.a.spans.credits.push(span);
    }

    fn dates(&mut self, entries: &[DateEntry], span: Span) {
        for e in entries {
            if e.date.time_only {
                // A time without a day keeps its precision: never a day of its own.
                self.a.raw_dates.push(e.raw.clone());
                self.a.warnings.push(Warning::TimeOnlyDate(e.raw.clone()));
                continue;
            }
            if e.date.after_reference {
                self.a
                    .warnings
                    .push(Warning::DateAfterReference(e.raw.clone()));
            }
            if e.date.yearless && e.date.value.is_some() && self.year_guessed {
                self.a.warnings.push(Warning::YearInferred(e.raw.clone()));
            }
            let Some(v) = e.date.value else {
                if e.date.relative {
                    self.a.raw_dates.push(e.raw.clone());
                    self.a
                        .warnings
                        .push(Warning::RelativeDateUnresolved(e.raw.clone()));
                }
                continue;
            };
            match e.role {
                DateRole::Updated => {
                    if self.a.updated.is_none() {
                        self.a.updated = Some(v);
                        self.a.spans.updated = Some(span);
                    }
                }
                _ => {
                    if self.a.published.is_none() {
                        self.a.published = Some(v);
                        self.a.spans.published = Some(span);
                    }
                }
            }
        }
    }
}

/// The article of lines `start..end`, from what story finding assigned
/// them. The lines and their assignments are taken from the ends of
/// `split` (see [`lines::Split::pop_first`]) and `assign` (reversed), so
/// the stories are assembled in order. `title_dates` holds the dates of
/// dated headlines by line, in line order.
fn assemble(
    split: &mut lines::Split<'_>,
    assign: &mut Vec<Assign>,
    title_dates: &[(usize, Box<[DateEntry]>)],
    start: usize,
    end: usize,
    year_guessed: bool,
) -> Article {
    let mut b = Builder {
        a: Article::default(),
        box_names: Vec::new(),
        year_guessed,
    };
    for k in start..end {
        let (Some(line), Some(mut owned)) = (split.pop_first(), assign.pop()) else {
            continue;
        };
        lines::shrink_half(assign);
        let asg = &mut owned;
        let span = line.span;
        let text = split.text(&line);
        match asg {
            Assign::Title(t) => {
                if b.a.title.is_empty() {
                    b.a.title = std::mem::take(t).into();
                    b.a.spans.title = Some(span);
                    b.use_line(span, LineRole::Title);
                    if let Some((_, d)) = title_dates
                        .binary_search_by_key(&k, |(i, _)| *i)
                        .ok()
                        .and_then(|i| title_dates.get(i))
                    {
                        b.dates(d, span);
                    }
                } else {
                    b.remove(span, text, RemovalReason::TitleRepeat);
                }
            }
            Assign::Subtitle => {
                b.a.subtitle = Some(text.to_string());
                b.a.spans.subtitle = Some(span);
                b.use_line(span, LineRole::Subtitle);
            }
            Assign::Section(s) => {
                if b.a.section.is_none() {
                    b.a.section = Some(std::mem::take(s).into());
                    b.a.spans.section = Some(span);
                    b.use_line(span, LineRole::Section);
                } else {
                    b.remove(span, text, RemovalReason::SectionLabel);
                }
            }
            Assign::ReadingTime(m) => {
                if b.a.reading_time_minutes.is_none() {
                    b.a.reading_time_minutes = Some(*m);
                    b.a.spans.reading_time_minutes = Some(span);
                    b.use_line(span, LineRole::ReadingTime);
                } else {
                    b.remove(span, text, RemovalReason::ReadingTime);
                }
            }
            Assign::Dates(d) => {
                b.dates(d, span);
                b.use_line(span, LineRole::Date);
            }
            // (Only a date kind gives it, and its dates were moved in above.)
            Assign::LineDates => b.use_line(span, LineRole::Date),
            Assign::Byline(bd) => {
                for n in &bd.by.authors {
                    b.author(n, span);
                }
                for c in &bd.by.credits {
                    b.credit(c, span);
                }
                b.dates(&bd.dates, span);
                b.use_line(span, LineRole::Byline);
            }
            Assign::KeyPoint(s) => {
                b.a.key_points.push(std::mem::take(s).into());
                b.a.spans.key_points.push(span);
                b.use_line(span, LineRole::KeyPoint);
            }
            Assign::Caption(c) => {
                let dup =
                    b.a.captions
                        .iter()
                        .any(|x| text::norm_tokens(&x.text) == text::norm_tokens(&c.text));
                if dup || c.text.trim().is_empty() {
                    b.remove(span, text, RemovalReason::CaptionRepeat);
                } else {
                    b.a.captions.push(Caption::new(
                        std::mem::take(&mut c.text),
                        c.credit.take(),
                        span,
                    ));
                    b.use_line(span, LineRole::Caption);
                }
            }
            Assign::CaptionCredit => {
                if let Some(c) = b.a.captions.last_mut() {
                    c.span = c.span.join(span);
                }
                b.use_line(span, LineRole::Caption);
            }
            Assign::Body(kind, s) => {
                let mut s: String = s.take().map_or_else(|| text.to_string(), String::from);
                // Link cards glued into the paragraph go to the removed list.
                if let Some((kept, cuts)) = text::strip_link_cards(&s) {
                    // The card's own span when the line was printed as cleaned.
                    let exact = text.len() == span.len();
                    for c in &cuts {
                        let sp = match text.find(c.as_str()) {
                            Some(k) if exact => Span::new(span.start + k, span.start + k + c.len()),
                            _ => Span::new(span.start, span.start),
                        };
                        b.remove(sp, c, RemovalReason::RelatedTail);
                    }
                    s = kept;
                }
                b.a.body.push(Block::new(*kind, s, span));
                b.use_line(
                    span,
                    if *kind == BlockKind::Heading {
                        LineRole::Heading
                    } else {
                        LineRole::Paragraph
                    },
                );
            }
            Assign::Dateline(dr) => {
                let (d, rest) = &mut **dr;
                if !d.place.is_empty() {
                    b.a.dateline = Some(std::mem::take(&mut d.place));
                    b.a.spans.dateline = Some(span);
                }
                if let Some(ag) = &d.agency {
                    b.credit(ag, span);
                }
                if rest.is_empty() {
                    b.use_line(span, LineRole::Dateline);
                } else {
                    b.a.body
                        .push(Block::new(BlockKind::Paragraph, std::mem::take(rest), span));
                    b.use_line(span, LineRole::Paragraph);
                }
            }
            Assign::Related(s) => {
                b.a.related.push(std::mem::take(s).into());
                b.a.spans.related.push(span);
                b.use_line(span, LineRole::Related);
            }
            Assign::Trailer(t) => {
                for n in &t.reporters {
                    b.author(n, span);
                }
                b.use_line(span, LineRole::Credit);
            }
            Assign::AuthorName(n) => {
                b.box_names.push((std::mem::take(n).into(), span));
                b.use_line(span, LineRole::Credit);
            }
            Assign::Removed(r) => b.remove(span, text, *r),
            Assign::Unassigned => b.remove(span, text, RemovalReason::AfterStory),
        }
    }
    let names = std::mem::take(&mut b.box_names);
    for (n, span) in names {
        b.author(&n, span);
    }
    // The per-line lists grew by doubling: the spare room is given back
    // before the next story is built (a page of many stories holds them all).
    b.a.lines.shrink_to_fit();
    b.a.removed.shrink_to_fit();
    b.a.body.shrink_to_fit();
    b.a
}

/// Warnings and confidence.
fn finish(a: &mut Article) {
    if a.title.is_empty() {
        a.warnings.push(Warning::NoTitle);
    }
    if a.body.is_empty() {
        a.warnings.push(Warning::NoBody);
    }
    let words = a.word_count();
    if let Some(last) = a.body.last() {
        let paywall = words < 150
            && a.removed
                .iter()
                .any(|r| r.reason == RemovalReason::Newsletter && r.span.start >= last.span.end);
        if paywall {
            a.warnings.push(Warning::PaywallSuspected);
        }
    }
    let paras = a
        .body
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .count()
        .max(1);
    let mean = words as f32 / paras as f32;
    let mut c = 0.0f32;
    if !a.title.is_empty() {
        c += 0.3;
    }
    c += 0.4 * (words as f32 / 150.0).min(1.0);
    if a.published.is_some()
        || a.updated.is_some()
        || !a.authors.is_empty()
        || !a.credits.is_empty()
    {
        c += 0.15;
    }
    if (8.0..=150.0).contains(&mean) {
        c += 0.15;
    }
    a.confidence = (c * 100.0).round() / 100.0;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind and shape of each line of `text`, classified with a memo of
    /// at most `memo_max` repeated lines.
    fn kinds(text: &str, memo_max: usize) -> Vec<String> {
        let opts = Options::default();
        let (mut warnings, mut cut) = (Vec::new(), None);
        let split = lines::split(text, &opts, &mut warnings, &mut cut, true);
        let dopts = date_options(&opts, &split);
        classify_lines(&split, &dopts, memo_max)
            .iter()
            .map(|it| format!("{:?} {:?}", it.kind, it.shape()))
            .collect()
    }

    #[test]
    fn repeated_lines_are_classified_as_without_the_memo() {
        // Lines whose kind their neighbour changes ("By" over the names,
        // "Author:" over a desk, "Last updated:" over a date) repeat in other
        // places, where they must be read on their own again.
        let doc = "By\nMira Okonkwo-Hale\nAuthor:\nNewsroom Desk\nLast updated:\nMarch 3, 2024\n\
                   Share\nThe council met on Tuesday to discuss the budget.\nShare\n\
                   Mira Okonkwo-Hale\nAuthor:\nThe council met on Tuesday to discuss the budget.\n\
                   March 3, 2024\nNewsroom Desk\nBy\nMira Okonkwo-Hale\nShare\n";
        let plain = kinds(doc, 0);
        assert_eq!(plain.len(), 17);
        // The neighbour rules did change the first occurrences.
        assert_ne!(plain[1], plain[9], "{plain:?}");
        assert_ne!(plain[2], plain[10], "{plain:?}");
        assert_ne!(plain[5], plain[12], "{plain:?}");
        for memo in [1, 2, 3, MEMO_MAX_ENTRIES] {
            assert_eq!(kinds(doc, memo), plain, "memo of {memo}");
        }
        for seed in [
            include_str!("../seeds/000_9a97938ed1608d84.txt"),
            include_str!("../seeds/003_0b7696fe5ec64155.txt"),
        ] {
            assert_eq!(kinds(seed, MEMO_MAX_ENTRIES), kinds(seed, 0));
        }
    }
}
