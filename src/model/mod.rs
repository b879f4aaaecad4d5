//! The line model: a linear-chain model over a page's lines, trained by an
//! averaged structured perceptron and decoded with Viterbi.
//!
//! [`Model::label`] gives every line of a [`Page`] a [`Label`]; the
//! article's fields are then typed by the grammars (see [`crate::grammar`]).
//! The shipped weights ([`Model::embedded`]) are trained only on data whose
//! licence allows it; [`Model::load`] reads weights a user trained with the
//! `train` example.

mod align;
mod apply;
mod train;
mod viterbi;
mod weights;

pub use align::{Gold, align};
pub(crate) use apply::apply;

/// Rewrites the rules' articles of `text` after the model's labels of
/// `page` (what [`crate::Parser::parse_all`] does with the line model).
pub fn apply_labels(
    text: &str,
    arts: Vec<crate::Article>,
    page: &Page,
    labels: &[Scored],
    opts: &crate::Options,
) -> Vec<crate::Article> {
    apply(text, arts, page, labels, opts)
}
pub use train::{Example, TrainOptions, train};

use crate::Error;
use crate::features::{Page, emit};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

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

/// Trained weights of the line model.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// Feature ids, sorted and unique.
    keys: Vec<u64>,
    /// `LABELS` weights per key.
    weights: Vec<f32>,
    /// Transition scores: row 0 from the start, row `1 + a` from label `a`.
    trans: Vec<f32>,
}

static EMBEDDED: &[u8] = include_bytes!("lines.weights");

impl Model {
    /// The weights shipped with the crate, validated and loaded once.
    pub fn embedded() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| {
            // A unit test checks the shipped weights load; were they ever
            // broken, the model falls back to scoring nothing (all boilerplate
            // would be wrong), so it keeps the rules' decisions instead.
            Model::from_bytes(EMBEDDED, "embedded weights").unwrap_or_else(|_| Model::empty())
        })
    }

    /// A model with no weights.
    pub fn empty() -> Model {
        Model {
            keys: Vec::new(),
            weights: Vec::new(),
            trans: vec![0.0; (LABELS + 1) * LABELS],
        }
    }

    /// True when the model has no feature weights.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of weighted features.
    pub fn features(&self) -> usize {
        self.keys.len()
    }

    /// Reads weights from a file written by [`Model::to_bytes`].
    pub fn load(path: impl AsRef<std::path::Path>) -> Result<Model, Error> {
        let path = path.as_ref();
        let origin = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::Model {
            origin: origin.clone(),
            problem: e.to_string(),
        })?;
        Model::from_bytes(&bytes, &origin)
    }

    /// Reads weights from bytes; `origin` names them in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Model, Error> {
        weights::read(bytes).map_err(|problem| Error::Model {
            origin: origin.to_string(),
            problem,
        })
    }

    /// The weights in the crate's weights format.
    pub fn to_bytes(&self) -> Vec<u8> {
        weights::write(self)
    }

    fn emissions(&self, feats: &[u64], out: &mut [f32; LABELS]) {
        *out = [0.0; LABELS];
        for f in feats {
            if let Ok(k) = self.keys.binary_search(f) {
                let row = self
                    .weights
                    .get(k * LABELS..(k + 1) * LABELS)
                    .unwrap_or(&[]);
                for (o, w) in out.iter_mut().zip(row) {
                    *o += w;
                }
            }
        }
    }

    /// The emission scores of every line of `page`.
    fn page_emissions(&self, page: &Page) -> Vec<[f32; LABELS]> {
        let mut feats = Vec::with_capacity(128);
        (0..page.lines.len())
            .map(|i| {
                feats.clear();
                emit(page, i, &mut feats);
                let mut e = [0.0; LABELS];
                self.emissions(&feats, &mut e);
                e
            })
            .collect()
    }

    /// Labels every line of `page`.
    pub fn label(&self, page: &Page) -> Vec<Scored> {
        let em = self.page_emissions(page);
        let path = viterbi::decode(&em, &self.trans, None);
        path.iter()
            .zip(&em)
            .map(|(&l, e)| {
                let own = e.get(l).copied().unwrap_or(0.0);
                let other = e
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| k != l)
                    .map(|(_, &v)| v)
                    .fold(f32::NEG_INFINITY, f32::max);
                Scored {
                    label: Label::from_index(l).unwrap_or(Label::Boilerplate),
                    margin: (own - other).max(0.0),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_weights_load() {
        let m = Model::from_bytes(EMBEDDED, "embedded").expect("shipped weights load");
        assert!(m.features() > 100);
        assert_eq!(Model::embedded(), &m);
    }

    #[test]
    fn weights_round_trip() {
        let m = Model::embedded();
        let back = Model::from_bytes(&m.to_bytes(), "round trip").expect("reads back");
        assert_eq!(&back, m);
    }
}
