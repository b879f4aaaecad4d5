//! Text helpers shared by the extraction stages.

/// Lower-case alphanumeric runs joined by single spaces: the form used to
/// compare lines for repetition and echo, whatever their punctuation or quotes.
pub(crate) fn norm_tokens(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    norm_tokens_into(t, &mut out);
    out
}

/// Appends [`norm_tokens`] of `t` to `out`.
pub(crate) fn norm_tokens_into(t: &str, out: &mut String) {
    let start = out.len();
    let mut gap = false;
    let mut rest = t;
    while !rest.is_empty() {
        // A run of ASCII bytes at a time: the same tests, without the Unicode tables.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        let (head, tail) = rest.split_at_checked(ascii).unwrap_or((rest, ""));
        for b in head.bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && out.len() > start {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            if c.is_alphanumeric() {
                if gap && out.len() > start {
                    out.push(' ');
                }
                gap = false;
                out.extend(c.to_lowercase());
            } else {
                gap = true;
            }
        }
        rest = chars.as_str();
    }
}

/// Truncates `s` to at most `max` bytes on a char boundary, adding "…" when cut.
pub(crate) fn preview(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let cut = super::lines::floor_char_boundary(s, max);
    let mut out = s.get(..cut).unwrap_or("").to_string();
    out.push('…');
    out
}
