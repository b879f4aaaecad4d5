//! Lower-casing lines and words: borrowed when already lower case, on the
//! stack when short and ASCII, an ASCII run at a time otherwise.

use std::borrow::Cow;
use std::cell::RefCell;

/// `s.to_lowercase()`, borrowed when `s` is ASCII without upper-case letters.
pub(crate) fn lower(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else {
        Cow::Owned(to_lowercase(s))
    }
}

/// `s.to_lowercase()`, with the ASCII characters after the first non-ASCII
/// one still lowered a run at a time (see [`push_lower_chars`]). A capital
/// sigma (whose lower case depends on the letters around it) is left to
/// `str::to_lowercase`.
fn to_lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if push_lower_chars(&mut out, s) {
        return s.to_lowercase();
    }
    out
}

/// `s.chars().take(n).flat_map(char::to_lowercase).collect()`: the first
/// `n` characters of `s`, each lower-cased on its own.
pub(crate) fn lower_head(s: &str, n: usize) -> String {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    let head = s.get(..end).unwrap_or(s);
    let mut out = String::with_capacity(head.len());
    push_lower_chars(&mut out, head);
    out
}

/// Appends the characters of `s` to `out`, each lower-cased as
/// `char::to_lowercase` gives it: each run of two ASCII characters or more
/// appended whole and lowered in place, the other characters one at a time
/// (General Punctuation: curly quotes, dashes, no case, checked for the
/// whole block in the tests, copied). True when `s` holds a capital sigma
/// (which `str::to_lowercase` lowers by the letters around it).
fn push_lower_chars(out: &mut String, s: &str) -> bool {
    let mut sigma = false;
    let mut rest = s;
    loop {
        let n = ascii_prefix_len(rest.as_bytes());
        let (ascii, tail) = rest.split_at_checked(n).unwrap_or((rest, ""));
        let from = out.len();
        out.push_str(ascii);
        if let Some(run) = out.get_mut(from..) {
            run.make_ascii_lowercase();
        }
        // Characters one at a time up to the next run of two ASCII ones (a
        // word of another script and the space after it).
        let mut chars = tail.chars();
        loop {
            let here = chars.as_str();
            let Some(c) = chars.next() else {
                return sigma;
            };
            if c.is_ascii() {
                if chars.as_str().as_bytes().first().is_some_and(u8::is_ascii) {
                    rest = here;
                    break;
                }
                out.push(c.to_ascii_lowercase());
                continue;
            }
            match lower_one(c) {
                Some(l) => out.push(l),
                None => {
                    sigma |= c == 'Σ';
                    out.extend(c.to_lowercase());
                }
            }
        }
    }
}

/// How many bytes `b` opens with that are ASCII, read eight at a time.
pub(crate) fn ascii_prefix_len(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        let high = u64::from_le_bytes(a) & 0x8080_8080_8080_8080;
        if high != 0 {
            return n + (high.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + chunks
        .remainder()
        .iter()
        .take_while(|b| b.is_ascii())
        .count()
}

/// The lower case of `c` when it is one character of a block read often
/// whose case is told by its code alone (Latin-1 letters, Cyrillic, General
/// Punctuation, kana, Han, Hangul: checked against `char::to_lowercase` for
/// every character of them in the tests); `None` for the others.
#[inline]
pub(crate) fn lower_one(c: char) -> Option<char> {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0..=0x40 | 0x5B..=0xBF | 0xD7 | 0xDF..=0xFF => u,
        0x430..=0x45F | 0x2000..=0x206F | 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3 => u,
        _ => return None,
    };
    char::from_u32(l)
}

/// Calls `f` with each character of `c` lower-cased, as `char::to_lowercase`
/// gives them: told by its code for the blocks [`lower_one`] knows, by the
/// Unicode tables for the others.
#[inline]
pub(crate) fn each_lower(c: char, mut f: impl FnMut(char)) {
    match lower_one(c) {
        Some(l) => f(l),
        None => c.to_lowercase().for_each(f),
    }
}

/// Calls `f` with `s` lower-cased (as [`lower`] gives it), without
/// allocating when `s` is ASCII and at most 64 bytes long.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lower_in::<64, R>(s, f)
}

/// [`with_lower`], lowering in a buffer kept for the thread (no check of
/// the lowered bytes is needed there); a call made while `f` runs (the
/// buffer is then taken) lowers on the stack when `s` is ASCII and at most
/// `N` bytes long, in a string of its own otherwise.
pub(crate) fn with_lower_in<const N: usize, R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    // ASCII without capitals is its own lower case.
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return f(s);
    }
    with_lower_reused(s, f, on_stack::<N, _, R>)
}

/// Calls `f` with `s` lower-cased in the thread's buffer; while `f` runs
/// the buffer is taken, and a call made then goes to `taken`.
fn with_lower_reused<F: FnOnce(&str) -> R, R>(
    s: &str,
    f: F,
    taken: impl FnOnce(&str, F) -> R,
) -> R {
    SCRATCH.with(move |cell| match cell.try_borrow_mut() {
        Ok(mut out) => {
            out.clear();
            // ASCII text (most): copied and lowered in place, a run.
            if s.is_ascii() {
                out.push_str(s);
                out.make_ascii_lowercase();
                return f(&out);
            }
            if push_lower_chars(&mut out, s) {
                drop(out);
                return f(&s.to_lowercase());
            }
            f(&out)
        }
        Err(_) => taken(s, f),
    })
}

/// Calls `f` with `s` lower-cased on the stack when it is ASCII and at
/// most `N` bytes long, in a string of its own otherwise.
fn on_stack<const N: usize, F: FnOnce(&str) -> R, R>(s: &str, f: F) -> R {
    let mut buf = [0u8; N];
    match lower_ascii_in(s.as_bytes(), &mut buf) {
        Some(l) => f(l),
        None => f(&lower(s)),
    }
}

thread_local! {
    /// The buffer [`with_lower_reused`] lowers text in, kept from call to call
    /// so that lowering allocates nothing once it is large enough.
    static SCRATCH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// `s` lower-cased in `buf`, when `s` is ASCII and fits; `None` otherwise.
#[inline]
pub(crate) fn lower_ascii_in<'b>(s: &[u8], buf: &'b mut [u8]) -> Option<&'b str> {
    let dst = buf.get_mut(..s.len()).filter(|_| s.is_ascii())?;
    dst.copy_from_slice(s);
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowering_agrees_with_std() {
        for s in [
            "Straße",
            "ÉTÉ",
            "abc",
            "ABC d",
            "",
            "İ",
            "“Quote” AND ÜBER",
            "ΟΔΟΣ ΣΑΣ",
            "aΣ b",
            "Σ",
            "The MAYOR’s “PLAN” — ÉCOLE… ok",
        ] {
            assert_eq!(lower(s), s.to_lowercase());
        }
        for s in [
            "ΟΔΟΣ ΣΑΣ",
            "The MAYOR’s “PLAN” — ÉCOLE… İ",
            "abc",
            "",
            "Straße",
        ] {
            for n in [0, 3, 48] {
                let slow: String = s.chars().take(n).flat_map(char::to_lowercase).collect();
                assert_eq!(lower_head(s, n), slow, "{s:?} {n}");
            }
        }
        // General Punctuation has no case.
        for c in '\u{2000}'..='\u{206F}' {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
        assert!(matches!(lower("already lower"), Cow::Borrowed(_)));
        // The characters `lower_one` lowers by their code alone.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if let Some(l) = lower_one(c) {
                assert!(c.to_lowercase().eq([l]), "{c:?}");
            }
        }
        for s in [
            "",
            "a",
            "abcdefgh",
            "abcdefghé",
            "é",
            "abcdefghijklmnopé",
            "ab\u{80}",
        ] {
            let slow = s.bytes().take_while(u8::is_ascii).count();
            assert_eq!(ascii_prefix_len(s.as_bytes()), slow, "{s:?}");
        }
        let pieces = [
            "A", "b", " ", "É", "é", "Σ", "ς", "İ", "Д", "и", "’", "“", "—", "ß", "作", "Ａ", "1",
            "ΟΔΟΣ", "Word", "ÀÉÎ", "x",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        for len in 0..4000 {
            let t = texts.text(len % 24);
            assert_eq!(lower(&t), t.to_lowercase(), "{t:?}");
            let head: String = t.chars().take(7).flat_map(char::to_lowercase).collect();
            assert_eq!(lower_head(&t, 7), head, "{t:?}");
        }
        // A call inside another one's function lowers its text on its own.
        let nested = with_lower_in::<4, _>("ÉCOLE Über", |outer| {
            let inner = with_lower_in::<4, _>("ΟΔΟΣ Straße", str::to_string);
            (outer.to_string(), inner)
        });
        let want = ("ÉCOLE Über".to_lowercase(), "ΟΔΟΣ Straße".to_lowercase());
        assert_eq!(nested, want);
        let long = "ABC ".repeat(20);
        let long_cyrillic = "ДИЕТА ".repeat(12);
        for s in [
            "Straße",
            "ÉTÉ",
            "abc",
            "ABC d",
            "",
            "İ",
            "İİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİİ",
            "ΟΔΟΣ ΣΑΣ",
            "aΣ b",
            "Диета Аткинса",
            "ЁЖИК Ѐ Џ",
            "作者：王芳",
            "ＡＢＣ full width",
            "The MAYOR’s “PLAN” — ÉCOLE… ok",
            long.as_str(),
            long_cyrillic.as_str(),
        ] {
            assert_eq!(with_lower(s, str::to_string), s.to_lowercase(), "{s:?}");
            // A call made while the thread's buffer is taken.
            let nested = with_lower("X", |x| (x.to_string(), with_lower(s, str::to_string)));
            assert_eq!(nested, ("x".to_string(), s.to_lowercase()), "{s:?}");
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
            for k in 0..s.len() {
                if let Some(p) = s.get(..k) {
                    assert_eq!(with_lower(p, str::to_string), p.to_lowercase(), "{p:?}");
                }
            }
        }
    }
}
