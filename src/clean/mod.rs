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
//! 6. [`strip_markup`]: Markdown and text-browser marks (`# `, `[text](url)`,
//!    `**bold**`, lynx's `[12]`) around words
//! 7. [`normalize_whitespace`]: spaces unified and collapsed, lines trimmed
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

mod chars;
mod cleaner;
mod entities;
mod entity_table;
mod invisible;
mod line_endings;
mod marks;
mod markup;
mod mojibake;
mod optional;
mod registry;
mod rule;
mod whitespace;

pub use cleaner::{Cleaner, Explanation, RuleChanges};
pub use entities::decode_entities;
pub use invisible::remove_invisible;
pub use line_endings::normalize_line_endings;
pub use marks::remove_lone_marks;
pub use markup::strip_markup;
pub use mojibake::repair_mojibake;
pub use optional::{ascii_dashes, ascii_ellipsis, ascii_quotes, drop_empty_list_items, nfc, nfkc};
pub use registry::{RuleInfo, UnknownRule, all_rules, rule_by_name};
pub use rule::{FnRule, Rule, named};
pub use whitespace::normalize_whitespace;

/// Cleans `text` with the default pipeline (built once, shared).
///
/// ```
/// assert_eq!(newsclip::clean::clean("R&amp;D\u{a0}\u{a0}team "), "R&D team");
/// ```
pub fn clean(text: &str) -> Cow<'_, str> {
    cleaner::default_cleaner().clean(text)
}

#[cfg(test)]
mod tests;
