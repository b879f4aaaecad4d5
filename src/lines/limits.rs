//! The limits of the options, checked before any line is read, and the cut
//! of a text at a byte limit.

use super::terminated::Terminated;
use crate::Options;

/// The first limit of `opts` that `text` goes over, as the error
/// [`crate::Parser::try_parse`] returns. Lines are counted as [`split`](super::split())
/// counts them: every terminator ends one, and a trailing terminator does
/// not start another.
pub(crate) fn check_limits(text: &str, opts: &Options) -> Result<(), crate::Error> {
    use crate::Error;
    if text.len() > opts.max_input_bytes {
        return Err(Error::InputTooLarge {
            actual: text.len(),
            limit: opts.max_input_bytes,
        });
    }
    let mut it = Terminated::new(text.as_bytes());
    let mut n = 0usize;
    let mut check = |s: usize, e: usize| -> Result<(), Error> {
        n += 1;
        if n > opts.max_lines {
            return Err(Error::TooManyLines {
                limit: opts.max_lines,
            });
        }
        if e - s > opts.max_line_bytes {
            return Err(Error::LineTooLong {
                line: n,
                actual: e - s,
                limit: opts.max_line_bytes,
            });
        }
        Ok(())
    };
    for (s, e) in it.by_ref() {
        check(s, e)?;
    }
    let rest = it.rest();
    if rest < text.len() {
        check(rest, text.len())?;
    }
    Ok(())
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
