//! One line as story finding sees it ([`Item`]), and the tests of one line
//! that the steps share: text or prose, menu entry, meta line, filler, the
//! end of the story, the reason a line of its kind is removed.

use crate::RemovalReason;
use crate::grammar::byline;
use crate::lexicon::Boiler;
use crate::lines::text;
use crate::rules::kind::{Kind, PackedShape, Shape};

/// One non-blank line with its classification.
#[derive(Debug)]
///
/// Item `k` is line `k` of the kept (non-blank) lines.
pub(crate) struct Item<'a> {
    pub text: &'a str,
    pub kind: Kind,
    /// See [`Item::shape`].
    pub shape_bits: PackedShape,
    /// See [`Item::norm`].
    pub norm_cell: std::cell::OnceCell<Box<str>>,
    /// `byline::is_person_name(text)`, computed on first use.
    pub person: std::cell::OnceCell<bool>,
    /// See [`is_filler`].
    pub filler: std::cell::OnceCell<bool>,
}

impl Item<'_> {
    /// The shape of the line's text.
    pub fn shape(&self) -> Shape {
        self.shape_bits.get()
    }

    /// Normalised tokens ([`text::norm_tokens`] of the text), for
    /// repetition tests; computed on first use, so that only the lines
    /// compared with others hold one. The tokens are split by single ASCII
    /// spaces, with none at either end and no other ASCII white space: its
    /// words are those of `split_ascii_whitespace` (a byte scan), or of
    /// `split(' ')` apart from the one empty word of an empty text.
    pub fn norm(&self) -> &str {
        self.norm_cell
            .get_or_init(|| text::norm_tokens(self.text).into_boxed_str())
    }

    /// True when the line is a person's name alone
    /// ([`byline::is_person_name`] of its text), computed once.
    pub fn is_person_name(&self) -> bool {
        *self
            .person
            .get_or_init(|| byline::is_person_name(self.text))
    }
}

pub(super) fn is_text(it: &Item<'_>) -> bool {
    matches!(it.kind, Kind::Text)
}

pub(super) fn is_prose_text(it: &Item<'_>) -> bool {
    is_text(it) && it.shape().prose()
}

/// A short line that could be a menu entry.
pub(super) fn is_menu_like(it: &Item<'_>) -> bool {
    match &it.kind {
        Kind::Boiler(Boiler::Navigation) => true,
        Kind::Text => it.shape().words <= 4 && !it.shape().terminal,
        _ => false,
    }
}

pub(super) fn hard_tail(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Boiler(
            Boiler::RelatedHeader
                | Boiler::PrevNext
                | Boiler::NextStory
                | Boiler::Comments
                | Boiler::AuthorBoxHeader
                | Boiler::TagsHeader
                | Boiler::Footer
        ) | Kind::Tags
            | Kind::Footer
            | Kind::CommentsHeader
    )
}

pub(super) fn soft_removal(kind: &Kind) -> Option<RemovalReason> {
    Some(match kind {
        Kind::Glyph => RemovalReason::StrayGlyph,
        Kind::Separator => RemovalReason::Separator,
        Kind::Boiler(b) => match b {
            Boiler::Advertisement => RemovalReason::Advertisement,
            Boiler::Share => RemovalReason::ShareRow,
            Boiler::ShortUrl => RemovalReason::ShortUrlLabel,
            Boiler::Navigation => RemovalReason::Navigation,
            Boiler::Newsletter => RemovalReason::Newsletter,
            Boiler::Label | Boiler::KeyPointsHeader => RemovalReason::Label,
            Boiler::RelatedHeader | Boiler::PrevNext | Boiler::NextStory => {
                RemovalReason::RelatedTail
            }
            Boiler::Comments => RemovalReason::CommentForm,
            Boiler::AuthorBoxHeader => RemovalReason::AuthorBox,
            Boiler::TagsHeader => RemovalReason::Tags,
            Boiler::Footer => RemovalReason::Footer,
        },
        Kind::Newsletter => RemovalReason::Newsletter,
        Kind::Footer => RemovalReason::Footer,
        Kind::Tags => RemovalReason::Tags,
        Kind::CommentsHeader => RemovalReason::CommentForm,
        _ => return None,
    })
}

/// How many other lines within `window` lines before or after line `j`
/// print the same text.
pub(super) fn printed_around(items: &[Item<'_>], j: usize, window: usize) -> usize {
    let Some(it) = items.get(j) else { return 0 };
    let lo = j.saturating_sub(window);
    let hi = (j + window + 1).min(items.len());
    (lo..hi)
        .filter(|&k| k != j && items.get(k).is_some_and(|o| o.text == it.text))
        .count()
}

/// True when one of the `window` lines before line `j` prints the same
/// text.
pub(super) fn printed_before(items: &[Item<'_>], j: usize, window: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    items
        .get(j.saturating_sub(window)..j)
        .is_some_and(|before| before.iter().any(|o| o.text == it.text))
}

pub(super) fn repeats_within(items: &[Item<'_>], i: usize, window: usize) -> usize {
    let Some(it) = items.get(i) else { return 0 };
    items
        .iter()
        .skip(i + 1)
        .take(window)
        .filter(|o| o.text == it.text)
        .count()
}

pub(super) fn is_meta(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Byline(..) | Kind::Date(_) | Kind::DateByline(..) | Kind::ReadingTime(_)
    )
}

/// Lines a headline block may have between its parts without breaking it:
/// share rows, labels, menus, stray glyphs, photos and their credits.
/// Computed once a line (the windows that look for fillers overlap).
pub(super) fn is_filler(it: &Item<'_>) -> bool {
    *it.filler.get_or_init(|| filler_uncached(it))
}

fn filler_uncached(it: &Item<'_>) -> bool {
    (is_text(it)
        && (crate::lexicon::is_count_line(it.text)
            || (it.shape().words <= 2 && !it.is_person_name())))
        || matches!(
            it.kind,
            Kind::Glyph
                | Kind::Separator
                | Kind::Caption(_)
                | Kind::Credit(_)
                | Kind::Boiler(
                    Boiler::Share
                        | Boiler::ShortUrl
                        | Boiler::Navigation
                        | Boiler::Label
                        | Boiler::Advertisement
                        | Boiler::Newsletter
                )
        )
}

/// Up to two items after `i`, skipping [`is_filler`] lines.
pub(super) fn next_two<'i, 'a>(
    items: &'i [Item<'a>],
    i: usize,
) -> (Option<&'i Item<'a>>, Option<&'i Item<'a>>) {
    let mut it = items.iter().skip(i + 1).take(8).filter(|o| !is_filler(o));
    (it.next(), it.next())
}

/// A line under a headline that names its author: a byline with authors,
/// or a person's name alone.
/// A line a list of highlights printed without bullets is made of (and its
/// headline): text of 4 to 40 words that ends no sentence, introduces
/// nothing (no colon), is no menu (capitals only) and no meta row
/// (separators).
pub(super) fn is_highlight_like(o: &Item<'_>) -> bool {
    is_text(o)
        && (4..=40).contains(&o.shape().words)
        && !o.shape().terminal
        && !o.text.trim_end().ends_with(':')
        && o.text.chars().any(char::is_lowercase)
        && !o.text.contains(['|', '•', '·'])
}

/// Fewest lines of a list of highlights printed without bullets.
pub(super) const HIGHLIGHTS: usize = 3;

/// Prose lines read under a list of highlights for the words they share.
const HIGHLIGHTS_TEXT: usize = 40;

/// The number of lines of the list of highlights printed without bullets
/// that line `j` opens (0 for none): [`HIGHLIGHTS`] to 8 lines that read
/// like them ([`is_highlight_like`]) right above a byline or date line, each
/// sharing a word (of four letters or more, no function word) with the
/// prose under them (a highlight sums up its story; a list of other stories'
/// headlines does not).
pub(super) fn highlights_at(items: &[Item<'_>], j: usize) -> usize {
    let run = items
        .iter()
        .skip(j)
        .take(9)
        .take_while(|o| is_highlight_like(o))
        .count();
    let header = items.get(j + run).is_some_and(|n| {
        is_meta(&n.kind)
            && !matches!(&n.kind, Kind::Byline(bd) | Kind::DateByline(bd) if bd.by.authors.is_empty() && bd.by.credits.is_empty())
    });
    if !(HIGHLIGHTS..=8).contains(&run) || !header {
        return 0;
    }
    let content = |w: &&str| w.chars().count() >= 4 && !crate::lexicon::is_stopword(w);
    let text: std::collections::HashSet<&str> = items
        .iter()
        .skip(j + run + 1)
        .take(HIGHLIGHTS_TEXT)
        .filter(|o| is_prose_text(o))
        .flat_map(|o| o.norm().split_ascii_whitespace())
        .filter(content)
        .collect();
    let summed = items.iter().skip(j).take(run).all(|o| {
        o.norm()
            .split_ascii_whitespace()
            .filter(content)
            .any(|w| text.contains(w))
    });
    if summed { run } else { 0 }
}

pub(super) fn names_author(n: &Item<'_>) -> bool {
    match &n.kind {
        Kind::Byline(bd) | Kind::DateByline(bd) => !bd.by.authors.is_empty(),
        Kind::Text => n.shape().words <= 5 && n.is_person_name(),
        _ => false,
    }
}

/// True for a writer's line about themselves under their name ("I cover
/// semiconductors and the supply chain.", "I'm a reporter in Austin."): a
/// first-person sentence of at most 20 words.
pub(super) fn is_self_description(it: &Item<'_>) -> bool {
    let t = it.text;
    (t.starts_with("I ") || t.starts_with("I'm ") || t.starts_with("I’m "))
        && it.shape().words <= 20
        && t.trim_end().ends_with('.')
}

/// A headline that quotes its speaker behind a speech dash ("– I wrote
/// the book because I could not say it aloud"), as Nordic and Slavic
/// papers print interviews: line `k` opens with an en or em dash, so it
/// reads as a list item, but no list item stands right above or below it.
pub(super) fn quote_headline(items: &[Item<'_>], k: usize) -> bool {
    let bullet = |o: Option<&Item<'_>>| o.is_some_and(|o| matches!(o.kind, Kind::Bullet(_)));
    let Some(it) = items.get(k) else { return false };
    bullet(Some(it))
        && it.text.trim_start().starts_with(['–', '—'])
        && !bullet(k.checked_sub(1).and_then(|j| items.get(j)))
        && !bullet(items.get(k + 1))
}
