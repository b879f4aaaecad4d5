//! The rules' verdict on each line, read back from their articles: a feature
//! the line model weighs with the others.

use crate::{Article, LineRole, RemovalReason, Span};

/// What the rules made of a line: a role in a story, or a removal reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RuleTag {
    /// The line plays this role in a story.
    Role(LineRole),
    /// The line was removed for this reason.
    Removed(RemovalReason),
}

impl RuleTag {
    /// A small number naming the tag, stable within a feature-set version.
    pub fn id(self) -> u64 {
        match self {
            RuleTag::Role(r) => 1 + r as u64,
            RuleTag::Removed(r) => 64 + r as u64,
        }
    }

    /// True for a body paragraph or heading.
    pub fn is_body(self) -> bool {
        matches!(self, RuleTag::Role(LineRole::Paragraph | LineRole::Heading))
    }
}

/// Every line the articles account for, in input order, with its tag and story.
pub(crate) struct RuleView {
    pub(crate) lines: Vec<(Span, RuleTag, Option<usize>)>,
}

impl RuleView {
    pub(crate) fn of(arts: &[Article]) -> RuleView {
        let mut lines = Vec::new();
        for (k, a) in arts.iter().enumerate() {
            for l in &a.lines {
                lines.push((l.span, RuleTag::Role(l.role), Some(k)));
            }
            for r in &a.removed {
                let story = (r.reason != RemovalReason::OtherStory).then_some(k);
                lines.push((r.span, RuleTag::Removed(r.reason), story));
            }
        }
        lines.sort_by_key(|l| (l.0.start, l.0.end));
        lines.dedup_by_key(|l| l.0);
        RuleView { lines }
    }
}
