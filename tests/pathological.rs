//! Pathological inputs at moderate sizes: no panic, no stack overflow, the
//! invariants of the fuzz targets on small instances, and the input limits
//! of `Options` (`parse` truncates with a warning, `try_parse` refuses with
//! the right `Error`). Timings are not asserted here: the growth of the cost
//! with the input size is measured by `benches/parse.rs` (group `patho`) and
//! `scripts/linearity.sh`.
//!
//! Sizes are moderate so that the file stays fast in a debug build; set
//! `NEWSCLIP_PATHO_SCALE=N` to scale them (default 4; e.g. `NEWSCLIP_PATHO_SCALE=40
//! cargo test --release --test pathological` for inputs of several MB).

#[allow(dead_code)]
#[path = "../fuzz/src/lib.rs"]
mod checks;

use newsclip::grammar::{byline, caption, date, dateline, misc};
use newsclip::{Error, Options, Parser, RemovalReason, Warning};

#[path = "common/fill.rs"]
mod fill;
use fill::fill;

fn nested(size: usize) -> String {
    let depth = size / 2;
    format!(
        "A fire crew at work. {}AP Photo/Jane Doe{}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    )
}

/// The families of `benches/parse.rs`, by name, at `size` bytes.
fn family(name: &str, size: usize) -> String {
    match name {
        "giant_line" => fill("", "word", " ", "", size),
        "blank_lines" => fill("Headline\n", "", "\n", "", size),
        "blank_lines_crlf" => fill("Headline\r\n", "", "\r\n", "", size),
        "byline_names" => fill("By ", "Jane Doe", ", ", "and John Roe\n", size),
        "nested_brackets" => nested(size),
        "unbalanced_open" => fill("Photo: ", "(Reuters", " [", "\n", size),
        "unbalanced_close" => fill("A caption ", ")]", " ", "(AP Photo)\n", size),
        "combining_marks" => fill("Headline\n\na", "\u{301}\u{308}\u{323}", "", "\n", size),
        "lone_marks" => fill("Headline\n\n", "\u{301}", "", "\n", size),
        "nul_bytes" => fill("Headline\n\n", "Some\0text\0here", "\0\n", "", size),
        "every_line_a_date" => fill("", "March 4, 2025", "\n", "", size),
        "same_headline" => fill(
            "",
            "Storm closes schools across the region",
            "\n\n",
            "",
            size,
        ),
        "invisible" => fill(
            "Headline\n\n",
            "\u{feff}\u{200b}\u{ad}\u{e000}",
            "\n",
            "",
            size,
        ),
        "mojibake" => fill(
            "Headline\n\n",
            "Itâ€™s &amp; cafÃ© &#8217;",
            " ",
            "\n",
            size,
        ),
        "bullets" => fill("Headline\n\n", "• a key point", "\n", "", size),
        "terminators" => fill("Headline", "\u{2028}x\u{85}y\rz", "\u{2029}", "", size),
        other => panic!("no family {other}"),
    }
}

const FAMILIES: &[&str] = &[
    "giant_line",
    "blank_lines",
    "blank_lines_crlf",
    "byline_names",
    "nested_brackets",
    "unbalanced_open",
    "unbalanced_close",
    "combining_marks",
    "lone_marks",
    "nul_bytes",
    "every_line_a_date",
    "same_headline",
    "invisible",
    "mojibake",
    "bullets",
    "terminators",
];

/// Small instances: every invariant the `parse_all` fuzz target checks.
#[test]
fn families_small_keep_every_invariant() {
    for name in FAMILIES {
        for size in [0, 1, 100, 2_000] {
            let text = family(name, size);
            checks::check_parse_all(&text);
        }
    }
}

/// `n` times a quarter of `NEWSCLIP_PATHO_SCALE` (default 4: `n` x 1).
fn scaled(n: usize) -> usize {
    let k = std::env::var("NEWSCLIP_PATHO_SCALE")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(4);
    n * k.max(1) / 4
}

fn parse_big(name: &str, size: usize) {
    let text = family(name, scaled(size));
    let arts = newsclip::parse_all(&text);
    assert!(!arts.is_empty(), "{name}: no article");
    checks::check_spans(&text, &arts);
}

#[test]
fn giant_single_line() {
    parse_big("giant_line", 400_000);
}

#[test]
fn many_blank_lines() {
    parse_big("blank_lines", 1_600_000);
    parse_big("blank_lines_crlf", 1_000_000);
}

#[test]
fn byline_of_thousands_of_names() {
    let text = family("byline_names", scaled(50_000));
    parse_big("byline_names", 50_000);
    let line = text.trim_end();
    if let Ok(p) = byline::parse_byline(line) {
        checks::check_parsed("parse_byline", line, &p);
    }
    let _ = byline::parse_trailer(&format!("Reporting by {}", &line[3..]));
    let _ = byline::is_person_name(line);
}

#[test]
fn deeply_nested_and_unbalanced_brackets() {
    for name in ["nested_brackets", "unbalanced_open", "unbalanced_close"] {
        let text = family(name, scaled(100_000));
        parse_big(name, 100_000);
        let line = text.trim_end();
        if let Ok(p) = caption::parse_caption(line) {
            checks::check_parsed("parse_caption", line, &p);
        }
        if let Ok(p) = caption::parse_credit_line(line) {
            checks::check_parsed("parse_credit_line", line, &p);
        }
        let _ = caption::split_credit(line);
        if let Ok(p) = dateline::parse_dateline(line) {
            checks::check_parsed("parse_dateline", line, &p);
        }
    }
}

#[test]
fn long_runs_of_combining_marks() {
    parse_big("combining_marks", 400_000);
    parse_big("lone_marks", 100_000);
    let text = family("lone_marks", scaled(100_000));
    checks::check_clean(&text);
}

#[test]
fn nul_bytes_and_invisible_characters() {
    parse_big("nul_bytes", 30_000);
    parse_big("invisible", 50_000);
    checks::check_clean(&family("nul_bytes", 50_000));
    checks::check_clean(&family("invisible", 50_000));
    checks::check_clean(&family("mojibake", 50_000));
}

#[test]
fn every_line_a_date() {
    parse_big("every_line_a_date", 40_000);
    let o = date::DateOptions::default();
    let line = fill("", "March 4, 2025", " ", "", 100_000);
    if let Ok(p) = date::parse_date_line(&line, &o) {
        checks::check_parsed("parse_date_line", &line, &p);
    }
    let no_date = fill("", "March", " ", "", 100_000);
    if let Some(p) = date::find_date(&no_date, &o) {
        checks::check_parsed("find_date", &no_date, &p);
    }
}

#[test]
fn same_headline_repeated() {
    parse_big("same_headline", 20_000);
}

#[test]
fn misc_grammars_on_long_lines() {
    for line in [
        fill("", "Home", " > ", "", 100_000),
        fill("", "•", " ", "", 100_000),
        fill("", "5", "", " min read", 100_000),
        fill("", "—", "", "", 100_000),
    ] {
        if let Ok(p) = misc::parse_breadcrumb(&line) {
            checks::check_parsed("parse_breadcrumb", &line, &p);
        }
        if let Ok(p) = misc::parse_bullet(&line) {
            checks::check_parsed("parse_bullet", &line, &p);
        }
        if let Ok(p) = misc::parse_reading_time(&line) {
            checks::check_parsed("parse_reading_time", &line, &p);
        }
        if let Ok(p) = misc::parse_afp_heading(&line) {
            checks::check_parsed("parse_afp_heading", &line, &p);
        }
    }
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let mut bytes = b"Headline\n\nBy Jane Doe\n\nThe first paragraph of the story, with \xff\xfe bad bytes \xc3 in it.\n".to_vec();
    let arts = newsclip::parse_bytes(&bytes);
    assert!(arts.warnings.contains(&Warning::InvalidUtf8));
    checks::check_parse_bytes(&bytes);
    bytes.extend(std::iter::repeat_n(0xC0u8, scaled(20_000)));
    checks::check_parse_bytes(&bytes);
    let good = "Headline\n\nBody text of the story, long enough to count.\n";
    let arts = newsclip::parse_bytes(good.as_bytes());
    assert!(!arts.warnings.contains(&Warning::InvalidUtf8));
}

fn small(bytes: usize, lines: usize, line_bytes: usize) -> Parser {
    Parser::new(
        Options::default()
            .max_input_bytes(bytes)
            .max_lines(lines)
            .max_line_bytes(line_bytes),
    )
}

fn truncated(a: &newsclip::Article) -> bool {
    a.warnings
        .iter()
        .any(|w| matches!(w, Warning::Truncated(_)))
}

const STORY: &str = "Storm closes schools\n\nBy Jane Doe\n\nSchools across the region closed on Monday as a storm brought heavy snow.\n\nOfficials said the schools would reopen on Wednesday.\n";

#[test]
fn defaults_are_far_above_real_articles() {
    let o = Options::default();
    assert!(o.max_input_bytes >= 64 * 1024 * 1024);
    assert!(o.max_lines >= 1_000_000);
    assert!(o.max_line_bytes >= 1024 * 1024);
    let a = Parser::default()
        .try_parse(STORY)
        .expect("a story is within the limits");
    assert!(!truncated(&a));
}

#[test]
fn input_over_max_input_bytes() {
    let p = small(40, 1000, 1000);
    match p.try_parse(STORY) {
        Err(Error::InputTooLarge { actual, limit }) => {
            assert_eq!((actual, limit), (STORY.len(), 40));
        }
        other => panic!("want InputTooLarge, got {other:?}"),
    }
    let a = p.parse(STORY);
    assert!(truncated(&a), "no Truncated warning: {:?}", a.warnings);
    assert!(
        a.removed
            .iter()
            .any(|r| r.reason == RemovalReason::Truncated && r.span.end == STORY.len()),
        "the cut text is reported in removed"
    );
    checks::check_spans(STORY, &[a]);
    // A cut inside a multi-byte character lands on a char boundary.
    let text = "Überschrift\n\nÄÖÜ äöü ÄÖÜ äöü ÄÖÜ äöü ÄÖÜ äöü\n";
    for limit in 0..text.len() {
        let arts = small(limit, 1000, 1000).parse_all(text);
        checks::check_spans(text, &arts);
        assert!(truncated(&arts[0]), "limit {limit}");
    }
}

#[test]
fn input_over_max_lines() {
    let p = small(1 << 20, 3, 1000);
    assert!(matches!(
        p.try_parse(STORY),
        Err(Error::TooManyLines { limit: 3 })
    ));
    let a = p.parse(STORY);
    assert!(truncated(&a));
    checks::check_spans(STORY, &[a]);
    // Exactly the limit, with a trailing newline, is accepted.
    let three = "Headline\nA line of text here.\nAnother line of text.\n";
    assert!(p.try_parse(three).is_ok(), "{:?}", p.try_parse(three));
    assert!(!truncated(&p.parse(three)));
    // Every terminator the parser splits on counts as a line end.
    for sep in ["\r", "\u{2028}", "\u{2029}", "\u{85}", "\r\n"] {
        let t = ["Headline", "one", "two", "three", "four"].join(sep);
        assert!(
            matches!(p.try_parse(&t), Err(Error::TooManyLines { .. })),
            "separator {sep:?}"
        );
        assert!(truncated(&p.parse(&t)), "separator {sep:?}");
    }
}

#[test]
fn line_over_max_line_bytes() {
    let p = small(1 << 20, 1000, 30);
    match p.try_parse(STORY) {
        Err(Error::LineTooLong {
            line,
            actual,
            limit,
        }) => {
            assert_eq!(line, 5);
            assert_eq!(limit, 30);
            assert_eq!(actual, STORY.lines().nth(4).map_or(0, str::len));
        }
        other => panic!("want LineTooLong, got {other:?}"),
    }
    let a = p.parse(STORY);
    assert!(truncated(&a));
    checks::check_spans(STORY, &[a]);
    // A line of exactly the limit is not cut and not reported.
    let t = format!("{}\n", "x".repeat(30));
    assert!(p.try_parse(&t).is_ok());
    assert!(!truncated(&p.parse(&t)));
    // The line number counts every terminator.
    let t = format!("a\rb\u{2028}c\r\n{}\n", "y".repeat(31));
    assert!(matches!(
        p.try_parse(&t),
        Err(Error::LineTooLong { line: 4, .. })
    ));
    // Cutting inside a multi-byte character lands on a char boundary.
    let t = "ü".repeat(40);
    for limit in 1..10 {
        let arts = small(1 << 20, 1000, limit).parse_all(&t);
        checks::check_spans(&t, &arts);
        assert!(truncated(&arts[0]));
    }
}

#[test]
fn empty_input_is_refused_by_try_parse_only() {
    for t in ["", "   ", "\n\n\r\n"] {
        assert_eq!(Parser::default().try_parse(t), Err(Error::Empty));
        let arts = newsclip::parse_all(t);
        assert_eq!(arts.len(), 1);
    }
}

#[test]
fn error_messages_name_the_limit() {
    let e = small(10, 1000, 1000).try_parse(STORY).unwrap_err();
    assert!(e.to_string().contains("max_input_bytes"), "{e}");
    let e = small(1 << 20, 2, 1000).try_parse(STORY).unwrap_err();
    assert!(e.to_string().contains("max_lines"), "{e}");
    let e = small(1 << 20, 1000, 10).try_parse(STORY).unwrap_err();
    assert!(e.to_string().contains("max_line_bytes"), "{e}");
}

#[test]
fn limits_hold_on_every_family() {
    for name in FAMILIES {
        let text = family(name, 5_000);
        checks::check_limits(&text, 4_000, 50, 200);
        checks::check_limits(&text, 1, 1, 1);
    }
}

#[test]
fn many_more_links_and_glued_words_stay_linear() {
    // Glue points ("aB") and " MORE" links everywhere, no card: each glue
    // point is looked at once.
    let line = "Harbour aBcD aBcD MORE ".repeat(40_000);
    let text = format!("Council approves the riverside tram line\n\n{line}\n");
    let a = newsclip::parse(&text);
    assert!(a.word_count() > 0);
}
