//! # newsclip
//!
//! Cut clean, typed news articles out of messy scraped text.
//!
//! The main entry points are [`parse`] (the page's main story) and
//! [`parse_all`] (every story the scrape carried). Both never fail and never
//! panic. A [`Parser`] built once from [`Options`] is reusable and
//! `Send + Sync`; [`Parser::try_parse`] reports input over the limits as an
//! [`Error`].
//!
//! ```
//! let text = "Storm closes schools across the region\n\nBy Jane Doe\n\n\
//!             Schools across the region closed on Monday as a storm brought heavy snow.\n";
//! let article = newsclip::parse(text);
//! assert_eq!(article.title, "Storm closes schools across the region");
//! assert_eq!(article.authors, ["Jane Doe"]);
//! assert_eq!(article.body.len(), 1);
//! ```
//!
//! The pieces are public too: the cleaning rules ([`clean`]) and the field
//! grammars ([`grammar`]) can be run on their own.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::indexing_slicing, clippy::string_slice)
)]

mod article;
pub mod clean;
mod error;
mod extract;
pub mod grammar;
pub mod lexicon;
mod options;
pub mod parallel;
mod table;
#[cfg(test)]
mod testgen;
#[cfg(feature = "warc")]
pub mod warc;

pub use article::{
    Article, Block, BlockKind, Caption, DateValue, FieldSpans, LineRole, LineUse, RemovalReason,
    Removed, Span, Warning,
};
pub use error::Error;
pub use options::{Options, Parser, Preference};

use std::sync::OnceLock;

fn default_parser() -> &'static Parser {
    static P: OnceLock<Parser> = OnceLock::new();
    P.get_or_init(Parser::default)
}

/// The main story of `text`, with default [`Options`]. Never fails, never panics.
///
/// ```
/// let a = newsclip::parse("Headline\n\nThe first paragraph of the story, which says what happened.\n");
/// assert_eq!(a.title, "Headline");
/// ```
pub fn parse(text: &str) -> Article {
    default_parser().parse(text)
}

/// Every story of `text`, main story first, with default [`Options`]. Never empty.
///
/// ```
/// let arts = newsclip::parse_all("Headline\n\nThe first paragraph of the story, which says what happened.\n");
/// assert_eq!(arts.len(), 1);
/// ```
pub fn parse_all(text: &str) -> Vec<Article> {
    default_parser().parse_all(text)
}

/// Parses bytes that may not be valid UTF-8 (decoded lossily, with a warning).
pub fn parse_bytes(bytes: &[u8]) -> Vec<Article> {
    default_parser().parse_bytes(bytes)
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
