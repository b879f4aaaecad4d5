//! Splitting the input into lines with spans, and cleaning each line; the
//! text helpers the later stages share ([`text`]).

mod join;
mod limits;
pub(crate) mod scripts;
mod split;
mod store;
pub(crate) mod terminated;
#[cfg(test)]
mod tests;
pub(crate) mod text;
mod unwrap;

pub(crate) use limits::{check_limits, floor_char_boundary};
pub(crate) use split::{Split, split};
pub(crate) use store::shrink_half;

/// How many input lines, blank ones included, [`Split::head`] looks at.
pub(crate) const HEAD_LINES: usize = 400;
