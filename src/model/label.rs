//! The line model's labels: what a line is ([`Label`]), how sure the model
//! is ([`Scored`]), and why it moved a line out of the body ([`Verdict`]).

use serde::{Deserialize, Serialize};

/// What the line model says a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
#[non_exhaustive]
pub enum Label {
    /// Page furniture: menus, share rows, ads, footers, prompts.
    Boilerplate,
    /// The main story's headline.
    Title,
    /// The main story's metadata: standfirst, byline, date, section, reading
    /// time, dateline, key points, credits (the grammars type them).
    Meta,
    /// A photo caption or credit.
    Caption,
    /// A body paragraph of the main story.
    Paragraph,
    /// A body subheading of the main story.
    Heading,
    /// A headline or teaser of another story.
    Related,
    /// A reader comment or comment furniture.
    Comment,
    /// A line of another, unrelated story of the page.
    OtherStory,
}

/// Number of labels.
pub const LABELS: usize = Label::OtherStory as usize + 1;

impl Label {
    /// Every label, in the order of their numbers.
    pub const ALL: [Label; LABELS] = [
        Label::Boilerplate,
        Label::Title,
        Label::Meta,
        Label::Caption,
        Label::Paragraph,
        Label::Heading,
        Label::Related,
        Label::Comment,
        Label::OtherStory,
    ];

    /// The label numbered `i`.
    pub fn from_index(i: usize) -> Option<Label> {
        Label::ALL.get(i).copied()
    }

    /// True for the labels of the main story's body.
    pub fn is_body(self) -> bool {
        matches!(self, Label::Paragraph | Label::Heading)
    }

    /// The bit of this label in a mask of allowed labels.
    pub fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// One line's label and how sure the model is: the score of the label minus
/// the best score of any other label for that line.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Scored {
    /// The decoded label.
    pub label: Label,
    /// Score margin over the runner-up label (0 when tied).
    pub margin: f32,
}

/// Why the line model moved a line out of the body (see
/// [`crate::Removed::model`]): its label, the score margin over the
/// runner-up label, and the feature templates that weighed most for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Verdict {
    /// The decoded label.
    pub label: Label,
    /// Score margin over the runner-up label.
    pub margin: f32,
    /// The feature templates that weighed most for the label against a body
    /// paragraph, with their summed weight difference ("rule +412").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

impl From<Scored> for Verdict {
    fn from(s: Scored) -> Self {
        Verdict {
            label: s.label,
            margin: s.margin,
            features: Vec::new(),
        }
    }
}
