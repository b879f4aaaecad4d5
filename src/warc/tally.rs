//! Counting records by type, and an iterator over the text records only.

use std::collections::BTreeMap;
use std::io::{Read, Seek};

use super::{Record, WarcError, WarcReader};

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

/// The text records of a [`WarcReader`] and its errors; other records are
/// skipped and counted (see [`WarcReader::text_records`]).
pub struct TextRecords<R> {
    reader: WarcReader<R>,
    tally: Tally,
}

impl<R> TextRecords<R> {
    /// The counts so far.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }
}

impl<R: Read + Seek> WarcReader<R> {
    /// Only the text records ([`Record::is_text`]) and the errors; the
    /// other records are counted in [`TextRecords::tally`].
    pub fn text_records(self) -> TextRecords<R> {
        TextRecords {
            reader: self,
            tally: Tally::default(),
        }
    }
}

impl<R: Read + Seek> Iterator for TextRecords<R> {
    type Item = Result<Record, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let item = self.reader.next()?;
            if self.tally.count_item(&item).is_some() || item.is_err() {
                return Some(item);
            }
        }
    }
}
