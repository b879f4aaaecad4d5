//! Cleaning rules: composable text repairs.
//!
//! A [`Rule`] turns text into text, borrowing when nothing changes. A
//! [`Cleaner`] runs an ordered list of rules; [`Cleaner::default`] (and the
//! one-call [`clean`]) runs the default pipeline:
//!
//! 1. [`decode_entities`]: `&amp;` `&rsquo;` `&#8217;` …
//! 2. [`repair_mojibake`]: `â€™` → `’`, `Ã©` → `é`
//! 3. [`normalize_line_endings`]: CRLF, CR, U+0085, U+2028, U+2029 → `\n`
//! 4. [`remove_invisible`]: BOM, zero-width, controls, private use …
//! 5. [`remove_lone_marks`]: combining marks with no letter to sit on
//! 6. [`normalize_whitespace`]: spaces unified and collapsed, lines trimmed
//!
//! Optional rules: [`ascii_quotes`], [`ascii_dashes`], [`ascii_ellipsis`],
//! [`nfc`], [`nfkc`], [`drop_empty_list_items`]. [`all_rules`] lists every
//! built-in rule, [`rule_by_name`] finds one.
//!
//! Guarantees: no rule panics; each rule and every [`Cleaner`] is
//! idempotent (`clean(clean(x)) == clean(x)`; a cleaner re-runs its rules
//! until they change nothing, at most four rounds); no built-in rule makes
//! the text longer in UTF-8 bytes except [`nfc`] and [`nfkc`]; text that is
//! already clean comes back borrowed, byte for byte.
//!
//! ```
//! use newsclip::clean::{self, Cleaner};
//! assert_eq!(clean::clean("Caf&eacute;  Itâ€™s\u{200b} here "), "Café It’s here");
//!
//! let c = Cleaner::default()
//!     .with(clean::rule_by_name("ascii_quotes").unwrap())
//!     .with(clean::named("shout", |s: &str| s.to_uppercase().into()));
//! assert_eq!(c.clean("it&rsquo;s"), "IT'S");
//! ```

use std::borrow::Cow;
use std::fmt;
use std::sync::{Arc, OnceLock};

mod chars;
mod entities;
mod entity_table;
mod invisible;
mod line_endings;
mod marks;
mod mojibake;
mod optional;
mod registry;
mod whitespace;

pub use entities::decode_entities;
pub use invisible::remove_invisible;
pub use line_endings::normalize_line_endings;
pub use marks::remove_lone_marks;
pub use mojibake::repair_mojibake;
pub use optional::{ascii_dashes, ascii_ellipsis, ascii_quotes, drop_empty_list_items, nfc, nfkc};
pub use registry::{RuleInfo, UnknownRule, all_rules, rule_by_name};

/// How many times a [`Cleaner`] re-runs its rules while they still change
/// the text (a later rule can expose work for an earlier one, e.g. removing
/// a zero-width space inside `&am\u{200b}p;`).
const MAX_ROUNDS: usize = 4;

/// A cleaning rule: text in, text out, borrowing when nothing changes.
///
/// Implement it for your own types, or wrap a function or closure with
/// [`named`]. A rule should be idempotent and must not panic.
pub trait Rule: Send + Sync {
    /// Stable name of the rule.
    fn name(&self) -> &str;

    /// Applies the rule.
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str>;

    /// A one-line description (empty by default).
    fn describe(&self) -> &str {
        ""
    }

    /// Applies the rule and says how many edits it made. The default counts
    /// one edit when the text changed at all.
    fn apply_counted<'a>(&self, text: &'a str) -> (Cow<'a, str>, usize) {
        let out = self.apply(text);
        let n = usize::from(matches!(&out, Cow::Owned(s) if s != text));
        (out, n)
    }

    /// True if the rule never changes a *plain* line: printable ASCII
    /// (`' '..='~'`) without `&`, without two spaces in a row and without a
    /// leading or trailing space. When every rule of a [`Cleaner`] says so,
    /// the cleaner returns such lines without running any rule. `false` by
    /// default.
    fn skips_plain_ascii(&self) -> bool {
        false
    }
}

impl<R: Rule + ?Sized> Rule for Arc<R> {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        (**self).apply(text)
    }
    fn describe(&self) -> &str {
        (**self).describe()
    }
    fn apply_counted<'a>(&self, text: &'a str) -> (Cow<'a, str>, usize) {
        (**self).apply_counted(text)
    }
    fn skips_plain_ascii(&self) -> bool {
        (**self).skips_plain_ascii()
    }
}

/// A function or closure made into a named [`Rule`]; see [`named`].
#[derive(Clone)]
pub struct FnRule<F> {
    name: Cow<'static, str>,
    description: Cow<'static, str>,
    plain_ascii: bool,
    f: F,
}

impl<F> FnRule<F>
where
    F: for<'a> Fn(&'a str) -> Cow<'a, str> + Send + Sync,
{
    /// Wraps `f` as a rule called `name`.
    pub fn new(name: impl Into<Cow<'static, str>>, f: F) -> Self {
        FnRule {
            name: name.into(),
            description: Cow::Borrowed(""),
            plain_ascii: false,
            f,
        }
    }

    /// Sets the one-line description.
    pub fn description(mut self, description: impl Into<Cow<'static, str>>) -> Self {
        self.description = description.into();
        self
    }

    /// Promises that the function never changes a plain ASCII line (see
    /// [`Rule::skips_plain_ascii`]), which keeps the cleaner's fast path on.
    pub fn plain_ascii_safe(mut self) -> Self {
        self.plain_ascii = true;
        self
    }
}

impl<F> fmt::Debug for FnRule<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnRule").field("name", &self.name).finish()
    }
}

impl<F> Rule for FnRule<F>
where
    F: for<'a> Fn(&'a str) -> Cow<'a, str> + Send + Sync,
{
    fn name(&self) -> &str {
        &self.name
    }
    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        (self.f)(text)
    }
    fn describe(&self) -> &str {
        &self.description
    }
    fn skips_plain_ascii(&self) -> bool {
        self.plain_ascii
    }
}

/// Makes a function or closure a rule called `name`.
///
/// ```
/// use std::borrow::Cow;
/// use newsclip::clean::{Cleaner, named};
/// let no_tm = named("no_tm", |s: &str| {
///     if s.contains('™') { Cow::Owned(s.replace('™', "")) } else { Cow::Borrowed(s) }
/// });
/// let c = Cleaner::new().with(no_tm);
/// assert_eq!(c.clean("Brand™"), "Brand");
/// assert_eq!(c.rule_names(), ["no_tm"]);
/// ```
pub fn named<F>(name: impl Into<Cow<'static, str>>, f: F) -> FnRule<F>
where
    F: for<'a> Fn(&'a str) -> Cow<'a, str> + Send + Sync,
{
    FnRule::new(name, f)
}

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
    plain_fast: bool,
}

impl fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.rules.iter().map(|r| r.name()))
            .finish()
    }
}

impl Default for Cleaner {
    /// The default pipeline (see the [module docs](self)).
    fn default() -> Self {
        default_cleaner().clone()
    }
}

fn default_cleaner() -> &'static Cleaner {
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
        let plain_fast = rules.iter().all(|r| r.skips_plain_ascii());
        Cleaner { rules, plain_fast }
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
        self.plain_fast = self.rules.iter().all(|r| r.skips_plain_ascii());
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
    pub fn clean<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.plain_fast && is_plain_line(text) {
            return Cow::Borrowed(text);
        }
        let mut cur = Cow::Borrowed(text);
        for _ in 0..MAX_ROUNDS {
            let mut changed = false;
            for r in &self.rules {
                let new = match r.apply(&cur) {
                    Cow::Borrowed(_) => continue,
                    Cow::Owned(s) => s,
                };
                if new != *cur {
                    cur = Cow::Owned(new);
                    changed = true;
                }
            }
            if !changed || (self.plain_fast && is_plain_line(&cur)) {
                break;
            }
        }
        cur
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
        let mut rounds = 0;
        for _ in 0..MAX_ROUNDS {
            rounds += 1;
            let mut changed = false;
            for (r, stat) in self.rules.iter().zip(rules.iter_mut()) {
                let (out, n) = r.apply_counted(&cur);
                let new = match out {
                    Cow::Borrowed(_) => continue,
                    Cow::Owned(s) => s,
                };
                if new != *cur {
                    stat.changes += n.max(1);
                    cur = Cow::Owned(new);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        Explanation {
            output: cur,
            rules,
            rounds,
        }
    }
}

/// Printable ASCII, no `&`, no double space, no leading or trailing space.
fn is_plain_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    for chunk in bytes.chunks(64) {
        let mut ok = true;
        for &b in chunk {
            ok &= (b.wrapping_sub(0x20) < 0x5F) & (b != b'&');
        }
        if !ok {
            return false;
        }
    }
    memchr::memmem::find(bytes, b"  ").is_none()
}

/// What [`Cleaner::explain`] reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation<'a> {
    /// The cleaned text (same as [`Cleaner::clean`]).
    pub output: Cow<'a, str>,
    /// Every rule in order with its number of edits.
    pub rules: Vec<RuleChanges>,
    /// How many rounds ran (the last one changed nothing, unless the limit
    /// was hit).
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

/// Cleans `text` with the default pipeline (built once, shared).
///
/// ```
/// assert_eq!(newsclip::clean::clean("R&amp;D\u{a0}\u{a0}team "), "R&D team");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    default_cleaner().clean(text)
}

#[cfg(test)]
mod tests;
