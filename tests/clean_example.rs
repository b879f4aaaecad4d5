//! Runs `examples/clean.rs` as a user would.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// Builds the example once and returns the binary's path.
fn binary() -> &'static PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let manifest = concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml");
        let out = Command::new(cargo)
            .args([
                "build",
                "--quiet",
                "--example",
                "clean",
                "--message-format=json",
            ])
            .args(["--manifest-path", manifest])
            .stderr(Stdio::inherit())
            .output()
            .expect("run cargo build");
        assert!(out.status.success(), "cargo build --example clean failed");
        // The artifact message of the example names its executable.
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.contains("\"executable\":\"") && l.contains("\"name\":\"clean\""))
            .find_map(|l| {
                let start = l.find("\"executable\":\"")? + "\"executable\":\"".len();
                let end = start + l.get(start..)?.find('"')?;
                Some(PathBuf::from(l.get(start..end)?.replace("\\\\", "\\")))
            })
            .expect("example executable in cargo's output")
    })
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn example");
    // The example may exit before reading (usage errors): ignore a broken pipe.
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("wait for example")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn default_pipeline_from_stdin() {
    let o = run(&[], "\u{feff}It&rsquo;s  caf\u{c3}\u{a9}\r\n\r\n\r\nnext ");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "It\u{2019}s caf\u{e9}\n\nnext\n");
}

#[test]
fn rules_run_in_the_given_order() {
    let o = run(
        &["--rules", "decode_entities,ascii_quotes"],
        "&lsquo;a&rsquo;  b",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "'a'  b\n");
    // Rules re-run until nothing changes, so a later rule's output is
    // still seen by an earlier one.
    let o = run(&["--rules=ascii_quotes,decode_entities"], "&lsquo;a&rsquo;");
    assert_eq!(stdout(&o), "'a'\n");
    let o = run(&["--rules", "decode_entities"], "&lsquo;a&rsquo;");
    assert_eq!(stdout(&o), "\u{2018}a\u{2019}\n");
}

#[test]
fn unknown_rule_exits_2() {
    let o = run(&["--rules", "decode_entities,nope"], "x");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let o = run(&["--bogus"], "x");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn list_names_every_rule() {
    let o = run(&["--list"], "");
    assert!(o.status.success());
    let out = stdout(&o);
    for r in newsclip::clean::all_rules() {
        assert!(out.contains(r.name()), "{} missing from --list", r.name());
    }
    assert_eq!(out.lines().count(), newsclip::clean::all_rules().len());
}

#[test]
fn explain_goes_to_stderr() {
    let o = run(&["--explain"], "a&amp;b\u{200b}");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "a&b\n");
    let err = stderr(&o);
    assert!(err.contains("decode_entities: 1"), "{err}");
    assert!(err.contains("remove_invisible: 1"), "{err}");
    assert!(err.contains("repair_mojibake: 0"), "{err}");
}

#[test]
fn reads_a_file_argument() {
    let dir = std::env::temp_dir().join(format!("newsclip-clean-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("in.txt");
    std::fs::write(&path, "a\u{a0}\u{a0}b").expect("write temp file");
    let o = run(&[path.to_str().expect("utf-8 path")], "ignored");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "a b\n");
    let o = run(&["/nonexistent/newsclip/input.txt"], "");
    assert_eq!(o.status.code(), Some(1));
}
