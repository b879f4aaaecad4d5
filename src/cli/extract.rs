//! `newsclip extract`: every input document's articles, in input order,
//! parsed on `--jobs` threads.

use std::io::{self, BufWriter, Write};

use serde_json::Value;

use super::input::{self, Document, Item};
use super::output::{Format, Outcome, Renderer};
use super::pipeline;
use super::summary::Summary;
use super::{ParseArgs, Status};
use crate::{Parser, Warning};

/// Arguments of `newsclip extract`.
#[derive(Debug, clap::Args)]
pub(super) struct ExtractArgs {
    /// Files, directories (their `*.txt` files, recursively) and `-` for
    /// stdin; none reads stdin. Names ending in `.jsonl` are JSONL; names
    /// ending in `.warc`, `.warc.gz`, `.wet` or `.wet.gz` are WARC/WET files
    /// (one document per text record, its WARC-Date the reference time).
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// Read the inputs (stdin if none) as JSONL: `{"id", "text",
    /// "reference_time"?}` records, one a line.
    #[arg(long)]
    jsonl: bool,
    /// Output format [default: jsonl with --jsonl or WARC/WET inputs, else json].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Keep only these article fields (json, jsonl, csv), e.g. title,authors,body.
    #[arg(long, value_delimiter = ',', value_name = "FIELD,...")]
    fields: Option<Vec<String>>,
    /// Indent JSON.
    #[arg(long)]
    pretty: bool,
    /// Print each article's audit trail too (`spans`, `lines`, `removed`:
    /// where each field came from, every line used or removed and why).
    #[arg(long)]
    audit: bool,
    /// Parse on N threads [default: the number of cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// No summary line at the end (warnings and errors are still printed).
    #[arg(long, short = 'q')]
    quiet: bool,
    #[command(flatten)]
    parse: ParseArgs,
}

/// What the summary line counts of one document.
struct Done {
    articles: usize,
    warnings: usize,
    failed: bool,
}

impl Done {
    fn of(o: &Outcome) -> Self {
        Done {
            articles: o.articles.len(),
            warnings: o.articles.iter().map(|a| a.warnings.len()).sum(),
            failed: o.error.is_some(),
        }
    }
}

/// Warnings about the page rather than the input; the others (invalid
/// UTF-8, truncation, binary input, capped fields, ...) are printed.
const QUIET_WARNINGS: &[&str] = &[
    "no_body",
    "body_guessed",
    "no_title",
    "paywall_suspected",
    "relative_date_unresolved",
    "year_inferred",
];

pub(super) fn run(args: &ExtractArgs) -> io::Result<Status> {
    let warc_only =
        !args.inputs.is_empty() && args.inputs.iter().all(|n| crate::warc::is_warc_name(n));
    let format = args.format.unwrap_or(if args.jsonl || warc_only {
        Format::Jsonl
    } else {
        Format::Json
    });
    let renderer = match Renderer::new(format, args.pretty, args.fields.clone(), args.audit) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("newsclip extract: --fields: {e}");
            return Ok(Status::Usage);
        }
    };
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let parser = Parser::new(args.parse.options().audit(renderer.audit()));
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut summary = Summary::new();
    out.write_all(renderer.header().as_bytes())?;
    let docs = input::documents(&args.inputs, args.jsonl);
    let mut written = 0usize;
    // Each document is parsed and rendered on a worker, then written here
    // in input order as soon as the ones before it are: the batch is never
    // held whole.
    let work = |item: Item| {
        let size = item.as_ref().map_or(0, |d| d.bytes.len());
        let (outcome, msgs) = process(&parser, &item);
        drop(item);
        let text = renderer.render(&outcome);
        (Done::of(&outcome), msgs, text, size)
    };
    pipeline::ordered_map(docs, jobs, work, |(done, msgs, text, size)| {
        for m in &msgs {
            summary.message(m);
        }
        summary.documents += 1;
        summary.articles += done.articles;
        summary.warnings += done.warnings;
        summary.errors += usize::from(done.failed);
        if let Some(t) = text {
            out.write_all(renderer.separator(written).as_bytes())?;
            out.write_all(t.as_bytes())?;
            written += 1;
        }
        summary.bytes += size as u64;
        summary.tick();
        Ok::<(), io::Error>(())
    })?;
    out.write_all(renderer.footer(written).as_bytes())?;
    out.flush()?;
    summary.finish();
    if !args.quiet {
        eprintln!("{}", summary.line());
    }
    Ok(if summary.errors > 0 {
        Status::SomeFailed
    } else {
        Status::Ok
    })
}

/// Parses one document; binary input is refused. Returns the outcome and
/// the messages to print on stderr.
fn process(parser: &Parser, item: &Item) -> (Outcome, Vec<String>) {
    let doc: &Document = match item {
        Ok(d) => d,
        Err(e) => {
            let msg = format!("newsclip: error: {}: {}", e.source, e.message);
            return (failed(&e.id, &e.message), vec![msg]);
        }
    };
    let lossy = super::input::lossy(&doc.bytes);
    if crate::binary::looks_binary(&lossy) {
        let why = "binary data (NUL or control bytes), not text: not read";
        let msg = format!("newsclip: error: {}: {why}", doc.source);
        return (failed(&doc.id, why), vec![msg]);
    }
    let custom;
    let parser = match doc.reference_time {
        Some(t) => {
            custom = Parser::new(parser.options().clone().reference_time(t));
            &custom
        }
        None => parser,
    };
    // What `parse_all_bytes` does, on the text decoded once above.
    let mut articles = parser.parse_all(&lossy);
    let bad_bytes = matches!(lossy, std::borrow::Cow::Owned(_));
    drop(lossy);
    if bad_bytes {
        for a in &mut articles {
            a.warnings.push(Warning::InvalidUtf8);
        }
    }
    if doc.invalid_utf8 {
        for a in &mut articles {
            a.warnings.push(Warning::InvalidUtf8);
        }
    }
    let mut msgs = Vec::new();
    let mut seen = Vec::new();
    for w in articles.iter().flat_map(|a| &a.warnings) {
        let (kind, detail) = describe(w);
        if QUIET_WARNINGS.contains(&kind.as_str()) || seen.contains(&(kind.clone(), detail.clone()))
        {
            continue;
        }
        msgs.push(format!("newsclip: warning: {}: {kind}{detail}", doc.source));
        seen.push((kind, detail));
    }
    let outcome = Outcome {
        id: doc.id.clone(),
        articles,
        error: None,
        warc_record_id: doc.source.record_id().map(str::to_string),
    };
    (outcome, msgs)
}

fn failed(id: &str, why: &str) -> Outcome {
    Outcome {
        id: id.to_string(),
        articles: Vec::new(),
        error: Some(why.to_string()),
        warc_record_id: None,
    }
}

/// A warning's kind (`invalid_utf8`) and detail (`: ...` or nothing).
fn describe(w: &Warning) -> (String, String) {
    let v = serde_json::to_value(w).unwrap_or(Value::Null);
    let kind = v.get("kind").and_then(Value::as_str).unwrap_or("warning");
    let detail = match v.get("detail") {
        Some(Value::String(s)) => format!(": {s}"),
        Some(other) => format!(": {other}"),
        None => String::new(),
    };
    (kind.to_string(), detail)
}
