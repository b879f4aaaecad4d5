//! Benchmarks of each field grammar on a table of typical lines (matching
//! and non-matching), reported as bytes of input per second.
//!
//! ```text
//! cargo bench --bench grammar -- --warm-up-time 1 --measurement-time 3
//! ```

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use newsclip::grammar::{agency, byline, caption, date, dateline, misc};
use std::hint::black_box;

/// Lines a grammar sees in practice: most lines of a page are not the field
/// it parses, so each table mixes matches with ordinary body text.
const BODY: &[&str] = &[
    "Schools across the region closed on Monday as a storm brought heavy snow, officials said.",
    "Advertisement",
    "Share this article",
    "The company said in a statement that it expected sales to recover in the second half.",
];

const DATES: &[&str] = &[
    "March 4, 2025",
    "Published: 4 March 2025, 14:30 GMT",
    "Updated 2:15 PM EST, Tue March 4, 2025",
    "2025-03-04T14:30:00Z",
    "04/03/2025 10:12",
    "Published March 4, 2025 Updated March 5, 2025",
    "Veröffentlicht am 4. März 2025",
    "2 hours ago",
];

const BYLINES: &[&str] = &[
    "By Jane Doe",
    "By Jane Doe and John Roe, Associated Press",
    "By JANE DOE, Senior Correspondent",
    "Jane Doe | Reuters",
    "By Jane Doe, John Roe, Ana Lima and Wei Chen",
    "Von Anna Schmidt, dpa",
];

const TRAILERS: &[&str] = &[
    "Reporting by Jane Doe; Editing by John Roe",
    "Reporting by Jane Doe in London and Ana Lima in Rio; Writing by Wei Chen; Editing by Tom Hogue",
    "Additional reporting by John Roe",
];

const CAPTIONS: &[&str] = &[
    "Firefighters battle a blaze in Los Angeles. (AP Photo/Jae C. Hong)",
    "Protesters gather outside parliament. REUTERS/Hannah McKay",
    "File photo: The central bank building in Frankfurt. Foto: Boris Roessler/dpa",
    "The stadium at night. Photo: Getty Images",
    "© Jane Doe/AFP",
];

const CREDITS: &[&str] = &[
    "(AP Photo/Jae C. Hong)",
    "REUTERS/Hannah McKay",
    "Foto: Boris Roessler/dpa",
    "Photo: Getty Images",
    "Credit...Doug Mills/The New York Times",
];

const DATELINES: &[&str] = &[
    "KYIV, Ukraine (AP) — Russian forces launched a wave of drones overnight, officials said.",
    "LONDON (Reuters) - British retail sales fell more than expected in February.",
    "BERLIN, 4. März (dpa) - Die Bundesregierung will die Schuldenbremse reformieren.",
    "WASHINGTON — The Senate voted on Tuesday to approve the bill.",
    "NEW DELHI: The government announced a new policy on Monday.",
];

const MISC: &[&str] = &[
    "5 min read",
    "Lesezeit: 3 Min.",
    "Reading time: 4 minutes",
    "• Schools closed across the region",
    "- Officials said the storm would pass by Wednesday",
    "Home > News > World > Europe",
    "News / Politics",
    "ANALYSIS",
];

const AGENCIES: &[&str] = &[
    "Associated Press",
    "AP",
    "Reuters",
    "Agence France-Presse",
    "dpa",
    "The New York Times",
];

fn table<'a>(specific: &'a [&'a str]) -> Vec<&'a str> {
    specific.iter().chain(BODY).copied().collect()
}

fn bytes(lines: &[&str]) -> u64 {
    lines.iter().map(|l| l.len() as u64).sum()
}

/// Benches `f` over every line of `lines`.
fn run(c: &mut Criterion, group: &str, name: &str, lines: &[&str], f: impl Fn(&str) -> usize) {
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes(lines)));
    g.bench_function(BenchmarkId::from_parameter(name), |b| {
        b.iter(|| {
            let mut n = 0usize;
            for l in lines {
                n += f(black_box(l));
            }
            n
        })
    });
    g.finish();
}

fn ok<T, E>(r: Result<T, E>) -> usize {
    usize::from(r.is_ok())
}

fn bench_date(c: &mut Criterion) {
    let lines = table(DATES);
    let o = date::DateOptions::default();
    run(c, "date", "parse_date", &lines, |l| {
        ok(date::parse_date(l, &o))
    });
    run(c, "date", "find_date", &lines, |l| {
        usize::from(date::find_date(l, &o).is_some())
    });
    run(c, "date", "parse_date_line", &lines, |l| {
        ok(date::parse_date_line(l, &o))
    });
}

fn bench_byline(c: &mut Criterion) {
    let lines = table(BYLINES);
    run(c, "byline", "parse_byline", &lines, |l| {
        ok(byline::parse_byline(l))
    });
    let lines = table(TRAILERS);
    run(c, "byline", "parse_trailer", &lines, |l| {
        ok(byline::parse_trailer(l))
    });
    let names: Vec<&str> = ["Jane Doe", "John Q. Roe", "Senior Editor", "Reporter"]
        .into_iter()
        .chain(BODY.iter().copied())
        .collect();
    run(c, "byline", "is_person_name", &names, |l| {
        usize::from(byline::is_person_name(l))
    });
    run(c, "byline", "is_role", &names, |l| {
        usize::from(byline::is_role(l))
    });
}

fn bench_caption(c: &mut Criterion) {
    let lines = table(CAPTIONS);
    run(c, "caption", "parse_caption", &lines, |l| {
        ok(caption::parse_caption(l))
    });
    let lines = table(CREDITS);
    run(c, "caption", "parse_credit_line", &lines, |l| {
        ok(caption::parse_credit_line(l))
    });
}

fn bench_dateline(c: &mut Criterion) {
    let lines = table(DATELINES);
    run(c, "dateline", "parse_dateline", &lines, |l| {
        ok(dateline::parse_dateline(l))
    });
}

fn bench_misc(c: &mut Criterion) {
    let lines = table(MISC);
    run(c, "misc", "parse_reading_time", &lines, |l| {
        ok(misc::parse_reading_time(l))
    });
    run(c, "misc", "parse_bullet", &lines, |l| {
        ok(misc::parse_bullet(l))
    });
    run(c, "misc", "parse_afp_heading", &lines, |l| {
        ok(misc::parse_afp_heading(l))
    });
    run(c, "misc", "parse_breadcrumb", &lines, |l| {
        ok(misc::parse_breadcrumb(l))
    });
    let lines = table(AGENCIES);
    run(c, "agency", "canonical_agency", &lines, |l| {
        usize::from(agency::canonical_agency(l).is_some())
    });
}

criterion_group!(
    benches,
    bench_date,
    bench_byline,
    bench_caption,
    bench_dateline,
    bench_misc
);
criterion_main!(benches);
