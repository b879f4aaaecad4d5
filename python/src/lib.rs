//! Python bindings of newsclip: `newsclip._newsclip`, re-exported by the
//! `newsclip` package (see `newsclip/__init__.pyi` for the API).
//!
//! Articles cross the boundary as JSON text made by the same `serde`
//! serialisation as the `extract` example's output and read with Python's
//! `json.loads`, so the dicts have exactly its keys and values. The Rust
//! work (parsing, serialising) runs with the GIL released; a panic is
//! caught and raised as `newsclip.Error`.
#![deny(unsafe_code)]

use std::borrow::Cow;

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};

use newsclip::{Options, Parser, Preference};

mod many;
mod wet;

create_exception!(
    newsclip,
    Error,
    PyValueError,
    "Bad options, unreadable files, unreadable WARC records."
);

/// The audit-trail keys that `audit=False` leaves out.
const AUDIT_KEYS: [&str; 3] = ["spans", "lines", "removed"];

/// Text handed in from Python: `str`, or `bytes` decoded lossily.
pub(crate) enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn from_py(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        if let Ok(b) = obj.cast::<PyBytes>() {
            return Ok(Input::Bytes(b.as_bytes().to_vec()));
        }
        match obj.extract::<String>() {
            Ok(s) => Ok(Input::Text(s)),
            Err(_) => Err(Error::new_err(format!(
                "expected str or bytes, not {}",
                obj.get_type().name()?
            ))),
        }
    }

    pub(crate) fn parse(&self, parser: &Parser) -> Vec<newsclip::Article> {
        match self {
            Input::Text(s) => parser.parse_all(s),
            Input::Bytes(b) => {
                let text = String::from_utf8_lossy(b);
                let mut articles = parser.parse_all(&text);
                if let Cow::Owned(_) = text {
                    for a in &mut articles {
                        a.warnings.push(newsclip::Warning::InvalidUtf8);
                    }
                }
                articles
            }
        }
    }
}

/// Who labels the lines: the shipped line model (neither set), a model
/// trained with the crate's `train` example (`model`, a path), or the
/// hand-written rules alone (`rules`).
#[derive(Clone, Copy, Default)]
pub(crate) struct Labelling<'a, 'py> {
    pub(crate) model: Option<&'a Bound<'py, PyAny>>,
    pub(crate) rules: bool,
}

/// The options shared by `parse`, `parse_many` and `read_wet`.
pub(crate) struct Settings {
    parser: Parser,
    audit: bool,
}

impl Settings {
    pub(crate) fn new(
        reference_time: Option<&Bound<'_, PyAny>>,
        preference: &str,
        audit: bool,
        labeller: Labelling<'_, '_>,
    ) -> PyResult<Self> {
        Self::with_unwrap(reference_time, preference, audit, labeller, true)
    }

    /// [`Settings::new`], joining a hard-wrapped text's lines back into
    /// paragraphs or not (`unwrap`, `Options::unwrap`).
    pub(crate) fn with_unwrap(
        reference_time: Option<&Bound<'_, PyAny>>,
        preference: &str,
        audit: bool,
        labeller: Labelling<'_, '_>,
        unwrap: bool,
    ) -> PyResult<Self> {
        let mut opts = Options::default().unwrap(unwrap);
        match (labeller.model.filter(|m| !m.is_none()), labeller.rules) {
            (Some(_), true) => {
                return Err(Error::new_err("give model= or rules=True, not both"));
            }
            (Some(m), false) => {
                let path: std::path::PathBuf = m
                    .extract()
                    .map_err(|_| Error::new_err("model must be a path to a weights file"))?;
                let model = newsclip::model::Model::load(&path)
                    .map_err(|e| Error::new_err(e.to_string()))?;
                opts = opts.model(model);
            }
            (None, true) => opts = opts.labeller(newsclip::Labeller::Rules),
            (None, false) => {}
        }
        if let Some(t) = reference_time.filter(|t| !t.is_none()) {
            opts = opts.reference_time(reference_time_of(t)?);
        }
        opts = opts.preference(match preference {
            "precision" => Preference::Precision,
            "balanced" => Preference::Balanced,
            "recall" => Preference::Recall,
            other => {
                return Err(Error::new_err(format!(
                    "preference must be \"precision\", \"balanced\" or \"recall\", not {other:?}"
                )));
            }
        });
        Ok(Settings {
            parser: Parser::new(opts),
            audit,
        })
    }

    pub(crate) fn parser(&self) -> &Parser {
        &self.parser
    }

    /// The articles as a JSON array; without `audit`, the audit-trail
    /// fields are emptied first (their keys are dropped by [`Settings::articles`]).
    pub(crate) fn to_json(&self, mut articles: Vec<newsclip::Article>) -> Result<String, String> {
        if !self.audit {
            for a in &mut articles {
                a.spans = newsclip::FieldSpans::default();
                a.lines = Vec::new();
                a.removed = Vec::new();
            }
        }
        serde_json::to_string(&articles).map_err(|e| e.to_string())
    }

    /// `json.loads` of [`Settings::to_json`]'s text, the audit-trail keys
    /// removed unless asked for.
    pub(crate) fn articles<'py>(&self, py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
        let list = py.import("json")?.getattr("loads")?.call1((json,))?;
        if !self.audit {
            for article in list.try_iter()? {
                let article = article?;
                let dict = article.cast::<PyDict>()?;
                for k in AUDIT_KEYS {
                    dict.del_item(k)?;
                }
            }
        }
        Ok(list)
    }
}

/// `reference_time`: an aware `datetime` or an RFC 3339 string.
fn reference_time_of(t: &Bound<'_, PyAny>) -> PyResult<chrono::DateTime<chrono::FixedOffset>> {
    let text: String = match t.extract::<String>() {
        Ok(s) => s,
        Err(_) => t
            .call_method0("isoformat")
            .and_then(|s| s.extract())
            .map_err(|_| {
                Error::new_err("reference_time must be a datetime or an RFC 3339 string")
            })?,
    };
    chrono::DateTime::parse_from_rfc3339(text.trim()).map_err(|e| {
        Error::new_err(format!(
            "reference_time {text:?}: {e} (a datetime needs a tzinfo)"
        ))
    })
}

/// Runs `f`, turning a panic into an error message.
pub(crate) fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format!("internal error: {msg}"))
    })
}

/// parse(text, *, reference_time=None, audit=False, preference="balanced", model=None, rules=False, unwrap=True)
/// --
///
/// The articles of `text` (str, or bytes decoded lossily), main story first.
#[pyfunction]
#[pyo3(signature = (text, *, reference_time=None, audit=false, preference="balanced", model=None, rules=false, unwrap=true))]
#[allow(clippy::too_many_arguments)]
fn parse<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    reference_time: Option<&Bound<'py, PyAny>>,
    audit: bool,
    preference: &str,
    model: Option<&Bound<'py, PyAny>>,
    rules: bool,
    unwrap: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let settings = Settings::with_unwrap(
        reference_time,
        preference,
        audit,
        Labelling { model, rules },
        unwrap,
    )?;
    let input = Input::from_py(text)?;
    let json = py
        .detach(|| guarded(|| settings.to_json(input.parse(settings.parser()))))
        .map_err(Error::new_err)?;
    settings.articles(py, &json)
}

/// parse_many(texts, *, jobs=None, reference_time=None, audit=False, preference="balanced", model=None, rules=False, unwrap=True)
/// --
///
/// One list of articles per text, in order, parsed on `jobs` threads.
#[pyfunction]
#[pyo3(signature = (texts, *, jobs=None, reference_time=None, audit=false, preference="balanced", model=None, rules=false, unwrap=true))]
#[allow(clippy::too_many_arguments)]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    jobs: Option<i64>,
    reference_time: Option<&Bound<'py, PyAny>>,
    audit: bool,
    preference: &str,
    model: Option<&Bound<'py, PyAny>>,
    rules: bool,
    unwrap: bool,
) -> PyResult<Bound<'py, PyList>> {
    let settings = Settings::with_unwrap(
        reference_time,
        preference,
        audit,
        Labelling { model, rules },
        unwrap,
    )?;
    let jobs = match jobs {
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        Some(n) if n >= 1 => usize::try_from(n).unwrap_or(usize::MAX),
        Some(n) => return Err(Error::new_err(format!("jobs must be at least 1, not {n}"))),
    };
    let inputs = texts
        .try_iter()?
        .map(|t| Input::from_py(&t?))
        .collect::<PyResult<Vec<Input>>>()?;
    let workers = jobs.min(inputs.len());
    if workers > 1 {
        return PyList::new(py, many::parse_parallel(py, &settings, &inputs, workers)?);
    }
    let out = PyList::empty(py);
    for input in &inputs {
        let json = py
            .detach(|| guarded(|| settings.to_json(input.parse(settings.parser()))))
            .map_err(Error::new_err)?;
        out.append(settings.articles(py, &json)?)?;
    }
    Ok(out)
}

/// clean(text, rules=None)
/// --
///
/// `text` cleaned by the default rules, or by the named `rules` in order.
#[pyfunction]
#[pyo3(signature = (text, rules=None))]
fn clean(text: &str, rules: Option<Vec<String>>) -> PyResult<String> {
    match rules {
        None => Ok(newsclip::clean::clean(text).into_owned()),
        Some(names) => newsclip::clean::Cleaner::from_names(&names)
            .map(|c| c.clean(text).into_owned())
            .map_err(|e| Error::new_err(e.to_string())),
    }
}

/// rules()
/// --
///
/// The built-in cleaning rules: dicts of `name`, `description`, `default`.
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let out = PyList::empty(py);
    for r in newsclip::clean::all_rules() {
        let d = PyDict::new(py);
        d.set_item("name", r.name())?;
        d.set_item("description", r.description())?;
        d.set_item("default", r.in_default())?;
        out.append(d)?;
    }
    Ok(out)
}

#[pymodule]
fn _newsclip(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("Error", m.py().get_type::<Error>())?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(wet::read_wet, m)?)?;
    m.add_class::<wet::WetReader>()?;
    Ok(())
}
