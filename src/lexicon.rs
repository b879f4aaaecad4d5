//! Static word tables: boilerplate phrases, labels and UI words, per language.
//!
//! Lexicons are data; the classifier decides what to do with a match.
