//! Throughput of the cleaning rules (`cargo bench --bench clean`).
//!
//! * `lines/*`: the default pipeline called once per line, as the parser
//!   does, on clean English, clean multilingual and dirty text;
//! * `document/*`: the default pipeline on a whole document;
//! * `rule_*/*`: each default rule alone, per line, on dirty and on clean
//!   multilingual text;
//! * `linear/*`: pathological lines at two sizes: the throughput must not
//!   drop with the size.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsclip::clean::{self, Rule, all_rules};

const CORPUS: &str = include_str!("../tests/clean_data/corpus.txt");

const ENGLISH: &[&str] = &[
    "The city council voted 7-2 on Tuesday to approve the budget, which includes $4.5 million for road repairs and new bus lanes.",
    "\"We listened to residents and we acted,\" Mayor Ana Ortiz said at a news conference outside City Hall on Tuesday afternoon.",
    "Officials said the storm, the third this month, knocked out power to about 12,000 homes; crews expected to restore service by Friday.",
    "The measure passed after a heated debate that lasted more than four hours.",
    "Critics said the plan does not go far enough.",
];

/// Dirty pieces spliced into English lines.
const DIRT: &[&str] = &[
    "&amp;", "&rsquo;", "&#8217;", "&nbsp;", "â€™", "Ã©", "â€œ", "\u{a0}", "\u{200b}", "\u{feff}",
    "  ", "\t", "\u{ad}", "\u{5b1}", " \u{301}",
];

const TARGET: usize = 1 << 20;

fn english_lines() -> Vec<String> {
    let mut lines = Vec::new();
    let mut size = 0;
    while size < TARGET {
        for l in ENGLISH {
            size += l.len() + 1;
            lines.push((*l).to_owned());
        }
    }
    lines
}

fn corpus_lines() -> Vec<String> {
    let mut lines = Vec::new();
    let mut size = 0;
    while size < TARGET {
        for l in CORPUS.lines() {
            size += l.len() + 1;
            lines.push(l.to_owned());
        }
    }
    lines
}

/// English lines with a dirty piece after every few words.
fn dirty_lines() -> Vec<String> {
    let mut k = 0;
    english_lines()
        .into_iter()
        .map(|l| {
            let mut out = String::with_capacity(l.len() + 64);
            for (i, w) in l.split(' ').enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(w);
                if i % 4 == 3 {
                    out.push_str(DIRT[k % DIRT.len()]);
                    k += 1;
                }
            }
            out
        })
        .collect()
}

fn bytes(lines: &[String]) -> u64 {
    lines.iter().map(|l| l.len() as u64 + 1).sum()
}

fn bench_lines(c: &mut Criterion) {
    let mut g = c.benchmark_group("lines");
    for (name, lines) in [
        ("clean_english", english_lines()),
        ("clean_multilingual", corpus_lines()),
        ("dirty", dirty_lines()),
    ] {
        g.throughput(Throughput::Bytes(bytes(&lines)));
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0;
                for l in &lines {
                    n += clean::clean(black_box(l)).len();
                }
                n
            })
        });
    }
    g.finish();
}

fn bench_document(c: &mut Criterion) {
    let mut g = c.benchmark_group("document");
    for (name, lines) in [("clean_english", english_lines()), ("dirty", dirty_lines())] {
        let doc = lines.join("\n");
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function(name, |b| b.iter(|| clean::clean(black_box(&doc)).len()));
    }
    g.finish();
}

fn bench_rules(c: &mut Criterion) {
    for (group, lines) in [
        ("rule_dirty", dirty_lines()),
        ("rule_multilingual", corpus_lines()),
    ] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(bytes(&lines)));
        for r in all_rules().iter().filter(|r| r.in_default()) {
            g.bench_function(r.name(), |b| {
                b.iter(|| {
                    let mut n = 0;
                    for l in &lines {
                        n += r.apply(black_box(l)).len();
                    }
                    n
                })
            });
        }
        g.finish();
    }
}

fn bench_linear(c: &mut Criterion) {
    let mut g = c.benchmark_group("linear");
    let families: &[(&str, &str)] = &[
        ("amp_chain", "&amp;"),
        ("bare_amp", "&x"),
        ("mojibake", "Ã"),
        ("joiners", "\u{200d}a\u{200b}"),
        ("marks", "\u{301}"),
        ("spaces", " \u{a0}"),
        ("commas", ", "),
    ];
    for (name, unit) in families {
        for reps in [1 << 8, 1 << 14] {
            let line = unit.repeat(reps);
            g.throughput(Throughput::Bytes(line.len() as u64));
            g.bench_function(format!("{name}/{reps}"), |b| {
                b.iter(|| clean::clean(black_box(&line)).len())
            });
        }
    }
    let list = clean::rule_by_name("drop_empty_list_items");
    if let Some(rule) = list {
        let line = ", ".repeat(1 << 14);
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_function("drop_empty_list_items/16384", |b| {
            b.iter(|| rule.apply(black_box(&line)).len())
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    bench_lines,
    bench_document,
    bench_rules,
    bench_linear
);
criterion_main!(benches);
