//! A WARC record and the errors met while reading one.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset};

use super::header::Header;

/// One WARC record: its header fields and its content block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Byte offset of the record in the file; in a gzip file, the offset of
    /// the gzip member holding the record's start.
    pub offset: u64,
    /// The header block.
    pub header: Header,
    /// The content block, `Content-Length` bytes.
    pub body: Vec<u8>,
}

impl Record {
    /// `WARC-Type` (`conversion`, `response`, ...), empty when missing.
    pub fn warc_type(&self) -> &str {
        self.header.get("WARC-Type").unwrap_or("")
    }

    /// `WARC-Target-URI`.
    pub fn target_uri(&self) -> Option<&str> {
        self.header.get("WARC-Target-URI")
    }

    /// `WARC-Date`, as printed.
    pub fn date(&self) -> Option<&str> {
        self.header.get("WARC-Date")
    }

    /// `WARC-Record-ID`, as printed (`<urn:uuid:...>`).
    pub fn record_id(&self) -> Option<&str> {
        self.header.get("WARC-Record-ID")
    }

    /// `Content-Type` of the block.
    pub fn content_type(&self) -> Option<&str> {
        self.header.get("Content-Type")
    }

    /// Whether the block is page text to extract from: a `conversion`
    /// record (what a WET file holds), or a `resource` record whose
    /// `Content-Type` is `text/plain` (or has no type).
    pub fn is_text(&self) -> bool {
        let ty = self.warc_type();
        if ty.eq_ignore_ascii_case("conversion") {
            return true;
        }
        let plain = self.content_type().is_none_or(|ct| {
            ct.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("text/plain"))
        });
        ty.eq_ignore_ascii_case("resource") && plain
    }

    /// `WARC-Date` as a time (RFC 3339 / W3C-ISO8601, as the standard
    /// writes it); the reference time for relative dates in the page.
    pub fn reference_time(&self) -> Option<DateTime<FixedOffset>> {
        DateTime::parse_from_rfc3339(self.date()?.trim()).ok()
    }

    /// The block as text, decoded lossily when it is not UTF-8 (then the
    /// flag is `true`).
    pub fn text(&self) -> (Cow<'_, str>, bool) {
        match std::str::from_utf8(&self.body) {
            Ok(s) => (Cow::Borrowed(s), false),
            Err(_) => (String::from_utf8_lossy(&self.body), true),
        }
    }
}

/// A record that could not be read, with the file and the byte offset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: byte {offset}: {kind}")]
pub struct WarcError {
    /// The file, as it was named to the reader.
    pub file: String,
    /// Byte offset in the file: of the record, or (gzip) of the member
    /// holding it, or of the bytes that are not WARC.
    pub offset: u64,
    /// What was wrong.
    pub kind: WarcErrorKind,
}

/// The kinds of [`WarcError`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum WarcErrorKind {
    /// Reading the file failed.
    #[error("read error: {0}")]
    Io(String),
    /// A gzip member is truncated or corrupt.
    #[error("gzip member does not decompress: {0}")]
    Gzip(String),
    /// Bytes that are not a WARC record (skipped up to the next record).
    #[error("{0} bytes that are not a WARC record")]
    Garbage(u64),
    /// The header block does not parse.
    #[error("bad WARC header: {0}")]
    BadHeader(String),
    /// No `Content-Length`, or not a number.
    #[error("missing or bad Content-Length")]
    ContentLength,
    /// `Content-Length` runs past the end of the file (or gzip member).
    #[error("Content-Length {expected} runs past the end of the {within} ({got} bytes left)")]
    Truncated {
        /// Content-Length.
        expected: u64,
        /// Bytes there were.
        got: u64,
        /// `file` or `gzip member`.
        within: &'static str,
    },
    /// The block is larger than the reader's limit (it is skipped).
    #[error("record of {length} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// Content-Length.
        length: u64,
        /// The limit.
        limit: u64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::warc::header::parse_header;

    fn rec(head: &str, body: &[u8]) -> Record {
        Record {
            offset: 0,
            header: parse_header(head.as_bytes()).unwrap(),
            body: body.to_vec(),
        }
    }

    #[test]
    fn text_records() {
        let conv = rec("WARC/1.0\nWARC-Type: conversion\n\n", b"x");
        assert!(conv.is_text());
        let res = rec(
            "WARC/1.0\nWARC-Type: resource\nContent-Type: text/plain; charset=utf-8\n\n",
            b"x",
        );
        assert!(res.is_text());
        let html = rec(
            "WARC/1.0\nWARC-Type: resource\nContent-Type: text/html\n\n",
            b"x",
        );
        assert!(!html.is_text());
        let resp = rec("WARC/1.0\nWARC-Type: response\n\n", b"x");
        assert!(!resp.is_text());
    }

    #[test]
    fn date_and_lossy_text() {
        let r = rec(
            "WARC/1.0\nWARC-Type: conversion\nWARC-Date: 2024-02-29T10:00:00Z\n\n",
            b"caf\xe9",
        );
        assert_eq!(
            r.reference_time().map(|t| t.to_rfc3339()),
            Some("2024-02-29T10:00:00+00:00".to_string())
        );
        assert_eq!(r.text(), (Cow::Owned("caf\u{fffd}".to_string()), true));
        let bad = rec("WARC/1.0\nWARC-Date: yesterday\n\n", b"");
        assert_eq!(bad.reference_time(), None);
    }
}
