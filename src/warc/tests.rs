use std::io::{Cursor, Write};

use super::*;

fn record(ty: &str, uri: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {ty}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2025-01-06T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n\
         Content-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn records() -> Vec<Vec<u8>> {
    vec![
        record("warcinfo", "info", b"software: test"),
        record("conversion", "a", b"First page\n\nSome text.\n"),
        record("response", "b", b"HTTP/1.1 200 OK\r\n\r\n<html>"),
        record("conversion", "c", b"Third page\n"),
    ]
}

/// `(uri, offset)` of each record read, or `("ERR <kind>", offset)`.
fn read(bytes: Vec<u8>) -> Vec<(String, u64)> {
    WarcReader::new(Cursor::new(bytes), "t.wet")
        .unwrap()
        .map(|r| match r {
            Ok(r) => (r.target_uri().unwrap_or("").to_string(), r.offset),
            Err(e) => {
                assert_eq!(e.file, "t.wet");
                (format!("ERR {:?}", e.kind), e.offset)
            }
        })
        .collect()
}

fn uris(got: &[(String, u64)]) -> Vec<&str> {
    got.iter()
        .map(|(u, _)| u.split('(').next().unwrap_or(""))
        .collect()
}

#[test]
fn plain_records_with_offsets() {
    let recs = records();
    let got = read(recs.concat());
    assert_eq!(uris(&got), ["info", "a", "b", "c"]);
    let mut at = 0u64;
    for (r, (_, off)) in recs.iter().zip(&got) {
        assert_eq!(*off, at);
        at += r.len() as u64;
    }
}

#[test]
fn gzip_members_with_offsets() {
    let members: Vec<Vec<u8>> = records().iter().map(|r| gz(r)).collect();
    let got = read(members.concat());
    assert_eq!(uris(&got), ["info", "a", "b", "c"]);
    assert_eq!(got[2].1, (members[0].len() + members[1].len()) as u64);
    // One member for the whole file works too.
    let got = read(gz(&records().concat()));
    assert_eq!(uris(&got), ["info", "a", "b", "c"]);
}

#[test]
fn truncated_member_is_reported_and_skipped() {
    let mut members: Vec<Vec<u8>> = records().iter().map(|r| gz(r)).collect();
    let cut = members[1].len() / 2;
    members[1].truncate(cut);
    let at = members[0].len() as u64;
    let got = read(members.concat());
    assert_eq!(uris(&got), ["info", "ERR Gzip", "b", "c"], "{got:?}");
    assert_eq!(got[1].1, at);
    // Cut at the very end of the file.
    let mut members: Vec<Vec<u8>> = records().iter().map(|r| gz(r)).collect();
    let last = members.len() - 1;
    members[last].truncate(20);
    let got = read(members.concat());
    assert_eq!(uris(&got), ["info", "a", "b", "ERR Gzip"], "{got:?}");
}

#[test]
fn a_record_of_a_corrupt_member_does_not_count() {
    // Bytes put into the middle of a member's deflate stream.
    let mut m: Vec<Vec<u8>> = records().iter().map(|r| gz(r)).collect();
    let mid = m[1].len() / 2;
    m[1].splice(mid..mid, *b"JUNKJUNK");
    let got = read(m.concat());
    assert_eq!(uris(&got), ["info", "ERR Gzip", "b", "c"], "{got:?}");
    // Junk after a record inside its member is reported after the record.
    let mut rec = records()[1].clone();
    rec.extend_from_slice(b"junk after the record\r\n");
    let m = [gz(&records()[0]), gz(&rec), gz(&records()[2])];
    let got = read(m.concat());
    assert_eq!(uris(&got), ["info", "a", "ERR Garbage", "b"], "{got:?}");
    assert_eq!(got[2].1, m[0].len() as u64);
}

#[test]
fn content_length_past_the_end() {
    let mut bytes = records().concat();
    bytes.truncate(bytes.len() - 8);
    let got = read(bytes);
    assert_eq!(got.len(), 4);
    assert!(got[3].0.starts_with("ERR Truncated"), "{got:?}");
    // In a gzip member: the next member is still read.
    let mut recs = records();
    let short = String::from_utf8(recs[1].clone()).unwrap();
    recs[1] = short
        .replace("Content-Length: 23", "Content-Length: 99")
        .into_bytes();
    let got = read(recs.iter().map(|r| gz(r)).collect::<Vec<_>>().concat());
    assert_eq!(
        uris(&got),
        [
            "info",
            "ERR Truncated { expected: 99, got: 27, within: \"gzip member\" }",
            "b",
            "c"
        ]
    );
}

#[test]
fn garbage_between_records() {
    let recs = records();
    let junk = b"junk line\r\nmore junk\r\n".to_vec();
    let bytes = [recs[0].clone(), junk.clone(), recs[1].clone()].concat();
    let got = read(bytes);
    assert_eq!(
        got[1],
        ("ERR Garbage(22)".to_string(), recs[0].len() as u64)
    );
    assert_eq!(got[2], ("a".to_string(), (recs[0].len() + 22) as u64));
    // Between gzip members.
    let m: Vec<Vec<u8>> = recs.iter().map(|r| gz(r)).collect();
    let bytes = [m[0].clone(), junk, m[1].clone(), m[2].clone()].concat();
    let got = read(bytes);
    assert_eq!(uris(&got), ["info", "ERR Garbage", "a", "b"], "{got:?}");
    assert_eq!(got[1].1, m[0].len() as u64);
}

#[test]
fn bad_header_and_missing_length_are_reported_once() {
    let recs = records();
    let bad = b"WARC/1.0\r\nthis is not a field\r\n\r\nbody\r\n\r\n".to_vec();
    let nolen = b"WARC/1.0\r\nWARC-Type: conversion\r\n\r\nbody\r\n\r\n".to_vec();
    let got = read([bad, recs[1].clone(), nolen, recs[3].clone()].concat());
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got[0].0.starts_with("ERR BadHeader"));
    assert_eq!(got[1].0, "a");
    assert_eq!(got[2].0, "ERR ContentLength");
    assert_eq!(got[3].0, "c");
}

#[test]
fn a_header_cut_off_by_the_next_record() {
    let recs = records();
    let cut = b"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target".to_vec();
    let got = read(
        [
            recs[0].clone(),
            cut.clone(),
            b"\r\n".to_vec(),
            recs[1].clone(),
        ]
        .concat(),
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[1].0.starts_with("ERR BadHeader"), "{got:?}");
    assert_eq!(got[1].1, recs[0].len() as u64);
    assert_eq!(
        got[2],
        ("a".to_string(), (recs[0].len() + cut.len() + 2) as u64)
    );
}

#[test]
fn too_large_records_are_skipped() {
    let reader = WarcReader::new(Cursor::new(records().concat()), "t.wet").unwrap();
    let got: Vec<_> = reader.max_record_bytes(16).collect();
    assert!(got[0].is_ok());
    assert!(matches!(
        got[1].as_ref().map_err(|e| &e.kind),
        Err(WarcErrorKind::TooLarge {
            length: 23,
            limit: 16
        })
    ));
    assert_eq!(
        got[3].as_ref().map(|r| r.body.as_slice()).ok(),
        Some(&b"Third page\n"[..])
    );
}

#[test]
fn every_cut_of_a_gzip_file_ends_without_panic() {
    let bytes: Vec<u8> = records().iter().map(|r| gz(r)).collect::<Vec<_>>().concat();
    for cut in 0..bytes.len() {
        let got = read(bytes.get(..cut).unwrap().to_vec());
        assert!(got.len() <= 4, "{cut}: {got:?}");
    }
    let plain = records().concat();
    for cut in 0..plain.len() {
        let got = read(plain.get(..cut).unwrap().to_vec());
        assert!(got.len() <= 5, "{cut}: {got:?}");
    }
}

#[test]
fn tally_and_parse_record() {
    let parser = Parser::default();
    let mut tally = Tally::default();
    let mut bytes = records().concat();
    bytes.extend_from_slice(&record("conversion", "d", b"Caf\xe9 news\n"));
    bytes.extend_from_slice(b"junk\n");
    let mut titles = Vec::new();
    for item in WarcReader::new(Cursor::new(bytes), "t.wet").unwrap() {
        if let Some(rec) = tally.count_item(&item) {
            let arts = parse_record(&parser, rec);
            titles.push(arts[0].title.clone());
            let lossy = arts[0].warnings.contains(&crate::Warning::InvalidUtf8);
            assert_eq!(lossy, rec.target_uri() == Some("d"));
        }
    }
    assert_eq!(titles.len(), 3);
    assert_eq!(
        tally.summary(),
        "3 text records; skipped 1 response, 1 warcinfo; 1 error"
    );
}

#[test]
fn warc_names() {
    for n in ["a.warc", "a.WARC.gz", "x/y.wet", "b.wet.gz"] {
        assert!(is_warc_name(n), "{n}");
    }
    for n in ["a.txt", "a.gz", "a.jsonl", "warc"] {
        assert!(!is_warc_name(n), "{n}");
    }
}

#[test]
fn text_records_skip_and_count_the_others() {
    let mut bytes = records().concat();
    bytes.extend_from_slice(b"junk\n");
    let mut it = WarcReader::new(Cursor::new(bytes), "t.wet")
        .unwrap()
        .text_records();
    let got: Vec<String> = it
        .by_ref()
        .map(|r| match r {
            Ok(r) => r.target_uri().unwrap_or("").to_string(),
            Err(e) => format!("{e}"),
        })
        .collect();
    assert_eq!(got[..2], ["a", "c"]);
    assert!(got[2].starts_with("t.wet: byte "), "{got:?}");
    assert_eq!(
        it.tally().summary(),
        "2 text records; skipped 1 response, 1 warcinfo; 1 error"
    );
}
