//! The article's content blocks: body blocks ([`Block`], [`BlockKind`]) and
//! photo captions ([`Caption`]).

use serde::{Deserialize, Serialize};

use super::Span;

/// What a body block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph of running text.
    Paragraph,
    /// A subheading inside the body.
    Heading,
}

/// One block of the article's body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Block {
    /// Paragraph or heading.
    pub kind: BlockKind,
    /// The cleaned text.
    pub text: String,
    /// The input line(s) it came from.
    #[serde(default)]
    pub span: Span,
}

impl Block {
    /// A block of `kind` with `text` from `span`.
    pub fn new(kind: BlockKind, text: impl Into<String>, span: Span) -> Self {
        Block {
            kind,
            text: text.into(),
            span,
        }
    }
}

/// A photo caption and the credit printed with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Caption {
    /// The caption without its credit and without labels such as "File photo:".
    pub text: String,
    /// The credit as printed ("AP Photo/Mark Delaney"), without "Photo:" or "©".
    pub credit: Option<String>,
    /// The input line(s) it came from.
    #[serde(default)]
    pub span: Span,
}

impl Caption {
    /// A caption with `text`, an optional `credit`, from `span`.
    pub fn new(text: impl Into<String>, credit: Option<String>, span: Span) -> Self {
        Caption {
            text: text.into(),
            credit,
            span,
        }
    }
}
