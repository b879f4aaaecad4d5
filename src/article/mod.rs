//! The data model: an [`Article`] and its parts. Data only, no logic beyond
//! small accessors.

mod audit;
mod blocks;
mod date;
mod span;
mod warning;
mod words;

use serde::{Deserialize, Serialize};

pub use audit::{FieldSpans, LineRole, LineUse, RemovalReason, Removed};
pub use blocks::{Block, BlockKind, Caption};
pub use date::DateValue;
pub use span::Span;
pub use warning::Warning;
pub(crate) use words::count_words;

/// A news article cut out of scraped text.
///
/// The fields named in the crate's output contract come first; `spans`,
/// `lines`, `removed`, `warnings`, `confidence` and `raw_dates` are the audit
/// trail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// The headline, printed once (empty when none was found).
    pub title: String,
    /// The standfirst/dek under the headline.
    pub subtitle: Option<String>,
    /// People who wrote the story, as printed.
    pub authors: Vec<String>,
    /// Organisations credited for the story: agencies, desks, outlets.
    pub credits: Vec<String>,
    /// First publication.
    pub published: Option<DateValue>,
    /// Last update.
    pub updated: Option<DateValue>,
    /// The place that opens the story ("KYIV"), as printed.
    pub dateline: Option<String>,
    /// The section label, or the last crumb of a breadcrumb.
    pub section: Option<String>,
    /// Reading time printed on the page.
    pub reading_time_minutes: Option<u32>,
    /// Highlights / summary bullets, bullets stripped.
    pub key_points: Vec<String>,
    /// Photo captions with their credits.
    pub captions: Vec<Caption>,
    /// Paragraphs and subheadings, in order.
    pub body: Vec<Block>,
    /// Headlines of other stories the page carried.
    pub related: Vec<String>,
    /// Where each metadata field came from.
    #[serde(default)]
    pub spans: FieldSpans,
    /// Every input line this article used, with its role.
    #[serde(default)]
    pub lines: Vec<LineUse>,
    /// Every input line kept out of the fields, with the reason.
    #[serde(default)]
    pub removed: Vec<Removed>,
    /// Problems noticed while parsing.
    #[serde(default)]
    pub warnings: Vec<Warning>,
    /// Rule-based confidence (0-1) that this is a well-formed article.
    #[serde(default)]
    pub confidence: f32,
    /// Date phrases that could not be resolved (relative dates without a reference time).
    #[serde(default)]
    pub raw_dates: Vec<String>,
}

impl Article {
    /// The body as plain text, blocks separated by blank lines.
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for b in &self.body {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&b.text);
        }
        out
    }

    /// Number of words in the body (Unicode word boundaries).
    pub fn word_count(&self) -> usize {
        self.body.iter().map(|b| count_words(&b.text)).sum()
    }
}
