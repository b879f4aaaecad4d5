//! Invariants the fuzz targets check, shared with the crate's regression
//! tests (`tests/fuzz_regressions.rs` includes this file with `#[path]`), so
//! a crash found by a fuzzer is replayed with exactly the same checks.
//!
//! Every check panics with a message naming the broken invariant.

use newsclip::grammar::Parsed;
use newsclip::{Article, RemovalReason, Span};

/// Characters the default cleaning pipeline removes (or, for the line
/// terminators, turns into `\n`): none may appear in cleaned text.
pub fn removed_by_cleaner(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{8}'
            | '\u{b}'..='\u{1f}'
            | '\u{80}'..='\u{9f}'
            | '\u{ad}'
            | '\u{200b}'
            | '\u{2060}'
            | '\u{feff}'
            | '\u{e000}'..='\u{f8ff}'
            | '\u{f0000}'..='\u{ffffd}'
            | '\u{100000}'..='\u{10fffd}'
    )
}

/// At most 200 chars of `s`, for messages.
pub fn preview(s: &str) -> String {
    let mut out: String = s.chars().take(200).collect();
    if out.len() < s.len() {
        out.push_str("...");
    }
    out
}

/// Panics when `text` (an output field called `what`) holds a character
/// the cleaner removes.
pub fn assert_clean_text(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| removed_by_cleaner(c)) {
        panic!(
            "{what} holds {c:?}, which the cleaner removes: {:?}",
            preview(text)
        );
    }
}

/// The cleaning invariants for one input: the output is free of removed
/// characters, cleaning it again changes nothing, and `Cleaner::default()`
/// agrees with `clean()`.
pub fn check_clean(input: &str) {
    let once = newsclip::clean::clean(input);
    assert_clean_text("clean(input)", &once);
    let twice = newsclip::clean::clean(&once);
    assert_eq!(
        once.as_ref(),
        twice.as_ref(),
        "clean is not idempotent on {:?}",
        preview(input)
    );
    let via_cleaner = newsclip::clean::Cleaner::default();
    assert_eq!(
        via_cleaner.clean(input).as_ref(),
        once.as_ref(),
        "Cleaner::default() and clean() disagree on {:?}",
        preview(input)
    );
}

/// Input lines as the parser splits them: `\n`, `\r\n`, `\r`, U+0085,
/// U+2028 and U+2029 end a line; spans exclude the terminator. Same as the
/// reference the integration tests use.
pub fn raw_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end_here = match c {
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => true,
            '\r' => {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                }
                true
            }
            _ => false,
        };
        if end_here {
            out.push((start, i));
            start = it.peek().map(|&(j, _)| j).unwrap_or(text.len());
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Every span an article carries, with a name for messages.
pub fn all_spans(a: &Article) -> Vec<(&'static str, Span)> {
    let mut v: Vec<(&'static str, Span)> = Vec::new();
    let s = &a.spans;
    for (n, o) in [
        ("spans.title", s.title),
        ("spans.subtitle", s.subtitle),
        ("spans.published", s.published),
        ("spans.updated", s.updated),
        ("spans.dateline", s.dateline),
        ("spans.section", s.section),
        ("spans.reading_time_minutes", s.reading_time_minutes),
    ] {
        if let Some(sp) = o {
            v.push((n, sp));
        }
    }
    v.extend(s.authors.iter().map(|&x| ("spans.authors", x)));
    v.extend(s.credits.iter().map(|&x| ("spans.credits", x)));
    v.extend(s.key_points.iter().map(|&x| ("spans.key_points", x)));
    v.extend(s.related.iter().map(|&x| ("spans.related", x)));
    v.extend(a.captions.iter().map(|c| ("captions.span", c.span)));
    v.extend(a.body.iter().map(|b| ("body.span", b.span)));
    v.extend(a.lines.iter().map(|l| ("lines.span", l.span)));
    v.extend(a.removed.iter().map(|r| ("removed.span", r.span)));
    v
}

/// Every output text of an article, with a name for messages. The
/// `Truncated` removal carries a preview of the raw cut text and is left out.
pub fn all_texts(a: &Article) -> Vec<(&'static str, &str)> {
    let mut v: Vec<(&'static str, &str)> = vec![("title", a.title.as_str())];
    v.extend(a.subtitle.as_deref().map(|s| ("subtitle", s)));
    v.extend(a.dateline.as_deref().map(|s| ("dateline", s)));
    v.extend(a.section.as_deref().map(|s| ("section", s)));
    v.extend(a.authors.iter().map(|s| ("authors", s.as_str())));
    v.extend(a.credits.iter().map(|s| ("credits", s.as_str())));
    v.extend(a.key_points.iter().map(|s| ("key_points", s.as_str())));
    v.extend(a.related.iter().map(|s| ("related", s.as_str())));
    for c in &a.captions {
        v.push(("captions.text", c.text.as_str()));
        v.extend(c.credit.as_deref().map(|s| ("captions.credit", s)));
    }
    v.extend(a.body.iter().map(|b| ("body.text", b.text.as_str())));
    v.extend(
        a.removed
            .iter()
            .filter(|r| r.reason != RemovalReason::Truncated)
            .map(|r| ("removed.text", r.text.as_str())),
    );
    v
}

/// Spans inside `text` on char boundaries, for every article.
pub fn check_spans(text: &str, arts: &[Article]) {
    for (k, a) in arts.iter().enumerate() {
        for (name, s) in all_spans(a) {
            assert!(
                s.start <= s.end && s.slice(text).is_some(),
                "article {k}: {name} {s:?} not inside the input ({} bytes) on char boundaries",
                text.len()
            );
        }
    }
}

/// Each non-blank input line lies in exactly one span across all articles'
/// `lines[].span` and `removed[].span`: its own, or the span of the lines
/// printed as one that it belongs to (a hard-wrapped paragraph, a heading
/// over its underline). Spans of a part of a line (a link card cut out of a
/// paragraph) hold no whole line and do not count.
pub fn check_accounting(text: &str, arts: &[Article]) {
    let mut used: Vec<(usize, usize)> = arts
        .iter()
        .flat_map(|a| {
            a.lines
                .iter()
                .map(|l| l.span)
                .chain(a.removed.iter().map(|r| r.span))
        })
        .map(|s| (s.start, s.end))
        .collect();
    used.sort_unstable();
    for (s, e) in raw_lines(text) {
        let line = text.get(s..e).unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let starting_before = used.partition_point(|&(a, _)| a <= s);
        let n = used[..starting_before]
            .iter()
            .filter(|&&(_, b)| b >= e)
            .count();
        assert_eq!(
            n,
            1,
            "line {:?} at {s}..{e} accounted for {n} times (want exactly once)",
            preview(line)
        );
    }
}

/// No output text holds a character the cleaner removes.
pub fn check_texts(arts: &[Article]) {
    for (k, a) in arts.iter().enumerate() {
        for (name, t) in all_texts(a) {
            assert_clean_text(&format!("article {k}: {name}"), t);
        }
    }
}

/// All `parse_all` invariants on `text` with the default options.
pub fn check_parse_all(text: &str) -> Vec<Article> {
    let arts = newsclip::parse_all(text);
    assert!(!arts.is_empty(), "parse_all returned no article");
    check_spans(text, &arts);
    check_accounting(text, &arts);
    check_texts(&arts);
    arts
}

/// Parsing with small limits: no panic, spans still valid, a `Truncated`
/// warning whenever the input is over the byte limit, and `try_parse`
/// agreeing with the limits.
pub fn check_limits(text: &str, max_bytes: usize, max_lines: usize, max_line: usize) {
    let opts = newsclip::Options::default()
        .max_input_bytes(max_bytes)
        .max_lines(max_lines)
        .max_line_bytes(max_line);
    let p = newsclip::Parser::new(opts);
    let arts = p.parse_all(text);
    assert!(!arts.is_empty(), "parse_all returned no article");
    check_spans(text, &arts);
    let truncated = arts.iter().any(|a| {
        a.warnings
            .iter()
            .any(|w| matches!(w, newsclip::Warning::Truncated(_)))
    });
    if text.len() > max_bytes {
        assert!(
            truncated,
            "input over max_input_bytes without a Truncated warning"
        );
        assert!(
            matches!(
                p.try_parse(text),
                Err(newsclip::Error::InputTooLarge { .. })
            ),
            "try_parse accepted input over max_input_bytes"
        );
    }
}

/// `parse_bytes` on any bytes: spans inside the decoded text, and an
/// `InvalidUtf8` warning exactly when the bytes are not UTF-8.
pub fn check_parse_bytes(data: &[u8]) {
    let arts = [newsclip::parse_bytes(data)];
    let text = String::from_utf8_lossy(data);
    check_spans(&text, &arts);
    let warned = arts.iter().any(|a| {
        a.warnings
            .iter()
            .any(|w| matches!(w, newsclip::Warning::InvalidUtf8))
    });
    assert_eq!(
        warned,
        std::str::from_utf8(data).is_err(),
        "InvalidUtf8 warning does not match the input's validity"
    );
}

/// A grammar's match: `rest` is a suffix of the input, the span lies
/// inside the input on char boundaries and ends before `rest` begins.
pub fn check_parsed<T>(grammar: &str, input: &str, p: &Parsed<'_, T>) {
    assert!(
        input.ends_with(p.rest),
        "{grammar}: rest {:?} is not a suffix of {:?}",
        preview(p.rest),
        preview(input)
    );
    assert!(
        p.span.start <= p.span.end && p.span.slice(input).is_some(),
        "{grammar}: span {:?} not inside {:?} on char boundaries",
        p.span,
        preview(input)
    );
    assert!(
        p.span.end <= input.len() - p.rest.len(),
        "{grammar}: span {:?} overlaps rest {:?} of {:?}",
        p.span,
        preview(p.rest),
        preview(input)
    );
}

/// Splits fuzz input into a selector byte and text (valid UTF-8 only).
pub fn split_input(data: &[u8]) -> Option<(u8, &str)> {
    let (&sel, rest) = data.split_first()?;
    std::str::from_utf8(rest).ok().map(|s| (sel, s))
}
