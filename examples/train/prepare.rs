//! One training page: its text, gold, the rules' articles, its lines and
//! features, and the candidates of its fields.

use newsclip::features::{Page, emit};
use newsclip::model::{
    AuthorCandidate, DateCandidate, Example, Gold, align, page_author_candidates,
    page_date_candidates, title_lines,
};
use newsclip::{Article, Parser};

pub struct Prepared {
    pub id: String,
    pub source: String,
    pub text: String,
    pub gold: Gold,
    /// The rules' articles before the finishing passes (the features').
    pub rules: Vec<Article>,
    /// The rules' articles finished (what the rules alone print).
    pub ruled: Vec<Article>,
    pub page: Page,
    pub example: Example,
    pub title_lines: Vec<usize>,
    pub dates: Vec<DateCandidate>,
    pub published: Option<newsclip::chrono::NaiveDate>,
    pub bylines: Vec<AuthorCandidate>,
    pub authors: Option<Vec<String>>,
}

pub fn prepare(
    source: &str,
    rec: &serde_json::Value,
    variant: &str,
    parser: &Parser,
    header_sources: &[String],
) -> Option<Prepared> {
    let text = rec.get(format!("text_{variant}"))?.as_str()?.to_string();
    let g = rec.get("gold")?;
    let strs = |k: &str| -> Vec<String> {
        g.get(k)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let gold = {
        let mut gd = Gold::default();
        gd.body = g.get("body").and_then(|b| b.as_str()).map(String::from);
        gd.title = g.get("title").and_then(|b| b.as_str()).map(String::from);
        gd.with = strs("with");
        gd.without = strs("without");
        let named = rec.get("source").and_then(|s| s.as_str()).unwrap_or(source);
        gd.body_has_header = header_sources.iter().any(|h| h == named);
        gd
    };
    let rules = parser.rule_articles(&text);
    let mut ruled = rules.clone();
    parser.finish_articles(&text, &mut ruled);
    let page = Page::build(&text, &rules);
    let mut example = Example::default();
    for i in 0..page.lines.len() {
        let mut f = Vec::new();
        emit(&page, i, &mut f);
        example.feats.push(f);
    }
    example.allowed = align(&text, &page, &gold);
    let title_lines = title_lines(&text, &page, &gold);
    let dates = page_date_candidates(&text, &page, parser.options());
    let published = g
        .get("published")
        .and_then(|d| d.as_str())
        .and_then(|d| d.get(..10))
        .and_then(|d| newsclip::chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let bylines = page_author_candidates(&text, &page, parser.options());
    let authors = g.get("authors").and_then(|a| a.as_array()).map(|a| {
        a.iter()
            .filter_map(|s| s.as_str().map(String::from))
            .collect()
    });
    let base = rec.get("source").and_then(|s| s.as_str()).unwrap_or(source);
    // The article-region dump of a page is scored apart from the whole page.
    let source = match variant {
        "article" => format!("{base}@article"),
        _ => base.to_string(),
    };
    let id = rec
        .get("id")
        .and_then(|s| s.as_str())
        .unwrap_or("")
        .to_string();
    Some(Prepared {
        id,
        source,
        text,
        gold,
        rules,
        ruled,
        page,
        example,
        title_lines,
        dates,
        published,
        bylines,
        authors,
    })
}
