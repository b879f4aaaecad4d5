//! Reading time, bullets, AFP headings, breadcrumbs, copyright years, ratings, ingredient quantities
//! agency names and source lines: no
//! panic, `rest` a suffix of the input, spans inside the input on char
//! boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::grammar::agency::canonical_agency;
use newsclip::grammar::misc::{
    parse_afp_heading, parse_breadcrumb, parse_bullet, parse_copyright_year, parse_rating,
    parse_reading_time,
};
use newsclip::grammar::quantity::parse_quantity;
use newsclip::grammar::source::parse_source_line;
use newsclip_fuzz::check_parsed;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = parse_source_line(line) {
        check_parsed("parse_source_line", line, &p);
        assert!(
            !p.value.is_empty(),
            "parse_source_line: no credit in {line:?}"
        );
    }
    if let Ok(p) = parse_reading_time(line) {
        check_parsed("parse_reading_time", line, &p);
    }
    if let Ok(p) = parse_rating(line) {
        check_parsed("parse_rating", line, &p);
        let r = p.value;
        assert!(
            r.score >= 0.0 && r.score <= f32::from(r.out_of),
            "parse_rating: {r:?} of {line:?}"
        );
    }
    if let Ok(p) = parse_bullet(line) {
        check_parsed("parse_bullet", line, &p);
    }
    if let Ok(p) = parse_afp_heading(line) {
        check_parsed("parse_afp_heading", line, &p);
    }
    if let Ok(p) = parse_breadcrumb(line) {
        check_parsed("parse_breadcrumb", line, &p);
        for c in &p.value {
            assert!(
                line.contains(c),
                "parse_breadcrumb: crumb {c:?} not in {line:?}"
            );
        }
    }
    if let Ok(p) = parse_copyright_year(line) {
        check_parsed("parse_copyright_year", line, &p);
        assert!(
            (1990..=2100).contains(&p.value),
            "parse_copyright_year: {} from {line:?}",
            p.value
        );
    }
    if let Ok(p) = parse_quantity(line) {
        check_parsed("parse_quantity", line, &p);
        assert!(
            line.get(p.span.start..p.span.end)
                .is_some_and(|amount| amount.ends_with(p.value)),
            "parse_quantity: unit {:?} not at the end of the span in {line:?}",
            p.value
        );
    }
    let _ = canonical_agency(line);
});
