//! The crate's error type.

use thiserror::Error;

/// Why [`crate::Parser::try_parse`] refused an input.
///
/// [`crate::parse`] never fails: it truncates and says so in the article's
/// warnings instead.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`crate::Options::max_input_bytes`].
    #[error("input is {actual} bytes, over the limit of {limit} bytes (max_input_bytes)")]
    InputTooLarge {
        /// Size of the input.
        actual: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The input has more lines than [`crate::Options::max_lines`].
    #[error("input has more than {limit} lines (max_lines)")]
    TooManyLines {
        /// The configured limit.
        limit: usize,
    },
    /// A line is longer than [`crate::Options::max_line_bytes`].
    #[error("line {line} is {actual} bytes, over the limit of {limit} bytes (max_line_bytes)")]
    LineTooLong {
        /// 1-based line number.
        line: usize,
        /// Length of that line.
        actual: usize,
        /// The configured limit.
        limit: usize,
    },
    /// Line-model weights could not be read: missing, truncated, corrupt or
    /// of another format version.
    #[error("line-model weights {origin}: {problem}")]
    Model {
        /// The file (or other source) the weights came from.
        origin: String,
        /// What is wrong with them.
        problem: String,
    },
    /// The input looks like binary data, not text: a NUL byte, or a high
    /// share of control characters, near its start.
    #[error("input looks like binary data, not text (NUL or control bytes)")]
    Binary,
    /// The input has no text at all.
    #[error("input is empty or blank")]
    Empty,
}
