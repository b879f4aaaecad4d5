//! The `newsclip` binary's command line: help on stdout with status 0,
//! usage errors on stderr with status 2, every input processed, the same
//! document shape for one input or many, the output formats and `--fields`.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;
use cli::*;

use serde_json::Value;

#[test]
fn help_is_on_stdout_with_status_0() {
    for args in [
        &["--help"][..],
        &["extract", "--help"],
        &["explain", "--help"],
        &["clean", "-h"],
    ] {
        let o = newsclip(args, None);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(stdout(&o).contains("Usage"), "{args:?}: {}", stdout(&o));
        assert!(o.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn usage_errors_are_on_stderr_with_status_2() {
    for args in [
        &["explain", "--no-such-option", SEED][..],
        &["extract", "--format", "yaml", SEED],
        &["extract", "--favor", "both", SEED],
        &["extract", "--jobs", "0", SEED],
        &["extract", "--reference-time", "yesterday", SEED],
        &["extract", "--fields", "title,colour", SEED],
        &["clean", "--rules", "no_such_rule", SEED],
        &["frobnicate"],
    ] {
        let o = newsclip(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(!o.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn one_input_or_many_give_the_same_document_shape() {
    let one = newsclip(&["extract", "--format", "jsonl", SEED], None);
    assert!(one.status.success(), "{}", stderr(&one));
    let many = newsclip(&["extract", "--format", "jsonl", SEED, SEED2], None);
    let one = json_lines(&one);
    let many = json_lines(&many);
    assert_eq!(one.len(), 1);
    assert_eq!(many.len(), 2);
    assert_eq!(one[0]["id"], SEED);
    assert_eq!(many[0], one[0]);
    assert_eq!(many[1]["id"], SEED2);
    assert!(
        many[1]["articles"][0]["title"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
}

#[test]
fn json_is_one_array_of_documents() {
    let o = newsclip(&["extract", "--pretty", SEED, SEED2], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let s = stdout(&o);
    assert!(s.contains("\n  "), "--pretty indents");
    let v: Value = serde_json::from_str(&s).expect("one JSON value");
    let docs = v.as_array().expect("an array of documents");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["id"], SEED2);
    let lines = newsclip(
        &["extract", "--format", "jsonl", "--pretty", SEED, SEED2],
        None,
    );
    assert_eq!(stdout(&lines).lines().count(), 2, "JSONL is never indented");
    let empty = newsclip(&["extract", "--format", "json", "--jsonl"], Some(b""));
    let v: Value = serde_json::from_slice(&empty.stdout).expect("JSON");
    assert_eq!(v, Value::Array(Vec::new()));
}

#[test]
fn jsonl_reads_every_file_and_stdin() {
    let dir = temp_dir("jsonl-files");
    let a = dir.join("a.jsonl");
    let b = dir.join("b.jsonl");
    std::fs::write(
        &a,
        format!("{}\n", serde_json::json!({"id": "a1", "text": STORY})),
    )
    .unwrap();
    std::fs::write(
        &b,
        format!(
            "{}\n\n{}\n",
            serde_json::json!({"id": "b1", "text": STORY}),
            serde_json::json!({"id": 7, "text": "Headline\n\nA first paragraph that says something.\n"})
        ),
    )
    .unwrap();
    let o = newsclip(
        &[
            "extract",
            "--jsonl",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<Value> = json_lines(&o).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        ["a1", "b1", "7"],
        "`b` is not ignored; ids in input order"
    );
    let input = std::fs::read(&b).unwrap();
    let o = newsclip(&["extract", "--jsonl", "-"], Some(&input));
    assert_eq!(json_lines(&o).len(), 2);
    let o = newsclip(&["extract", "--jsonl"], Some(&input));
    assert_eq!(
        json_lines(&o)[0]["articles"][0]["title"],
        "Storm closes schools across the region"
    );
}

#[test]
fn directories_are_read_recursively_and_dash_is_stdin() {
    let dir = temp_dir("dir-input");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), STORY).unwrap();
    std::fs::write(dir.join("sub/a.txt"), STORY).unwrap();
    std::fs::write(dir.join("notes.md"), "not a page").unwrap();
    let o = newsclip(
        &["extract", "--format", "jsonl", dir.to_str().unwrap(), "-"],
        Some(STORY.as_bytes()),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<String> = json_lines(&o)
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(
        ids[0].ends_with("b.txt") && ids[1].ends_with("sub/a.txt"),
        "{ids:?}"
    );
    assert_eq!(ids[2], "-");
}

#[test]
fn markdown_text_and_csv() {
    let story = "Storm closes schools\n\nBy Jane Doe\n\nSchools across the region closed on Monday as a storm brought heavy snow and strong winds.\n\nWhat happens next\n\nOfficials said the schools would reopen on Wednesday, \"if the roads are clear\", in time.\n";
    let md = stdout(&newsclip(
        &["extract", "--format", "markdown", "-"],
        Some(story.as_bytes()),
    ));
    assert!(md.contains("# Storm closes schools\n"), "{md}");
    assert!(md.contains("By Jane Doe"), "{md}");
    assert!(md.contains("Schools across the region closed"), "{md}");
    let text = stdout(&newsclip(
        &["extract", "--format", "text", "-"],
        Some(story.as_bytes()),
    ));
    assert!(
        text.starts_with("Storm closes schools\n\nSchools across"),
        "{text}"
    );
    assert!(!text.contains("Jane Doe"), "text is title and body: {text}");
    let csv = stdout(&newsclip(
        &["extract", "--format", "csv", "-"],
        Some(story.as_bytes()),
    ));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap().split(',').take(4).collect::<Vec<_>>(),
        ["id", "article", "title", "subtitle"]
    );
    assert!(csv.contains("-,0,Storm closes schools,,Jane Doe"), "{csv}");
    assert!(
        csv.contains("\"\"if the roads are clear\"\""),
        "quotes doubled: {csv}"
    );
}

#[test]
fn fields_picks_fields() {
    let o = newsclip(
        &[
            "extract",
            "--format",
            "jsonl",
            "--fields",
            "title,authors",
            "-",
        ],
        Some(STORY.as_bytes()),
    );
    let doc = &json_lines(&o)[0];
    let art = doc["articles"][0].as_object().unwrap();
    let keys: Vec<&str> = art.keys().map(String::as_str).collect();
    assert_eq!(keys, ["authors", "title"]);
    assert_eq!(art["authors"][0], "Jane Doe");
    let csv = stdout(&newsclip(
        &["extract", "--format", "csv", "--fields", "authors", "-"],
        Some(STORY.as_bytes()),
    ));
    assert_eq!(csv, "id,article,authors\n-,0,Jane Doe\n");
}
