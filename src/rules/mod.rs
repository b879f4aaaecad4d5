//! The hand-written rules: a first pass over the lines that types each one
//! by the field grammars ([`kind`]), then finds the page's stories and what
//! each line is in its story ([`story`]); `fields` assembles their articles.
//! With `Labeller::Rules` those articles are the output. Otherwise the line
//! model reads the rules' verdict on each line back from them as one of its
//! features (`features::rules`), and weighs it with the others.

pub(crate) mod kind;
pub(crate) mod story;
