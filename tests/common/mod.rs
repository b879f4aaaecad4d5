//! Shared helpers for the integration tests: a field-by-field comparison of
//! articles with gold JSON (the same conventions as the evaluation scorer:
//! whitespace-normalised titles, case-insensitive name sets, calendar days,
//! token-F1 pairing of list items and body blocks).

#![allow(dead_code)]

pub mod ferry;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

pub fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() || c == '_' {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() && tb.is_empty() {
        return 1.0;
    }
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in &ta {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0i64;
    for t in &tb {
        if let Some(c) = counts.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                common += 1;
            }
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / ta.len() as f64;
    let r = common as f64 / tb.len() as f64;
    2.0 * p * r / (p + r)
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn str_of(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn list_of(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(str_of).collect())
        .unwrap_or_default()
}

fn fold_credit(s: &str) -> String {
    let k = s.trim().to_lowercase();
    newsclip::grammar::agency::canonical_agency(&k)
        .map(|c| c.to_lowercase())
        .unwrap_or(k)
}

fn day(v: &Value) -> Option<String> {
    str_of(v).map(|s| s.chars().take(10).collect())
}

/// One-to-one pairs by token F1 >= threshold, best first.
fn pair(pred: &[String], gold: &[String], threshold: f64) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            let s = token_f1(p, g);
            if s >= threshold {
                cands.push((s, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut up, mut ug, mut out) = (vec![false; pred.len()], vec![false; gold.len()], Vec::new());
    for (_, i, j) in cands {
        if !up[i] && !ug[j] {
            up[i] = true;
            ug[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// Differences between a predicted article and a gold article, as readable lines.
pub fn diff_article(pred: &Value, gold: &Value) -> Vec<String> {
    let mut d = Vec::new();
    for f in ["title", "subtitle"] {
        let (p, g) = (
            str_of(&pred[f]).map(|s| norm_ws(&s)),
            str_of(&gold[f]).map(|s| norm_ws(&s)),
        );
        if p.as_deref().filter(|s| !s.is_empty()) != g.as_deref().filter(|s| !s.is_empty()) {
            d.push(format!("{f}: gold {g:?}\n      pred {p:?}"));
        }
    }
    let mut set = |f: &str, fold: fn(&str) -> String| {
        let mut p: Vec<String> = list_of(&pred[f]).iter().map(|s| fold(s)).collect();
        let mut g: Vec<String> = list_of(&gold[f]).iter().map(|s| fold(s)).collect();
        p.sort();
        p.dedup();
        g.sort();
        g.dedup();
        if p != g {
            d.push(format!("{f}: gold {g:?}\n      pred {p:?}"));
        }
    };
    set("authors", |s| s.trim().to_lowercase());
    set("credits", fold_credit);
    for f in ["published", "updated"] {
        if day(&pred[f]) != day(&gold[f]) {
            d.push(format!("{f}: gold {:?} pred {:?}", gold[f], pred[f]));
        }
    }
    for f in ["dateline", "section"] {
        let (p, g) = (
            str_of(&pred[f]).map(|s| s.to_lowercase()),
            str_of(&gold[f]).map(|s| s.to_lowercase()),
        );
        if p != g {
            d.push(format!("{f}: gold {g:?} pred {p:?}"));
        }
    }
    if pred["reading_time_minutes"].as_f64() != gold["reading_time_minutes"].as_f64() {
        d.push(format!(
            "reading_time_minutes: gold {} pred {}",
            gold["reading_time_minutes"], pred["reading_time_minutes"]
        ));
    }
    for f in ["key_points", "related"] {
        let (p, g) = (list_of(&pred[f]), list_of(&gold[f]));
        let pairs = pair(&p, &g, 0.8);
        if pairs.len() != p.len() || pairs.len() != g.len() {
            d.push(format!("{f}: gold {g:#?}\n      pred {p:#?}"));
        }
    }
    let caps = |v: &Value| -> Vec<(String, Option<String>)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|c| (str_of(&c["text"]).unwrap_or_default(), str_of(&c["credit"])))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (pc, gc) = (caps(&pred["captions"]), caps(&gold["captions"]));
    let pt: Vec<String> = pc.iter().map(|c| c.0.clone()).collect();
    let gt: Vec<String> = gc.iter().map(|c| c.0.clone()).collect();
    let pairs = pair(&pt, &gt, 0.8);
    let credits_ok = pairs.iter().all(|&(i, j)| {
        pc[i].1.as_ref().map(|s| s.to_lowercase()) == gc[j].1.as_ref().map(|s| s.to_lowercase())
    });
    if pairs.len() != pc.len() || pairs.len() != gc.len() || !credits_ok {
        d.push(format!("captions: gold {gc:#?}\n      pred {pc:#?}"));
    }
    let blocks = |v: &Value| -> Vec<(String, String)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|b| {
                        (
                            str_of(&b["kind"]).unwrap_or_default(),
                            str_of(&b["text"]).unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let (pb, gb) = (blocks(&pred["body"]), blocks(&gold["body"]));
    let pt: Vec<String> = pb.iter().map(|b| b.1.clone()).collect();
    let gt: Vec<String> = gb.iter().map(|b| b.1.clone()).collect();
    let pairs = pair(&pt, &gt, 0.9);
    let mp: Vec<bool> = (0..pt.len())
        .map(|i| pairs.iter().any(|p| p.0 == i))
        .collect();
    let mg: Vec<bool> = (0..gt.len())
        .map(|j| pairs.iter().any(|p| p.1 == j))
        .collect();
    for (j, g) in gt.iter().enumerate() {
        if !mg[j] {
            d.push(format!("body missed: {g:?}"));
        }
    }
    for (i, p) in pt.iter().enumerate() {
        if !mp[i] {
            d.push(format!("body extra: {p:?}"));
        }
    }
    for &(i, j) in &pairs {
        if pb[i].0 != gb[j].0 {
            d.push(format!(
                "body kind: gold {} pred {} for {:?}",
                gb[j].0, pb[i].0, gb[j].1
            ));
        }
    }
    d
}

/// Differences between all predicted and gold articles of a document.
pub fn diff_doc(pred: &[Value], gold: &[Value]) -> Vec<String> {
    let mut d = Vec::new();
    if pred.len() != gold.len() {
        d.push(format!(
            "article count: gold {} pred {}",
            gold.len(),
            pred.len()
        ));
    }
    for (i, g) in gold.iter().enumerate() {
        match pred.get(i) {
            Some(p) => d.extend(
                diff_article(p, g)
                    .into_iter()
                    .map(|l| format!("article {i}: {l}")),
            ),
            None => d.push(format!("article {i}: missing")),
        }
    }
    d
}

/// (stem, text, gold articles) of every `NAME.txt` with a `NAME.json` in `dir`.
pub fn load_set(dir: &Path) -> Vec<(String, String, Vec<Value>)> {
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = std::fs::read_to_string(&p).expect("fixture text");
        out.push((stem, text, Vec::new()));
    }
    out
}

/// Gold articles for `stem` from `dir/stem.json`.
pub fn gold(dir: &Path, stem: &str) -> Vec<Value> {
    let s = std::fs::read_to_string(dir.join(format!("{stem}.json"))).expect("gold json");
    let v: Value = serde_json::from_str(&s).expect("gold parses");
    v["articles"].as_array().cloned().unwrap_or_default()
}
