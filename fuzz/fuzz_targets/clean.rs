//! The default cleaning pipeline: idempotent, and its output holds none of
//! the characters it removes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        newsclip_fuzz::check_clean(text);
    } else {
        newsclip_fuzz::check_clean(&String::from_utf8_lossy(data));
    }
});
