//! Field finders: pure parsers from cleaned text to typed values, one
//! module per family.

pub mod common_words;
pub mod fold;
pub mod kind;
pub mod labels;
pub mod links;
pub mod people;
pub mod place;
pub mod prose;
pub mod when;
