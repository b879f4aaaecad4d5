//! Input generator shared by the pathological tests and the parse benches.

/// Repeats `unit` + `sep` after `prefix` until the text is at least `size`
/// bytes, then appends `suffix`.
pub fn fill(prefix: &str, unit: &str, sep: &str, suffix: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + unit.len() + suffix.len() + 8);
    s.push_str(prefix);
    while s.len() + suffix.len() < size {
        s.push_str(unit);
        s.push_str(sep);
    }
    s.push_str(suffix);
    s
}
