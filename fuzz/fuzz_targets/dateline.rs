//! The dateline grammars (a paragraph's opening, a place line): no panic, `rest` a suffix of the paragraph, span
//! inside it on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::grammar::dateline::{parse_dateline, parse_place_line};
use newsclip_fuzz::check_parsed;

fuzz_target!(|data: &[u8]| {
    let Ok(para) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = parse_dateline(para) {
        check_parsed("parse_dateline", para, &p);
    }
    if let Ok(p) = parse_place_line(para) {
        check_parsed("parse_place_line", para, &p);
        assert!(
            para.contains(&p.value.place),
            "parse_place_line: {:?} not in {para:?}",
            p.value.place
        );
    }
});
