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
    /// Per line: its span, its tag and its story ([`NO_STORY`] for none),
    /// 24 bytes a line (a page of tiny lines holds many of them).
    lines: Vec<(Span, RuleTag, u32)>,
}

/// [`RuleView`]'s story of a line in no story.
const NO_STORY: u32 = u32::MAX;

impl RuleView {
    pub(crate) fn of(arts: &[Article]) -> RuleView {
        let n = arts.iter().map(|a| a.lines.len() + a.removed.len()).sum();
        let mut lines = Vec::with_capacity(n);
        for (k, a) in arts.iter().enumerate() {
            // (More than `u32::MAX - 1` stories cannot be cut from a text
            // under the input limits; the last ones would share a number.)
            let story = u32::try_from(k).unwrap_or(NO_STORY - 1);
            for l in &a.lines {
                lines.push((l.span, RuleTag::Role(l.role), story));
            }
            for r in &a.removed {
                let story = if r.reason == RemovalReason::OtherStory {
                    NO_STORY
                } else {
                    story
                };
                lines.push((r.span, RuleTag::Removed(r.reason), story));
            }
        }
        lines.sort_by_key(|l| (l.0.start, l.0.end));
        lines.dedup_by_key(|l| l.0);
        RuleView { lines }
    }

    /// Number of lines.
    pub(crate) fn len(&self) -> usize {
        self.lines.len()
    }

    /// The lines in input order: span, tag and story.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Span, RuleTag, Option<u32>)> + '_ {
        self.lines.iter().map(|&(span, tag, story)| {
            let story = (story != NO_STORY).then_some(story);
            (span, tag, story)
        })
    }
}
