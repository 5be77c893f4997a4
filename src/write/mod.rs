//! Writers: records → files and streams.
//!
//! - [`json`]: one pretty-printed `<stem>.json` per input, written
//!   atomically (temporary file, then rename) under an output directory;
//! - JSON Lines: one record per line, streamed in input order.

pub mod json;
