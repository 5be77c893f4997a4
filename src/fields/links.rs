//! Links: the URL that goes with a name, the URLs of a passage, e-mail
//! addresses. All ranges are working-text ranges.

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

use super::people::unreachable_regex;

static BARE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"https?://[^\s<>()\[\]"'`|]+[^\s<>()\[\]"'`|.,;:!?*_]"#)
        .unwrap_or_else(|_| unreachable_regex())
});

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
        .unwrap_or_else(|_| unreachable_regex())
});

/// The URL linked from the text at `name`: `[Name](url)`, `` `Name <url>`_ ``,
/// `<a href="url">Name</a>`, or an rST target `.. _Name: url` elsewhere.
pub fn url_of_name(text: &str, name: Range<usize>) -> Option<Range<usize>> {
    let after = text.get(name.end..)?;
    // markdown: the name may be wrapped in emphasis inside the brackets
    let a = after.trim_start_matches(['*', '_']);
    if let Some(rest) = a.strip_prefix("](") {
        let start = text.len() - rest.len();
        let end = rest.find([')', ' ']).map_or(rest.len(), |k| k);
        return (end > 0).then_some(start..start + end);
    }
    // rST: `Name <url>`_
    if let Some(rest) = after.strip_prefix(" <") {
        let end = rest.find('>')?;
        if rest[end..].starts_with(">`") {
            let start = text.len() - rest.len();
            return Some(start..start + end);
        }
    }
    // HTML: <a href="url">Name</a>
    let before = text.get(..name.start)?;
    if let Some(tag) = before.rfind("<a ")
        && !before[tag..].contains("</a")
        && before[tag..].trim_end().ends_with('>')
    {
        let t = &before[tag..];
        if let Some(h) = t.find("href=") {
            let q = t[h + 5..].chars().next()?;
            if q == '"' || q == '\'' {
                let s = tag + h + 6;
                let e = text[s..].find(q)? + s;
                return Some(s..e);
            }
        }
    }
    // rST named reference: `Name`_ with ".. _Name: url"
    if after.starts_with("`_") {
        let n = text.get(name.clone())?;
        let def = format!(".. _{n}:");
        let at = text.find(&def)? + def.len();
        let rest = &text[at..];
        let m = BARE_URL.find(rest.lines().next().unwrap_or(""))?;
        return Some(at + m.start()..at + m.end());
    }
    None
}

/// The URLs in `text[range]`, in order.
pub fn urls_in(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(piece) = text.get(range.clone()) else {
        return Vec::new();
    };
    BARE_URL
        .find_iter(piece)
        .map(|m| range.start + m.start()..range.start + m.end())
        .collect()
}

/// The e-mail addresses in `text[range]`, in order.
pub fn emails_in(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let Some(piece) = text.get(range.clone()) else {
        return Vec::new();
    };
    EMAIL
        .find_iter(piece)
        .map(|m| range.start + m.start()..range.start + m.end())
        .collect()
}

/// True for a contact line: one that gives an e-mail address or a telephone
/// number (`Oakhurst University | Example Hall 112 | (614) 555-0193`,
/// `Tel: +44 20 7946 0000`). Such a line is the sender's signature or a
/// contact, never the event's venue.
pub fn is_contact(line: &str) -> bool {
    static PHONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:(?-u:\b)(?:tel|phone|fax|mobile)\.?\s*:?\s*\+?[0-9]|(?-u:\b)(?:ph|cell)[.:]\s*\+?[0-9]|\([0-9]{3}\)\s?[0-9]{3}[-.\s][0-9]{4}(?-u:\b)|(?-u:\b)[0-9]{3}[-.][0-9]{3}[-.][0-9]{4}(?-u:\b)|\+[0-9]{1,3}[\s(]+[0-9][0-9\s()-]{6,}[0-9])")
            .unwrap_or_else(|_| unreachable_regex())
    });
    (line.contains('@') && EMAIL.is_match(line)) || PHONE.is_match(line)
}

/// True for links to a video call, a stream or a webinar platform.
pub fn is_meeting_url(url: &str) -> bool {
    let l = url.to_lowercase();
    // a recording or a video is not a way to attend
    if l.contains("/rec/")
        || l.contains("/recording")
        || l.contains("youtube.com/watch")
        || l.contains("youtu.be/")
        || l.contains("vimeo.com/")
    {
        return false;
    }
    [
        "zoom.us",
        "zoom.com",
        "teams.microsoft",
        "teams.live",
        "webex.com",
        "meet.google",
        "youtube.com/live",
        "youtu.be",
        "youtube.com/watch",
        "twitch.tv",
        "bluejeans",
        "gotomeeting",
        "gotowebinar",
        "vimeo.com",
        "hopin",
        "whereby",
    ]
    .iter()
    .any(|d| l.contains(d))
}

/// True for links to a registration page.
pub fn is_registration_url(url: &str) -> bool {
    let l = url.to_lowercase();
    [
        "regist",
        "rsvp",
        "eventbrite",
        "meetup.com",
        "signup",
        "sign-up",
        "forms.gle",
        "docs.google.com/forms",
        "ticket",
    ]
    .iter()
    .any(|d| l.contains(d))
}
