//! The articles, assembled from what the rules assigned each line
//! ([`assemble`](fn@assemble), filling a [`builder::Builder`]); the main story put
//! first ([`main_first`]); each article's warnings and confidence
//! ([`finish`](fn@finish)).

mod assemble;
mod builder;
mod finish;
mod main_story;

pub(crate) use assemble::assemble;
pub(crate) use finish::finish;
pub(crate) use main_story::main_first;
