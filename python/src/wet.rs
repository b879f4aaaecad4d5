//! `read_wet`: the articles of the text records of a WET/WARC file, one
//! record at a time.

use std::ffi::CString;
use std::fs::File;

use pyo3::exceptions::PyRuntimeWarning;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use newsclip::warc::{TextRecords, WarcReader, parse_record};

use crate::{Error, Labelling, Settings, guarded};

/// What to do with a record that cannot be read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Warn,
    Skip,
}

/// One step of the reader.
enum Step {
    /// A text record: URL, WARC-Date, articles as JSON.
    Record(String, Option<String>, String),
    /// A record that could not be read.
    Failed(String),
    End,
}

/// Iterator of `(url, warc_date, articles)` over the text records of a
/// WET/WARC file (`read_wet`).
#[pyclass(module = "newsclip")]
pub struct WetReader {
    reader: TextRecords<File>,
    done: bool,
    settings: Settings,
    errors: Vec<String>,
    on_error: OnError,
}

impl WetReader {
    fn step(&mut self) -> Step {
        if self.done {
            return Step::End;
        }
        let Some(item) = self.reader.next() else {
            self.done = true;
            return Step::End;
        };
        let rec = match item {
            Ok(rec) => rec,
            Err(e) => {
                self.errors.push(e.to_string());
                return Step::Failed(e.to_string());
            }
        };
        let settings = &self.settings;
        let json = guarded(|| settings.to_json(parse_record(settings.parser(), &rec)));
        let url = rec.target_uri().unwrap_or("").to_string();
        let date = rec.date().map(str::to_string);
        match json {
            Ok(json) => Step::Record(url, date, json),
            Err(e) => Step::Failed(format!("{url}: {e}")),
        }
    }
}

type Item<'py> = (String, Option<String>, Bound<'py, PyAny>);

#[pymethods]
impl WetReader {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(mut slf: PyRefMut<'py, Self>, py: Python<'py>) -> PyResult<Option<Item<'py>>> {
        loop {
            let this = &mut *slf;
            match py.detach(|| this.step()) {
                Step::End => return Ok(None),
                Step::Record(url, date, json) => {
                    return Ok(Some((url, date, this.settings.articles(py, &json)?)));
                }
                Step::Failed(msg) => match this.on_error {
                    OnError::Raise => return Err(Error::new_err(msg)),
                    OnError::Warn => {
                        let msg = CString::new(msg.replace('\0', " ")).unwrap_or_default();
                        let category = py.get_type::<PyRuntimeWarning>();
                        PyErr::warn(py, &category, &msg, 1)?;
                    }
                    OnError::Skip => {}
                },
            }
        }
    }

    /// The messages of the records that could not be read so far.
    #[getter]
    fn errors(&self) -> Vec<String> {
        self.errors.clone()
    }

    /// Counts so far: `{"text": n, "skipped": {type: n}, "errors": n}`.
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let tally = self.reader.tally();
        let d = PyDict::new(py);
        d.set_item("text", tally.text)?;
        d.set_item("skipped", tally.skipped.clone())?;
        d.set_item("errors", tally.errors)?;
        Ok(d)
    }

    /// A one-line summary of the counts.
    fn summary(&self) -> String {
        self.reader.tally().summary()
    }
}

/// read_wet(path, *, audit=False, preference="balanced", errors="raise", model=None, rules=False)
/// --
///
/// Iterator of `(url, warc_date, articles)` over the text records of the
/// WET/WARC file at `path` (gzip or not).
#[pyfunction]
#[pyo3(signature = (path, *, audit=false, preference="balanced", errors="raise", model=None, rules=false))]
pub fn read_wet(
    path: std::path::PathBuf,
    audit: bool,
    preference: &str,
    errors: &str,
    model: Option<&Bound<'_, PyAny>>,
    rules: bool,
) -> PyResult<WetReader> {
    let on_error = match errors {
        "raise" => OnError::Raise,
        "warn" => OnError::Warn,
        "skip" => OnError::Skip,
        other => {
            return Err(Error::new_err(format!(
                "errors must be \"raise\", \"warn\" or \"skip\", not {other:?}"
            )));
        }
    };
    let settings = Settings::new(None, preference, audit, Labelling { model, rules })?;
    let reader =
        WarcReader::open(&path).map_err(|e| Error::new_err(format!("{}: {e}", path.display())))?;
    Ok(WetReader {
        reader: reader.text_records(),
        done: false,
        settings,
        errors: Vec::new(),
        on_error,
    })
}
