//! A blog post's filing line under its text ("Posted in Club News | 2
//! Comments", "Filed Under: Local News", "Publié dans Vie du quartier |
//! Étiquettes : marché, travaux"): the category the post was filed under,
//! printed with the story. Once the article is assembled, such a line at
//! the body's end goes back to the audit trail, and the first filing line
//! after the body gives the section when the article has none.

use crate::{Article, LineRole, RemovalReason, Span};

/// The openings of a filing line (lower-case), in the blog platforms'
/// languages.
const OPENERS: &[&str] = &[
    "posted in ",
    "filed under: ",
    "filed under ",
    "publié dans ",
    "classé dans ",
    "veröffentlicht in ",
    "abgelegt unter ",
    "publicado en ",
    "archivado en ",
    "pubblicato in ",
    "archiviato in ",
    "geplaatst in ",
    "publicado em ",
    "arquivado em ",
    "opublikowano w ",
    "publicerat i ",
];

/// Most words of a category.
const CATEGORY_WORDS: usize = 4;
/// Most words of a filing line.
const LINE_WORDS: usize = 30;
/// Most body blocks from the end a filing line is looked for in.
const LAST_BLOCKS: usize = 2;

/// The category of a filing line: the words after its opening, up to a bar,
/// a comma or a middle dot, one to [`CATEGORY_WORDS`] words, opening with
/// a capital or a digit.
///
/// ```text
/// filing := opener category ( ("|" | "," | "·" | " and tagged " | " tagged ") any )?
/// ```
pub(crate) fn filing_category(line: &str) -> Option<&str> {
    let t = line.trim();
    // (Most lines open with none of the openings' first letters: told
    // before anything is read or lower-cased.)
    let first = t.as_bytes().first()?.to_ascii_lowercase();
    if !OPENERS.iter().any(|o| o.as_bytes().first() == Some(&first)) {
        return None;
    }
    // (The openings' letters other than the first are lower-case.)
    let opener = OPENERS.iter().find(|o| {
        t.as_bytes()
            .get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o.as_bytes()))
    })?;
    if t.split_whitespace().nth(LINE_WORDS).is_some() {
        return None;
    }
    let rest = t.get(opener.len()..)?;
    // ("Posted in Baby and tagged nursery, sleep": the tags follow.)
    let rest = rest
        .split(" and tagged ")
        .next()
        .unwrap_or_default()
        .split(" tagged ")
        .next()
        .unwrap_or_default();
    let cat = rest
        .split(['|', ',', '\u{b7}'])
        .next()
        .unwrap_or_default()
        .trim()
        .trim_end_matches(['.', ';']);
    let n = cat.split_whitespace().count();
    ((1..=CATEGORY_WORDS).contains(&n)
        && cat
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
    .then_some(cat)
}

/// Takes the filing lines at the end of `a`'s body to the audit trail, and
/// the section from the first filing line after the body when `a` has none.
pub(crate) fn read_filing_line(a: &mut Article) {
    let n = a.body.len();
    let mut filed: Option<(Span, String)> = None;
    for k in (n.saturating_sub(LAST_BLOCKS)..n).rev() {
        let Some(b) = a.body.get(k) else {
            continue;
        };
        let Some(cat) = filing_category(&b.text) else {
            continue;
        };
        let found = (b.span, cat.to_owned());
        if super::unuse_block(a, k, RemovalReason::Tags) {
            filed = Some(found);
        }
    }
    if a.section.is_some() {
        return;
    }
    if filed.is_none() {
        let end = a.body.last().map_or(usize::MAX, |b| b.span.end);
        filed = a
            .removed
            .iter()
            .filter(|r| r.span.start >= end)
            .filter_map(|r| Some((r.span, filing_category(&r.text)?.to_owned())))
            .min_by_key(|(s, _)| s.start);
    }
    if let Some((span, cat)) = filed
        && let Some(k) = a.removed.iter().position(|r| r.span == span)
    {
        super::use_removed(a, k, LineRole::Section);
        a.spans.section = Some(span);
        a.section = Some(cat);
    }
}

#[cfg(test)]
mod tests {
    use super::{filing_category, read_filing_line};
    use crate::LineRole;
    use crate::fields::{TestAs, test_article};

    #[test]
    fn filing_lines() {
        for (t, cat) in [
            ("Posted in Club News | 2 Comments", "Club News"),
            ("Filed Under: Local News", "Local News"),
            (
                "Publié dans Vie du quartier | Étiquettes : marché",
                "Vie du quartier",
            ),
            ("Veröffentlicht in Tischtennis, Verein", "Tischtennis"),
            ("Posted in Feelings and tagged baby, sleep", "Feelings"),
        ] {
            assert_eq!(filing_category(t), Some(cat), "{t}");
        }
        for t in [
            "Posted in the paper's print edition on Monday, the notice said the road will close for good.",
            "Posted in error",
            "Filed under protest by the residents of the valley and their lawyers in the spring",
        ] {
            assert_eq!(filing_category(t), None, "{t}");
        }
    }

    #[test]
    fn a_filing_line_under_the_story_is_its_section() {
        let (_, mut a) = test_article(&[
            (
                "Ferry fares to rise in April",
                TestAs::Used(LineRole::Title),
            ),
            ("The board voted on Tuesday to raise fares.", TestAs::Body),
            ("Commuters said they would pay.", TestAs::Body),
            ("Posted in Harbour News | 3 Comments", TestAs::Body),
        ]);
        read_filing_line(&mut a);
        assert_eq!(a.section.as_deref(), Some("Harbour News"));
        assert_eq!(a.body.len(), 2);
        assert!(a.spans.section.is_some());
        // Or left out after the body already.
        let (_, mut a) = test_article(&[
            ("The board voted on Tuesday to raise fares.", TestAs::Body),
            (
                "Filed Under: Harbour News",
                TestAs::Gone(crate::RemovalReason::AfterStory),
            ),
        ]);
        read_filing_line(&mut a);
        assert_eq!(a.section.as_deref(), Some("Harbour News"));
        assert!(a.removed.is_empty());
    }
}
