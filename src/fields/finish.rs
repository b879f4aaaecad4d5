//! An assembled article's warnings and confidence.

use crate::{Article, BlockKind, RemovalReason, Warning};

/// Warnings and confidence; `words` is the article's word count
/// ([`Article::word_count`]).
pub(crate) fn finish(a: &mut Article, words: usize) {
    if a.title.is_empty() {
        a.warnings.push(Warning::NoTitle);
    }
    if a.body.is_empty() {
        a.warnings.push(Warning::NoBody);
    }
    if let Some(last) = a.body.last() {
        let paywall = words < 150
            && a.removed
                .iter()
                .any(|r| r.reason == RemovalReason::Newsletter && r.span.start >= last.span.end);
        if paywall {
            a.warnings.push(Warning::PaywallSuspected);
        }
    }
    let paras = a
        .body
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .count()
        .max(1);
    let mean = words as f32 / paras as f32;
    let mut c = 0.0f32;
    if !a.title.is_empty() {
        c += 0.3;
    }
    c += 0.4 * (words as f32 / 150.0).min(1.0);
    if a.published.is_some()
        || a.updated.is_some()
        || !a.authors.is_empty()
        || !a.credits.is_empty()
    {
        c += 0.15;
    }
    if (8.0..=150.0).contains(&mean) {
        c += 0.15;
    }
    a.confidence = (c * 100.0).round() / 100.0;
}
