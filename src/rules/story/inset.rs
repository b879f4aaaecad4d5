//! A related-links box inside the story, the story's text going on under it.

use super::Item;
use super::authors::is_bio;
use super::item::is_prose_text;
use crate::lexicon::Boiler;
use crate::rules::kind::Kind;

/// A related-links box at `j` inside the story: its heading, up to six short
/// headlines, then the story's prose again (the next line, and another
/// within five). Returns where the story resumes.
pub(super) fn inset(items: &[Item<'_>], j: usize) -> Option<usize> {
    let head = items.get(j)?;
    if !matches!(
        head.kind,
        Kind::Boiler(Boiler::RelatedHeader | Boiler::PrevNext)
    ) && !is_lone_related_prefix(head.text)
    {
        return None;
    }
    let mut k = j + 1;
    while let Some(o) = items.get(k) {
        let headline = match o.kind {
            Kind::Text => !o.shape().prose() && o.shape().words <= 20,
            Kind::InlineRelated(_)
            | Kind::Caption(_)
            | Kind::Boiler(Boiler::Label | Boiler::Share) => true,
            _ => false,
        };
        if !headline || k - j > 6 {
            break;
        }
        k += 1;
    }
    // The story resumes: two prose lines among the next five (an embedded
    // post or a quote card may sit between them; a paywall or newsletter
    // prompt and page furniture do not count), the first right away.
    // Story text, not a promotion ("🏃 Want the best tools...?") or the
    // writer's biography.
    let story_text = |o: &Item<'_>| {
        is_prose_text(o)
            && o.text
                .starts_with(|c: char| c.is_alphanumeric() || "\"'“‘«„(".contains(c))
            && !is_bio(o.text, &[])
    };
    let resumes = items.get(k).is_some_and(story_text)
        && items
            .iter()
            .skip(k)
            .filter(|o| !matches!(o.kind, Kind::Newsletter | Kind::Boiler(_)))
            .take(5)
            .filter(|o| story_text(o))
            .count()
            >= 2;
    (k > j + 1 && k - j <= 7 && resumes).then_some(k)
}

/// A related-link prefix printed alone on its line ("More:", "Related:",
/// "Read also:"), the links under it.
pub(super) fn is_lone_related_prefix(text: &str) -> bool {
    let t = text.trim();
    t.len() <= 30
        && t.ends_with(':')
        && crate::lexicon::RELATED_PREFIXES
            .iter()
            .any(|p| crate::table::lower(t) == *p)
}
