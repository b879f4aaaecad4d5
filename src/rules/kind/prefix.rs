//! The tag, section and related-link prefixes a line may open with
//! ("Tags:", "Section:", "Read more:"), looked up by the first byte of the
//! line's lower-cased head: only the prefixes that open with it are tried.

use crate::lexicon;
use crate::table::ByFirstByte;
use std::sync::OnceLock;

/// The prefix lists the line typing strips.
#[derive(Debug, Clone, Copy)]
pub(super) enum Prefixes {
    /// [`lexicon::TAG_PREFIXES`].
    Tag,
    /// [`lexicon::SECTION_PREFIXES`].
    Section,
    /// [`lexicon::RELATED_PREFIXES`].
    Related,
}

impl Prefixes {
    /// The list, in its order.
    fn list(self) -> &'static [&'static str] {
        match self {
            Prefixes::Tag => lexicon::TAG_PREFIXES,
            Prefixes::Section => lexicon::SECTION_PREFIXES,
            Prefixes::Related => lexicon::RELATED_PREFIXES,
        }
    }

    /// The list by first byte, built once.
    fn by_first_byte(self) -> &'static ByFirstByte {
        static TAG: OnceLock<ByFirstByte> = OnceLock::new();
        static SECTION: OnceLock<ByFirstByte> = OnceLock::new();
        static RELATED: OnceLock<ByFirstByte> = OnceLock::new();
        let cell = match self {
            Prefixes::Tag => &TAG,
            Prefixes::Section => &SECTION,
            Prefixes::Related => &RELATED,
        };
        cell.get_or_init(|| ByFirstByte::new(self.list().iter().copied()))
    }
}

/// `t` without the first of `prefixes` it starts with (case-insensitively);
/// `lower_head` is the lower-cased start of `t` (same byte lengths for the
/// prefixes, which are ASCII or lower-case already). No list holds an empty
/// prefix (see the test), so an empty head starts with none.
pub(super) fn strip_prefix_ci<'a>(
    t: &'a str,
    lower_head: &str,
    prefixes: Prefixes,
) -> Option<&'a str> {
    let first = *lower_head.as_bytes().first()?;
    prefixes
        .by_first_byte()
        .opening_with(first)
        .iter()
        .find(|p| lower_head.starts_with(**p) && t.is_char_boundary(p.len()))
        .and_then(|p| t.get(p.len()..).map(str::trim))
}

#[cfg(test)]
mod tests {
    use super::{Prefixes, strip_prefix_ci};

    /// The definition: the first prefix of the list, in order, that the
    /// head starts with.
    fn by_list(t: &str, lower_head: &str, prefixes: &[&str]) -> Option<String> {
        prefixes
            .iter()
            .find(|p| lower_head.starts_with(**p) && t.is_char_boundary(p.len()))
            .and_then(|p| t.get(p.len()..).map(|r| r.trim().to_string()))
    }

    #[test]
    fn the_index_finds_the_first_prefix_of_the_list() {
        for which in [Prefixes::Tag, Prefixes::Section, Prefixes::Related] {
            let list = which.list();
            assert!(list.iter().all(|p| !p.is_empty()));
            for p in list {
                for t in [
                    format!("{p} Some Words"),
                    p.to_uppercase(),
                    (*p).to_string(),
                    format!("x{p} y"),
                ] {
                    let head = crate::table::lower_head(&t, 48);
                    assert_eq!(
                        strip_prefix_ci(&t, &head, which).map(str::to_string),
                        by_list(&t, &head, list),
                        "{t:?}"
                    );
                }
            }
        }
    }
}
