//! Fitting the whole model: the sequence model on every page, then the
//! headline ranker on labels that models trained without each page gave it
//! (cross-fitted, so the ranker learns how far to trust labels it will see
//! on unseen pages).

use super::Model;
use super::rank::Ranker;
use super::train::{Example, TrainOptions, train};
use crate::features::Page;

/// Folds of the cross-fitting.
const FOLDS: usize = 5;

/// One training page of [`fit`].
#[derive(Debug, Clone, Copy)]
pub struct FitPage<'a> {
    /// The page's lines.
    pub page: &'a Page,
    /// Its line features and allowed labels.
    pub example: &'a Example,
    /// The lines that print its gold headline (see [`super::title_lines`]).
    pub title_lines: &'a [usize],
    /// How many times the page counts in the sequence model's training.
    pub weight: usize,
    /// The full dates printed on the page (see [`super::date_candidates`]).
    pub dates: &'a [super::DateCandidate],
    /// The day the gold says the story was published.
    pub published: Option<chrono::NaiveDate>,
    /// The names printed on the page (see [`super::author_candidates`]).
    pub bylines: &'a [super::AuthorCandidate],
    /// The gold authors (`None`: the gold does not say).
    pub authors: Option<&'a [String]>,
}

fn sequence(pages: &[&FitPage<'_>], opts: &TrainOptions) -> Model {
    let examples: Vec<Example> = pages
        .iter()
        .flat_map(|p| std::iter::repeat_n(p.example.clone(), p.weight.max(1)))
        .collect();
    train(&examples, opts)
}

/// Trains the sequence model on `pages`, then the headline ranker on the
/// pages with a gold headline. Deterministic for a given input and options.
pub fn fit(pages: &[FitPage<'_>], opts: &TrainOptions) -> Model {
    let all: Vec<&FitPage<'_>> = pages.iter().collect();
    let model = sequence(&all, opts);
    // The main-story ranker reads the first pass's stories, not the labels.
    // A gold body line is one only the body labels are allowed on (a page
    // whose gold quotes snippets leaves other lines open to every label).
    let body = super::Label::Paragraph.bit() | super::Label::Heading.bit();
    let storied: Vec<_> = all
        .iter()
        .filter_map(|p| {
            super::stories::example(p.page, |i| {
                p.example
                    .allowed
                    .get(i)
                    .is_some_and(|&a| a & body != 0 && a & !body == 0)
            })
        })
        .collect();
    let (mut ranked, mut dated, mut named) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..FOLDS {
        let rest: Vec<&FitPage<'_>> = all
            .iter()
            .copied()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != k)
            .map(|(_, p)| p)
            .collect();
        let m = sequence(&rest, opts);
        for p in all.iter().skip(k).step_by(FOLDS) {
            if p.title_lines.is_empty() && p.published.is_none() && p.authors.is_none() {
                continue;
            }
            let labels = m.label(p.page);
            let labels = super::title::Labelled::of(&labels);
            if let Some(ex) = super::title::example(p.page, &labels, |i| p.title_lines.contains(&i))
            {
                ranked.push(ex);
            }
            if let Some(day) = p.published {
                // The benchmark's scorers accept a day either side.
                let near = |c: &super::DateCandidate| (c.value.date() - day).num_days().abs() <= 1;
                let title = p.page.title_line;
                if let Some(ex) = super::dates::example(p.page, &labels, p.dates, title, near) {
                    dated.push(ex);
                }
            }
            if let Some(gold) = p.authors {
                let gold: Vec<String> = gold.iter().map(|a| name_key(a)).collect();
                // A candidate naming half of the gold authors or more, and
                // no one else, is gold.
                let named_well = |c: &super::AuthorCandidate| {
                    let hits = c
                        .authors
                        .iter()
                        .filter(|a| gold.contains(&name_key(a)))
                        .count();
                    hits > 0 && hits == c.authors.len() && hits * 2 >= gold.len()
                };
                let title = p.page.title_line;
                if let Some(ex) =
                    super::authors::example(p.page, &labels, p.bylines, title, named_well)
                {
                    named.push(ex);
                }
            }
        }
    }
    model
        .with_ranker(Ranker::train_bagged(
            &ranked,
            opts.epochs,
            opts.min_count,
            opts.bags,
            opts.seed,
        ))
        .with_date_ranker(Ranker::train_bagged(
            &dated,
            opts.epochs,
            opts.min_count,
            opts.bags,
            opts.seed,
        ))
        .with_author_ranker(Ranker::train_bagged(
            &named,
            opts.epochs,
            opts.min_count,
            opts.bags,
            opts.seed,
        ))
        .with_story_ranker(Ranker::train_bagged(
            &storied,
            opts.epochs,
            opts.min_count,
            opts.bags,
            opts.seed,
        ))
}

/// A name compared case- and spacing-blind.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
