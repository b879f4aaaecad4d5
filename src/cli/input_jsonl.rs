//! JSONL input: one `{"id", "text", "reference_time"?}` record a line.

use std::io::BufRead;

use serde::Deserialize;

use super::input::{Document, InputError, Item, Source};

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    #[serde(default)]
    text: serde_json::Value,
    #[serde(default)]
    reference_time: Option<String>,
}

/// The records of a JSONL reader, blank lines skipped; a line that is not
/// a record with a string `text` is an [`InputError`] naming its line.
pub(crate) struct Records {
    name: String,
    reader: Box<dyn BufRead>,
    line: usize,
    done: bool,
}

impl Records {
    pub(crate) fn new(name: String, reader: Box<dyn BufRead>) -> Self {
        Records {
            name,
            reader,
            line: 0,
            done: false,
        }
    }

    fn error(&self, id: String, message: String) -> InputError {
        InputError {
            id,
            source: self.source(),
            message,
        }
    }

    fn source(&self) -> Source {
        Source::Record {
            file: self.name.clone(),
            line: self.line,
            record_id: None,
        }
    }

    fn record(&self, buf: &[u8]) -> Item {
        let fallback = format!("{}:{}", self.name, self.line);
        let line = super::input::lossy(buf);
        let valid = matches!(line, std::borrow::Cow::Borrowed(_));
        let rec: Record = serde_json::from_str(&line)
            .map_err(|e| self.error(fallback.clone(), format!("bad JSON: {e}")))?;
        let id = match rec.id {
            serde_json::Value::String(s) => s,
            serde_json::Value::Null => fallback,
            other => other.to_string(),
        };
        let serde_json::Value::String(text) = rec.text else {
            return Err(self.error(id, "record has no string \"text\"".to_string()));
        };
        let reference_time = match rec.reference_time {
            None => None,
            Some(t) => Some(
                chrono::DateTime::parse_from_rfc3339(&t)
                    .map_err(|e| self.error(id.clone(), format!("reference_time {t:?}: {e}")))?,
            ),
        };
        Ok(Document {
            id,
            bytes: text.into_bytes(),
            reference_time,
            source: self.source(),
            invalid_utf8: !valid,
        })
    }
}

impl Iterator for Records {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            let mut buf = Vec::new();
            self.line += 1;
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(_) if buf.trim_ascii().is_empty() => {}
                Ok(_) => return Some(self.record(&buf)),
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.error(self.name.clone(), e.to_string())));
                }
            }
        }
        None
    }
}
