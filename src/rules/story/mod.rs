//! Story finding: the title, the header block under it, the body, the tail,
//! and further stories appended below (infinite scroll).

use super::kind::{BylineDates, Dates, Kind, PackedShape, Shape, Snippet};
use crate::grammar::byline::{self, Byline, Trailer};
use crate::grammar::caption::CaptionParts;
use crate::grammar::date::DateRole;
use crate::grammar::dateline::{self, Dateline};
use crate::lexicon::Boiler;
use crate::lines::text;
use crate::{BlockKind, Preference, RemovalReason};

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

/// What a line became.
#[derive(Debug, Clone)]
pub(crate) enum Assign {
    Unassigned,
    Title(Box<Snippet>),
    Subtitle,
    Section(Box<Snippet>),
    ReadingTime(u32),
    Dates(Box<Dates>),
    /// The dates of the line's own kind (a date line or a dated headline),
    /// moved out of it into [`Assign::Dates`] once the stories are found
    /// (not copied: a page of date lines would hold them twice).
    LineDates,
    Byline(Box<BylineDates>),
    KeyPoint(Box<Snippet>),
    Caption(Box<CaptionParts>),
    CaptionCredit,
    /// The text, or `None` for the line's own text (copied when the
    /// article is assembled).
    Body(BlockKind, Option<Box<Snippet>>),
    /// The dateline, and the paragraph text after it.
    Dateline(Box<(Dateline, Box<str>)>),
    Related(Box<Snippet>),
    Trailer(Box<Trailer>),
    AuthorName(Box<Snippet>),
    Removed(RemovalReason),
}

/// A story: items `start..end`, with its title item.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Story {
    pub start: usize,
    pub end: usize,
}

fn is_text(it: &Item<'_>) -> bool {
    matches!(it.kind, Kind::Text)
}

fn is_prose_text(it: &Item<'_>) -> bool {
    is_text(it) && it.shape().prose()
}

/// A short line that could be a menu entry.
fn is_menu_like(it: &Item<'_>) -> bool {
    match &it.kind {
        Kind::Boiler(Boiler::Navigation) => true,
        Kind::Text => it.shape().words <= 4 && !it.shape().terminal,
        _ => false,
    }
}

fn hard_tail(kind: &Kind) -> bool {
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

fn soft_removal(kind: &Kind) -> Option<RemovalReason> {
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

/// Segments `items` into stories and assigns every item.
pub(crate) fn segment(items: &[Item<'_>], pref: Preference) -> (Vec<Story>, Vec<Assign>) {
    let mut assign = vec![Assign::Unassigned; items.len()];
    let mut stories = Vec::new();
    if items.is_empty() {
        return (stories, assign);
    }
    let mut start = 0usize;
    let region = main_region(items);
    let mut title = find_first_title(items, region);
    let mut limit = Some(region);
    loop {
        let next = process_story(items, &mut assign, start, title, limit, pref);
        limit = None;
        match next {
            Some((ns, nt)) if ns > start && nt >= ns => {
                stories.push(Story { start, end: ns });
                start = ns;
                title = Some(nt);
            }
            _ => {
                stories.push(Story {
                    start,
                    end: items.len(),
                });
                break;
            }
        }
    }
    (stories, assign)
}

/// Index of the first item that starts two consecutive prose lines.
fn first_prose_pair(items: &[Item<'_>], from: usize) -> usize {
    let mut i = from;
    while i + 1 < items.len() {
        if let (Some(a), Some(b)) = (items.get(i), items.get(i + 1)) {
            if is_prose_text(a)
                && a.text != b.text
                && (is_prose_text(b) || matches!(b.kind, Kind::AfpHeading(_)))
            {
                return i;
            }
        }
        i += 1;
    }
    items.len()
}

fn repeats_within(items: &[Item<'_>], i: usize, window: usize) -> usize {
    let Some(it) = items.get(i) else { return 0 };
    items
        .iter()
        .skip(i + 1)
        .take(window)
        .filter(|o| o.text == it.text)
        .count()
}

fn is_meta(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Byline(..) | Kind::Date(_) | Kind::DateByline(..) | Kind::ReadingTime(_)
    )
}

/// Lines a headline block may have between its parts without breaking it:
/// share rows, labels, menus, stray glyphs, photos and their credits.
/// Computed once a line (the windows that look for fillers overlap).
fn is_filler(it: &Item<'_>) -> bool {
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
fn next_two<'i, 'a>(
    items: &'i [Item<'a>],
    i: usize,
) -> (Option<&'i Item<'a>>, Option<&'i Item<'a>>) {
    let mut it = items.iter().skip(i + 1).take(8).filter(|o| !is_filler(o));
    (it.next(), it.next())
}

/// Most of the line's words carry digits (score lines, table rows, prices).
fn digit_heavy(text: &str) -> bool {
    let (mut n, mut d) = (0usize, 0usize);
    for w in text.split_whitespace().take(30) {
        n += 1;
        if w.chars().any(|c| c.is_ascii_digit()) {
            d += 1;
        }
    }
    n > 0 && d * 5 >= n * 2
}

/// A line under a headline that names its author: a byline with authors,
/// or a person's name alone.
fn names_author(n: &Item<'_>) -> bool {
    match &n.kind {
        Kind::Byline(bd) | Kind::DateByline(bd) => !bd.by.authors.is_empty(),
        Kind::Text => n.shape().words <= 5 && n.is_person_name(),
        _ => false,
    }
}

/// What printing a line again close by adds to its headline score.
/// How often a line is printed on the whole page, and whether before the
/// headline window (the page's title, a teaser list).
#[derive(Debug, Clone, Copy, Default)]
struct Printed {
    times: usize,
    before: bool,
}

fn repeat_bonus(items: &[Item<'_>], i: usize) -> f32 {
    let Some(it) = items.get(i) else { return 0.0 };
    let mut b = 0.0;
    if repeats_within(items, i, 12) > 0 {
        b += 2.0;
    }
    if next_two(items, i).0.is_some_and(|n| n.text == it.text) {
        b += 3.0;
    }
    b
}

fn title_score(items: &[Item<'_>], i: usize, question_ok: bool, seen: Printed) -> Option<f32> {
    let it = items.get(i)?;
    if let Kind::DateTitle(..) = it.kind {
        return Some(10.0);
    }
    // Tested again below; first, before the tests of the lines around it.
    if !is_text(it) || it.shape().words > 25 {
        return None;
    }
    // A question or exclamation may be the headline even though it reads as
    // a sentence.
    let (next, next2) = next_two(items, i);
    let question =
        question_ok && it.shape().words <= 20 && it.text.trim_end().ends_with(['?', '!']);
    // A headline ending in a full stop ("They just might be."), an
    // exclamation or a question right above its date or byline.
    let stop_ended = it.shape().words <= 20
        && it.shape().starts_upper
        && it.text.trim_end().ends_with(['.', '!', '?'])
        // Not the standfirst or caption under a headline or inside its header block.
        && !items
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(4)
            .find(|p| !is_filler(p))
            .is_some_and(|p| {
                is_text(p) && p.shape().titleish(p.text) && !crate::lexicon::is_ui_line(p.text)
                    || is_meta(&p.kind)
            })
        && next.is_some_and(|n| names_author(n) || is_meta(&n.kind));
    // Tested once (it is used twice).
    let titleish = it.shape().titleish(it.text);
    if !is_text(it) || !(titleish || question || stop_ended) || it.shape().words > 25 {
        return None;
    }
    // A headline is printed a few times on a page (document title, heading,
    // teasers); a label or a table header many times, and then repetition
    // says nothing.
    let mut s = 1.0f32;
    let rep = repeat_bonus(items, i);
    if seen.times < 4 {
        if rep > 0.0 {
            s += rep;
        } else if seen.before && it.shape().words >= 5 {
            s += 1.5;
        }
    }
    // A sentence-like headline needs its byline or date block right under it.
    if !titleish
        && !next
            .into_iter()
            .chain(next2)
            .any(|n| names_author(n) || is_meta(&n.kind))
    {
        return None;
    }
    if next.is_some_and(names_author) {
        s += 4.0;
    } else if next.is_some_and(|n| is_meta(&n.kind)) {
        s += 3.0;
    } else if next2.is_some_and(|n| is_meta(&n.kind)) {
        s += 2.0;
    }
    // Headline, standfirst, then the byline or date block.
    if next.is_some_and(|n| is_text(n) && n.shape().words >= 6 && n.text != it.text) {
        // A standfirst reads as a sentence; a second headline-like line under
        // a short one is more likely the headline under a label.
        let longer = next.is_some_and(|n| {
            n.shape().words >= it.shape().words + 3 && (n.shape().terminal || n.shape().words >= 16)
        });
        if next2.is_some_and(names_author) || (longer && next2.is_some_and(|n| is_meta(&n.kind))) {
            s += 4.5;
        } else if next2.is_some_and(|n| n.kind.is_header_material()) {
            s += 2.0;
        }
    }
    // A standfirst right under a shorter headline.
    // (Pure tests, the title-case test last.)
    if i > 0
        && (it.shape().terminal || it.shape().words >= 16)
        && next.is_some_and(|n| is_meta(&n.kind))
        && items.get(i - 1).is_some_and(|p| {
            is_text(p) && p.shape().words + 3 <= it.shape().words && p.shape().titleish(p.text)
        })
    {
        s -= 2.0;
    }
    // Interface lines and bylines without "By" are not headlines.
    if crate::lexicon::is_ui_line(it.text) || crate::lexicon::is_count_line(it.text) {
        s -= 4.0;
    }
    if it.text.split_once(',').is_some_and(|(head, tail)| {
        tail.split_whitespace().count() <= 4 && byline::is_person_name(head)
    }) {
        s -= 3.0;
    }
    // A line ending in a colon introduces what follows ("Here's why:").
    if it.text.trim_end().ends_with(':') {
        s -= 2.0;
    }
    // Score lines and table rows are not headlines.
    if digit_heavy(it.text) {
        s -= 3.0;
    }
    if items.iter().skip(i + 1).take(3).any(is_prose_text) {
        s += 1.0;
    }
    if (5..=20).contains(&it.shape().words) {
        s += 1.0;
    }
    // A line inside a menu run is not a headline.
    let menu = |k: usize| items.get(k).is_some_and(is_menu_like);
    let prev_menu = i > 0 && menu(i - 1);
    // A share counter ("197 Shares") starts a share row, not more menu.
    let next_menu = menu(i + 1)
        && !items
            .get(i + 1)
            .is_some_and(|n| crate::lexicon::is_count_line(n.text));
    // A line after a run of menu items and before a subscribe button ends the menu.
    let next_subscribe = items
        .get(i + 1)
        .is_some_and(|n| matches!(n.kind, Kind::Newsletter | Kind::Boiler(Boiler::Newsletter)));
    let long_menu_before = i > 2 && prev_menu && menu(i - 2) && menu(i - 3);
    if prev_menu && next_menu && ((i > 1 && menu(i - 2)) || menu(i + 2))
        || long_menu_before && next_subscribe
    {
        s -= 3.0;
    }
    Some(s)
}

/// Body-likeness of one line, for finding the densest run of article text.
fn item_score(it: &Item<'_>) -> f32 {
    match &it.kind {
        Kind::Text if it.shape().prose() => {
            // Longer lines and lines dense in function words read as article text.
            let base = (it.shape().words.min(80) as f32) / 10.0 - 0.2;
            let ratio = it.shape().stop_ratio();
            let bonus = if ratio >= 0.25 {
                1.0
            } else if ratio < 0.08 && it.text.is_ascii() {
                -0.5
            } else {
                0.0
            };
            base + bonus + (it.shape().sentences.min(4) as f32) * 0.3
        }
        Kind::Text if it.shape().words >= 8 => 0.3,
        Kind::Text if it.shape().words <= 2 => -1.2,
        Kind::Text => -0.6,
        Kind::AfpHeading(_) | Kind::Bullet(_) => 0.2,
        Kind::Caption(_) | Kind::Credit(_) | Kind::Glyph | Kind::Separator => -0.1,
        Kind::Boiler(Boiler::Advertisement) => -0.2,
        Kind::Date(_)
        | Kind::Byline(..)
        | Kind::DateByline(..)
        | Kind::ReadingTime(_)
        | Kind::Trailer(_) => -0.3,
        Kind::InlineRelated(_) => -0.5,
        Kind::Newsletter => -1.0,
        Kind::Boiler(Boiler::RelatedHeader | Boiler::PrevNext) => -3.0,
        k if hard_tail(k) => -8.0,
        _ => -1.5,
    }
}

/// The densest run of article text (maximum-sum run of line scores), as
/// item indices `(first, one past last)`. Prose after a comments marker
/// counts against the run. Linear time.
fn main_region(items: &[Item<'_>]) -> (usize, usize) {
    let mut best = (0.0f32, 0usize, 0usize);
    let (mut cur, mut cur_start) = (0.0f32, 0usize);
    let mut in_comments = false;
    for (i, it) in items.iter().enumerate() {
        match it.kind {
            // Only a comment section's heading ("3 thoughts on ...") starts the
            // comments; form fields alone ("Submit") may sit anywhere on a page.
            Kind::CommentsHeader => in_comments = true,
            Kind::Boiler(
                Boiler::RelatedHeader | Boiler::PrevNext | Boiler::NextStory | Boiler::Footer,
            ) => in_comments = false,
            _ => {}
        }
        let mut sc = item_score(it);
        if in_comments && sc > 0.0 {
            sc = -1.0;
        }
        if cur <= 0.0 {
            cur = 0.0;
            cur_start = i;
        }
        cur += sc;
        if cur > best.0 {
            best = (cur, cur_start, i + 1);
        }
    }
    if best.2 == 0 {
        (0, items.len())
    } else {
        (best.1, best.2)
    }
}

/// True when the norm of `it` ([`Item::norm`]) is shorter than `n` bytes,
/// told without computing it when the line is ASCII and shorter: each byte
/// of such a norm is a letter or digit of the line, or a space standing
/// for at least one other byte of it. (False when that does not tell.)
fn norm_shorter_than(it: &Item<'_>, n: usize) -> bool {
    it.text.len() < n && it.text.is_ascii()
}

/// Is `other` the same headline as `it`, possibly with a site name glued on
/// ("Headline | Site", "Section|Headline")?
fn same_headline(it: &Item<'_>, other: &Item<'_>) -> bool {
    let a = it.norm();
    if a.is_empty() || norm_shorter_than(other, a.len()) {
        return false;
    }
    let b = other.norm();
    if b == a {
        return true;
    }
    b.len() > a.len()
        && b.len() < a.len() + 40
        && (b.starts_with(a) || b.ends_with(a))
        && other.text.contains(['|', '-', '–', '—', ':', '·'])
}

/// Share of a line's content words (not function words, 3+ letters) that occur in `vocab`.
fn overlap(it: &Item<'_>, vocab: &Vocab<'_>) -> f32 {
    let (mut n, mut hit) = (0usize, 0usize);
    for w in it.norm().split_ascii_whitespace() {
        if w.chars().count() < 3 || crate::lexicon::is_stopword(w) {
            continue;
        }
        n += 1;
        if vocab.contains(w) {
            hit += 1;
        }
    }
    if n == 0 { 0.0 } else { hit as f32 / n as f32 }
}

/// The parts of a headline candidate's score that come after its overlap
/// with the article text (see [`find_first_title`]).
#[derive(Debug, Clone, Copy)]
struct After {
    /// It ends with "»" or "›" (a link).
    guillemet: bool,
    below_header: bool,
    slug: bool,
}

/// A filter of words: 1024 bits, one set for each word put in, picked by
/// its length and its first two and last bytes. It holds every word put in
/// and may hold others.
#[derive(Debug, Default)]
struct WordFilter([u64; 16]);

impl WordFilter {
    fn bit(w: &str) -> (usize, u64) {
        let b = w.as_bytes();
        let byte = |k: Option<&u8>| u32::from(k.copied().unwrap_or(0));
        let key = byte(b.first()) | byte(b.get(1)) << 8 | byte(b.last()) << 16;
        let h = (key ^ (w.len() as u32) << 24).wrapping_mul(0x9E37_79B1) >> 22;
        ((h >> 6) as usize, 1u64 << (h & 63))
    }

    fn insert(&mut self, w: &str) {
        let (k, m) = WordFilter::bit(w);
        if let Some(x) = self.0.get_mut(k) {
            *x |= m;
        }
    }

    fn may_hold(&self, w: &str) -> bool {
        let (k, m) = WordFilter::bit(w);
        self.0.get(k).is_some_and(|x| x & m != 0)
    }
}

fn find_first_title(items: &[Item<'_>], region: (usize, usize)) -> Option<usize> {
    let r0 = region.0.min(items.len());
    // Candidates: up to 40 lines before the dense run and through its
    // header, until the first two consecutive prose lines.
    // Bounded so that pages without prose stay linear.
    let hi = first_prose_pair(items, r0).max(r0).min(r0 + 60);
    let lo = r0.saturating_sub(40);
    let p = hi;
    // How often each candidate line is printed on the whole page: a headline
    // is printed a few times at most, a table header or a label many times.
    // Per candidate text: (times printed, printed before the window).
    let mut printed: std::collections::HashMap<&str, Printed, crate::table::FastBuild> = items
        .get(lo..=hi.min(items.len().saturating_sub(1)))
        .unwrap_or(&[])
        .iter()
        .map(|it| (it.text, Printed::default()))
        .collect();
    for (k, it) in items.iter().enumerate() {
        if let Some(c) = printed.get_mut(it.text) {
            c.times += 1;
            c.before |= k < lo;
        }
    }
    let slugs = url_slugs(items);
    // The scored candidates in order: their score before the overlap with
    // the article text, and what comes after it (see below).
    let mut scored: Vec<(usize, f32, After)> = Vec::new();
    // The first line of the text itself may be a question headline.
    for i in lo..=hi {
        let seen = items
            .get(i)
            .and_then(|it| printed.get(it.text))
            .copied()
            .unwrap_or_default();
        if let Some(mut s) = title_score(items, i, i == hi, seen) {
            // Distance to the text, counted in lines that could be content.
            let dist = items
                .get(i..hi)
                .unwrap_or(&[])
                .iter()
                .filter(|o| is_text(o) && o.shape().words >= 3)
                .count();
            s -= 0.15 * dist as f32;
            // Lines of a highlights list, or lines the body repeats, are not the headline.
            let in_list = items
                .get(lo..i)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|o| {
                    is_text(o) || matches!(o.kind, Kind::Boiler(Boiler::KeyPointsHeader))
                })
                .any(|o| matches!(o.kind, Kind::Boiler(Boiler::KeyPointsHeader)));
            if in_list || echo_later(items, i) {
                s -= 4.0;
            }
            let Some(it) = items.get(i) else { continue };
            let after = After {
                guillemet: it.text.ends_with(['»', '›']),
                // A headline comes before its byline and date: a line below a
                // headline + meta block, with no meta of its own, is inside the story.
                below_header: below_header_block(items, i, lo),
                // The page's own address often spells the headline ("/nelson-s-ot-goal-lifts-isles-1484.php").
                slug: slug_match(it.text, &slugs),
            };
            scored.push((i, s, after));
        }
    }
    // The words the candidates' overlaps look up, of three bytes or more (a
    // word of fewer bytes has fewer than three characters), and those of the
    // article text that may be among them: only those are put in the
    // vocabulary (the filter passes every word the candidates hold).
    let mut asked = WordFilter::default();
    let mut asked_words = 0usize;
    for &(i, ..) in &scored {
        for w in items
            .get(i)
            .map_or("", |it| it.norm())
            .split_ascii_whitespace()
        {
            if w.len() >= 3 {
                asked.insert(w);
                asked_words += 1;
            }
        }
    }
    // Words of the article text: a headline shares its vocabulary with the body.
    let lines = || {
        items
            .iter()
            .skip(r0)
            .take(region.1.saturating_sub(r0).min(60))
            .filter(|it| is_prose_text(it))
    };
    // Sized up front (a hint only, bounded; about half the words of a text
    // are new ones, and few pass the filter): growing it rehashes every word.
    let words: usize = lines().map(|it| it.shape().words).sum();
    let mut vocab = Vocab::with_capacity((words / 2).min(2 * asked_words).min(4096));
    for w in lines().flat_map(|it| it.norm().split_ascii_whitespace()) {
        if w.len() >= 3 && asked.may_hold(w) {
            vocab.insert(w);
        }
    }
    // The lines a headline may be printed again on (the same for every
    // candidate), with the length of their norm: [`same_headline`] holds
    // only for a norm as long as the candidate's or up to 39 bytes longer.
    // Lines whose norm is known to be shorter than every candidate's are
    // left out (their norms are not computed, as `same_headline` would not).
    // (A candidate with an empty norm is printed again nowhere.)
    let shortest = scored
        .iter()
        .filter_map(|&(i, ..)| items.get(i))
        .map(|it| it.norm().len())
        .filter(|&n| n > 0)
        .min();
    let from = lo.saturating_sub(20);
    let again: Vec<(usize, &Item<'_>, usize)> = items
        .iter()
        .enumerate()
        .skip(from)
        .take(shortest.map_or(0, |_| hi + 10 - from))
        .filter(|(_, o)| !norm_shorter_than(o, shortest.unwrap_or(0)))
        .map(|(k, o)| (k, o, o.norm().len()))
        .collect();
    let mut best: Option<(f32, usize)> = None;
    for (i, mut s, after) in scored {
        let Some(it) = items.get(i) else { continue };
        // A headline shares words with its story; a label above it does not.
        // (The score's steps in their first order: the same sums.)
        let ov = overlap(it, &vocab);
        s += 4.0 * ov;
        if ov == 0.0 && it.shape().words > it.shape().stops + 1 {
            s -= 1.5;
        }
        if after.guillemet {
            s -= 3.0;
        }
        if after.below_header {
            s -= 3.0;
        }
        if after.slug {
            s += 3.0;
        }
        // The headline is often printed again elsewhere on the page.
        let n = it.norm().len();
        let echoed = again.iter().any(|&(k, o, len)| {
            k != i && (n..n + 40).contains(&len) && same_headline(it, o) && o.text != it.text
        });
        if echoed {
            s += 2.0;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, i));
        }
    }
    if let Some((_, i)) = best {
        let i = unglued_variant(items, i, lo, hi);
        // The first printing of the chosen headline is the title; later ones are repeats.
        let first = items
            .get(i)
            .and_then(|t| (lo..i).find(|&k| items.get(k).is_some_and(|o| o.text == t.text)));
        return Some(first.unwrap_or(i));
    }
    // Fall back to the first short text line, then to nothing.
    items
        .iter()
        .take(p.max(1))
        .position(|it| is_text(it) && it.shape().words <= 30 && !it.shape().prose())
}

/// Most addresses read for their slugs.
const MAX_SLUGS: usize = 8;
/// Lines at the top of the page where its own address is printed (further
/// down, addresses are links to other stories).
const SLUG_LINES: usize = 20;

/// The words of the last path segment of the web addresses printed at the
/// top of the page ("https://example.com/sport/nelson-s-ot-goal-lifts-isles-1484.php"
/// gives nelson, s, ot, goal, lifts, isles), for slugs of three words or more.
fn url_slugs(items: &[Item<'_>]) -> Vec<Vec<String>> {
    items
        .iter()
        .take(SLUG_LINES)
        .filter(|it| it.text.len() <= 300 && it.text.contains("://"))
        .filter_map(|it| {
            let url = it.text.split_whitespace().find(|w| w.contains("://"))?;
            let path = url.split(['?', '#']).next()?;
            let last = path.trim_end_matches('/').rsplit('/').next()?;
            let stem = last.split('.').next()?;
            let words: Vec<String> = stem
                .split(['-', '_'])
                .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
                .map(str::to_ascii_lowercase)
                .collect();
            (words.len() >= 3).then_some(words)
        })
        .take(MAX_SLUGS)
        .collect()
}

/// True when three quarters or more of the words of `text` (three or more)
/// are words of one slug.
fn slug_match(text: &str, slugs: &[Vec<String>]) -> bool {
    if slugs.is_empty() {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() >= 3
        && slugs.iter().any(|slug| {
            let hit = words.iter().filter(|w| slug.contains(w)).count();
            hit * 4 >= words.len() * 3
        })
}

/// True when `i` has no byline or date under it but sits under another
/// headline-like line that has one (within eight lines above).
fn below_header_block(items: &[Item<'_>], i: usize, lo: usize) -> bool {
    let (n1, n2) = next_two(items, i);
    if n1
        .into_iter()
        .chain(n2)
        .any(|n| names_author(n) || is_meta(&n.kind))
    {
        return false;
    }
    let from = i.saturating_sub(8).max(lo);
    (from..i).any(|m| {
        items.get(m).is_some_and(|o| is_meta(&o.kind))
            && (m.saturating_sub(3).max(from)..m).any(|t| {
                items.get(t).is_some_and(|o| {
                    is_text(o)
                        && o.shape().words >= 4
                        && (o.shape().titleish(o.text)
                            || o.shape().words <= 20 && o.shape().starts_upper)
                })
            })
    })
}

/// A line near `i` (within two lines) printing the same headline without
/// words glued before or after it ("Home News Business Headline" next to
/// "Headline"): the shorter printing is the title.
fn unglued_variant(items: &[Item<'_>], i: usize, lo: usize, hi: usize) -> usize {
    let Some(it) = items.get(i) else { return i };
    let (a, b) = (i.saturating_sub(2).max(lo), (i + 2).min(hi));
    (a..=b)
        .filter(|&k| k != i)
        .find(|&k| {
            items.get(k).is_some_and(|o| {
                is_text(o)
                    && o.shape().words >= 4
                    && o.norm().len() < it.norm().len()
                    && (it.norm().ends_with(o.norm()) || it.norm().starts_with(o.norm()))
            })
        })
        .unwrap_or(i)
}

/// A one- or two-word label of a teaser card ("Business").
fn is_card_label(it: &Item<'_>) -> bool {
    is_text(it) && it.shape().words <= 2 && !it.shape().prose()
}

/// The share of `head`'s content words (three letters or more, not function
/// words) that `other` prints too.
fn echo_share(head: &Item<'_>, other: &Item<'_>) -> f32 {
    let mut words = Vocab::with_capacity(0);
    for w in other.norm().split_ascii_whitespace() {
        words.insert(w);
    }
    overlap(head, &words)
}

/// A set of words: those of at most 15 bytes packed into integers with
/// their length (hashed in two steps and compared without `memcmp`), the
/// longer ones as strings.
struct Vocab<'a> {
    short: std::collections::HashSet<u128, crate::table::FastBuild>,
    long: std::collections::HashSet<&'a str, crate::table::FastBuild>,
}

impl<'a> Vocab<'a> {
    fn with_capacity(n: usize) -> Self {
        Vocab {
            short: std::collections::HashSet::with_capacity_and_hasher(n, Default::default()),
            long: std::collections::HashSet::default(),
        }
    }

    /// `w` as an integer: its bytes, then its length in the top byte; `None`
    /// when it is longer than 15 bytes. Two words have the same key only
    /// when they are the same.
    fn key(w: &str) -> Option<u128> {
        if w.len() > 15 {
            return None;
        }
        let k = w.bytes().rev().fold(0u128, |k, b| (k << 8) | u128::from(b));
        Some(k | (w.len() as u128) << 120)
    }

    fn insert(&mut self, w: &'a str) {
        match Vocab::key(w) {
            Some(k) => self.short.insert(k),
            None => self.long.insert(w),
        };
    }

    fn contains(&self, w: &str) -> bool {
        match Vocab::key(w) {
            Some(k) => self.short.contains(&k),
            None => self.long.contains(w),
        }
    }
}

/// A headline of a further story: a title-like line followed by its own
/// repeat or by a date/byline, with prose soon after.
fn is_anchor(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    // Pure tests, taken cheapest first (the title-case test last but one).
    if !is_text(it) || it.shape().words > 25 {
        return false;
    }
    let next_meta = items.get(j + 1).is_some_and(|n| is_meta(&n.kind));
    if !(next_meta || repeats_within(items, j, 4) > 0) || !it.shape().titleish(it.text) {
        return false;
    }
    // Prose soon after it.
    items
        .iter()
        .skip(j + 1)
        .take(10)
        .filter(|n| is_prose_text(n))
        .count()
        >= 2
}

/// Assigns one story's items; returns the (start, title) of the next story, if any.
fn process_story(
    items: &[Item<'_>],
    assign: &mut [Assign],
    start: usize,
    title: Option<usize>,
    region: Option<(usize, usize)>,
    pref: Preference,
) -> Option<(usize, usize)> {
    let n = items.len();
    let t = title.unwrap_or(start).min(n);
    pre_title(items, assign, start, t);
    let title_text = match (title, items.get(t)) {
        (Some(_), Some(it)) => {
            // A " date 2025-02-24 Headline" header is the title line; its dates
            // are read back from the item's kind when the article is assembled.
            let txt = match &it.kind {
                Kind::DateTitle(dt) => dt.1.to_string(),
                _ => it.text.to_string(),
            };
            set(assign, t, Assign::Title(txt.as_str().into()));
            Some(txt)
        }
        _ => None,
    };
    let mut body_start = header(
        items,
        assign,
        if title.is_some() { t + 1 } else { t },
        title_text.as_deref(),
    );
    // Page text between the header and the dense run of article text is not
    // body (kept when recall is preferred).
    if let Some((r0, _)) = region.filter(|_| pref != Preference::Recall) {
        if r0 > body_start {
            gap(items, assign, body_start, r0);
            body_start = r0;
        }
    }
    // Favouring recall, the body runs on to the first clear boundary instead
    // of stopping where the dense run of text ends.
    let limit = region.map(|r| r.1).filter(|_| pref != Preference::Recall);
    let (body_end, next) = body(
        items,
        assign,
        body_start,
        limit,
        title_text.as_deref(),
        pref,
    );
    let authors = story_authors(assign, start, body_start);
    trim_body_end(items, assign, body_start, body_end, &authors);
    // A further story starting inside the body ends this one there.
    if next.is_some() {
        return next;
    }
    tail(items, assign, body_end, title_text.as_deref())
}

/// Lines between the header block and the article text.
fn gap(items: &[Item<'_>], assign: &mut [Assign], from: usize, to: usize) {
    for i in from..to {
        let Some(it) = items.get(i) else { continue };
        let a = match &it.kind {
            Kind::Date(_) => Assign::LineDates,
            Kind::Byline(bd) | Kind::DateByline(bd) => Assign::Byline(bd.clone()),
            Kind::Caption(c) => caption_at(items, assign, i, c),
            Kind::Credit(c) => attach_credit(assign, i, c),
            Kind::Bullet(s) => Assign::KeyPoint(s.clone()),
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            // "BAAR, SWITZERLAND" on its own right above the text.
            Kind::Text if i + 1 == to => match dateline::parse_place_line(it.text) {
                Ok(d) => Assign::Dateline(Box::new((d.value, Box::default()))),
                Err(_) => Assign::Removed(RemovalReason::BeforeStory),
            },
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::BeforeStory)),
        };
        set(assign, i, a);
    }
}

fn pre_title(items: &[Item<'_>], assign: &mut [Assign], start: usize, t: usize) {
    // Run of menu-like lines ending right before the title.
    let mut run_start = t;
    while run_start > start && items.get(run_start - 1).is_some_and(is_menu_like) {
        run_start -= 1;
    }
    let lone_label = t > start && t - run_start == 1;
    for i in start..t {
        let Some(it) = items.get(i) else { continue };
        let a = match &it.kind {
            Kind::Breadcrumb(last) => Assign::Section(last.clone()),
            Kind::SectionPrefix(s) => Assign::Section(s.clone()),
            Kind::Date(_) => Assign::LineDates,
            Kind::Byline(bd) | Kind::DateByline(bd) => Assign::Byline(bd.clone()),
            Kind::ReadingTime(m) => Assign::ReadingTime(*m),
            Kind::Caption(c) => caption_at(items, assign, i, c),
            Kind::Credit(c) => attach_credit(assign, i, c),
            Kind::Text if lone_label && i + 1 == t && it.shape().words <= 4 => {
                Assign::Section(it.text.into())
            }
            Kind::Text if i >= run_start || is_menu_like(it) => {
                Assign::Removed(RemovalReason::Navigation)
            }
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::BeforeStory)),
        };
        if let Some(slot) = assign.get_mut(i) {
            *slot = a;
        }
    }
}

/// Tokens of a normalised line appear as a contiguous run inside another:
/// the searcher for the small line is built once and tried on many lines.
/// The searcher is built on first use.
struct Echo<'a> {
    small: &'a str,
    /// Where in `small` the search anchors (see [`Echo::few_starts`]),
    /// found on first use.
    anchor: std::cell::OnceCell<usize>,
    finder: std::cell::OnceCell<memchr::memmem::Finder<'a>>,
}

/// How common a byte is in normalised text (lower-case letters and digits
/// between single spaces), from English letter frequencies.
fn rarity(b: u8) -> u8 {
    match b {
        b' ' => 30,
        b'e' => 29,
        b't' => 28,
        b'a' => 27,
        b'o' => 26,
        b'i' => 25,
        b'n' => 24,
        b's' => 23,
        b'h' => 22,
        b'r' => 21,
        // Lead bytes of characters outside ASCII: the same few for a script.
        0xC0..=0xFF => 20,
        b'd' | b'l' => 19,
        b'c' | b'u' | b'm' => 17,
        b'w' | b'f' | b'g' | b'y' | b'p' => 14,
        b'b' | b'v' => 10,
        b'k' => 8,
        b'0'..=b'9' => 6,
        b'j' | b'x' | b'q' | b'z' => 4,
        _ => 12,
    }
}

/// How many leading bytes of the text looked for [`Echo`] weighs to pick
/// the byte its search jumps to.
const ANCHOR_WINDOW: usize = 16;

impl<'a> Echo<'a> {
    fn new(small: &'a str) -> Self {
        Echo {
            small,
            anchor: std::cell::OnceCell::new(),
            finder: std::cell::OnceCell::new(),
        }
    }

    /// `small` appears inside the longer `big` (as `big.contains(small)`),
    /// and is at least 12 bytes long.
    fn in_(&self, big: &str) -> bool {
        if self.small.len() < 12 || big.len() <= self.small.len() {
            return false;
        }
        if self.finder.get().is_none()
            && let Some(found) = self.few_starts(big.as_bytes())
        {
            return found;
        }
        self.finder
            .get_or_init(|| memchr::memmem::Finder::new(self.small.as_bytes()))
            .find(big.as_bytes())
            .is_some()
    }

    /// The search without building the searcher (which costs more than a few
    /// comparisons): the places where the rarest of the first bytes of
    /// `small` occurs (see [`rarity`]; at its offset `k` in `small`, so that
    /// `small` would start `k` bytes before and end inside `big`) are
    /// compared with it, up to 8 of them; `None` when there are more. Every
    /// place where `small` starts is one of them, whichever byte is picked;
    /// a rare one gives fewer places to compare.
    fn few_starts(&self, big: &[u8]) -> Option<bool> {
        let small = self.small.as_bytes();
        let k = *self.anchor.get_or_init(|| {
            small
                .iter()
                .take(ANCHOR_WINDOW)
                .enumerate()
                .min_by_key(|&(_, &b)| rarity(b))
                .map_or(0, |(k, _)| k)
        });
        let (&a, &b0) = (small.get(k)?, small.first()?);
        let last_start = big.len().checked_sub(small.len())?;
        let mut tries = 0usize;
        // `p` is where `small` would start: the picked byte is at `p + k`.
        for p in memchr::memchr_iter(a, big.get(k..=last_start + k)?) {
            if big.get(p) != Some(&b0) {
                continue;
            }
            tries += 1;
            if tries > 8 {
                return None;
            }
            if big.get(p..).is_some_and(|r| r.starts_with(small)) {
                return Some(true);
            }
        }
        Some(false)
    }
}

fn echo_later(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    if it.shape().words < 5 || it.norm().len() < 12 {
        return false;
    }
    let echo = Echo::new(it.norm());
    items.iter().skip(j + 1).take(60).any(|o| {
        matches!(o.kind, Kind::Text)
            && !norm_shorter_than(o, it.norm().len() + 1)
            && echo.in_(o.norm())
            // "Share this: Headline" or "Headline | Site" prints the line
            // again with a label; that is not the text repeating it.
            && !((o.norm().starts_with(it.norm()) || o.norm().ends_with(it.norm()))
                && o.shape().words <= it.shape().words + 6)
    })
}

fn set(assign: &mut [Assign], i: usize, a: Assign) {
    if let Some(slot) = assign.get_mut(i) {
        *slot = a;
    }
}

/// The header block under the title; returns the index where the body starts.
fn header(items: &[Item<'_>], assign: &mut [Assign], from: usize, title: Option<&str>) -> usize {
    let mut j = from;
    let mut kp_mode = false;
    let mut seen_text = false;
    while let Some(it) = items.get(j) {
        let next = items.get(j + 1);
        let a = match &it.kind {
            Kind::Text => {
                if Some(it.text) == title {
                    Assign::Removed(RemovalReason::TitleRepeat)
                } else if next.is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
                    && it.shape().words <= 80
                    && !credit_heads_caption(items, j + 1)
                {
                    caption_pair(items, assign, j);
                    j += 2;
                    continue;
                } else if it.is_person_name() {
                    let b = Byline {
                        authors: vec![it.text.to_string()],
                        ..Byline::default()
                    };
                    Assign::Byline(BylineDates::new(b, []))
                } else if kp_mode
                    && it.shape().words <= 45
                    && dateline::parse_dateline(it.text).is_err()
                {
                    Assign::KeyPoint(it.text.into())
                } else if !seen_text
                    && it.shape().words >= 4
                    && next.is_some_and(|n| n.kind.is_header_material() || Some(n.text) == title)
                    && dateline::parse_dateline(it.text).is_err()
                {
                    seen_text = true;
                    Assign::Subtitle
                } else if !it.shape().terminal && echo_later(items, j) {
                    Assign::KeyPoint(it.text.into())
                } else {
                    return j;
                }
            }
            Kind::Bullet(s) => {
                kp_mode = true;
                Assign::KeyPoint(s.clone())
            }
            Kind::Boiler(Boiler::KeyPointsHeader) => {
                kp_mode = true;
                Assign::Removed(RemovalReason::Label)
            }
            Kind::Date(_) => Assign::LineDates,
            Kind::DateTitle(_) => Assign::LineDates,
            Kind::Byline(bd) | Kind::DateByline(bd) => Assign::Byline(bd.clone()),
            Kind::ReadingTime(m) => Assign::ReadingTime(*m),
            Kind::SectionPrefix(s) | Kind::Breadcrumb(s) => Assign::Section(s.clone()),
            Kind::Caption(c) => caption_at(items, assign, j, c),
            Kind::Credit(c) => attach_credit(assign, j, c),
            Kind::Trailer(t) => Assign::Trailer(t.clone()),
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::AfpHeading(_) => return j,
            k if hard_tail(k) => return j,
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::BeforeStory)),
        };
        if !matches!(it.kind, Kind::Bullet(_) | Kind::Text)
            && !matches!(it.kind, Kind::Boiler(Boiler::KeyPointsHeader))
        {
            kp_mode = false;
        }
        if matches!(a, Assign::KeyPoint(_)) && !matches!(it.kind, Kind::Bullet(_)) {
            seen_text = true;
        }
        set(assign, j, a);
        j += 1;
    }
    j
}

/// A caption line followed by its credit line.
fn caption_pair(items: &[Item<'_>], assign: &mut [Assign], j: usize) {
    let (Some(it), Some(cr)) = (items.get(j), items.get(j + 1)) else {
        return;
    };
    let credit = match &cr.kind {
        Kind::Credit(c) => Some(c.to_string()),
        _ => None,
    };
    let parts = crate::grammar::caption::parse_caption(it.text)
        .map(|p| p.value)
        .unwrap_or_else(|_| CaptionParts::default());
    let text = if parts.text.is_empty() {
        it.text.to_string()
    } else {
        parts.text
    };
    let c = CaptionParts {
        text,
        credit: credit.or(parts.credit),
        label: parts.label,
    };
    set(assign, j, Assign::Caption(Box::new(c)));
    set(assign, j + 1, Assign::CaptionCredit);
}

/// A credit line on its own: the credit of the caption just before it.
/// A caption; one printed under its credit ("Image copyright X", then
/// "Image caption Y") takes the credit line just above it when no caption
/// before took it.
fn caption_at(items: &[Item<'_>], assign: &mut [Assign], j: usize, c: &CaptionParts) -> Assign {
    let mut c = c.clone();
    if c.credit.is_none()
        && j > 0
        && let Some(Kind::Credit(cr)) = items.get(j - 1).map(|o| &o.kind)
        && matches!(
            assign.get(j - 1),
            Some(Assign::Removed(RemovalReason::CaptionRepeat))
        )
    {
        c.credit = Some(cr.to_string());
        set(assign, j - 1, Assign::CaptionCredit);
    }
    Assign::Caption(Box::new(c))
}

/// True when the credit line at `k` heads a labelled caption printed under
/// it ("Image caption ..."), or credits a social handle (an embedded post),
/// rather than ending the line above it as its caption.
fn credit_heads_caption(items: &[Item<'_>], k: usize) -> bool {
    items.get(k + 1).is_some_and(
        |o| matches!(&o.kind, Kind::Caption(c) if c.credit.is_none() && c.label.is_some()),
    ) || matches!(items.get(k).map(|o| &o.kind), Some(Kind::Credit(c)) if c.starts_with('@'))
}

fn attach_credit(assign: &mut [Assign], j: usize, credit: &str) -> Assign {
    if j > 0 {
        if let Some(Assign::Caption(c)) = assign.get_mut(j - 1) {
            if c.credit.is_none() {
                c.credit = Some(credit.to_string());
                return Assign::CaptionCredit;
            }
        }
    }
    Assign::Removed(RemovalReason::CaptionRepeat)
}

/// A summary cut off mid-sentence with an ellipsis ("...have been
/// diagnosed with the plague,..."), as teaser cards print them.
fn is_cut_teaser(t: &str) -> bool {
    let t = t.trim_end();
    let Some(head) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else {
        return false;
    };
    // Cut inside a sentence: a comma or a word, not a sentence end, before it.
    head.ends_with(|c: char| c == ',' || c.is_alphanumeric())
}

/// True when the line at `j` prints the text of a caption within five
/// lines of it (galleries print a caption once as text, once with its credit).
fn prints_nearby_caption(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    (j.saturating_sub(5)..j + 6).filter(|&k| k != j).any(|k| {
        let Some(o) = items.get(k) else { return false };
        match &o.kind {
            Kind::Caption(c) => !c.text.is_empty() && c.text == it.text,
            // A caption line with its credit on the next line.
            Kind::Text => {
                o.text == it.text
                    && items
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
            }
            _ => false,
        }
    })
}

fn pull_quote(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    if it.shape().words < 4 || it.shape().words > 60 {
        return false;
    }
    if it.norm().len() < 12 {
        return false;
    }
    let echo = Echo::new(it.norm());
    let lo = j.saturating_sub(3);
    (lo..j + 4)
        .filter(|&k| k != j)
        .filter_map(|k| items.get(k))
        .any(|o| is_text(o) && !norm_shorter_than(o, it.norm().len() + 1) && echo.in_(o.norm()))
}

fn author_box_start(items: &[Item<'_>], j: usize) -> bool {
    let Some(it) = items.get(j) else { return false };
    if !is_text(it) {
        return false;
    }
    let Some(next) = items.get(j + 1) else {
        return false;
    };
    // Name line followed by a bio that starts with the name, or by the
    // writer's role. Pure tests, so they are taken cheapest first: the
    // line's own name test last, unless the line is longer than a name
    // (then it is answered at once, and the role test may cost more).
    if it.text.len() > 80 && !it.is_person_name() {
        return false;
    }
    let first = it.text.split_whitespace().next().unwrap_or("");
    let bio = is_text(next) && next.text.starts_with(it.text)
        || (first.len() > 2
            && next.text.starts_with(first)
            && next.shape().prose()
            && items.get(j + 2).is_none_or(|n| !is_prose_text(n)));
    (bio || byline::is_role(next.text)) && it.is_person_name()
}

/// A person's name over a follow row ("Jane Doe" / "Follow Us"):
/// a writer's card.
fn name_then_follow(items: &[Item<'_>], j: usize) -> bool {
    items
        .get(j)
        .is_some_and(|it| is_text(it) && it.shape().words <= 5 && it.is_person_name())
        && items.get(j + 1).is_some_and(|n| {
            let lower = crate::table::lower(n.text);
            lower.starts_with("follow") || crate::lexicon::is_follow_prompt_lower(&lower)
        })
}

/// Authors named in the story's header (`from..to`).
fn story_authors(assign: &[Assign], from: usize, to: usize) -> Vec<String> {
    assign
        .get(from..to)
        .unwrap_or(&[])
        .iter()
        .flat_map(|a| match a {
            Assign::Byline(bd) => bd.by.authors.clone(),
            Assign::AuthorName(n) => vec![n.to_string()],
            _ => Vec::new(),
        })
        .collect()
}

/// Words that say a paragraph is about the writer, not the story.
const BIO_CUES: &[&str] = &[
    " is a ",
    " is an ",
    " is the ",
    " writes ",
    " covers ",
    " reached at ",
    " can be reached",
    "@",
    "follow her",
    "follow him",
    "follow me",
    " ist ",
    " est ",
    " é ",
    " es ",
];

/// Words that, right after a person's name, open a biography ("Jane Doe is ...").
const BIO_VERBS: &[&str] = &["is", "writes", "covers", "ist", "est", "é", "es"];

/// `text` up to the end of its `n`th word (all of it when shorter).
fn first_words(text: &str, n: usize) -> &str {
    let t = text.trim_start();
    let mut end = 0;
    for (k, w) in t.split_whitespace().enumerate() {
        if k == n {
            break;
        }
        end = crate::grammar::prim::offset_in(t, w) + w.len();
    }
    t.get(..end).unwrap_or(t)
}

/// A paragraph about the writer: it names one of `authors` (or starts with a
/// person's name) and reads as a biography or contact line.
fn is_bio(text: &str, authors: &[String]) -> bool {
    let head = first_words(text, 14);
    let names_author = authors
        .iter()
        .any(|a| a.split_whitespace().nth(1).is_some() && head.contains(a.as_str()));
    // A name's verb right after its two or three words.
    let verb_at = |k: usize| {
        text.split_whitespace()
            .nth(k)
            .is_some_and(|n| BIO_VERBS.contains(&n) || n.starts_with('('))
    };
    // Pure tests, taken cheapest first: a paragraph that neither names an
    // author nor has a verb where a name would end needs no cue search.
    if !names_author && !verb_at(2) && !verb_at(3) {
        return false;
    }
    let lower = crate::table::lower(text);
    if !BIO_CUES.iter().any(|c| lower.contains(c)) {
        return false;
    }
    let starts_with_name = || {
        (2..=3)
            .rev()
            .any(|k| verb_at(k) && byline::is_person_name(first_words(text, k)))
    };
    names_author || starts_with_name()
}

/// After the story's last paragraph of prose, lines that are not story:
/// the writer's biography and a run of other stories' headlines. At least
/// two paragraphs of the body stay.
fn trim_body_end(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    to: usize,
    authors: &[String],
) {
    let body_at = |assign: &[Assign], k: usize| {
        matches!(
            assign.get(k),
            Some(Assign::Body(BlockKind::Paragraph, _) | Assign::Dateline(..))
        )
    };
    let total = (from..to).filter(|&k| body_at(assign, k)).count();
    let mut kept = total;
    let mut headlines: Vec<usize> = Vec::new();
    let mut k = to;
    while k > from && kept > 2 {
        k -= 1;
        if !body_at(assign, k) {
            continue;
        }
        let Some(it) = items.get(k) else { break };
        if is_bio(it.text, authors) {
            set(assign, k, Assign::Removed(RemovalReason::AuthorBox));
            kept -= 1;
        } else if !it.shape().prose()
            && (it.shape().titleish(it.text)
                || (it.shape().words <= 6 && !it.shape().terminal && !it.text.contains(':')))
            && it.shape().words <= 20
            && !it.text.contains("pic.twitter.com")
        {
            headlines.push(k);
            kept -= 1;
        } else {
            // A list the text introduces ("Tour dates:") is the story's own.
            if it.text.trim_end().ends_with(':') {
                headlines.clear();
            }
            break;
        }
    }
    // One headline with a byline or date of its own under it, right where
    // the body ends, heads the next story's card.
    let next_has_meta = |h: usize| {
        items
            .get(h + 1..)
            .unwrap_or(&[])
            .iter()
            .find(|o| !is_filler(o))
            .is_some_and(|o| is_meta(&o.kind))
    };
    let card_head = headlines.len() == 1 && headlines.first().is_some_and(|&h| next_has_meta(h));
    if headlines.len() < 2 && !card_head {
        return;
    }
    for h in headlines {
        if let Some(it) = items.get(h) {
            set(assign, h, Assign::Related(it.text.into()));
        }
    }
}

/// The body; returns (index after its last line, next story if one starts inside).
fn body(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    limit: Option<usize>,
    title: Option<&str>,
    pref: Preference,
) -> (usize, Option<(usize, usize)>) {
    let mut j = from;
    let mut paras = 0usize;
    // Paragraphs of prose so far: the story's header may run on under the
    // first ones (a standfirst, then the byline and date).
    let mut lead = 0usize;
    // A list the text introduces ("The planned stops:") runs on past the end
    // of the dense text.
    let mut list_open = false;
    while let Some(it) = items.get(j) {
        let next = items.get(j + 1);
        let list_item = list_open && is_text(it) && !it.shape().prose() && it.shape().words <= 20;
        if paras > 0 && limit.is_some_and(|l| j >= l) && !list_item {
            return (j, None);
        }
        // "Read more" that only expands the text: the dense run of prose goes
        // on past it with full paragraphs.
        if matches!(it.kind, Kind::Boiler(Boiler::RelatedHeader))
            && paras >= 3
            && limit.is_some_and(|l| l > j + 3)
            && items
                .iter()
                .skip(j + 1)
                .take(2)
                .all(|o| is_prose_text(o) && o.shape().words >= 15)
        {
            set(assign, j, Assign::Removed(RemovalReason::Label));
            j += 1;
            continue;
        }
        if hard_tail(&it.kind) || is_lone_related_prefix(it.text) {
            // A related-links box inside the story: headlines, then the story goes on.
            if let Some(end) = inset(items, j) {
                set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                for k in j + 1..end {
                    let a = match items.get(k).map(|o| &o.kind) {
                        Some(Kind::InlineRelated(r)) => Assign::Related(r.clone()),
                        Some(Kind::Text) => {
                            Assign::Related(items.get(k).map(|o| o.text).unwrap_or("").into())
                        }
                        Some(k2) => {
                            Assign::Removed(soft_removal(k2).unwrap_or(RemovalReason::RelatedTail))
                        }
                        None => Assign::Removed(RemovalReason::RelatedTail),
                    };
                    set(assign, k, a);
                }
                j = end;
                continue;
            }
            if hard_tail(&it.kind) {
                return (j, None);
            }
        }
        let a = match &it.kind {
            Kind::Text => {
                if Some(it.text) == title {
                    Assign::Removed(RemovalReason::TitleRepeat)
                } else if lead > 0 && is_anchor(items, j) {
                    // Inside the dense run, a repeated headline without its own
                    // byline or date is a card for another story, not a new story.
                    let has_meta = items.get(j + 1).is_some_and(|n| is_meta(&n.kind));
                    if has_meta || limit.is_none_or(|l| j >= l) {
                        return (j, Some((j, j)));
                    }
                    set(assign, j, Assign::Related(it.text.into()));
                    // The card's section label, printed just above it.
                    if j > from
                        && items.get(j - 1).is_some_and(is_card_label)
                        && matches!(assign.get(j - 1), Some(Assign::Body(..)))
                    {
                        set(assign, j - 1, Assign::Removed(RemovalReason::Label));
                    }
                    j += 1;
                    // The card prints its headline again, maybe under its label again.
                    loop {
                        let again = |k: usize| items.get(k).is_some_and(|r| r.text == it.text);
                        if again(j) {
                            set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                        } else if items.get(j).is_some_and(is_card_label) && again(j + 1) {
                            set(assign, j, Assign::Removed(RemovalReason::Label));
                        } else {
                            break;
                        }
                        j += 1;
                    }
                    // Its summary: a short paragraph that repeats the headline's words.
                    if let Some(sm) = items.get(j)
                        && is_prose_text(sm)
                        && sm.shape().words <= 60
                        && echo_share(it, sm) >= 0.4
                    {
                        set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
                        j += 1;
                    }
                    continue;
                } else if lead < 3
                    && it.shape().words <= 5
                    && it.is_person_name()
                    && items.get(j + 1).is_some_and(|o| byline::is_role(o.text))
                {
                    // "Jane Doe" then "News reporter @jdoe" under the first
                    // paragraph: the story's byline, printed as a card.
                    let role = items.get(j + 1).map(|o| o.text.to_string());
                    let by = Byline {
                        authors: vec![it.text.to_string()],
                        role,
                        ..Byline::default()
                    };
                    set(assign, j, Assign::Byline(BylineDates::new(by, [])));
                    set(assign, j + 1, Assign::Byline(Box::default()));
                    j += 2;
                    continue;
                } else if paras > 0 && author_box_start(items, j)
                    || lead >= 3 && name_then_follow(items, j)
                {
                    // An author card printed inside the text (the story goes
                    // on at length below it) is removed; elsewhere it ends the story.
                    let card_end = j + 2;
                    let after = items.get(card_end..).unwrap_or(&[]);
                    let after = after.get(..after.len().min(12)).unwrap_or(&[]);
                    let prose_after = after.iter().filter(|o| is_prose_text(o)).count();
                    let role_card = items.get(j + 1).is_some_and(|o| byline::is_role(o.text));
                    if role_card
                        && limit.is_some_and(|l| l >= card_end + 4)
                        && prose_after >= 4
                        && !after.iter().any(|o| hard_tail(&o.kind))
                    {
                        for k in j..card_end.min(items.len()) {
                            set(assign, k, Assign::Removed(RemovalReason::AuthorBox));
                        }
                        j = card_end;
                        continue;
                    }
                    return (j, None);
                } else if next.is_some_and(|n| matches!(n.kind, Kind::Credit(_)))
                    && it.shape().words <= 60
                    && !credit_heads_caption(items, j + 1)
                {
                    caption_pair(items, assign, j);
                    j += 2;
                    continue;
                } else if lead == 0 && is_cut_teaser(it.text) && j > from && {
                    let prev = items.get(j - 1);
                    prev.is_some_and(|p| {
                        is_text(p) && !p.shape().prose() && p.shape().titleish(p.text)
                    }) && matches!(
                        assign.get(j - 1),
                        Some(Assign::Body(BlockKind::Paragraph, _))
                    )
                } {
                    // A teaser above the text: another story's headline and its
                    // summary cut off with "...".
                    let head = items
                        .get(j - 1)
                        .map(|p| p.text.to_string())
                        .unwrap_or_default();
                    set(assign, j - 1, Assign::Related(head.into()));
                    paras = paras.saturating_sub(1);
                    Assign::Removed(RemovalReason::RelatedTail)
                } else if prints_nearby_caption(items, j) {
                    Assign::Removed(RemovalReason::CaptionRepeat)
                } else if pull_quote(items, j) {
                    Assign::Removed(RemovalReason::PullQuote)
                } else if lead <= 1
                    && next.is_some_and(|n| is_prose_text(n))
                    && let Ok(d) = dateline::parse_place_line(it.text)
                {
                    // "BAAR, SWITZERLAND" on its own above the first paragraph.
                    Assign::Dateline(Box::new((d.value, Box::default())))
                } else if paras == 0 {
                    match dateline::parse_dateline(it.text) {
                        Ok(d) if !d.rest.trim().is_empty() => {
                            Assign::Dateline(Box::new((d.value, d.rest.trim().into())))
                        }
                        _ => Assign::Body(BlockKind::Paragraph, None),
                    }
                } else if !it.shape().prose()
                    && it.shape().headingish(it.text)
                    && next.is_some_and(|n| is_prose_text(n))
                {
                    Assign::Body(BlockKind::Heading, None)
                } else if pref == Preference::Precision
                    && !it.shape().prose()
                    && it.shape().words <= 3
                {
                    Assign::Removed(RemovalReason::Label)
                } else {
                    Assign::Body(BlockKind::Paragraph, None)
                }
            }
            Kind::AfpHeading(h) => Assign::Body(BlockKind::Heading, Some(h.clone())),
            Kind::Bullet(s) => Assign::Body(BlockKind::Paragraph, Some(s.clone())),
            Kind::Caption(c) => caption_at(items, assign, j, c),
            Kind::Credit(c) => attach_credit(assign, j, c),
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::Trailer(t) => Assign::Trailer(t.clone()),
            // A byline or date printed under the first paragraphs (after a lead
            // image or a standfirst) still belongs to the story.
            Kind::Byline(bd) | Kind::DateByline(bd) if lead < 3 => Assign::Byline(bd.clone()),
            Kind::Date(_) if lead < 3 => Assign::LineDates,
            Kind::Date(_) | Kind::Byline(..) | Kind::DateByline(..) | Kind::DateTitle(..) => {
                Assign::Removed(RemovalReason::BylineRepeat)
            }
            Kind::ReadingTime(_) => Assign::Removed(RemovalReason::ReadingTime),
            Kind::SectionPrefix(_) | Kind::Breadcrumb(_) => {
                Assign::Removed(RemovalReason::SectionLabel)
            }
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::Label)),
        };
        if matches!(a, Assign::Body(..) | Assign::Dateline(..)) {
            paras += 1;
            if it.shape().prose() {
                lead += 1;
            }
            list_open = list_item || it.text.trim_end().ends_with(':');
        }
        set(assign, j, a);
        j += 1;
    }
    (j, None)
}

/// A related-links box at `j` inside the story: its heading, up to six short
/// headlines, then the story's prose again (the next line, and another
/// within five). Returns where the story resumes.
fn inset(items: &[Item<'_>], j: usize) -> Option<usize> {
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
    // post or a quote card may sit between them), the first right away.
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
            .take(5)
            .filter(|o| story_text(o))
            .count()
            >= 2;
    (k > j + 1 && k - j <= 7 && resumes).then_some(k)
}

/// A related-link prefix printed alone on its line ("More:", "Related:",
/// "Read also:"), the links under it.
fn is_lone_related_prefix(text: &str) -> bool {
    let t = text.trim();
    t.len() <= 30
        && t.ends_with(':')
        && crate::lexicon::RELATED_PREFIXES
            .iter()
            .any(|p| crate::table::lower(t) == *p)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TailMode {
    Plain,
    Related,
    Comments,
    AuthorBox,
    Tags,
    Footer,
}

/// After the body: related lists, author boxes, comments, footers; finds the next story.
fn tail(
    items: &[Item<'_>],
    assign: &mut [Assign],
    from: usize,
    title: Option<&str>,
) -> Option<(usize, usize)> {
    let mut mode = TailMode::Plain;
    let mut j = from;
    while let Some(it) = items.get(j) {
        if let Kind::Boiler(Boiler::NextStory) = it.kind {
            set(assign, j, Assign::Removed(RemovalReason::RelatedTail));
            let title_at = (j + 1..(j + 5).min(items.len())).find(|&k| {
                items
                    .get(k)
                    .is_some_and(|c| is_text(c) && c.shape().titleish(c.text))
            });
            if let Some(tk) = title_at {
                if items
                    .iter()
                    .skip(tk + 1)
                    .take(10)
                    .filter(|n| is_prose_text(n))
                    .count()
                    >= 2
                {
                    return Some((j + 1, tk));
                }
            }
            mode = TailMode::Related;
            j += 1;
            continue;
        }
        if mode != TailMode::Comments && is_anchor(items, j) {
            return Some((j, j));
        }
        let a = match &it.kind {
            Kind::Boiler(Boiler::RelatedHeader | Boiler::PrevNext) => {
                mode = TailMode::Related;
                Assign::Removed(RemovalReason::RelatedTail)
            }
            Kind::Boiler(Boiler::Comments) | Kind::CommentsHeader => {
                mode = TailMode::Comments;
                Assign::Removed(RemovalReason::CommentForm)
            }
            Kind::Boiler(Boiler::AuthorBoxHeader) => {
                mode = TailMode::AuthorBox;
                Assign::Removed(RemovalReason::AuthorBox)
            }
            Kind::Boiler(Boiler::TagsHeader) | Kind::Tags => {
                mode = TailMode::Tags;
                Assign::Removed(RemovalReason::Tags)
            }
            Kind::Boiler(Boiler::Footer) | Kind::Footer => {
                mode = TailMode::Footer;
                Assign::Removed(RemovalReason::Footer)
            }
            Kind::InlineRelated(r) => Assign::Related(r.clone()),
            Kind::Trailer(t) => Assign::Trailer(t.clone()),
            Kind::Text if Some(it.text) == title => Assign::Removed(RemovalReason::TitleRepeat),
            _ if mode == TailMode::Comments => Assign::Removed(RemovalReason::CommentForm),
            Kind::Text => match mode {
                TailMode::Related if it.shape().words >= 3 => Assign::Related(it.text.into()),
                TailMode::Related => Assign::Removed(RemovalReason::SectionLabel),
                TailMode::Tags if it.shape().words <= 5 => Assign::Removed(RemovalReason::Tags),
                TailMode::AuthorBox if it.is_person_name() => Assign::AuthorName(it.text.into()),
                TailMode::AuthorBox => Assign::Removed(RemovalReason::AuthorBox),
                _ if author_box_start(items, j) => {
                    mode = TailMode::AuthorBox;
                    Assign::AuthorName(it.text.into())
                }
                _ => Assign::Removed(RemovalReason::AfterStory),
            },
            Kind::Caption(c) => caption_at(items, assign, j, c),
            // "First published: ..." printed under the story.
            Kind::Date(d) if d.iter().any(|e| e.role != DateRole::Unlabelled) => Assign::LineDates,
            k => Assign::Removed(soft_removal(k).unwrap_or(RemovalReason::AfterStory)),
        };
        set(assign, j, a);
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A xorshift step: the next of a sequence of numbers below `n`.
    fn next(seed: &mut u64, n: usize) -> usize {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        usize::try_from(*seed % n.max(1) as u64).unwrap_or(0)
    }

    /// `len` pieces of `alpha` picked at random.
    fn word(seed: &mut u64, alpha: &[&str], len: usize) -> String {
        (0..len)
            .filter_map(|_| alpha.get(next(seed, alpha.len())).copied())
            .collect()
    }

    /// The search of [`Echo`] finds what `contains` finds, in texts made
    /// of a few letters (many candidate places) and in unlike ones.
    #[test]
    fn echo_finds_what_contains_finds() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let alphabets: [&[&str]; 3] = [
            &["a", " "],
            &["a", "b", " ", "z"],
            &["e", "t", " ", "q", "é", "1"],
        ];
        for round in 0..20_000 {
            let alpha = alphabets
                .get(round % alphabets.len())
                .copied()
                .unwrap_or(&[]);
            let len = 12 + next(&mut seed, 12);
            let small = word(&mut seed, alpha, len);
            let len = next(&mut seed, 40);
            let mut big = word(&mut seed, alpha, len);
            if next(&mut seed, 2) == 0 {
                big.push_str(&small);
                let len = next(&mut seed, 10);
                big.push_str(&word(&mut seed, alpha, len));
            }
            let echo = Echo::new(&small);
            let want = big.len() > small.len() && small.len() >= 12 && big.contains(small.as_str());
            assert_eq!(echo.in_(&big), want, "{small:?} in {big:?}");
            // Once more, with the searcher built or not.
            assert_eq!(echo.in_(&big), want, "{small:?} in {big:?}");
        }
    }

    /// A [`Vocab`] holds the words put in it and no other, short or long.
    #[test]
    fn vocab_holds_its_words() {
        let mut seed = 0x1234_5678_9abc_def1u64;
        let alpha = ["a", "b", "é", "0"];
        let words: Vec<String> = (0..2000)
            .map(|_| {
                let len = next(&mut seed, 20);
                word(&mut seed, &alpha, len)
            })
            .collect();
        let (put, kept) = words.split_at(1000);
        let mut v = Vocab::with_capacity(0);
        for w in put {
            v.insert(w);
        }
        for w in put {
            assert!(v.contains(w), "{w:?}");
        }
        for w in kept {
            assert_eq!(v.contains(w), put.contains(w), "{w:?}");
        }
    }

    /// A [`WordFilter`] holds every word put in it, and passes over most
    /// others while it holds few.
    #[test]
    fn word_filter_holds_its_words() {
        let mut seed = 0x0bad_5eed_1234_5678u64;
        let alpha = ["a", "b", "t", "é", "9"];
        let mut f = WordFilter::default();
        let put: Vec<String> = (0..60)
            .map(|_| {
                let len = 3 + next(&mut seed, 8);
                word(&mut seed, &alpha, len)
            })
            .collect();
        for w in &put {
            f.insert(w);
        }
        assert!(put.iter().all(|w| f.may_hold(w)));
        let others = (0..1000)
            .map(|_| {
                let len = 3 + next(&mut seed, 8);
                word(&mut seed, &alpha, len)
            })
            .filter(|w| f.may_hold(w) && !put.contains(w))
            .count();
        assert!(others < 500, "{others}");
    }

    /// One item and one assignment per kept line: their sizes are the
    /// per-line cost of a large document (peak memory).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn per_line_structures_stay_small() {
        assert!(std::mem::size_of::<Kind>() <= 16);
        assert!(std::mem::size_of::<Item<'_>>() <= 64);
        assert!(std::mem::size_of::<Assign>() <= 16);
    }
}
