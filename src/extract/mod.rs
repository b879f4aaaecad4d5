//! Orchestration: split into lines, clean, classify, assemble.

use crate::{Article, Options};

pub(crate) fn extract(text: &str, opts: &Options) -> Vec<Article> {
    let _ = opts;
    let mut a = Article::default();
    a.title = text.lines().next().unwrap_or_default().trim().to_string();
    vec![a]
}
