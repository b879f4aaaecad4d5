//! The `extract` example, a thin wrapper over `newsclip extract` that the
//! evaluation scripts run as `extract --jsonl < in.jsonl > out.jsonl`: one
//! `{"articles", "id"}` line per record, in order, the same bytes as the
//! installed binary.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

#[path = "common/cli.rs"]
mod cli;
use cli::*;

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
    run_program(extract_bin(), args, stdin)
}

#[test]
fn jsonl_on_stdin_is_newsclip_extract_jsonl() {
    let input = b"{\"id\": \"one\", \"text\": \"Storm closes schools\\n\\nSchools across the region closed on Monday as a storm brought heavy snow.\\n\"}\n\n{\"id\": \"two\", \"text\": \"Headline\\n\\nA first paragraph that says something about the story.\\n\"}\n";
    let o = run(&["--jsonl"], Some(input));
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "one");
    assert_eq!(lines[1]["id"], "two");
    assert_eq!(lines[0]["articles"][0]["title"], "Storm closes schools");
    assert!(stdout(&o).starts_with("{\"articles\":["), "{}", stdout(&o));
    let b = newsclip(&["extract", "--jsonl"], Some(input));
    assert_eq!(b.stdout, o.stdout, "the example is `newsclip extract`");
}

#[test]
fn pretty_seed_and_help() {
    let o = run(&["--pretty", SEED], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).expect("one JSON array");
    assert_eq!(v[0]["id"], SEED);
    let help = run(&["--help"], None);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("--jsonl"));
}
