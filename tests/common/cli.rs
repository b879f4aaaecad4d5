//! Running the installed `newsclip` binary (built by cargo for the tests).

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub const SEED: &str = "seeds/000_9a97938ed1608d84.txt";
pub const SEED2: &str = "seeds/001_8a7d62c0b10b160c.txt";

/// `newsclip ARGS` in the crate's directory, `stdin` piped in.
pub fn newsclip(args: &[&str], stdin: Option<&[u8]>) -> Output {
    run_program(Path::new(env!("CARGO_BIN_EXE_newsclip")), args, stdin)
}

/// `program ARGS` in the crate's directory, `stdin` piped in.
pub fn run_program(program: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(program)
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
        .expect("spawn");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(input).expect("write stdin");
    }
    child.wait_with_output().expect("output")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Each stdout line as JSON.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// A fresh temporary directory for one test, removed again when the value
/// is dropped (also when the test fails), so test runs leave nothing behind.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A fresh temporary directory for one test (see [`TempDir`]).
pub fn temp_dir(name: &str) -> TempDir {
    let d = std::env::temp_dir().join(format!("newsclip-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    TempDir(d)
}

/// A small article with a title, a byline and two paragraphs.
pub const STORY: &str = "Storm closes schools across the region\n\nBy Jane Doe\n\nSchools across the region closed on Monday as a storm brought heavy snow and strong winds.\n\nOfficials said the schools would reopen on Wednesday if the roads were cleared in time.\n";
