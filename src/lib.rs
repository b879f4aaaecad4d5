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
//! [`try_parse`] refuses what cannot be an article (blank input, binary
//! data, input over the limits of [`Options`]) with an [`Error`]:
//!
//! ```
//! match newsclip::try_parse("\u{7f}ELF\0\0\u{2}\u{1}") {
//!     Err(newsclip::Error::Binary) => {}
//!     other => panic!("binary data read as an article: {other:?}"),
//! }
//! ```
//!
//! Every [`Article`] is a serde value; the JSON is what the `newsclip`
//! command prints, and it reads back into the same article:
//!
//! ```
//! let a = newsclip::parse("Headline\n\nBy Jane Doe\n\nThe first paragraph of the story, which says what happened.\n");
//! let json = serde_json::to_value(&a).unwrap();
//! assert_eq!(json["authors"][0], "Jane Doe");
//! let back: newsclip::Article = serde_json::from_value(json).unwrap();
//! assert_eq!(back, a);
//! ```
//!
//! The pipeline: the text is cleaned ([`clean`]) and cut into lines; one
//! feature pass describes each line ([`features`]); a trained line model
//! labels the lines and three trained rankers pick the headline, the
//! publication date and the authors among the candidates the field grammars
//! ([`grammar`]) typed ([`model`]); the article is assembled from the labels
//! and fields. The pieces are public too: the cleaning rules and the field
//! grammars can be run on their own; [`chrono`] is re-exported for the date
//! types of the API. With the default `cli` feature, [`cli`]
//! holds the `newsclip` command.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::indexing_slicing, clippy::string_slice)
)]

mod article;
mod binary;
mod cap;
pub mod clean;
#[cfg(feature = "cli")]
pub mod cli;
mod error;
pub mod features;
mod fields;
pub mod grammar;
mod known;
mod lexicon;
mod lines;
pub mod model;
mod options;
mod pipeline;
mod rules;
mod table;
#[cfg(test)]
mod testgen;
#[cfg(feature = "warc")]
pub mod warc;
mod window;

pub use article::{
    Article, Block, BlockKind, Caption, DateValue, FieldSpans, LineRole, LineUse, RemovalReason,
    Removed, Span, Warning,
};
pub use chrono;
pub use error::Error;
pub use grammar::date::DayOrder;
pub use options::{Labeller, Options, Parser, Preference};

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

/// Like [`parse`], but input that cannot be an article is an [`Error`]:
/// blank input, binary data, input over the limits of [`Options`].
///
/// ```
/// let a = newsclip::try_parse("Headline\n\nThe first paragraph of the story, which says what happened.\n")?;
/// assert_eq!(a.title, "Headline");
/// assert_eq!(newsclip::try_parse("\x7fELF\0\0\0"), Err(newsclip::Error::Binary));
/// assert_eq!(newsclip::try_parse("  \n"), Err(newsclip::Error::Empty));
/// # Ok::<(), newsclip::Error>(())
/// ```
pub fn try_parse(text: &str) -> Result<Article, Error> {
    default_parser().try_parse(text)
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

/// The main story of `bytes`, which may not be valid UTF-8: every valid
/// character is kept, each bad sequence becomes U+FFFD and the article
/// carries [`Warning::InvalidUtf8`].
///
/// ```
/// let a = newsclip::parse_bytes(b"Caf\xc3\xa9 \xff opens\n\nThe first paragraph of the story, which says what happened.\n");
/// assert_eq!(a.title, "Caf\u{e9} \u{fffd} opens");
/// assert!(a.warnings.contains(&newsclip::Warning::InvalidUtf8));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Article {
    default_parser().parse_bytes(bytes)
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
