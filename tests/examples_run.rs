//! The `extract` example binary, run as a user would: on a seed with
//! `--pretty`, JSONL on stdin, a missing file among good ones, invalid
//! UTF-8, and `--jobs` keeping the input order.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example binary next to this test's profile directory, built first
/// (a no-op when `cargo test` already built it).
fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("test exe");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>");
        let bin = profile_dir
            .join("examples")
            .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "--example", "extract"])
            .current_dir(crate_dir());
        if profile_dir.file_name().and_then(|n| n.to_str()) == Some("release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("cargo build --example extract");
        assert!(status.success(), "building the extract example failed");
        assert!(bin.is_file(), "no example binary at {}", bin.display());
        bin
    })
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .current_dir(crate_dir())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn extract");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input).expect("write stdin");
    }
    child.wait_with_output().expect("extract output")
}

fn stdout_lines(o: &Output) -> Vec<Value> {
    String::from_utf8(o.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let p = std::env::temp_dir().join(format!("newsclip-{}-{name}", std::process::id()));
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

const SEED: &str = "seeds/000_9a97938ed1608d84.txt";
const SEED2: &str = "seeds/001_8a7d62c0b10b160c.txt";

#[test]
fn seed_with_pretty() {
    let o = run(&["--pretty", SEED], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = String::from_utf8(o.stdout).expect("UTF-8");
    assert!(s.contains("\n  "), "--pretty indents");
    let v: Value = serde_json::from_str(&s).expect("one JSON array");
    let arts = v.as_array().expect("array of articles");
    assert!(!arts.is_empty());
    assert!(!arts[0]["title"].as_str().unwrap_or("").is_empty());
    assert!(o.stderr.is_empty());
}

#[test]
fn jsonl_on_stdin() {
    let input = b"{\"id\": 1, \"text\": \"Storm closes schools\\n\\nSchools across the region closed on Monday as a storm brought heavy snow.\\n\"}\n\n{\"id\": \"two\", \"text\": \"Headline\\n\\nA first paragraph that says something about the story.\\n\"}\n";
    let o = run(&["--jsonl"], Some(input));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines = stdout_lines(&o);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[1]["id"], "two");
    assert_eq!(lines[0]["articles"][0]["title"], "Storm closes schools");
}

#[test]
fn jsonl_bad_line_is_reported_and_the_rest_processed() {
    let input = b"{\"id\": 1, \"text\": \"Headline\\n\\nBody text of the story.\\n\"}\nnot json\n{\"id\": 3, \"text\": \"x\"}\n";
    let o = run(&["--jsonl", "--jobs", "2"], Some(input));
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("line 2"), "{err}");
    let ids: Vec<Value> = stdout_lines(&o).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [1, 3]);
}

#[test]
fn missing_file_among_good_ones() {
    let missing = "no/such/file-newsclip.txt";
    let o = run(&[SEED, missing, SEED2], None);
    assert!(!o.status.success(), "a missing file fails the run");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err}");
    assert!(err.contains(missing), "{err}");
    let files: Vec<Value> = stdout_lines(&o).iter().map(|l| l["file"].clone()).collect();
    assert_eq!(
        files,
        [SEED, SEED2],
        "the other files are still processed, in order"
    );
}

#[test]
fn invalid_utf8_warns_and_decodes() {
    let p = temp_file(
        "bad-utf8.txt",
        b"Headline of the story\n\nThe first paragraph \xff\xfe of the story, which says what happened.\n",
    );
    let name = p.to_str().expect("temp path");
    let o = run(&[name], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("invalid UTF-8") && err.contains(name), "{err}");
    let v: Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(v[0]["title"], "Headline of the story");
    let o = run(
        &["--jsonl"],
        Some(b"{\"id\": 1, \"text\": \"Headline\"}\n{\"id\": 2, \"text\": \"a \xff b\"}\n"),
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("line 2") && err.contains("invalid UTF-8"),
        "{err}"
    );
    let _ = std::fs::remove_file(p);
}

#[test]
fn jobs_keep_input_order() {
    let seeds: Vec<String> = std::fs::read_dir(crate_dir().join("seeds"))
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("txt"))
        .map(|p| std::fs::read_to_string(p).expect("seed"))
        .collect();
    let mut jsonl = String::new();
    for i in 0..40 {
        let text = &seeds[i % seeds.len()];
        jsonl.push_str(&serde_json::json!({ "id": i, "text": text }).to_string());
        jsonl.push('\n');
    }
    let one = run(&["--jsonl", "--jobs", "1"], Some(jsonl.as_bytes()));
    let three = run(&["--jsonl", "--jobs=3"], Some(jsonl.as_bytes()));
    assert!(one.status.success() && three.status.success());
    assert_eq!(one.stdout, three.stdout, "same output whatever the jobs");
    let ids: Vec<u64> = stdout_lines(&three)
        .iter()
        .map(|l| l["id"].as_u64().expect("id"))
        .collect();
    assert_eq!(ids, (0..40).collect::<Vec<u64>>());
    let files = [SEED, SEED2, SEED, SEED2, SEED];
    let mut args = vec!["--jobs", "2"];
    args.extend(files);
    let par = run(&args, None);
    let seq = run(&[&["--jobs", "1"][..], &files[..]].concat(), None);
    assert!(par.status.success());
    assert_eq!(par.stdout, seq.stdout);
    let bad = run(&["--jobs", "0", SEED], None);
    assert!(!bad.status.success());
}
