//! `explain FILE`: every input line with the role it was given, or the reason
//! it was removed, so you can see why a line was dropped.
//!
//! ```text
//! explain [--reference-time RFC3339] [FILE]   (no FILE: stdin)
//! ```
//!
//! Output columns: line number, article number, role or `-reason`, text.
//! Coloured on a terminal, plain when piped (or with `NO_COLOR` set).

use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use newsclip::{Options, Parser};

fn main() -> ExitCode {
    let mut file = None;
    let mut opts = Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--reference-time" => {
                let Some(v) = args.next() else {
                    eprintln!("explain: --reference-time needs a value");
                    return ExitCode::from(2);
                };
                match chrono::DateTime::parse_from_rfc3339(&v) {
                    Ok(t) => opts = opts.reference_time(t),
                    Err(e) => {
                        eprintln!("explain: --reference-time {v:?}: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                println!("usage: explain [--reference-time RFC3339] [FILE]");
                return ExitCode::SUCCESS;
            }
            _ => file = Some(a),
        }
    }
    let mut bytes = Vec::new();
    let res = match &file {
        Some(f) => std::fs::read(f).map(|b| bytes = b),
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    if let Err(e) = res {
        eprintln!("explain: {}: {e}", file.as_deref().unwrap_or("stdin"));
        return ExitCode::FAILURE;
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let parser = Parser::new(opts);
    let arts = parser.parse_all(&text);

    // span start -> (article, label, is_removed)
    let mut by_start: HashMap<usize, (usize, String, bool)> = HashMap::new();
    for (n, a) in arts.iter().enumerate() {
        for l in &a.lines {
            by_start.insert(
                l.span.start,
                (
                    n,
                    serde_json::to_value(l.role)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                    false,
                ),
            );
        }
        for r in &a.removed {
            by_start.insert(
                r.span.start,
                (
                    n,
                    format!(
                        "-{}",
                        serde_json::to_value(r.reason)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default()
                    ),
                    true,
                ),
            );
        }
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut out = std::io::stdout().lock();
    let mut offset = 0usize;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        let start = offset;
        offset += raw.len();
        if line.trim().is_empty() {
            continue;
        }
        let (art, label, removed) = by_start
            .get(&start)
            .cloned()
            .unwrap_or((0, "?".into(), true));
        let shown: String = line.chars().take(110).collect();
        let (on, off) = match (color, removed) {
            (false, _) => ("", ""),
            (true, true) => ("\x1b[2;31m", "\x1b[0m"),
            (true, false) => ("\x1b[32m", "\x1b[0m"),
        };
        if writeln!(out, "{:>5} {art} {on}{label:<16}{off} {shown}", i + 1).is_err() {
            break;
        }
    }
    for (n, a) in arts.iter().enumerate() {
        let _ = writeln!(
            out,
            "article {n}: {:?} | {} body blocks | confidence {:.2} | warnings {:?}",
            a.title,
            a.body.len(),
            a.confidence,
            a.warnings
        );
    }
    ExitCode::SUCCESS
}
