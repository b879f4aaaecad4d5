//! The input layer: every input named on the command line becomes a stream
//! of [`Document`]s (or per-record [`InputError`]s), in input order.
//!
//! An input is one of the [`InputKind`]s: a file, a directory (its `*.txt`
//! files, recursively, in name order), `-` (stdin), a JSONL file of
//! `{"id", "text", "reference_time"?}` records, or a WARC/WET file.
//!
//! Files named `*.warc`, `*.warc.gz`, `*.wet` or `*.wet.gz` are read as
//! WARC records, one document per text record (see `input_warc`).

use std::borrow::Cow;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};

/// One page to parse.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// The name it is reported under: the path, `-`, or the JSONL record's id.
    pub id: String,
    /// The raw bytes (decoded later, so that invalid UTF-8 can be reported).
    pub bytes: Vec<u8>,
    /// Reference time for this document's relative dates, when the input gives one.
    pub reference_time: Option<DateTime<FixedOffset>>,
    /// Where it came from.
    pub source: Source,
    /// Whether the input layer already replaced invalid UTF-8 (in a JSONL
    /// line) by U+FFFD, so that `bytes` no longer shows it.
    pub invalid_utf8: bool,
}

/// Where a [`Document`] or an [`InputError`] came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    /// A whole file (or `-` for stdin).
    File(String),
    /// A record of a multi-document file: the file (`-` for stdin), its
    /// 1-based line (JSONL), and the record's own id where the format has
    /// one (a WARC-Record-ID).
    Record {
        /// The file.
        file: String,
        /// 1-based line of the record.
        line: usize,
        /// The record's own id, if the format has one.
        record_id: Option<String>,
    },
    /// A record of a WARC/WET file: the file, the record's byte offset (of
    /// its gzip member in a gzip file) and its `WARC-Record-ID`.
    Warc {
        /// The file.
        file: String,
        /// Byte offset of the record.
        offset: u64,
        /// `WARC-Record-ID`, when the record could be read.
        record_id: Option<String>,
    },
}

impl Source {
    /// The record's own id, where the format has one (a `WARC-Record-ID`).
    pub(crate) fn record_id(&self) -> Option<&str> {
        match self {
            Source::File(_) => None,
            Source::Record { record_id, .. } | Source::Warc { record_id, .. } => {
                record_id.as_deref()
            }
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::File(p) if p == "-" => f.write_str("stdin"),
            Source::File(p) => f.write_str(p),
            Source::Record { file, line, .. } if file == "-" => write!(f, "stdin line {line}"),
            Source::Record { file, line, .. } => write!(f, "{file} line {line}"),
            Source::Warc { file, offset, .. } => write!(f, "{file} byte {offset}"),
        }
    }
}

/// An input, or one record of it, that could not be read.
#[derive(Debug, Clone)]
pub(crate) struct InputError {
    /// The id the record would have had (the path, or `FILE:LINE`).
    pub id: String,
    /// Where it came from.
    pub source: Source,
    /// What went wrong.
    pub message: String,
}

/// What the input layer yields, in input order.
pub(crate) type Item = Result<Document, InputError>;

/// The kinds of input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum InputKind {
    /// One text file, read whole.
    File(PathBuf),
    /// A directory: its `*.txt` files, recursively, in name order.
    Dir(PathBuf),
    /// Standard input, read whole.
    Stdin,
    /// JSONL records; `None` reads stdin.
    Jsonl(Option<PathBuf>),
    /// A WARC/WET file (plain or gzip): its text records.
    Warc(PathBuf),
}

impl InputKind {
    /// The kind of the command-line input `name`; `jsonl` forces JSONL
    /// (names ending in `.jsonl` are JSONL anyway).
    pub(crate) fn of(name: &str, jsonl: bool) -> InputKind {
        let path = PathBuf::from(name);
        if name == "-" {
            return if jsonl {
                InputKind::Jsonl(None)
            } else {
                InputKind::Stdin
            };
        }
        if crate::warc::is_warc_name(name) {
            InputKind::Warc(path)
        } else if jsonl || name.ends_with(".jsonl") {
            InputKind::Jsonl(Some(path))
        } else if path.is_dir() {
            InputKind::Dir(path)
        } else {
            InputKind::File(path)
        }
    }

    /// The documents of this input, lazily, in order.
    pub(crate) fn documents(self) -> Box<dyn Iterator<Item = Item>> {
        match self {
            InputKind::File(p) => Box::new(std::iter::once(read_file(&p))),
            InputKind::Stdin => Box::new(std::iter::once(read_stdin())),
            InputKind::Dir(p) => match txt_files(&p) {
                Ok(files) => Box::new(files.into_iter().map(|f| read_file(&f))),
                Err(e) => Box::new(std::iter::once(Err(whole_file_error(&display(&p), &e)))),
            },
            InputKind::Warc(p) => super::input_warc::Records::open(&p),
            InputKind::Jsonl(p) => {
                let name = p.as_deref().map_or_else(|| "-".to_string(), display);
                let reader: Box<dyn BufRead> = match &p {
                    None => Box::new(io::BufReader::new(io::stdin())),
                    Some(path) => match std::fs::File::open(path) {
                        Ok(f) => Box::new(io::BufReader::with_capacity(1 << 20, f)),
                        Err(e) => {
                            return Box::new(std::iter::once(Err(whole_file_error(&name, &e))));
                        }
                    },
                };
                Box::new(super::input_jsonl::Records::new(name, reader))
            }
        }
    }
}

/// Every document of `inputs` (command-line names), in order; no name reads stdin.
pub(crate) fn documents(inputs: &[String], jsonl: bool) -> impl Iterator<Item = Item> + use<> {
    let kinds: Vec<InputKind> = if inputs.is_empty() {
        vec![InputKind::of("-", jsonl)]
    } else {
        inputs.iter().map(|n| InputKind::of(n, jsonl)).collect()
    };
    kinds.into_iter().flat_map(InputKind::documents)
}

fn display(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// `bytes` as text, each bad sequence as U+FFFD (`String::from_utf8_lossy`),
/// borrowed after one fast check when they are valid UTF-8 (most input).
pub(crate) fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

fn whole_file_error(name: &str, e: &io::Error) -> InputError {
    InputError {
        id: name.to_string(),
        source: Source::File(name.to_string()),
        message: e.to_string(),
    }
}

fn read_file(p: &Path) -> Item {
    let name = display(p);
    match std::fs::read(p) {
        Ok(bytes) => Ok(Document {
            id: name.clone(),
            bytes,
            reference_time: None,
            source: Source::File(name),
            invalid_utf8: false,
        }),
        Err(e) => Err(whole_file_error(&name, &e)),
    }
}

fn read_stdin() -> Item {
    let mut bytes = Vec::new();
    match io::stdin().lock().read_to_end(&mut bytes) {
        Ok(_) => Ok(Document {
            id: "-".to_string(),
            bytes,
            reference_time: None,
            source: Source::File("-".to_string()),
            invalid_utf8: false,
        }),
        Err(e) => Err(whole_file_error("-", &e)),
    }
}

/// The text of one named input (`-`: stdin), for the one-input
/// subcommands: errors (unreadable, binary data) and the `invalid_utf8`
/// warning are printed on stderr, prefixed with `cmd`.
pub(crate) fn read_text(cmd: &str, name: &str) -> Option<String> {
    let item = if name == "-" {
        read_stdin()
    } else {
        read_file(Path::new(name))
    };
    let bytes = match item {
        Ok(d) => d.bytes,
        Err(e) => {
            eprintln!("{cmd}: {}: {}", e.source, e.message);
            return None;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{cmd}: warning: {name}: invalid_utf8 (bad bytes kept as U+FFFD)");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    if crate::binary::looks_binary(&text) {
        eprintln!("{cmd}: {name}: binary data (NUL or control bytes), not text");
        return None;
    }
    Some(text)
}

/// The `*.txt` files under `dir`, recursively, sorted by path.
fn txt_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}
