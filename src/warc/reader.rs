//! The streaming record iterator.

use std::fs::File;
use std::io::{Read, Seek};
use std::path::Path;

use super::header::{is_version_line, parse_header};
use super::record::{Record, WarcError, WarcErrorKind};
use super::source::{Source, SourceError, SourceErrorKind};

/// Header lines longer than this are not header lines.
const MAX_LINE: usize = 64 * 1024;
/// A header block larger than this is refused.
const MAX_HEADER: usize = 1 << 20;

/// Reads WARC records one by one from a plain or gzip WARC/WET file.
///
/// Each item is a record or the error that stopped one; after an error the
/// reader goes on with the next record (the next `WARC/1.x` line, or the
/// next gzip member). Memory holds one record at a time.
pub struct WarcReader<R> {
    src: Source<R>,
    name: String,
    max_record_bytes: u64,
    /// A version line met while skipping garbage, and its offset.
    pending: Option<(u64, Vec<u8>)>,
    /// The reader is skipping the rest of a record it already reported.
    skipping: bool,
    /// An error found after the record just returned.
    queued: Option<WarcError>,
    done: bool,
}

/// A line read from the current segment.
enum Line {
    /// A `WARC/1.x` line: its offset and bytes.
    Version(u64, Vec<u8>),
    /// Only white space.
    Blank,
    /// Any other line, and its offset.
    Other(u64),
    /// The segment is over.
    End,
}

impl WarcReader<File> {
    /// Opens the file at `path` (gzip or not, whatever its name).
    pub fn open(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        WarcReader::new(File::open(path)?, path.display().to_string())
    }
}

impl<R: Read + Seek> WarcReader<R> {
    /// Reads from `inner`; `name` names it in errors.
    pub fn new(inner: R, name: impl Into<String>) -> std::io::Result<Self> {
        Ok(WarcReader {
            src: Source::new(inner)?,
            name: name.into(),
            max_record_bytes: 256 << 20,
            pending: None,
            skipping: false,
            queued: None,
            done: false,
        })
    }

    /// Records whose block is larger than `limit` bytes are skipped with a
    /// [`WarcErrorKind::TooLarge`] error (default 256 MiB).
    pub fn max_record_bytes(mut self, limit: u64) -> Self {
        self.max_record_bytes = limit;
        self
    }

    fn error(&self, offset: u64, kind: WarcErrorKind) -> WarcError {
        WarcError {
            file: self.name.clone(),
            offset,
            kind,
        }
    }

    fn file_offset(&self) -> u64 {
        let (start, inside) = self.src.position();
        if self.src.is_gzip() {
            start
        } else {
            start + inside
        }
    }

    fn source_error(&mut self, e: SourceError) -> WarcError {
        self.pending = None;
        self.skipping = false;
        let kind = match e.kind {
            SourceErrorKind::Io(e) => WarcErrorKind::Io(e.to_string()),
            SourceErrorKind::Gzip(e) => WarcErrorKind::Gzip(e.to_string()),
            SourceErrorKind::Garbage(n) => WarcErrorKind::Garbage(n),
        };
        if matches!(kind, WarcErrorKind::Io(_)) {
            self.done = true;
        }
        self.error(e.offset, kind)
    }

    /// Reads one line (at most [`MAX_LINE`] bytes are kept).
    fn line(&mut self, keep: &mut Vec<u8>) -> Result<Line, SourceError> {
        keep.clear();
        let offset = self.file_offset();
        let mut seen = 0usize;
        loop {
            let buf = self.src.fill()?;
            if buf.is_empty() {
                if seen == 0 {
                    return Ok(Line::End);
                }
                break;
            }
            let (take, end) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let room = MAX_LINE.saturating_sub(keep.len()).min(take);
            keep.extend_from_slice(buf.get(..room).unwrap_or_default());
            seen += take;
            self.src.consume(take);
            if end {
                break;
            }
        }
        Ok(if seen > MAX_LINE {
            Line::Other(offset)
        } else if keep.iter().all(|b| b.is_ascii_whitespace()) {
            Line::Blank
        } else if is_version_line(keep) {
            Line::Version(offset, std::mem::take(keep))
        } else {
            Line::Other(offset)
        })
    }

    /// The next version line; garbage on the way is reported once.
    fn find_record(&mut self) -> Result<Option<(u64, Vec<u8>)>, WarcError> {
        let mut garbage: Option<u64> = None;
        let mut buf = Vec::new();
        loop {
            let line = self.line(&mut buf).map_err(|e| self.source_error(e))?;
            match line {
                Line::Version(at, v) => {
                    let skipping = std::mem::take(&mut self.skipping);
                    if let Some(g) = garbage.filter(|_| !skipping) {
                        self.pending = Some((at, v));
                        let len = at.saturating_sub(g);
                        return Err(self.error(g, WarcErrorKind::Garbage(len.max(1))));
                    }
                    return Ok(Some((at, v)));
                }
                Line::Blank => {}
                Line::Other(at) => {
                    garbage.get_or_insert(at);
                }
                Line::End => {
                    let skipping = std::mem::take(&mut self.skipping);
                    if let Some(g) = garbage.filter(|_| !skipping) {
                        let end = self.file_offset();
                        self.next_segment()?;
                        return Err(self.error(g, WarcErrorKind::Garbage(end.saturating_sub(g))));
                    }
                    if !self.next_segment()? {
                        return Ok(None);
                    }
                }
            }
        }
    }

    fn next_segment(&mut self) -> Result<bool, WarcError> {
        match self.src.next_segment() {
            Ok(more) => {
                self.done |= !more;
                Ok(more)
            }
            Err(e) => Err(self.source_error(e)),
        }
    }

    /// Consumes what follows a record in its gzip member: the blank bytes,
    /// then, unless the member's next record starts there, everything up to
    /// the member's end, so that its checksum is checked before the record
    /// counts (`drain`: everything at once). Returns how many bytes other
    /// than blanks and a next record were found (when not `drain`).
    fn settle(&mut self, mut drain: bool) -> Result<u64, SourceError> {
        let reported = !drain;
        let mut other = 0u64;
        loop {
            let buf = self.src.fill()?;
            if buf.is_empty() {
                return Ok(if reported { other } else { 0 });
            }
            if !drain {
                let blanks = buf
                    .iter()
                    .take_while(|b| matches!(b, b'\r' | b'\n'))
                    .count();
                if blanks > 0 {
                    self.src.consume(blanks);
                    continue;
                }
                if buf.starts_with(b"WARC/") || b"WARC/".starts_with(buf) {
                    return Ok(0);
                }
                drain = true;
            }
            let n = buf.len();
            other += n as u64;
            self.src.consume(n);
        }
    }

    fn read_record(&mut self, at: u64, version: Vec<u8>) -> Result<Record, WarcError> {
        let mut block = version;
        let mut buf = Vec::new();
        loop {
            match self.line(&mut buf).map_err(|e| self.source_error(e))? {
                Line::Blank => {
                    block.extend_from_slice(&buf);
                    break;
                }
                Line::End => {
                    let kind = WarcErrorKind::BadHeader("the header block is cut off".into());
                    return Err(self.error(at, kind));
                }
                Line::Version(next, v) => {
                    // The header was cut off by the next record: read that one next.
                    self.pending = Some((next, v));
                    let kind = WarcErrorKind::BadHeader("cut off by the next record".into());
                    return Err(self.error(at, kind));
                }
                Line::Other(_) => block.extend_from_slice(&buf),
            }
            if block.len() > MAX_HEADER {
                self.skipping = true;
                let kind = WarcErrorKind::BadHeader("header block over 1 MiB".into());
                return Err(self.error(at, kind));
            }
        }
        let header = parse_header(&block).map_err(|p| {
            self.skipping = true;
            let near = String::from_utf8_lossy(block.get(p..).unwrap_or_default());
            let near: String = near.chars().take(40).collect();
            self.error(at, WarcErrorKind::BadHeader(format!("near {near:?}")))
        })?;
        let length = header
            .get("Content-Length")
            .and_then(|v| v.trim().parse::<u64>().ok());
        let Some(length) = length else {
            self.skipping = true;
            return Err(self.error(at, WarcErrorKind::ContentLength));
        };
        let keep = length <= self.max_record_bytes;
        let mut body = Vec::new();
        let mut got = 0u64;
        while got < length {
            let buf = match self.src.fill() {
                Ok([]) => break,
                Ok(buf) => buf,
                Err(e) => return Err(self.source_error(e)),
            };
            let n = buf
                .len()
                .min(usize::try_from(length - got).unwrap_or(usize::MAX));
            if keep {
                body.extend_from_slice(buf.get(..n).unwrap_or_default());
            }
            self.src.consume(n);
            got += n as u64;
        }
        if got < length {
            let within = if self.src.is_gzip() {
                "gzip member"
            } else {
                "file"
            };
            let kind = WarcErrorKind::Truncated {
                expected: length,
                got,
                within,
            };
            return Err(self.error(at, kind));
        }
        if !keep {
            let limit = self.max_record_bytes;
            return Err(self.error(at, WarcErrorKind::TooLarge { length, limit }));
        }
        Ok(Record {
            offset: at,
            header,
            body,
        })
    }
}

impl<R: Read + Seek> Iterator for WarcReader<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.queued.take() {
            return Some(Err(e));
        }
        if self.done {
            return None;
        }
        let (at, version) = match self.pending.take() {
            Some(found) => found,
            None => match self.find_record() {
                Ok(Some(found)) => found,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            },
        };
        let got = self.read_record(at, version);
        if self.src.is_gzip() {
            // A record counts only when its gzip member decompresses to the
            // end (the checksum is checked there); after a record's error
            // the rest of its member is dropped.
            let drain = got.is_err();
            match self.settle(drain) {
                Err(e) => return Some(Err(self.source_error(e))),
                Ok(0) => {}
                Ok(junk) => self.queued = Some(self.error(at, WarcErrorKind::Garbage(junk))),
            }
            self.skipping &= !drain;
        }
        Some(got)
    }
}
