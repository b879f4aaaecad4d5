//! Cleaning rules: composable text repairs.
//!
//! STUB: the API below is fixed (Rule, Cleaner, clean); rules are being written.

use std::borrow::Cow;
use std::sync::Arc;

/// A cleaning rule: text in, text out, borrowing when nothing changes.
pub trait Rule: Send + Sync {
    /// Stable name of the rule.
    fn name(&self) -> &str;
    /// Applies the rule.
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str>;
}

/// An ordered list of rules.
#[derive(Clone)]
pub struct Cleaner {
    rules: Vec<Arc<dyn Rule>>,
}

impl std::fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.rules.iter().map(|r| r.name()))
            .finish()
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner { rules: Vec::new() }
    }
}

impl Cleaner {
    /// Runs every rule in order.
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut out = Cow::Borrowed(text);
        for r in &self.rules {
            match r.apply(&out) {
                Cow::Borrowed(_) => {}
                Cow::Owned(s) => out = Cow::Owned(s),
            }
        }
        out
    }
}

/// Cleans `text` with the default pipeline.
pub fn clean(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
