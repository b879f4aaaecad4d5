//! `extract`: print the articles of scraped text files as JSON.
//!
//! ```text
//! extract [--pretty] [--reference-time RFC3339] [--jobs N] FILE...   one JSON array of articles per file
//! extract [--pretty] [--reference-time RFC3339]                      reads stdin
//! extract --jsonl [--reference-time RFC3339] [--jobs N] [FILE]        {"id","text"} lines in, {"id","articles"} lines out
//! ```
//!
//! With several files, each file's output is one line (or one indented block
//! with `--pretty`) `{"file": NAME, "articles": [...]}`. An unreadable file
//! gets a one-line error on stderr and a non-zero exit; the other files are
//! still processed. Invalid UTF-8 is decoded lossily with a warning on stderr.
//!
//! With `--features warc`, `*.warc`, `*.warc.gz`, `*.wet` and `*.wet.gz`
//! files are read as WARC records, one JSONL line per text record (see
//! `extract/wet.rs`).
//!
//! Files and JSONL records are processed on `--jobs N` threads (default: the
//! number of cores); the output keeps the input order. On long runs a
//! progress line is shown on stderr when stderr is a terminal.

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use newsclip::parallel::par_map;
use newsclip::{Article, Options, Parser};
use serde::{Deserialize, Serialize};

#[cfg(feature = "warc")]
#[path = "extract/wet.rs"]
mod wet;

struct Args {
    pretty: bool,
    jsonl: bool,
    reference: Option<String>,
    jobs: usize,
    files: Vec<String>,
}

fn usage() -> &'static str {
    "usage: extract [--pretty] [--jsonl] [--reference-time RFC3339] [--jobs N] [FILE...]"
}

fn parse_jobs(v: &str) -> Result<usize, String> {
    match v.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("--jobs needs a positive number, not {v:?}")),
    }
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        pretty: false,
        jsonl: false,
        reference: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--pretty" => a.pretty = true,
            "--jsonl" => a.jsonl = true,
            "--reference-time" => {
                a.reference = Some(it.next().ok_or("--reference-time needs a value")?)
            }
            "--jobs" | "-j" => a.jobs = parse_jobs(&it.next().ok_or("--jobs needs a value")?)?,
            "-h" | "--help" => return Err(usage().to_string()),
            s if s.starts_with("--reference-time=") => {
                a.reference = Some(s.trim_start_matches("--reference-time=").to_string())
            }
            s if s.starts_with("--jobs=") => a.jobs = parse_jobs(s.trim_start_matches("--jobs="))?,
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{}", usage())),
            _ => a.files.push(arg),
        }
    }
    Ok(a)
}

/// Decodes `bytes`, lossily when they are not UTF-8; the warning is returned
/// so that it can be printed in input order.
fn decode(bytes: Vec<u8>, name: &str, msgs: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            msgs.push(format!(
                "extract: warning: {name}: invalid UTF-8, decoded lossily"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

fn to_json<T: Serialize>(v: &T, pretty: bool) -> String {
    let r = if pretty {
        serde_json::to_string_pretty(v)
    } else {
        serde_json::to_string(v)
    };
    r.unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// A progress line on stderr, only when stderr is a terminal and the run
/// has lasted more than a second.
struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    shown: bool,
}

impl Progress {
    fn new() -> Self {
        let now = Instant::now();
        Progress {
            enabled: io::stderr().is_terminal(),
            start: now,
            last: now,
            shown: false,
        }
    }

    fn update(&mut self, unit: &str, done: usize, bytes: u64) {
        if !self.enabled
            || self.start.elapsed() < Duration::from_secs(1)
            || (self.shown && self.last.elapsed() < Duration::from_millis(200))
        {
            return;
        }
        self.last = Instant::now();
        self.shown = true;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = bytes as f64 / 1e6;
        eprint!(
            "\r\x1b[Kextract: {done} {unit}, {mb:.1} MB, {:.1} MB/s",
            mb / secs
        );
    }

    /// Clears the progress line (before a message, and at the end).
    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}

/// What one unit of work printed: its output line and its stderr messages.
struct Done {
    out: Option<String>,
    msgs: Vec<String>,
    ok: bool,
}

fn emit(done: Vec<Done>, out: &mut impl Write, progress: &mut Progress) -> io::Result<bool> {
    let mut ok = true;
    for d in done {
        if !d.msgs.is_empty() {
            progress.clear();
            for m in &d.msgs {
                eprintln!("{m}");
            }
        }
        if let Some(s) = d.out {
            out.write_all(s.as_bytes())?;
            out.write_all(b"\n")?;
        }
        ok &= d.ok;
    }
    Ok(ok)
}

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(default)]
    text: Option<String>,
}

/// One output record; the fields are in the order `json!` used to print them.
#[derive(Serialize)]
struct RecordOut<'a> {
    articles: &'a [Article],
    id: &'a serde_json::Value,
}

#[derive(Serialize)]
struct FileOut<'a> {
    articles: &'a [Article],
    file: &'a str,
}

fn jsonl_record(parser: &Parser, n: usize, line: &[u8]) -> Done {
    let mut msgs = Vec::new();
    let line = match std::str::from_utf8(line) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            msgs.push(format!(
                "extract: warning: line {n}: invalid UTF-8, decoded lossily"
            ));
            String::from_utf8_lossy(line)
        }
    };
    if line.trim().is_empty() {
        return Done {
            out: None,
            msgs,
            ok: true,
        };
    }
    match serde_json::from_str::<Record>(&line) {
        Ok(rec) => {
            let articles = parser.parse_all(rec.text.as_deref().unwrap_or(""));
            let out = RecordOut {
                articles: &articles,
                id: &rec.id,
            };
            Done {
                out: Some(to_json(&out, false)),
                msgs,
                ok: true,
            }
        }
        Err(e) => {
            msgs.push(format!("extract: line {n}: bad JSON: {e}"));
            Done {
                out: None,
                msgs,
                ok: false,
            }
        }
    }
}

/// Records are read in chunks of about this many bytes, each chunk spread
/// over the threads, then written in order.
const CHUNK_BYTES: usize = 4 << 20;
const CHUNK_LINES: usize = 1024;

fn run_jsonl(parser: &Parser, args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let mut ok = true;
    let mut input: Box<dyn BufRead> = match args.files.first() {
        Some(f) => match std::fs::File::open(f) {
            Ok(fh) => Box::new(io::BufReader::with_capacity(1 << 20, fh)),
            Err(e) => {
                eprintln!("extract: {f}: {e}");
                return Ok(false);
            }
        },
        None => Box::new(io::stdin().lock()),
    };
    let mut progress = Progress::new();
    let (mut line_no, mut records, mut bytes) = (0usize, 0usize, 0u64);
    loop {
        let mut chunk: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut size = 0usize;
        while size < CHUNK_BYTES && chunk.len() < CHUNK_LINES {
            let mut buf = Vec::new();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            line_no += 1;
            size += buf.len();
            if buf.last() == Some(&b'\n') {
                buf.pop();
            }
            chunk.push((line_no, buf));
        }
        if chunk.is_empty() {
            break;
        }
        let done = par_map(&chunk, args.jobs, |(n, line)| {
            jsonl_record(parser, *n, line)
        });
        records += chunk.len();
        bytes += size as u64;
        ok &= emit(done, out, &mut progress)?;
        progress.update("records", records, bytes);
    }
    progress.clear();
    Ok(ok)
}

/// Writes `v` as JSON straight to `out` (no intermediate string: a large
/// document's output is not held in memory twice).
fn write_json<T: Serialize>(out: &mut impl Write, v: &T, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, v)?;
    } else {
        serde_json::to_writer(&mut *out, v)?;
    }
    out.write_all(b"\n")
}

fn run_files(parser: &Parser, args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let many = args.files.len() > 1;
    if let [f] = args.files.as_slice() {
        return match std::fs::read(f) {
            Ok(raw) => {
                let mut msgs = Vec::new();
                let text = decode(raw, f, &mut msgs);
                for m in msgs {
                    eprintln!("{m}");
                }
                write_json(out, &parser.parse_all(&text), args.pretty).map(|_| true)
            }
            Err(e) => {
                eprintln!("extract: {f}: {e}");
                Ok(false)
            }
        };
    }
    let mut ok = true;
    let mut progress = Progress::new();
    let (mut files, mut bytes) = (0usize, 0u64);
    let batch = args.jobs.max(1) * 4;
    for group in args.files.chunks(batch) {
        let done = par_map(group, args.jobs, |f| match std::fs::read(f) {
            Ok(raw) => {
                let mut msgs = Vec::new();
                let len = raw.len() as u64;
                let text = decode(raw, f, &mut msgs);
                let arts = parser.parse_all(&text);
                let s = if many {
                    to_json(
                        &FileOut {
                            articles: &arts,
                            file: f,
                        },
                        args.pretty,
                    )
                } else {
                    to_json(&arts, args.pretty)
                };
                (
                    Done {
                        out: Some(s),
                        msgs,
                        ok: true,
                    },
                    len,
                )
            }
            Err(e) => (
                Done {
                    out: None,
                    msgs: vec![format!("extract: {f}: {e}")],
                    ok: false,
                },
                0,
            ),
        });
        files += group.len();
        bytes += done.iter().map(|d| d.1).sum::<u64>();
        ok &= emit(done.into_iter().map(|d| d.0).collect(), out, &mut progress)?;
        progress.update("files", files, bytes);
    }
    progress.clear();
    Ok(ok)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let mut opts = Options::default();
    if let Some(r) = &args.reference {
        match chrono::DateTime::parse_from_rfc3339(r) {
            Ok(t) => opts = opts.reference_time(t),
            Err(e) => {
                eprintln!("extract: --reference-time {r:?}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let parser = Parser::new(opts);
    #[cfg(feature = "warc")]
    if !args.jsonl && wet::wanted(&args.files) {
        return wet::run(&parser, &args.files, args.jobs);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = if args.jsonl {
        run_jsonl(&parser, &args, &mut out)
    } else if args.files.is_empty() {
        let mut buf = Vec::new();
        if let Err(e) = io::stdin().read_to_end(&mut buf) {
            eprintln!("extract: stdin: {e}");
            return ExitCode::FAILURE;
        }
        let mut msgs = Vec::new();
        let text = decode(buf, "stdin", &mut msgs);
        for m in msgs {
            eprintln!("{m}");
        }
        write_json(&mut out, &parser.parse_all(&text), args.pretty).map(|_| true)
    } else {
        run_files(&parser, &args, &mut out)
    };
    let ok = match result.and_then(|ok| out.flush().map(|_| ok)) {
        Ok(ok) => ok,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::FAILURE,
        Err(e) => {
            eprintln!("extract: {e}");
            false
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
