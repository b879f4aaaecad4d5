//! Sparse features of one line in its page: its own record, its neighbours',
//! its block's and its place on the page, each hashed to a `u64` id.

use super::{CUE_CLASSES, LineStats, Page, PageLine};

/// Version of the feature set: weights trained on another version are refused.
pub const FEATURE_SET_VERSION: u32 = 4;

/// Template numbers are below this.
pub(crate) const TEMPLATES: usize = T::Topic as usize + 1;

/// Feature templates (the top byte of an id before mixing).
#[derive(Clone, Copy)]
#[repr(u8)]
enum T {
    Bias = 1,
    Rule,
    Story,
    RuleStory,
    Len,
    Words,
    EndsSentence,
    Stop,
    Capitals,
    Digits,
    Punct,
    Cue,
    CueStart,
    Boiler,
    Repeats,
    Decile,
    FromStart,
    FromEnd,
    BlockEdge,
    BlockLines,
    BlockWords,
    Sentences,
    Separators,
    Link,
    Mark,
    Cjk,
    LenEnds,
    RuleLen,
    NeighbourRule,
    NeighbourShape,
    NeighbourCue,
    RulePair,
    Density,
    FromTitle,
    BodyRange,
    WordsBefore,
    RelWords,
    BlockShare,
    Prose,
    StoryShare,
    ListRun,
    StoryOrder,
    Echo,
    Topic,
}

impl T {
    fn name(self) -> &'static str {
        match self {
            T::Bias => "bias",
            T::Rule => "rule",
            T::Story => "story",
            T::RuleStory => "rule_story",
            T::Len => "len",
            T::Words => "words",
            T::EndsSentence => "ends_sentence",
            T::Stop => "stop",
            T::Capitals => "capitals",
            T::Digits => "digits",
            T::Punct => "punct",
            T::Cue => "cue",
            T::CueStart => "cue_start",
            T::Boiler => "boiler",
            T::Repeats => "repeats",
            T::Decile => "decile",
            T::FromStart => "from_start",
            T::FromEnd => "from_end",
            T::BlockEdge => "block_edge",
            T::BlockLines => "block_lines",
            T::BlockWords => "block_words",
            T::Sentences => "sentences",
            T::Separators => "separators",
            T::Link => "link",
            T::Mark => "mark",
            T::Cjk => "cjk",
            T::LenEnds => "len_ends",
            T::RuleLen => "rule_len",
            T::NeighbourRule => "neighbour_rule",
            T::NeighbourShape => "neighbour_shape",
            T::NeighbourCue => "neighbour_cue",
            T::RulePair => "rule_pair",
            T::Density => "density",
            T::FromTitle => "from_title",
            T::BodyRange => "body_range",
            T::WordsBefore => "words_before",
            T::RelWords => "rel_words",
            T::BlockShare => "block_share",
            T::Prose => "prose",
            T::StoryShare => "story_share",
            T::ListRun => "list_run",
            T::StoryOrder => "story_order",
            T::Echo => "echo",
            T::Topic => "topic",
        }
    }
}

fn id(t: T, v: u64) -> u64 {
    super::ids::feature_id(t as u8, v)
}

fn len_b(chars: u32) -> u64 {
    match chars {
        0..=3 => 0,
        4..=10 => 1,
        11..=20 => 2,
        21..=40 => 3,
        41..=80 => 4,
        81..=160 => 5,
        161..=320 => 6,
        _ => 7,
    }
}

fn words_b(w: u32) -> u64 {
    match w {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=6 => 3,
        7..=12 => 4,
        13..=25 => 5,
        26..=50 => 6,
        _ => 7,
    }
}

/// A count in 8 buckets: 0-3 alone, then by powers of two up to 32.
pub(crate) fn log_b(n: usize) -> u64 {
    match n {
        0..=3 => n as u64,
        4..=7 => 4,
        8..=15 => 5,
        16..=31 => 6,
        _ => 7,
    }
}

fn ratio_b(r: f32) -> u64 {
    ((r * 5.0) as u64).min(4)
}

fn story_b(l: &PageLine) -> u64 {
    match l.story() {
        None => 0,
        Some(0) => 1,
        Some(1) => 2,
        Some(_) => 3,
    }
}

/// The set bits of `set` below [`CUE_CLASSES`], lowest first (as a loop
/// over the classes testing each bit visits them).
pub(crate) fn bits(set: u32) -> impl Iterator<Item = u64> {
    let mut rest = u64::from(set) & ((1 << CUE_CLASSES) - 1);
    std::iter::from_fn(move || {
        let c = rest.trailing_zeros();
        (rest != 0).then(|| {
            rest &= rest - 1;
            u64::from(c)
        })
    })
}

fn shape(s: &LineStats) -> u64 {
    len_b(s.chars) << 1 | u64::from(s.ends_sentence)
}

/// True when most of the line's words are CJK characters (function-word
/// ratios say nothing there).
fn cjk(s: &LineStats) -> bool {
    s.cjk * 2 > s.words
}

fn prose(s: &LineStats) -> bool {
    s.ends_sentence
        && if cjk(s) {
            s.cjk >= 20
        } else {
            s.words >= 8 && s.stop_ratio() >= 0.15
        }
}

fn short(o: &PageLine) -> bool {
    let s = o.stats();
    s.words <= 15 && !s.ends_sentence && !s.ends_colon
}

/// For a short line: how many short lines run before it (at most 24 are
/// looked at), and whether a line ending in a colon introduces the run (a
/// list the text announces).
pub(crate) fn list_run(page: &Page, i: usize) -> Option<(usize, bool)> {
    if !page.lines.get(i).is_some_and(short) {
        return None;
    }
    let mut j = i;
    while j > 0 && i - j < 24 && page.lines.get(j - 1).is_some_and(short) {
        j -= 1;
    }
    let intro = j
        .checked_sub(1)
        .and_then(|k| page.lines.get(k))
        .is_some_and(|o| o.stats().ends_colon);
    Some((i - j, intro))
}

/// Pushes the feature ids of line `i` of `page` onto `out`.
pub fn emit(page: &Page, i: usize, out: &mut Vec<u64>) {
    emit_with(page, i, &mut |t, v| out.push(id(t, v)));
}

/// Calls `f` with the template number and value of each feature of line
/// `i` of `page` (its id is [`super::ids::feature_id`] of them), in the
/// order [`emit`] pushes the ids.
pub(crate) fn emit_each(page: &Page, i: usize, mut f: impl FnMut(u8, u64)) {
    emit_with(page, i, &mut |t, v| f(t as u8, v));
}

/// The feature ids of line `i` of `page`, each with the name of its
/// template ("rule", "cue", "neighbour_rule", ...): what `explain` shows.
pub fn emit_named(page: &Page, i: usize) -> Vec<(&'static str, u64)> {
    let mut out = Vec::new();
    emit_with(page, i, &mut |t, v| out.push((t.name(), id(t, v))));
    out
}

fn emit_with(page: &Page, i: usize, put: &mut impl FnMut(T, u64)) {
    let Some(l) = page.lines.get(i) else {
        return;
    };
    let n = page.lines.len();
    let s = &l.stats();
    let rule = l.rule.id();
    let story = story_b(l);
    put(T::Bias, 0);
    put(T::Rule, rule);
    put(T::Story, story);
    put(T::RuleStory, rule << 4 | story);
    put(T::Len, len_b(s.chars));
    put(T::Words, words_b(s.words));
    put(T::EndsSentence, u64::from(s.ends_sentence));
    if s.words >= 3 && !cjk(s) {
        put(T::Stop, ratio_b(s.stop_ratio()));
    }
    if s.words >= 2 {
        put(T::Capitals, ratio_b(s.capital_ratio()));
    }
    put(T::Digits, ratio_b(s.digit_ratio() * 2.0));
    put(T::Punct, ratio_b(s.punct_ratio() * 3.0));
    // Only the classes the line holds are visited, in the same order.
    for c in bits(l.cues.any | l.cues.start) {
        if l.cues.any >> c & 1 == 1 {
            put(T::Cue, c);
        }
        if l.cues.start >> c & 1 == 1 {
            put(T::CueStart, c);
        }
    }
    if let Some(b) = l.boiler {
        put(T::Boiler, b as u64 + 1);
    }
    put(T::Repeats, log_b(l.repeats as usize));
    put(T::Decile, (i * 10 / n.max(1)) as u64);
    put(T::FromStart, log_b(i));
    put(T::FromEnd, log_b(n - 1 - i));
    if let Some(&(b0, b1, bw)) = page.blocks.get(l.block as usize) {
        put(
            T::BlockEdge,
            u64::from(i == b0) << 1 | u64::from(i + 1 == b1),
        );
        put(T::BlockLines, log_b(b1 - b0));
        put(T::BlockWords, words_b(bw));
        let share = if page.words == 0 {
            0.0
        } else {
            bw as f32 / page.words as f32
        };
        put(T::BlockShare, ratio_b(share * 2.0));
    }
    put(T::Sentences, u64::from(s.sentences.min(3)));
    put(T::Separators, log_b(s.separators as usize).min(4));
    put(T::Link, u64::from(s.link_like));
    put(T::Mark, u64::from(s.opens_with_mark));
    put(T::Cjk, u64::from(cjk(s)) << 1 | u64::from(prose(s)));
    put(T::LenEnds, shape(s));
    put(T::RuleLen, rule << 4 | len_b(s.chars));
    put(
        T::Prose,
        u64::from(prose(s)) << 1 | u64::from(l.rule.is_body()),
    );
    let mut dense = 0u64;
    for d in [-3i64, -2, -1, 1, 2, 3] {
        let j = i as i64 + d;
        let nb = usize::try_from(j).ok().and_then(|j| page.lines.get(j));
        let slot = (d + 3) as u64;
        match nb {
            Some(o) => {
                let os = o.stats();
                dense += u64::from(prose(&os));
                if d.abs() <= 2 {
                    put(T::NeighbourRule, slot << 12 | o.rule.id() << 4 | story_b(o));
                    put(T::NeighbourShape, slot << 12 | shape(&os));
                }
                if d.abs() == 1 {
                    for c in bits(o.cues.any) {
                        put(T::NeighbourCue, slot << 8 | c);
                    }
                }
                if d == -1 {
                    put(T::RulePair, o.rule.id() << 8 | rule);
                }
            }
            None if d.abs() <= 2 => put(T::NeighbourRule, slot << 12 | 0xfff),
            None => {}
        }
    }
    put(T::Density, dense);
    // A run of short lines that a line ending in a colon introduces (a list
    // the text announces); looked back at most 24 lines.
    if let Some((steps, intro)) = list_run(page, i) {
        put(
            T::ListRun,
            u64::from(intro) << 4 | u64::from(l.rule.is_body()) << 3 | log_b(steps).min(4),
        );
    }
    put(
        T::FromTitle,
        match page.title_line {
            None => 0,
            Some(t) if t == i => 1,
            Some(t) if i < t => 2 << 4 | log_b(t - i),
            Some(t) => 3 << 4 | log_b(i - t),
        },
    );
    put(
        T::BodyRange,
        match page.body_range {
            None => 0,
            Some((a, _)) if i < a => 1 << 4 | log_b(a - i),
            Some((_, b)) if i > b => 2 << 4 | log_b(i - b),
            Some(_) => 3,
        },
    );
    if let Some(k) = l.story() {
        let all: u32 = page.stories.iter().map(|s| s.1).sum();
        let (first, w) = page.stories.get(k as usize).copied().unwrap_or((0, 0));
        let share = if all == 0 { 0.0 } else { w as f32 / all as f32 };
        put(T::StoryShare, story << 4 | ratio_b(share));
        let main_first = page.stories.first().map_or(0, |s| s.0);
        put(
            T::StoryOrder,
            u64::from(k > 0 && first < main_first) << 1 | u64::from(l.rule.is_body()),
        );
    }
    let before = if page.words == 0 {
        0.0
    } else {
        l.words_before as f32 / page.words as f32
    };
    put(T::WordsBefore, (before * 10.0) as u64);
    // With the rules' role (ids 1-13), or 15 for any line they removed.
    if l.echo != 0 && s.words >= 4 {
        put(T::Echo, u64::from(l.echo) << 4 | l.rule.id().min(15));
    }
    // How much of its vocabulary the story's text prints, by its length.
    put(T::Topic, u64::from(l.topic) << 4 | words_b(s.words));
    let rel = if page.max_words == 0 {
        0.0
    } else {
        s.words as f32 / page.max_words as f32
    };
    put(T::RelWords, ratio_b(rel));
}

#[cfg(test)]
mod tests {
    #[test]
    fn bits_visit_the_classes_a_loop_over_them_finds() {
        for set in [0u32, 1, 0b1011, 1 << 18, u32::MAX, 0x5A5A_5A5A] {
            let all = (0..super::CUE_CLASSES as u64).filter(|c| set >> c & 1 == 1);
            assert!(super::bits(set).eq(all), "{set:#x}");
        }
    }
}
