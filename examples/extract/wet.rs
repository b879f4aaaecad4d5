//! WET/WARC input of the `extract` example (built with `--features warc`).
//!
//! A file named `*.warc`, `*.warc.gz`, `*.wet` or `*.wet.gz` is read as
//! WARC records: each text record (`conversion`, or `resource` of
//! `text/plain`) gives one JSONL line `{"articles", "id", "warc_record_id"}`
//! with `id` = `WARC-Target-URI`, its `WARC-Date` being the reference time
//! for relative dates (`--reference-time` when a record has none). Other
//! records are skipped and counted in a summary on stderr; a record that
//! cannot be read is reported on stderr with the file and byte offset, the
//! records after it are still read, and the exit status is 1 at the end.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use newsclip::parallel::par_map;
use newsclip::warc::{Record, WarcError, WarcReader, is_warc_name, parse_record};
use newsclip::{Article, Parser};
use serde::Serialize;

/// Records are parsed in chunks of about this many bytes (or records).
const CHUNK_BYTES: usize = 4 << 20;
const CHUNK_RECORDS: usize = 512;

#[derive(Serialize)]
struct RecordOut<'a> {
    articles: &'a [Article],
    id: &'a str,
    warc_record_id: Option<&'a str>,
}

/// Whether `files` are WARC/WET files (then [`run`] reads them).
pub fn wanted(files: &[String]) -> bool {
    files.iter().any(|f| is_warc_name(f))
}

/// One record's output line, or its error message; plus a warning.
fn process(
    parser: &Parser,
    item: &Result<Record, WarcError>,
) -> (Result<String, String>, Option<String>) {
    let rec = match item {
        Ok(rec) => rec,
        Err(e) => return (Err(format!("extract: {e}")), None),
    };
    let articles = parse_record(parser, rec);
    let id = rec.target_uri().unwrap_or("");
    let lossy = rec.text().1.then(|| {
        format!(
            "extract: warning: {id} (byte {}): invalid UTF-8, decoded lossily",
            rec.offset
        )
    });
    let out = RecordOut {
        articles: &articles,
        id,
        warc_record_id: rec.record_id(),
    };
    (
        serde_json::to_string(&out).map_err(|e| format!("extract: {id}: {e}")),
        lossy,
    )
}

fn run_file(parser: &Parser, file: &str, jobs: usize, out: &mut impl Write) -> io::Result<bool> {
    let mut records = match WarcReader::open(file) {
        Ok(r) => r.text_records(),
        Err(e) => {
            eprintln!("extract: {file}: {e}");
            return Ok(false);
        }
    };
    let mut ok = true;
    loop {
        let (mut chunk, mut size) = (Vec::new(), 0usize);
        while size < CHUNK_BYTES && chunk.len() < CHUNK_RECORDS {
            let Some(item) = records.next() else { break };
            size += item.as_ref().map_or(0, |r| r.body.len());
            chunk.push(item);
        }
        if chunk.is_empty() {
            break;
        }
        for (line, warning) in par_map(&chunk, jobs, |item| process(parser, item)) {
            if let Some(w) = warning {
                eprintln!("{w}");
            }
            match line {
                Ok(s) => writeln!(out, "{s}")?,
                Err(msg) => {
                    eprintln!("{msg}");
                    ok = false;
                }
            }
        }
    }
    eprintln!("extract: {file}: {}", records.tally().summary());
    Ok(ok)
}

/// Reads the WARC/WET `files` (all of them must be) and prints JSONL.
pub fn run(parser: &Parser, files: &[String], jobs: usize) -> ExitCode {
    if let Some(other) = files.iter().find(|f| !is_warc_name(f)) {
        eprintln!("extract: {other}: WARC/WET files and text files go in separate runs");
        return ExitCode::from(2);
    }
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut ok = true;
    for f in files {
        match run_file(parser, f, jobs, &mut out) {
            Ok(file_ok) => ok &= file_ok,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::FAILURE,
            Err(e) => {
                eprintln!("extract: {e}");
                ok = false;
            }
        }
    }
    match out.flush() {
        Ok(()) if ok => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}
