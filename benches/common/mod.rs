//! What the benches share: the seeds and the shared page dumps.

use std::path::{Path, PathBuf};

pub fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn seeds() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(dir) = std::fs::read_dir(crate_dir().join("seeds")) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = dir.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        if let Ok(t) = std::fs::read_to_string(&p) {
            let name = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("seed")
                .to_string();
            out.push((name, t));
        }
    }
    out
}

/// Where the shared bench set lives, if anywhere.
pub fn dev_jsonl() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NEWSCLIP_BENCH_DATA") {
        return Some(PathBuf::from(p));
    }
    crate_dir()
        .ancestors()
        .skip(1)
        .take(4)
        .map(|d| d.join("shared/bench/dev.jsonl"))
        .find(|p| p.is_file())
}

/// (text_page, text_article) of every record of the bench set.
pub fn page_dumps() -> Option<(Vec<String>, Vec<String>)> {
    let path = dev_jsonl()?;
    let data = std::fs::read_to_string(&path).ok()?;
    let (mut pages, mut arts) = (Vec::new(), Vec::new());
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if let Some(s) = v["text_page"].as_str() {
            pages.push(s.to_string());
        }
        if let Some(s) = v["text_article"].as_str() {
            arts.push(s.to_string());
        }
    }
    Some((pages, arts))
}
