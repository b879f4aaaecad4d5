//! The date grammars: no panic, `rest` a suffix of the input, spans inside
//! the input on char boundaries. The first byte picks the options.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::grammar::date::{DateOptions, DayOrder, find_date, parse_date, parse_date_line};
use newsclip_fuzz::{check_parsed, split_input};

fuzz_target!(|data: &[u8]| {
    let Some((sel, line)) = split_input(data) else {
        return;
    };
    let mut o = DateOptions::default();
    o.day_order = match sel % 3 {
        0 => DayOrder::Auto,
        1 => DayOrder::DayFirst,
        _ => DayOrder::MonthFirst,
    };
    if sel & 4 != 0 {
        o.reference = chrono::DateTime::parse_from_rfc3339("2025-03-04T12:00:00-05:00").ok();
    }
    if let Ok(p) = parse_date(line, &o) {
        check_parsed("parse_date", line, &p);
    }
    if let Some(p) = find_date(line, &o) {
        check_parsed("find_date", line, &p);
    }
    if let Ok(p) = parse_date_line(line, &o) {
        check_parsed("parse_date_line", line, &p);
    }
});
