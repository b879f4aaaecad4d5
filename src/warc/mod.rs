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

use crate::{Article, Parser};

mod header;
mod reader;
mod record;
mod source;
mod tally;

pub use header::Header;
pub use reader::WarcReader;
pub use record::{Record, WarcError, WarcErrorKind};
pub use tally::{Tally, TextRecords};

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
    let with_date;
    let parser = match record.reference_time() {
        Some(t) => {
            with_date = Parser::new(parser.options().clone().reference_time(t));
            &with_date
        }
        None => parser,
    };
    let (text, lossy) = record.text();
    let mut articles = parser.parse_all(&text);
    if lossy {
        for a in &mut articles {
            a.warnings.push(crate::Warning::InvalidUtf8);
        }
    }
    articles
}

#[cfg(test)]
mod tests;
