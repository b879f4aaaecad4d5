//! The articles, assembled from what the rules assigned each line
//! ([`assemble`](fn@assemble), filling a [`builder::Builder`]); the main story put
//! first ([`main_first`]); each article's warnings and confidence
//! ([`finish`](fn@finish)); an author's bio taken out of the standfirst and
//! the body ([`drop_author_bios`]); an editing note taken out of the body
//! ([`drop_editing_notes`]).

mod assemble;
mod bio;
mod builder;
mod disclaimer;
mod finish;
mod main_story;

pub(crate) use assemble::assemble;
pub(crate) use bio::drop_author_bios;
pub(crate) use disclaimer::drop_editing_notes;
pub(crate) use finish::finish;
pub(crate) use main_story::main_first;
