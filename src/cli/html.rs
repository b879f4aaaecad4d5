//! `newsclip explain --format html`: one self-contained HTML page (inline
//! CSS, no script, nothing fetched) showing every input line coloured by
//! its role, the extracted fields beside it, and the reason for each
//! removed line on hover.

use super::explain::LineInfo;
use crate::Article;

/// The colour group of a role or removal reason.
fn group(label: &str, removed: bool) -> &'static str {
    if !removed {
        return match label {
            "title" | "subtitle" => "title",
            "byline" | "credit" => "byline",
            "date" => "date",
            "caption" => "caption",
            "paragraph" | "heading" | "key_point" | "dateline" => "body",
            "related" => "related",
            _ => "meta",
        };
    }
    match label {
        "related_tail" => "related",
        "comment_form" => "comment",
        "other_story" => "other",
        _ => "boilerplate",
    }
}

/// The groups, their colours and their legend text.
const GROUPS: &[(&str, &str, &str)] = &[
    ("title", "#ffd6a5", "title, subtitle"),
    ("byline", "#caffbf", "byline, credit"),
    ("date", "#9bf6ff", "date"),
    ("caption", "#bdb2ff", "caption"),
    ("body", "#ffffff", "body (paragraph, heading, key point)"),
    ("meta", "#fdffb6", "section, reading time"),
    ("related", "#ffc6ff", "related stories"),
    ("comment", "#e0c3a0", "comments"),
    ("other", "#d0e8ff", "another story"),
    ("boilerplate", "#e5e5e5", "boilerplate (removed)"),
];

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page for the input named `name`.
pub(super) fn page(name: &str, lines: &[LineInfo], arts: &[Article]) -> String {
    let mut css = String::from(
        "body{font:14px/1.4 sans-serif;margin:0;display:flex}\
         #lines{flex:3;padding:8px}#fields{flex:2;padding:8px;border-left:1px solid #999}\
         .l{white-space:pre-wrap;border-left:4px solid #999;margin:1px 0;padding:1px 4px}\
         .n{color:#777;display:inline-block;width:3.5em}.r{color:#555;font-size:11px;margin-left:6px}\
         .removed{color:#666;text-decoration:line-through}dt{font-weight:bold}",
    );
    for (g, colour, _) in GROUPS {
        css.push_str(&format!(".g-{g}{{background:{colour}}}"));
    }
    let mut s = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>newsclip explain: {}</title>\
         <style>{css}</style></head><body>\n<div id=\"lines\"><h1>{}</h1><p>",
        esc(name),
        esc(name)
    );
    for (g, _, legend) in GROUPS {
        s.push_str(&format!("<span class=\"l g-{g}\">{}</span> ", esc(legend)));
    }
    s.push_str("</p>\n");
    for l in lines {
        let g = group(&l.label, l.removed.is_some());
        let (class, tip) = match &l.removed {
            Some(why) => (" removed", format!("removed: {why} ({})", l.label)),
            None => ("", format!("{} of article {}", l.label, l.article)),
        };
        s.push_str(&format!(
            "<div class=\"l g-{g} role-{}{class}\" data-role=\"{}\" title=\"{}\"><span class=\"n\">{}</span>{}<span class=\"r\">{}</span></div>\n",
            esc(&l.label),
            esc(&l.label),
            esc(&tip),
            l.number,
            esc(&l.text),
            esc(&l.label)
        ));
    }
    s.push_str("</div>\n<div id=\"fields\">");
    for (n, a) in arts.iter().enumerate() {
        s.push_str(&fields(n, a));
    }
    s.push_str("</div>\n</body></html>\n");
    s
}

/// The extracted fields of article `n`.
fn fields(n: usize, a: &Article) -> String {
    let mut rows: Vec<(&str, String)> = vec![("title", a.title.clone())];
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    rows.push(("subtitle", opt(&a.subtitle)));
    rows.push(("authors", a.authors.join("; ")));
    rows.push(("credits", a.credits.join("; ")));
    rows.push((
        "published",
        a.published.map(|d| d.to_string()).unwrap_or_default(),
    ));
    rows.push((
        "updated",
        a.updated.map(|d| d.to_string()).unwrap_or_default(),
    ));
    rows.push(("dateline", opt(&a.dateline)));
    rows.push(("section", opt(&a.section)));
    rows.push(("key points", a.key_points.join("; ")));
    let captions: Vec<&str> = a.captions.iter().map(|c| c.text.as_str()).collect();
    rows.push(("captions", captions.join("; ")));
    rows.push((
        "body",
        format!("{} blocks, {} words", a.body.len(), a.word_count()),
    ));
    rows.push(("related", a.related.join("; ")));
    let warnings: Vec<String> = a.warnings.iter().map(|w| format!("{w:?}")).collect();
    rows.push(("warnings", warnings.join("; ")));
    rows.push(("confidence", format!("{:.2}", a.confidence)));
    let mut s = format!("<h2>Article {n}</h2><dl>");
    for (k, v) in rows.into_iter().filter(|(_, v)| !v.is_empty()) {
        s.push_str(&format!("<dt>{k}</dt><dd>{}</dd>", esc(&v)));
    }
    s.push_str("</dl>");
    s
}
