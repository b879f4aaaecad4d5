//! Aligning a training page's gold to its lines: which labels each line may
//! take. Body lines come from the gold body's word 4-grams (or a snippet
//! gold's "with" and "without" snippets), the headline from the gold title;
//! other lines take the role the rules gave them (silver labels), so a line
//! the rules kept out of the body but the gold has is a paragraph, and a line
//! the rules kept in but the gold lacks is boilerplate or a comment.

use super::Label;
use crate::features::{Page, PageLine, RuleTag, is_cjk};
use crate::{LineRole, RemovalReason};
use std::collections::HashSet;

/// The gold of one training page.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Gold {
    /// The article's body text, when the gold has it.
    pub body: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Snippets a correct body contains.
    pub with: Vec<String>,
    /// Snippets a correct body must not contain.
    pub without: Vec<String>,
    /// The gold body also holds the headline and byline lines (as some
    /// annotators copied them): those lines keep the rules' roles.
    pub body_has_header: bool,
}

/// Lower-cased word tokens; every CJK character is a token of its own.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() || c == '_' {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn grams(toks: &[String], n: usize) -> impl Iterator<Item = String> + '_ {
    toks.windows(n).map(|w| w.join(" "))
}

/// The n-grams (n = 1 to 4) of a gold text.
struct GramSet(HashSet<String>);

impl GramSet {
    fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> GramSet {
        let mut set = HashSet::new();
        for t in texts {
            let toks = tokens(t);
            for n in 1..=4 {
                set.extend(grams(&toks, n));
            }
        }
        GramSet(set)
    }

    /// Share of the line's 4-grams in the set (its whole token run when shorter).
    fn cover(&self, toks: &[String]) -> f32 {
        if toks.is_empty() {
            return 0.0;
        }
        if toks.len() < 4 {
            return f32::from(u8::from(self.0.contains(&toks.join(" "))));
        }
        let (mut hit, mut all) = (0, 0);
        for g in grams(toks, 4) {
            all += 1;
            hit += usize::from(self.0.contains(&g));
        }
        hit as f32 / all as f32
    }
}

/// True when the token run `line` holds one of `snippets` whole.
fn holds(line: &[String], snippets: &[Vec<String>]) -> bool {
    snippets
        .iter()
        .any(|s| line.windows(s.len()).any(|w| w == s.as_slice()))
}

fn meta_role(r: LineRole) -> bool {
    use LineRole::*;
    matches!(
        r,
        Subtitle | Byline | Date | Section | ReadingTime | KeyPoint | Credit | Dateline
    )
}

/// The rules' role of a line the gold keeps out of the body.
fn silver(l: &PageLine, in_comments: bool) -> Label {
    match (l.rule, l.story()) {
        (RuleTag::Role(LineRole::Title), Some(0)) => Label::Title,
        (RuleTag::Role(r), Some(0)) if meta_role(r) => Label::Meta,
        (RuleTag::Role(LineRole::Caption) | RuleTag::Removed(RemovalReason::CaptionRepeat), _) => {
            Label::Caption
        }
        (RuleTag::Role(LineRole::Related) | RuleTag::Removed(RemovalReason::RelatedTail), _) => {
            Label::Related
        }
        (RuleTag::Removed(RemovalReason::CommentForm), _) => Label::Comment,
        _ if in_comments => Label::Comment,
        (_, Some(k)) if k > 0 => Label::OtherStory,
        _ => Label::Boilerplate,
    }
}

/// The lines of `page` (cut from `text`) that print the gold headline: its
/// words alone, or else with at most three more (a section label, a site name).
pub fn title_lines(text: &str, page: &Page, gold: &Gold) -> Vec<usize> {
    let Some(g) = gold.title.as_deref().map(tokens).filter(|t| !t.is_empty()) else {
        return Vec::new();
    };
    let toks: Vec<Vec<String>> = page
        .lines
        .iter()
        .map(|l| tokens(l.span.slice(text).unwrap_or("")))
        .collect();
    let exact: Vec<usize> = (0..toks.len())
        .filter(|&i| toks.get(i) == Some(&g))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    toks.iter()
        .enumerate()
        .filter(|(_, t)| t.len() <= g.len() + 3 && t.windows(g.len()).any(|w| w == g.as_slice()))
        .map(|(i, _)| i)
        .collect()
}

/// The labels each line of `page` (cut from `text`) may take under `gold`
/// (one mask per line; 0 = not settled by the gold).
pub fn align(text: &str, page: &Page, gold: &Gold) -> Vec<u16> {
    let body = gold
        .body
        .as_deref()
        .filter(|b| !b.trim().is_empty())
        .map(|b| GramSet::of([b]));
    let with = GramSet::of(gold.with.iter().map(String::as_str));
    let without = GramSet::of(gold.without.iter().map(String::as_str));
    let with_toks: Vec<Vec<String>> = gold
        .with
        .iter()
        .map(|s| tokens(s))
        .filter(|t| t.len() >= 3)
        .collect();
    let without_toks: Vec<Vec<String>> = gold
        .without
        .iter()
        .map(|s| tokens(s))
        .filter(|t| t.len() >= 3)
        .collect();
    let title = gold.title.as_deref().map(tokens).filter(|t| !t.is_empty());
    let toks: Vec<Vec<String>> = page
        .lines
        .iter()
        .map(|l| tokens(l.span.slice(text).unwrap_or("")))
        .collect();
    // Body evidence per line: Some(true) in the body, Some(false) out, None unsure.
    let in_body: Vec<Option<bool>> = toks
        .iter()
        .map(|t| match &body {
            Some(b) => {
                let c = b.cover(t);
                if t.len() < 4 {
                    (c == 0.0).then_some(false)
                } else if c >= 0.5 {
                    Some(true)
                } else if c <= 0.15 {
                    Some(false)
                } else {
                    None
                }
            }
            None if t.len() >= 4 && (with.cover(t) >= 0.5 || holds(t, &with_toks)) => Some(true),
            None if t.len() >= 4 && (without.cover(t) >= 0.5 || holds(t, &without_toks)) => {
                Some(false)
            }
            None => None,
        })
        .collect();
    let last_body = in_body.iter().rposition(|b| *b == Some(true));
    let mut in_comments = false;
    let mut out = Vec::with_capacity(page.lines.len());
    for (i, l) in page.lines.iter().enumerate() {
        let t = toks.get(i).map(Vec::as_slice).unwrap_or(&[]);
        if last_body.is_some_and(|lb| i > lb) && l.opens_comments() {
            in_comments = true;
        }
        let is_title = title.as_ref().is_some_and(|g| {
            t == g.as_slice()
                || (t.len() <= g.len() + 3 && t.windows(g.len()).any(|w| w == g.as_slice()))
        });
        let header = gold.body_has_header
            && matches!((l.rule, l.story()), (RuleTag::Role(r), Some(0)) if r == LineRole::Title || meta_role(r));
        let mask = match in_body.get(i).copied().flatten() {
            _ if is_title && i < last_body.unwrap_or(usize::MAX) => Label::Title.bit(),
            Some(true) if header => silver(l, false).bit(),
            Some(true) => match l.rule {
                RuleTag::Role(LineRole::Heading) => Label::Heading.bit(),
                RuleTag::Role(LineRole::Paragraph) => Label::Paragraph.bit(),
                _ if !l.stats().ends_sentence && l.stats().words <= 15 => {
                    Label::Heading.bit() | Label::Paragraph.bit()
                }
                _ => Label::Paragraph.bit(),
            },
            Some(false) => silver(l, in_comments).bit(),
            None => 0,
        };
        out.push(mask);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_body_lines_become_paragraphs_and_the_rest_keeps_silver_roles() {
        let text = "Home\n\nStorm closes schools\n\nSchools closed on Monday as a storm brought heavy snow.\n\nShare this\n";
        let arts = crate::parse_all(text);
        let page = Page::build(text, &arts);
        let gold = Gold {
            body: Some("Schools closed on Monday as a storm brought heavy snow.".into()),
            title: Some("Storm closes schools".into()),
            ..Gold::default()
        };
        let masks = align(text, &page, &gold);
        assert_eq!(masks.len(), 4);
        assert_eq!(masks[1], Label::Title.bit());
        assert_eq!(masks[2], Label::Paragraph.bit());
        assert_eq!(masks[3], Label::Boilerplate.bit());
    }
}
