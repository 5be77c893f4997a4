//! Segmentation: which parts of a document are which talks.
//!
//! A document is a single talk unless it shows a program, recognized by a
//! shape that repeats. The strategies, tried in this order:
//! 1. **Schedule.** Two or more schedule rows that are talks (a person
//!    presents, or the row says it is a talk); each row is a talk, and a
//!    section elsewhere whose heading repeats the row's title or names its
//!    speaker gives the talk its abstract and bio.
//! 2. **Headings.** Two or more headings at one level that introduce talks:
//!    a person's name (`## Ada Lovelace`, `## Speaker: X`,
//!    `#### X (8:00-8:30 EST)`), or a title whose section names a speaker.
//! 3. **Field groups.** Two or more `Speaker:` fields naming different
//!    people, each with the labelled lines and the date line around it.
//! 4. **Person lines.** Two or more standalone lines that are a name with
//!    an affiliation (`Ada Lovelace, University of London`, `- **Name (Org)**`);
//!    each starts a talk, and the title-like line just before it is its title.
//!
//! Everything before the first talk is the preamble, where event-level
//! fields are looked for first.

pub mod digest;
pub mod doc;
pub mod schedule;

use std::ops::Range;

pub use doc::{Doc, Hit};
pub use schedule::{PersonClean, Slot};

use crate::fields::kind;
use crate::fields::labels::Label;
use crate::fields::people;
use crate::fields::prose;
use crate::fields::when;
use crate::layout::{BlockKind, Clean};

/// How a talk was found.
#[derive(Clone, Debug)]
pub enum Head {
    /// The document is one talk.
    Whole,
    /// A heading introduces the talk (a name or a title).
    Heading(usize),
    /// A person line introduces the talk; the block before it may be the title.
    Person {
        /// The person line.
        block: usize,
        /// The title line before it.
        title: Option<usize>,
    },
    /// Only a schedule row gives the talk.
    Slot,
    /// A group of labelled fields (`Speaker:`, `Title:`) that repeats in
    /// the document, perhaps under a line giving its date, time and place.
    Fields,
}

/// One talk's place in the document.
#[derive(Clone, Debug)]
pub struct TalkSeg {
    /// The blocks that describe the talk (empty for a bare schedule row).
    pub blocks: Range<usize>,
    /// How it was found.
    pub head: Head,
    /// Its schedule row, if a schedule gives it.
    pub slot: Option<Slot>,
}

/// The talks of a document and where the event-level text is.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The talks, in document order.
    pub talks: Vec<TalkSeg>,
    /// The blocks before the first talk.
    pub preamble: Range<usize>,
    /// All schedule rows (talks or not), for the event's time span.
    pub slots: Vec<Slot>,
    /// True when the document is a program of several talks.
    pub program: bool,
}

/// Splits a heading into a person and a trailing time: `Name (8:00-8:30 EST)`,
/// or a leading one: `Tuesday 12 May 2026 — Name, Affiliation`.
pub fn heading_person(doc: &Doc, i: usize) -> Option<(PersonClean, Option<Clean>)> {
    let b = doc.blocks().get(i)?;
    let mut c = match doc.hits.get(i).and_then(|h| h.as_ref()) {
        Some(h) if h.label == Label::Speaker => h.value.clone()?,
        Some(_) => return None,
        None => b.text.clone(),
    };
    let mut time = None;
    if let Some(e) = when::scan(&c.text).first()
        && e.range.start == 0
        && (e.date.is_some() || e.time.is_some())
        && let Some(rest) = c.text.get(e.range.end..)
        && rest
            .trim_start()
            .starts_with(['—', '–', '-', ':', '|', ','])
    {
        let skip = rest.len()
            - rest
                .trim_start_matches([' ', '—', '–', '-', ':', '|', ','])
                .len();
        time = Some(c.slice(0..e.range.end));
        c = c.slice(e.range.end + skip..c.text.len());
    } else if c.text.ends_with(')')
        && let Some(open) = c.text.rfind('(')
    {
        let inner = c.slice(open + 1..c.text.len() - 1);
        if when::scan(&inner.text).iter().any(|e| e.time.is_some()) {
            time = Some(inner);
            c = c.slice(0..open);
        }
    }
    let p = people::person_line(&c.text)?;
    // a heading that is only a name, or a name with its affiliation
    let rest = &c.text[p.name.end..];
    if rest.contains(':') || rest.split_whitespace().count() > 12 {
        return None;
    }
    Some((schedule::person_clean(&c, &p), time))
}

/// A heading that names only a kind of talk and its time (`Keynote I —
/// Wednesday, June 3, 9:15–10:15 am`, `Closing Keynote — Friday, 11:00`):
/// the time, as a piece of the heading. The talk's title is in its section.
pub fn kind_time_heading(doc: &Doc, h: usize) -> Option<Clean> {
    let b = doc.blocks().get(h)?;
    if !b.is_heading() || doc.hits.get(h)?.is_some() {
        return None;
    }
    let t = b.text.text.as_str();
    let e = doc.exprs(h).iter().find(|e| e.has_date() || e.has_time())?;
    let head = t
        .get(..e.range.start)?
        .trim_end_matches([' ', '—', '–', '-', ':', ',', '|']);
    let tail = t.get(e.range.end..)?.trim();
    (tail.is_empty() && kind::kind_marker(head).is_some()).then(|| b.text.slice(e.range.clone()))
}

/// True when block `i` is a standalone person line with an affiliation or
/// a position (`Grace Hopper, Yale University and Harvard link`).
pub fn person_anchor(doc: &Doc, i: usize) -> Option<PersonClean> {
    let b = doc.blocks().get(i)?;
    if !matches!(b.kind, BlockKind::Para | BlockKind::Item(_)) || doc.hits[i].is_some() {
        return None;
    }
    if b.lines.len() > 2 || b.text.text.split_whitespace().count() > 16 {
        return None;
    }
    let p = doc.person(i)?;
    if p.affiliation.is_none() && p.position.is_none() {
        return None;
    }
    Some(schedule::person_clean(&b.text, p))
}

/// A line that can be a talk title: short, not a sentence, not a label,
/// a person, a time or a kind marker.
pub fn title_like(doc: &Doc, i: usize) -> bool {
    let Some(b) = doc.blocks().get(i) else {
        return false;
    };
    let t = b.text.text.as_str();
    let words = t.split_whitespace().count();
    matches!(
        b.kind,
        BlockKind::Para | BlockKind::Heading(_) | BlockKind::Item(_) | BlockKind::Row
    ) && doc.hits[i].is_none()
        && (1..=30).contains(&words)
        && !t.ends_with(['.', ':', ','])
        && kind::kind_marker(t).is_none()
        && doc
            .person(i)
            .is_none_or(|p| p.name.end < t.len() / 3 && p.affiliation.is_none())
        && !doc
            .exprs(i)
            .iter()
            .any(|e| e.range.end - e.range.start > t.len() / 2 && !years_like(t, e))
        && !prose::is_logistics(t)
        && !t.contains("http")
        && t.chars().any(char::is_alphabetic)
        && !t.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "in" | "at" | "on" | "by" | "with" | "from" | "for" | "and" | "or" | "to" | "of"
            )
        })
}

/// True when expression `e` of `t` is four digits to four digits that may
/// as well be years (`1850-1930` in `Draining the Marshes, 1850-1930`):
/// in a line that reads as a title, no time.
pub fn years_like(t: &str, e: &crate::fields::when::Expr) -> bool {
    let Some(s) = t.get(e.range.clone()) else {
        return false;
    };
    let year = |d: &str| {
        let d = d.trim();
        d.len() == 4 && d.starts_with(['1', '2']) && d.bytes().all(|b| b.is_ascii_digit())
    };
    e.date.is_none()
        && s.split_once(['-', '–'])
            .is_some_and(|(a, b)| year(a) && year(b))
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds the plan of a document.
pub fn plan(doc: &Doc) -> Plan {
    let n = doc.blocks().len();
    let slots = schedule::slots(doc);
    let headings = talk_headings(doc);
    if let Some(p) = by_schedule(doc, &slots, n) {
        return p;
    }
    if let Some(talks) = headings {
        let first = talks
            .first()
            .map_or(n, |t| t.blocks.start.saturating_sub(1));
        return Plan {
            preamble: 0..first,
            talks,
            slots,
            program: true,
        };
    }
    if let Some(talks) = by_field_groups(doc, n) {
        let first = talks.first().map_or(n, |t| t.blocks.start);
        return Plan {
            preamble: 0..first,
            talks,
            slots,
            program: true,
        };
    }
    if let Some((talks, items)) = by_lineup(doc, n) {
        let first = talks.first().map_or(n, |t| t.blocks.start);
        return Plan {
            preamble: 0..first,
            talks,
            slots: items,
            program: true,
        };
    }
    if let Some(talks) = by_person_lines(doc, n) {
        let first = talks.first().map_or(n, |t| match t.head {
            Head::Person { block, title } => title.unwrap_or(block),
            _ => t.blocks.start,
        });
        return Plan {
            preamble: 0..first,
            talks,
            slots,
            program: true,
        };
    }
    Plan {
        talks: vec![TalkSeg {
            blocks: 0..n,
            head: Head::Whole,
            slot: None,
        }],
        preamble: 0..n,
        slots,
        program: false,
    }
}

/// Strategy: a line-up without times, a list item per talk that names its
/// title and its speaker (`**Title** -- A. Person (Example Lab)`, `A.
/// Person: *Title*`), the paragraphs under an item its abstract:
///
/// ```text
/// * **Your Tests Are Lying: Mutation Testing** -- A. Person (Example Analytics)
///
///   Line coverage says 95%, but how many of those tests would notice …
///
/// * B. Person: *Typing the Untypable: Gradual Types in a Monolith*
/// ```
///
/// Three such items at least, in one run of the list, most of its items.
fn by_lineup(doc: &Doc, n: usize) -> Option<(Vec<TalkSeg>, Vec<Slot>)> {
    let blocks = doc.blocks();
    let items: Vec<usize> = (0..n)
        .filter(|&i| {
            matches!(blocks[i].kind, BlockKind::Item(_))
                // ("A. Person: Title" reads as an unknown label)
                && doc.hits[i].as_ref().is_none_or(|h| h.label == Label::Other)
        })
        .collect();
    if items.len() < 3 {
        return None;
    }
    let mut slots: Vec<Slot> = Vec::new();
    for &i in &items {
        let b = &blocks[i];
        if b.text.text.split_whitespace().count() > 40 {
            continue;
        }
        let mut slot = Slot {
            block: i,
            through: i,
            ..Slot::default()
        };
        schedule::describe(&b.text, &mut slot);
        // (a panelist's position or institution is no title: "A.
        // Person, Senior Advisor, Example Office")
        let role = |t: &str| {
            let head = t.split([',', '–', '—']).next().unwrap_or(t).trim();
            people::is_position(head)
                || people::position_prefix(head).is_some()
                || head
                    .split_whitespace()
                    .next()
                    .is_some_and(people::is_job_noun)
                || (people::has_org_word(head) && !t.contains(':'))
                || people::is_name(head)
        };
        let named = !slot.speakers.is_empty()
            && slot.title.as_ref().is_some_and(|t| {
                t.text.split_whitespace().count() >= 2 && !is_break(&t.text) && !role(&t.text)
            });
        if named {
            slots.push(slot);
        }
    }
    // (most of the list's items are talks: not a list of links with a
    // name or two among them)
    if slots.len() < 3 || slots.len() * 3 < items.len() * 2 {
        return None;
    }
    let talks = slots
        .iter()
        .enumerate()
        .map(|(k, s)| {
            // the paragraphs under the item, up to the next item, a
            // heading or a rule
            let next = slots.get(k + 1).map_or(n, |t| t.block);
            let end = (s.block + 1..next)
                .find(|&j| {
                    matches!(
                        blocks[j].kind,
                        BlockKind::Heading(_) | BlockKind::Rule | BlockKind::Item(_)
                    ) || !blocks[j].after_blank && doc.indent(j) == 0
                })
                .unwrap_or(next);
            TalkSeg {
                blocks: s.block + 1..end,
                head: Head::Slot,
                slot: Some(s.clone()),
            }
        })
        .collect();
    Some((talks, slots))
}

/// Heading sections at the one level where two or more headings introduce talks.
fn talk_headings(doc: &Doc) -> Option<Vec<TalkSeg>> {
    let n = doc.blocks().len();
    let mut best: Option<(u8, Vec<usize>)> = None;
    for level in 1..=6u8 {
        let hs: Vec<usize> = (0..n)
            .filter(|&i| doc.heading_level(i) == Some(level))
            // the people under a "Speakers" or "Moderator" heading are one
            // talk's, not a talk each
            .filter(|&i| !under_label_heading(doc, i))
            .filter(|&i| {
                heading_person(doc, i).is_some()
                    || titled_section_with_speaker(doc, i)
                    // "### Title" over "Name (Position @ Company)"; not a
                    // heading that is a label ("Organizers", "Contact")
                    || (person_anchor(doc, i + 1).is_some()
                        && crate::fields::labels::label_of(doc.text(i)).is_none())
                    || kind_time_heading(doc, i).is_some()
                        && (i + 1..(i + 4).min(n)).any(|j| {
                            person_anchor(doc, j).is_some()
                                || schedule::persons_in(&doc.blocks()[j].text).len() >= 2
                        })
                    || series_stanza(doc, i, level)
                    // "### Tuesday 1 March 2022" over the title and the
                    // speaker's line: a talk's day as its heading
                    || (doc.exprs(i).first().is_some_and(|e| {
                        e.date.is_some() && when::opens(e, doc.text(i))
                    }) && (i + 1..(i + 3).min(n)).any(|j| {
                        doc.heading_level(j).is_none()
                            && (person_anchor(doc, j).is_some()
                                // (on a line of the block: the title's line
                                // over the speakers' line)
                                || doc.blocks()[j].parts.iter().take(3).any(|part| {
                                    let line = doc.layout.clean(part.clone(), crate::layout::Mode::Inline);
                                    schedule::persons_in(&line)
                                        .iter()
                                        .any(|p| p.affiliation.is_some())
                                }))
                    }))
            })
            .collect();
        if hs.len() >= 2 && best.as_ref().is_none_or(|(_, b)| hs.len() > b.len()) {
            best = Some((level, hs));
        }
    }
    let (level, hs) = best?;
    let talks = hs
        .iter()
        .map(|&h| {
            let mut end = heading_section_end(doc, h, level);
            // the next talk's day, on the line right above its heading
            if end < n && end > h + 1 && doc.is_when_line(end - 1) {
                end -= 1;
            }
            // a digest's stanza under its series' name reads as an
            // announcement of its own: the name is no title
            let head = if series_stanza(doc, h, level) {
                // (the stanza ends at the rule under it: "Other
                // announcements" below are no part of the last)
                if let Some(rule) = (h + 2..end).find(|&j| doc.blocks()[j].kind == BlockKind::Rule)
                {
                    end = rule;
                }
                Head::Whole
            } else {
                Head::Heading(h)
            };
            TalkSeg {
                blocks: h + 1..end,
                head,
                slot: None,
            }
        })
        .collect();
    Some(talks)
}

/// True when heading `h` names a kind of talk or a series (`THEORY
/// SEMINAR`, `CS COLLOQUIUM`, `SYSTEMS LUNCH`) and its section is one
/// talk's stanza, as a weekly digest sets them out: the day right under the
/// heading, and no programme of timed lines.
fn series_stanza(doc: &Doc, h: usize, level: u8) -> bool {
    let t = doc.text(h);
    let named = kind::kind_in(t).is_some()
        || t.split_whitespace().next_back().is_some_and(|w| {
            ["lunch", "talks", "group", "club", "seminars"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        });
    let listing = [
        "past", "upcoming", "previous", "next", "future", "recent", "other",
    ]
    .iter()
    .any(|w| {
        t.split_whitespace()
            .next()
            .is_some_and(|f| f.eq_ignore_ascii_case(w))
    });
    if !named || listing || t.split_whitespace().count() > 8 || !doc.exprs(h).is_empty() {
        return false;
    }
    let end = heading_section_end(doc, h, level);
    // (one stanza: no headings inside it)
    if (h + 1..end).any(|j| doc.heading_level(j).is_some()) {
        return false;
    }
    let dated = (h + 1..end.min(h + 3)).any(|j| doc.exprs(j).iter().any(|e| e.has_date()));
    let timed_lines = (h + 1..end)
        .filter(|&j| {
            doc.exprs(j)
                .first()
                .is_some_and(|e| e.range.start == 0 && e.has_time() && !e.has_date())
        })
        .count();
    end >= h + 4 && dated && timed_lines <= 1
}

/// Where the section of heading `h` (of `level`) ends: at the next heading
/// of the same or a higher rank, or at the end of the document.
fn heading_section_end(doc: &Doc, h: usize, level: u8) -> usize {
    let n = doc.blocks().len();
    (h + 1..n)
        .find(|&j| doc.heading_level(j).is_some_and(|l| l <= level))
        .unwrap_or(n)
}

/// True when heading `h` introduces a person in a list of people, not a
/// talk: the nearest heading above it, of a higher rank, is a label (`##
/// Speakers`, `## Moderator`) and its own section is short (a job line, a
/// paragraph about them), with no talk in it.
fn under_label_heading(doc: &Doc, h: usize) -> bool {
    let Some(level) = doc.heading_level(h) else {
        return false;
    };
    heading_section_end(doc, h, level) - h - 1 <= 3
        && (0..h)
            .rev()
            .find(|&j| doc.heading_level(j).is_some_and(|l| l < level))
            .is_some_and(|j| {
                doc.hits[j]
                    .as_ref()
                    .is_some_and(|x| matches!(x.label, Label::Speaker | Label::Host))
            })
}

/// A heading whose section names a speaker: a `Speaker:`/`by` line, an
/// `About <Name>` bio, or a person line.
fn titled_section_with_speaker(doc: &Doc, h: usize) -> bool {
    if doc.hits[h].is_some() {
        return false;
    }
    let level = doc.heading_level(h).unwrap_or(1);
    let end = heading_section_end(doc, h, level);
    (h + 1..end).any(|j| {
        let t = doc.text(j);
        let lower = t.to_lowercase();
        match doc.hits[j].as_ref().map(|x| x.label) {
            Some(Label::Speaker) => true,
            Some(Label::Bio) => lower.starts_with("about ") && !lower.starts_with("about the"),
            _ => lower.starts_with("by ") && people::person_line(&t[3..]).is_some(),
        }
    })
}

/// Strategy 1: schedule rows.
fn by_schedule(doc: &Doc, slots: &[Slot], n: usize) -> Option<Plan> {
    // sections (any heading) that a row can point to
    let sections: Vec<(usize, Range<usize>)> = (0..n)
        .filter(|&i| doc.heading_level(i).is_some() && doc.hits[i].is_none())
        .map(|h| {
            let level = doc.heading_level(h).unwrap_or(1);
            let end = heading_section_end(doc, h, level);
            (h, h + 1..end)
        })
        .collect();
    let section_for = |slot: &Slot| -> Option<(usize, Range<usize>)> {
        let title = slot
            .title
            .as_ref()
            .map(|t| norm(&t.text))
            .filter(|t| t.len() >= 8)?;
        // "Name – Title" over the abstract: the row's speaker before its title
        let speaker = slot.speakers.first().map(|p| norm(&p.name.text));
        sections
            .iter()
            .find(|(h, _)| {
                let ht = norm(doc.text(*h));
                // "Name — Short Title" over the abstract, the title cut short
                let shortened = speaker.as_ref().is_some_and(|s| {
                    ht.strip_prefix(s.as_str())
                        .map(str::trim_start)
                        .is_some_and(|rest| rest.len() >= 8 && title.starts_with(rest))
                });
                ht == title
                    || shortened
                    || ht.ends_with(&title)
                        && (ht.len() < title.len() + 12
                            || speaker.as_ref().is_some_and(|s| ht.starts_with(s.as_str())))
            })
            .cloned()
    };
    // below the program, a paragraph opening on a speaker's name and a
    // colon ("Person: Large atlases now describe …") is that talk's abstract
    let last_slot = slots.iter().map(|s| s.through).max().unwrap_or(0);
    // or on the head of the talk's title ("Cancellation safety: Dropping a
    // future …" under "Cancellation safety is a footgun")
    // (a paragraph naming another talk's title after the speaker's name is
    // that talk's: a keynote speaker may sit on a panel too)
    let titles: Vec<String> = slots
        .iter()
        .filter_map(|s| s.title.as_ref().map(|t| t.text.to_lowercase()))
        .filter(|t| t.len() >= 12)
        .collect();
    let keyed_for = |slot: &Slot| -> Option<usize> {
        let p = slot.speakers.first()?;
        let name = p.name.text.as_str();
        let surname = name.split_whitespace().next_back()?;
        let title = slot.title.as_ref().map(|t| t.text.to_lowercase());
        let anothers = |t: &str| {
            let head: String = t.chars().take(240).collect::<String>().to_lowercase();
            titles
                .iter()
                .any(|o| Some(o) != title.as_ref() && head.contains(o.as_str()))
        };
        (last_slot + 1..n).find(|&j| {
            let b = &doc.blocks()[j];
            if b.kind != BlockKind::Para {
                return false;
            }
            let t = b.text.text.as_str();
            let by_name = [name, surname].iter().any(|k| {
                k.chars().count() >= 4
                    && t.strip_prefix(k)
                        .is_some_and(|rest| rest.starts_with(": ") || rest.starts_with(" — "))
            });
            (by_name && !anothers(t)) || title.as_deref().is_some_and(|title| title_key(t, title))
        })
    };
    // below the program, a row's title alone on a line with its speaker's
    // line right above it ("**A. Person** — Engineer at Example" /
    // "**The Title**" / the description): the talk's own section, up to the
    // next such pair, a rule or a heading
    // (the unlabelled lines below the program, normalized once)
    let below: Vec<(usize, String)> = (last_slot + 1..n)
        .filter(|&j| doc.hits[j].is_none())
        .map(|j| (j, norm(doc.text(j))))
        .collect();
    let line_titled = |s: &Slot| -> Option<usize> {
        let title = norm(&s.title.as_ref()?.text);
        (title.len() >= 8)
            .then(|| below.iter().find(|(_, t)| *t == title).map(|&(j, _)| j))
            .flatten()
    };
    let titled: Vec<(usize, usize)> = slots
        .iter()
        .filter_map(|s| {
            let j = line_titled(s)?;
            let p = j.checked_sub(1).filter(|&p| p > last_slot)?;
            (doc.hits[p].is_none() && doc.person(p).is_some()).then_some((p, j))
        })
        .collect();
    let titled_below = |slot: &Slot| -> Option<(usize, usize, usize)> {
        let j = line_titled(slot)?;
        let &(p, j) = titled.iter().find(|&&(_, t)| t == j)?;
        let next = titled
            .iter()
            .map(|&(q, _)| q)
            .filter(|&q| q > j)
            .min()
            .unwrap_or(n);
        let end = (j + 1..next)
            .find(|&k| doc.heading_level(k).is_some() || doc.blocks()[k].kind == BlockKind::Rule)
            .unwrap_or(next);
        Some((p, j, end))
    };
    type Section = (usize, Range<usize>);
    let talks: Vec<(Slot, Option<Section>)> = slots
        .iter()
        .filter(|s| !s.title.as_ref().is_some_and(|t| is_break(&t.text)))
        .map(|s| {
            let s = with_person_below(doc, s);
            let sec = section_for(&s);
            (s, sec)
        })
        .filter(|(s, sec)| s.is_talk() || sec.is_some())
        .collect();
    if talks.len() < 2 {
        return None;
    }
    let mut segs = Vec::new();
    for (k, (slot, sec)) in talks.iter().enumerate() {
        let (blocks, head) = match sec {
            Some((h, r)) => (r.clone(), Head::Heading(*h)),
            None if let Some((p, j, end)) = titled_below(slot) => (
                p..end,
                Head::Person {
                    block: p,
                    title: Some(j),
                },
            ),
            None if let Some(j) = keyed_for(slot) => {
                // with the lines that wrap it
                let end = (j + 1..n)
                    .find(|&k| {
                        let b = &doc.blocks()[k];
                        b.after_blank || b.kind != BlockKind::Para || doc.hits[k].is_some()
                    })
                    .unwrap_or(n);
                (j..end, Head::Slot)
            }
            None => {
                // blocks right under a list row (an abstract item) belong to it
                let next_slot = slots
                    .iter()
                    .map(|s| s.block)
                    .find(|&b| b > slot.through)
                    .unwrap_or(n);
                let stop = (slot.through + 1..next_slot)
                    .find(|&j| {
                        doc.heading_level(j).is_some() || doc.blocks()[j].kind == BlockKind::Row
                    })
                    .unwrap_or(next_slot);
                // a list row, or a program line with its speaker's line under
                // it, owns the blocks up to the next row
                // ("Speaker: Prof. A. Person, University": the label and
                // the honorific may come first)
                let person_below = slot.speakers.first().is_some_and(|p| {
                    doc.text(slot.through + 1)
                        .find(p.name.text.as_str())
                        .is_some_and(|at| {
                            at <= 12 || doc.label(slot.through + 1) == Some(Label::Speaker)
                        })
                });
                let under = if matches!(doc.blocks()[slot.block].kind, BlockKind::Item(_))
                    || person_below
                    || slot.card
                    || slot.hanging
                    // (an entry whose title or speaker came from the lines
                    // under its time line is set out like a card)
                    || slot.through > slot.block
                {
                    slot.through + 1..stop
                } else {
                    slot.through + 1..slot.through + 1
                };
                (under, Head::Slot)
            }
        };
        let _ = k;
        segs.push(TalkSeg {
            blocks,
            head,
            slot: Some(slot.clone()),
        });
    }
    let first = slots.first().map_or(n, |s| s.block);
    Some(Plan {
        talks: segs,
        preamble: 0..first,
        slots: slots.to_vec(),
        program: true,
    })
}

/// True when `t` opens on the head of `title` (lower case) and a colon:
/// two words or more, up to the title's own colon.
pub fn title_key(t: &str, title: &str) -> bool {
    let Some((key, _)) = t.split_once(": ") else {
        return false;
    };
    let key = key.to_lowercase();
    key.split_whitespace().count() >= 2
        && key.len() <= 60
        && title.starts_with(&key)
        && title[key.len()..].starts_with([' ', ':'])
}

/// Strategy 3: groups of labelled fields, each naming another speaker
/// (a digest of the week's talks):
///
/// ```text
/// Tuesday 10/14/97      12:00 noon      Example Hall 5409
///      Speaker:  A. Person, Example Laboratories
///      Title:    Learning Finite-State Controllers
/// ```
///
/// Each `Speaker:` starts a talk; the labelled lines and the date line
/// right above it (back to the previous talk) are the talk's too.
fn by_field_groups(doc: &Doc, n: usize) -> Option<Vec<TalkSeg>> {
    let speakers: Vec<usize> = (0..n)
        .filter(|&i| {
            doc.hits[i]
                .as_ref()
                .is_some_and(|h| h.label == Label::Speaker && h.value.is_some())
        })
        .collect();
    if speakers.len() < 2 {
        return None;
    }
    // different people: a name repeated is one talk announced twice
    let names: Vec<String> = speakers
        .iter()
        .filter_map(|&i| doc.hits[i].as_ref()?.value.as_ref())
        .map(|v| norm(&v.text))
        .collect();
    let mut distinct = names.clone();
    distinct.sort();
    distinct.dedup();
    if distinct.len() != names.len() {
        return None;
    }
    // a group opens on the labelled lines and the date line above its speaker
    let mut starts = Vec::new();
    let mut floor = 0;
    for &s in &speakers {
        let mut k = s;
        while k > floor {
            let above = k - 1;
            let labelled = doc.hits[above].as_ref().is_some_and(|h| {
                matches!(
                    h.label,
                    Label::Title | Label::Date | Label::Time | Label::Place
                )
            });
            let dated = doc.hits[above].is_none()
                && doc.blocks()[above].lines.len() == 1
                && doc
                    .exprs(above)
                    .first()
                    .is_some_and(|e| e.has_date() || e.has_time());
            if labelled {
                k = above;
                continue;
            }
            if dated {
                k = above;
            }
            break;
        }
        starts.push(k);
        floor = s + 1;
    }
    let talks = starts
        .iter()
        .enumerate()
        .map(|(k, &st)| TalkSeg {
            blocks: st..starts.get(k + 1).copied().unwrap_or(n),
            head: Head::Fields,
            slot: None,
        })
        .collect();
    Some(talks)
}

/// Strategy 4: standalone person lines with affiliations.
fn by_person_lines(doc: &Doc, n: usize) -> Option<Vec<TalkSeg>> {
    let anchors: Vec<usize> = (0..n)
        .filter(|&i| person_anchor(doc, i).is_some())
        .collect();
    if anchors.len() < 2 {
        return None;
    }
    let titles: Vec<Option<usize>> = anchors
        .iter()
        .map(|&a| {
            let prev = a.checked_sub(1)?;
            (title_like(doc, prev) && !anchors.contains(&prev)).then_some(prev)
        })
        .collect();
    // a program, not a list of people or a host line: most anchors have a
    // title line right before them or a biography of their own after them
    let own_bio = |k: usize| {
        let a = anchors[k];
        let end = anchors.get(k + 1).copied().unwrap_or(n);
        let name = person_anchor(doc, a)
            .map(|p| p.name.text)
            .unwrap_or_default();
        (a + 1..end).any(|j| {
            prose::starts_bio(doc.text(j), &[name.as_str()])
                && doc
                    .text(j)
                    .contains(name.split_whitespace().last().unwrap_or(""))
        })
    };
    let good = (0..anchors.len())
        .filter(|&k| titles[k].is_some() || own_bio(k))
        .count();
    if good < 2 || good * 3 < anchors.len() * 2 {
        return None;
    }
    let mut talks = Vec::new();
    for (k, &a) in anchors.iter().enumerate() {
        let end = match anchors.get(k + 1) {
            Some(&next) => {
                let mut e = titles[k + 1].unwrap_or(next);
                // a kind marker before the next title belongs to the next
                // talk, and so does a line that is only its day
                while e > a + 1
                    && (kind::kind_marker(doc.text(e - 1)).is_some() || doc.is_when_line(e - 1))
                {
                    e -= 1;
                }
                e
            }
            None => n,
        };
        talks.push(TalkSeg {
            blocks: a + 1..end.max(a + 1),
            head: Head::Person {
                block: a,
                title: titles[k],
            },
            slot: None,
        });
    }
    Some(talks)
}

/// Breaks, meals and ceremonies in a program: never talks; also a meal
/// named after its event (`Symposium dinner (Old Customs House)`).
fn is_break(title: &str) -> bool {
    let l = title.trim().to_lowercase();
    // a talk's title that opens on a break's word, then its subject after
    // a colon ("Coffee Chemistry: Roasting as a Reaction Network")
    if let Some((head, rest)) = l.split_once(": ")
        && head.split_whitespace().count() >= 2
        && rest.split_whitespace().count() >= 3
    {
        return false;
    }
    let head = l.split('(').next().unwrap_or("").trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.len() <= 3
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "dinner" | "lunch" | "breakfast" | "reception" | "break" | "banquet" | "excursion"
            )
        })
    {
        return true;
    }
    [
        "coffee",
        "tea",
        "lunch",
        "break",
        "dinner",
        "breakfast",
        "reception",
        "registration",
        "welcome",
        "opening",
        "closing",
        "poster session",
        "networking",
        "social",
        "mensa",
        "pause",
        "end of",
        "summary and clos",
        "concluding remarks",
        "wrap-up",
        "wrap up",
        "farewell",
        // German, French, Spanish, Italian ("Mittagsseminar" and
        // "Abschlussvortrag" are talks)
        "begrüßung",
        "kaffeepause",
        "kaffee ",
        "mittagspause",
        "mittagessen",
        "abschlussdiskussion",
        "accueil",
        "déjeuner",
        "bienvenida",
        "almuerzo",
        "pausa",
        "clausura",
        "benvenuto",
        "saluti",
    ]
    .iter()
    .any(|w| {
        // a whole word ("Breakdown points for kriging", "Teaching
        // statistics" and "Opening the black box" are talks)
        l.strip_prefix(w).is_some_and(|rest| {
            w.ends_with(' ')
                || *w == "summary and clos"
                || !rest.starts_with(char::is_alphanumeric)
                    && (!matches!(*w, "welcome" | "opening" | "closing")
                        || words.len() <= 4
                        || schedule::is_formality(head))
        })
    }) || matches!(
        head,
        "discussion" | "general discussion" | "open discussion"
    )
}

/// A program line without its speaker, whose next line is the speaker's
/// own line (`Name (Affiliation)`): the slot with that speaker. And the
/// other way round: a program line that is only its speaker
/// (`14:15 Name (Affiliation)`), the talk's title on the line under it.
fn with_person_below(doc: &Doc, slot: &Slot) -> Slot {
    let mut s = slot.clone();
    let below = slot.through + 1;
    if let Some(entry) = kind_then_title(doc, slot) {
        return entry;
    }
    // "3:30   A. Person" over "\"The Title\"": the row's text is its
    // presenter, the quoted line under it the title
    if s.speakers.is_empty()
        && let Some(name) = s.title.clone()
        && let Some(b) = doc.blocks().get(below)
        && !b.after_blank
        && doc.hits[below].is_none()
        && b.text.text.starts_with(['"', '“'])
        && let Some(p) = people::person_line(&name.text)
        && p.name.end + 1 >= name.text.trim_end().len()
        && people::is_name(&name.text[p.name.clone()])
    {
        s.speakers = vec![schedule::person_clean(&name, &p)];
        s.title = Some(schedule::strip_quotes(&b.text));
        s.through = below;
        return s;
    }
    if !s.speakers.is_empty()
        && s.title.is_none()
        && let Some(b) = doc.blocks().get(below)
                && b.kind == BlockKind::Para
        && b.lines.len() <= 2
        && !b.after_blank
        // not the next row of the program
        && doc.exprs(below).first().is_none_or(|e| e.range.start > 0)
        // (a title with a colon reads as an unknown label: "Example
        // Records Online: Transcription and Search")
        && (title_like(doc, below)
            || doc.hits[below].as_ref().is_some_and(|h| {
                h.label == Label::Other
                    && h.value.is_some()
                    && b.text.text.split_whitespace().count() <= 20
            }))
        && !prose::is_prose(&b.text.text)
    {
        s.title = Some(schedule::strip_quotes(&b.text));
        s.through = below;
        return s;
    }
    if !s.speakers.is_empty() || below >= doc.blocks().len() {
        return s;
    }
    let b = &doc.blocks()[below];
    if b.lines.len() > 1 {
        return s;
    }
    // "Panelists: A, B, C" under a panel's line
    if let Some(h) = doc.hits[below].as_ref() {
        if h.label == crate::fields::labels::Label::Speaker
            && let Some(v) = &h.value
        {
            s.speakers = schedule::persons_in(v);
        }
        return s;
    }
    // "-- A. Person, Staff Engineer @ Example", "by A. Person": the dash
    // or the "by" that sets the presenter off goes
    let raw = b.text.text.as_str();
    let bare = raw.trim_start_matches(['-', '–', '—', ' ']);
    let bare = bare.strip_prefix("by ").unwrap_or(bare);
    let line = b.text.slice(raw.len() - bare.len()..raw.len());
    let ps = schedule::persons_in(&line);
    // the name opens the line, after an honorific at most
    let opens = |name: &str| line.text.find(name).is_some_and(|at| at <= 12);
    if !ps.is_empty() && opens(ps[0].name.text.as_str()) {
        s.speakers = ps;
        // a lone name, its institution on the next line
        if let [p] = s.speakers.as_mut_slice()
            && p.affiliation.is_none()
        {
            p.affiliation = institution_line(doc, below + 1);
        }
    } else if let Some(p) = (if bare.len() < raw.len() {
        people::person_line(&line.text)
    } else {
        doc.person(below).cloned()
    })
    .filter(|p| p.name.start <= 12 && (p.affiliation.is_some() || p.position.is_some()))
    {
        s.speakers = vec![schedule::person_clean(&line, &p)];
    } else {
        // a name alone, its institution on the next line
        let (h, at) = people::split_honorific(&b.text.text);
        let name = b.text.text[at..].trim_end();
        if (people::is_name(name) || h.is_some() && people::is_initialed_name(name))
            && at + name.len() <= b.text.text.len()
        {
            let mut p = PersonClean {
                name: b.text.slice(at..at + name.len()),
                honorific: h.map(|h| b.text.slice(h)),
                position: None,
                affiliation: None,
            };
            p.affiliation = institution_line(doc, below + 1);
            s.speakers = vec![p];
        }
    }
    // a presenter's line set off by a dash is the slot's own line: the
    // blocks under it are the talk's (its description below)
    if !s.speakers.is_empty() && bare.len() < raw.len() {
        s.through = below;
        s.hanging = true;
    }
    s
}

/// A program line that is its time and a kind of talk alone (`10.15 –
/// 11.15 KEYNOTE ADDRESS`), its title on the line below (quoted or not) and
/// its people on the next (`Professor A. Person, School of X, University of
/// Y`, `Panel: A, B and C`; a chair's line between is passed over): the
/// slot with that title and those people, through their lines.
fn kind_then_title(doc: &Doc, slot: &Slot) -> Option<Slot> {
    let blocks = doc.blocks();
    let kind_only = slot.speakers.is_empty()
        && match &slot.title {
            Some(t) => schedule::is_kind_line(&t.text),
            None => slot.kind.is_some(),
        };
    if !kind_only {
        return None;
    }
    let t = slot.through + 1;
    let title = blocks.get(t)?;
    // "Conférence inaugurale" over "A. Person (Example School) : « Title »":
    // the line under the kind names the speaker and the title
    if matches!(title.kind, BlockKind::Para | BlockKind::Item(_))
        && title.lines.len() <= 3
        && doc.hits[t].as_ref().is_none_or(|h| h.label == Label::Other)
        && !title.after_blank
    {
        let mut whole = Slot::default();
        schedule::describe(&title.text, &mut whole);
        if !whole.speakers.is_empty() && whole.title.is_some() {
            let mut s = slot.clone();
            s.kind = s
                .kind
                .or_else(|| slot.title.as_ref().and_then(|k| kind::kind_in(&k.text)));
            s.title = whole.title;
            s.speakers = whole.speakers;
            s.through = t;
            s.hanging = true;
            return Some(s);
        }
    }
    let quoted = title.text.text.starts_with(['"', '“']);
    if !matches!(title.kind, BlockKind::Para | BlockKind::Item(_))
        || title.lines.len() > 3
        || doc.hits[t].is_some()
        || !(quoted || title_like(doc, t))
        || doc.exprs(t).first().is_some_and(|e| e.range.start == 0)
    {
        return None;
    }
    // the people's line: labelled, or a person with an affiliation
    let (p, people) = (t + 1..blocks.len().min(t + 3)).find_map(|p| {
        let b = blocks.get(p)?;
        if !matches!(b.kind, BlockKind::Para | BlockKind::Item(_)) {
            return None;
        }
        match doc.hits[p].as_ref() {
            Some(h) if h.label == Label::Speaker => {
                Some((p, schedule::persons_in(h.value.as_ref()?)))
            }
            Some(_) => None,
            None => schedule::person_with_affiliation(&b.text).map(|x| (p, vec![x])),
        }
        .filter(|(_, ps)| !ps.is_empty())
    })?;
    // (only a chair's line may stand between the title and the people)
    if (t + 1..p).any(|k| doc.hits[k].as_ref().is_none_or(|h| h.label != Label::Host)) {
        return None;
    }
    let mut s = slot.clone();
    if s.kind.is_none() {
        s.kind = slot.title.as_ref().and_then(|k| kind::kind_in(&k.text));
    }
    s.title = Some(schedule::strip_quotes(&title.text));
    s.speakers = people;
    s.through = p;
    s.hanging = true;
    Some(s)
}

/// Block `i` when it is a short line naming an institution (the line under
/// a speaker's name), not labelled.
fn institution_line(doc: &Doc, i: usize) -> Option<Clean> {
    let b = doc.blocks().get(i)?;
    (doc.hits.get(i).is_some_and(Option::is_none)
        && people::has_org_word(&b.text.text)
        && b.text.text.split_whitespace().count() <= 12)
        .then(|| b.text.clone())
}

#[cfg(test)]
mod tests {
    use super::is_break;

    #[test]
    fn breaks_meals_and_ceremonies_are_no_talks() {
        for t in [
            "Coffee break",
            "Lunch (Faculty dining hall)",
            "Registration and coffee",
            "Welcome and introductions",
            "Symposium dinner (Old Customs House)",
            "Begrüßung und Einführung",
            "Kaffeepause",
            "Mittagspause (Mensa am Schlossgarten)",
            "Abschlussdiskussion, moderiert von Prof. Dr. A. Example",
            "Accueil des participants",
            "Pausa café",
            "Summary and closing",
            "General discussion",
        ] {
            assert!(is_break(t), "{t}");
        }
        for t in [
            "Mittagsseminar: Example Methods in Practice",
            "Abschlussvortrag: Example Editions Online",
            "Coffee Chemistry: Roasting as a Reaction Network",
            "Discussion of Example Results in Soil Science",
        ] {
            assert!(!is_break(t), "{t}");
        }
    }
}
