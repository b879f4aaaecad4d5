//! The [`Rule`] trait and [`named`] function rules.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

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
    /// leading or trailing space. When every rule of a [`Cleaner`](super::Cleaner) says so,
    /// the cleaner returns such lines without running any rule. `false` by
    /// default.
    fn skips_plain_ascii(&self) -> bool {
        false
    }

    /// True if the rule never changes a plain line (see
    /// [`Rule::skips_plain_ascii`]) that also holds the curly quotes, the
    /// en and em dashes and the ellipsis (U+2013, U+2014, U+2018, U+2019,
    /// U+201C, U+201D, U+2026), most lines of prose. When every rule of a
    /// [`Cleaner`](super::Cleaner) says so (and skips plain lines), the
    /// cleaner returns such lines without running any rule. `false` by
    /// default.
    fn skips_plain_punctuation(&self) -> bool {
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
    fn skips_plain_punctuation(&self) -> bool {
        (**self).skips_plain_punctuation()
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
