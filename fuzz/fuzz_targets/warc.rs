//! The WARC/WET reader on arbitrary bytes, read as they are (plain, or gzip
//! when they open with the gzip magic) and gzip-compressed as one member
//! followed by the same bytes again: no panic, the iteration ends after at
//! most one item per input byte (plus one), offsets inside the file and
//! never going back, every block exactly `Content-Length` bytes long.
#![no_main]

use std::io::{Cursor, Write};

use libfuzzer_sys::fuzz_target;
use newsclip::warc::{Tally, WarcReader};

fn check(bytes: &[u8]) {
    let Ok(reader) = WarcReader::new(Cursor::new(bytes), "fuzz.warc") else {
        return;
    };
    let mut tally = Tally::default();
    let mut last = 0u64;
    let mut items = 0usize;
    for item in reader.max_record_bytes(1 << 16) {
        items += 1;
        assert!(items <= bytes.len() + 1, "the reader does not end");
        let offset = match &item {
            Ok(r) => {
                let len = r
                    .header
                    .get("Content-Length")
                    .and_then(|v| v.trim().parse::<u64>().ok());
                assert_eq!(
                    len,
                    Some(r.body.len() as u64),
                    "block is not Content-Length bytes"
                );
                r.offset
            }
            Err(e) => {
                assert_eq!(e.file, "fuzz.warc");
                assert!(!e.to_string().is_empty());
                e.offset
            }
        };
        assert!(offset <= bytes.len() as u64, "offset {offset} past the end");
        assert!(offset >= last, "offset went back from {last} to {offset}");
        last = offset;
        if let Some(rec) = tally.count_item(&item) {
            let _ = rec.reference_time();
            let _ = rec.text();
        }
    }
    let _ = tally.summary();
}

fuzz_target!(|data: &[u8]| {
    check(data);
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    if e.write_all(data).is_ok() {
        if let Ok(mut gz) = e.finish() {
            gz.extend_from_slice(data);
            check(&gz);
        }
    }
});
