//! The caption and credit grammars: no panic, `rest` a suffix of the input,
//! spans inside the input on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::grammar::caption::{
    is_caption_label, parse_caption, parse_credit_line, same_caption, split_credit,
    unknown_label_credit,
};
use newsclip_fuzz::check_parsed;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = parse_caption(line) {
        check_parsed("parse_caption", line, &p);
    }
    if let Ok(p) = parse_credit_line(line) {
        check_parsed("parse_credit_line", line, &p);
    }
    if let Some((text, credit)) = unknown_label_credit(line) {
        assert!(line.contains(text) && line.contains(credit), "{line:?}");
        assert!(!text.is_empty() && !credit.is_empty(), "{line:?}");
    }
    let _ = split_credit(line);
    let _ = is_caption_label(line);
    let (a, b) = line.split_at(
        line.char_indices()
            .nth(line.chars().count() / 2)
            .map_or(0, |x| x.0),
    );
    let _ = same_caption(a, b);
});
