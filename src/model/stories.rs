//! The main-story ranker: which of the stories the first pass cut the page
//! into is the one the page is about. A comment thread, a sidebar of recent
//! posts or a teaser list cut as the first story must not hide the story
//! below it. Each story is described by generic figures of its lines (how
//! much prose it holds and how it compares with the others, the cue classes
//! and first-pass tags of its lines, where it stands on the page); a trained
//! ranker scores them, and the best story is put first.

use super::rank::{RankExample, Ranker, argmax};
use crate::features::{CUE_CLASSES, Page, RuleTag, log_b, mix};

/// Stories looked at: the first pass rarely cuts more, and a page that
/// repeats a headline thousands of times must not cost more than this.
const MAX_STORIES: usize = 32;

/// What one story's lines hold.
#[derive(Debug, Clone, Default)]
struct Story {
    /// Index of the story's first line.
    first: usize,
    /// Body words and lines (paragraphs and headings), and body lines
    /// ending a sentence.
    words: u32,
    lines: u32,
    sentences: u32,
    /// Body lines holding each cue class.
    cues: [u32; CUE_CLASSES],
    /// All lines, lines holding each cue class, and short lines ending with
    /// a colon ("Jane wrote:").
    all: u32,
    all_cues: [u32; CUE_CLASSES],
    colons: u32,
    /// Lines per first-pass tag (tag id, count), in order of first sight.
    tags: Vec<(u64, u32)>,
    /// How many times the story's headline line occurs on the page.
    title_repeats: u32,
    /// The headline's shape: words (bucket), ends a sentence, ends with a
    /// colon ("Jane wrote:"); 0 without a headline.
    title_shape: u64,
}

fn stories(page: &Page) -> Vec<Story> {
    let n = page.stories.len().min(MAX_STORIES);
    let mut out = vec![Story::default(); n];
    for (s, &(first, _)) in out.iter_mut().zip(&page.stories) {
        s.first = first;
    }
    for l in &page.lines {
        let Some(s) = l.story().and_then(|k| out.get_mut(k as usize)) else {
            continue;
        };
        let st = l.stats();
        s.all += 1;
        s.colons += u32::from(st.ends_colon && st.words <= 5);
        for (c, n) in s.all_cues.iter_mut().enumerate() {
            *n += u32::from(l.cues.any & (1 << c) != 0);
        }
        let id = l.rule.id();
        match s.tags.iter_mut().find(|t| t.0 == id) {
            Some(t) => t.1 += 1,
            None => s.tags.push((id, 1)),
        }
        if l.rule == RuleTag::Role(crate::LineRole::Title) && s.title_repeats == 0 {
            s.title_repeats = l.repeats;
            s.title_shape = 1 << 8
                | log_b(st.words as usize) << 2
                | u64::from(st.ends_sentence) << 1
                | u64::from(st.ends_colon);
        }
        if l.rule.is_body() {
            s.words += st.words;
            s.lines += 1;
            s.sentences += u32::from(st.ends_sentence);
            for (c, n) in s.cues.iter_mut().enumerate() {
                *n += u32::from(l.cues.any & (1 << c) != 0);
            }
        }
    }
    out
}

/// Feature templates (the top byte of an id before mixing).
#[derive(Clone, Copy)]
#[repr(u8)]
enum T {
    Order = 1,
    Last,
    Share,
    Rank,
    Words,
    Sentences,
    LineWords,
    Cue,
    Tag,
    AfterComments,
    Decile,
    TitleRepeats,
    OrderShare,
    OrderRank,
    CueAll,
    Colons,
    PageOrder,
    TitleShape,
}

fn id(t: T, v: u64) -> u64 {
    mix((t as u64) << 56 ^ 0x5707 << 40 ^ v)
}

/// A quarter-step bucket of `num / den` (0 to 4).
fn quarter(num: u32, den: u32) -> u64 {
    if den == 0 {
        return 0;
    }
    u64::from((num * 4).div_ceil(den).min(4))
}

fn features(page: &Page, all: &[Story], k: usize, first_comments: Option<usize>) -> Vec<u64> {
    let Some(s) = all.get(k) else {
        return Vec::new();
    };
    let max = all.iter().map(|s| s.words).max().unwrap_or(0);
    let rank = all.iter().filter(|o| o.words > s.words).count().min(2) as u64;
    let order = k.min(3) as u64;
    let share = quarter(s.words, max);
    let mut f = vec![
        id(T::Order, order),
        id(T::Last, u64::from(k + 1 == all.len())),
        id(T::Share, share),
        id(T::Rank, rank),
        id(T::Words, log_b(s.words as usize / 8)),
        id(T::Sentences, quarter(s.sentences, s.lines)),
        id(
            T::LineWords,
            log_b(s.words.checked_div(s.lines).unwrap_or(0) as usize),
        ),
        id(
            T::AfterComments,
            u64::from(first_comments.is_some_and(|c| c < s.first)),
        ),
        id(
            T::Decile,
            (s.first * 10).checked_div(page.lines.len()).unwrap_or(0) as u64,
        ),
        id(T::TitleRepeats, u64::from(s.title_repeats.min(3))),
        id(T::TitleShape, s.title_shape),
        id(T::OrderShare, order << 8 | share),
        id(T::OrderRank, order << 8 | rank),
        // Where the story starts among the stories, top of the page first.
        id(
            T::PageOrder,
            (all.iter().filter(|o| o.first < s.first).count().min(2) as u64) << 8 | rank,
        ),
    ];
    for (c, &n) in s.cues.iter().enumerate() {
        if n > 0 {
            f.push(id(T::Cue, (c as u64) << 8 | quarter(n, s.lines)));
        }
    }
    for (c, &n) in s.all_cues.iter().enumerate() {
        if n > 0 {
            f.push(id(T::CueAll, (c as u64) << 8 | quarter(n, s.all)));
        }
    }
    f.push(id(T::Colons, quarter(s.colons * 4, s.all)));
    for &(tag, n) in &s.tags {
        f.push(id(T::Tag, tag << 8 | log_b(n as usize)));
    }
    f
}

fn first_comments(page: &Page) -> Option<usize> {
    page.lines.iter().position(|l| l.opens_comments())
}

/// The training example of a page: every story, the gold one being the
/// story holding the most words of gold body lines (`gold(i)` for line `i`).
/// `None` when the page has fewer than two stories or no gold body line in
/// any story.
pub(super) fn example(page: &Page, gold: impl Fn(usize) -> bool) -> Option<RankExample> {
    let all = stories(page);
    if all.len() < 2 {
        return None;
    }
    let mut held = vec![0u32; all.len()];
    for (i, l) in page.lines.iter().enumerate() {
        if let Some(h) = l.story().and_then(|k| held.get_mut(k as usize))
            && gold(i)
        {
            *h += l.stats().words;
        }
    }
    let best = argmax(held.iter().enumerate().map(|(k, &w)| (k, w as f32)))?.0;
    if held.get(best).is_none_or(|&w| w == 0) {
        return None;
    }
    let c = first_comments(page);
    RankExample::of((0..all.len()).map(|k| (features(page, &all, k, c), k == best)))
}

/// The story of `page` the ranker scores best (0, the first pass's main
/// story, when the ranker is empty or the page has one story).
pub fn main_story(r: &Ranker, page: &Page) -> usize {
    if r.is_empty() || page.stories.len() < 2 {
        return 0;
    }
    let all = stories(page);
    let c = first_comments(page);
    let scores: Vec<f32> = (0..all.len())
        .map(|k| r.score(&features(page, &all, k, c)))
        .collect();
    argmax(scores.iter().copied().enumerate()).map_or(0, |(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{LineStats, PackedStats, PageLine, cues};
    use crate::{LineRole, Span};

    /// A page of `(line, story, role)` records, one block per line.
    fn page(lines: &[(&str, usize, LineRole)]) -> Page {
        let mut p = Page::default();
        let mut at = 0;
        for (i, &(t, k, role)) in lines.iter().enumerate() {
            let stats = LineStats::of(t);
            if p.stories.len() <= k {
                p.stories.resize(k + 1, (i, 0));
            }
            p.lines.push(PageLine {
                span: Span::new(at, at + t.len()),
                stats: PackedStats::pack(&stats),
                cues: cues(t),
                boiler: None,
                rule: RuleTag::Role(role),
                story_no: k as u32,
                block: i as u32,
                repeats: 1,
                words_before: 0,
                echo: 0,
                topic: 0,
            });
            at += t.len() + 2;
        }
        p
    }

    const PROSE: &str = "Schools across the region closed on Monday as a storm brought heavy snow.";

    #[test]
    fn one_story_is_the_main_story() {
        let p = page(&[
            ("Storm closes schools", 0, LineRole::Title),
            (PROSE, 0, LineRole::Paragraph),
        ]);
        let r = Ranker::from_parts(vec![id(T::Order, 0)], vec![1.0]);
        assert_eq!(main_story(&r, &p), 0);
        assert!(example(&p, |_| true).is_none());
    }

    #[test]
    fn a_trained_ranker_picks_the_story_with_the_gold_body() {
        // A short comment cut as the first story, the story below it.
        let p = page(&[
            ("Jane wrote:", 0, LineRole::Title),
            ("Nice.", 0, LineRole::Paragraph),
            ("Storm closes schools", 1, LineRole::Title),
            (PROSE, 1, LineRole::Paragraph),
            (PROSE, 1, LineRole::Paragraph),
        ]);
        let ex = example(&p, |i| i >= 3).expect("two stories, gold in the second");
        assert_eq!(ex.gold, [false, true]);
        assert_eq!(
            main_story(&Ranker::default(), &p),
            0,
            "no ranker: the first story"
        );
        let r = Ranker::train(&[ex], 5, 1);
        assert_eq!(main_story(&r, &p), 1);
    }
}
