//! The record: the output contract of `SCHEMA.md`, version 1.
//!
//! Every key is always present in the JSON (an unknown value is `null`, an
//! empty list `[]`), and keys are written in declaration order, so records
//! diff cleanly and load into data frames with stable columns. The only
//! optional key is `spans`, written when provenance is requested.
//!
//! Where the schema is silent these types decide, and the choices are:
//! - `event.when` and `event.location` are `null` when nothing of them is
//!   known (rather than an object full of nulls), like a talk's `when`;
//! - `registration` is always an object, its members `null` when unknown;
//! - `spans` maps a JSON pointer to a half-open byte range `[start, end)` of
//!   the original input bytes, sorted by pointer.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the record layout written by this crate.
pub const SCHEMA_VERSION: u32 = 1;

/// One record: what one announcement (or one message of a mailbox) says.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Where the record comes from.
    pub source: Source,
    /// The occasion the document announces (a lone talk, or the umbrella event of a program).
    pub event: Event,
    /// The presentations, in document order.
    pub talks: Vec<Talk>,
    /// Human-readable notes on anything doubtful.
    pub warnings: Vec<String>,
    /// Provenance: JSON pointer → byte range in the source (only with `--spans`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spans: Option<BTreeMap<String, [usize; 2]>>,
}

/// The input a record was extracted from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The path as given on the command line (or `-` for standard input).
    pub path: String,
    /// For a mailbox, the 0-based index of the message; otherwise `null`.
    pub part: Option<u32>,
    /// Lower-case hex SHA-256 of the input bytes.
    pub sha256: String,
    /// Size of the input in bytes.
    pub bytes: u64,
    /// The detected format of the input.
    pub format: Format,
}

/// The format of an input document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text (also reStructuredText).
    #[default]
    Text,
    /// Markdown.
    Markdown,
    /// An e-mail message (`.eml`, or one message of a `.mbox`).
    Email,
    /// An HTML page.
    Html,
}

/// The occasion a document announces.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The umbrella event's name (workshop, conference, series session), or `null`.
    pub title: Option<String>,
    /// What kind of occasion this is, in the text's own vocabulary.
    pub kind: Option<Kind>,
    /// The name of the series the event belongs to.
    pub series: Option<String>,
    /// When the event takes place.
    pub when: Option<When>,
    /// Where the event takes place.
    pub location: Option<Location>,
    /// How people attend (schema.org's eventAttendanceMode).
    pub attendance: Option<Attendance>,
    /// Organizing bodies or people, as written.
    pub organizers: Vec<String>,
    /// Whether and where to register.
    pub registration: Registration,
    /// Links the event points to (meeting links, pages), in document order.
    pub urls: Vec<String>,
}

/// The kind of an event or a talk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Kind {
    Seminar,
    Colloquium,
    Lecture,
    Talk,
    Keynote,
    InvitedTalk,
    Panel,
    Tutorial,
    Webinar,
    Workshop,
    Symposium,
    Conference,
    Defense,
}

/// How people attend an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// Webinar or video call only.
    Online,
    /// Explicitly in person only.
    InPerson,
    /// A room plus a stream or a call.
    Hybrid,
}

/// Registration requirements.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// `true` when the text says registration is required, `null` when it does not say.
    pub required: Option<bool>,
    /// Where to register, when a link is given.
    pub url: Option<String>,
}

/// A date and time, as normalized values plus the phrase they came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct When {
    /// First day, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Last day of a multi-day event, `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// Start, `HH:MM` on a 24-hour clock, local to the event.
    pub start_time: Option<String>,
    /// End, `HH:MM` on a 24-hour clock, local to the event.
    pub end_time: Option<String>,
    /// IANA zone name or fixed offset (`+01:00`) when the text states a zone.
    pub timezone: Option<String>,
    /// ISO 8601 local start (`2017-03-13T10:00`, or just the date).
    pub start: Option<String>,
    /// ISO 8601 local end.
    pub end: Option<String>,
    /// RFC 3339 instant of the start, when date, time and zone are all known.
    pub start_utc: Option<String>,
    /// The verbatim phrase the values came from.
    pub text: Option<String>,
}

/// Where an event takes place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// The verbatim location phrase.
    pub text: Option<String>,
    /// Room number or name.
    pub room: Option<String>,
    /// Building name.
    pub building: Option<String>,
    /// University, company or venue.
    pub institution: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State, province or region.
    pub region: Option<String>,
    /// Country.
    pub country: Option<String>,
}

/// One presentation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Talk {
    /// The talk's title.
    pub title: Option<String>,
    /// What kind of presentation this is.
    pub kind: Option<Kind>,
    /// The talk's own slot, only when a program gives it one.
    pub when: Option<When>,
    /// The people who present.
    pub speakers: Vec<Person>,
    /// The people who host, introduce, chair or moderate.
    pub hosts: Vec<Person>,
    /// The talk's description.
    #[serde(rename = "abstract")]
    pub abstract_: Option<String>,
    /// Numbered citations listed under the abstract.
    pub references: Vec<String>,
}

/// A speaker or a host.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name as written, without honorific.
    pub name: Option<String>,
    /// `Prof.`, `Dr.` and the like, as written.
    pub honorific: Option<String>,
    /// Job title (`assistant professor`).
    pub position: Option<String>,
    /// Institution or company (`Example University EECS`).
    pub affiliation: Option<String>,
    /// The biography paragraph(s).
    pub bio: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Home page.
    pub url: Option<String>,
}

impl Record {
    /// The JSON Schema (draft 2020-12) of a record, generated from these
    /// types. Every key is required (a record always writes all of them;
    /// unknown values are `null`), except the optional `spans`.
    pub fn json_schema() -> serde_json::Value {
        let mut v = serde_json::to_value(schemars::schema_for!(Record)).unwrap_or_default();
        require_all(&mut v);
        v
    }
}

/// Marks every property of every object schema as required (but `spans`).
fn require_all(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                let keys: Vec<serde_json::Value> = props
                    .keys()
                    .filter(|k| k.as_str() != "spans")
                    .map(|k| serde_json::Value::String(k.clone()))
                    .collect();
                map.insert("required".into(), serde_json::Value::Array(keys));
            }
            for (_, child) in map.iter_mut() {
                require_all(child);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(require_all),
        _ => {}
    }
}
