//! A wire's dateline on a paragraph the rules did not take for the first
//! ("DAKAR, March 12 (APS) – …" under a caption the rules kept as a
//! paragraph until a finishing pass made it a caption): once the article is
//! assembled, the body's first paragraph is read as the rules read the
//! first ([`crate::grammar::dateline::parse_dateline`]): the place is the
//! dateline, the agency a credit, the rest the paragraph.

use crate::grammar::dateline::parse_dateline;
use crate::{Article, BlockKind};

/// Reads the dateline on `a`'s first body paragraph when `a` has none.
pub(crate) fn read_late_dateline(a: &mut Article) {
    if a.dateline.is_some() {
        return;
    }
    let Some(first) = a.body.first().filter(|b| b.kind == BlockKind::Paragraph) else {
        return;
    };
    let span = first.span;
    let Ok(d) = parse_dateline(&first.text) else {
        return;
    };
    let rest = d.rest.trim().to_string();
    let d = d.value;
    if rest.is_empty() || d.place.is_empty() {
        return;
    }
    if let Some(b) = a.body.first_mut() {
        b.text = rest;
    }
    a.dateline = Some(d.place);
    a.spans.dateline = Some(span);
    if let Some(ag) = d.agency {
        super::builder::add_credit(a, &ag, span);
    }
}
