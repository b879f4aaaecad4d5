//! Shared primitives for the grammars.

/// Byte offset of `part` within `whole`, when `part` is a sub-slice of it
/// (otherwise `whole.len()`).
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    let w = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    if p >= w && p <= w + whole.len() {
        p - w
    } else {
        whole.len()
    }
}
