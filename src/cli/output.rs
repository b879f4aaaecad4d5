//! Output formats of `newsclip extract`: every document is rendered on its
//! own (in parallel), then written in input order.
//!
//! * `json`: one JSON array of documents `{"articles": [...], "id": ...}`
//!   (indented with `--pretty`);
//! * `jsonl`: the same documents, one a line; an input that failed is a
//!   line `{"error": ..., "id": ...}`;
//! * `markdown`: title, dek, byline line, body with headings;
//! * `text`: title and body;
//! * `csv`: one row per article, flat columns (lists joined by `; `).
//!
//! `--fields` keeps only the named article fields (json, jsonl, csv).
//! The audit trail (`spans`, `lines`, `removed`) is printed with `--audit`
//! (or when `--fields` names one of its keys), else left out.

use serde::Serialize;
use serde_json::{Map, Value};

use super::article_out::{AUDIT_KEYS, ArticleOut};
use crate::{Article, BlockKind};

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum Format {
    /// A JSON array of documents.
    Json,
    /// One JSON document a line.
    Jsonl,
    /// Title, dek, byline line and body with headings.
    Markdown,
    /// Title and body.
    Text,
    /// One row per article, flat columns.
    Csv,
}

/// The result of one document: its articles, or why it failed.
#[derive(Debug)]
pub(super) struct Outcome {
    pub id: String,
    pub articles: Vec<Article>,
    pub error: Option<String>,
    /// The `WARC-Record-ID` of a document read from a WARC/WET file.
    pub warc_record_id: Option<String>,
}

/// The CSV columns when `--fields` is not given.
const CSV_FIELDS: &[&str] = &[
    "title",
    "subtitle",
    "authors",
    "credits",
    "published",
    "updated",
    "dateline",
    "section",
    "reading_time_minutes",
    "key_points",
    "captions",
    "body",
    "related",
    "warnings",
    "confidence",
];

/// Renders documents in one format.
#[derive(Debug)]
pub(super) struct Renderer {
    format: Format,
    pretty: bool,
    fields: Option<Vec<String>>,
    audit: bool,
}

#[derive(Serialize)]
struct DocOut<'a, A: Serialize> {
    articles: &'a [A],
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    warc_record_id: Option<&'a str>,
}

#[derive(Serialize)]
struct ErrorOut<'a> {
    error: &'a str,
    id: &'a str,
}

impl Renderer {
    /// A renderer; an unknown field name is an error naming the known ones.
    /// The audit trail is printed when `audit` is set or `fields` names one
    /// of its keys.
    pub(super) fn new(
        format: Format,
        pretty: bool,
        fields: Option<Vec<String>>,
        audit: bool,
    ) -> Result<Self, String> {
        if let Some(fields) = &fields {
            let known = field_names();
            if let Some(bad) = fields.iter().find(|f| !known.contains(f)) {
                return Err(format!(
                    "unknown field {bad:?}; the fields are: {}",
                    known.join(", ")
                ));
            }
        }
        let audit = audit
            || fields
                .iter()
                .flatten()
                .any(|f| AUDIT_KEYS.contains(&f.as_str()));
        Ok(Renderer {
            format,
            pretty,
            fields,
            audit,
        })
    }

    /// Whether the audit trail is printed (the articles must carry it).
    pub(super) fn audit(&self) -> bool {
        self.audit
    }

    /// What comes before the first document.
    pub(super) fn header(&self) -> String {
        match self.format {
            Format::Json => "[".to_string(),
            Format::Csv => {
                let mut cols = vec!["id".to_string(), "article".to_string()];
                cols.extend(self.csv_fields().iter().map(|f| f.to_string()));
                csv_row(&cols)
            }
            _ => String::new(),
        }
    }

    /// What goes before the document number `n` (0-based).
    pub(super) fn separator(&self, n: usize) -> &'static str {
        match (self.format, n) {
            (Format::Json, 0) => "\n",
            (Format::Json, _) => ",\n",
            (Format::Markdown | Format::Text, 1..) => "\n",
            _ => "",
        }
    }

    /// What comes after the last document.
    pub(super) fn footer(&self, docs: usize) -> &'static str {
        match (self.format, docs) {
            (Format::Json, 0) => "]\n",
            (Format::Json, _) => "\n]\n",
            _ => "",
        }
    }

    /// The text of one document; `None` when the format has no room for a
    /// failed input (it is reported on stderr).
    pub(super) fn render(&self, o: &Outcome) -> Option<String> {
        if let Some(error) = &o.error {
            let e = ErrorOut { error, id: &o.id };
            return match self.format {
                Format::Json => Some(self.json(&e)),
                Format::Jsonl => Some(self.json(&e) + "\n"),
                _ => None,
            };
        }
        Some(match self.format {
            Format::Json | Format::Jsonl => {
                let s = match &self.fields {
                    None => self.json(&DocOut {
                        articles: &o
                            .articles
                            .iter()
                            .map(|a| ArticleOut::new(a, self.audit))
                            .collect::<Vec<_>>(),
                        id: &o.id,
                        warc_record_id: o.warc_record_id.as_deref(),
                    }),
                    Some(_) => self.json(&DocOut {
                        articles: &o.articles.iter().map(|a| self.pick(a)).collect::<Vec<_>>(),
                        id: &o.id,
                        warc_record_id: o.warc_record_id.as_deref(),
                    }),
                };
                if self.format == Format::Jsonl {
                    s + "\n"
                } else {
                    s
                }
            }
            Format::Markdown => {
                let mut s = format!("<!-- {} -->\n", o.id.replace("--", "- -"));
                for (i, a) in o.articles.iter().enumerate() {
                    if i > 0 {
                        s.push_str("\n---\n\n");
                    }
                    s.push_str(&markdown(a));
                }
                s
            }
            Format::Text => {
                let parts: Vec<String> = o.articles.iter().map(text).collect();
                parts.join("\n")
            }
            Format::Csv => {
                let mut s = String::new();
                for (i, a) in o.articles.iter().enumerate() {
                    let v = to_value(a);
                    let mut cols = vec![o.id.clone(), i.to_string()];
                    cols.extend(self.csv_fields().iter().map(|f| flat(v.get(f))));
                    s.push_str(&csv_row(&cols));
                }
                s
            }
        })
    }

    fn csv_fields(&self) -> Vec<&str> {
        match &self.fields {
            Some(f) => f.iter().map(String::as_str).collect(),
            None => CSV_FIELDS.to_vec(),
        }
    }

    fn json<T: Serialize>(&self, v: &T) -> String {
        // JSONL stays one document a line, whatever `--pretty` says.
        let r = if self.pretty && self.format == Format::Json {
            serde_json::to_string_pretty(v)
        } else {
            serde_json::to_string(v)
        };
        r.unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()))
    }

    /// The article with only the `--fields` it names.
    fn pick(&self, a: &Article) -> Value {
        let Value::Object(all) = to_value(a) else {
            return Value::Null;
        };
        let fields = self.fields.as_deref().unwrap_or_default();
        let kept: Map<String, Value> = all
            .into_iter()
            .filter(|(k, _)| fields.iter().any(|f| f == k))
            .collect();
        Value::Object(kept)
    }
}

fn to_value(a: &Article) -> Value {
    serde_json::to_value(a).unwrap_or(Value::Null)
}

/// The names of the article's fields, as serialized.
pub(super) fn field_names() -> Vec<String> {
    match to_value(&Article::default()) {
        Value::Object(m) => m.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// A JSON value as one CSV cell: lists joined by `; ` (blocks and captions
/// by their text, paragraphs by blank lines), objects as JSON.
fn flat(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => {
            let blocks = items
                .iter()
                .any(|i| i.get("kind").is_some() && i.get("text").is_some());
            let parts: Vec<String> = items
                .iter()
                .map(|i| match i.get("text") {
                    Some(t) => flat(Some(t)),
                    None => flat(Some(i)),
                })
                .collect();
            parts.join(if blocks { "\n\n" } else { "; " })
        }
        Some(Value::Object(o)) if o.contains_key("kind") && o.len() <= 2 => {
            let kind = flat(o.get("kind"));
            match o.get("detail") {
                Some(d) => format!("{kind}: {}", flat(Some(d))),
                None => kind,
            }
        }
        Some(other) => other.to_string(),
    }
}

fn csv_row(cols: &[String]) -> String {
    let cells: Vec<String> = cols
        .iter()
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect();
    cells.join(",") + "\n"
}

/// Title, dek, byline line and body with headings.
fn markdown(a: &Article) -> String {
    let mut s = String::new();
    if !a.title.is_empty() {
        s.push_str(&format!("# {}\n\n", a.title));
    }
    if let Some(dek) = &a.subtitle {
        s.push_str(&format!("*{dek}*\n\n"));
    }
    let mut byline = Vec::new();
    if !a.authors.is_empty() {
        byline.push(format!("By {}", a.authors.join(", ")));
    }
    if !a.credits.is_empty() {
        byline.push(a.credits.join(", "));
    }
    if let Some(d) = &a.published {
        byline.push(format!("Published {d}"));
    }
    if let Some(d) = &a.updated {
        byline.push(format!("Updated {d}"));
    }
    if !byline.is_empty() {
        s.push_str(&byline.join(" · "));
        s.push_str("\n\n");
    }
    for b in &a.body {
        match b.kind {
            BlockKind::Heading => s.push_str(&format!("## {}\n\n", b.text)),
            _ => s.push_str(&format!("{}\n\n", b.text)),
        }
    }
    s
}

/// Title and body.
fn text(a: &Article) -> String {
    let mut s = String::new();
    if !a.title.is_empty() {
        s.push_str(&a.title);
        s.push_str("\n\n");
    }
    for b in &a.body {
        s.push_str(&b.text);
        s.push_str("\n\n");
    }
    s
}
