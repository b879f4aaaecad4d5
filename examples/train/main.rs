//! `train`: trains the line model and its headline, date and author rankers
//! on labelled pages and reports how they score.
//!
//! `--gold-has-header SOURCE` names a source whose gold bodies also hold the
//! headline and byline lines (as some annotators copied them): those lines
//! keep the rules' roles in training.
//!
//! ```text
//! train [--out FILE] [--epochs N] [--min-count N] [--bags N] [--seed N] [--variant page|article|both]
//!       [--body-weight N] [--gold-has-header SOURCE]... [--folds K] [--diff]
//!       [--eval PAGES.jsonl]... [--loso] PAGES.jsonl...
//! ```
//!
//! Pages are records in the format of the shared page benchmark:
//! `{"id", "source"?, "text_page", "text_article", "gold": {"body", "title",
//! "with", "without", "published", "authors"}}`. The positional files train
//! the model; `--eval` files are only scored (data whose licence keeps it out
//! of shipped weights). Per source it prints the body F1 (4-gram shingles,
//! precision and recall averaged per page) and the share of pages scoring 0,
//! the headline match, the date match (a day either side) and the author set
//! F1, for the rules alone and with the model; `--loso` adds leave-one-source-out figures
//! (train on every source but one, score the one left out), `--folds K`
//! k-fold cross-validation over the training pages (`--diff`: one line per
//! page, rules against model).
//!
//! For error analysis: `SHOW=ID` prints every line of that page with the
//! rules' tag, the gold mask and the model's label and margin (in the
//! cross-validation run); `ZEROS=1` lists the pages the model scores 0 on;
//! `STATS=1` counts the gold masks of the rules' body lines per source;
//! `TITLES=1` prints the pages whose headline the model changed.

mod prepare;
mod score;

use newsclip::model::{FitPage, Model, TrainOptions, fit};
use newsclip::{Article, Labeller, Options, Parser};
use prepare::{Prepared, prepare};
use score::Score;
use std::collections::BTreeMap;
use std::process::ExitCode;

fn main_body(arts: &[Article]) -> String {
    arts.first().map(|a| a.body_text()).unwrap_or_default()
}

/// The articles of page `p` under model `m`: the rules' rewritten after its labels.
fn with_model(p: &Prepared, m: &Model, opts: &Options) -> Vec<Article> {
    let (rules, page) = m.main_story_first(p.rules.clone(), p.page.clone());
    let labels = m.label(&page);
    let mut arts = newsclip::model::apply_labels(&p.text, rules, &page, &labels, Some(m), opts);
    Parser::new(opts.clone()).finish_articles(&p.text, &mut arts);
    arts
}

fn score(pages: &[&Prepared], model: Option<&Model>, opts: &Options) -> BTreeMap<String, Score> {
    let mut out: BTreeMap<String, Score> = BTreeMap::new();
    for p in pages {
        let rule_title = p.ruled.first().map(|a| a.title.clone()).unwrap_or_default();
        let (body, title, arts) = match model {
            None => (main_body(&p.ruled), rule_title.clone(), p.ruled.clone()),
            Some(m) => {
                let arts = with_model(p, m, opts);
                let t = arts.first().map(|a| a.title.clone()).unwrap_or_default();
                (main_body(&arts), t, arts)
            }
        };
        if model.is_some() && std::env::var("ZEROS").is_ok() {
            let mut one = Score::default();
            one.add(&p.gold, &body);
            if one.n == 1 && one.zero == 1 {
                let mut r = Score::default();
                r.add(&p.gold, &main_body(&p.ruled));
                println!("zero {} {} rules: {}", p.source, p.id, r.show());
            }
        }
        let sc = out.entry(p.source.clone()).or_default();
        sc.add(&p.gold, &body);
        sc.title(&p.gold, &rule_title, &title);
        sc.date(p.published, &p.ruled, &arts);
        sc.authors(p.authors.as_deref(), &p.ruled, &arts);
    }
    out
}

/// The model fitted on `pages`; a page whose gold has a whole body counts
/// `body_weight` times (snippet golds settle only a few lines).
fn fit_on<'a>(
    pages: impl Iterator<Item = &'a Prepared>,
    body_weight: usize,
    topts: &TrainOptions,
) -> Model {
    let pages: Vec<FitPage<'_>> = pages
        .map(|p| FitPage {
            page: &p.page,
            example: &p.example,
            title_lines: &p.title_lines,
            dates: &p.dates,
            published: p.published,
            bylines: &p.bylines,
            authors: p.authors.as_deref(),
            weight: if p.gold.body.as_deref().is_some_and(|b| !b.trim().is_empty()) {
                body_weight.max(1)
            } else {
                1
            },
        })
        .collect();
    fit(&pages, topts)
}

/// A source's name without the `@article` of its article-region dumps.
fn base(source: &str) -> &str {
    source.split('@').next().unwrap_or(source)
}

/// The cross-validation fold of a page: both dumps of a page share it.
fn fold(p: &Prepared, folds: usize) -> usize {
    let h = p.id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    (h % folds as u64) as usize
}

fn main() -> ExitCode {
    let mut out = None;
    let mut topts = TrainOptions::default();
    let mut variant = "page".to_string();
    let (mut train_files, mut eval_files) = (Vec::new(), Vec::new());
    let mut loso = false;
    let mut folds = 0usize;
    let mut diff = false;
    let mut body_weight = 1usize;
    let mut header_sources: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        let r: Result<(), String> = match a.as_str() {
            "--out" => value("--out").map(|v| out = Some(v)),
            "--bags" => value("--bags")
                .and_then(|v| v.parse().map_err(|e| format!("--bags: {e}")))
                .map(|v| topts.bags = v),
            "--seed" => value("--seed")
                .and_then(|v| v.parse().map_err(|e| format!("--seed: {e}")))
                .map(|v| topts.seed = v),
            "--epochs" => value("--epochs")
                .and_then(|v| v.parse().map_err(|e| format!("--epochs: {e}")))
                .map(|v| topts.epochs = v),
            "--min-count" => value("--min-count")
                .and_then(|v| v.parse().map_err(|e| format!("--min-count: {e}")))
                .map(|v| topts.min_count = v),
            "--variant" => value("--variant").map(|v| variant = v),
            "--eval" => value("--eval").map(|v| eval_files.push(v)),
            "--folds" => value("--folds")
                .and_then(|v| v.parse().map_err(|e| format!("--folds: {e}")))
                .map(|v| folds = v),
            "--gold-has-header" => value("--gold-has-header").map(|v| header_sources.push(v)),
            "--body-weight" => value("--body-weight")
                .and_then(|v| v.parse().map_err(|e| format!("--body-weight: {e}")))
                .map(|v| body_weight = v),
            "--diff" => {
                diff = true;
                Ok(())
            }
            "--loso" => {
                loso = true;
                Ok(())
            }
            "-h" | "--help" => {
                println!(
                    "usage: train [--out FILE] [--epochs N] [--min-count N] [--bags N] [--seed N] [--variant page|article] [--eval PAGES.jsonl]... [--loso] PAGES.jsonl..."
                );
                return ExitCode::SUCCESS;
            }
            f if f.starts_with('-') => Err(format!("unknown option {f}")),
            f => {
                train_files.push(f.to_string());
                Ok(())
            }
        };
        if let Err(e) = r {
            eprintln!("train: {e}");
            return ExitCode::from(2);
        }
    }
    if train_files.is_empty() {
        eprintln!("train: no training pages given");
        return ExitCode::from(2);
    }
    let opts = Options::default().labeller(Labeller::Rules);
    let parser = Parser::new(opts.clone());
    let load = |files: &[String]| -> Result<Vec<Prepared>, String> {
        let mut out = Vec::new();
        for f in files {
            let stem = std::path::Path::new(f)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(f)
                .to_string();
            let data = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
            let recs: Vec<serde_json::Value> = data
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(serde_json::from_str)
                .collect::<Result<_, _>>()
                .map_err(|e| format!("{f}: {e}"))?;
            let chunks: Vec<&[serde_json::Value]> =
                recs.chunks(recs.len().div_ceil(2).max(1)).collect();
            let parts: Vec<Vec<Prepared>> = std::thread::scope(|s| {
                let hs: Vec<_> = chunks
                    .iter()
                    .map(|c| {
                        s.spawn(|| {
                            c.iter()
                                .flat_map(|r| {
                                    let vs: Vec<&str> = match variant.as_str() {
                                        "both" => vec!["page", "article"],
                                        v => vec![v],
                                    };
                                    vs.into_iter()
                                        .filter_map(|v| {
                                            prepare(&stem, r, v, &parser, &header_sources)
                                        })
                                        .collect::<Vec<_>>()
                                })
                                .collect::<Vec<_>>()
                        })
                    })
                    .collect();
                hs.into_iter()
                    .map(|h| h.join().unwrap_or_default())
                    .collect()
            });
            out.extend(parts.into_iter().flatten());
        }
        Ok(out)
    };
    let t0 = std::time::Instant::now();
    let (train_pages, eval_pages) = match (load(&train_files), load(&eval_files)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("train: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "train: {} training and {} evaluation pages prepared in {:.1}s",
        train_pages.len(),
        eval_pages.len(),
        t0.elapsed().as_secs_f64()
    );
    if std::env::var("STATS").is_ok() {
        let mut c: BTreeMap<(String, String, u16), usize> = BTreeMap::new();
        for p in &train_pages {
            for (l, m) in p.page.lines.iter().zip(&p.example.allowed) {
                if l.rule.is_body() {
                    let st = match l.story() {
                        Some(0) => "main",
                        Some(_) => "other",
                        None => "none",
                    };
                    let before = p.page.stories.first().is_some_and(|s| {
                        l.span.start > 0
                            && p.page
                                .lines
                                .get(s.0)
                                .is_some_and(|f| l.span.start < f.span.start)
                    });
                    *c.entry((p.source.clone(), format!("{st} before={before}"), *m))
                        .or_default() += 1;
                }
            }
        }
        for (k, v) in c {
            println!("{k:?} {v}");
        }
    }
    let t1 = std::time::Instant::now();
    let model = fit_on(train_pages.iter(), body_weight, &topts);
    eprintln!(
        "train: {} features kept ({} for headlines), trained in {:.1}s",
        model.features(),
        model.ranker().features(),
        t1.elapsed().as_secs_f64()
    );
    if let Some(path) = &out {
        if let Err(e) = std::fs::write(path, model.to_bytes()) {
            eprintln!("train: {path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    let all: Vec<&Prepared> = train_pages.iter().chain(&eval_pages).collect();
    let rules = score(&all, None, &opts);
    let fitted = score(&all, Some(&model), &opts);
    println!("| source | rules | model (trained on the training sources) |\n|---|---|---|");
    for (s, r) in &rules {
        let m = fitted.get(s).map(Score::show).unwrap_or_default();
        println!("| {s} | {} | {m} |", r.show());
    }
    if loso {
        println!("\n| left out | model trained on the other training sources |\n|---|---|");
        let sources: Vec<String> = rules.keys().cloned().collect();
        for s in sources {
            // Both dumps of a source are left out together.
            let m = fit_on(
                train_pages.iter().filter(|p| base(&p.source) != base(&s)),
                body_weight,
                &topts,
            );
            let left: Vec<&Prepared> = all.iter().copied().filter(|p| p.source == s).collect();
            let sc = score(&left, Some(&m), &opts);
            println!(
                "| {s} | {} |",
                sc.get(&s).map(Score::show).unwrap_or_default()
            );
        }
    }
    if folds > 1 {
        println!("\n| source | {folds}-fold cross-validation over the training pages |\n|---|---|");
        let mut total: BTreeMap<String, Score> = BTreeMap::new();
        for k in 0..folds {
            let m = fit_on(
                train_pages.iter().filter(|p| fold(p, folds) != k),
                body_weight,
                &topts,
            );
            let held: Vec<&Prepared> = train_pages.iter().filter(|p| fold(p, folds) == k).collect();
            for p in held {
                let labels = m.label(&p.page);
                let arts = with_model(p, &m, &opts);
                let body = main_body(&arts);
                let title = arts.first().map(|a| a.title.clone()).unwrap_or_default();
                let rule_title = p.ruled.first().map(|a| a.title.clone()).unwrap_or_default();
                total
                    .entry(p.source.clone())
                    .or_default()
                    .title(&p.gold, &rule_title, &title);
                total
                    .entry(p.source.clone())
                    .or_default()
                    .date(p.published, &p.ruled, &arts);
                total.entry(p.source.clone()).or_default().authors(
                    p.authors.as_deref(),
                    &p.ruled,
                    &arts,
                );
                if std::env::var("TITLES").is_ok() && title != rule_title {
                    println!(
                        "title {} {} | gold {:?} | rules {:?} | model {:?}",
                        p.source,
                        p.id,
                        p.gold.title.as_deref().unwrap_or(""),
                        rule_title,
                        title
                    );
                }
                if std::env::var("SHOW").is_ok_and(|v| p.id.starts_with(&v)) {
                    for ((l, s), mask) in p.page.lines.iter().zip(&labels).zip(&p.example.allowed) {
                        let t: String = l
                            .span
                            .slice(&p.text)
                            .unwrap_or("")
                            .chars()
                            .take(90)
                            .collect();
                        println!(
                            "{:>14} {:?} m{:03x} {:<10} {:5.1} {}",
                            format!("{:?}", l.rule).chars().take(14).collect::<String>(),
                            l.story(),
                            mask,
                            format!("{:?}", s.label),
                            s.margin,
                            t
                        );
                    }
                }
                if diff {
                    let mut a = Score::default();
                    a.add(&p.gold, &main_body(&p.ruled));
                    let mut b = Score::default();
                    b.add(&p.gold, &body);
                    println!(
                        "diff {} {} | rules {} | model {}",
                        p.source,
                        p.id,
                        a.show(),
                        b.show()
                    );
                }
                total
                    .entry(p.source.clone())
                    .or_default()
                    .add(&p.gold, &body);
            }
        }
        for (s, sc) in &total {
            println!("| {s} | {} |", sc.show());
        }
    }
    ExitCode::SUCCESS
}
