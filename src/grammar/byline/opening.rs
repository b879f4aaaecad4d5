//! A cheap necessary condition for a byline without a marker: its body must
//! open with an item (a name, a credit, a role before a name).
//!
//! Without a marker, [`super::parse_byline`] answers with names or credits
//! only when the body grammar reads a first item at token 0
//! (`items::parse_item` with no comma before it and cased names); otherwise
//! it fails with [`super::BylineError::NoMatch`]. Each way `parse_item` reads
//! an item at token 0 needs the first tokens to be:
//!
//! - a role before a name (`match_role_prefix`): a role word among the
//!   first six tokens, with only words before it;
//! - a desk, a desk then its agency, or an agency (`match_desk_or_agency`,
//!   `match_agency`): words joined by single spaces that are a desk's or an
//!   agency's name, so the first word opens one (`agency::may_open_credit`);
//! - an outlet's staff (`match_outlet_staff`): "staff" as the second,
//!   third or fourth token;
//! - a name (`parse_name` at token 0, or at token 1 after an honorific),
//!   which reads no token past index 9 (seven words and the two tokens after
//!   the last).
//!
//! So every test below reads the first [`OPENING_TOKENS`] tokens at most.
//! The tokenizer reads the line from left to right, so those are the same
//! however many tokens are read after them. The body grammar also runs on
//! the tokens with glued words split ("OrtegaView"); the split changes no
//! token before the first glued word, so when none of the first
//! [`OPENING_TOKENS`] tokens is glued the tokens read are the same too. A
//! line with a glued word among them is let through.

use super::is_role_word;
use super::names::{is_honorific, parse_name};
use super::roles::may_be_role_word;
use super::tokens::{Tok, glue_at, has_case_pair, tokenize};
use crate::grammar::agency::may_open_credit;

/// Tokens read to decide the first item: all the tests read (indices 0 to 9).
const OPENING_TOKENS: usize = 10;

/// False only when the body grammar reads no first item from `body` (the
/// text after where a marker would be) when no marker was printed: a line
/// without a marker is then no byline.
pub(super) fn may_open_unmarked(body: &str) -> bool {
    let toks = tokenize(body, OPENING_TOKENS);
    let Some(first) = toks.first() else {
        return false;
    };
    may_open_credit(first.text)
        || role_word_first(&toks)
        || toks
            .iter()
            .skip(1)
            .take(3)
            .any(|t| t.is_word() && crate::table::with_lower(t.text, super::words::is_staff_word))
        || parse_name(
            &toks,
            usize::from(first.is_word() && is_honorific(first.text)),
            false,
        )
        .is_some()
        || glued(body, &toks)
}

/// True when a role word is among the first six tokens, after words only.
fn role_word_first(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .take(6)
        .take_while(|t| t.is_word())
        .any(|t| may_be_role_word(t.text) && is_role_word(t.text))
}

/// True when one of `toks` (the first tokens of `body`) is a glued word.
fn glued(body: &str, toks: &[Tok<'_>]) -> bool {
    let end = toks.last().map_or(0, |t| t.end);
    let head = body.get(..end).unwrap_or(body);
    // A glue is a lower-case letter before a capital or a digit: ASCII
    // text without such a pair has none.
    if head.is_ascii() && !has_case_pair(head.as_bytes(), true) {
        return false;
    }
    toks.iter()
        .any(|t| t.is_word() && glue_at(t.text).is_some())
}

#[cfg(test)]
mod tests {
    use super::super::{parse_byline, parse_byline_ungated};

    /// The gate never changes the answer of the grammar.
    fn agrees(line: &str) {
        assert_eq!(parse_byline(line), parse_byline_ungated(line), "{line:?}");
    }

    /// The string literals of a Rust source file (escapes kept as printed,
    /// which only makes other test lines).
    fn literals(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur: Option<String> = None;
        let mut escaped = false;
        for c in src.chars() {
            match cur.as_mut() {
                None if c == '"' => cur = Some(String::new()),
                None => {}
                Some(s) if escaped => {
                    s.push(c);
                    escaped = false;
                }
                Some(_) if c == '\\' => escaped = true,
                Some(s) if c == '"' => {
                    out.push(std::mem::take(s));
                    cur = None;
                }
                Some(s) => s.push(c),
            }
        }
        out
    }

    #[test]
    fn gate_agrees_on_the_test_tables() {
        let mut n = 0usize;
        for src in [
            include_str!("../../../tests/grammar_byline.rs"),
            include_str!("../../../tests/field_styles.rs"),
            include_str!("../../../tests/field_styles_world.rs"),
            include_str!("mod.rs"),
            include_str!("gate.rs"),
            include_str!("names.rs"),
        ] {
            for line in literals(src) {
                agrees(&line);
                // Without a marker too, and with the line's words glued on.
                for by in ["By ", "Von ", "By", "Jane Doe ", "Jane Doe | "] {
                    agrees(line.strip_prefix(by).unwrap_or(&line));
                    agrees(&format!("{by}{line}"));
                }
                n += 1;
            }
        }
        assert!(n > 500, "{n}");
    }

    #[test]
    fn gate_admits_each_way_an_item_opens() {
        for line in [
            "Guardian Staff and Jane Doe | Reuters",
            "Kyiv Independent staff, Jane Doe | AP",
            "Senior Editor Jane Doe",
            "health reporter Mei Tanaka | Reuters",
            "Dr. Jane Doe | Reuters",
            "Redazione ANSA",
            "The Editorial Board",
            "Jane Doe, The Associated Press",
            "Staff",
            "Reuters and Jane Doe",
            "The Canadian Press and Jane Doe",
            "Redaktion dpa und Jane Doe",
            "Jane Doe | Published 3:05 PM",
            "Marcus De OrtegaView More Articles",
        ] {
            assert!(parse_byline_ungated(line).is_ok(), "{line:?}");
            agrees(line);
        }
    }

    #[test]
    fn gate_agrees_on_generated_lines() {
        let pieces = crate::testgen::BYLINE_PIECES;
        let mut texts = crate::testgen::Texts::new(pieces, 0x5DEE_CE66_D1CE_4E5B);
        for len in 0..40 {
            for _ in 0..400 {
                agrees(&texts.text(len));
            }
        }
    }
}
