//! `extract`: print the articles of scraped text files as JSON.
//!
//! ```text
//! extract [--pretty] [--reference-time RFC3339] FILE...   one JSON array of articles per file
//! extract [--pretty] [--reference-time RFC3339]           reads stdin
//! extract --jsonl [--reference-time RFC3339] [FILE]        {"id","text"} lines in, {"id","articles"} lines out
//! ```
//!
//! With several files, each file's output is one line (or one indented block
//! with `--pretty`) `{"file": NAME, "articles": [...]}`. An unreadable file
//! gets a one-line error on stderr and a non-zero exit; the other files are
//! still processed. Invalid UTF-8 is decoded lossily with a warning on stderr.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use newsclip::{Options, Parser};

struct Args {
    pretty: bool,
    jsonl: bool,
    reference: Option<String>,
    files: Vec<String>,
}

fn usage() -> &'static str {
    "usage: extract [--pretty] [--jsonl] [--reference-time RFC3339] [FILE...]"
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        pretty: false,
        jsonl: false,
        reference: None,
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
            "-h" | "--help" => return Err(usage().to_string()),
            s if s.starts_with("--reference-time=") => {
                a.reference = Some(s.trim_start_matches("--reference-time=").to_string())
            }
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{}", usage())),
            _ => a.files.push(arg),
        }
    }
    Ok(a)
}

fn decode(bytes: Vec<u8>, name: &str) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("extract: warning: {name}: invalid UTF-8, decoded lossily");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

fn to_json<T: serde::Serialize>(v: &T, pretty: bool) -> String {
    let r = if pretty {
        serde_json::to_string_pretty(v)
    } else {
        serde_json::to_string(v)
    };
    r.unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn run_jsonl(parser: &Parser, args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let mut ok = true;
    let input: Box<dyn BufRead> = match args.files.first() {
        Some(f) => match std::fs::File::open(f) {
            Ok(fh) => Box::new(io::BufReader::new(fh)),
            Err(e) => {
                eprintln!("extract: {f}: {e}");
                return Ok(false);
            }
        },
        None => Box::new(io::stdin().lock()),
    };
    for (n, line) in input.split(b'\n').enumerate() {
        let line = line?;
        let line = decode(line, &format!("line {}", n + 1));
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("extract: line {}: bad JSON: {e}", n + 1);
                ok = false;
                continue;
            }
        };
        let id = rec.get("id").cloned().unwrap_or(serde_json::Value::Null);
        let text = rec.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let articles = parser.parse_all(text);
        let obj = serde_json::json!({ "id": id, "articles": articles });
        writeln!(out, "{}", to_json(&obj, false))?;
    }
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
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut ok = true;
    if args.jsonl {
        match run_jsonl(&parser, &args, &mut out) {
            Ok(good) => ok &= good,
            Err(e) => {
                eprintln!("extract: {e}");
                ok = false;
            }
        }
    } else if args.files.is_empty() {
        let mut buf = Vec::new();
        if let Err(e) = io::stdin().read_to_end(&mut buf) {
            eprintln!("extract: stdin: {e}");
            return ExitCode::FAILURE;
        }
        let text = decode(buf, "stdin");
        let _ = writeln!(out, "{}", to_json(&parser.parse_all(&text), args.pretty));
    } else {
        let many = args.files.len() > 1;
        for f in &args.files {
            match std::fs::read(f) {
                Ok(bytes) => {
                    let text = decode(bytes, f);
                    let arts = parser.parse_all(&text);
                    let s = if many {
                        to_json(
                            &serde_json::json!({ "file": f, "articles": arts }),
                            args.pretty,
                        )
                    } else {
                        to_json(&arts, args.pretty)
                    };
                    if writeln!(out, "{s}").is_err() {
                        return ExitCode::FAILURE;
                    }
                }
                Err(e) => {
                    eprintln!("extract: {f}: {e}");
                    ok = false;
                }
            }
        }
    }
    let _ = out.flush();
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
