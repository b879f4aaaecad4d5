//! Text helpers shared by the extraction stages.

/// Lower-case alphanumeric runs joined by single spaces: the form used to
/// compare lines for repetition and echo, whatever their punctuation or quotes.
pub(crate) fn norm_tokens(t: &str) -> String {
    // Two passes over bytes, each without a branch per byte on what came
    // before: every character becomes its lower case (letters and digits)
    // or a space (the rest), then runs of spaces are squeezed to one and
    // the spaces at both ends dropped. Lower-casing never gives a space,
    // and the bytes of a multi-byte character are never ASCII.
    let ascii_byte = |b: u8| {
        if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            b' '
        }
    };
    let mut buf: Vec<u8> = Vec::with_capacity(t.len());
    let mut rest = t;
    while !rest.is_empty() {
        // A run of ASCII bytes at a time: the same tests, without the Unicode tables.
        // (Its length read eight bytes at a time.)
        let ascii = crate::table::ascii_prefix_len(rest.as_bytes());
        let (head, tail) = rest.split_at_checked(ascii).unwrap_or((rest, ""));
        buf.extend(head.bytes().map(ascii_byte));
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            if is_alphanumeric(c) {
                crate::table::each_lower(c, |l| {
                    buf.extend_from_slice(l.encode_utf8(&mut [0u8; 4]).as_bytes());
                });
            } else {
                buf.push(b' ');
            }
        }
        rest = chars.as_str();
    }
    buf.dedup_by(|a, b| *a == b' ' && *b == b' ');
    if buf.last() == Some(&b' ') {
        buf.pop();
    }
    if buf.first() == Some(&b' ') {
        buf.remove(0);
    }
    // Valid UTF-8: whole characters were written.
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `norm_tokens(a) == norm_tokens(b)`, told without building either: their
/// characters are compared as they are read, up to the first that differs.
pub(crate) fn same_tokens(a: &str, b: &str) -> bool {
    norm_chars(a).eq(norm_chars(b))
}

/// The characters of [`norm_tokens`]`(t)`, read from `t` one at a time.
fn norm_chars(t: &str) -> impl Iterator<Item = char> + '_ {
    let (mut gap, mut started) = (false, false);
    t.chars()
        .filter_map(move |c| {
            if is_alphanumeric(c) {
                let space = gap.then_some(' ');
                (gap, started) = (false, true);
                Some(space.into_iter().chain(c.to_lowercase()))
            } else {
                gap = started;
                None
            }
        })
        .flatten()
}

/// `s.trim()`, told without decoding a character when `s` opens and ends
/// with a printable ASCII character (no white space: nothing to trim), as
/// most lines do.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => s,
        _ => s.trim(),
    }
}

/// True when `w` opens and ends with an ASCII letter or digit: a trim of
/// characters that are no letters or digits leaves it whole.
#[inline]
pub(crate) fn ascii_alphanumeric_ends(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
}

/// `c.is_alphanumeric()`, with ASCII and the blocks news text uses most
/// outside it told without the Unicode tables (see [`letter_in_block`]).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    letter_in_block(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// `c.is_alphabetic()`, told as [`is_alphanumeric`] is.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    letter_in_block(c).unwrap_or_else(|| c.is_alphabetic())
}

/// `c.is_numeric()`, told as [`is_alphanumeric`] is (no character of the
/// blocks [`letter_in_block`] knows is numeric).
#[inline]
pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    letter_in_block(c).map_or_else(|| c.is_numeric(), |_| false)
}

/// For a character of the blocks news text uses most, whether it is a
/// letter (every letter or digit there is a letter); `None` outside them.
/// A table look-up costs hundreds of instructions: Latin letters with
/// accents, Cyrillic letters, General Punctuation (dashes, quotes: none a
/// letter or digit), kana and CJK ideographs are told by their ranges,
/// checked against the tables character by character in the tests.
#[inline]
fn letter_in_block(c: char) -> Option<bool> {
    match c {
        '\u{C0}'..='\u{17F}' => Some(!matches!(c, '\u{D7}' | '\u{F7}')),
        '\u{400}'..='\u{481}' => Some(true),
        '\u{2000}'..='\u{206F}' => Some(false),
        '\u{3000}'..='\u{3003}' => Some(false),
        '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FFF}' => Some(true),
        _ => None,
    }
}

/// Truncates `s` to at most `max` bytes on a char boundary, adding "…" when cut.
pub(crate) fn preview(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let cut = super::floor_char_boundary(s, max);
    let mut out = s.get(..cut).unwrap_or("").to_string();
    out.push('…');
    out
}

/// Link cards a scrape glued into a paragraph: a linked name printed twice
/// with nothing between ("Jane DoeJane Doe"), the card's own text (other
/// headlines), then an upper-case "MORE" link. Returns the paragraph with
/// each card cut down to the name printed once, and the cut text; `None`
/// when there is no card. Linear: each glue point is tried once, against
/// names of at most [`MAX_CARD_NAME`] bytes.
pub(crate) fn strip_link_cards(t: &str) -> Option<(String, Vec<String>)> {
    if !t.contains(" MORE") {
        return None;
    }
    let mut out = String::new();
    let mut cuts = Vec::new();
    let mut done = 0usize;
    let mut search = 0usize;
    while let Some(m) = t
        .get(search..)
        .and_then(|s| s.find(" MORE"))
        .map(|k| k + search)
    {
        let end = m + " MORE".len();
        // A card starts after the previous "MORE": each glue point is tried once.
        let from = search;
        search = end;
        // "MORE" as a word of its own.
        if t.get(end..)
            .is_some_and(|r| r.starts_with(char::is_alphanumeric))
        {
            continue;
        }
        let Some(g) = doubled_name_before(t, from, m) else {
            continue;
        };
        out.push_str(t.get(done..g).unwrap_or(""));
        cuts.push(t.get(g..end).unwrap_or("").to_string());
        done = end;
    }
    if cuts.is_empty() {
        return None;
    }
    out.push_str(t.get(done..).unwrap_or(""));
    Some((out, cuts))
}

/// Longest linked name a card repeats.
const MAX_CARD_NAME: usize = 60;

/// The first glue point `g` in `from..to` (a lower-case letter then an
/// upper-case one) where the name ending at `g` is printed again right after
/// it: `g` is where the card starts.
fn doubled_name_before(t: &str, from: usize, to: usize) -> Option<usize> {
    let seg = t.get(from..to)?;
    let mut prev: Option<char> = None;
    for (k, c) in seg.char_indices() {
        let glue = prev.is_some_and(char::is_lowercase) && c.is_uppercase();
        prev = Some(c);
        if !glue {
            continue;
        }
        let g = from + k;
        for len in 4..=MAX_CARD_NAME.min(g - from) {
            let (Some(name), Some(again)) = (t.get(g - len..g), t.get(g..g + len)) else {
                continue;
            };
            let starts_word = t
                .get(..g - len)
                .is_none_or(|b| b.is_empty() || b.ends_with(char::is_whitespace));
            if name == again && starts_word && name.starts_with(char::is_uppercase) {
                return Some(g);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`norm_tokens`] one character at a time: the definition.
    fn norm_tokens_slow(t: &str) -> String {
        let mut out = String::new();
        let mut gap = false;
        for c in t.chars() {
            if c.is_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.extend(c.to_lowercase());
            } else {
                gap = true;
            }
        }
        out
    }

    #[test]
    fn trim_is_the_std_trim() {
        for s in [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{a0}a",
            "a\u{a0}",
            "é",
            " é ",
            "a b",
            "\ta\n",
            "\u{3000}x",
            "x\u{2028}",
            "~",
            "!x!",
            "\u{7f}",
            "a\u{85}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn alphanumeric_ends_are_left_by_the_trims() {
        for w in [
            "", "a", "a.", ".a", "ab", "a b", "é", "aé", "éa", "a+", "9", "a—b", "x'",
        ] {
            if ascii_alphanumeric_ends(w) {
                assert_eq!(w.trim_matches(|c: char| !c.is_alphanumeric()), w, "{w:?}");
                assert_eq!(
                    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '+'),
                    w
                );
            }
        }
        assert!(ascii_alphanumeric_ends("a—b") && !ascii_alphanumeric_ends("a+"));
    }

    #[test]
    fn fast_alphanumeric_matches_the_tables() {
        for c in '\0'..=char::MAX {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
    }

    #[test]
    fn same_tokens_compares_the_norms() {
        let pieces = [
            "a", "A", "b", "9", " ", "-", "’", "É", "é", "ß", "İ", "i\u{307}", "Σ", "σ", "日",
            "\u{a0}", "..", "x1",
        ];
        let mut texts = crate::testgen::Texts::new(&pieces, 0x2545_F491_4F6C_DD1D);
        let mut same = 0;
        for n in 0..20_000 {
            let (a, b) = (texts.text(n % 5), texts.text(n % 4));
            let want = norm_tokens(&a) == norm_tokens(&b);
            assert_eq!(same_tokens(&a, &b), want, "{a:?} {b:?}");
            assert!(same_tokens(&a, &a));
            same += usize::from(want);
        }
        assert!(same > 100, "{same}");
    }

    #[test]
    fn norm_tokens_matches_the_definition() {
        let pieces = [
            "a", "Z", "09", " ", "  ", "-", "'", "’", "É", "é", "ß", "İ", "\u{212A}", "日本", "\t",
            "..", "x1", "Ǆ", "\u{300}", "Ω", "ǅ", "\u{a0}", "\u{2071}", "Я", "の", "、",
        ];
        // Every string of up to four pieces, and a prefix before them.
        let mut n = 0usize;
        for a in 0..pieces.len() {
            for b in 0..pieces.len() {
                for c in 0..pieces.len() {
                    for d in 0..pieces.len() {
                        let t: String = [a, b, c, d]
                            .iter()
                            .filter_map(|&k| pieces.get(k).copied())
                            .collect();
                        let norm = norm_tokens(&t);
                        assert_eq!(norm, norm_tokens_slow(&t), "{t:?}");
                        // Story finding counts on this (`norm_shorter_than`).
                        assert!(!t.is_ascii() || norm.len() <= t.len(), "{t:?}");
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 100_000);
    }
}
