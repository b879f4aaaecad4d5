//! The built-in rules by name.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use super::Rule;
use super::{entities, invisible, line_endings, marks, markup, mojibake, optional, whitespace};

type CountedFn = for<'a> fn(&'a str, &mut usize) -> Cow<'a, str>;

/// A built-in rule: its name, a one-line description and whether it is part
/// of the default pipeline. It is itself a [`Rule`].
#[derive(Clone, Copy)]
pub struct RuleInfo {
    name: &'static str,
    description: &'static str,
    func: CountedFn,
    in_default: bool,
    plain_ascii: bool,
    plain_punct: bool,
}

impl RuleInfo {
    /// The rule's stable name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// A one-line description.
    pub fn description(&self) -> &'static str {
        self.description
    }

    /// Whether [`Cleaner::default`](super::Cleaner::default) runs this rule.
    pub fn in_default(&self) -> bool {
        self.in_default
    }
}

impl fmt::Debug for RuleInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleInfo")
            .field("name", &self.name)
            .field("in_default", &self.in_default)
            .finish()
    }
}

impl Rule for RuleInfo {
    fn name(&self) -> &str {
        self.name
    }

    fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        (self.func)(text, &mut 0)
    }

    fn describe(&self) -> &str {
        self.description
    }

    fn apply_counted<'a>(&self, text: &'a str) -> (Cow<'a, str>, usize) {
        let mut n = 0;
        let out = (self.func)(text, &mut n);
        (out, n)
    }

    fn skips_plain_ascii(&self) -> bool {
        self.plain_ascii
    }

    fn skips_plain_punctuation(&self) -> bool {
        self.plain_punct
    }
}

const fn rule(
    name: &'static str,
    description: &'static str,
    func: CountedFn,
    in_default: bool,
    (plain_ascii, plain_punct): (bool, bool),
) -> RuleInfo {
    RuleInfo {
        name,
        description,
        func,
        in_default,
        plain_ascii,
        plain_punct,
    }
}

static RULES: [RuleInfo; 13] = [
    rule(
        "decode_entities",
        "decode HTML character references (&amp; &rsquo; &#8217; &#x2019;), fully",
        entities::decode_entities_counted,
        true,
        (true, true),
    ),
    rule(
        "repair_mojibake",
        "repair UTF-8 read as Windows-1252/Latin-1 (â€™ -> ’, Ã© -> é)",
        mojibake::repair_mojibake_counted,
        true,
        (true, true),
    ),
    rule(
        "normalize_line_endings",
        "turn CRLF, CR, U+0085, U+2028 and U+2029 into \\n",
        line_endings::normalize_line_endings_counted,
        true,
        (true, true),
    ),
    rule(
        "remove_invisible",
        "remove BOM, zero-width, soft hyphen, control, non-character and private-use characters",
        invisible::remove_invisible_counted,
        true,
        (true, true),
    ),
    rule(
        "remove_lone_marks",
        "remove combining marks with no letter to sit on",
        marks::remove_lone_marks_counted,
        true,
        (true, true),
    ),
    rule(
        "strip_markup",
        "remove Markdown and text-browser marks around words (# , [text](url), **bold**, [12])",
        markup::strip_markup_counted,
        true,
        (true, true),
    ),
    rule(
        "normalize_whitespace",
        "unify spaces, collapse runs, trim lines, squeeze blank lines",
        whitespace::normalize_whitespace_counted,
        true,
        (true, true),
    ),
    rule(
        "ascii_quotes",
        "curly quotes and primes to ASCII ' and \"",
        optional::ascii_quotes_counted,
        false,
        (true, false),
    ),
    rule(
        "ascii_dashes",
        "dashes and minus to ASCII - (em dash to --)",
        optional::ascii_dashes_counted,
        false,
        (true, false),
    ),
    rule(
        "ascii_ellipsis",
        "the ellipsis character to ...",
        optional::ascii_ellipsis_counted,
        false,
        (true, false),
    ),
    rule(
        "nfc",
        "Unicode normalization form C",
        optional::nfc_counted,
        false,
        (true, false),
    ),
    rule(
        "nfkc",
        "Unicode normalization form KC (folds ligatures, full-width forms)",
        optional::nfkc_counted,
        false,
        (true, false),
    ),
    rule(
        "drop_empty_list_items",
        "drop empty items from comma lists (a, , b -> a, b)",
        optional::drop_empty_list_items_counted,
        false,
        (false, false),
    ),
];

/// Every built-in rule: the default pipeline in order, then the optional ones.
///
/// ```
/// let names: Vec<_> = newsclip::clean::all_rules().iter().map(|r| r.name()).collect();
/// assert_eq!(names[0], "decode_entities");
/// assert!(names.contains(&"ascii_quotes"));
/// ```
pub fn all_rules() -> &'static [RuleInfo] {
    &RULES
}

/// The built-in rule called `name`.
///
/// ```
/// let r = newsclip::clean::rule_by_name("ascii_dashes").unwrap();
/// assert_eq!(r.apply("a\u{2013}b"), "a-b");
/// assert!(newsclip::clean::rule_by_name("nope").is_none());
/// ```
pub fn rule_by_name(name: &str) -> Option<Arc<dyn Rule>> {
    RULES
        .iter()
        .find(|r| r.name == name)
        .map(|r| Arc::new(*r) as Arc<dyn Rule>)
}

/// The error for a rule name that [`rule_by_name`] does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownRule {
    name: String,
}

impl UnknownRule {
    pub(crate) fn new(name: &str) -> Self {
        UnknownRule {
            name: name.to_owned(),
        }
    }

    /// The unknown name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for UnknownRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown cleaning rule `{}` (known: ", self.name)?;
        for (i, r) in RULES.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(r.name)?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for UnknownRule {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_described() {
        for (i, r) in RULES.iter().enumerate() {
            assert!(!r.description.is_empty());
            assert!(RULES.iter().skip(i + 1).all(|o| o.name != r.name));
            assert!(rule_by_name(r.name).is_some());
        }
    }

    #[test]
    fn plain_ascii_claims_hold() {
        let plain = "Plain text, with: punctuation (and) \"quotes\"; 1,000 - 2 ... ok";
        for r in RULES.iter().filter(|r| r.plain_ascii) {
            assert!(matches!(r.apply(plain), Cow::Borrowed(_)), "{}", r.name);
        }
        let curly =
            "\u{201c}Plain\u{201d} \u{2013} it\u{2019}s \u{2018}so\u{2019}\u{2026} \u{2014} ok";
        for r in RULES.iter().filter(|r| r.plain_punct) {
            assert!(matches!(r.apply(curly), Cow::Borrowed(_)), "{}", r.name);
        }
    }
}
