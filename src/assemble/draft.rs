//! Drafts: what the finders propose for a record, each value with the
//! working-text range it came from.

use std::ops::Range;

use crate::fields::when::Resolved;
use crate::layout::Clean;
use crate::record::{Attendance, Kind};

/// A value and the working-text range it was cleaned from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Val {
    /// The value.
    pub text: String,
    /// Where it came from.
    pub span: Range<usize>,
}

impl Val {
    /// The value of a cleaned piece of text (`None` when it is empty).
    pub fn of(c: &Clean) -> Option<Val> {
        (!c.text.is_empty()).then(|| Val {
            text: c.text.clone(),
            span: c.span(),
        })
    }
}

/// A resolved time expression and where it was written.
#[derive(Clone, Debug, Default)]
pub struct WhenDraft {
    /// The values.
    pub resolved: Resolved,
    /// The phrase's range.
    pub span: Range<usize>,
}

/// A person.
#[derive(Clone, Debug, Default)]
pub struct PersonDraft {
    /// Name without honorific.
    pub name: Val,
    /// Honorific.
    pub honorific: Option<Val>,
    /// Position.
    pub position: Option<Val>,
    /// Affiliation.
    pub affiliation: Option<Val>,
    /// Biography.
    pub bio: Option<Val>,
    /// E-mail.
    pub email: Option<Val>,
    /// Home page.
    pub url: Option<Val>,
}

/// A talk.
#[derive(Clone, Debug, Default)]
pub struct TalkDraft {
    /// Title.
    pub title: Option<Val>,
    /// Kind.
    pub kind: Option<Kind>,
    /// Its own slot.
    pub when: Option<WhenDraft>,
    /// Presenters.
    pub speakers: Vec<PersonDraft>,
    /// Hosts and moderators.
    pub hosts: Vec<PersonDraft>,
    /// Abstract.
    pub abstract_: Option<Val>,
    /// References.
    pub references: Vec<Val>,
}

/// The event.
#[derive(Clone, Debug, Default)]
pub struct EventDraft {
    /// Umbrella title.
    pub title: Option<Val>,
    /// Kind.
    pub kind: Option<Kind>,
    /// Series.
    pub series: Option<Val>,
    /// When.
    pub when: Option<WhenDraft>,
    /// Location phrase.
    pub location: Option<Val>,
    /// Attendance mode.
    pub attendance: Option<Attendance>,
    /// Organizers.
    pub organizers: Vec<Val>,
    /// Registration required.
    pub registration_required: Option<bool>,
    /// Registration link.
    pub registration_url: Option<Val>,
    /// Links.
    pub urls: Vec<Val>,
}
