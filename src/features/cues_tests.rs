//! Unit tests of [`super::cues`]: the classes found at word boundaries,
//! and the automata (NFA, DFA, and an ASCII case-insensitive one on the
//! line as printed) finding the same matches.

use super::*;

#[test]
fn classes_are_found_at_word_boundaries() {
    let c = cues("By Jane Doe, Reuters | Updated 3:05 pm GMT");
    for cue in [Cue::Byline, Cue::Agency, Cue::Time] {
        assert!(c.has(cue), "{cue:?}");
    }
    assert!(c.opens_with(Cue::Byline));
    assert!(!c.opens_with(Cue::Agency));
    assert!(!cues("Bystanders were amazed").has(Cue::Byline));
}

#[test]
fn the_nfa_and_the_dfa_find_the_same_matches() {
    let a = automaton();
    // (And both find in the line lower-cased in ASCII what an ASCII
    // case-insensitive automaton finds in the line.)
    let ci = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&a.pats);
    let (Some(nfa), Some(dfa), Ok(ci)) = (
        build(&a.pats, AhoCorasickKind::ContiguousNFA),
        build(&a.pats, AhoCorasickKind::DFA),
        ci,
    ) else {
        panic!("the automata build");
    };
    let joins = ["", " ", ": ", "-", "x", "É", "  ", "|", "1"];
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..4000 {
        let mut line = String::new();
        for _ in 0..1 + next(6) {
            let p = a.pats.get(next(a.pats.len())).map_or("", String::as_str);
            let p = if next(3) == 0 {
                p.to_uppercase()
            } else {
                p.to_string()
            };
            let cut = p
                .char_indices()
                .nth(next(p.len() + 1))
                .map_or(p.len(), |c| c.0);
            let p = if next(4) == 0 {
                p.get(..cut).unwrap_or("")
            } else {
                &p
            };
            line.push_str(p);
            line.push_str(joins.get(next(joins.len())).copied().unwrap_or(""));
        }
        let lower = line.to_ascii_lowercase();
        let found = |ac: &AhoCorasick, t: &str| {
            ac.find_iter(t)
                .map(|m| (m.pattern(), m.start(), m.end()))
                .collect::<Vec<_>>()
        };
        assert_eq!(found(&nfa, &lower), found(&dfa, &lower), "{line:?}");
        assert_eq!(found(&nfa, &lower), found(&ci, &line), "{line:?}");
    }
}

#[test]
fn comment_and_related_cues() {
    assert!(cues("12 comments").has(Cue::Comment));
    assert!(cues("Read more: Storm hits coast").opens_with(Cue::Related));
    assert_eq!(cues("The storm hit the coast."), Cues::default());
}
