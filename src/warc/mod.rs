//! Reading WARC and WET files (feature `warc`): Common Crawl's plain-text
//! extracts are WET files, WARC files whose `conversion` records hold the
//! text of one page each.
//!
//! [`WarcReader`] streams the records of a plain or gzip file (gzip is
//! detected from the first bytes, one member at a time). A record that
//! cannot be read — a truncated or corrupt gzip member, a `Content-Length`
//! running past the end, a bad header, bytes between records that are not
//! WARC — is an `Err` naming the file and the byte offset; the records after
//! it are still read. [`parse_record`] extracts the articles of a text
//! record with its `WARC-Date` as the reference time.
//!
//! ```
//! use std::io::Cursor;
//! use newsclip::warc::{WarcReader, Tally};
//!
//! let body = "Storm closes schools\n\nSchools across the region closed on Monday as a storm brought snow.\n";
//! let wet = format!(
//!     "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/a\r\n\
//!      WARC-Date: 2025-01-06T12:00:00Z\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
//!     body.len()
//! );
//! let mut tally = Tally::default();
//! let parser = newsclip::Parser::default();
//! for rec in WarcReader::new(Cursor::new(wet), "mem.wet").unwrap() {
//!     let rec = rec.unwrap();
//!     if tally.count(&rec) {
//!         let articles = newsclip::warc::parse_record(&parser, &rec);
//!         assert_eq!(articles[0].title, "Storm closes schools");
//!     }
//! }
//! assert_eq!(tally.text, 1);
//! ```

use std::collections::BTreeMap;

use crate::{Article, Parser};

mod header;
mod reader;
mod record;
mod source;

pub use header::Header;
pub use reader::WarcReader;
pub use record::{Record, WarcError, WarcErrorKind};

/// Whether `name` is a file name read as WARC records: `*.warc`,
/// `*.warc.gz`, `*.wet` or `*.wet.gz` (ASCII case-insensitive).
pub fn is_warc_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let stem = lower.strip_suffix(".gz").unwrap_or(&lower);
    stem.ends_with(".warc") || stem.ends_with(".wet")
}

/// The articles of a record's block, main story first, read with the
/// record's `WARC-Date` as the reference time (when it has one) and the
/// other options of `parser`. A block that is not UTF-8 is decoded lossily
/// and every article gets the `invalid_utf8` warning.
pub fn parse_record(parser: &Parser, record: &Record) -> Vec<Article> {
    match record.reference_time() {
        Some(t) => {
            let opts = parser.options().clone().reference_time(t);
            Parser::new(opts).parse_bytes(&record.body)
        }
        None => parser.parse_bytes(&record.body),
    }
}

/// Counts of the records read: text records, the other records by
/// `WARC-Type`, and errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Text records ([`Record::is_text`]).
    pub text: u64,
    /// Records of other types, by type (`response`, `request`, ...).
    pub skipped: BTreeMap<String, u64>,
    /// Records that could not be read.
    pub errors: u64,
}

impl Tally {
    /// Counts `record`; `true` when it is a text record.
    pub fn count(&mut self, record: &Record) -> bool {
        if record.is_text() {
            self.text += 1;
            return true;
        }
        let ty = match record.warc_type() {
            "" => "(no type)",
            t => t,
        };
        *self.skipped.entry(ty.to_string()).or_default() += 1;
        false
    }

    /// Counts one item of a [`WarcReader`]: `Some` for a text record.
    pub fn count_item<'r>(&mut self, item: &'r Result<Record, WarcError>) -> Option<&'r Record> {
        match item {
            Ok(r) => self.count(r).then_some(r),
            Err(_) => {
                self.errors += 1;
                None
            }
        }
    }

    /// A one-line summary: `3 text records; skipped 2 response, 1 request; 1 error`.
    pub fn summary(&self) -> String {
        let mut s = format!("{} text records", self.text);
        if !self.skipped.is_empty() {
            let parts: Vec<String> = self
                .skipped
                .iter()
                .map(|(t, n)| format!("{n} {t}"))
                .collect();
            s.push_str("; skipped ");
            s.push_str(&parts.join(", "));
        }
        if self.errors > 0 {
            let plural = if self.errors == 1 { "" } else { "s" };
            s.push_str(&format!("; {} error{plural}", self.errors));
        }
        s
    }
}

#[cfg(test)]
mod tests;
