//! Orchestration only: split into lines, clean, classify, find the stories,
//! assemble the articles; and the page's date settings the rules read it with.

use crate::lines::{self, text};
use crate::rules::kind::{self, Kind, Shape};
use crate::rules::story::{self, Assign, Item};

use crate::fields::{assemble, finish, main_first_counted};
use crate::grammar::byline::{self, Byline};
use crate::grammar::date::{DateEntry, DateOptions, DateRole, DayOrder, VotedOrder};
use crate::known::{self, Known};
use crate::lexicon;
use crate::table::FastBuild;
use crate::{Article, Options, RemovalReason, Removed};
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
///
/// Also what the classification learnt of lines as printed (see
/// [`Known`]): the feature pass ([`crate::features::Page::build_known`])
/// and the author candidates need not find it out again.
pub(crate) fn extract_dated(text: &str, opts: &Options) -> (Vec<Article>, DateOptions, Known) {
    let mut warnings = Vec::new();
    let mut cut = None;
    // Only the non-blank lines are kept: blank ones cost nothing per line.
    let mut split = lines::split(text, opts, &mut warnings, &mut cut, true);
    let dopts = date_options(opts, &split);
    let mut known = Known::default();
    let mut items = classify_lines(&split, &dopts, MEMO_MAX_ENTRIES, &mut known);
    story::live::mark_entries(&mut items);
    let (stories, mut assign) = story::segment(&items, opts.preference);
    let guessed = dopts.reference.is_none() && dopts.page_year.is_some();
    // Item `k` is line `k`. The items (kinds, shapes, norms) are dropped
    // before the articles are built: all assembly needs of them besides the
    // line is the dates of a dated headline and of the date lines.
    let mut title_dates: Vec<(usize, Box<[DateEntry]>)> = Vec::new();
    for (k, (it, l)) in items.into_iter().zip(split.iter()).enumerate() {
        // Whether the line is a person's name alone, when the rules asked
        // (the author candidates read the line as printed, less its spaces).
        if let Some(&person) = it.person.get()
            && crate::lines::text::trim(split.raw(&l)) == it.text
        {
            known.note_person(person, l.span);
        }
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
    // Each article's word count, for choosing the main story and for its
    // confidence (its body is not changed in between).
    let mut words: Vec<usize> = out.iter().map(Article::word_count).collect();
    main_first_counted(&mut out, &mut words);
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
    for (a, &n) in out.iter_mut().zip(&words) {
        finish(a, n);
    }
    (out, dopts, known)
}

/// True for a date line, or a byline with dates and no names.
fn dated_without_names(k: &Kind) -> bool {
    match k {
        Kind::Date(d) => !d.is_empty(),
        Kind::Byline(b) | Kind::DateByline(b) => b.by.authors.is_empty() && !b.dates.is_empty(),
        _ => false,
    }
}

/// True when a line under a label row ("Author:") reads as its value: a few
/// words, not a sentence.
fn is_label_value(sh: &Shape) -> bool {
    (1..=6).contains(&sh.words) && !sh.terminal
}

/// The year of the page's copyright notice (the last one printed), for
/// reading dates printed without a year.
fn page_year(split: &lines::Split<'_>) -> Option<i32> {
    split.iter().rev().find_map(|l| {
        let t = split.text(&l);
        let marked = t.len() <= 400 && crate::grammar::misc::copyright_marked(t);
        marked
            .then(|| crate::grammar::misc::parse_copyright_year(t).ok())
            .flatten()
            .map(|p| p.value)
    })
}

/// The items of `split`'s lines: each line's text, norm, shape and kind,
/// with the kinds two neighbouring lines make together. A short line
/// already seen takes its first occurrence's shape and kind; the memo holds
/// at most `memo_max` lines (0: no memo). What the classification learnt
/// of lines that cleaning left as printed goes to `known`.
fn classify_lines<'a>(
    split: &'a lines::Split<'a>,
    dopts: &DateOptions,
    memo_max: usize,
    known: &mut Known,
) -> Vec<Item<'a>> {
    let mut items: Vec<Item<'a>> = Vec::with_capacity(split.len());
    // Short line text -> the item of its first occurrence (see below);
    // sized for every line up front (it is only looked up, never walked).
    let mut memo: HashMap<&str, usize, FastBuild> =
        HashMap::with_capacity_and_hasher(split.len().min(memo_max), FastBuild::default());
    for l in split.iter() {
        let t = split.text(&l);
        // Menus, share rows and labels repeat on a page: a short line seen
        // before (unchanged by its neighbours) takes that line's shape and
        // kind, which depend on its text alone.
        let seen = (t.len() <= MEMO_MAX_LINE)
            .then(|| memo.get(t).and_then(|&k| items.get(k)))
            .flatten();
        let mut noted = kind::Noted::default();
        let (shape, mut kind) = match seen {
            Some(it) => (it.shape(), it.kind.clone()),
            None => kind::shape_and_kind(t, dopts, &mut noted),
        };
        let fresh = seen.is_none();
        // `classify` returns a glyph or separator line before looking for
        // boilerplate, and any other kind but boilerplate after finding none.
        if fresh
            && t.len() <= 120
            && !matches!(kind, Kind::Glyph | Kind::Separator | Kind::Boiler(_))
            && split.raw(&l) == t
        {
            known::note(&mut known.no_boiler, l.span);
        }
        // The author candidates read the line as printed, less its spaces.
        if (noted.no_byline_names || noted.no_date) && crate::lines::text::trim(split.raw(&l)) == t
        {
            known.note_line(&noted, l.span);
        }
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
        // A photo gallery: the text under a slide's label ("2/50 Star Wars
        // boosts economy", "Image 2 of 8") is the slide's caption.
        if matches!(kind, Kind::Text)
            && items.last().is_some_and(|p| {
                matches!(p.kind, Kind::Boiler(lexicon::Boiler::Label))
                    && lexicon::is_gallery_label(p.text)
            })
        {
            changed = true;
            kind = Kind::Caption(Box::new(crate::grammar::caption::CaptionParts {
                text: t.to_string(),
                credit: None,
                label: None,
            }));
        }
        // "Amelie Siekmann," on one line, "am Sonntag, 11.12.2022 - 05:00"
        // on the next: the name is the byline of that date line.
        if let Some(prev) = items.last_mut()
            && matches!(prev.kind, Kind::Text)
            && let Some(name) = prev.text.strip_suffix(',').map(str::trim)
            && dated_without_names(&kind)
            && byline::is_person_name(name)
        {
            forget(&mut memo, prev.text, last);
            prev.kind = Kind::Byline(Box::default());
            changed = true;
            kind = match kind {
                Kind::Date(d) => Kind::byline(Byline::default(), d.to_vec()),
                k => k,
            };
            if let Kind::Byline(b) | Kind::DateByline(b) = &mut kind {
                b.by.authors.push(name.to_string());
                b.by.roles.resize(b.by.authors.len(), None);
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

/// The date settings [`extract_dated`] reads `text` with (its day order and page
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
    // The page's first lines vote for its day order when a date first
    // needs it (most pages print none that does).
    if opts.day_order == DayOrder::Auto {
        d.voted = Some(VotedOrder::new(
            split.iter().take(split.head).map(|l| split.text(&l)),
        ));
    }
    d
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
        classify_lines(&split, &dopts, memo_max, &mut Known::default())
            .iter()
            .map(|it| format!("{:?} {:?}", it.kind, it.shape()))
            .collect()
    }

    #[test]
    fn copyright_marks_are_found() {
        for (t, want) in [
            ("\u{a9} 2024 The Paper", true),
            ("Copyright 2024", true),
            ("COPYRIGHT 2024", false),
            ("(c) 2024", true),
            ("(C) 2024", true),
            ("(see) 2024", false),
            ("caf\u{e9} \u{2029}", false),
            ("", false),
        ] {
            let slow = t.contains('\u{a9}')
                || t.contains("opyright")
                || t.contains("(c)")
                || t.contains("(C)");
            assert_eq!(slow, want, "{t:?}");
            assert_eq!(crate::grammar::misc::copyright_marked(t), want, "{t:?}");
        }
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
