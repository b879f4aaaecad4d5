//! Photo captions and their credits.
//!
//! STUB: the API below is fixed; the implementation is being written.

use super::Parsed;

/// A caption split into its text, credit and label.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CaptionParts {
    /// The caption text without credit and label.
    pub text: String,
    /// The credit as printed, without "Photo:", "©" or a year.
    pub credit: Option<String>,
    /// A label that was removed ("Photo for illustrative purposes.", "File photo:").
    pub label: Option<String>,
}

/// Why the caption grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaptionError {
    /// No credit or caption label was recognised.
    #[error("no caption credit or label")]
    NoMatch,
}

/// Parses a caption line that carries a credit or a caption label.
pub fn parse_caption(line: &str) -> Result<Parsed<'_, CaptionParts>, CaptionError> {
    let _ = line;
    Err(CaptionError::NoMatch)
}

/// Parses a line that is only a credit ("Image credit: Mikko Laine").
pub fn parse_credit_line(line: &str) -> Result<Parsed<'_, String>, CaptionError> {
    let _ = line;
    Err(CaptionError::NoMatch)
}
