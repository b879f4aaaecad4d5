//! Bylines, credit trailers and author-box lines.
//!
//! STUB: the API below is fixed; the implementation is being written.

use super::Parsed;

/// A parsed byline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Byline {
    /// People, as printed.
    pub authors: Vec<String>,
    /// Agencies (canonical short form), desks and outlets.
    pub credits: Vec<String>,
    /// Job title printed with the name(s) ("Senior News Editor").
    pub role: Option<String>,
}

/// A "Reporting by ...; Editing by ..." trailer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Trailer {
    /// Reporters and writers (authors of the story).
    pub reporters: Vec<String>,
    /// Editors (not authors).
    pub editors: Vec<String>,
}

/// Why a byline grammar did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BylineError {
    /// The line is not a byline.
    #[error("not a byline")]
    NoMatch,
    /// A byline marker was found but no name or credit followed it.
    #[error("byline without names")]
    NoNames,
}

/// Parses a byline line.
pub fn parse_byline(line: &str) -> Result<Parsed<'_, Byline>, BylineError> {
    let _ = line;
    Err(BylineError::NoMatch)
}

/// Parses a "Reporting by X; Editing by Y" trailer.
pub fn parse_trailer(line: &str) -> Result<Parsed<'_, Trailer>, BylineError> {
    let _ = line;
    Err(BylineError::NoMatch)
}

/// True when `line` is a person's name alone (an author-box name line).
pub fn is_person_name(line: &str) -> bool {
    let _ = line;
    false
}

/// True when `line` is a job title alone ("Senior News Editor", "Reporter").
pub fn is_role(line: &str) -> bool {
    let _ = line;
    false
}
