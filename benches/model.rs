//! Benchmarks of the line model's stages on their own: the feature pass
//! (`Page::build` and the sparse features of every line), Viterbi labelling,
//! and `parse_all` with the rules alone against the rules and the model, and
//! the model without its headline, date and author rankers (what they cost).
//!
//! ```text
//! cargo bench --bench model -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! The page dumps come from `NEWSCLIP_BENCH_DATA` or `shared/bench/dev.jsonl`
//! beside the crate, when present; the seeds always.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsclip::features::{Page, emit};
use newsclip::model::{Model, Ranker};
use newsclip::{Labeller, Options, Parser};

#[allow(dead_code)]
mod common;

fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let mut out = vec![(
        "seeds",
        common::seeds().into_iter().map(|(_, t)| t).collect(),
    )];
    if let Some((pages, _)) = common::page_dumps() {
        out.push(("page_dumps", pages));
    }
    out
}

fn bench_stages(c: &mut Criterion) {
    let rules = Parser::new(Options::default().labeller(Labeller::Rules));
    let model = Parser::new(Options::default());
    let unranked = Parser::new(
        Options::default().model(
            Model::embedded()
                .clone()
                .with_ranker(Ranker::default())
                .with_date_ranker(Ranker::default())
                .with_author_ranker(Ranker::default()),
        ),
    );
    for (name, docs) in corpora() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let arts: Vec<_> = docs.iter().map(|d| rules.parse_all(d)).collect();
        let pages: Vec<Page> = docs
            .iter()
            .zip(&arts)
            .map(|(d, a)| Page::build(d, a))
            .collect();
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("feature_pass", |b| {
            let mut feats = Vec::with_capacity(256);
            b.iter(|| {
                let mut n = 0;
                for (d, a) in docs.iter().zip(&arts) {
                    let page = Page::build(d, a);
                    for i in 0..page.lines.len() {
                        feats.clear();
                        emit(&page, i, &mut feats);
                        n += feats.len();
                    }
                }
                n
            })
        });
        g.bench_function("label", |b| {
            b.iter(|| {
                pages
                    .iter()
                    .map(|p| Model::embedded().label(p).len())
                    .sum::<usize>()
            })
        });
        g.bench_function("parse_all_rules", |b| {
            b.iter(|| docs.iter().map(|d| rules.parse_all(d).len()).sum::<usize>())
        });
        g.bench_function("parse_all_model", |b| {
            b.iter(|| docs.iter().map(|d| model.parse_all(d).len()).sum::<usize>())
        });
        g.bench_function("parse_all_model_without_rankers", |b| {
            b.iter(|| {
                docs.iter()
                    .map(|d| unranked.parse_all(d).len())
                    .sum::<usize>()
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench_stages);
criterion_main!(benches);
