//! The audit trail of an article: why a line was kept out ([`RemovalReason`],
//! [`Removed`]), the role each line played ([`LineRole`], [`LineUse`]) and where
//! each field came from ([`FieldSpans`]).

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use super::Article;
use super::Span;

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
    /// HTML printed as text ("<div class=...> </div>").
    Markup,
    /// A review's rating ("Rating: 4/5", "★★★★☆"; see
    /// [`crate::grammar::misc::parse_rating`]).
    Rating,
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
            Markup => "HTML printed as text",
            Rating => "a review's rating",
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
