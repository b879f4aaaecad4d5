//! WARC/WET input: one [`Document`] per text record of a `*.warc`,
//! `*.warc.gz`, `*.wet` or `*.wet.gz` file (see [`crate::warc`]).
//!
//! The document's id is the record's `WARC-Target-URI`, its reference time
//! the record's `WARC-Date`, its source the file, byte offset and
//! `WARC-Record-ID`. A record that cannot be read is an [`InputError`]
//! naming the file and byte offset; the records after it are still read.
//! Records of other types are skipped; when the file is done, a line on
//! stderr counts them.

use std::fs::File;
use std::path::Path;

use super::input::{Document, InputError, Item, Source};
use crate::warc::{TextRecords, WarcReader};

/// The documents of one WARC/WET file.
pub(crate) struct Records {
    name: String,
    records: Option<TextRecords<File>>,
}

impl Records {
    /// Opens `path`; an unreadable file gives one error item.
    pub(crate) fn open(path: &Path) -> Box<dyn Iterator<Item = Item>> {
        let name = path.to_string_lossy().into_owned();
        match WarcReader::open(path) {
            Ok(r) => Box::new(Records {
                name,
                records: Some(r.text_records()),
            }),
            Err(e) => Box::new(std::iter::once(Err(InputError {
                id: name.clone(),
                source: Source::File(name),
                message: e.to_string(),
            }))),
        }
    }
}

impl Iterator for Records {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let records = self.records.as_mut()?;
        let Some(item) = records.next() else {
            eprintln!("newsclip: {}: {}", self.name, records.tally().summary());
            self.records = None;
            return None;
        };
        Some(match item {
            Ok(rec) => Ok(Document {
                id: rec.target_uri().unwrap_or_default().to_string(),
                reference_time: rec.reference_time(),
                source: Source::Warc {
                    file: self.name.clone(),
                    offset: rec.offset,
                    record_id: rec.record_id().map(str::to_string),
                },
                invalid_utf8: false,
                bytes: rec.body,
            }),
            Err(e) => Err(InputError {
                id: format!("{}:{}", e.file, e.offset),
                source: Source::Warc {
                    file: e.file.clone(),
                    offset: e.offset,
                    record_id: None,
                },
                message: e.kind.to_string(),
            }),
        })
    }
}
