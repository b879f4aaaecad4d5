//! The byline grammars: no panic, `rest` a suffix of the input, spans inside
//! the input on char boundaries, no empty name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::grammar::byline::{
    is_person_name, is_role, parse_byline, parse_trailer, prefixed_names,
};
use newsclip_fuzz::check_parsed;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = parse_byline(line) {
        check_parsed("parse_byline", line, &p);
        for n in p.value.authors.iter().chain(&p.value.credits) {
            assert!(!n.trim().is_empty(), "parse_byline: empty name in {line:?}");
        }
    }
    if let Ok(p) = parse_trailer(line) {
        check_parsed("parse_trailer", line, &p);
    }
    if let Some(names) = prefixed_names(line) {
        for n in &names {
            assert!(
                !n.trim().is_empty(),
                "prefixed_names: empty name in {line:?}"
            );
            assert!(
                line.contains(n.as_str()),
                "prefixed_names: {n:?} not in {line:?}"
            );
        }
    }
    let _ = is_person_name(line);
    let _ = is_role(line);
});
