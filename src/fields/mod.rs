//! Field finders: pure parsers from cleaned text to typed values, one
//! module per family.

pub mod labels;
pub mod people;
pub mod when;
