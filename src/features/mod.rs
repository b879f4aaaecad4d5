//! One feature pass per line: statistics, cue classes, the grammars' and
//! rules' verdicts, and the line's block, neighbours and repetitions.
//!
//! [`Page::build`] reads a text and the articles the rules cut from it and
//! returns one [`PageLine`] per non-blank input line; [`emit`] turns a line
//! and its neighbours into the sparse feature ids the line model scores.

mod cues;
mod echo;
mod emit;
mod ids;
mod packed;
mod recent;
mod rules;
mod scan;
mod stats;
mod topic;

pub use cues::{CUE_CLASSES, Cue, Cues, cues};
pub use echo::{CLOSES, OPENS, echoes};
pub use emit::{FEATURE_SET_VERSION, emit, emit_named};
pub(crate) use emit::{TEMPLATES, bits as cue_bits, emit_each, list_run, log_b};
pub(crate) use ids::{feature_id, mix, template_value};
pub use rules::RuleTag;
pub use stats::LineStats;
pub(crate) use stats::is_cjk;

use crate::table::FastBuild;
use crate::{Article, Span, lexicon};
pub(crate) use packed::PackedStats;
use std::collections::HashMap;

/// Everything the line model knows of one non-blank input line.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PageLine {
    /// The input line (without its line break).
    pub span: Span,
    /// How the line reads ([`PageLine::stats`] reads it back).
    pub(crate) stats: PackedStats,
    /// Which cue classes it holds.
    pub cues: Cues,
    /// The whole line is a known boilerplate phrase: the number of its
    /// class in the lexicon (advertisement, share, related heading, ...).
    pub boiler: Option<u8>,
    /// What the rules made of it.
    pub rule: RuleTag,
    /// The rules' story it belongs to, [`rules::NO_STORY`] for none
    /// ([`PageLine::story`] reads it; 4 bytes, not 8 for an `Option<u32>`).
    pub(crate) story_no: u32,
    /// Index of its block (lines between blank lines) in [`Page::blocks`].
    pub block: u32,
    /// How often its normalised text occurs on the page.
    pub repeats: u32,
    /// Words on the page before this line.
    pub words_before: u32,
    /// Whether its words open ([`OPENS`]) or close ([`CLOSES`]) a longer
    /// line of the page (see [`echoes`]).
    pub echo: u8,
    /// How much of its vocabulary the page's running text prints: 0 for a
    /// line without content words (of four letters or more, no function
    /// words), else 1 (none of them) to 5 (all of them, on lines of running
    /// text other than its own).
    pub topic: u8,
}

impl PageLine {
    /// How the line reads.
    #[inline]
    pub fn stats(&self) -> LineStats {
        self.stats.get()
    }

    /// The rules' story the line belongs to (0 = main story), if any.
    #[inline]
    pub fn story(&self) -> Option<u32> {
        (self.story_no != rules::NO_STORY).then_some(self.story_no)
    }

    /// True when the line opens a comment section or a comment: a short
    /// line opening with a comment cue, or a whole-line comment phrase.
    pub fn opens_comments(&self) -> bool {
        self.cues.opens_with(Cue::Comment) && self.stats().words <= 6
            || self.boiler == Some(lexicon::Boiler::Comments as u8)
    }
}

/// The feature records of a page's lines, with page-level figures.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Page {
    /// One record per non-blank input line, in input order.
    pub lines: Vec<PageLine>,
    /// Per block: its first line, one past its last line, and its words.
    pub blocks: Vec<(usize, usize, u32)>,
    /// Index of the line the rules took as the main story's headline.
    pub title_line: Option<usize>,
    /// Words on the whole page.
    pub words: u32,
    /// Words of the page's longest line.
    pub max_words: u32,
    /// First and last line the rules put in the main story's body.
    pub body_range: Option<(usize, usize)>,
    /// Per rules' story: its first line and the words of its body lines.
    pub stories: Vec<(usize, u32)>,
}

/// Lines longer than this are read every time they occur (long lines rarely
/// repeat; hashing them would cost more than it saves).
const MEMO_MAX_LINE: usize = 250;

/// The memo of repeated lines is emptied when it holds this many lines, so
/// its memory stays bounded on huge pages (repeats are near each other).
const MEMO_MAX_ENTRIES: usize = 8192;

/// Cues are looked for in a line's first bytes only: a label, a prompt or a
/// comment's furniture opens its line, and prose is long.
const CUE_SPAN: usize = 240;

/// The first `n` bytes of `line` (fewer, to end on a char boundary).
fn head(line: &str, n: usize) -> &str {
    let mut end = n.min(line.len());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    line.get(..end).unwrap_or("")
}

impl Page {
    /// The index of the line that starts at byte `start`, if any (the lines
    /// are in input order, so this is a binary search).
    pub fn index_of(&self, start: usize) -> Option<usize> {
        self.lines
            .binary_search_by_key(&start, |l| l.span.start)
            .ok()
    }

    /// The page as [`Page::build`] gives it when the rules' story `k` is
    /// moved to the front of their articles (the others keep their order):
    /// the stories are renumbered, and the main story's headline line and
    /// body range follow, without a second feature pass.
    pub fn put_story_first(&mut self, k: usize) {
        if k == 0 || k >= self.stories.len() {
            return;
        }
        let Ok(k32) = u32::try_from(k) else {
            return;
        };
        let renumber = |s: u32| match s {
            s if s == k32 => 0,
            s if s < k32 => s + 1,
            s => s,
        };
        for l in &mut self.lines {
            l.story_no = l.story().map_or(rules::NO_STORY, renumber);
        }
        let moved = self.stories.remove(k);
        self.stories.insert(0, moved);
        let main = |l: &PageLine| l.story() == Some(0);
        self.title_line = self
            .lines
            .iter()
            .position(|l| main(l) && l.rule == RuleTag::Role(crate::LineRole::Title));
        let mut body = self
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| main(l) && l.rule.is_body())
            .map(|(i, _)| i);
        self.body_range = body.next().map(|a| (a, body.next_back().unwrap_or(a)));
    }

    /// The feature records of `text`, whose lines `arts` (the rules' output
    /// for `text`) account for.
    pub fn build(text: &str, arts: &[Article]) -> Page {
        Page::build_known(text, arts, &[])
    }

    /// [`Page::build`], where `no_boiler` holds (in order) spans of lines
    /// whose text as printed [`lexicon::boiler`] finds no boilerplate in
    /// (it is not looked for again on those lines).
    pub(crate) fn build_known(text: &str, arts: &[Article], no_boiler: &[(u32, u32)]) -> Page {
        let mut no_boiler = crate::known::Walk::new(no_boiler);
        let view = rules::RuleView::of(arts);
        let mut page = Page {
            // Sized up front: growing a vector of many tiny lines doubles it.
            lines: Vec::with_capacity(view.len()),
            ..Page::default()
        };
        // Normalised text hash -> its number, and per number the lines with
        // it. Until the end, a record's `repeats` holds its text's number.
        // (Both maps are sized up front for every line, and only looked up,
        // never walked: growing them rehashed every key.)
        let mut ids: HashMap<u64, u32, FastBuild> =
            HashMap::with_capacity_and_hasher(view.len(), FastBuild::default());
        let mut counts: Vec<u32> = Vec::new();
        let mut prev_end = None;
        // Short line text -> the index of its first record.
        let mut memo: HashMap<&str, usize, FastBuild> = HashMap::with_capacity_and_hasher(
            view.len().min(MEMO_MAX_ENTRIES),
            FastBuild::default(),
        );
        // Each line is read once for its repeats' hash, its echoes' and its
        // topic's words; the word hashes are kept for the passes after.
        let mut words = scan::LineWords::default();
        let mut echo = echo::EchoPass::new(view.len(), echo::STORED);
        let mut topic = topic::TopicWords::new(view.len(), topic::STORED);

        for (span, rule, story) in view {
            let line = span.slice(text).unwrap_or("");
            let gap = prev_end
                .and_then(|e: usize| text.get(e..span.start))
                .unwrap_or("");
            let new_block = prev_end.is_none() || gap.matches('\n').count() >= 2;
            if new_block {
                let n = page.lines.len();
                page.blocks.push((n, n, 0));
            }
            prev_end = Some(span.end);
            // A short line printed before on the page (menus, share rows,
            // labels) takes that line's figures, which depend on its text alone.
            let seen = (line.len() <= MEMO_MAX_LINE)
                .then(|| memo.get(line).copied())
                .flatten()
                .and_then(|k| page.lines.get(k));
            let (stats, cues, boiler, id) = match seen {
                Some(l) => {
                    scan::scan(line, &mut words);
                    (l.stats(), l.cues, l.boiler, l.repeats)
                }
                None => {
                    if line.len() <= MEMO_MAX_LINE {
                        if memo.len() >= MEMO_MAX_ENTRIES {
                            memo.clear();
                        }
                        memo.insert(line, page.lines.len());
                    }
                    // (A short line read on an earlier page takes what was
                    // read of its text then.)
                    let (stats, cues, boiler) = recent::read(line, &mut words, |words| {
                        let boiler = if line.len() <= 120 && !no_boiler.holds(span) {
                            lexicon::boiler(line).map(|b| b as u8)
                        } else {
                            None
                        };
                        let stats = LineStats::scanned(line, words);
                        (stats, cues(head(line, CUE_SPAN)), boiler)
                    });
                    let fresh = counts.len() as u32;
                    let id = *ids.entry(words.norm).or_insert(fresh);
                    if id == fresh {
                        counts.push(0);
                    }
                    (stats, cues, boiler, id)
                }
            };
            echo.add(&words.echo);
            topic.add(&words.topic);
            if let Some(c) = counts.get_mut(id as usize) {
                *c += 1;
            }
            if story == Some(0) && rule == RuleTag::Role(crate::LineRole::Title) {
                page.title_line.get_or_insert(page.lines.len());
            }
            // (A text under the input limits has fewer than `u32::MAX` blocks.)
            let block = u32::try_from(page.blocks.len().saturating_sub(1)).unwrap_or(u32::MAX);
            if let Some(b) = page.blocks.last_mut() {
                b.1 += 1;
                b.2 += stats.words;
            }
            if let Some(k) = story.map(|k| k as usize) {
                if page.stories.len() <= k {
                    page.stories.resize(k + 1, (usize::MAX, 0));
                }
                if let Some(st) = page.stories.get_mut(k) {
                    st.0 = st.0.min(page.lines.len());
                    if rule.is_body() {
                        st.1 += stats.words;
                    }
                }
            }
            if story == Some(0) && rule.is_body() {
                let n = page.lines.len();
                let r = page.body_range.get_or_insert((n, n));
                r.1 = n;
            }
            let words_before = page.words;
            page.words += stats.words;
            page.max_words = page.max_words.max(stats.words);
            page.lines.push(PageLine {
                words_before,
                span,
                stats: PackedStats::pack(&stats),
                cues,
                boiler,
                rule,
                story_no: story.unwrap_or(rules::NO_STORY),
                block,
                repeats: id,
                echo: 0,
                topic: 0,
            });
        }
        // What the loop needed is released before the echoes are looked for.
        drop((memo, ids, words));
        for l in &mut page.lines {
            l.repeats = counts.get(l.repeats as usize).copied().unwrap_or(1);
        }
        drop(counts);
        let echo = echo.finish(page.lines.iter().map(|l| l.span.slice(text).unwrap_or("")));
        for (l, e) in page.lines.iter_mut().zip(echo) {
            l.echo = e;
        }
        let topic = topic.shares(text, &page.lines);
        for (l, t) in page.lines.iter_mut().zip(topic) {
            l.topic = t;
        }
        page
    }
}

/// A seed of two stories and the rules' articles of it (the tests of the
/// feature pass build pages from them).
#[cfg(test)]
pub(crate) fn two_story_seed() -> (&'static str, Vec<Article>) {
    let text = include_str!("../../seeds/004_e0244ff8b52462b6.txt");
    let arts = crate::Parser::new(crate::Options::default().labeller(crate::Labeller::Rules))
        .parse_all(text);
    (text, arts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[test]
    fn putting_a_story_first_matches_building_the_page_in_that_order() {
        let (text, arts) = two_story_seed();
        assert!(arts.len() >= 2, "the seed holds two stories");
        let mut page = Page::build(text, &arts);
        let mut moved = arts.clone();
        let second = moved.remove(1);
        moved.insert(0, second);
        page.put_story_first(1);
        assert_eq!(page, Page::build(text, &moved));
        assert_ne!(page, Page::build(text, &arts));
    }

    #[test]
    fn lines_the_rules_found_no_boilerplate_in_give_the_same_page() {
        let (text, _) = two_story_seed();
        let (arts, _, known) = crate::pipeline::extract_dated(text, &Options::default());
        assert!(known.no_boiler.len() > 10);
        let page = Page::build_known(text, &arts, &known.no_boiler);
        assert!(page.lines.iter().any(|l| l.boiler.is_some()));
        assert_eq!(page, Page::build(text, &arts));
    }

    #[test]
    fn a_record_takes_72_bytes() {
        // A page of tiny lines holds one per line.
        assert!(std::mem::size_of::<PageLine>() <= 72);
    }

    #[test]
    fn every_line_gets_a_record_with_its_block() {
        let text = "Menu\nHome\n\nStorm closes schools\n\nBy Jane Doe\n\nSchools closed on Monday as a storm brought snow.\n\nHome\n";
        let arts = crate::parse_all(text);
        let page = Page::build(text, &arts);
        assert_eq!(page.lines.len(), 6);
        assert_eq!(page.blocks.len(), 5);
        assert_eq!(page.lines[1].block, 0);
        assert_eq!(page.lines[2].block, 1);
        assert_eq!(page.lines[1].repeats, 2);
        let title = page.title_line.expect("title");
        assert_eq!(
            page.lines[title].span.slice(text),
            Some("Storm closes schools")
        );
    }
}
