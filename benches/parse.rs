//! Benchmarks of `parse_all`: the seeds, the page dumps of the shared bench
//! set (when present), and families of pathological inputs at growing sizes
//! so that super-linear cost shows as a curve.
//!
//! ```text
//! cargo bench --bench parse -- --warm-up-time 1 --measurement-time 3
//! NEWSCLIP_BENCH_HUGE=1 cargo bench --bench parse -- patho   # adds 10 MB / 100 MB sizes
//! NEWSCLIP_BENCH_DATA=/path/dev.jsonl cargo bench --bench parse -- dump
//! ```
//!
//! The page dumps are read from `NEWSCLIP_BENCH_DATA` or from
//! `shared/bench/dev.jsonl` in the crate's parent directories; the group is
//! skipped when neither exists.

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

#[path = "../tests/common/fill.rs"]
mod fill;
use fill::fill;

mod common;
use common::{page_dumps, seeds};

fn bench_seeds(c: &mut Criterion) {
    let mut g = c.benchmark_group("seeds");
    for (name, text) in seeds() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("parse_all", name), &text, |b, t| {
            b.iter(|| newsclip::parse_all(std::hint::black_box(t)))
        });
    }
    g.finish();
}

fn bench_dumps(c: &mut Criterion) {
    let Some((pages, arts)) = page_dumps() else {
        eprintln!("dump: no shared/bench/dev.jsonl (set NEWSCLIP_BENCH_DATA); skipped");
        return;
    };
    let mut g = c.benchmark_group("dump");
    for (name, docs) in [("text_page", &pages), ("text_article", &arts)] {
        let bytes: usize = docs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(BenchmarkId::new("parse_all", name), docs, |b, docs| {
            b.iter(|| {
                for d in docs {
                    std::hint::black_box(newsclip::parse_all(std::hint::black_box(d)));
                }
            })
        });
    }
    g.finish();
}

/// One pathological family: name, cheap (gets the 10 MB size), builder.
type Family = (&'static str, bool, fn(usize) -> String);

/// The pathological families, each a function of the target size in bytes.
fn families() -> Vec<Family> {
    vec![
        ("giant_line", true, |n| fill("", "word", " ", "", n)),
        ("blank_lines", true, |n| fill("Headline\n", "", "\n", "", n)),
        ("byline_names", false, |n| {
            fill("By ", "Jane Doe", ", ", "and John Roe\n", n)
        }),
        ("nested_brackets", true, |n| {
            let half = n / 2;
            let mut s = String::from("A fire crew at work. ");
            s.push_str(&"(".repeat(half.saturating_sub(40)));
            s.push_str("AP Photo/Jane Doe");
            s.push_str(&")".repeat(n.saturating_sub(s.len()) / 2));
            s.push('\n');
            s
        }),
        ("unbalanced_brackets", true, |n| {
            fill("Photo: ", "(Reuters", " [", "\n", n)
        }),
        ("combining_marks", true, |n| {
            fill("Headline\n\na", "\u{301}\u{308}\u{323}", "", "\n", n)
        }),
        ("nul_bytes", true, |n| {
            fill("Headline\n\n", "Some\0text\0here", "\0\n", "", n)
        }),
        ("every_line_a_date", false, |n| {
            fill("", "March 4, 2025", "\n", "", n)
        }),
        ("same_headline", false, |n| {
            fill("", "Storm closes schools across the region", "\n\n", "", n)
        }),
        ("paragraphs", false, |n| {
            fill(
                "Storm closes schools\n\nBy Jane Doe\n\n",
                "Schools across the region closed on Monday as a storm brought heavy snow, officials said.",
                "\n\n",
                "",
                n,
            )
        }),
    ]
}

/// True under `cargo bench`; `cargo test --benches` runs each benchmark
/// once in test mode (no `--bench` flag), where only the small sizes are used.
fn measuring() -> bool {
    std::env::args().any(|a| a == "--bench")
}

fn bench_pathological(c: &mut Criterion) {
    let huge = std::env::var_os("NEWSCLIP_BENCH_HUGE").is_some();
    let full = measuring();
    let mut g = c.benchmark_group("patho");
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    for (name, cheap, make) in families() {
        let mut sizes = vec![1_000usize, 10_000];
        if full {
            sizes.extend([100_000, 1_000_000]);
        }
        if full && (cheap || huge) {
            sizes.push(10_000_000);
        }
        if full && huge {
            sizes.push(100_000_000);
        }
        for size in sizes {
            let text = make(size);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), &text, |b, t| {
                b.iter(|| newsclip::parse_all(std::hint::black_box(t)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench_seeds, bench_dumps, bench_pathological);
criterion_main!(benches);
