//! Text helpers shared by the extraction stages.

/// Lower-case alphanumeric runs joined by single spaces: the form used to
/// compare lines for repetition and echo, whatever their punctuation or quotes.
pub(crate) fn norm_tokens(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut gap = false;
    for c in t.chars() {
        // ASCII first: the same tests, without the Unicode tables.
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alnum {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            gap = true;
        }
    }
    out
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
