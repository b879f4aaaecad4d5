//! `newsclip explain`: every input line of one page with the role it was
//! given or the reason it was removed, as text (coloured on a terminal) or
//! as one self-contained HTML page (`--format html`).

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use super::{ParseArgs, Status};
use crate::{Article, Parser};

/// Arguments of `newsclip explain`.
#[derive(Debug, clap::Args)]
pub(super) struct ExplainArgs {
    /// Output: `text` (one line per input line) or `html` (one
    /// self-contained page).
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    format: ExplainFormat,
    /// Input file; `-` or none reads stdin.
    file: Option<String>,
    #[command(flatten)]
    parse: ParseArgs,
}

/// `explain --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExplainFormat {
    /// Line number, article number, role or `-reason`, text.
    Text,
    /// One self-contained HTML page, lines coloured by role.
    Html,
}

/// One non-blank input line and what became of it.
#[derive(Debug, Clone)]
pub(super) struct LineInfo {
    /// 1-based line number.
    pub number: usize,
    /// The line as printed.
    pub text: String,
    /// Index of the article that used or removed it.
    pub article: usize,
    /// The role (`title`, `paragraph`, ...) or removal reason (`navigation`, ...).
    pub label: String,
    /// Why it was removed, when it was.
    pub removed: Option<String>,
}

fn name<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// What became of every non-blank line of `text`.
pub(super) fn line_infos(text: &str, arts: &[Article]) -> Vec<LineInfo> {
    // By span start: the span's end, the article, the label and the reason.
    type Use = (usize, usize, String, Option<String>);
    let mut by_start: BTreeMap<usize, Use> = BTreeMap::new();
    for (n, a) in arts.iter().enumerate() {
        for l in &a.lines {
            by_start.insert(l.span.start, (l.span.end, n, name(&l.role), None));
        }
        for r in &a.removed {
            let reason = Some(match &r.model {
                Some(m) => format!(
                    "{}; the line model labelled it {} (margin {:.1}; {})",
                    r.reason.describe(),
                    name(&m.label),
                    m.margin,
                    m.features.join(", ")
                ),
                None => r.reason.describe().to_string(),
            });
            by_start.insert(r.span.start, (r.span.end, n, name(&r.reason), reason));
        }
    }
    let mut out = Vec::new();
    let mut offset = 0usize;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        let (start, end) = (offset, offset + raw.len());
        offset = end;
        if line.trim().is_empty() {
            continue;
        }
        // The use starting on this line, or the one whose span runs on
        // over it (the lines of a hard-wrapped paragraph joined in one).
        let (article, label, removed) = by_start
            .range(start..end)
            .next()
            .or_else(|| {
                by_start
                    .range(..start)
                    .next_back()
                    .filter(|(_, v)| v.0 > start)
            })
            .map(|(_, v)| (v.1, v.2.clone(), v.3.clone()))
            .unwrap_or((0, "?".into(), Some("not accounted for".into())));
        out.push(LineInfo {
            number: i + 1,
            text: line.to_string(),
            article,
            label,
            removed,
        });
    }
    out
}

pub(super) fn run(args: &ExplainArgs) -> io::Result<Status> {
    let name = args.file.as_deref().unwrap_or("-");
    let Some(text) = super::input::read_text("newsclip explain", name) else {
        return Ok(Status::SomeFailed);
    };
    let arts = Parser::new(args.parse.options().audit(true)).parse_all(&text);
    let lines = line_infos(&text, &arts);
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        ExplainFormat::Html => out.write_all(super::html::page(name, &lines, &arts).as_bytes())?,
        ExplainFormat::Text => write_text(&mut out, &text, &lines, &arts)?,
    }
    out.flush()?;
    Ok(Status::Ok)
}

fn write_text(
    out: &mut impl Write,
    text: &str,
    lines: &[LineInfo],
    arts: &[Article],
) -> io::Result<()> {
    let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for l in lines {
        let label = match l.removed {
            Some(_) => format!("-{}", l.label),
            None => l.label.clone(),
        };
        let (on, off) = match (color, l.removed.is_some()) {
            (false, _) => ("", ""),
            (true, true) => ("\x1b[2;31m", "\x1b[0m"),
            (true, false) => ("\x1b[32m", "\x1b[0m"),
        };
        let shown: String = l.text.chars().take(110).collect();
        writeln!(
            out,
            "{:>5} {} {on}{label:<16}{off} {shown}",
            l.number, l.article
        )?;
        // The line model's verdict, under the line it moved.
        if let Some(why) = l
            .removed
            .as_deref()
            .filter(|w| w.contains("line model labelled"))
        {
            writeln!(out, "{:>26}{why}", "")?;
        }
    }
    // The 1-based input line a field was read from.
    let line_of = |s: &crate::Span| text.get(..s.start).map(|h| h.matches('\n').count() + 1);
    for (n, a) in arts.iter().enumerate() {
        let mut from = Vec::new();
        if let Some(l) = a.spans.title.as_ref().and_then(line_of) {
            from.push(format!("title from line {l}"));
        }
        if let (Some(d), Some(l)) = (a.published, a.spans.published.as_ref().and_then(line_of)) {
            from.push(format!("published {d} from line {l}"));
        }
        if let Some(l) = a.spans.authors.first().and_then(line_of) {
            from.push(format!("authors {:?} from line {l}", a.authors));
        }
        writeln!(
            out,
            "article {n}: {:?} | {} body blocks | confidence {:.2} | warnings {:?}{}",
            a.title,
            a.body.len(),
            a.confidence,
            a.warnings,
            from.iter().map(|f| format!(" | {f}")).collect::<String>()
        )?;
    }
    Ok(())
}
