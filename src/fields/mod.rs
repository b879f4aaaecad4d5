//! The articles, assembled from what the rules assigned each line
//! ([`assemble`](fn@assemble), filling a [`builder::Builder`]); the main story put
//! first ([`main_first`]); each article's warnings and confidence
//! ([`finish`](fn@finish)); an author's bio taken out of the standfirst and
//! the body ([`drop_author_bios`]).

mod assemble;
mod bio;
mod builder;
mod finish;
mod main_story;

pub(crate) use assemble::assemble;
pub(crate) use bio::drop_author_bios;
pub(crate) use finish::finish;
pub(crate) use main_story::main_first;
