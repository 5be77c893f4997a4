//! Herald turns talk, seminar, workshop and webinar announcements into
//! normalized records (see `SCHEMA.md`).

pub mod error;
pub mod fields;
pub mod input;
pub mod layout;
pub mod record;
