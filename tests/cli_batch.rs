//! `newsclip extract` on batches: `--favor` and `--jobs` are real knobs,
//! the summary line, and bad input that is loud and loses nothing.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;
use cli::*;

use newsclip::{Options, Parser, Preference};
use serde_json::Value;

#[test]
fn favor_is_the_preference_of_options() {
    let text = std::fs::read_to_string(crate_dir().join(SEED)).unwrap();
    for (flag, pref) in [
        ("precision", Preference::Precision),
        ("recall", Preference::Recall),
        ("balanced", Preference::Balanced),
    ] {
        let o = newsclip(
            &[
                "extract", "--format", "jsonl", "--audit", "--favor", flag, SEED,
            ],
            None,
        );
        let got: Vec<newsclip::Article> =
            serde_json::from_value(json_lines(&o)[0]["articles"].clone()).unwrap();
        let want = Parser::new(Options::new().preference(pref)).parse_all(&text);
        assert_eq!(got, want, "--favor {flag}");
    }
}

#[test]
fn jobs_keep_input_order() {
    let mut jsonl = String::new();
    for i in 0..30 {
        let text = if i % 2 == 0 {
            STORY.to_string()
        } else {
            format!("Headline {i}\n\nA first paragraph number {i} of the story.\n")
        };
        jsonl.push_str(&serde_json::json!({ "id": format!("r{i}"), "text": text }).to_string());
        jsonl.push('\n');
    }
    let one = newsclip(
        &["extract", "--jsonl", "--jobs", "1"],
        Some(jsonl.as_bytes()),
    );
    let three = newsclip(&["extract", "--jsonl", "-j", "3"], Some(jsonl.as_bytes()));
    assert!(one.status.success() && three.status.success());
    assert_eq!(one.stdout, three.stdout);
    let ids: Vec<Value> = json_lines(&three).iter().map(|l| l["id"].clone()).collect();
    let want: Vec<Value> = (0..30).map(|i| Value::from(format!("r{i}"))).collect();
    assert_eq!(ids, want);
}

#[test]
fn summary_line_counts_the_batch() {
    let o = newsclip(&["extract", SEED, "no/such/file.txt"], None);
    assert_eq!(o.status.code(), Some(1), "a missing input fails the run");
    let err = stderr(&o);
    let last = err.lines().last().unwrap_or("");
    assert!(last.starts_with("newsclip: 2 documents, "), "{err}");
    assert!(
        last.contains(" 1 error, ") && last.contains("MB/s"),
        "{err}"
    );
    assert!(
        err.contains("no/such/file.txt"),
        "the failed input is named: {err}"
    );
    let q = newsclip(&["extract", "-q", SEED], None);
    assert!(q.stderr.is_empty(), "{}", stderr(&q));
}

#[test]
fn invalid_utf8_keeps_every_character_and_warns() {
    let bytes = b"Caf\xc3\xa9 \xff owners meet\n\nThe caf\xc3\xa9 \xfe owners met on Monday to talk about the rent, which has doubled.\n";
    let o = newsclip(&["extract", "--format", "jsonl", "-"], Some(bytes));
    assert!(o.status.success(), "{}", stderr(&o));
    let art = &json_lines(&o)[0]["articles"][0];
    assert_eq!(art["title"], "Caf\u{e9} \u{fffd} owners meet");
    assert!(
        art["body"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("The caf\u{e9} \u{fffd} owners")
    );
    assert!(
        stderr(&o).contains("warning: stdin: invalid_utf8"),
        "{}",
        stderr(&o)
    );
    let line = b"{\"id\": \"x\", \"text\": \"Headline \xff\\n\\nA first paragraph that says something.\\n\"}\n";
    let o = newsclip(&["extract", "--jsonl"], Some(line));
    assert!(
        stderr(&o).contains("line 1: invalid_utf8"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        json_lines(&o)[0]["articles"][0]["title"],
        "Headline \u{fffd}"
    );
}

#[test]
fn binary_input_is_refused_naming_the_file() {
    let dir = temp_dir("binary");
    let bin = dir.join("prog");
    std::fs::write(
        &bin,
        b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0text",
    )
    .unwrap();
    let name = bin.to_str().unwrap();
    let o = newsclip(&["extract", "--format", "jsonl", name, SEED], None);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(name) && err.contains("binary"), "{err}");
    let lines = json_lines(&o);
    assert_eq!(lines[0]["id"], name);
    assert!(lines[0]["error"].as_str().unwrap().contains("binary"));
    assert!(
        lines[0].get("articles").is_none(),
        "no article made of binary data"
    );
    assert_eq!(lines[1]["id"], SEED, "the other inputs are still processed");
    let text = "\x7fELF\0\0\0\u{1}\u{2}";
    assert_eq!(newsclip::try_parse(text), Err(newsclip::Error::Binary));
    let a = newsclip::parse(text);
    assert_eq!(a.warnings, [newsclip::Warning::BinaryInput]);
    assert!(a.title.is_empty() && a.body.is_empty());
}

#[test]
fn jsonl_record_without_text_is_an_error_naming_its_line() {
    let input = format!(
        "{}\n{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": STORY}),
        serde_json::json!({"id": "b", "body": STORY}),
        serde_json::json!({"id": "d", "text": 42}),
    );
    let o = newsclip(&["extract", "--jsonl"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 4, "one output line per record");
    assert!(lines[0]["articles"].is_array());
    assert_eq!(lines[1]["id"], "b");
    assert!(lines[1]["error"].as_str().unwrap().contains("text"));
    assert!(lines[2]["error"].as_str().unwrap().contains("JSON"));
    assert_eq!(lines[3]["id"], "d");
    let err = stderr(&o);
    assert!(
        err.contains("stdin line 2: record has no string \"text\""),
        "{err}"
    );
    assert!(
        err.contains("stdin line 3: bad JSON") && err.contains("stdin line 4:"),
        "{err}"
    );
}

#[test]
fn reference_time_of_a_record_resolves_its_relative_dates() {
    let text = "Headline\n\nUpdated 2 hours ago\n\nThe first paragraph of the story, which says what happened.\n";
    let input = format!(
        "{}\n",
        serde_json::json!({"id": "a", "text": text, "reference_time": "2025-03-04T12:00:00Z"})
    );
    let o = newsclip(&["extract", "--jsonl"], Some(input.as_bytes()));
    assert_eq!(
        json_lines(&o)[0]["articles"][0]["updated"],
        "2025-03-04T10:00:00+00:00"
    );
    let o = newsclip(
        &[
            "extract",
            "--format",
            "jsonl",
            "--reference-time",
            "2025-03-04T12:00:00+01:00",
            "-",
        ],
        Some(text.as_bytes()),
    );
    assert_eq!(
        json_lines(&o)[0]["articles"][0]["updated"],
        "2025-03-04T10:00:00+01:00"
    );
}

/// `script` (util-linux) runs the binary with a terminal for stderr, as a
/// user's shell would; skipped where it is not installed.
#[test]
fn progress_bar_only_on_a_terminal_for_a_large_batch() {
    let dir = temp_dir("progress");
    let input = dir.join("many.jsonl");
    let mut jsonl = String::new();
    for i in 0..300 {
        jsonl.push_str(&serde_json::json!({ "id": format!("r{i}"), "text": STORY }).to_string());
        jsonl.push('\n');
    }
    std::fs::write(&input, &jsonl).unwrap();
    let piped = newsclip(&["extract", "--jsonl", input.to_str().unwrap()], None);
    assert!(
        !stderr(&piped).contains("documents, 0."),
        "no bar when stderr is a pipe: {}",
        stderr(&piped)
    );
    let cmd = format!(
        "{} extract --jsonl {} > {}",
        env!("CARGO_BIN_EXE_newsclip"),
        input.display(),
        dir.join("out.jsonl").display()
    );
    let Ok(o) = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .output()
    else {
        eprintln!("SKIPPED progress_bar_only_on_a_terminal_for_a_large_batch: no `script`");
        return;
    };
    let tty = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{tty}");
    assert!(
        tty.contains("300 documents, 0."),
        "a progress bar on the terminal: {tty:?}"
    );
    assert!(
        tty.contains("newsclip: 300 documents, 300 articles"),
        "{tty:?}"
    );
}
