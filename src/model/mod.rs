//! The line model: a linear-chain model over a page's lines, trained by an
//! averaged structured perceptron and decoded with Viterbi.
//!
//! [`Model::label`] gives every line of a [`Page`] a [`Label`]; the
//! article's fields are then typed by the grammars (see [`crate::grammar`]).
//! Three rankers ([`Ranker`]) pick among the candidates the grammars typed:
//! the headline ([`best_title`]), the publication date ([`best_date`]) and
//! the authors ([`best_authors`]); [`fit`] trains the whole model.
//! The shipped weights ([`Model::embedded`]) are trained only on data whose
//! licence allows it; [`Model::load`] reads weights a user trained with the
//! `train` example.

mod align;
mod apply;
mod authors;
mod dates;
mod dense;
mod doubt;
mod fields;
mod fit;
mod full_title;
mod label;
mod rank;
mod retitle;
mod stories;
mod table;
mod title;
mod train;
mod viterbi;
mod weights;

pub use align::{Gold, align, title_lines};
pub(crate) use apply::apply;
pub use authors::{AuthorCandidate, author_candidates, best_authors, page_author_candidates};
pub use dates::{DateCandidate, best_date, date_candidates, page_date_candidates};
pub(crate) use fields::With;
pub use fit::{FitPage, fit};
pub(crate) use full_title::commented_story;
pub use label::{LABELS, Label, Scored, Verdict};
pub use rank::{RankExample, Ranker};
pub use stories::main_story;
pub use title::{Labelled, best_title, title_candidates, title_features};

/// Rewrites the rules' articles of `text` after the model's labels of
/// `page` (what [`crate::Parser::parse_all`] does with the line model).
pub fn apply_labels(
    text: &str,
    arts: Vec<crate::Article>,
    page: &Page,
    labels: &[Scored],
    model: Option<&Model>,
    opts: &crate::Options,
) -> Vec<crate::Article> {
    let with = fields::With {
        model,
        ..Default::default()
    };
    apply(text, arts, page, labels, with, opts)
}
pub use train::{Example, TrainOptions, train};

use crate::Error;
use crate::features::Page;
use std::sync::OnceLock;

/// Fills the features of the verdicts in `arts`' removed lines.
pub(crate) fn explain(model: &Model, page: &Page, arts: &mut [crate::Article]) {
    for a in arts {
        for r in &mut a.removed {
            let Some(v) = r.model.as_mut() else {
                continue;
            };
            if let Some(i) = page.index_of(r.span.start) {
                v.features = model
                    .top_features(page, i, v.label, Label::Paragraph, 3)
                    .into_iter()
                    .map(|(n, w)| format!("{n} {w:+.0}"))
                    .collect();
            }
        }
    }
}

/// Trained weights of the line model.
#[derive(Clone, PartialEq)]
pub struct Model {
    /// Feature ids, sorted and unique.
    keys: Vec<u64>,
    /// `LABELS` weights per key.
    weights: Vec<f32>,
    /// Transition scores: row 0 from the start, row `1 + a` from label `a`.
    trans: Vec<f32>,
    /// Every line-feature weight (the labels' and the rankers'), by id.
    table: table::Table,
    /// The headline ranker (empty: the sequence model's title label decides).
    ranker: Ranker,
    /// The publication-date ranker (empty: the rules' dates only).
    date_ranker: Ranker,
    /// The author ranker (empty: the rules' authors only).
    author_ranker: Ranker,
    /// The main-story ranker (empty: the first pass's main story).
    story_ranker: Ranker,
}

impl std::fmt::Debug for Model {
    /// The size of the model, not its thousands of weights.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("features", &self.keys.len())
            .field("labels", &LABELS)
            .field("ranker", &self.ranker)
            .field("date_ranker", &self.date_ranker)
            .field("author_ranker", &self.author_ranker)
            .field("story_ranker", &self.story_ranker)
            .finish()
    }
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
        Model::from_parts(Vec::new(), Vec::new(), vec![0.0; (LABELS + 1) * LABELS])
    }

    /// A model of sorted feature ids, their weights and the transitions.
    fn from_parts(keys: Vec<u64>, weights: Vec<f32>, trans: Vec<f32>) -> Model {
        let mut m = Model {
            keys,
            weights,
            trans,
            table: table::Table::default(),
            ranker: Ranker::default(),
            date_ranker: Ranker::default(),
            author_ranker: Ranker::default(),
            story_ranker: Ranker::default(),
        };
        m.rebuild();
        m
    }

    /// Rebuilds the lookup table after the weights changed.
    fn rebuild(&mut self) {
        let rankers = [&self.ranker, &self.date_ranker, &self.author_ranker];
        self.table = table::Table::build(&self.keys, &self.weights, rankers);
    }

    fn row(&self, f: u64) -> Option<&[f32]> {
        self.table.row(f).and_then(|r| r.get(..LABELS))
    }

    /// True when the model has no feature weights.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of weighted features.
    pub fn features(&self) -> usize {
        self.keys.len()
    }

    /// The headline ranker.
    pub fn ranker(&self) -> &Ranker {
        &self.ranker
    }

    /// This model with `ranker` as its headline ranker.
    pub fn with_ranker(mut self, ranker: Ranker) -> Model {
        self.ranker = ranker;
        self.rebuild();
        self
    }

    /// The publication-date ranker.
    pub fn date_ranker(&self) -> &Ranker {
        &self.date_ranker
    }

    /// This model with `ranker` as its publication-date ranker.
    pub fn with_date_ranker(mut self, ranker: Ranker) -> Model {
        self.date_ranker = ranker;
        self.rebuild();
        self
    }

    /// The author ranker.
    pub fn author_ranker(&self) -> &Ranker {
        &self.author_ranker
    }

    /// This model with `ranker` as its author ranker.
    pub fn with_author_ranker(mut self, ranker: Ranker) -> Model {
        self.author_ranker = ranker;
        self.rebuild();
        self
    }

    /// The main-story ranker.
    pub fn story_ranker(&self) -> &Ranker {
        &self.story_ranker
    }

    /// This model with `ranker` as its main-story ranker.
    pub fn with_story_ranker(mut self, ranker: Ranker) -> Model {
        self.story_ranker = ranker;
        self
    }

    /// Puts first the story of `arts` (the first pass's stories, whose
    /// lines `page` describes) that the main-story ranker scores best, and
    /// renumbers the page's stories to match.
    pub fn main_story_first(
        &self,
        mut arts: Vec<crate::Article>,
        mut page: Page,
    ) -> (Vec<crate::Article>, Page) {
        let k = main_story(&self.story_ranker, &page);
        if k == 0 || k >= arts.len() || k >= page.stories.len() {
            return (arts, page);
        }
        let main = arts.remove(k);
        arts.insert(0, main);
        page.put_story_first(k);
        (arts, page)
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

    /// The features that weigh most for `label` over `versus` on line `i`
    /// of `page`: at most `n` template names with their weight difference,
    /// largest first.
    pub fn top_features(
        &self,
        page: &Page,
        i: usize,
        label: Label,
        versus: Label,
        n: usize,
    ) -> Vec<(&'static str, f32)> {
        let mut by_name: Vec<(&'static str, f32)> = Vec::new();
        for (name, f) in crate::features::emit_named(page, i) {
            let Some(row) = self.row(f) else {
                continue;
            };
            let w = |l: Label| row.get(l as usize).copied().unwrap_or(0.0);
            let w = w(label) - w(versus);
            match by_name.iter_mut().find(|(m, _)| *m == name) {
                Some(e) => e.1 += w,
                None => by_name.push((name, w)),
            }
        }
        by_name.retain(|e| e.1 > 0.0);
        by_name.sort_by(|a, b| b.1.total_cmp(&a.1));
        by_name.truncate(n);
        by_name
    }

    /// Labels every line of `page`.
    pub fn label(&self, page: &Page) -> Vec<Scored> {
        self.label_with_shares(page).0
    }

    /// Labels every line of `page`, and gives each line's share of the
    /// headline, date and author rankers' scores (the weights of its own
    /// features), so the rankers need not read those features again.
    pub fn label_with_shares(&self, page: &Page) -> (Vec<Scored>, Vec<Shares>) {
        // Each line's emission scores are decoded as they are computed, not
        // held for the whole page: the line keeps its best label, with that
        // label's margin (any other label's margin is 0), and its shares.
        let n = page.lines.len();
        let mut dec = viterbi::Decoder::new(&self.trans, n);
        let (mut labels, mut shares) = (Vec::with_capacity(n), Vec::with_capacity(n));
        for i in 0..n {
            // Each feature's weights are added as it is emitted, in the
            // order `emit` gives (the sums are those of the list).
            let mut e = [0.0; table::WIDTH];
            crate::features::emit_each(page, i, |t, v| self.table.add_feature(t, v, &mut e));
            let (mut x, mut s) = ([0.0; LABELS], [0.0; table::RANKED]);
            x.copy_from_slice(e.get(..LABELS).unwrap_or(&[0.0; LABELS]));
            s.copy_from_slice(e.get(LABELS..).unwrap_or(&[0.0; table::RANKED]));
            dec.push(&x, 0);
            labels.push(best_scored(&x));
            shares.push(s);
        }
        for (s, l) in labels.iter_mut().zip(dec.finish()) {
            let label = Label::from_index(usize::from(l)).unwrap_or(Label::Boilerplate);
            if s.label != label {
                *s = Scored { label, margin: 0.0 };
            }
        }
        (labels, shares)
    }
}

/// The best label of emission scores `e` (the first of equals) and its
/// margin: its score minus the best of the others, at least 0. Any other
/// label's margin is 0, as no other label scores above the best.
fn best_scored(e: &[f32; LABELS]) -> Scored {
    let best = e
        .iter()
        .enumerate()
        .fold(
            (0, f32::NEG_INFINITY),
            |b, (k, &v)| if v > b.1 { (k, v) } else { b },
        )
        .0;
    let own = e.get(best).copied().unwrap_or(0.0);
    let other = e
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != best)
        .map(|(_, &v)| v)
        .fold(f32::NEG_INFINITY, f32::max);
    Scored {
        label: Label::from_index(best).unwrap_or(Label::Boilerplate),
        margin: (own - other).max(0.0),
    }
}

/// A line's share of the headline, date and author rankers' scores.
pub type Shares = [f32; 3];

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
