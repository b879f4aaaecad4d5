//! `parse_all` / `parse_bytes`: spans inside the input on char boundaries,
//! every non-blank line accounted for exactly once, no output text holding
//! a character the cleaner removes; with small limits: no panic, truncation
//! reported.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclip_fuzz::{check_limits, check_parse_all, check_parse_bytes};

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => {
            check_parse_all(text);
            // Limits derived from the input so every cut position is reached.
            let n = text.len();
            if n > 8 {
                let sel = data.first().copied().unwrap_or(0) as usize;
                check_limits(text, n - 1 - sel % (n / 2), 1 + sel % 7, 1 + sel % 97);
            }
        }
        Err(_) => check_parse_bytes(data),
    }
});
