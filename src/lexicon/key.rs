//! The key a line is looked up by: lower-cased, white space collapsed,
//! the decorations at its ends trimmed ("(Updated: )" gives "updated"), on
//! the stack when the line is short ASCII.

/// The lookup key of a line: lower-cased, whitespace collapsed, trailing
/// `:` `…` `»` `›` `>` `|` `·` dashes and closing brackets, and leading
/// `«` `‹` `<` `|` `·` and opening brackets trimmed ("(Updated: )" gives "updated").
pub fn key(line: &str) -> String {
    let t = key_trim(line);
    if t.is_ascii() {
        let mut out = vec![0u8; t.len()];
        let n = key_ascii(t.as_bytes(), &mut out);
        out.truncate(n);
        return String::from_utf8(out).unwrap_or_default();
    }
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            crate::table::each_lower(c, |l| out.push(l));
        }
    }
    out
}

/// `line` with the decorations [`key`] trims cut off its ends.
pub(super) fn key_trim(line: &str) -> &str {
    // Most lines open and end with a printable ASCII character that is no
    // decoration: nothing to trim, told without decoding a character.
    if let (Some(f), Some(l)) = (line.as_bytes().first(), line.as_bytes().last())
        && f.is_ascii_graphic()
        && !matches!(f, b'<' | b'|' | b'(' | b'[')
        && l.is_ascii_graphic()
        && !matches!(l, b':' | b'>' | b'|' | b'-' | b')' | b']')
    {
        return line;
    }
    trim_decorations(line)
}

/// [`key_trim`] read in full, a character at a time.
fn trim_decorations(line: &str) -> &str {
    line.trim()
        .trim_end_matches(|c: char| {
            matches!(
                c,
                ':' | '…' | '»' | '›' | '>' | '|' | '·' | '-' | '—' | ')' | ']'
            ) || c.is_whitespace()
        })
        .trim_start_matches(|c: char| {
            matches!(c, '«' | '‹' | '<' | '|' | '·' | '(' | '[') || c.is_whitespace()
        })
}

/// [`key`]'s steps on the bytes of trimmed ASCII text `t` (white space and
/// case only), written to `out` (at least as long as `t`); the length
/// written.
fn key_ascii(t: &[u8], out: &mut [u8]) -> usize {
    // White space only as single spaces (most lines): nothing to collapse,
    // the key is the text lower-cased, copied many bytes at once.
    if single_spaced(t)
        && let Some(dst) = out.get_mut(..t.len())
    {
        for (d, s) in dst.iter_mut().zip(t) {
            *d = s.to_ascii_lowercase();
        }
        return t.len();
    }
    let mut n = 0usize;
    let mut space = false;
    let mut put = |b: u8, n: &mut usize| {
        if let Some(slot) = out.get_mut(*n) {
            *slot = b;
            *n += 1;
        }
    };
    for &b in t {
        // `char::is_whitespace` on ASCII: also U+000B and U+000C, but not U+001C..U+001F.
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            space = true;
            continue;
        }
        if space && n > 0 {
            put(b' ', &mut n);
        }
        space = false;
        put(b.to_ascii_lowercase(), &mut n);
    }
    n
}

/// True when the ASCII white space of `t` (as [`key_ascii`] reads it) is
/// single spaces only, none at either end: every byte and the next are
/// tested, without stopping at the first found (many bytes at once).
fn single_spaced(t: &[u8]) -> bool {
    let next = t.get(1..).unwrap_or_default();
    let odd = t.iter().zip(next).fold(false, |odd, (&p, &q)| {
        odd | matches!(p, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) | ((p == b' ') & (q == b' '))
    });
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    !odd && !t.first().is_some_and(space) && !t.last().is_some_and(space)
}

/// Calls `f` with [`key`] of `line`, without allocating when the trimmed
/// line is ASCII and at most 128 bytes long.
pub(super) fn with_key<R>(line: &str, f: impl FnOnce(&str) -> R) -> R {
    let t = key_trim(line);
    let mut buf = [0u8; 128];
    if t.is_ascii() && t.len() <= buf.len() {
        let n = key_ascii(t.as_bytes(), &mut buf);
        if let Some(k) = buf.get(..n).and_then(|b| std::str::from_utf8(b).ok()) {
            return f(k);
        }
    }
    f(&key(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_keys_are_the_words_lower_cased() {
        let pieces = [
            " ", "  ", "\t", "\n", "\r", "\x0B", "\x0C", "\x1F", "A", "b", "Z", "x", ":", "-",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        for len in 0..5000 {
            let t = texts.text(len % 24);
            let want = t.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut out = vec![0u8; t.len()];
            let n = key_ascii(t.as_bytes(), &mut out);
            assert_eq!(
                out.get(..n),
                Some(want.to_ascii_lowercase().as_bytes()),
                "{t:?}"
            );
        }
    }

    #[test]
    fn keys_on_the_stack_are_the_keys() {
        let pieces = [
            " ",
            "\t",
            "\x0B",
            "A",
            "b",
            "Z",
            ":",
            "…",
            "»",
            "|",
            "·",
            "-",
            "—",
            ")",
            "(",
            "[",
            "«",
            "<",
            "é",
            "É",
            "1",
            "Share",
            "x".repeat(40).as_str(),
        ]
        .map(String::from);
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        for len in 0..3000 {
            let line = texts.text(len % 16);
            assert_eq!(with_key(&line, str::to_string), key(&line), "{line:?}");
        }
    }

    #[test]
    fn key_trim_without_decorations_is_the_line() {
        // The trim as it reads in full, for the lines the fast test passes.
        let slow = |l: &str| super::trim_decorations(l).to_string();
        let pieces = [
            "a", "Z", " ", ":", "…", "»", "›", ">", "|", "·", "-", "—", ")", "]", "«", "‹", "<",
            "(", "[", "é", "!", "\u{a0}", "x",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x9E37_79B9_7F4A_7C15);
        for len in 0..4000 {
            let line = texts.text(len % 8);
            assert_eq!(key_trim(&line), slow(&line), "{line:?}");
        }
    }

    #[test]
    fn keys_trim_decorations() {
        assert_eq!(key("  Share this:  "), "share this");
        assert_eq!(key("Next: "), "next");
        assert_eq!(key("« Previous"), "previous");
        assert_eq!(key("Loading..."), "loading...");
        assert_eq!(key("(Updated: )"), "updated");
    }
}
