//! `newsclip extract` on WET files: one JSONL line per text record with the
//! record's URI, id and date; other records counted on stderr; a cut gzip
//! member reported with the file and byte offset, the records after it
//! still read, exit status 1.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;

use std::io::Write;
use std::path::PathBuf;

use cli::{TempDir, json_lines, newsclip, stderr, temp_dir};

const STORY: &str = "Storm closes schools across the region\n\nBy Jane Doe\n\n\
    Updated 2 hours ago\n\nSchools across the region closed on Monday as a storm \
    brought heavy snow and strong winds to the valley, officials said.\n";

fn record(ty: &str, uri: &str, body: &str) -> Vec<u8> {
    format!(
        "WARC/1.0\r\nWARC-Type: {ty}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2025-01-06T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{ty}-{}>\r\n\
         Content-Length: {}\r\n\r\n{body}\r\n\r\n",
        uri.len(),
        body.len()
    )
    .into_bytes()
}

fn member(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

/// The WET file written into its own temporary directory, which lives as
/// long as the returned guard.
fn wet_file(test: &str, name: &str, members: &[Vec<u8>]) -> (TempDir, PathBuf) {
    let dir = temp_dir(test);
    let path = dir.join(name);
    std::fs::write(&path, members.concat()).expect("write");
    (dir, path)
}

#[test]
fn text_records_become_jsonl_lines() {
    let recs = [
        member(&record("warcinfo", "", "software: test")),
        member(&record("conversion", "https://news.example/a", STORY)),
        member(&record(
            "response",
            "https://news.example/a",
            "HTTP/1.1 200 OK\r\n\r\n",
        )),
        member(&record("conversion", "https://news.example/b", STORY)),
    ];
    let (_dir, path) = wet_file("wet-ok", "ok.warc.wet.gz", &recs);
    let out = newsclip(&["extract", path.to_str().expect("utf-8 path")], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = json_lines(&out);
    let ids: Vec<&str> = got.iter().filter_map(|v| v["id"].as_str()).collect();
    assert_eq!(ids, ["https://news.example/a", "https://news.example/b"]);
    assert_eq!(got[0]["warc_record_id"], "<urn:uuid:conversion-22>");
    let art = &got[0]["articles"][0];
    assert_eq!(art["title"], "Storm closes schools across the region");
    // "2 hours ago" is read against the record's WARC-Date.
    assert_eq!(art["updated"], "2025-01-06T10:00:00+00:00");
    let err = stderr(&out);
    assert!(
        err.contains("2 text records; skipped 1 response, 1 warcinfo"),
        "{err}"
    );
}

#[test]
fn a_cut_member_is_reported_and_the_rest_read() {
    let mut recs = vec![
        member(&record("conversion", "https://news.example/a", STORY)),
        member(&record("conversion", "https://news.example/b", STORY)),
        member(&record("conversion", "https://news.example/c", STORY)),
    ];
    let at = recs[0].len();
    let half = recs[1].len() / 2;
    recs[1].truncate(half);
    let (_dir, path) = wet_file("wet-cut", "cut.wet.gz", &recs);
    let name = path.to_str().expect("utf-8 path");
    let out = newsclip(&["extract", name], None);
    assert_eq!(out.status.code(), Some(1));
    let got = json_lines(&out);
    let ids: Vec<&str> = got.iter().filter_map(|v| v["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "https://news.example/a",
            format!("{name}:{at}").as_str(),
            "https://news.example/c"
        ]
    );
    assert!(
        got[1]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("gzip member"))
    );
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{name} byte {at}: gzip member")),
        "{err}"
    );
    assert!(err.contains("2 text records; 1 error"), "{err}");
}
