//! The hash a line's repeats are counted by: its letters and digits,
//! lower-cased, so lines that differ only in case, spacing or punctuation
//! share it.

/// FNV-1a's offset basis and prime.
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// FNV-1a over the code points of the lower case of each letter and digit
/// of `line` (see [`norm_hash_chars`], the definition). An ASCII byte is
/// looked up in a table of the letters' and digits' lower case; only the
/// characters beyond ASCII are decoded.
pub(super) fn norm_hash(line: &str) -> u64 {
    let mut h = FNV_START;
    let mut eat = |l: u32| h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
    let b = line.as_bytes();
    let mut i = 0usize;
    while let Some(&c) = b.get(i) {
        if c.is_ascii() {
            let l = crate::table::alnum_lower(c);
            if l != 0 {
                eat(u32::from(l));
            }
            i += 1;
            continue;
        }
        let Some(ch) = line.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        i += ch.len_utf8();
        if crate::lines::text::is_alphanumeric(ch) {
            ch.to_lowercase().for_each(|l| eat(u32::from(l)));
        }
    }
    h
}

/// [`norm_hash`] a character at a time: the definition.
#[cfg(test)]
fn norm_hash_chars(line: &str) -> u64 {
    let mut h = FNV_START;
    let mut eat = |l: char| h = (h ^ u64::from(u32::from(l))).wrapping_mul(FNV_PRIME);
    for c in line.chars() {
        if c.is_alphanumeric() {
            c.to_lowercase().for_each(&mut eat);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_byte_pass_hashes_as_the_definition() {
        let pieces = [
            "a", "Z", "7", " ", "-", "'", "’", "É", "é", "ß", "İ", "\u{212A}", "日本", "Я", "Σ",
            "\u{300}", "\u{a0}", "…", "x1", "Ǆ",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x5DEE_CE66_D1CE_4E5B);
        for n in 0..5000 {
            let t = texts.text(n % 20);
            assert_eq!(super::norm_hash(&t), super::norm_hash_chars(&t), "{t:?}");
        }
    }
}
