//! The dateline grammar: no panic, `rest` a suffix of the paragraph, span
//! inside it on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::grammar::dateline::parse_dateline;
use newsclip_fuzz::check_parsed;

fuzz_target!(|data: &[u8]| {
    let Ok(para) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = parse_dateline(para) {
        check_parsed("parse_dateline", para, &p);
    }
});
