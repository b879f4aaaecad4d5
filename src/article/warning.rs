//! [`Warning`]: what the parser wants the user to know about an article.

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::Article;

/// Something the parser wants the user to know about an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// No body paragraph was found.
    NoBody,
    /// No body was found where the story's fields are: the body is the
    /// page's first prose the fields left out (a line of sentences and the
    /// prose right after it); the detail gives the number of lines.
    BodyGuessed(String),
    /// No headline was found.
    NoTitle,
    /// A short body ending in a subscribe prompt: the rest is probably behind a paywall.
    PaywallSuspected,
    /// A relative date ("2 hours ago") could not be resolved without a reference time.
    RelativeDateUnresolved(String),
    /// A date printed without a year ("Nov 18") was read in the year of the
    /// page's copyright notice, for want of a reference time.
    YearInferred(String),
    /// The input was cut at a limit of [`crate::Options`].
    Truncated(String),
    /// The input was not valid UTF-8: every valid character was kept and
    /// each bad byte sequence became U+FFFD.
    InvalidUtf8,
    /// The input looks like binary data (NUL or control bytes) and was not
    /// read as an article.
    BinaryInput,
    /// A one-line field (title, caption, ...) was longer than
    /// [`crate::Options::max_field_chars`] and was cut; the detail names the
    /// field and its length.
    FieldCapped(String),
    /// A time printed without a day ("Updated 14:30"): kept as printed in
    /// [`Article::raw_dates`], not given the reference day.
    TimeOnlyDate(String),
    /// A date printed on the page lies after [`crate::Options::reference_time`]:
    /// the date is kept, the reference time looks wrong.
    DateAfterReference(String),
    /// The input held more non-blank lines than a page has (over 50,000):
    /// it was read in windows of at most that many lines, each window's
    /// stories found on their own. The detail gives the windows' count.
    Windowed(String),
}
