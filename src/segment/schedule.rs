//! Schedules: table rows, list items and lines that give a time slot and
//! what happens in it (`| 13:05-13:40 | Speaker | Live | Title |`,
//! `* **9:05-10:00** Invited talk 1: **Title** by **Name** (Affiliation)`,
//! `19:15 Opening talk (A. Speaker)`).

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

use super::doc::Doc;
use crate::fields::labels::Label;
use crate::fields::people::{self, unreachable_regex};
use crate::fields::when::{self, ZoneAtom};
use crate::fields::{kind, place};
use crate::layout::lines::LineKind;
use crate::layout::markup::clean_joined;
use crate::layout::{BlockKind, Clean, Mode};
use crate::record::Kind;

/// A person as found in a schedule or a heading: pieces of cleaned text.
#[derive(Clone, Debug, Default)]
pub struct PersonClean {
    /// The name.
    pub name: Clean,
    /// The honorific written before it.
    pub honorific: Option<Clean>,
    /// The position.
    pub position: Option<Clean>,
    /// The affiliation.
    pub affiliation: Option<Clean>,
}

/// One row of a schedule.
#[derive(Clone, Debug, Default)]
pub struct Slot {
    /// The block the row is (where its time is).
    pub block: usize,
    /// The last block of the row's own text: `block`, or a later one when a
    /// quoted title runs on over the next lines.
    pub through: usize,
    /// The time cell or prefix (or the date, in a list of dated talks
    /// without times: `Tue Mar 4 — Name: Title`).
    pub time: Option<Clean>,
    /// The date cell, when a table gives the date apart from the time.
    pub date: Option<Clean>,
    /// The zone given in the table header (`Time (EDT)`).
    pub zone: Option<ZoneAtom>,
    /// The title.
    pub title: Option<Clean>,
    /// The presenters.
    pub speakers: Vec<PersonClean>,
    /// The kind the row names (`Invited talk 1:`, `Keynote`).
    pub kind: Option<Kind>,
    /// The location cell.
    pub location: Option<Clean>,
    /// The day heading the row sits under.
    pub day: Option<usize>,
    /// True for a talk card (a block of a few lines: the speaker, the
    /// title, the time): the blocks under it, up to the next row, are its
    /// talk's (a biography, an abstract).
    pub card: bool,
    /// True for a program line whose title and speakers go on over the
    /// lines under it ([`hanging_entry`]): like a card, the blocks under
    /// it are its talk's.
    pub hanging: bool,
}

impl Slot {
    /// True when the row is a presentation (a person presents, or it is
    /// labelled as a talk), not a break, a welcome or a session of many.
    pub fn is_talk(&self) -> bool {
        // (a welcome or a closing is the programme's, whoever says it)
        if self.title.as_ref().is_some_and(|t| is_formality(&t.text)) {
            return false;
        }
        !self.speakers.is_empty()
            || (self.kind.is_some_and(|k| {
                matches!(
                    k,
                    Kind::Talk | Kind::InvitedTalk | Kind::Keynote | Kind::Lecture | Kind::Tutorial
                )
            }) && self.title.is_some())
    }
}

/// True when a programme entry's title is one of the meeting's own
/// formalities, not a presentation: `Welcome`, `Opening remarks`,
/// `Discussion & close`, `Wrap-up`, `Q&A`.
pub(crate) fn is_formality(t: &str) -> bool {
    static FORMALITY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:welcome|opening|closing|concluding|final|general|introductory|open)(?:\s+(?:remarks|address|words|session|discussion))?|introductions?|discussion|close|wrap[- ]up|q\s*&\s*a|questions|adjourn(?:ment)?|farewell)(?:\s*(?:&|and|,|/|\+)\s*(?:welcome|opening|closing|close|introductions?|discussion|remarks|wrap[- ]up|q\s*&\s*a|coffee|lunch|reception|drinks))*\s*[.!]?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    FORMALITY.is_match(t.trim())
}

/// Columns of a schedule table, from its header row.
#[derive(Clone, Debug, Default)]
struct Columns {
    time: Option<usize>,
    /// A date column: a series of talks on different days.
    date: Option<usize>,
    /// The speaker's affiliation in a column of its own.
    affiliation: Option<usize>,
    /// A duration column (`20 mins`) stands in for the time in programs without clock times.
    duration: Option<usize>,
    speaker: Option<usize>,
    title: Option<usize>,
    location: Option<usize>,
    zone: Option<ZoneAtom>,
}

/// Headers of a title column, the more telling first.
const TITLE_HEADS: &[&[&str]] = &[
    &["title", "titel", "titre", "título", "titolo"],
    &["talk", "topic", "thema", "subject"],
    &[
        "paper", "session", "content", "event", "activity", "program", "reading",
    ],
];

fn header_columns(cells: &[Clean]) -> Option<Columns> {
    let mut c = Columns::default();
    let mut title_rank: Option<usize> = None;
    for (k, cell) in cells.iter().enumerate() {
        let l = cell.text.to_lowercase();
        if l.starts_with("duration") || l.starts_with("length") {
            c.duration = Some(k);
        } else if ["date", "day", "datum", "fecha", "data"]
            .iter()
            .any(|w| l.starts_with(w))
        {
            c.date = Some(k);
        } else if l.starts_with("time") || l == "when" || l.starts_with("slot") {
            c.time = Some(k);
            // "Time (EDT)", "Time (IST / PST)", "Time (UTC+3)"
            if let Some(open) = cell.text.find('(') {
                let inner = &cell.text[open + 1..];
                c.zone = when::grammar::zone(inner.trim_start()).ok().map(|(_, z)| z);
            }
        } else if [
            "speaker",
            "presenter",
            "who",
            "name",
            "lead",
            "discussant",
            "referent",
            "orateur",
            "intervenant",
            "ponente",
            "relatore",
        ]
        .iter()
        .any(|w| l.starts_with(w))
        {
            c.speaker = Some(k);
        } else if let Some(rank) = TITLE_HEADS
            .iter()
            .position(|words| words.iter().any(|w| l.starts_with(w)))
        {
            // "Date | Presenter | Topic | Reading": the topic is the talk's
            // title, the reading is what to read for it
            if title_rank.is_none_or(|r| rank < r) {
                c.title = Some(k);
                title_rank = Some(rank);
            }
        } else if ["location", "room", "place", "venue"]
            .iter()
            .any(|w| l.starts_with(w))
        {
            c.location = Some(k);
        } else if [
            "affiliation",
            "institution",
            "organi",
            "university",
            "from",
            "company",
        ]
        .iter()
        .any(|w| l.starts_with(w))
        {
            c.affiliation = Some(k);
        }
    }
    ((c.time.is_some() || c.duration.is_some() || c.date.is_some())
        && (c.speaker.is_some() || c.title.is_some()))
    .then_some(c)
}

/// True when `exprs` (the block's time expressions) open the text with a
/// date: the end of that date expression.
fn date_prefix(exprs: &[when::Expr]) -> Option<usize> {
    let first = exprs.first()?;
    (first.range.start == 0 && first.date.is_some()).then_some(first.range.end)
}

/// True when block `i`'s first line opens with a date set off from the rest
/// by a column gap (two spaces or a tab): `Jan 22   Name (Affiliation)`.
fn date_column(doc: &Doc, i: usize) -> bool {
    let Some(raw) = doc
        .blocks()
        .get(i)
        .and_then(|b| b.parts.first())
        .and_then(|r| doc.layout.text.get(r.clone()))
    else {
        return false;
    };
    when::scan(raw).first().is_some_and(|e| {
        e.range.start == 0
            && e.date.is_some()
            && raw
                .get(e.range.end..)
                .is_some_and(|r| r.starts_with("  ") || r.starts_with('\t'))
    })
}

/// True when `text` starts with a time or a time range.
fn time_prefix(text: &str) -> Option<usize> {
    // a time starts with a digit (or is "noon"/"midnight")
    if !text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'n' | 'N' | 'm' | 'M')) {
        return None;
    }
    let mut end = text.len().min(40);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let e = when::scan(&text[..end]);
    let first = e.first()?;
    (first.range.start == 0 && first.time.is_some() && first.date.is_none())
        .then_some(first.range.end)
}

/// True for a heading over talks that already took place: `Past sessions`,
/// `Previous talks`, `Archive`, `Recordings`.
fn is_past_heading(t: &str) -> bool {
    let l = t.to_lowercase();
    [
        "past ",
        "previous ",
        "earlier ",
        "archive",
        "recordings",
        "recorded ",
        "missed a ",
        "missed the ",
        "catch up on",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// True for a heading or a short line over other events than the one the
/// announcement describes: `Upcoming talks:`, `Next sessions`, `Also in
/// this series`, `Nächste Termine:`, `Prochains séminaires`, `Próximas
/// charlas`, `Prossimi incontri`.
fn is_other_events_heading(t: &str) -> bool {
    static OTHER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?-i:[^\p{Latin}0-9])*(?:next|upcoming|future|coming up|more|other|further|later|also in (?:this|the) series|nächste|kommende|weitere|prochain(?:e)?s?|à venir|próxim[oa]s|prossim[ie]|futur[oa]s)(?:\s+[\p{Latin}'-]+)*\s*:?(?-i:[^\p{Latin}0-9])*$")
            .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
    });
    t.len() <= 48 && OTHER.is_match(t.trim())
}

/// A talk card: two to five lines, in one block or in blocks that follow
/// each other without a blank line, that give in any order the speaker
/// (with an affiliation on the same line or on the next), the title
/// (quoted, or a title-like line) and perhaps the date and time:
///
/// ```text
/// Tuesday 2 December, 09:15
/// Prof. A. Person, Department of Chemistry, University of Example
/// "Single-Atom Catalysts for Nitrogen Fixation"
/// ```
///
/// The slot's `through` is the card's last block.
fn card(doc: &Doc, i: usize, day: Option<usize>) -> Option<Slot> {
    let blocks = doc.blocks();
    let b = blocks.get(i)?;
    if doc.hits.get(i)?.is_some() || b.parts.len() > 4 {
        return None;
    }
    // a card spread over several blocks opens on its time line alone, or
    // on its time and place ("Monday 13 October, 12:00-13:00, Room 2.14")
    let head_place = (b.parts.len() == 1).then(|| timed_place(doc, i)).flatten();
    // or on its kind and its time: "PANEL (Wed 2026-10-07, 11:00-12:00)"
    let head_kind = (b.parts.len() == 1 && head_place.is_none())
        .then(|| kind_when(&b.text))
        .flatten();
    let time_only = b.parts.len() == 1
        && when_line(doc.exprs(i), &b.text.text).is_some_and(|e| e.time.is_some());
    let timed_head =
        b.parts.len() == 1 && (head_place.is_some() || head_kind.is_some() || time_only);
    // right under a line that is only its date ("Jan 22" over "Name,
    // Institution" and the title): the card goes on over the lines below
    let under_day = i > 0
        && day == Some(i - 1)
        && !b.after_blank
        && is_day_line(doc, i - 1)
        && !doc.names(i).is_empty();
    // a person line over a line that is a quoted title
    // (the cheap test first: the person line is read only over a quote)
    let person_head = b.parts.len() == 1
        && blocks.get(i + 1).is_some_and(|n| {
            !n.after_blank
                && n.parts.len() == 1
                && matches!(n.kind, BlockKind::Para | BlockKind::Item(_))
                && is_quoted(n.text.text.trim())
        })
        && person_with_affiliation(&b.text).is_some();
    let open = timed_head || under_day || person_head;
    if !open && b.parts.len() < 2 {
        return None;
    }
    // a card of one block has a quoted title line and names its speaker
    if !open {
        let quoted_line = b.parts.iter().any(|p| {
            doc.layout.text.get(p.clone()).is_some_and(|l| {
                l.trim_start_matches(['*', '_', ' ', '\t'])
                    .starts_with(['"', '“'])
            })
        });
        if !quoted_line || doc.names(i).is_empty() {
            return None;
        }
    }
    // the card's lines, with their blocks, and whether each is a note in
    // brackets or stars as written ("[host: A. Person]", "*** NOTE ROOM:
    // Example 110 ***")
    let mut lines: Vec<(usize, Clean, bool)> = Vec::new();
    // the card's lines labelled `Speaker:` or `Title:`, by index
    let mut labelled: Vec<(usize, Label)> = Vec::new();
    let mut j = i;
    loop {
        let hit = doc.hits.get(j).and_then(Option::as_ref);
        if let Some(h) = hit
            && j > i
            && matches!(h.label, Label::Speaker | Label::Title)
            && let Some(v) = &h.value
        {
            labelled.push((lines.len(), h.label));
            lines.push((j, v.clone(), false));
        } else if j > i && is_quoted(blocks[j].text.text.trim()) {
            // a quoted title over two lines
            lines.push((j, blocks[j].text.clone(), false));
        } else {
            for part in &blocks[j].parts {
                let raw = doc.layout.text.get(part.clone()).unwrap_or("").trim();
                let note = raw.starts_with("***") || raw.starts_with('[') && raw.ends_with(']');
                lines.push((j, doc.layout.clean(part.clone(), Mode::Inline), note));
            }
        }
        j += 1;
        // (a title with a colon may read as an unknown label: "Active
        // matter: when particles have their own agenda"; under a time
        // line, the speaker and title may be labelled)
        let next_fits = blocks.get(j).is_some_and(|n| {
            let hit = doc.hits.get(j).and_then(Option::as_ref);
            let labelled = timed_head
                && hit.is_some_and(|h| {
                    matches!(h.label, Label::Speaker | Label::Title) && h.value.is_some()
                });
            // (a time alone on its line, as a page's timetable sets its
            // entries apart: what follows is the entry's, blank lines
            // between)
            (!n.after_blank || (time_only && lines.len() <= 3 && !n.is_heading()))
                // (a labelled list of panelists may take a few lines)
                && n.parts.len() <= if labelled { 4 } else { 2 }
                && matches!(n.kind, BlockKind::Para | BlockKind::Item(_))
                && hit.is_none_or(|h| h.label == Label::Other || labelled)
        });
        if lines.len() >= 5 || !next_fits || !open {
            break;
        }
    }
    let mut slot = Slot {
        block: i,
        through: i,
        day,
        card: true,
        ..Slot::default()
    };
    let mut used = 0;
    // the line after a title that went on over it
    let mut skip_next = false;
    for (k, (blk, line, note)) in lines.iter().enumerate() {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        let t = line.text.trim();
        // a note under the card is the card's, not its title
        if slot.title.is_some() && *note {
            used = k + 1;
            slot.through = *blk;
            continue;
        }
        let label = labelled.iter().find(|(at, _)| *at == k).map(|(_, l)| *l);
        if label == Some(Label::Speaker) && slot.speakers.is_empty() {
            // (a panel's list of panelists, or one speaker)
            let listed = persons_in(line);
            let speakers = if listed.len() > 1 {
                listed
            } else if let Some(p) = person_with_affiliation(line).or_else(|| lone_name(line)) {
                vec![p]
            } else {
                break;
            };
            slot.speakers = speakers;
            used = k + 1;
            slot.through = *blk;
            continue;
        }
        if label == Some(Label::Title) && slot.title.is_none() {
            // a title cut at an open word goes on over the next line
            // ("Thesis: Reduction of Nitrate to Ammonia on" / "Copper Catalysts")
            let open = crate::layout::ends_open(&line.text);
            let next = lines
                .get(k + 1)
                .filter(|_| open && !labelled.iter().any(|(at, _)| *at == k + 1));
            match next {
                Some((nblk, nline, _)) => {
                    slot.title = Some(strip_quotes(&clean_joined(
                        doc.layout.text,
                        &[line.span(), nline.span()],
                        Mode::Inline,
                    )));
                    skip_next = true;
                    slot.through = *nblk;
                }
                None => {
                    slot.title = Some(strip_quotes(line));
                    slot.through = *blk;
                }
            }
            used = k + 1 + usize::from(skip_next);
            continue;
        }
        if label.is_some() {
            break;
        }
        // a timetable's duration on a line of its own ("15m", "1h 30m")
        if is_duration(t) {
            used = k + 1;
            slot.through = *blk;
            continue;
        }
        let exprs = when::scan(t);
        let quoted = is_quoted(t);
        let only_when = when_line(&exprs, t).is_some();
        if slot.time.is_none() && only_when && (k == 0 || slot.title.is_some()) {
            slot.time = Some(line.clone());
        } else if k == 0
            && let Some((kind, when)) = &head_kind
        {
            slot.time = Some(when.clone());
            slot.kind = Some(*kind);
        } else if k == 0
            && let Some((cut, place)) = &head_place
        {
            slot.time = Some(line.slice(0..*cut));
            slot.location = Some(place.clone());
        } else if slot.speakers.is_empty()
            && !quoted
            && let Some(p) = person_with_affiliation(line)
                .or_else(|| timed_head.then(|| lone_name(line)).flatten())
        {
            slot.speakers = vec![p];
        } else if let [p] = slot.speakers.as_mut_slice()
            && timed_head
            && p.affiliation.is_none()
            && slot.title.is_none()
            && !quoted
            && people::has_org_word(t)
            && t.split_whitespace().count() <= 12
        {
            // the institution on the line under the name
            p.affiliation = Some(line.clone());
        } else if k == 1
            && slot.time.is_some()
            && slot.location.is_none()
            && slot.title.is_none()
            && slot.speakers.is_empty()
            && !quoted
            && place::place_score(t) >= 3
        {
            // the place on the line under the day and time ("Room 205,
            // Example Hall"), the speaker and title below it
            slot.location = Some(line.clone());
        } else if slot.title.is_none()
            && !quoted
            && t.split_whitespace().count() <= 6
            && kind::kind_in(t).is_some()
            && lines[k + 1..]
                .iter()
                .any(|(_, l, _)| is_quoted(l.text.trim()))
        {
            // the kind or series line of a card whose title is quoted
            // below ("Department Colloquium" over the speaker and the
            // quoted title)
            slot.kind = kind::kind_in(t);
        } else if slot.title.is_none()
            && (quoted
                || (t.split_whitespace().count() <= 20
                    && !t.ends_with(['.', ':', ','])
                    && t.starts_with(char::is_uppercase)
                    && !only_when))
        {
            slot.title = Some(strip_quotes(&drop_artifacts(line)));
        } else {
            break;
        }
        used = k + 1;
        slot.through = *blk;
    }
    // a block is the card's whole or not at all
    if used < lines.len()
        && lines
            .get(used)
            .is_some_and(|(blk, _, _)| *blk == slot.through)
    {
        return None;
    }
    // the title after a blank line under a card of day, place and speaker
    if slot.title.is_none()
        && slot.location.is_some()
        && !slot.speakers.is_empty()
        && used == lines.len()
        && let Some(n) = blocks.get(slot.through + 1)
        && n.lines.len() <= 2
        && super::title_like(doc, slot.through + 1)
        && !crate::fields::prose::is_prose(&n.text.text)
    {
        slot.title = Some(strip_quotes(&n.text));
        slot.through += 1;
    }
    if slot.speakers.is_empty() || slot.title.is_none() {
        return None;
    }
    // the date and time on the line right above the card
    if slot.time.is_none()
        && i > 0
        && !b.after_blank
        && let Some(above) = blocks.get(i - 1)
        && above.lines.len() == 1
        && when_line(doc.exprs(i - 1), &above.text.text).is_some()
    {
        slot.time = Some(above.text.clone());
        slot.block = i - 1;
    }
    Some(slot)
}

/// The title a program line gives after its time (`16:10 — **Title**`,
/// `10:30-10:55 Lightning talk: Title`), with the kind its prefix names;
/// `None` when the line names its speakers too, or no title.
fn title_after_time(line: &Clean) -> Option<(Clean, Option<Kind>)> {
    let cut = time_prefix(&line.text)?;
    let rest = strip_leading_punct(&line.slice(cut..line.text.len()));
    let mut only = Slot::default();
    describe(&rest, &mut only);
    let title = only.title.filter(|_| only.speakers.is_empty())?;
    Some((title, only.kind))
}

/// True when `t` is a duration alone: `15m`, `45 min`, `1h 30m`.
fn is_duration(t: &str) -> bool {
    static ALONE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!("^{DURATION_PATTERN}$")).unwrap_or_else(|_| unreachable_regex())
    });
    ALONE.is_match(t.trim())
}

/// A timetable's duration: `40m`, `45 min`, `1h 30m`.
const DURATION_PATTERN: &str =
    r"(?:[0-9]{1,2}h(?:\s*[0-9]{1,2}m(?:in)?)?|[0-9]{1,3}\s?(?:m|min|mins|minutes))";

/// True when `t` is wholly in quotes: `"Title"`, `“Title”`.
fn is_quoted(t: &str) -> bool {
    t.starts_with(['"', '“']) && t.ends_with(['"', '”']) && t.chars().count() > 2
}

/// A one-line block that gives a time (perhaps after its date) and then a
/// place (`Tuesday 14 October, 16:00-17:00, Lecture Theatre 1 (Hoyle
/// Building)`, `3:30 p.m., Loomis 141 (refreshments at 3:00)`, `11 a.m.,
/// Zoom`): where the date and time end, and the place.
fn timed_place(doc: &Doc, i: usize) -> Option<(usize, Clean)> {
    let text = &doc.blocks().get(i)?.text;
    let e = doc.exprs(i).first()?;
    if e.range.start != 0 || e.time.is_none() {
        return None;
    }
    let rest = text.slice(e.range.end..text.text.len());
    let rest = strip_leading_punct(&rest);
    // (a note in brackets after the place is not the place's)
    let t = rest.text.as_str();
    let bare = match t.find(" (") {
        Some(at) if t.ends_with(')') && at > 0 => &t[..at],
        _ => t,
    };
    // (what follows the place's first piece is more of it or a note on it:
    // ", Example Wing", ", followed by a reception"; the place grammar is
    // not needed for this, nor compiled for it)
    let first = bare.split([',', ';']).next().unwrap_or(bare).trim();
    let placed = place::place_score(first) >= 2
        || (bare.split_whitespace().count() <= 3 && place::online_words(bare))
        // ("Observatory Library": a building named by what it houses)
        || (bare.split_whitespace().count() <= 5
            && bare.starts_with(char::is_uppercase)
            && bare.split_whitespace().any(place::is_building_word));
    placed.then_some((e.range.end, rest))
}

/// A line that names a kind of session and gives its time, the time in
/// brackets or after a colon or dash: `PANEL (Wed 2026-10-07,
/// 11:00-12:00)`, `Keynote: 9:30-10:30`. The kind and the time.
fn kind_when(c: &Clean) -> Option<(Kind, Clean)> {
    let t = c.text.as_str();
    let (at, sep) = [" (", ": ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| t.find(sep).map(|at| (at, *sep)))
        .min_by_key(|(at, _)| *at)?;
    let head = t.get(..at)?;
    if head.split_whitespace().count() > 3 {
        return None;
    }
    let kind = kind::kind_in(head)?;
    let mut end = t.len();
    if sep == " (" {
        end = t.strip_suffix(')').map(str::len)?;
    }
    let when = c.slice(at + sep.len()..end);
    let e = when::scan(&when.text).into_iter().next()?;
    (e.range.start == 0 && e.time.is_some() && e.range.end + 2 >= when.text.len())
        .then_some((kind, when))
}

/// A line that is only a name, perhaps after an honorific (`Prof. Dr.
/// Anna-Lena Example`): a speaker whose affiliation may follow.
fn lone_name(line: &Clean) -> Option<PersonClean> {
    let (h, at) = people::split_honorific(&line.text);
    let name = line.text.get(at..)?.trim_end();
    people::is_name(name).then(|| PersonClean {
        name: line.slice(at..at + name.len()),
        honorific: h.map(|h| line.slice(h)),
        ..PersonClean::default()
    })
}

/// The time expression that is the whole of line `text` (its first one,
/// from the start to the end but for trailing punctuation), given the
/// line's expressions `exprs`.
fn when_line<'e>(exprs: &'e [when::Expr], text: &str) -> Option<&'e when::Expr> {
    exprs.first().filter(|e| {
        // (after a weekday in another language: "Donnerstag, 12.06.2025")
        when::opens(e, text)
            && (e.time.is_some() || e.date.is_some())
            && e.range.end + 3 >= text.len()
    })
}

/// A time-led program line whose description goes on over the lines under
/// it, indented to where it starts (a hanging indent): the title first,
/// then the speakers, perhaps labelled:
///
/// ```text
/// 09:40 - 10:40  KEYNOTE: Listening at Scale: What Forty Thousand Hours of
///                Oral History Taught Us About Speech Recognition
///                Margarethe Lindqvist (KTH Royal Institute of Technology)
/// ```
///
/// Sets the slot's title and speakers, and the last block it takes, when
/// the description has at least one such line under it and a speaker.
fn hanging_entry(doc: &Doc, i: usize, rest: &Clean, slot: &mut Slot) -> Option<()> {
    let blocks = doc.blocks();
    let lines = &doc.layout.lines;
    let text = doc.layout.text;
    let b = blocks.get(i)?;
    let first = lines.get(b.lines.start)?;
    let start = rest.span().start;
    let col: usize = text
        .get(first.range.start..start)?
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    ranges.push(start..first.body.end);
    let mut k = b.lines.start + 1;
    while let Some(l) = lines.get(k) {
        let body = text.get(l.body.clone()).unwrap_or("");
        if l.kind != LineKind::Text
            || l.indent + 1 < col
            || l.indent > col + 1
            || time_prefix(body.trim()).is_some()
        {
            break;
        }
        ranges.push(l.body.clone());
        k += 1;
    }
    if ranges.len() < 2 {
        return None;
    }
    let line = |r: &Range<usize>| doc.layout.clean(r.clone(), Mode::Inline);
    let labelled = |c: &Clean| {
        let (head, _) = c.text.split_once(':')?;
        crate::fields::labels::label_of(head)
    };
    if person_then_title(doc, i, &ranges, slot).is_some() {
        return Some(());
    }
    // the first line under the title that names people, or is labelled
    let found = (1..ranges.len()).find(|&j| {
        let mut c = line(&ranges[j]);
        // "Name (Universidad Nacional Autónoma de" / "México)"
        if c.text.matches('(').count() > c.text.matches(')').count() && j + 1 < ranges.len() {
            c = clean_joined(text, &ranges[j..j + 2], Mode::Inline);
        }
        labelled(&c).is_some()
            || person_with_affiliation(&c).is_some()
            || persons_in(&c)
                .first()
                .is_some_and(|p| p.affiliation.is_some() && c.text.starts_with(&p.name.text))
    });
    let Some(people_at) = found else {
        // "Name (Affiliation): Title that" over the rest of the title:
        // the lines read as one description
        let joined = clean_joined(text, &ranges, Mode::Inline);
        let mut whole = Slot::default();
        describe(&joined, &mut whole);
        let first = line(ranges.first()?);
        if whole.speakers.is_empty()
            || whole.title.is_none()
            || !first
                .text
                .split_once(": ")
                .is_some_and(|(head, _)| head.ends_with(')') || people::is_name(head))
        {
            return None;
        }
        slot.title = whole.title;
        slot.speakers = whole.speakers;
        slot.kind = whole.kind.or(slot.kind);
        slot.hanging = true;
        slot.through = block_of_line(doc, i, b.lines.start + ranges.len() - 1)?;
        return Some(());
    };
    let mut speakers = Vec::new();
    let mut j = people_at;
    while j < ranges.len() {
        // a label's value goes on over the unlabelled lines after it
        let end = (j + 1..ranges.len())
            .find(|&n| labelled(&line(&ranges[n])).is_some())
            .unwrap_or(ranges.len());
        let part = clean_joined(text, &ranges[j..end], Mode::Inline);
        match labelled(&part) {
            Some(Label::Host) => {}
            Some(_) => {
                let at = part.text.find(':').map_or(0, |c| c + 1);
                speakers.extend(persons_in(&part.slice(at..part.text.len())));
            }
            None => {
                let ps = labelled_persons(&part);
                if ps.is_empty() {
                    // "Prof. A. Person, Norwegian University of Science and
                    // Technology (NTNU)": one person, an "and" in the institution
                    let (_, at) = people::split_honorific(&part.text);
                    if let Some(p) = people::person_line(&part.text)
                        .filter(|p| p.affiliation.is_some() && p.name.start <= at)
                    {
                        speakers.push(person_clean(&part, &p));
                    }
                } else {
                    speakers.extend(ps);
                }
            }
        }
        j = end;
    }
    if speakers.is_empty() {
        return None;
    }
    // "9:15   KEYNOTE" with the title on the line below: the kind word alone
    // on the time's line is no part of the title
    let first_line = ranges.first().map(line)?;
    let (head_kind, title_from) = if people_at > 1 && is_kind_line(&first_line.text) {
        (kind::kind_in(&first_line.text), 1)
    } else {
        (None, 0)
    };
    let title = clean_joined(text, &ranges[title_from..people_at], Mode::Inline);
    let mut only = Slot::default();
    describe(&title, &mut only);
    if only.kind.is_none() {
        only.kind = head_kind;
    }
    slot.title = only.title.or(Some(title));
    if only.kind.is_some() {
        slot.kind = only.kind;
    }
    slot.speakers = speakers;
    slot.hanging = true;
    slot.through = block_of_line(doc, i, b.lines.start + ranges.len() - 1)?;
    Some(())
}

/// The last block, from block `i` on, that starts at or before line
/// `last_line`: where a program entry whose lines run under it ends.
fn block_of_line(doc: &Doc, i: usize, last_line: usize) -> Option<usize> {
    let blocks = doc.blocks();
    (i..blocks.len())
        .take_while(|&n| blocks.get(n).is_some_and(|x| x.lines.start <= last_line))
        .last()
}

/// A time-led program line that names its speaker, the title on the lines
/// under it at the same indent (perhaps after the speaker's affiliation or
/// a note in brackets):
///
/// ```text
/// 3:15   Prof. A. Person
///        Department of Physiology, Example University
///        "Inhibitory motifs and the stability of cortical circuits"
/// ```
///
/// `ranges` are the description's lines, the time's line first. Sets the
/// slot's speaker and title, and the last block it takes.
fn person_then_title(doc: &Doc, i: usize, ranges: &[Range<usize>], slot: &mut Slot) -> Option<()> {
    let text = doc.layout.text;
    let line = |r: &Range<usize>| doc.layout.clean(r.clone(), Mode::Inline);
    let head = line(ranges.first()?);
    // the speaker opens the line: with an affiliation, or a name alone
    // after an honorific
    // (the line holds the person alone: not "Name (Affiliation): Title
    // that" going on below)
    let alone = |p: &PersonClean| {
        let end = p.affiliation.as_ref().unwrap_or(&p.name).span().end;
        let from = head.span().start;
        let at = end.saturating_sub(from).min(head.text.len());
        head.text.get(at..).is_some_and(|rest| {
            rest.trim_matches(|c: char| c.is_whitespace() || ",;)]".contains(c))
                .is_empty()
        })
    };
    let mut person = person_with_affiliation(&head)
        .filter(|p| p.name.span().start <= head.span().start + 12 && alone(p))
        .or_else(|| {
            lone_name(&head)
                .filter(|p| p.honorific.is_some() && p.name.text.split_whitespace().count() >= 2)
        })?;
    let mut j = 1;
    // the affiliation on a line of its own
    if person.affiliation.is_none()
        && let Some(next) = ranges.get(j).map(line)
        && people::has_org_word(&next.text)
        && !is_quoted(&next.text)
        && next.text.split_whitespace().count() <= 14
    {
        person.affiliation = Some(next);
        j += 1;
    }
    // a note in brackets ("(2005 Example Student Prize lecture)")
    while ranges
        .get(j)
        .map(line)
        .is_some_and(|c| c.text.starts_with('(') && c.text.ends_with(')'))
    {
        j += 1;
    }
    // the title: the lines left, up to a labelled line
    let end = (j..ranges.len())
        .find(|&n| {
            let c = line(&ranges[n]);
            c.text
                .split_once(':')
                .is_some_and(|(h, _)| crate::fields::labels::label_of(h).is_some())
        })
        .unwrap_or(ranges.len());
    if j >= end {
        return None;
    }
    let title = strip_quotes(&clean_joined(text, &ranges[j..end], Mode::Inline));
    if title.is_empty() || person_with_affiliation(&title).is_some() || title.text.len() < 8 {
        return None;
    }
    slot.title = Some(title);
    slot.speakers = vec![person];
    slot.hanging = true;
    let blocks = doc.blocks();
    let b = blocks.get(i)?;
    slot.through = block_of_line(doc, i, b.lines.start + end - 1)?;
    Some(())
}

/// True when a program line's text after its time is a kind of talk alone,
/// its title on the lines below: `KEYNOTE`, `Keynote address:`, `INVITED
/// TALK 2`, `PANEL DISCUSSION`, `TUTORIAL (remote)`.
pub(crate) fn is_kind_line(t: &str) -> bool {
    static KIND_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:opening|closing|invited|plenary|featured|guest|special)\s+)?(?:keynote(?:\s+(?:talk|lecture|address))?|plenary(?:\s+(?:talk|lecture))?|invited\s+talk|tutorial|panel(?:\s+discussion)?|distinguished\s+lecture|inaugural\s+lecture|opening\s+lecture|conférence\s+(?:inaugurale|plénière|invitée|d'ouverture)|conferencia\s+(?:inaugural|magistral|plenaria)|eröffnungsvortrag|hauptvortrag|festvortrag|lezione\s+magistrale|relazione\s+introduttiva)\s*[0-9]*\s*:?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = t.trim();
    // (a note in brackets after the kind: "(remote)", "(online)")
    let t = match t
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|o| &t[..o]))
    {
        Some(head) if !head.trim().is_empty() => head.trim_end(),
        _ => t,
    };
    KIND_LINE.is_match(t)
}

/// A line that is one person with an affiliation: `Name (Affiliation)` or
/// `Prof. A. Person, Department of X, University of Y`.
pub(crate) fn person_with_affiliation(line: &Clean) -> Option<PersonClean> {
    if let [p] = persons_in(line).as_slice()
        && p.affiliation.is_some()
    {
        return Some(p.clone());
    }
    let p = people::person_line(&line.text)?;
    let (h, at) = people::split_honorific(&line.text);
    let opens = p.name.start <= at.max(h.map_or(0, |h| h.end + 1));
    (opens && p.affiliation.is_some()).then(|| person_clean(line, &p))
}

/// Finds the schedule rows of the document.
pub fn slots(doc: &Doc) -> Vec<Slot> {
    let blocks = doc.blocks();
    let mut out = Vec::new();
    let mut columns: Option<Columns> = None;
    let mut day: Option<usize> = None;
    // under "Past sessions": rows that are not this announcement's talks
    let mut past = false;
    // under "Upcoming talks" after a talk's own fields: other events
    let mut fields_seen = false;
    let mut consumed = 0;
    for (i, b) in blocks.iter().enumerate() {
        let seen_before = fields_seen;
        fields_seen |= doc
            .label(i)
            .is_some_and(|l| matches!(l, Label::Speaker | Label::Title | Label::Abstract));
        let other_events = || seen_before && is_other_events_heading(doc.text(i));
        match b.kind {
            BlockKind::Heading(_) => {
                columns = None;
                past = is_past_heading(doc.text(i)) || other_events();
                let s = doc.exprs(i);
                if s.iter().any(|e| e.date.is_some()) {
                    day = Some(i);
                }
            }
            BlockKind::Row => {
                // a row that is only a date ("Friday, October 22, 2010"
                // across the table) heads the day's rows
                if b.cells.iter().filter(|c| !c.is_empty()).count() <= 1 && is_day_line(doc, i) {
                    day = Some(i);
                    continue;
                }
                if let Some(c) = header_columns(&b.cells) {
                    columns = Some(c);
                    continue;
                }
                if past {
                    continue;
                }
                if let Some(slot) = row_slot(doc, i, columns.as_ref(), day) {
                    let inline = inline_talks(doc, i, &slot);
                    if inline.len() >= 2 {
                        out.extend(inline);
                    } else {
                        out.push(slot);
                    }
                }
            }
            BlockKind::Para | BlockKind::Item(_) => {
                columns = None;
                if b.lines.len() == 1 && other_events() {
                    past = true;
                    continue;
                }
                // "MISSED A WEBINAR? Recordings are available to members:"
                // over a list of past sessions
                if b.lines.len() == 1
                    && b.text.text.trim_end().ends_with(':')
                    && is_past_heading(&b.text.text)
                {
                    past = true;
                    continue;
                }
                // a line that is only a date ("THURSDAY 22 MAY") heads the
                // day's rows, as a heading would
                if b.lines.len() == 1 && b.kind == BlockKind::Para && is_day_line(doc, i) {
                    day = Some(i);
                    continue;
                }
                // a dated line of a series: "Tue Mar 4 — Name: Title", or
                // the date in a column of its own: "Jan 22    Name (Affiliation)"
                let dated = || {
                    let end = date_prefix(doc.exprs(i))?;
                    let rest = b.text.text.get(end..)?;
                    (b.lines.len() <= 3
                        && (rest
                            .trim_start()
                            .starts_with(['—', '–', '-', ':', '|', ','])
                            || date_column(doc, i))
                        && rest.split_whitespace().count() <= 30)
                        .then_some(end)
                };
                if past {
                    continue;
                }
                // a card's own lines, past its first block
                if i < consumed {
                    continue;
                }
                // a line opening on a date ("FRIDAY 16 OCTOBER, 3:30 PM,
                // Room C-201") dates the rows under it
                if let Some(e) = doc.exprs(i).first()
                    && e.date.is_some()
                    && when::opens(e, &b.text.text)
                {
                    day = Some(i);
                }
                if let Some(slot) = card(doc, i, day) {
                    consumed = slot.through + 1;
                    out.push(slot);
                    continue;
                }
                let timed = time_prefix(&b.text.text);
                if let Some(end) = timed.or_else(dated) {
                    let rest = b.text.slice(end..b.text.text.len());
                    let rest = strip_leading_punct(&rest);
                    if rest.is_empty() {
                        continue;
                    }
                    // a quoted title that goes on over the next lines
                    let (rest, last) = quote_continued(doc, i, &rest);
                    let mut slot = Slot {
                        block: i,
                        through: last,
                        time: Some(b.text.slice(0..end)),
                        day,
                        ..Slot::default()
                    };
                    describe(&rest, &mut slot);
                    // the title and speakers go on under the line, at its indent
                    if timed.is_some() && b.lines.len() == 1 {
                        hanging_entry(doc, i, &rest, &mut slot);
                    }
                    // "2:00-3:00 pm, Example Hall 3-201": the line gives the
                    // talk's place, its speaker and title come below
                    if slot.speakers.is_empty()
                        && slot
                            .title
                            .as_ref()
                            .is_some_and(|t| place::place_score(&t.text) >= 3)
                    {
                        slot.location = slot.title.take();
                    }
                    // "15:30-16:30, Lecture Theatre B" then "Professor A.
                    // Person (University)" on the block's next line
                    if slot.speakers.is_empty()
                        && let [first, second, rest @ ..] = b.parts.as_slice()
                        && rest.len() <= 2
                    {
                        let line1 = doc.layout.clean(first.clone(), Mode::Inline);
                        let line2 = doc.layout.clean(second.clone(), Mode::Inline);
                        let placed = time_prefix(&line1.text)
                            .is_some_and(|cut| place::in_prose(&line1.text[cut..]).is_some());
                        if placed
                            && let Some(p) = person_with_affiliation(&line2)
                            && line2
                                .text
                                .find(p.name.text.as_str())
                                .is_some_and(|at| at <= 12)
                        {
                            slot.speakers = vec![p];
                            // the title on the lines after the person's
                            slot.title = (!rest.is_empty()).then(|| {
                                strip_quotes(&clean_joined(doc.layout.text, rest, Mode::Inline))
                            });
                            // its title and description follow
                            slot.hanging = true;
                        }
                    }
                    // "16:10 — **Title**" then "*A. Person, Group, University*"
                    // on the item's next line, set in italics, and the
                    // description after it
                    if let [first, second, ..] = b.parts.as_slice()
                        && doc.layout.text.get(second.clone()).is_some_and(|raw| {
                            let t = raw.trim();
                            t.len() > 2
                                && ((t.starts_with('*') && t.ends_with('*'))
                                    || (t.starts_with('_') && t.ends_with('_')))
                        })
                    {
                        let line1 = doc.layout.clean(first.clone(), Mode::Inline);
                        let who = doc.layout.clean(second.clone(), Mode::Inline);
                        let ps = persons_in(&who);
                        if !ps.is_empty()
                            && let Some((title, kind)) = title_after_time(&line1)
                        {
                            slot.title = Some(title);
                            slot.kind = kind.or(slot.kind);
                            slot.speakers = ps;
                        }
                    }
                    // "10:30-10:55 The Title" then "A. Person, University,
                    // Country" on the block's next line: its abstract follows
                    // (the person's line may wrap once)
                    if slot.speakers.is_empty()
                        && let [first, second @ ..] = b.parts.as_slice()
                        && (1..=2).contains(&second.len())
                    {
                        let line1 = doc.layout.clean(first.clone(), Mode::Inline);
                        if time_prefix(&line1.text).is_some()
                            && let line2 = clean_joined(doc.layout.text, second, Mode::Inline)
                            && let Some(p) = person_with_affiliation(&line2)
                            && line2
                                .text
                                .find(p.name.text.as_str())
                                .is_some_and(|at| at <= 12)
                            && let Some((title, kind)) = title_after_time(&line1)
                            && place::place_score(&title.text) < 3
                        {
                            slot.title = Some(title);
                            slot.kind = kind.or(slot.kind);
                            slot.speakers = vec![p];
                            slot.hanging = true;
                        }
                    }
                    // "14:15 Name (Affiliation)" then the title on the item's
                    // next line
                    if slot.speakers.is_empty()
                        && let [first, more @ ..] = b.parts.as_slice()
                        && !more.is_empty()
                        && more.len() <= 2
                    {
                        let line = doc.layout.clean(first.clone(), Mode::Inline);
                        if let Some(cut) =
                            time_prefix(&line.text).or_else(|| date_prefix(&when::scan(&line.text)))
                        {
                            let who = strip_leading_punct(&line.slice(cut..line.text.len()));
                            let mut only = Slot::default();
                            describe(&who, &mut only);
                            // (not "Name (Affiliation): Title that" over
                            // the rest of its title)
                            let title_begun = who
                                .text
                                .split_once(": ")
                                .is_some_and(|(_, after)| !after.trim().is_empty());
                            if !only.speakers.is_empty() && only.title.is_none() && !title_begun {
                                slot.speakers = only.speakers;
                                slot.title = Some(crate::layout::markup::clean_joined(
                                    doc.layout.text,
                                    more,
                                    Mode::Inline,
                                ));
                            }
                        }
                    }
                    // "Fri Jan 20   A. Person" over the title, set under the
                    // name: a term listing's entry
                    // (a person's name, not a town: "Lisbon, Portugal")
                    let real_name = |p: &PersonClean| {
                        p.name.text.split_whitespace().count() >= 2
                            && !p.name.text.contains(',')
                            && place::place_score(&p.name.text) == 0
                    };
                    let lone = if slot.speakers.is_empty() {
                        slot.title.as_ref().and_then(lone_name).filter(real_name)
                    } else {
                        None
                    };
                    // (or "Fri Feb 24   Prof. A. Person (visiting from X)")
                    let named = lone.is_some()
                        || (slot.title.is_none()
                            && slot.speakers.len() == 1
                            && slot
                                .speakers
                                .iter()
                                .all(|p| real_name(p) && people::is_name(&p.name.text)));
                    if timed.is_none()
                        && named
                        && b.lines.len() == 1
                        && let Some(next) = blocks.get(i + 1)
                        && !next.after_blank
                        && next.lines.len() <= 2
                        && matches!(next.kind, BlockKind::Para | BlockKind::Item(_))
                        && doc.hits.get(i + 1).is_some_and(|h| {
                            h.as_ref().is_none_or(|h| h.label != Label::Speaker)
                        })
                        && doc.exprs(i + 1).iter().all(|e| !e.has_date())
                        // (not the person's job or town: "Artist, Baltimore")
                        // (a title may open on a word and a colon that reads
                        // as a label: "Overview: Example diagrams")
                        && (super::title_like(doc, i + 1)
                            || doc.hits.get(i + 1).and_then(Option::as_ref).is_some_and(|h| {
                                h.value.is_some() && next.text.text.split_whitespace().count() <= 20
                            }))
                        && !people::is_position(&next.text.text)
                        && people::position_prefix(&next.text.text).is_none()
                        && !next.text.text.split(", ").next().is_some_and(people::is_job_noun)
                    {
                        if let Some(p) = lone {
                            slot.speakers = vec![p];
                        }
                        slot.title = Some(strip_quotes(&next.text));
                        slot.through = i + 1;
                        slot.hanging = true;
                    }
                    // a dated line is a talk of a series only when it names
                    // its presenter (else it is the event's own date line)
                    if timed.is_some() || !slot.speakers.is_empty() {
                        out.push(slot);
                    }
                }
            }
            BlockKind::Rule => {}
        }
    }
    // a card is a shape that repeats: one alone is a talk's own header
    if out.iter().filter(|s| s.card).count() < 2 {
        out.retain(|s| !s.card);
    }
    out
}

/// A program line whose description opens a quote it does not close:
///
/// ```text
/// 11:15 - 11:45   "Do Judges Agree With Teachers? Grading Short
///                 Answers in Middle School Science"
/// ```
///
/// The description joined with the lines up to the one that closes the
/// quote (two at most; what follows the quote on that line stays, as the
/// speaker may follow it), and the last block it takes; else the
/// description as it is.
fn quote_continued(doc: &Doc, i: usize, rest: &Clean) -> (Clean, usize) {
    let t = rest.text.as_str();
    let opens = t.starts_with(['"', '“']) && t.matches(['"', '“', '”']).count() == 1;
    if !opens {
        return (rest.clone(), i);
    }
    let blocks = doc.blocks();
    for k in i + 1..(i + 3).min(blocks.len()) {
        let n = &blocks[k];
        let nt = n.text.text.as_str();
        if doc.hits[k].is_some() || time_prefix(nt).is_some() || n.after_blank {
            break;
        }
        if nt.contains(['"', '”']) {
            let mut parts = vec![rest.span()];
            parts.extend((i + 1..=k).filter_map(|j| blocks.get(j).map(|b| b.span())));
            let joined = crate::layout::markup::clean_joined(
                doc.layout.text,
                &parts,
                crate::layout::Mode::Inline,
            );
            return (joined, k);
        }
    }
    (rest.clone(), i)
}

fn strip_leading_punct(c: &Clean) -> Clean {
    let t = &c.text;
    let skip = t.len()
        - t.trim_start_matches(|ch: char| "-–—:|,·•".contains(ch) || ch.is_whitespace())
            .len();
    c.slice(skip..t.len())
}

fn row_slot(doc: &Doc, i: usize, columns: Option<&Columns>, day: Option<usize>) -> Option<Slot> {
    let b = doc.blocks().get(i)?;
    let cells = &b.cells;
    let mut slot = Slot {
        block: i,
        through: i,
        day,
        ..Slot::default()
    };
    match columns {
        Some(c) => {
            if let Some(d) = c.date.and_then(|k| cells.get(k)) {
                slot.date = date_prefix(&when::scan(&d.text)).map(|_| d.clone());
            }
            match c.time {
                Some(k) => {
                    let tcell = cells.get(k)?;
                    time_prefix(&tcell.text)?;
                    slot.time = Some(tcell.clone());
                }
                None if c.duration.is_none() => {
                    // a series: the row's date stands for its time
                    slot.time = Some(slot.date.clone()?);
                }
                None => {
                    // a duration row: it must at least have its duration cell
                    cells.get(c.duration?).filter(|d| !d.is_empty())?;
                }
            }
            slot.zone = c.zone.clone();
            if let Some(l) = c.location.and_then(|k| cells.get(k)) {
                slot.location = (!l.is_empty()).then(|| l.clone());
            }
            if let Some(s) = c.speaker.and_then(|k| cells.get(k)) {
                // "Keynote: Prof. A. Person, Example University", "Panel: A, B, C"
                let (k, s) = strip_kind_prefix(s);
                slot.kind = slot.kind.or(k);
                slot.speakers = persons_in(&s);
                // "Note: 14:00, Room M-110 — A. Person (Example University)":
                // a note before a dash in the cell is not the speaker
                if slot.speakers.is_empty()
                    && let Some(k) = [" — ", " – ", " - "]
                        .iter()
                        .filter_map(|d| s.text.rfind(d).map(|k| k + d.len()))
                        .max()
                {
                    slot.speakers = persons_in(&s.slice(k..s.text.len()));
                }
                // "Invited speaker: A. Person" over "Example Dept., Example
                // University" in the cell (its lines joined by commas): the
                // name on the first line, the affiliation on the others
                if slot.speakers.is_empty()
                    && let Some((head, _)) = s.text.split_once(", ")
                {
                    let from = head
                        .split_once(": ")
                        .filter(|(l, _)| {
                            crate::fields::labels::label_of(l) == Some(Label::Speaker)
                                || kind::kind_in(l).is_some()
                        })
                        .map_or(0, |(l, _)| l.len() + 2);
                    if let Some(mut p) = lone_name(&s.slice(from..head.len())) {
                        p.affiliation = Some(s.slice(head.len() + 2..s.text.len()));
                        slot.speakers = vec![p];
                    }
                }
                // "Affiliation" in a column of its own
                if let [p] = slot.speakers.as_mut_slice()
                    && p.affiliation.is_none()
                    && let Some(a) = c.affiliation.and_then(|k| cells.get(k))
                    && !a.is_empty()
                {
                    p.affiliation = Some(a.clone());
                }
            }
            if let Some(t) = c.title.and_then(|k| cells.get(k)) {
                if c.speaker.is_some() {
                    // (`"Title" (Journal, 2025)`: the quoted title, without the note)
                    let t = strip_quotes(&drop_artifacts(t));
                    // (a note on a line of the cell: "Title" over "Note:
                    // 3:00 pm, joint with the Fluids Group")
                    let t = match CELL_NOTE.find(&t.text) {
                        Some(m) if m.start() > 0 => t.slice(0..m.start()),
                        _ => t,
                    };
                    slot.kind =
                        kind::kind_in(&t.text).filter(|_| kind::kind_marker(&t.text).is_some());
                    slot.title = (!t.is_empty()).then_some(t);
                    if let Some(title) = &slot.title {
                        let (k, rest) = strip_kind_prefix(title);
                        if k.is_some() {
                            slot.kind = k;
                            slot.title = (!rest.is_empty()).then_some(rest);
                        }
                    }
                } else {
                    describe(t, &mut slot);
                }
            }
        }
        None => {
            // no header: a time in the first cell, the description in the others
            let first = cells.first()?;
            time_prefix(&first.text)?;
            slot.time = Some(first.clone());
            let rest: Vec<&Clean> = cells[1..].iter().filter(|c| !c.is_empty()).collect();
            let desc = rest.first()?;
            describe(desc, &mut slot);
            if slot.speakers.is_empty()
                && let Some(p) = rest.get(1)
            {
                slot.speakers = persons_in(p);
            }
        }
    }
    Some(slot)
}

/// A note set after a title in its cell: `, Note: 3:00 pm`, `NB:`,
/// `Please note:`.
static CELL_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s*(?-u:\b)(?:note|nb|n\.b\.|please note|attention|achtung|attenzione)\s*:")
        .unwrap_or_else(|_| unreachable_regex())
});

/// `[pdf]`, `(slides)`, `[(slides)]`: link labels that are not part of titles.
fn drop_artifacts(c: &Clean) -> Clean {
    static ART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s*(?:\[\s*\(?(?:pdf|slides|video|paper|poster|code|link|recording)\)?\s*\]|\((?:pdf|slides|video|paper|poster|code|link|recording)\))\s*")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // a timetable's duration after the title ("… on FPGAs   40m", "1h 30m")
    static DURATION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"\s+{DURATION_PATTERN}$")).unwrap_or_else(|_| unreachable_regex())
    });
    let mut end = c.text.len();
    // only trailing artifacts are cut, so the rest keeps its bytes
    while let Some(m) = ART.find_iter(&c.text[..end]).last() {
        if m.end() != end {
            break;
        }
        end = m.start();
    }
    if let Some(m) = DURATION.find(&c.text[..end])
        && c.text[..m.start()].split_whitespace().count() >= 2
    {
        end = m.start();
    }
    c.slice(0..end)
}

/// `Invited talk 1:`, `(Invited Talk 1)`, `Opening Talk:`, `Paper 1:`,
/// `Talk1:`, `First talk:` at the start of a description.
fn strip_kind_prefix(c: &Clean) -> (Option<Kind>, Clean) {
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^\(?((?:(?:opening|closing|first|second|third|fourth|fifth|invited|contributed|keynote|spotlight|oral|lightning|featured|plenary|short|long|public|evening|special|guest|memorial|distinguished)\s+)?(?:talk|keynote|lecture|paper|presentation|extended abstract|tutorial|panel(?:\s+discussion)?|invited talk|keynote talk|demo)\s*[0-9]*|(?:contributed|invited|spotlight|oral|lightning)\s*[0-9]*)\)?\s*[:.\-–),]\s*|^\((invited talk\s*[0-9]*|keynote\s*[0-9]*|introduction|tutorial|panel)\)\s*")
            .unwrap_or_else(|_| unreachable_regex())
    });
    match PREFIX.captures(&c.text) {
        Some(cap) => {
            let label = cap.get(1).or_else(|| cap.get(2)).map_or("", |m| m.as_str());
            let k = kind::kind_in(label).or_else(|| {
                let l = label.to_lowercase();
                (l.contains("paper") || l.contains("abstract") || l.contains("presentation"))
                    .then_some(Kind::Talk)
            });
            let end = cap.get(0).map_or(0, |m| m.end());
            (k, c.slice(end..c.text.len()))
        }
        None => strip_badge(c),
    }
}

/// A badge before a program's title, without punctuation (a page's
/// `<span class="badge">Keynote</span> <em>Title</em>`): `Keynote Closing
/// the Loop: …`, `Student talk Enzymatic …`. Only when a capitalized title
/// of three words or more follows.
fn strip_badge(c: &Clean) -> (Option<Kind>, Clean) {
    static BADGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Keynote|KEYNOTE|Invited(?: [Tt]alk)?|INVITED(?: TALK)?|Student [Tt]alk|Contributed(?: [Tt]alk)?|Plenary(?: [Tt]alk)?|PLENARY|Spotlight|Tutorial|TUTORIAL|Lightning [Tt]alk|Short [Tt]alk|Panel(?: [Dd]iscussion)?|PANEL(?: DISCUSSION)?)\s+")
            .unwrap_or_else(|_| unreachable_regex())
    });
    if let Some(m) = BADGE.find(&c.text)
        && let rest = &c.text[m.end()..]
        && rest.starts_with(|ch: char| ch.is_uppercase() || matches!(ch, '"' | '“'))
        && rest.split_whitespace().count() >= 3
    {
        let k = kind::kind_in(m.as_str()).or(Some(Kind::Talk));
        let title = c.slice(m.end()..c.text.len());
        // (a quoted title: "PANEL "What should X mean?"")
        let title = if is_quoted(&title.text) {
            strip_quotes(&title)
        } else {
            title
        };
        return (k, title);
    }
    (None, c.clone())
}

/// Reads a description cell: kind prefix, title, and presenters given as
/// `by A, B and C`, `Title (Name)`, `Title – Name`, `Title Speakers: • A • B`.
pub(crate) fn describe(c: &Clean, slot: &mut Slot) {
    let c = drop_artifacts(c);
    // "10.00 Uhr Dr. A. Person (Example Academy):" over the title: the
    // colon that leads to the line below is no part of the line
    let c = match c.text.trim_end().strip_suffix(':') {
        Some(head) if !head.is_empty() => c.slice(0..head.len()),
        _ => c,
    };
    let (k, c) = strip_kind_prefix(&c);
    slot.kind = k;
    let t = c.text.as_str();
    // "Title Speakers: • A • B", "Title, Panelists: A, B, Moderator: C"
    if let Some(i) = find_ci(t, "speakers:")
        .or_else(|| find_ci(t, "speaker:"))
        .or_else(|| find_ci(t, "panelists:"))
    {
        let colon = t[i..].find(':').map_or(i, |k| i + k + 1);
        // a moderator is no speaker
        let end = find_ci(&t[colon..], "moderator")
            .map_or(t.len(), |k| colon + k)
            .max(colon);
        let people = c.slice(colon..end);
        let people = people.slice(0..people.text.trim_end_matches([',', ';', ' ', '.']).len());
        slot.speakers = persons_in(&people);
        let title = c.slice(0..i);
        let title = title.slice(0..title.text.trim_end_matches([',', ';', ' ']).len());
        if !title.is_empty() {
            set_title(slot, title);
        }
        return;
    }
    // a panel's question, then "with A (X), B (Y) and C (Z)"
    if let Some(i) = t.find(" with ")
        && (slot.kind == Some(Kind::Panel) || t[..i].ends_with(['"', '”']))
    {
        let ps = persons_in(&c.slice(i + 6..t.len()));
        if !ps.is_empty() {
            slot.speakers = ps;
            set_title(slot, c.slice(0..i));
            return;
        }
    }
    // "Title by A, B and C (Affiliation)", "Title, presented by A" (not
    // "moderated by C": a moderator presents nothing)
    if let Some(i) = t.rfind(" by ")
        && !t[..i].trim_end().rsplit(' ').next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "moderated" | "chaired" | "hosted" | "introduced" | "convened" | "facilitated"
            )
        })
    {
        let people = c.slice(i + 4..t.len());
        let ps = persons_in(&people);
        if !ps.is_empty() {
            slot.speakers = ps;
            let head = t[..i].trim_end();
            let head = ["presented", "given", "delivered", "led"]
                .iter()
                .find_map(|w| head.strip_suffix(w))
                .map_or(head, |h| {
                    h.trim_end()
                        .trim_end_matches([',', ';', '—', '–'])
                        .trim_end()
                });
            set_title(slot, c.slice(0..head.len()));
            return;
        }
    }
    // "Plenary Lecture, Prof. A. Person, Example Institute of Technology,
    // Title" (a cell's lines joined): the person, the institution, the title
    let commas = top_level_commas(t);
    if let [a, b, ..] = commas[..]
        && t[b..].split_whitespace().count() >= 4
    {
        let head = c.slice(0..a);
        let org = &t[a + 2..b];
        if let [p] = persons_in(&head).as_slice()
            && (p.honorific.is_some() || slot.kind.is_some())
            && p.affiliation.is_none()
            && p.name.span().start <= head.span().start + 8
            && people::has_org_word(org)
            && org.split_whitespace().count() <= 8
            && !people::has_org_word(&t[b + 2..])
        {
            let mut p = p.clone();
            p.affiliation = Some(c.slice(a + 2..b));
            slot.speakers = vec![p];
            set_title(slot, c.slice(b + 2..t.len()));
            return;
        }
    }
    // "Name: Title", "A & B: Title", "Name (Affiliation) — Title": the
    // people first (the separator nearest the start: "Name — Title:
    // Subtitle" keeps its subtitle)
    let mut seps: Vec<(usize, &str)> = [": ", " – ", " — ", " -- ", " - "]
        .iter()
        .filter_map(|sep| t.find(sep).map(|i| (i, *sep)))
        .collect();
    seps.sort_by_key(|&(i, _)| i);
    for (i, sep) in seps {
        if i > 0 {
            let ps = persons_in(&c.slice(0..i));
            let title = c.slice(i + sep.len()..t.len());
            // ("Growing Type: L-systems for Fonts — A. Person (Example
            // Foundry)": the people come last, after a dash)
            if !ps.is_empty() && persons_in(&title).is_empty() && !ends_on_person(&title) {
                slot.speakers = ps;
                set_title(slot, title);
                return;
            }
        }
    }
    // "Title – Name", "Title -- Name (Affiliation)"
    for sep in DASHES {
        if let Some(i) = t.rfind(sep) {
            let ps = persons_in(&c.slice(i + sep.len()..t.len()));
            if !ps.is_empty() {
                slot.speakers = ps;
                set_title(slot, c.slice(0..i));
                return;
            }
        }
    }
    // "Dr. A. Person (Example Institute), Title": the person with the
    // affiliation in brackets, then the title after the comma
    if let Some(&i) = commas.first()
        && t[..i].ends_with(')')
        && t[i..].split_whitespace().count() >= 3
    {
        let head = c.slice(0..i);
        if let [p] = persons_in(&head).as_slice()
            && p.affiliation.is_some()
            && p.name.span().start <= head.span().start + 8
        {
            slot.speakers = vec![p.clone()];
            set_title(slot, c.slice(i + 2..t.len()));
            return;
        }
    }
    // "Title, A. Person, B. Person (Example University)": the title, then
    // its authors, from the first comma after which names alone run to the
    // end
    for &i in &commas {
        if t[..i].split_whitespace().count() < 3 {
            continue;
        }
        let rest = c.slice(i + 2..t.len());
        let mut ps = persons_in(&rest);
        if ps.is_empty() {
            ps = initialed_authors(&rest);
        }
        if ps.len() >= 2 && ps[0].name.span().start <= rest.span().start + 8 {
            slot.speakers = ps;
            set_title(slot, c.slice(0..i));
            return;
        }
    }
    // "Title, Prof. A. Person (Example University)": the title, then its
    // speaker after the last comma outside brackets
    if let Some(i) = last_top_level_comma(t)
        && t[..i].split_whitespace().count() >= 2
    {
        let rest = c.slice(i + 2..t.len());
        let ps = persons_in(&rest);
        if let [p] = ps.as_slice()
            && (p.honorific.is_some() || p.affiliation.is_some())
            && p.name.span().start <= rest.span().start + 8
        {
            slot.speakers = ps;
            set_title(slot, c.slice(0..i));
            return;
        }
    }
    // "Title, Dr. A. Person, Example University" (a cell's lines joined):
    // the first comma after which a person line with an honorific or an
    // affiliation runs to the end
    for (i, _) in t.match_indices(", ") {
        if t[..i].split_whitespace().count() < 2 {
            continue;
        }
        let rest = c.slice(i + 2..t.len());
        if let Some(p) = people::person_line(&rest.text)
            && p.name.start <= 6
            && p.affiliation.is_some()
            && (p.honorific.is_some() || rest.text.split(", ").count() == 2)
            && !people::has_org_word(&rest.text[p.name.clone()])
        {
            slot.speakers = vec![person_clean(&rest, &p)];
            set_title(slot, c.slice(0..i));
            return;
        }
    }
    // "Name (Affiliation)", "A and B (Affiliation)": only the presenters
    if t.ends_with(')') && !t.contains(':') {
        let ps = persons_in(&c);
        if !ps.is_empty() && ps.iter().all(|p| p.affiliation.is_some()) {
            slot.speakers = ps;
            return;
        }
    }
    // "Title (Name)" / "Lecture type (Name)"
    if t.ends_with(')')
        && let Some(open) = matching_open(t)
    {
        let inner = c.slice(open + 1..t.len() - 1);
        let ps = persons_in(&inner);
        if !ps.is_empty() {
            slot.speakers = ps;
            set_title(slot, c.slice(0..open));
            return;
        }
    }
    // "\"Title\" A. Person, Example University": a quoted title, then its people
    let open = t.chars().next().map_or(1, char::len_utf8);
    if t.starts_with(['"', '“'])
        && let Some(close) = t
            .get(open..)
            .and_then(|r| r.find(['"', '”']))
            .map(|k| k + open)
    {
        let q = t[close..].chars().next().map_or(1, char::len_utf8);
        let after = c.slice(close + q..t.len());
        let ps = persons_in(&strip_leading_punct(&after));
        if !ps.is_empty() {
            slot.speakers = ps;
            set_title(slot, c.slice(0..close + q));
            return;
        }
    }
    // "KEYNOTE: Prof. A. Person": after a kind prefix, a name alone is the speaker
    if slot.kind.is_some()
        && let Some(p) = people::person_line(t)
        && p.name.end + 1 >= t.trim_end().len()
    {
        slot.speakers = vec![person_clean(&c, &p)];
        return;
    }
    set_title(slot, c);
}

/// Where the last `, ` outside brackets stands.
/// Where a list of names ends and the affiliation they share begins: `A.
/// Person and B. Person (Example University)` → the list's end, and
/// `Example University`; else the text's end and none.
fn shared_affiliation(c: &Clean) -> (usize, Option<Clean>) {
    let t = c.text.trim_end();
    match (t.ends_with(')'), matching_open(t)) {
        (true, Some(open)) if open > 0 => (open, Some(c.slice(open + 1..t.len() - 1))),
        _ => (t.len(), None),
    }
}

/// An author list of initials and surnames, as a paper's byline writes it:
/// `P. Example, L. Sample (University of Example)`, `A. B. Person and C.
/// Other`; the bracket after the last is everyone's. Nothing unless every
/// piece is such a name.
fn initialed_authors(c: &Clean) -> Vec<PersonClean> {
    let t = c.text.trim_end();
    let (list_end, aff) = shared_affiliation(c);
    let mut out = Vec::new();
    let mut start = 0;
    let list = &t[..list_end];
    let mut cuts: Vec<(usize, usize)> = list.match_indices(", ").map(|(k, _)| (k, k + 2)).collect();
    cuts.extend(list.match_indices(" and ").map(|(k, _)| (k, k + 5)));
    cuts.sort_unstable();
    cuts.push((list.len(), list.len()));
    for (end, next) in cuts {
        let piece = list.get(start..end).unwrap_or("");
        // (a presenting author's star after the name: "K. Example*")
        let name = piece.trim().trim_end_matches(['*', '†', '‡']);
        if !people::is_initialed_name(name) {
            return Vec::new();
        }
        let at = start + (piece.len() - piece.trim_start().len());
        out.push(PersonClean {
            name: c.slice(at..at + name.len()),
            honorific: None,
            position: None,
            affiliation: aff.clone(),
        });
        start = next;
    }
    out
}

/// True when block `i` is a date alone (`THURSDAY 22 MAY`, a table row
/// `Friday, October 22, 2010`): the day of the rows under it.
fn is_day_line(doc: &Doc, i: usize) -> bool {
    doc.blocks().get(i).is_some_and(|b| {
        when_line(doc.exprs(i), &b.text.text).is_some_and(|e| e.date.is_some() && e.time.is_none())
    })
}

/// The talks a session's row lists in its cell, each after its own time
/// (`Session I: Example Topics (Chair: A. Person), 10:20 Title - B.
/// Person, Example University, 10:45 Title - …`, the lines of the cell
/// joined): a slot each, two at least; else none.
fn inline_talks(doc: &Doc, i: usize, row: &Slot) -> Vec<Slot> {
    static AT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[,;] )([0-9]{1,2}[:.][0-9]{2})\s+[^0-9\s]")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let Some(cell) = doc.blocks().get(i).and_then(|b| b.cells.last()) else {
        return Vec::new();
    };
    let t = cell.text.as_str();
    let times: Vec<Range<usize>> = AT
        .captures_iter(t)
        .filter_map(|c| c.get(1).map(|m| m.range()))
        .collect();
    if times.len() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, time) in times.iter().enumerate() {
        let end = times.get(k + 1).map_or(t.len(), |n| {
            t[..n.start].trim_end_matches([',', ';', ' ']).len()
        });
        let piece = strip_leading_punct(&cell.slice(time.end..end));
        let mut slot = Slot {
            block: row.block,
            through: row.through,
            time: Some(cell.slice(time.clone())),
            day: row.day,
            ..Slot::default()
        };
        describe(&piece, &mut slot);
        if slot.speakers.is_empty() {
            return Vec::new();
        }
        out.push(slot);
    }
    out
}

/// The spaced dashes that set a program line's title and people apart.
const DASHES: [&str; 4] = [" – ", " — ", " -- ", " - "];

/// True when `c` ends, after a dash, on a person with an affiliation in
/// brackets: `Title — A. Person (Example Foundry)`.
fn ends_on_person(c: &Clean) -> bool {
    let t = c.text.trim_end();
    t.ends_with(')')
        && DASHES.iter().any(|sep| {
            t.rfind(sep).is_some_and(|i| {
                let ps = persons_in(&c.slice(i + sep.len()..t.len()));
                matches!(ps.as_slice(), [p] if p.affiliation.is_some())
            })
        })
}

fn last_top_level_comma(t: &str) -> Option<usize> {
    top_level_commas(t)
        .into_iter()
        .rfind(|&i| t[i + 1..].starts_with(' '))
}

/// Where the commas outside round and square brackets stand.
fn top_level_commas(t: &str) -> Vec<usize> {
    let mut depth = 0i32;
    let mut out = Vec::new();
    for (i, ch) in t.char_indices() {
        match ch {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => out.push(i),
            _ => {}
        }
    }
    out
}

/// Sets the title, unless it only names a kind (`Stewartson Memorial Lecture`,
/// `Plenary`), which then gives the kind.
fn set_title(slot: &mut Slot, title: Clean) {
    let title = strip_quotes(&title);
    if title.is_empty() {
        return;
    }
    let words = title.text.split_whitespace().count();
    let k = kind::kind_in(&title.text);
    if words <= 4
        && k.is_some_and(|k| {
            matches!(
                k,
                Kind::Lecture | Kind::Keynote | Kind::Talk | Kind::InvitedTalk | Kind::Panel
            )
        })
        && title
            .text
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || kind::kind_in(w).is_some())
    {
        slot.kind = slot.kind.or(k);
        return;
    }
    slot.title = Some(title);
}

/// `c` without the quotes around all of it: `"Title"`, `“Title”`,
/// `„Titel“`, `« Titre »`, `'Title'`.
pub(crate) fn strip_quotes(c: &Clean) -> Clean {
    let open = |ch: char| "\"“”„‚«»‹›'‘’".contains(ch);
    let close = |ch: char| "\"“”«»‹›'‘’".contains(ch);
    // a note in brackets after the quoted title is no part of it:
    // `"Title" [host: A. Person]`, `"Title" (joint work)`
    let noted;
    let c = match c.text.rfind([']', ')']) {
        Some(end) if end + 1 == c.text.len() && c.text.starts_with(open) => {
            let opener = if c.text.ends_with(']') { '[' } else { '(' };
            match c.text.rfind(opener) {
                Some(k) if c.text[..k].trim_end().ends_with(close) && k > 2 => {
                    noted = c.slice(0..c.text[..k].trim_end().len());
                    &noted
                }
                _ => c,
            }
        }
        _ => c,
    };
    let t = &c.text;
    if t.starts_with(open) && t.ends_with(close) && t.chars().count() > 2 {
        let first = t.chars().next().map_or(1, char::len_utf8);
        let last = t.chars().next_back().map_or(1, char::len_utf8);
        let inner = &t[first..t.len() - last];
        let lead = inner.len() - inner.trim_start().len();
        let trail = inner.len() - inner.trim_end().len();
        return c.slice(first + lead..t.len() - last - trail);
    }
    c.clone()
}

/// Where a moderator or a chair is named after a list of people
/// (`Moderator: C`, `moderated by C`, `Chair: C`, `chaired by C`).
fn moderator_at(t: &str) -> Option<usize> {
    // (ASCII lower-casing keeps the byte offsets)
    let l = t.to_ascii_lowercase();
    [
        "moderator",
        "moderated by",
        "chair:",
        "chaired by",
        "chair -",
        "chair –",
    ]
    .iter()
    .filter_map(|cue| {
        l.match_indices(cue)
            .find(|&(k, _)| k == 0 || !l.as_bytes()[k - 1].is_ascii_alphanumeric())
            .map(|(k, _)| k)
    })
    .min()
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.to_lowercase()
        .find(needle)
        .filter(|&i| hay.is_char_boundary(i))
}

fn matching_open(t: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in t.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The persons named in a cell: a list of names, each maybe followed by
/// `(Affiliation)`; nothing when any piece is not a name.
pub fn persons_in(c: &Clean) -> Vec<PersonClean> {
    // "A (X), B (Y). Moderator: C": the moderator is none of them
    let cut;
    let c = match moderator_at(&c.text) {
        Some(k) if k > 0 => {
            let head = c.text[..k].trim_end_matches([',', ';', '.', ' ', '—', '–', '-']);
            cut = c.slice(0..head.len());
            &cut
        }
        _ => c,
    };
    let t = c.text.trim();
    if t.is_empty() {
        return Vec::new();
    }
    // "A (X), B (Y), C (Z)": each name with its own parenthesis
    let each = each_with_parenthesis(c);
    if each.len() >= 2 {
        return each;
    }
    // "A, B (Example Agency), C": some names with their own parenthesis
    let mixed = mixed_list(c);
    if mixed.len() >= 2 {
        return mixed;
    }
    // "Name (Affiliation)" alone
    if let Some(p) = people::person_line(&c.text)
        && (p.affiliation.is_some() || p.position.is_some())
        && !c.text[p.name.end..].contains(" and ")
        && !c.text[p.name.end..].contains(", ") | c.text[p.name.end..].trim_start().starts_with('(')
    {
        return vec![person_clean(c, &p)];
    }
    // a trailing "(Affiliation)" shared by the list is set aside
    let (list_end, aff) = shared_affiliation(c);
    let list = c.slice(0..list_end);
    let mut names = people::name_list(&list.text);
    // "A. Person and B. Person (Example University)": the parenthesis is theirs
    let mut shared = aff.is_some() && names.len() >= 2 && !list.text.contains('(');
    let mut aff = aff;
    // "A. Person and B. Person, Example University": names, then the
    // institution they share after the last comma
    if names.is_empty()
        && aff.is_none()
        && let Some(k) = list.text.rfind(", ")
        && !people::is_name(&list.text[k + 2..])
        && people::has_org_word(&list.text[k + 2..])
    {
        let head = people::name_list(&list.text[..k]);
        // "Dr. A. Person, Senior Lecturer, …" is a person and a position
        let job = head.iter().any(|(_, r)| {
            list.text[r.clone()]
                .split_whitespace()
                .last()
                .is_some_and(people::is_job_noun)
        });
        if head.len() >= 2 && !job {
            names = head;
            aff = Some(list.slice(k + 2..list.text.len()));
            shared = true;
        }
    }
    if names.is_empty() {
        // "Dr. A. Person, Example Coastal Institute": one person whose
        // affiliation follows a comma, when what follows is not a name
        return people::person_line(&c.text)
            .filter(|p| {
                let rest = &c.text[p.name.end..];
                p.affiliation
                    .as_ref()
                    .is_some_and(|a| !people::is_name(&c.text[a.clone()]))
                    && !rest.contains(" and ")
                    && !rest.contains(" & ")
            })
            .map(|p| vec![person_clean(c, &p)])
            .unwrap_or_default();
    }
    let n = names.len();
    names
        .into_iter()
        .map(|(h, r)| PersonClean {
            name: list.slice(r),
            honorific: h.map(|h| list.slice(h)),
            position: None,
            affiliation: if n == 1 || shared {
                aff.clone().filter(|a| !a.is_empty())
            } else {
                None
            },
        })
        .collect()
}

/// `A, B (Example Agency), C and D`: names separated by commas, some with
/// their own parenthesized affiliation; empty unless every piece is a name,
/// alone or with its parenthesis.
fn mixed_list(c: &Clean) -> Vec<PersonClean> {
    let t = c.text.as_str();
    if !t.contains('(') || !t.contains(", ") {
        return Vec::new();
    }
    // the pieces, split at commas outside brackets; "and " opens the last
    let mut out = Vec::new();
    let mut from = 0;
    for end in top_level_commas(t)
        .into_iter()
        .chain(std::iter::once(t.len()))
    {
        let raw = &t[from..end];
        let lead = raw.len() - raw.trim_start().len();
        let mut piece = c.slice(from + lead..end);
        if let Some(r) = piece.text.strip_prefix("and ") {
            piece = piece.slice(piece.text.len() - r.len()..piece.text.len());
        }
        let text = piece.text.trim_end();
        let p = if text.ends_with(')') {
            people::person_line(text).filter(|p| p.affiliation.is_some() && opens_on_person(p))
        } else {
            people::names_in(text)
                .into_iter()
                .next()
                .filter(|(h, r)| {
                    h.as_ref().map_or(r.start, |h| h.start) == 0 && r.end == text.len()
                })
                .map(|(h, r)| people::PersonParts {
                    name: r,
                    honorific: h,
                    position: None,
                    affiliation: None,
                })
        };
        match p {
            Some(p) => out.push(person_clean(&piece, &p)),
            None => return Vec::new(),
        }
        from = end + 1;
    }
    out
}

/// `A (X), B (Y) and C (Z)`: a list whose names each have their own
/// parenthesized affiliation; empty unless every piece is such a person.
fn each_with_parenthesis(c: &Clean) -> Vec<PersonClean> {
    let t = c.text.as_str();
    if t.matches('(').count() < 2 || !t.trim_end().ends_with(')') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (k, _) in t.match_indices(')') {
        let piece_end = k + 1;
        let piece = c.slice(from..piece_end);
        let lead = piece
            .text
            .strip_prefix("and ")
            .or_else(|| piece.text.strip_prefix("& "))
            .map_or(0, |r| piece.text.len() - r.len());
        let piece = piece.slice(lead..piece.text.len());
        match people::person_line(&piece.text) {
            Some(p) if p.affiliation.is_some() && opens_on_person(&p) => {
                out.push(person_clean(&piece, &p));
            }
            _ => return Vec::new(),
        }
        // the separator after the parenthesis: ", ", "; ", " and "
        let rest = &t[piece_end..];
        let skip = rest.len() - rest.trim_start_matches([',', ';', ' ']).len();
        from = piece_end + skip;
    }
    if from < t.trim_end().len() {
        return Vec::new();
    }
    out
}

/// True when the person line starts the text: its name, or its honorific
/// (`Dr. A. Person (X)`).
fn opens_on_person(p: &people::PersonParts) -> bool {
    p.honorific.as_ref().map_or(p.name.start, |h| h.start) == 0
}

/// The persons of a labelled value (`Host: M. Berger`): [`persons_in`], or
/// else one name written with initials, which the label makes certain.
pub fn labelled_persons(c: &Clean) -> Vec<PersonClean> {
    let ps = persons_in(c);
    if !ps.is_empty() {
        return ps;
    }
    let t = c.text.trim_end_matches(['.', ',', ';']).trim_end();
    let (h, at) = people::split_honorific(t);
    if people::is_initialed_name(&t[at..]) {
        return vec![PersonClean {
            name: c.slice(at..t.len()),
            honorific: h.map(|h| c.slice(h)),
            position: None,
            affiliation: None,
        }];
    }
    Vec::new()
}

/// Builds a [`PersonClean`] from person-line parts of `c`.
pub fn person_clean(c: &Clean, p: &people::PersonParts) -> PersonClean {
    PersonClean {
        name: c.slice(p.name.clone()),
        honorific: p.honorific.clone().map(|r| c.slice(r)),
        position: p.position.clone().map(|r| c.slice(r)),
        affiliation: p
            .affiliation
            .clone()
            .map(|r| c.slice(r))
            .filter(|a| !a.is_empty()),
    }
}

/// The time range a slot covers, as written.
pub fn slot_time(slot: &Slot) -> Option<(String, Range<usize>)> {
    let t = slot.time.as_ref()?;
    Some((t.text.clone(), t.span()))
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_programme_s_formalities_are_no_talks() {
        let table = [
            ("Welcome", true),
            ("Opening remarks", true),
            ("Discussion & close", true),
            ("Closing remarks and reception", true),
            ("Wrap-up", true),
            ("Q&A", true),
            ("Welcome and introductions", true),
            ("Discussion of the Lisbon Treaty", false),
            ("Introduction to Category Theory", false),
            ("Closing the Gap in Rural Broadband", false),
        ];
        for (text, want) in table {
            assert_eq!(is_formality(text), want, "{text}");
        }
    }
    use super::*;
    use crate::layout::markup::clean;

    fn people(s: &str) -> Vec<(String, Option<String>)> {
        persons_in(&clean(s, 0..s.len(), Mode::Inline))
            .into_iter()
            .map(|p| (p.name.text, p.affiliation.map(|a| a.text)))
            .collect()
    }

    #[test]
    fn a_name_then_a_title_with_a_subtitle() {
        let read = |s: &str| {
            let mut slot = Slot::default();
            describe(&clean(s, 0..s.len(), Mode::Inline), &mut slot);
            (
                slot.title.map(|t| t.text),
                slot.speakers
                    .into_iter()
                    .map(|p| p.name.text)
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            read(
                "Ada Example (University of Example) — Counting voices: what machines can tell us"
            ),
            (
                Some("Counting voices: what machines can tell us".to_string()),
                vec!["Ada Example".to_string()]
            )
        );
        assert_eq!(
            read("Ben Example: Encoding lute tablature in MEI"),
            (
                Some("Encoding lute tablature in MEI".to_string()),
                vec!["Ben Example".to_string()]
            )
        );
    }

    #[test]
    fn badges_before_titles() {
        let badge = |s: &str| {
            let (k, rest) = strip_badge(&clean(s, 0..s.len(), Mode::Inline));
            (k, rest.text)
        };
        assert_eq!(
            badge("Panel Who Gets the Green? Equity in Canopy Planning"),
            (
                Some(Kind::Panel),
                "Who Gets the Green? Equity in Canopy Planning".to_string()
            )
        );
        assert_eq!(
            badge("Keynote Closing the Loop on Example Systems"),
            (
                Some(Kind::Keynote),
                "Closing the Loop on Example Systems".to_string()
            )
        );
        // a title that opens on the word is left whole
        assert_eq!(badge("Panel data methods").0, None);
    }

    #[test]
    fn a_kind_and_its_time() {
        let kw = |s: &str| kind_when(&clean(s, 0..s.len(), Mode::Inline)).map(|(k, c)| (k, c.text));
        assert_eq!(
            kw("PANEL (Wed 2026-10-07, 11:00-12:00)"),
            Some((Kind::Panel, "Wed 2026-10-07, 11:00-12:00".to_string()))
        );
        assert_eq!(
            kw("Keynote: 9:30-10:30"),
            Some((Kind::Keynote, "9:30-10:30".to_string()))
        );
        assert_eq!(kw("Panel: Who Pays for Open Data?"), None);
        assert_eq!(kw("Weekly Theory Seminar Series (Wed 3 May, 16:00)"), None);
    }

    #[test]
    fn program_speaker_lines() {
        let own = |n: &str, a: &str| (n.to_string(), Some(a.to_string()));
        assert_eq!(
            people("Karin Hölscher and Dmitri Vasilenko (Universität Hamburg)"),
            [
                own("Karin Hölscher", "Universität Hamburg"),
                own("Dmitri Vasilenko", "Universität Hamburg")
            ]
        );
        assert_eq!(
            people(
                "Amara Delacroix-Obi (SOAS University of London), Rhys Penhaligon \
                 (National Library of Wales), Wen-Li Chao (Academia Sinica)"
            ),
            [
                own("Amara Delacroix-Obi", "SOAS University of London"),
                own("Rhys Penhaligon", "National Library of Wales"),
                own("Wen-Li Chao", "Academia Sinica")
            ]
        );
        assert_eq!(
            people(
                "Helena Example-Voss, Judith Example (Example Drug Administration), Kwame Example"
            ),
            [
                ("Helena Example-Voss".to_string(), None),
                own("Judith Example", "Example Drug Administration"),
                ("Kwame Example".to_string(), None)
            ]
        );
        assert_eq!(
            people("Teodoro Alcántara Ruiz (Universidad Nacional Autónoma de México)"),
            [own(
                "Teodoro Alcántara Ruiz",
                "Universidad Nacional Autónoma de México"
            )]
        );
    }

    /// The title and speakers a schedule cell describes.
    fn described(s: &str) -> (Option<String>, Vec<String>) {
        let mut slot = Slot::default();
        describe(&clean(s, 0..s.len(), Mode::Inline), &mut slot);
        (
            slot.title.map(|t| t.text),
            slot.speakers.into_iter().map(|p| p.name.text).collect(),
        )
    }

    /// A person's name and affiliation, as a test expects them.
    type Named<'a> = (&'a str, Option<&'a str>);

    #[test]
    fn a_moderator_after_a_list_of_panelists_is_no_panelist() {
        let table: [(&str, &[Named]); 3] = [
            (
                "Ada Person (Example Agency), Bo Person (Example University). Moderator: Cy Person",
                &[
                    ("Ada Person", Some("Example Agency")),
                    ("Bo Person", Some("Example University")),
                ],
            ),
            (
                "Ada Person (Example Agency), Bo Person (Example Lab); moderated by Cy Person",
                &[
                    ("Ada Person", Some("Example Agency")),
                    ("Bo Person", Some("Example Lab")),
                ],
            ),
            (
                "Ada Person and Bo Person, Chair: Cy Person",
                &[("Ada Person", None), ("Bo Person", None)],
            ),
        ];
        for (cell, want) in table {
            let got: Vec<(String, Option<String>)> =
                persons_in(&clean(cell, 0..cell.len(), Mode::Inline))
                    .into_iter()
                    .map(|p| (p.name.text, p.affiliation.map(|a| a.text)))
                    .collect();
            let want: Vec<(String, Option<String>)> = want
                .iter()
                .map(|(n, a)| (n.to_string(), a.map(str::to_string)))
                .collect();
            assert_eq!(got, want, "{cell}");
        }
    }

    #[test]
    fn presented_by_and_moderated_by_in_a_cell() {
        let (title, names) = described(
            "Paper: Detecting Drift Without Sharing Data, presented by Ada Person (Example Institute)",
        );
        assert_eq!(
            title.as_deref(),
            Some("Detecting Drift Without Sharing Data")
        );
        assert_eq!(names, ["Ada Person"]);
        let (title, names) = described(
            "Panel: Will Rules Make It Mandatory? — Dr. Bo Person (Example Authority), Prof. Cy Person (Example University); moderated by Dr. Di Person",
        );
        assert_eq!(title.as_deref(), Some("Will Rules Make It Mandatory?"));
        assert_eq!(names, ["Bo Person", "Cy Person"]);
    }

    #[test]
    fn schedule_cells_with_title_then_speaker() {
        let table: [(&str, Option<&str>, &[&str]); 5] = [
            (
                "Keynote: Calibration Is Not Enough: Auditing Risk Scores, Prof. Ada Example (University of Example)",
                Some("Calibration Is Not Enough: Auditing Risk Scores"),
                &["Ada Example"],
            ),
            (
                "Invited talk: Who Is Missing from the Data? Cohorts, Dr. Bo Example (Example Clinic, Example City)",
                Some("Who Is Missing from the Data? Cohorts"),
                &["Bo Example"],
            ),
            (
                "Panel: Will Regulators Trust Our Models?, Panelists: Ada Example, Bo Example (Example Agency), Moderator: Cy Example",
                Some("Will Regulators Trust Our Models?"),
                &["Ada Example", "Bo Example"],
            ),
            (
                "Shortcut Features Survive Domain Adaptation — Rosa Example, Feng Example (Example University)",
                Some("Shortcut Features Survive Domain Adaptation"),
                &["Rosa Example", "Feng Example"],
            ),
            (
                "Models, Data, and Deployment in Practice",
                Some("Models, Data, and Deployment in Practice"),
                &[],
            ),
        ];
        for (cell, title, speakers) in table {
            let (t, ps) = described(cell);
            assert_eq!(t.as_deref(), title, "{cell}");
            assert_eq!(ps, speakers, "{cell}");
        }
    }
}
