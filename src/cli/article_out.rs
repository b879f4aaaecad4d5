//! An [`Article`] as `extract` prints it: the same JSON as the article's own
//! serde form, field for field and in the same order, except that the audit
//! trail (`spans`, `lines`, `removed`) is left out unless `--audit` asks for
//! it. Serialised straight from borrowed fields: nothing is copied.

use serde::Serialize;

use crate::{Article, Block, Caption, DateValue, FieldSpans, LineUse, Removed, Warning};

/// The audit-trail keys that `extract` prints only with `--audit`.
pub(super) const AUDIT_KEYS: [&str; 3] = ["spans", "lines", "removed"];

/// A borrowed view of an [`Article`] for serialisation.
#[derive(Serialize)]
pub(super) struct ArticleOut<'a> {
    title: &'a str,
    subtitle: &'a Option<String>,
    authors: &'a [String],
    credits: &'a [String],
    published: &'a Option<DateValue>,
    updated: &'a Option<DateValue>,
    dateline: &'a Option<String>,
    section: &'a Option<String>,
    reading_time_minutes: &'a Option<u32>,
    key_points: &'a [String],
    captions: &'a [Caption],
    body: &'a [Block],
    related: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    spans: Option<&'a FieldSpans>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lines: Option<&'a [LineUse]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    removed: Option<&'a [Removed]>,
    warnings: &'a [Warning],
    confidence: f32,
    raw_dates: &'a [String],
}

impl<'a> ArticleOut<'a> {
    /// The view of `a`, with its audit trail when `audit` is set.
    pub(super) fn new(a: &'a Article, audit: bool) -> Self {
        // A field added to `Article` and missing here fails the test
        // `with_audit_the_view_prints_the_article_s_own_json`.
        ArticleOut {
            title: &a.title,
            subtitle: &a.subtitle,
            authors: &a.authors,
            credits: &a.credits,
            published: &a.published,
            updated: &a.updated,
            dateline: &a.dateline,
            section: &a.section,
            reading_time_minutes: &a.reading_time_minutes,
            key_points: &a.key_points,
            captions: &a.captions,
            body: &a.body,
            related: &a.related,
            spans: audit.then_some(&a.spans),
            lines: audit.then_some(a.lines.as_slice()),
            removed: audit.then_some(a.removed.as_slice()),
            warnings: &a.warnings,
            confidence: a.confidence,
            raw_dates: &a.raw_dates,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_audit_the_view_prints_the_article_s_own_json() {
        let text = "Headline\n\nBy Jane Doe\n\nShare this\n\nThe first paragraph of the story, which says what happened.\n";
        let a = crate::parse(text);
        assert!(!a.lines.is_empty() && !a.removed.is_empty());
        let own = serde_json::to_string(&a).unwrap();
        let view = serde_json::to_string(&ArticleOut::new(&a, true)).unwrap();
        assert_eq!(view, own);
    }

    #[test]
    fn without_audit_the_view_leaves_out_the_audit_keys_alone() {
        let a = crate::parse(
            "Headline\n\nThe first paragraph of the story, which says what happened.\n",
        );
        let mut own = serde_json::to_value(&a).unwrap();
        let view = serde_json::to_value(ArticleOut::new(&a, false)).unwrap();
        for k in AUDIT_KEYS {
            assert!(view.get(k).is_none(), "{k} printed without --audit");
            own.as_object_mut().unwrap().remove(k);
        }
        assert_eq!(view, own);
    }
}
