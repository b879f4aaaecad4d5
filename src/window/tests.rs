//! Tests of reading long inputs in windows.

use super::{plan, read_windows};
use crate::{Options, Parser, Warning};

/// `n` non-blank lines, a blank line after every `block` of them (none
/// when `block` is 0).
fn text(n: usize, block: usize) -> String {
    let mut t = String::new();
    for i in 0..n {
        t.push_str(&format!("Line {i} of a long input.\n"));
        if block > 0 && (i + 1) % block == 0 {
            t.push('\n');
        }
    }
    t
}

fn non_blank(t: &str) -> usize {
    t.lines().filter(|l| !l.trim().is_empty()).count()
}

#[test]
fn a_text_within_the_window_is_read_whole() {
    assert_eq!(plan(&text(10, 3), &Options::default(), 50), None);
    assert_eq!(plan(&text(50, 0), &Options::default(), 50), None);
    assert_eq!(plan("", &Options::default(), 50), None);
}

#[test]
fn windows_cover_the_text_and_end_at_blank_lines() {
    let t = text(130, 7);
    let p = plan(&t, &Options::default(), 50).expect("windowed");
    assert_eq!(p.cut, None);
    assert_eq!(p.windows.first().map(|w| w.start), Some(0));
    assert_eq!(p.windows.last().map(|w| w.end), Some(t.len()));
    for pair in p.windows.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
        // A cut in a block's middle would leave no blank line before it.
        assert!(t[..pair[0].end].ends_with(".\n\n") || t[pair[0].end..].starts_with('\n'));
    }
    for w in &p.windows {
        let n = non_blank(&t[w.clone()]);
        assert!((1..=50).contains(&n), "{n} lines in {w:?}");
    }
    assert_eq!(
        p.windows
            .iter()
            .map(|w| non_blank(&t[w.clone()]))
            .sum::<usize>(),
        130
    );
}

#[test]
fn without_blank_lines_a_window_is_cut_at_its_last_line() {
    let t = text(120, 0);
    let p = plan(&t, &Options::default(), 50).expect("windowed");
    let counts: Vec<usize> = p.windows.iter().map(|w| non_blank(&t[w.clone()])).collect();
    assert_eq!(counts, vec![50, 50, 20]);
}

#[test]
fn the_limits_cut_where_a_whole_read_cuts() {
    let t = text(130, 0);
    for opts in [
        Options::default().max_lines(100),
        Options::default().max_input_bytes(2500),
        Options::default().max_input_bytes(3000).max_lines(110),
    ] {
        let p = plan(&t, &opts, 50).expect("windowed");
        let (mut warnings, mut cut) = (Vec::new(), None);
        let _ = crate::lines::split(&t, &opts, &mut warnings, &mut cut, true);
        let (at, w) = p.cut.expect("cut");
        assert_eq!(Some(at), cut.map(|c| c.start));
        assert_eq!(w, warnings);
        assert_eq!(p.windows.last().map(|w| w.end), Some(at));
    }
}

#[test]
fn windowed_articles_point_into_the_whole_input() {
    let mut t = String::new();
    for s in 0..6 {
        t.push_str(&format!(
            "Storm number {s} closes schools across the region\n\n"
        ));
        for p in 0..12 {
            t.push_str(&format!(
                "Paragraph {p} of story {s} says what the storm did to the towns it crossed, and how people coped.\n\n"
            ));
        }
    }
    let parser = Parser::default();
    let arts =
        read_windows(&t, &Options::default(), 30, |w| parser.parse_all(w)).expect("windowed");
    assert!(arts.len() >= 2, "{} articles", arts.len());
    assert!(
        arts[0]
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::Windowed(_)))
    );
    let mut seen = Vec::new();
    for a in &arts {
        for b in &a.body {
            assert_eq!(&t[b.span.start..b.span.end], b.text, "body span");
        }
        if let Some(s) = a.spans.title {
            assert_eq!(&t[s.start..s.end], a.title);
        }
        seen.extend(a.lines.iter().map(|l| l.span.start));
        seen.extend(a.removed.iter().map(|r| r.span.start));
    }
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), non_blank(&t), "every line accounted for");
}

#[test]
fn windows_without_a_story_fold_into_the_first_article() {
    let t = "March 4, 2025\n".repeat(120);
    let parser = Parser::default();
    let arts =
        read_windows(&t, &Options::default(), 50, |w| parser.parse_all(w)).expect("windowed");
    assert_eq!(arts.len(), 1);
    let a = &arts[0];
    assert!(
        a.warnings
            .contains(&Warning::Windowed("3 windows of at most 50 lines".into()))
    );
    assert_eq!(a.lines.len() + a.removed.len(), 120);
    let mut starts: Vec<usize> = a
        .lines
        .iter()
        .map(|l| l.span.start)
        .chain(a.removed.iter().map(|r| r.span.start))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    assert_eq!(starts.len(), 120);
    assert_eq!(starts.last(), Some(&(119 * 14)));
}

#[test]
fn a_windowed_cut_is_reported_as_a_whole_read_reports_it() {
    let t = "March 4, 2025\n".repeat(120);
    let parser = Parser::default();
    let opts = Options::default().max_lines(100);
    let arts = read_windows(&t, &opts, 50, |w| parser.parse_all(w)).expect("windowed");
    let a = &arts[0];
    assert!(a.warnings.contains(&Warning::Truncated(
        "more than 100 lines (max_lines)".into()
    )));
    let cut: Vec<_> = a
        .removed
        .iter()
        .filter(|r| r.reason == crate::RemovalReason::Truncated)
        .collect();
    assert_eq!(cut.len(), 1);
    assert_eq!(cut[0].span, crate::Span::new(100 * 14, t.len()));
}
