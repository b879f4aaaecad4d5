//! The data model: an [`Article`] and its parts. Data only, no logic beyond
//! small accessors.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// A byte range `start..end` into the text handed to the parser.
///
/// Spans always lie on `char` boundaries of that text. They serialise as a
/// two-element array `[start, end]`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn join(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text of `source` under this span, or `None` when the span does not
    /// lie inside `source` on char boundaries.
    pub fn slice<'a>(&self, source: &'a str) -> Option<&'a str> {
        source.get(self.start..self.end)
    }
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Self {
        Span::new(a[0], a[1])
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> Self {
        [s.start, s.end]
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A calendar value that remembers how precise the page was.
///
/// Serialises as ISO 8601: `2025-03-04`, `2025-03-04T14:30:00` (a wall-clock
/// time whose zone the page did not give) or `2025-03-04T12:30:00-05:00`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateValue {
    /// A calendar day.
    Date(NaiveDate),
    /// A date and wall-clock time with no known offset.
    Local(NaiveDateTime),
    /// A date and time with a known UTC offset.
    DateTime(DateTime<FixedOffset>),
}

impl DateValue {
    /// The calendar day as printed on the page (in the page's own zone).
    pub fn date(&self) -> NaiveDate {
        match self {
            DateValue::Date(d) => *d,
            DateValue::Local(dt) => dt.date(),
            DateValue::DateTime(dt) => dt.date_naive(),
        }
    }

    /// Parses the ISO 8601 forms this type serialises to.
    pub fn parse_iso(s: &str) -> Option<DateValue> {
        if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
            return Some(DateValue::DateTime(dt));
        }
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
            return Some(DateValue::Local(dt));
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .map(DateValue::Date)
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            DateValue::Local(dt) => write!(f, "{}", dt.format("%Y-%m-%dT%H:%M:%S")),
            DateValue::DateTime(dt) => write!(f, "{}", dt.to_rfc3339()),
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateValue::parse_iso(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO 8601 date: {s:?}")))
    }
}

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

/// Why a line was kept out of every field.
///
/// Every non-blank input line ends up in a field of an article or in
/// [`Article::removed`] with one of these reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RemovalReason {
    /// The headline printed again (document title, h1, teaser).
    TitleRepeat,
    /// A reading-time label beyond the one kept in `reading_time_minutes`.
    ReadingTime,
    /// A "Short Url" / "Shareable URL" / "Copy link" label.
    ShortUrlLabel,
    /// Share buttons: "Share", "Facebook", "Share this article", "Tweet".
    ShareRow,
    /// A section or topic label printed again, or a site-wide menu entry.
    SectionLabel,
    /// Site navigation: menus, "Skip to content", breadcrumbs not used as section.
    Navigation,
    /// The author box after the story: name, role, bio, "Follow".
    AuthorBox,
    /// The heading of a related-stories list ("Read more", "Related Stories").
    RelatedTail,
    /// A comment form or the comments themselves.
    CommentForm,
    /// A line left empty once icon glyphs, stray marks and invisible characters were removed.
    StrayGlyph,
    /// A separator line ("-", "***", "* * *").
    Separator,
    /// An advertisement label ("Advertisement", "Anzeige").
    Advertisement,
    /// A newsletter or subscription prompt, paywall notice or sign-up form.
    Newsletter,
    /// A byline or date printed again.
    BylineRepeat,
    /// A caption printed again (alt text), or a caption's credit line already used.
    CaptionRepeat,
    /// A pull quote that repeats a body sentence.
    PullQuote,
    /// A label with no content of its own ("Avatar", "Summary", "Key points:", "[1/2]", "Loading...").
    Label,
    /// Tags, topics and keyword lists.
    Tags,
    /// A "Reporting by ...; Editing by ..." trailer (reporters go to `authors`).
    CreditTrailer,
    /// Copyright lines, corrections links, standards notices and other page footers.
    Footer,
    /// A disclaimer or note about the story ("This story has been corrected").
    Disclaimer,
    /// Page text before the story starts that fits no field.
    BeforeStory,
    /// Page text after the story ends that fits no field.
    AfterStory,
    /// A line that belongs to another story of the page (see [`crate::parse_all`]).
    OtherStory,
    /// Text beyond the input limits of [`crate::Options`].
    Truncated,
    /// Page furniture, as the line model labelled it (see [`Removed::model`]).
    Boilerplate,
    /// A headline or teaser of another story, as the line model labelled it.
    Teaser,
}

impl RemovalReason {
    /// A short human-readable explanation.
    pub fn describe(self) -> &'static str {
        use RemovalReason::*;
        match self {
            TitleRepeat => "the headline printed again",
            ReadingTime => "reading-time label",
            ShortUrlLabel => "short-url / copy-link label",
            ShareRow => "share buttons",
            SectionLabel => "section or topic label",
            Navigation => "site navigation",
            AuthorBox => "author box after the story",
            RelatedTail => "heading of a related-stories list",
            CommentForm => "comments or comment form",
            StrayGlyph => "empty once glyphs and invisible characters were removed",
            Separator => "separator line",
            Advertisement => "advertisement label",
            Newsletter => "newsletter, subscription or paywall prompt",
            BylineRepeat => "byline or date printed again",
            CaptionRepeat => "caption printed again",
            PullQuote => "pull quote repeating the body",
            Label => "label without content",
            Tags => "tags or topics",
            CreditTrailer => "reporting/editing trailer",
            Footer => "page footer, copyright or corrections link",
            Disclaimer => "disclaimer",
            BeforeStory => "page text before the story",
            AfterStory => "page text after the story",
            OtherStory => "another story of the page",
            Truncated => "beyond the input limits",
            Boilerplate => "page furniture (line model)",
            Teaser => "teaser of another story (line model)",
        }
    }
}

/// A line kept out of every field, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Removed {
    /// The input line.
    pub span: Span,
    /// Its text after cleaning.
    pub text: String,
    /// Why it was removed.
    pub reason: RemovalReason,
    /// When the line model moved the line out of the body: its label and
    /// score margin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<crate::model::Verdict>,
}

impl Removed {
    /// A removed segment.
    pub fn new(span: Span, text: impl Into<String>, reason: RemovalReason) -> Self {
        Removed {
            span,
            text: text.into(),
            reason,
            model: None,
        }
    }
}

/// The role an input line played in an article (see [`Article::lines`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LineRole {
    /// The headline.
    Title,
    /// The standfirst under the headline.
    Subtitle,
    /// A byline (authors and/or credits).
    Byline,
    /// A published/updated date line.
    Date,
    /// A section label or breadcrumb.
    Section,
    /// A reading-time label.
    ReadingTime,
    /// A key point (highlight, summary bullet).
    KeyPoint,
    /// A photo caption or its credit line.
    Caption,
    /// A body paragraph.
    Paragraph,
    /// A body subheading.
    Heading,
    /// A headline of another story.
    Related,
    /// A "Reporting by" trailer or author box naming the authors.
    Credit,
    /// A line that is only the dateline's place ("BAAR, SWITZERLAND").
    Dateline,
}

/// One input line and the role it played.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct LineUse {
    /// The input line.
    pub span: Span,
    /// What it became.
    pub role: LineRole,
}

/// Where each metadata field came from: the spans of its input lines.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FieldSpans {
    /// Span of the title line.
    pub title: Option<Span>,
    /// Span of the subtitle line.
    pub subtitle: Option<Span>,
    /// One span per author, in the order of `authors`.
    pub authors: Vec<Span>,
    /// One span per credit, in the order of `credits`.
    pub credits: Vec<Span>,
    /// Span of the published date's line.
    pub published: Option<Span>,
    /// Span of the updated date's line.
    pub updated: Option<Span>,
    /// Span of the paragraph that opens with the dateline.
    pub dateline: Option<Span>,
    /// Span of the section label.
    pub section: Option<Span>,
    /// Span of the reading-time label.
    pub reading_time_minutes: Option<Span>,
    /// One span per key point.
    pub key_points: Vec<Span>,
    /// One span per related headline.
    pub related: Vec<Span>,
}

/// Something the parser wants the user to know about an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// No body paragraph was found.
    NoBody,
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

/// The number of Unicode words of `text` (as `unicode_words().count()`).
///
/// The text is cut where a space is followed by an ASCII letter or digit:
/// there is always a word boundary there, and no segmentation rule looks
/// across it (a space is neither a letter, a digit, a mid-word mark nor an
/// extending mark), so the counts of the pieces add up. Runs of pieces made
/// of the characters [`simple_class`] knows (ASCII, Latin-1 letters, curly
/// quotes, dashes) are then counted by [`count_simple_words`], which applies
/// the rules for those characters directly; only the pieces around other
/// characters go through the segmenter.
fn count_words(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    // Text made only of characters `simple_class` knows is one simple run
    // (the usual case).
    if let Some(n) = scan_simple_words(text) {
        return n;
    }
    let count = |from: usize, to: usize, simple: bool| {
        text.get(from..to).map_or(0, |s| {
            if simple {
                count_simple_words(s)
            } else {
                s.unicode_words().count()
            }
        })
    };
    let bytes = text.as_bytes();
    let mut total = 0;
    // Start of the run being gathered, and whether it is simple so far.
    let (mut run, mut run_simple) = (0usize, true);
    // Start of the current piece, and whether it is simple so far.
    let (mut piece, mut piece_simple) = (0usize, true);
    for (i, &b) in bytes.iter().enumerate() {
        let cut = i > 0 && b.is_ascii_alphanumeric() && bytes.get(i - 1) == Some(&b' ');
        if cut {
            if piece_simple != run_simple {
                total += count(run, piece, run_simple);
                (run, run_simple) = (piece, piece_simple);
            }
            (piece, piece_simple) = (i, true);
        }
        // A lead byte: the character it starts (continuation bytes are skipped).
        if b >= 0xC0 && piece_simple {
            let c = text.get(i..).and_then(|r| r.chars().next());
            piece_simple = c.and_then(simple_class).is_some();
        }
    }
    if piece_simple != run_simple {
        total += count(run, piece, run_simple);
        (run, run_simple) = (piece, piece_simple);
    }
    total + count(run, bytes.len(), run_simple)
}

/// Word-boundary classes (UAX #29) of the characters [`simple_class`] knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// ALetter.
    Letter,
    /// Numeric.
    Digit,
    /// ExtendNumLet ("_").
    Under,
    /// MidLetter (":").
    MidLetter,
    /// MidNumLet and Single_Quote (".", "'", "‘", "’").
    MidNumLet,
    /// MidNum (",", ";").
    MidNum,
    /// No class that holds a word together.
    Other,
}

/// [`simple_class`] of each ASCII character (all of them have one).
// Built at compile time; the index stays below the length by the loop bound.
#[allow(clippy::indexing_slicing)]
static ASCII_CLASS: [WordClass; 128] = {
    let mut t = [WordClass::Other; 128];
    let mut b = 0u8;
    while b < 128 {
        t[b as usize] = match b {
            b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
            b'0'..=b'9' => WordClass::Digit,
            b'_' => WordClass::Under,
            b':' => WordClass::MidLetter,
            b'.' | b'\'' => WordClass::MidNumLet,
            b',' | b';' => WordClass::MidNum,
            _ => WordClass::Other,
        };
        b += 1;
    }
    t
};

/// The class of `c` among ASCII, Latin-1 letters, curly quotes, en and em
/// dashes and the ellipsis; `None` for other characters.
fn simple_class(c: char) -> Option<WordClass> {
    Some(match c {
        'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{FF}' => {
            WordClass::Letter
        }
        '0'..='9' => WordClass::Digit,
        '_' => WordClass::Under,
        ':' => WordClass::MidLetter,
        '.' | '\'' | '\u{2018}' | '\u{2019}' => WordClass::MidNumLet,
        ',' | ';' => WordClass::MidNum,
        '\u{201C}' | '\u{201D}' | '\u{2013}' | '\u{2014}' | '\u{2026}' => WordClass::Other,
        c if c.is_ascii() => WordClass::Other,
        _ => return None,
    })
}

/// `unicode_words().count()` of text made of characters [`simple_class`]
/// knows, by the word-boundary rules of UAX #29 as they apply to them:
/// letters, digits and "_" hold together (WB5, WB8-WB10, WB13a-b); ":", ".",
/// "'" or a curly apostrophe between two letters (WB6-7) and ",", ";", ".",
/// "'" or a curly apostrophe between two digits (WB11-12) do not break; any
/// other character breaks. Words made only of "_" have no letter or digit
/// and are not counted.
fn count_simple_words(text: &str) -> usize {
    scan_simple_words(text).unwrap_or(0)
}

/// [`count_simple_words`] byte by byte; `None` when `text` holds a
/// character [`simple_class`] does not know.
fn scan_simple_words(text: &str) -> Option<usize> {
    use WordClass::{Digit, Letter, MidLetter, MidNum, MidNumLet, Under};
    let bytes = text.as_bytes();
    let mut count = 0usize;
    // Inside a word; the word has a letter or digit.
    let (mut in_word, mut alnum) = (false, false);
    let mut prev = WordClass::Other;
    let mut i = 0usize;
    while let Some((cur, len)) = class_at(bytes, i) {
        let cur = cur?;
        i += len;
        match cur {
            Letter | Digit => (in_word, alnum) = (true, true),
            Under => in_word = true,
            MidLetter | MidNumLet | MidNum if in_word && matches!(prev, Letter | Digit) => {
                // A mid-word mark holds the word together between two
                // letters (":", ".", "'") or two digits (",", ";", ".", "'").
                let next = class_at(bytes, i).and_then(|(c, _)| c);
                let joins = match (prev, cur) {
                    (Letter, MidLetter | MidNumLet) => next == Some(Letter),
                    (Digit, MidNum | MidNumLet) => next == Some(Digit),
                    _ => false,
                };
                if !joins {
                    count += usize::from(alnum);
                    (in_word, alnum) = (false, false);
                }
            }
            _ => {
                count += usize::from(in_word && alnum);
                (in_word, alnum) = (false, false);
            }
        }
        prev = cur;
    }
    Some(count + usize::from(in_word && alnum))
}

/// The [`simple_class`] of the character at byte `i` of `bytes` (`None`
/// for a character it does not know) and the character's length; `None` at
/// the end. Read from the bytes: ASCII, Latin-1 letters (lead byte 0xC3),
/// and the curly quotes, dashes and ellipsis (0xE2 0x80 ..).
fn class_at(bytes: &[u8], i: usize) -> Option<(Option<WordClass>, usize)> {
    let &b = bytes.get(i)?;
    if b.is_ascii() {
        return Some((ASCII_CLASS.get(usize::from(b)).copied(), 1));
    }
    Some(match (b, bytes.get(i + 1), bytes.get(i + 2)) {
        // U+00C0..U+00FF: letters but for U+00D7 "×" and U+00F7 "÷".
        (0xC3, Some(&c), _) if c != 0x97 && c != 0xB7 => (Some(WordClass::Letter), 2),
        // U+2018, U+2019.
        (0xE2, Some(0x80), Some(0x98 | 0x99)) => (Some(WordClass::MidNumLet), 3),
        // U+2013, U+2014, U+201C, U+201D, U+2026.
        (0xE2, Some(0x80), Some(0x93 | 0x94 | 0x9C | 0x9D | 0xA6)) => (Some(WordClass::Other), 3),
        _ => (None, 1),
    })
}

#[cfg(test)]
mod tests {
    use super::count_words;
    use unicode_segmentation::UnicodeSegmentation;

    #[test]
    fn ascii_class_table_is_simple_class() {
        for b in 0u8..128 {
            assert_eq!(
                Some(super::ASCII_CLASS[usize::from(b)]),
                super::simple_class(char::from(b)),
                "{b}"
            );
        }
    }

    #[test]
    fn word_count_matches_the_segmenter() {
        let alphabet = [
            " ",
            " ",
            " ",
            "a",
            "B",
            "z",
            "0",
            "7",
            ".",
            ",",
            "'",
            ":",
            ";",
            "_",
            "-",
            "’",
            "“",
            "é",
            "\u{301}",
            "\u{93E}",
            "\u{200D}",
            "\u{AD}",
            "中",
            "カ",
            "\u{1F1E9}",
            "\u{1F600}",
            "\n",
            "\t",
            "\u{A0}",
            "\u{2009}",
            "א",
        ];
        let mut texts = crate::testgen::Texts::new(&alphabet, 0x2545_F491_4F6C_DD1D);
        for len in 0..3000 {
            let s = texts.text(len % 60);
            assert_eq!(count_words(&s), s.unicode_words().count(), "{s:?}");
        }
        // Simple text alone, with the marks that may or may not hold a word together.
        let simple = [
            " ", "a", "Z", "0", "9", ".", ",", "'", ":", ";", "_", "-", "\n", "\r", "\t", "!", "/",
            "\"", "é", "ÿ", "À", "×", "÷", "‘", "’", "“", "”", "–", "—", "…", "\u{A0}", "ª",
        ];
        let mut texts = crate::testgen::Texts::new(&simple, 0x2545_F491_4F6C_DD1D);
        for len in 0..20000 {
            let s = texts.text(len % 24);
            assert_eq!(count_words(&s), s.unicode_words().count(), "{s:?}");
            if s.chars().all(|c| super::simple_class(c).is_some()) {
                assert_eq!(
                    super::count_simple_words(&s),
                    s.unicode_words().count(),
                    "{s:?}"
                );
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dev");
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let s = std::fs::read_to_string(e.path()).unwrap_or_default();
            assert_eq!(count_words(&s), s.unicode_words().count());
        }
    }
}
