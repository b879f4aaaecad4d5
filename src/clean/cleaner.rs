//! [`Cleaner`]: an ordered list of rules, and its [`Explanation`].

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, OnceLock};

use super::{Rule, UnknownRule, all_rules, rule_by_name};

/// How many times a [`Cleaner`] re-runs its rules while they still change
/// the text (a later rule can expose work for an earlier one, e.g. removing
/// a zero-width space inside `&am\u{200b}p;`).
const MAX_ROUNDS: usize = 4;

/// An ordered list of rules.
///
/// [`Cleaner::default`] is the default pipeline; [`Cleaner::new`] is empty.
/// Builder methods add, remove and reorder rules by name.
///
/// ```
/// use newsclip::clean::{Cleaner, rule_by_name};
/// let c = Cleaner::default()
///     .remove("repair_mojibake")
///     .insert_after("remove_lone_marks", rule_by_name("drop_empty_list_items").unwrap());
/// assert_eq!(c.clean("Qatar, \u{5b1}, Turkiye"), "Qatar, Turkiye");
/// assert!(!c.contains("repair_mojibake"));
/// ```
#[derive(Clone)]
pub struct Cleaner {
    rules: Vec<Arc<dyn Rule>>,
    /// Every rule skips plain ASCII lines.
    pub(super) plain_fast: bool,
    /// Every rule also skips plain lines with curly punctuation.
    pub(super) punct_fast: bool,
}

impl fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.rules.iter().map(|r| r.name()))
            .finish()
    }
}

impl Default for Cleaner {
    /// The default pipeline (see the [module docs](crate::clean)).
    fn default() -> Self {
        default_cleaner().clone()
    }
}

pub(super) fn default_cleaner() -> &'static Cleaner {
    static DEFAULT: OnceLock<Cleaner> = OnceLock::new();
    DEFAULT.get_or_init(|| {
        let rules = all_rules()
            .iter()
            .filter(|r| r.in_default())
            .map(|r| Arc::new(*r) as Arc<dyn Rule>)
            .collect();
        Cleaner::from_rules(rules)
    })
}

impl Cleaner {
    fn from_rules(rules: Vec<Arc<dyn Rule>>) -> Self {
        let mut c = Cleaner {
            rules,
            plain_fast: false,
            punct_fast: false,
        };
        c.set_fast();
        c
    }

    /// Sets the fast paths the rules allow.
    fn set_fast(&mut self) {
        self.plain_fast = self.rules.iter().all(|r| r.skips_plain_ascii());
        self.punct_fast = self.plain_fast && self.rules.iter().all(|r| r.skips_plain_punctuation());
    }

    fn edit(mut self, f: impl FnOnce(&mut Vec<Arc<dyn Rule>>)) -> Self {
        f(&mut self.rules);
        Cleaner::from_rules(self.rules)
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.rules.iter().position(|r| r.name() == name)
    }

    /// A cleaner with no rules (it returns every text unchanged).
    pub fn new() -> Self {
        Cleaner::from_rules(Vec::new())
    }

    /// Same as [`Cleaner::new`]: no cleaning at all.
    pub fn none() -> Self {
        Cleaner::new()
    }

    /// The built-in rules called `names`, in that order.
    ///
    /// ```
    /// let c = newsclip::clean::Cleaner::from_names(["decode_entities", "ascii_quotes"]).unwrap();
    /// assert_eq!(c.clean("&lsquo;x&rsquo;"), "'x'");
    /// assert!(newsclip::clean::Cleaner::from_names(["nope"]).is_err());
    /// ```
    pub fn from_names<I, S>(names: I) -> Result<Self, UnknownRule>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let rules = names
            .into_iter()
            .map(|n| rule_by_name(n.as_ref()).ok_or_else(|| UnknownRule::new(n.as_ref())))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Cleaner::from_rules(rules))
    }

    /// Appends `rule`.
    pub fn with<R: Rule + 'static>(self, rule: R) -> Self {
        self.edit(|v| v.push(Arc::new(rule)))
    }

    /// Appends `rule` in place.
    pub fn add<R: Rule + 'static>(&mut self, rule: R) -> &mut Self {
        self.rules.push(Arc::new(rule));
        self.set_fast();
        self
    }

    /// Removes every rule called `name` (no-op when there is none).
    pub fn remove(self, name: &str) -> Self {
        self.edit(|v| v.retain(|r| r.name() != name))
    }

    /// Replaces the first rule called `name` with `rule` (no-op when there
    /// is none).
    pub fn replace<R: Rule + 'static>(self, name: &str, rule: R) -> Self {
        match self.position(name) {
            Some(i) => self.edit(|v| {
                if let Some(slot) = v.get_mut(i) {
                    *slot = Arc::new(rule);
                }
            }),
            None => self,
        }
    }

    /// Inserts `rule` before the first rule called `name`, or at the end
    /// when there is none.
    pub fn insert_before<R: Rule + 'static>(self, name: &str, rule: R) -> Self {
        let i = self.position(name).unwrap_or(self.rules.len());
        self.edit(|v| v.insert(i, Arc::new(rule)))
    }

    /// Inserts `rule` after the first rule called `name`, or at the end when
    /// there is none.
    pub fn insert_after<R: Rule + 'static>(self, name: &str, rule: R) -> Self {
        let i = self.position(name).map_or(self.rules.len(), |i| i + 1);
        self.edit(|v| v.insert(i, Arc::new(rule)))
    }

    /// The names of the rules, in order.
    pub fn rule_names(&self) -> Vec<&str> {
        self.rules.iter().map(|r| r.name()).collect()
    }

    /// Whether a rule called `name` is in the list.
    pub fn contains(&self, name: &str) -> bool {
        self.position(name).is_some()
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// True when there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Runs every rule in order, again while a round still changes the text
    /// (at most four rounds). Clean text comes back borrowed; plain ASCII
    /// lines skip the rules entirely when every rule allows it.
    ///
    /// Rules are assumed idempotent: after the last rule that changed the
    /// text, only the other rules run again, and the loop stops once every
    /// rule has seen the current text.
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        // (A plain line is a plain line with curly punctuation: one test.)
        let skip = if self.punct_fast {
            is_plain_punct_line(text)
        } else {
            self.plain_fast && is_plain_line(text)
        };
        if skip {
            return Cow::Borrowed(text);
        }
        let mut cur = Cow::Borrowed(text);
        self.run(&mut cur, |_, _| {});
        cur
    }

    /// The rule loop: `on_change(rule index, edits)` after every change.
    fn run(&self, cur: &mut Cow<'_, str>, mut on_change: impl FnMut(usize, usize)) -> usize {
        let n = self.rules.len();
        // Rules that have seen the current text without changing it (the
        // rule that produced it counts: it is idempotent).
        let mut settled = 0;
        let mut steps = 0;
        while settled < n && steps < MAX_ROUNDS * n {
            let i = steps % n;
            steps += 1;
            let Some(rule) = self.rules.get(i) else {
                break;
            };
            let (out, edits) = rule.apply_counted(cur);
            let new = match out {
                Cow::Owned(s) if s != **cur => s,
                _ => {
                    settled += 1;
                    continue;
                }
            };
            *cur = Cow::Owned(new);
            on_change(i, edits);
            settled = 1;
            if self.plain_fast && is_plain_line(cur) {
                break;
            }
        }
        steps.div_ceil(n.max(1))
    }

    /// Cleans `text` and reports how many edits each rule made (summed over
    /// rounds), for `--explain`.
    ///
    /// ```
    /// let e = newsclip::clean::Cleaner::default().explain("a&amp;b  c");
    /// assert_eq!(e.output, "a&b c");
    /// assert_eq!(e.changes("decode_entities"), Some(1));
    /// assert_eq!(e.changes("normalize_whitespace"), Some(1));
    /// assert_eq!(e.changes("repair_mojibake"), Some(0));
    /// ```
    pub fn explain<'a>(&self, text: &'a str) -> Explanation<'a> {
        let mut rules: Vec<RuleChanges> = self
            .rules
            .iter()
            .map(|r| RuleChanges {
                name: r.name().to_owned(),
                changes: 0,
            })
            .collect();
        let mut cur = Cow::Borrowed(text);
        let rounds = self.run(&mut cur, |i, edits| {
            if let Some(stat) = rules.get_mut(i) {
                stat.changes += edits.max(1);
            }
        });
        Explanation {
            output: cur,
            rules,
            rounds,
        }
    }
}

/// Printable ASCII, no `&`, no `[`, no double space or `**`, no
/// leading or trailing space, no leading `#`, `*` or `_` (what the plain-safe rules,
/// [`strip_markup`](super::strip_markup) included, leave alone).
pub(super) fn is_plain_line(text: &str) -> bool {
    plain_scan::<false>(text.as_bytes())
}

/// [`is_plain_line`], where the curly quotes, the en and em dashes and
/// the ellipsis may stand too (see [`Rule::skips_plain_punctuation`]).
pub(super) fn is_plain_punct_line(text: &str) -> bool {
    plain_scan::<true>(text.as_bytes())
}

/// The plain-line test, with bytes beyond ASCII (`PUNCT`) allowed when
/// they make up the punctuation of [`is_plain_punct_line`]. Written as
/// branch-free folds over fixed chunks so that it vectorises.
fn plain_scan<const PUNCT: bool>(bytes: &[u8]) -> bool {
    if matches!(bytes.first(), Some(b' ' | b'#' | b'*' | b'_')) || bytes.last() == Some(&b' ') {
        return false;
    }
    #[inline(always)]
    fn bad<const PUNCT: bool>(b: u8) -> bool {
        let outside = if PUNCT {
            (b < 0x20) | (b == 0x7f)
        } else {
            b.wrapping_sub(0x20) >= 0x5F
        };
        outside | (b == b'&') | (b == b'[')
    }
    // One pass over each byte and the next: a bad byte or a doubled space
    // or star; and whether a byte beyond ASCII stands.
    let next = bytes.get(1..).unwrap_or_default();
    let mut high = false;
    for (x, y) in bytes.chunks(64).zip(next.chunks(64)) {
        let (found, wide) = x
            .iter()
            .zip(y)
            .fold((false, false), |(found, wide), (&p, &q)| {
                (
                    found | bad::<PUNCT>(p) | ((p == q) & ((p == b' ') | (p == b'*'))),
                    wide | (p >= 0x80),
                )
            });
        if found {
            return false;
        }
        high |= wide;
    }
    // The last byte, which has no next one.
    if bytes.last().is_some_and(|&b| bad::<PUNCT>(b)) {
        return false;
    }
    !(PUNCT && (high || bytes.last().is_some_and(|&b| b >= 0x80))) || only_plain_punctuation(bytes)
}

/// True when every byte of `bytes` beyond ASCII is part of one of the
/// punctuation characters of [`is_plain_punct_line`] (U+2013, U+2014,
/// U+2018, U+2019, U+201C, U+201D, U+2026: E2 80 93, 94, 98, 99, 9C, 9D,
/// A6).
fn only_plain_punctuation(bytes: &[u8]) -> bool {
    let mut i = 0;
    while let Some(p) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(|&b| b >= 0x80))
    {
        match bytes.get(i + p..i + p + 3) {
            Some(&[0xE2, 0x80, 0x93 | 0x94 | 0x98 | 0x99 | 0x9C | 0x9D | 0xA6]) => i += p + 3,
            _ => return false,
        }
    }
    true
}

/// What [`Cleaner::explain`] reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation<'a> {
    /// The cleaned text (same as [`Cleaner::clean`]).
    pub output: Cow<'a, str>,
    /// Every rule in order with its number of edits.
    pub rules: Vec<RuleChanges>,
    /// How many rounds over the rules ran, a partial last round counting
    /// as one.
    pub rounds: usize,
}

impl Explanation<'_> {
    /// Edits made by the rule called `name`.
    pub fn changes(&self, name: &str) -> Option<usize> {
        self.rules
            .iter()
            .find(|r| r.name == name)
            .map(|r| r.changes)
    }
}

impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.rules {
            writeln!(f, "{}: {}", r.name, r.changes)?;
        }
        Ok(())
    }
}

/// One rule's line in an [`Explanation`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleChanges {
    /// The rule's name.
    pub name: String,
    /// Number of edits (replaced or removed characters or runs).
    pub changes: usize,
}
