//! Random bytes as a weights file: the loader answers with a model or an
//! error naming the problem, never a panic; a model it accepts labels a page
//! and writes back to the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip::model::Model;

fuzz_target!(|data: &[u8]| {
    match Model::from_bytes(data, "fuzz input") {
        Ok(m) => {
            assert_eq!(
                m.to_bytes(),
                data,
                "a model it accepts writes back to the same bytes"
            );
            let text = "Headline\n\nBy Jane Doe\n\nThe first paragraph of the story, which says what happened.\n";
            let arts = newsclip::Parser::new(newsclip::Options::default().model(m)).parse_all(text);
            assert!(!arts.is_empty());
        }
        Err(e) => assert!(e.to_string().contains("fuzz input")),
    }
    // Valid weights with bytes of the input written over them.
    let mut good = Model::embedded().to_bytes();
    for (i, b) in data.iter().enumerate().take(64) {
        let at = (usize::from(*b) * 7919 + i * 104_729) % good.len();
        good[at] ^= b.wrapping_add(1);
    }
    if let Err(e) = Model::from_bytes(&good, "mutated") {
        assert!(e.to_string().contains("mutated"));
    }
});
