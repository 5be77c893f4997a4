//! The event: when and where it happens, what it is called, how to attend.
//!
//! The choice of the event's time among all the time expressions of a
//! document is made here, and only here. Candidates are scored:
//! - a labelled field (`Date:`, `Time:`, `When:`, a `Date` heading) scores
//!   highest, then a standalone short line (a date line under a title), then
//!   a sentence that announces the talk (`will be held`, `will speak`, `on
//!   ... at ...`);
//! - an expression with both a date and a time beats one with only one;
//! - earlier beats later;
//! - expressions in posting lines, biographies, references and sentences
//!   about deadlines or past events are never candidates.
//!
//! A date-only winner borrows the time of the best time-only candidate (and
//! the other way round), and a start without an end borrows the end of a
//! range elsewhere in the document that starts at the same time.

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

use super::draft::{EventDraft, TalkDraft, Val, WhenDraft};
use crate::fields::fold::Lower;
use crate::fields::labels::Label;
use crate::fields::people::{self, unreachable_regex};
use crate::fields::{kind, links, place, prose, when};
use crate::layout::{BlockKind, Clean, Mode};
use crate::record::{Attendance, Kind, When};
use crate::segment::{Doc, Plan, schedule};

/// Recomputes the derived members of a `when` (see [`when::stamp`]).
pub fn restamp(w: &mut When) {
    when::stamp(w);
}

/// A time expression found in a block, with its score.
#[derive(Clone, Debug)]
struct Candidate {
    expr: when::Expr,
    /// The cleaned text the expression was found in.
    clean: Clean,
    score: i32,
    block: usize,
    label: Option<Label>,
}

static NOT_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:deadline|due|submission|submit|notification|camera[- ]ready|posted|received (?:his|her|the)|born|since|award(?:ed)?|published|joined|graduated|founded|until|copyright|©|updated|last modified|next (?:week|month|time|session|talk|seminar|lecture)|upcoming|coming up|later (?:this|in the) (?:season|term|semester|year|month|series)|last (?:week|month)|previous(?:ly)?|(?:19|20)[0-9][0-9]\s*[-–]\s*(?:19|20)[0-9][0-9])(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// True when `w` (lower case) names a day of the week in English, French,
/// German, Spanish, Italian, Portuguese or Dutch.
fn is_weekday_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    when::grammar::weekday(w).is_ok()
        || matches!(
            w,
            "lundi"
                | "mardi"
                | "mercredi"
                | "jeudi"
                | "vendredi"
                | "samedi"
                | "dimanche"
                | "montag"
                | "dienstag"
                | "mittwoch"
                | "donnerstag"
                | "freitag"
                | "samstag"
                | "sonntag"
                | "lunes"
                | "martes"
                | "miércoles"
                | "jueves"
                | "viernes"
                | "sábado"
                | "domingo"
                | "lunedì"
                | "martedì"
                | "mercoledì"
                | "giovedì"
                | "venerdì"
                | "sabato"
                | "domenica"
                | "segunda-feira"
                | "terça-feira"
                | "quarta-feira"
                | "quinta-feira"
                | "sexta-feira"
                | "maandag"
                | "dinsdag"
                | "woensdag"
                | "donderdag"
                | "vrijdag"
                | "zaterdag"
                | "zondag"
        )
}

/// True when `sentence` dates something other than the event (a deadline,
/// a past event, a posting): [`NOT_EVENT`], but for "due to".
fn not_event(sentence: &str) -> bool {
    NOT_EVENT.find_iter(sentence).any(|m| {
        let word = m.as_str().to_ascii_lowercase();
        let due_to = word == "due"
            && sentence
                .get(m.end()..)
                .is_some_and(|r| r.trim_start().to_lowercase().starts_with("to "));
        // "The next talk in the series will be given by …" opens the
        // announcement itself; a "next talk" later in a sentence is another
        let opens = word.starts_with("next ")
            && !word.ends_with("week")
            && !word.ends_with("month")
            && sentence.get(..m.start()).is_some_and(|b| {
                matches!(b.trim().to_ascii_lowercase().as_str(), "" | "the" | "our")
            });
        !(due_to || opens)
    })
}

/// A change of time or place announced: `has been moved to`, `will now
/// take place`, `new room:`. What follows it is the event's; what comes
/// before it in the sentence (`originally scheduled for …`) is not.
static CHANGED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:has|have|had) been (?:moved|rescheduled|postponed|changed|relocated|shifted)(?: to)?|(?:moved|rescheduled|postponed|relocated|shifted) to|will now (?:take place|be held|be)|now takes place|new (?:date|time|room|location|venue)(?: is)?)(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// A talk of a program named in a sentence: `talk by A. Person`, `Dr. X's
/// talk`, `the second session`.
static ONE_TALK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:talk|presentation|lecture|paper|keynote)\s+(?:by|of|from)|'s\s+(?:talk|presentation|lecture|keynote)|(?:first|second|third|morning|afternoon|poster)\s+session)(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// `Next session:`, `Upcoming talk:`, `Next:`: a label that dates the
/// event the document announces.
static NEXT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?-i:[^\p{Latin}0-9_])*(?:next|upcoming)(?:\s+(?:session|talk|seminar|lecture|meeting|webinar|event))?\s*:")
        .unwrap_or_else(|_| unreachable_regex())
});

static ANNOUNCES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:will be (?:held|given|presented|broadcast|streamed)|will take place|takes place|will (?:speak|talk|present|give|lecture)|is scheduled|scheduled for|join us|presents?|seminar|colloquium|lecture|talk|workshop|meeting|defen[cs]e|webinar|event)(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// [`ANNOUNCES`] in French, German, Spanish and Italian ("aura lieu",
/// "findet … statt", "tendrá lugar"). Unicode word boundaries: the words
/// have accents, and the regex only ever reads one sentence.
static ANNOUNCES_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:aura lieu|se tiendra|findet|stattfinden|tendrá lugar|se celebrará|si terrà|avrà luogo|séminaire|kolloquium|vortrag|conférence|seminario|conferencia)\b")
        .unwrap_or_else(|_| unreachable_regex())
});

/// [`SIDE_EVENT`] in French, German, Spanish and Italian.
static SIDE_EVENT_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:café|kaffee|pause|apéritif|apéro|cocktail|buffet|empfang|umtrunk|rinfresco|aperitivo|almuerzo|déjeuner|mittagessen)\b")
        .unwrap_or_else(|_| unreachable_regex())
});

/// Collects the time expressions that may be the event's.
/// A line that dates the page, not the event: `Posted on March 3`,
/// `Published 2 May 2024`, `Publicado em 02/09/2019 14h37 | Atualizado em
/// …`, `Publié le`, `Veröffentlicht am`, `Last updated`.
fn is_publication_line(t: &str) -> bool {
    const OPENERS: &[&str] = &[
        "posted ",
        "published",
        "last updated",
        "updated on",
        "publicado",
        "atualizado em",
        "publié le",
        "mis à jour",
        "veröffentlicht",
        "aktualisiert",
        "pubblicato il",
        "gepubliceerd",
        "publicerad",
        "opublikowano",
    ];
    let l = Lower::new(t.trim_start());
    OPENERS.iter().any(|w| l.as_str().starts_with(w))
}

fn candidates(doc: &Doc, skip: &[Range<usize>], program: bool) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (i, b) in doc.blocks().iter().enumerate() {
        if skip.iter().any(|r| r.contains(&b.span().start)) {
            continue;
        }
        let hit = doc.hits[i].as_ref();
        let label = hit.map(|h| h.label);
        if matches!(
            label,
            Some(Label::Posted | Label::Bio | Label::Abstract | Label::Registration | Label::Link)
        ) || is_publication_line(&b.text.text)
        {
            continue;
        }
        let (clean, base) = match (hit, label) {
            (Some(h), Some(Label::Date | Label::Time)) => match &h.value {
                Some(v) => (v.clone(), 100),
                None => match doc.blocks().get(i + 1) {
                    Some(next) if doc.hits[i + 1].is_none() => {
                        for e in doc.exprs(i + 1) {
                            out.push(Candidate {
                                expr: e.clone(),
                                clean: next.text.clone(),
                                score: 100,
                                block: i + 1,
                                label,
                            });
                        }
                        continue;
                    }
                    _ => continue,
                },
            },
            (Some(_), _) => (b.text.clone(), 10),
            (None, _) if b.kind == BlockKind::Row && under_label_header(doc, i) => {
                // "Date | Time | Location" over one row of values
                (b.text.clone(), 100)
            }
            (None, _) => {
                if b.kind == BlockKind::Row {
                    continue; // schedule rows are the talks' slots
                }
                let words = b.text.text.split_whitespace().count();
                (b.text.clone(), if words <= 20 { 60 } else { 20 })
            }
        };
        if (i > 0
            && doc
                .label(i - 1)
                .is_some_and(|l| matches!(l, Label::Date | Label::Time))
            && doc.hits[i - 1].as_ref().is_some_and(|h| h.value.is_none()))
            || clean.text.is_empty()
        {
            continue; // already taken as the value of the label above
        }
        let scanned;
        let exprs: &[when::Expr] = if clean.text == b.text.text {
            doc.exprs(i)
        } else {
            scanned = when::scan(&clean.text);
            &scanned
        };
        // "Next session: Wednesday 18 June": a label for this event's date
        let next_label =
            hit.is_some_and(|h| h.value.is_some()) && NEXT_LABEL.is_match(b.text.text.as_str());
        for e in exprs.iter().cloned() {
            // "email the editor by Thursday noon", "register before 5 May": a
            // deadline, not the event
            let lead = clean.text[..e.range.start].trim_end().to_lowercase();
            // (past a weekday the date was read without: "avant le mardi")
            let lead = match lead.rsplit_once(' ') {
                Some((head, day)) if is_weekday_word(day) => head.to_string(),
                _ => lead,
            };
            if base < 100
                && [
                    " by",
                    " before",
                    "no later than",
                    "deadline",
                    " avant le",
                    " avant",
                    " jusqu'au",
                    " bis zum",
                    " bis spätestens",
                    " antes del",
                    " hasta el",
                    " entro il",
                ]
                .iter()
                .any(|w| lead.ends_with(w))
            {
                continue;
            }
            let sentence = sentence_around(&clean.text, e.range.clone());
            // "has been moved to Thursday, December 4": the new time wins over
            // any field of the original announcement; the old one loses
            // (the old one only when the sentence gives a new one of the
            // same kind: "on Friday, January 16 has moved to Room 355" keeps
            // its day)
            let mut changed_to = false;
            if let Some(cue) = CHANGED.find(sentence) {
                let at = sentence.as_ptr() as usize - clean.text.as_ptr() as usize;
                let (from, to) = (at + cue.end(), at + sentence.len());
                let replaced = exprs.iter().any(|n| {
                    n.range.start >= from
                        && n.range.start < to
                        && (n.has_date() && e.has_date() || n.has_time() && e.has_time())
                });
                // in a program, a change to one talk ("Tue talk by A.
                // Person moved to 11:20") is no change to the event
                let one_talk = program && ONE_TALK.is_match(&sentence[..cue.start()]);
                if one_talk {
                    continue;
                }
                if e.range.start >= from {
                    changed_to = true;
                } else if e.range.start < at + cue.start() && replaced {
                    continue;
                }
            }
            if not_event(sentence) && base < 100 && !next_label && !changed_to {
                continue;
            }
            let mut score = if changed_to { 300 } else { base };
            if base == 20
                && (ANNOUNCES.is_match(sentence) || ANNOUNCES_ELSEWHERE.is_match(sentence))
            {
                score += 15;
            }
            out.push(Candidate {
                expr: e,
                clean: clean.clone(),
                score,
                block: i,
                label,
            });
        }
    }
    out
}

/// The sentence of `text` around `r`.
fn sentence_around(text: &str, r: Range<usize>) -> &str {
    let ends = people::sentence_ends(text);
    let start = ends
        .iter()
        .copied()
        .filter(|&e| e <= r.start)
        .max()
        .unwrap_or(0);
    let end = ends
        .iter()
        .copied()
        .find(|&e| e >= r.end)
        .unwrap_or(text.len());
    text.get(start..end).unwrap_or(text)
}

fn value(c: &Candidate) -> i32 {
    let e = &c.expr;
    let mut v = c.score;
    if e.has_date() && e.has_time() {
        v += 30;
    } else if e.has_date() {
        v += 10;
    }
    // a year-less, weekday-less date is weak
    if e.date
        .is_some_and(|d| d.year.is_none() && d.weekday.is_none())
    {
        v -= 5;
    }
    // a range says more than a single time
    if e.time.is_some_and(|t| t.end.is_some()) {
        v += 3;
    }
    // a timestamp with seconds is when a message was sent
    if e.time.is_some_and(|t| t.start.seconds) {
        v -= 80;
    }
    // "(refreshments at 3:45 p.m.)", "coffee at 4:15": the time of something else
    let before = c.clean.text.get(..e.range.start).unwrap_or("");
    let clause = before.rsplit(['.', ';', '(', ',']).next().unwrap_or("");
    if SIDE_EVENT.is_match(clause) || SIDE_EVENT_ELSEWHERE.is_match(clause) {
        v -= 40;
    }
    v
}

static SIDE_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:refreshments?|coffee|tea|reception|lunch|dinner|breakfast|doors open|social|drinks|pizza|snacks|registration|check-in|dry run)(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// The event's `when`, and the warnings resolving it gave.
fn event_when(
    doc: &Doc,
    plan: &Plan,
    ctx: &when::Context,
    skip: &[Range<usize>],
) -> (Option<WhenDraft>, Vec<String>) {
    let mut cands = candidates(doc, skip, plan.program);
    // for programs, the talk slots are not event candidates
    if plan.program {
        let mut talk_blocks: Vec<usize> = plan
            .slots
            .iter()
            .flat_map(|s| s.block..=s.through)
            .collect();
        talk_blocks.extend(plan.talks.iter().filter_map(|t| match t.head {
            crate::segment::Head::Heading(h) => Some(h),
            _ => None,
        }));
        // nor the notes between them ("Sep 9  no seminar", "NOTE: 3:00
        // pm, Room 210" over one talk of a term's list)
        let listing = plan
            .slots
            .first()
            .map(|s| s.block)
            .zip(plan.slots.last().map(|s| s.through));
        // (a term's list: talks on three days or more)
        let series = {
            let mut days: Vec<&str> = plan
                .slots
                .iter()
                .filter_map(|s| {
                    let c = s.date.as_ref().or(s.time.as_ref())?;
                    when::scan(&c.text)
                        .iter()
                        .any(|e| e.has_date())
                        .then_some(c.text.as_str())
                })
                .collect();
            days.sort_unstable();
            days.dedup();
            days.len() >= 3
        };
        let in_listing = |k: usize| series && listing.is_some_and(|(a, b)| (a..=b).contains(&k));
        cands.retain(|c| !talk_blocks.contains(&c.block) && !in_listing(c.block));
    }
    let mut warnings = Vec::new();
    let best = cands
        .iter()
        .enumerate()
        .max_by_key(|(k, c)| (value(c), -(*k as i64)))
        .map(|(_, c)| c.clone());
    let Some(best) = best else {
        return (program_span(doc, plan, ctx, None), warnings);
    };
    let mut r = when::resolve(&best.expr, &best.clean.text, ctx);
    warnings.append(&mut r.warnings);
    let mut span = best.clean.slice(best.expr.range.clone()).span();
    let w = &mut r.when;
    // borrow a missing time or date from the best candidate that has it; a
    // written date also wins over one counted from the posting date
    let had_time = w.start_time.is_some();
    if w.start_time.is_none()
        && let Some(c) = cands
            .iter()
            .filter(|c| c.expr.has_time() && !c.expr.has_date())
            .enumerate()
            .max_by_key(|(k, c)| (value(c), -(*k as i64)))
            .map(|(_, c)| c)
    {
        let t = when::resolve(&c.expr, &c.clean.text, ctx).when;
        w.start_time = t.start_time;
        w.end_time = t.end_time;
        if w.timezone.is_none() {
            w.timezone = t.timezone;
        }
        let other = c.clean.slice(c.expr.range.clone()).span();
        span = span.start.min(other.start)..span.end.max(other.end);
        if let Some(text) = w.text.as_mut() {
            text.push_str(", ");
            text.push_str(t.text.as_deref().unwrap_or(""));
        }
    }
    if ((had_time && w.date.is_none()) || r.relative)
        && let Some(c) = cands
            .iter()
            // (a day named from the posting date serves when no date is written)
            .filter(|c| {
                (c.expr.has_date() || c.expr.relative.is_some())
                    && (c.label.is_some() || c.score >= 60)
            })
            .filter(|c| !(c.block == best.block && c.expr.range == best.expr.range))
            .filter(|c| {
                when::resolve(&c.expr, &c.clean.text, ctx)
                    .when
                    .date
                    .is_some()
            })
            .enumerate()
            .max_by_key(|(k, c)| (value(c), -(*k as i64)))
            .map(|(_, c)| c)
    {
        let d = when::resolve(&c.expr, &c.clean.text, ctx);
        w.date = d.when.date;
        w.end_date = d.when.end_date;
        warnings.extend(d.warnings);
        let other = c.clean.slice(c.expr.range.clone()).span();
        span = span.start.min(other.start)..span.end.max(other.end);
        if let Some(text) = w.text.as_mut() {
            *text = format!("{}, {text}", d.when.text.unwrap_or_default());
        }
    }
    // "today's Example Seminar will NOT be held in …" and the time on a
    // line of its own: the day the message was posted (or the next, for
    // "tomorrow"), when the subject or the opening lines say so and no
    // date is written
    if w.date.is_none()
        && w.start_time.is_some()
        && let Some(posted) = ctx.posted
    {
        static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
                r"(?i)(?-u:\b)(today|tonight|this (?:afternoon|evening|morning)|tomorrow)(?-u:\b)",
            )
            .unwrap_or_else(|_| unreachable_regex())
        });
        let said = (0..doc.blocks().len().min(8))
            .filter(|&i| doc.label(i) != Some(Label::Posted))
            .find_map(|i| DAY_WORD.captures(doc.text(i)).and_then(|c| c.get(1)))
            .map(|m| m.as_str().eq_ignore_ascii_case("tomorrow"));
        if let Some(tomorrow) = said {
            let day = if tomorrow {
                posted.tomorrow().ok()
            } else {
                Some(posted)
            };
            w.date = day.map(|d| d.to_string());
        }
    }
    // an end from a range elsewhere that starts at the same time
    if w.end_time.is_none() && w.start_time.is_some() {
        for c in &cands {
            if let Some(t) = c.expr.time
                && t.end.is_some()
            {
                let (s, e) = when::resolve_times(&t);
                let st = format!("{:02}:{:02}", s.0, s.1);
                if Some(&st) == w.start_time.as_ref()
                    && let Some(e) = e
                {
                    w.end_time = Some(format!("{:02}:{:02}", e.0, e.1));
                    break;
                }
            }
        }
    }
    if plan.program {
        let mut draft = WhenDraft { resolved: r, span };
        fill_from_slots(doc, plan, ctx, &mut draft);
        when::stamp(&mut draft.resolved.when);
        return (Some(draft), warnings);
    }
    when::stamp(w);
    (Some(WhenDraft { resolved: r, span }), warnings)
}

/// A program's time span from its schedule: first start, last end.
fn fill_from_slots(doc: &Doc, plan: &Plan, ctx: &when::Context, d: &mut WhenDraft) {
    // a digest's talks are events of their own: its days, not their hours
    let digest = is_digest(doc);
    let w = &mut d.resolved.when;
    type SlotTimes = (Option<(u8, u8)>, Option<(u8, u8)>, Option<String>);
    let times: Vec<SlotTimes> = plan
        .slots
        .iter()
        .filter_map(|s| {
            let t = s.time.as_ref()?;
            let e = when::scan(&t.text).into_iter().find(|e| e.time.is_some())?;
            let (st, en) = when::resolve_times(&e.time?);
            let day = s
                .day
                .and_then(|b| {
                    doc.exprs(b)
                        .iter()
                        .find(|e| e.date.is_some())
                        .map(|e| (b, e))
                })
                .and_then(|(b, e)| when::resolve(e, doc.text(b), ctx).when.date);
            Some((Some(st), en, day))
        })
        .collect();
    if times.is_empty() {
        return;
    }
    if w.start_time.is_none()
        && !digest
        && let Some((Some(s), _, _)) = times.first()
    {
        w.start_time = Some(format!("{:02}:{:02}", s.0, s.1));
    }
    if w.end_time.is_none()
        && !digest
        && let Some((_, e, _)) = times.last()
    {
        let last = plan.slots.last();
        let closing = last.is_some_and(|s| {
            let t = s
                .title
                .as_ref()
                .map(|t| t.text.to_lowercase())
                .unwrap_or_default();
            // a hedged closing ("Closing (if no further interest)") ends nothing for sure
            let hedged = [
                "(if ",
                " if ",
                "approx",
                "tentative",
                "optional",
                "tbd",
                "~",
            ]
            .iter()
            .any(|h| t.contains(h));
            (t.starts_with("clos") || t.starts_with("end") || t.contains("wrap")) && !hedged
        });
        // a session's span on the last day may run past its last item's
        // start ("10:50 -> 12:10  Session 4" over "11:50  Closing remarks")
        let last_day = times.last().and_then(|(_, _, d)| d.clone());
        let latest = times
            .iter()
            .filter(|(_, _, d)| *d == last_day)
            .filter_map(|(_, en, _)| *en)
            .max();
        let last_start = times.last().and_then(|(s, _, _)| *s);
        let end = match e {
            Some(e) => Some((*e).max(latest.unwrap_or(*e))),
            None if closing => last_start.map(|s| s.max(latest.unwrap_or(s))),
            None => latest.filter(|l| last_start.is_some_and(|s| *l > s)),
        };
        if let Some(e) = end {
            w.end_time = Some(format!("{:02}:{:02}", e.0, e.1));
        }
    }
    let days: Vec<&String> = times.iter().filter_map(|(_, _, d)| d.as_ref()).collect();
    if w.date.is_none()
        && let Some(first) = days.first()
    {
        w.date = Some((*first).clone());
    }
    if w.end_date.is_none()
        && let Some(last) = days.last()
        && Some(*last) != w.date.as_ref()
    {
        w.end_date = Some((*last).clone());
    }
}

fn program_span(doc: &Doc, plan: &Plan, ctx: &when::Context, _: Option<()>) -> Option<WhenDraft> {
    if !plan.program || plan.slots.is_empty() {
        return None;
    }
    let mut d = WhenDraft::default();
    fill_from_slots(doc, plan, ctx, &mut d);
    let w = &d.resolved.when;
    if w.start_time.is_none() && w.date.is_none() {
        return None;
    }
    let first = plan
        .slots
        .first()
        .and_then(|s| s.time.as_ref())
        .map(|t| t.span());
    let last = plan
        .slots
        .last()
        .and_then(|s| s.time.as_ref())
        .map(|t| t.span());
    if let (Some(a), Some(b)) = (first, last) {
        d.span = a.start..b.end;
        d.resolved.when.text = doc.layout.text.get(a.start..b.end).map(|_| {
            let s = plan
                .slots
                .first()
                .and_then(|s| s.time.as_ref())
                .map_or("", |t| t.text.as_str());
            let e = plan
                .slots
                .last()
                .and_then(|s| s.time.as_ref())
                .map_or("", |t| t.text.as_str());
            format!("{s} … {e}")
        });
    }
    when::stamp(&mut d.resolved.when);
    Some(d)
}

/// The event's location phrase. In order: a labelled place (`Place:`,
/// `Location`, `Where:`), a line that is only a place (under the title, by
/// the date), a place next to the time in a line, a place introduced in a
/// sentence (`in Example Hall 7500`), a meetup's host (`hosted by X`).
/// A line that sets a venue out whole, in pieces between commas: a room
/// or a building first, then more of the address (a floor, a building, an
/// institution, a street, a city), a note in brackets dropped: `Seminar
/// Room 3, Level 2, Example Institute of Public Health`, `Council Chamber,
/// Example House, 12 Example Square, London WC2R 0XX`.
fn venue_line(c: &Clean) -> Option<Clean> {
    let t = c.text.trim_end();
    // (a bracket the line opens and does not close is a note running on)
    let t = match t.rfind(" (") {
        Some(at) if !t[at..].contains(')') => &t[..at],
        _ => t,
    };
    let t = strip_trailing_paren(t).trim_end_matches([',', ';', ' ']);
    if t.split_whitespace().count() > 16
        || t.ends_with('.')
        || prose::is_prose(t)
        || !when::scan(t).is_empty()
    {
        return None;
    }
    // (a campus's initials after the venue are not part of it: "Example
    // Center, Room 207, CMU")
    let t = match t.rsplit_once(", ") {
        Some((head, last))
            if (3..=5).contains(&last.len()) && last.chars().all(|ch| ch.is_ascii_uppercase()) =>
        {
            head
        }
        _ => t,
    };
    let pieces: Vec<&str> = t.split(", ").map(str::trim).collect();
    let (first, rest) = pieces.split_first()?;
    if rest.is_empty() || place::place_score(first) < 2 {
        return None;
    }
    // (a piece that reads as a name may be a faculty, "Facultad de
    // Ingeniería", or the town after a street and number, "Example Av.
    // 2150, Puerto Alvear"; else it is a person, not the venue)
    let fits = |k: usize, p: &str| {
        p.split_whitespace().count() <= 7
            && p.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit())
            && (!people::is_name(p)
                || people::has_org_word(p)
                || (k + 1 == rest.len()
                    && k > 0
                    && rest
                        .get(k - 1)
                        .is_some_and(|s| s.bytes().any(|b| b.is_ascii_digit()))))
    };
    rest.iter()
        .enumerate()
        .all(|(k, p)| fits(k, p))
        .then(|| c.slice(0..t.len()))
}

/// A street address with the venue's name on the line above it, as event
/// pages set them out (`Example Coworking` / `Lindenstraße 40 · Berlin`):
/// the name, then the address. The name line is short, its words
/// capitalized, right under the day or time, and no label or sentence.
fn with_venue_name(doc: &Doc, c: Clean) -> Clean {
    let blocks = doc.blocks();
    let at = c.span().start;
    let Some(i) = blocks
        .iter()
        .position(|b| b.span().start <= at && at < b.span().end.max(b.span().start + 1))
    else {
        return c;
    };
    let Some(k) = i.checked_sub(1) else {
        return c;
    };
    let b = &blocks[k];
    let t = b.text.text.trim();
    let words = t.split_whitespace().count();
    // the cheap tests first: the place grammar's address reader runs only
    // under a short name line right under the day or time
    let name = (1..=5).contains(&words)
        && b.kind == BlockKind::Para
        && blocks[i].lines.len() == 1
        && c.span().start == blocks[i].span().start
        && doc.hits[k].is_none()
        && doc.exprs(k).is_empty()
        && t.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
        && !t.ends_with(['.', ':', ','])
        && !t.bytes().any(|b| b.is_ascii_digit())
        // (under the day and time: a venue's name, not a person's)
        && k.checked_sub(1)
            .is_some_and(|w| doc.exprs(w).iter().any(|e| e.has_time() || e.has_date()));
    if !name {
        return c;
    }
    // (a street and number, a town: "Lindenstraße 40 · Berlin")
    let line = blocks[i].text.text.as_str();
    let address = (line.split_whitespace().count() <= 8
        && line.bytes().any(|b| b.is_ascii_digit())
        && place::place_score(line) >= 2)
        || place::is_address_line(line);
    if !address {
        return c;
    }
    crate::layout::markup::clean_joined(
        doc.layout.text,
        &[b.parts.clone(), blocks[i].parts.clone()].concat(),
        Mode::Inline,
    )
}

/// What follows a date and time that `c` opens on, past the punctuation
/// and the `in` or `at` that lead to a place; else `c` as it is.
fn after_leading_when(c: &Clean) -> Clean {
    let Some(e) = when::scan(&c.text).into_iter().next() else {
        return c.clone();
    };
    if e.range.start != 0 {
        return c.clone();
    }
    let rest = c.text.get(e.range.end..).unwrap_or_default();
    let lead = rest.len()
        - rest
            .trim_start_matches([',', ';', ':', ' ', '-', '–', '—'])
            .len();
    let mut at = e.range.end + lead;
    for word in ["in ", "at ", "In ", "At "] {
        if c.text.get(at..).is_some_and(|r| r.starts_with(word)) {
            at += word.len();
        }
    }
    if at >= c.text.len() {
        return c.clone();
    }
    c.slice(at..c.text.len())
}

/// What a banner's line sets between the day and the venue: `Thursday, 4
/// December 2025 · Example Auditorium`.
const BANNER_SEPARATORS: [&str; 3] = [" · ", " | ", " • "];

fn event_location(doc: &Doc, plan: &Plan, skip: &[Range<usize>]) -> Option<Clean> {
    let blocks = doc.blocks();
    let bad = |t: &str| {
        let l = t.to_lowercase();
        l.is_empty()
            || l.starts_with("tbd")
            || l.starts_with("tba")
            || l.starts_with("to be ")
            || l == "online"
            || l.starts_with("zoom")
            || l.starts_with("virtual")
            || l.starts_with("http")
                        || l.starts_with("see ")
            // "Online via Zoom", "Virtual (link to follow)": no place
            || (place::online_words(&l) && place::place_score(t) == 0)
    };
    // the sender's signature and the list's footer name the sender's
    // address, not the event's
    let tail = mail_tail(doc);
    let skipped = |b: &crate::layout::Block| {
        skip.iter().any(|r| r.contains(&b.span().start))
            || tail.as_ref().is_some_and(|t| b.span().start >= *t)
    };
    // 0. a change of place announced ("The talk will now take place from 4:00
    // to 5:00 pm in Example Hall, Room 118"): the place after the cue; a
    // place phrase names a place only with a name or a number ("new room"
    // names none)
    // ("NEW DATE, TIME AND ROOM" names none: a room word alone is no name)
    let named = |t: &str| {
        t.split_whitespace().any(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || (w.starts_with(char::is_uppercase)
                    && !matches!(
                        w.to_lowercase()
                            .trim_matches(|c: char| !c.is_alphanumeric()),
                        "room" | "rooms" | "hall" | "building" | "venue" | "location" | "place"
                    ))
        })
    };
    for (i, b) in blocks.iter().enumerate() {
        if skipped(b) {
            continue;
        }
        let t = &b.text.text;
        for cue in CHANGED.find_iter(t) {
            let near = place::phrases_with(t, doc.exprs(i))
                .into_iter()
                .filter(|(r, s)| {
                    *s >= 2
                        && r.start >= cue.end()
                        && r.start < cue.end() + 120
                        && named(&t[r.clone()])
                        // in the sentence of the cue
                        && !t[cue.end()..r.start].contains([';', '.'])
                })
                .min_by_key(|(r, _)| r.start);
            if let Some((r, _)) = near {
                return Some(b.text.slice(r));
            }
            // "It will now take place on" ending its paragraph, the new day
            // and place set out on the lines below
            if t.len() - cue.end() < 20 {
                // (the day, the time and the place may take a line each)
                for j in (i + 1..blocks.len()).take(3) {
                    let bt = &blocks[j].text.text;
                    // (short lines set out below, not a paragraph of prose)
                    if bt.split_whitespace().count() > 14 {
                        break;
                    }
                    let found = place::phrases_with(bt, doc.exprs(j))
                        .into_iter()
                        .filter(|(r, s)| *s >= 2 && named(&bt[r.clone()]))
                        .max_by_key(|(r, s)| (*s, r.len()));
                    if let Some((r, _)) = found {
                        return Some(blocks[j].text.slice(r));
                    }
                }
            }
        }
    }
    // 1. a labelled place, with the indented lines that continue it
    for i in 0..blocks.len() {
        let Some(h) = doc.hits[i].as_ref() else {
            continue;
        };
        if h.label != Label::Place {
            continue;
        }
        let v = match &h.value {
            Some(v) => {
                let mut parts = vec![v.span()];
                let indent = doc.indent(i);
                for (k, b) in blocks.iter().enumerate().skip(i + 1).take(3) {
                    // a value cut after a comma, or followed by its street
                    // address, goes on at any indent
                    let carried = doc.text(k - 1).trim_end().ends_with(',')
                        || (k == i + 1 && place::has_street(&b.text.text));
                    let cont = b.lines.len() == 1
                        && (carried || doc.indent(k) > indent + 2)
                        && b.kind == BlockKind::Para
                        && !b.after_blank
                        && !b.text.text.contains(':')
                                                && !crate::layout::looks_like_field(&b.text.text)
                        // a value cut after a comma goes on whatever the next line holds
                        && (doc.text(i).trim_end().ends_with(',')
                            || place::place_score(&b.text.text)
                                + u32::from(people::has_org_word(&b.text.text))
                                >= 1);
                    if !cont {
                        break;
                    }
                    parts.push(b.span());
                }
                place_lines(doc, &parts)
            }
            None => {
                let mut sec = doc.section(i, blocks.len());
                let mut parts: Vec<Range<usize>> = Vec::new();
                if let Some(j) = sec.next() {
                    parts.extend(blocks[j].parts.iter().cloned());
                    // the venue's name, then its street address and city
                    // on the lines under it
                    for k in (j + 1..blocks.len()).take(2) {
                        let b = &blocks[k];
                        if b.after_blank
                            || b.kind != BlockKind::Para
                            || doc.hits[k].is_some()
                            || !place::is_address_line(&b.text.text)
                        {
                            break;
                        }
                        parts.extend(b.parts.iter().cloned());
                    }
                }
                place_lines(doc, &parts)
            }
        };
        let v = first_place_part(&v);
        if !bad(&v.text) {
            return Some(v);
        }
    }
    let limit = if plan.program {
        plan.preamble.end
    } else {
        blocks.len()
    };
    // `exprs`: the time expressions of `c`, already scanned
    let covering = |c: &Clean, exprs: &[when::Expr]| -> Option<Clean> {
        // a time or date opening the line goes first: "2:00 - 3:30pm, Example Rm 318"
        let stripped;
        let rescanned;
        let (c, exprs) = match exprs.first() {
            Some(e) if e.range.start == 0 && e.range.end < c.text.len() => {
                let rest = &c.text[e.range.end..];
                let skip = rest.len() - rest.trim_start_matches([',', ' ', '-', ';', '|']).len();
                stripped = c.slice(e.range.end + skip..c.text.len());
                rescanned = when::scan(&stripped.text);
                (&stripped, rescanned.as_slice())
            }
            _ => (c, exprs),
        };
        let mut t = c.text.as_str();
        // a time or date at the end of the line does not count against it
        if let Some(e) = exprs.last()
            && e.range.end + 2 >= t.len()
            && e.range.start > 0
        {
            t = &t[..e.range.start];
        }
        let t = t.trim_end_matches(|ch: char| {
            ch == '.' || ch == ',' || ch == ':' || ch == ' ' || ch == '-'
        });
        let t = strip_trailing_paren(t);
        // the whole line's expressions serve when nothing was cut off it
        let phrases = if t.len() == c.text.len() {
            place::phrases_with(t, exprs)
        } else {
            place::phrases(t)
        };
        let (r, _) = phrases.into_iter().max_by_key(|(r, s)| (r.len(), *s))?;
        (r.len() * 10 >= t.len() * 7 && r.start <= 2).then(|| c.slice(r))
    };
    // 1b. a "Location" column of a one-row table of the event's details
    for i in 0..blocks.len() {
        if blocks[i].kind != BlockKind::Row || !under_label_header(doc, i) {
            continue;
        }
        let head = &blocks[i - 1];
        let col = head
            .cells
            .iter()
            .position(|c| crate::fields::labels::label_of(&c.text) == Some(Label::Place));
        if let Some(cell) = col.and_then(|k| blocks[i].cells.get(k))
            && !bad(&cell.text)
        {
            return Some(first_place_part(cell));
        }
    }
    // 2. a line that is only a place (two such lines in a row are one place)
    for i in 0..limit.min(blocks.len()) {
        let b = &blocks[i];
        if doc.hits[i].is_some()
            || skipped(b)
            || !matches!(
                b.kind,
                BlockKind::Para | BlockKind::Heading(_) | BlockKind::Item(_)
            )
        {
            continue;
        }
        // a venue set out whole under the day and time: "Room LG.04,
        // Example Building, Example University"
        let under_when = i > 0
            && !b.after_blank
            && doc
                .exprs(i - 1)
                .iter()
                .any(|e| e.has_time() && e.range.start == 0);
        // (a venue wrapped over the block's lines: "Example Lecture
        // Theatre (room 0.12), Geosciences" over "Building, Example Park")
        if under_when
            && (2..=3).contains(&b.parts.len())
            && b.parts.windows(2).all(|w| {
                // (the line above ends on a comma, or the line below goes
                // on with the building's word)
                let above = doc.layout.text.get(w[0].clone()).unwrap_or("");
                let below = doc.layout.text.get(w[1].clone()).unwrap_or("");
                above.trim_end().ends_with(',')
                    || below
                        .split_whitespace()
                        .next()
                        .is_some_and(place::is_building_word)
            })
            && let Some(v) = venue_line(&b.text)
            && !bad(&v.text)
        {
            return Some(v);
        }
        // (its first line, when a note in brackets runs on under it)
        if under_when
            && let Some(first) = b.parts.first()
            && let Some(v) = venue_line(&doc.layout.clean(first.clone(), Mode::Inline))
            && !bad(&v.text)
        {
            return Some(v);
        }
        // the venue after the day on a banner's line: "Thursday, 4
        // December 2025 · Example Auditorium, Faculty of X, Example
        // University, 2150 Example Avenue"
        // (the cheap test first: a separator in the block's text)
        if BANNER_SEPARATORS
            .iter()
            .any(|sep| b.text.text.contains(sep))
            && let Some(first) = b.parts.first()
            && let line = doc.layout.clean(first.clone(), Mode::Inline)
            && let Some(e) = when::scan(&line.text).into_iter().next()
            && e.range.start == 0
            && e.has_date()
            && let Some(rest) = line.text.get(e.range.end..)
            && let Some(sep) = BANNER_SEPARATORS.iter().find(|s| rest.starts_with(**s))
        {
            let at = e.range.end + sep.len();
            let mut venue = line.slice(at..line.text.len());
            // (the venue may go on over the block's next line)
            if b.parts.len() == 2 && venue.text.trim_end().ends_with(',') {
                let joined = &b.text;
                if let Some(at) = joined.text.find(venue.text.trim_end()) {
                    venue = joined.slice(at..joined.text.len());
                }
            }
            if let Some(v) = venue_line(&venue)
                && !bad(&v.text)
            {
                return Some(v);
            }
        }
        if prose::is_prose(&b.text.text) || links::is_contact(&b.text.text) {
            continue;
        }
        // a line of a few words may be a place whole; a longer one only in pieces
        let short = b.text.text.split_whitespace().count() <= 12;
        // the pieces of each line: a banner's lines are read one by one
        // (a line's piece then holds no time: "Tuesday, May 24, 2:00 PM,
        // Example Room" is a session's line, not a venue line)
        let by_line = !short && b.parts.len() >= 2;
        let pieces: Vec<Clean> = if by_line {
            b.parts
                .iter()
                .flat_map(|p| pipe_pieces(&doc.layout.clean(p.clone(), Mode::Inline)))
                .filter(|p| when::scan(&p.text).is_empty())
                .collect()
        } else {
            pipe_pieces(&b.text)
        };
        if !short && pieces.len() < 2 {
            continue;
        }
        let near_time = (i.saturating_sub(3)..(i + 4).min(blocks.len()))
            .any(|j| doc.exprs(j).iter().any(|e| e.has_date() || e.has_time()));
        if short && let Some(p) = covering(&b.text, doc.exprs(i)) {
            if bad(&p.text)
                || people::is_name(&p.text)
                // ("Marlow Commons, Room 1205" reads as a name and an
                // affiliation too; the room settles it)
                || (people::person_line(&b.text.text).is_some_and(|x| x.affiliation.is_some())
                    && place::place_score(&p.text) < 3)
            {
                continue;
            }
            if place::place_score(&p.text) < 3 && !near_time {
                continue;
            }
            // the next line may go on with the place
            if let Some(next) = blocks.get(i + 1)
                && doc.hits[i + 1].is_none()
                && next.text.text.split_whitespace().count() <= 8
                && let Some(q) = covering(&next.text, doc.exprs(i + 1))
                && !next.after_blank
            {
                return Some(place_lines(doc, &[p.span(), q.span()]));
            }
            return Some(p);
        }
        // a venue line: "Springfield IL, USA", "2:30 PM, 16 July | B3 M7-8, Center, City, Country"
        for piece in &pieces {
            // (the date and time the line opens on are not the venue's:
            // "Monday, April 22nd, at 11:00AM in Example Room 279, UCC")
            let piece = &after_leading_when(piece);
            let t = piece.text.as_str();
            let words = t.split_whitespace().count();
            if words == 0 || words > 14 || when::scan(t).iter().any(|e| e.range.len() * 2 > t.len())
            {
                continue;
            }
            let near_date = (i.saturating_sub(2)..i)
                .any(|j| doc.exprs(j).iter().any(|e| e.has_date()))
                || doc.exprs(i).iter().any(|e| e.has_date() || e.has_time());
            if near_date
                && place::place_score(t) >= 2
                && !people::is_name(t)
                && !bad(t)
                && t.contains(',')
            {
                // a venue down to its city or country is kept whole; otherwise the place phrase in it
                let parts = place::parts(t);
                if parts.country.is_some() || parts.city.is_some() {
                    return Some(piece.clone());
                }
                if let Some((r, _)) = place::phrases(t)
                    .into_iter()
                    .max_by_key(|(r, s)| (*s, r.len()))
                {
                    return Some(piece.slice(r));
                }
                return Some(piece.clone());
            }
        }
    }
    // 3. a place next to the time in a short line, or 4. introduced in a sentence
    // (in a digest, not the place on one talk's line)
    let digest = plan.program && is_digest(doc);
    let slot_line = |i: usize| {
        digest
            && plan
                .slots
                .iter()
                .any(|s| (s.block..=s.through).contains(&i))
    };
    let mut best: Option<(u32, Clean)> = None;
    for (i, b) in blocks.iter().enumerate() {
        if skipped(b) || doc.label(i) == Some(Label::Posted) || slot_line(i) {
            continue;
        }
        let text = &b.text.text;
        let exprs = doc.exprs(i);
        let has_time = exprs.iter().any(|e| e.has_time() || e.has_date());
        // (the place a change of plans left behind: "originally scheduled
        // for Tuesday in Example Hall 210, has been postponed")
        let changed_after =
            |r: &Range<usize>| CHANGED.find(text).is_some_and(|m| r.end <= m.start());
        if let Some(r) = place::in_prose_with(text, exprs)
            && !links::is_contact(line_around(text, r.clone()))
            && !changed_after(&r)
        {
            let score = place::place_score(&text[r.clone()]) + if has_time { 3 } else { 0 };
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, b.text.slice(r)));
            }
        }
    }
    if let Some((_, c)) = best {
        return Some(c);
    }
    // the room column of a schedule, when every row that gives one agrees
    let rooms: Vec<&Clean> = plan
        .slots
        .iter()
        .filter_map(|s| s.location.as_ref())
        .collect();
    if let Some(first) = rooms.first()
        && rooms.iter().all(|r| r.text == first.text)
        && !bad(&first.text)
        && !digest
    {
        return Some((*first).clone());
    }
    // 5. a meetup "hosted by X" / "hosted at X"
    for b in blocks.iter().take(limit.min(blocks.len())) {
        static HOSTED: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?-u:\b)hosted (?:by|at)\s+(?:the\s+)?([A-Z][\p{Latin}0-9_&.'-]*(?:\s+[A-Z][\p{Latin}0-9_&.'-]*){0,3})(?:\s+(?:19|20)[0-9][0-9](?-u:\b))?")
                .unwrap_or_else(|_| unreachable_regex())
        });
        if let Some(m) = HOSTED.captures(&b.text.text).and_then(|c| c.get(1)) {
            let c = b.text.slice(m.range());
            if !people::is_name(&c.text) {
                return Some(c);
            }
        }
    }
    None
}

/// The lines of a venue set out one under another, read as one place:
/// `Hollis Institute, Room 310` over `27 Brattle Square, Cambridge, MA`
/// is `Hollis Institute, Room 310, 27 Brattle Square, Cambridge, MA`. Each
/// line break stands for a comma, unless the line above ends in a comma
/// or a word that a name goes on after (`Department of` over `Physics`),
/// or the line below starts in lower case: then the lines are one wrapped
/// phrase.
fn place_lines(doc: &Doc, parts: &[Range<usize>]) -> Clean {
    use crate::layout::markup;
    let listed = parts.windows(2).all(|w| {
        let (Some(above), Some(below)) = (
            doc.layout.text.get(w[0].clone()),
            doc.layout.text.get(w[1].clone()),
        ) else {
            return false;
        };
        let last = above.split_whitespace().last().unwrap_or("");
        let first = below.trim_start().trim_start_matches(['*', '_', '<']);
        !matches!(
            last.to_lowercase().as_str(),
            "of" | "the"
                | "and"
                | "&"
                | "for"
                | "at"
                | "in"
                | "de"
                | "du"
                | "des"
                | "di"
                | "-"
                | "–"
        ) && first.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    if listed {
        markup::clean_listed(doc.layout.text, parts, Mode::Inline)
    } else {
        markup::clean_joined(doc.layout.text, parts, Mode::Inline)
    }
}

/// Where a message's signature or its list footer starts: the first block,
/// past the first third of the document, that opens with the signature
/// separator (`-- `) or carries a footer's words (`Unsubscribe`, `You
/// received this message`).
fn mail_tail(doc: &Doc) -> Option<usize> {
    static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:(?-u:\b)(?:unsubscribe|you (?:are receiving|received) this|privacy policy|all rights reserved|view (?:this email )?in your browser|manage (?:your )?(?:subscription|preferences))(?-u:\b)|©|\(c\) (?:19|20)[0-9][0-9])")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let blocks = doc.blocks();
    let from = blocks.len() / 3;
    let k = (from.max(1)..blocks.len()).find(|&k| {
        let t = blocks[k].text.text.trim_start();
        t == "--" || t.starts_with("-- ") || FOOTER.is_match(t)
    })?;
    // the footer's own address line, right above it
    let k = if k > from && !blocks[k].after_blank {
        k - 1
    } else {
        k
    };
    Some(blocks[k].span().start)
}

/// `AI SEMINAR SERIES -- FALL 1997 -- THIS WEEK`, `Example Lecture Series |
/// Spring 2026`: the series name, without the term or the notice after a
/// spaced dash or a bar.
fn drop_series_tail(c: &Clean) -> Clean {
    static TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:--+|—|–|-|\|)\s+(?:(?:spring|summer|fall|autumn|winter|this|next|week|term|semester|schedule|program(?:me)?|(?:19|20)[0-9][0-9])(?-u:\b)).*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    match TAIL.find(&c.text) {
        Some(m) if m.start() > 0 && c.text[..m.start()].to_lowercase().contains("series") => {
            c.slice(0..m.start())
        }
        // "EXAMPLE WEBINAR SERIES | Supply Chain Edition": the name ends
        // on its series word, and what a bar or a dash sets after it is
        // the edition
        _ => match SERIES_THEN_SEPARATOR.find(&c.text) {
            Some(m) => c.slice(0..m.start() + "series".len()),
            None => c.clone(),
        },
    }
}

static SERIES_THEN_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)series\s+(?:--+|—|–|-|\|)\s+\S").unwrap_or_else(|_| unreachable_regex())
});

/// A line of a page's menu: three or more items between bars or dots, or
/// a bar beside a run of menu words (`Home | About | Research`, `Home ·
/// Programme · Register`, `meetup | Find Events Groups Messages`).
fn is_menu_line(t: &str) -> bool {
    [" | ", " · ", " • "].iter().any(|bar| {
        t.contains(bar)
            && (t.split(bar).filter(|item| !item.trim().is_empty()).count() >= 3
                || (*bar == " | " && t.split(bar).any(super::talk::is_page_chrome)))
    })
}

/// A letterhead: an organization's name alone, in a few words
/// (`Universität Example`), with no kind of event in it.
fn is_letterhead(t: &str) -> bool {
    people::has_org_word(t)
        && t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            <= 6
        && kind::kind_in(t).is_none()
        && !t.bytes().any(|b| b.is_ascii_digit())
}

/// The line of `text` that holds `r`.
fn line_around(text: &str, r: Range<usize>) -> &str {
    let start = text
        .get(..r.start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |k| k + 1);
    let end = text
        .get(r.end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |k| r.end + k);
    text.get(start..end).unwrap_or("")
}

/// `Student Center Room 207 (CMU)` → `Student Center Room 207`.
fn strip_trailing_paren(t: &str) -> &str {
    if t.ends_with(')')
        && let Some(open) = t.rfind(" (")
        && t.len() - open < 20
        // a floor or a room places it further: "(2nd floor)" stays
        && !t[open..].to_lowercase().contains("floor")
        && place::place_score(&t[open + 2..t.len() - 1]) == 0
    {
        return t[..open].trim_end();
    }
    t
}

/// `2:30 PM, 16 July | B3 M7-8, Example Center`: the pieces between bars.
fn pipe_pieces(c: &Clean) -> Vec<Clean> {
    let t = &c.text;
    let mut out = Vec::new();
    let mut start = 0;
    // "June 3–4, 2022 · Example Hall, City, Region" on web pages, and
    // "Saturday, 16 May 2026 — Example Hall, City" (a spaced dash)
    // and "26-27 September 2024 -- Example Hall" in plain text
    let mut skip_to = 0;
    for (i, ch) in t.char_indices() {
        if i < skip_to {
            continue;
        }
        let spaced = |len: usize| t[..i].ends_with(' ') && t[i + len..].starts_with(' ');
        let spaced_dash = matches!(ch, '—' | '–') && spaced(ch.len_utf8());
        let double_hyphen = t[i..].starts_with("--") && !t[i..].starts_with("---") && spaced(2);
        if matches!(ch, '|' | '·' | '•') || spaced_dash || double_hyphen {
            out.push(c.slice(start..i));
            let len = if double_hyphen { 2 } else { ch.len_utf8() };
            start = i + len;
            skip_to = start;
        }
    }
    out.push(c.slice(start..t.len()));
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// A place value may run on with other matter: `Example Hall Auditorium Date
/// and time : ...`; keep the place.
fn first_place_part(v: &Clean) -> Clean {
    // "2:00 - 3:30pm, Example Rm 318": a time first goes
    let v = &match when::scan(&v.text).first() {
        Some(e) if e.range.start == 0 && e.range.end < v.text.len() => {
            let rest = &v.text[e.range.end..];
            let skip = rest.len() - rest.trim_start_matches([',', ' ', '-', ';', '|']).len();
            v.slice(e.range.end + skip..v.text.len())
        }
        _ => v.clone(),
    };
    let t = &v.text;
    let mut end = t.len();
    // "Example Hall 4616, our lab", "Room 12, and on Zoom": a lower-case
    // remark after a comma goes
    // (not inside brackets: "Example Str. 27, Berlin (4th floor, ring 3)")
    // (a place's own next part stays: "salle 314, bâtiment Example, campus
    // de la Source")
    if let Some((k, _)) = t.match_indices(", ").find(|(k, _)| {
        let rest = &t[k + 2..];
        let piece = rest.split(", ").next().unwrap_or(rest);
        rest.starts_with(|c: char| c.is_lowercase())
            && t[..*k].matches('(').count() <= t[..*k].matches(')').count()
            && place::place_score(piece) == 0
            && !["campus", "étage", "piso", "piano", "stock", "floor"]
                .iter()
                .any(|w| piece.starts_with(w))
    }) {
        end = end.min(k);
    }
    // "Room 12 and via Zoom", "Room 12 + Zoom": the call is not the place
    static AND_ONLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s*(?:[,—–-]\s*)?(?:and|&|\+|/|or)\s+(?:(?:join|attend|watch|participate|follow)(?:\s+us)?\s+)?(?:(?:on|via|over)\s+)?(?:zoom|teams|webex|online|livestream(?:ed)?|live[- ]?streamed|live stream|streamed|youtube)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    if let Some(m) = AND_ONLINE.find(t)
        && m.start() > 0
    {
        end = end.min(m.start());
    }
    // "EXAMPLE--MOON CAMPUS--Transportation Provided": a remark after "--" goes
    if let Some(k) = t.rfind("--")
        && t[k + 2..].chars().any(char::is_lowercase)
    {
        end = end.min(k);
    }
    if let Some(e) = when::scan(t).first()
        && e.range.start > 0
    {
        end = end.min(e.range.start);
    }
    // "Example Hall, Room 1104 (also streamed on Zoom: https://…)": a
    // bracketed note about the stream is not the place
    if let Some(k) = t.match_indices(" (").map(|(k, _)| k).find(|&k| {
        let inner = t[k + 2..].split(')').next().unwrap_or("").to_lowercase();
        inner.contains("http") || place::online_words(&inner) || is_remark(&inner)
    }) {
        end = end.min(k);
    }
    for stop in ["  ", " Date", " Time", " (refresh", " --"] {
        if let Some(k) = t.find(stop)
            && k > 0
        {
            end = end.min(k);
        }
    }
    let cut = t[..end].trim_end_matches([',', ' ', '-', ';']).len();
    v.slice(0..cut)
}

/// A remark in brackets after a place, lower-cased: `note: not our usual
/// room!`, `bring your own lunch`, `see map`, `entrance on Main St.`,
/// `unchanged`, `as usual`.
fn is_remark(inner: &str) -> bool {
    let inner = inner.trim();
    inner.ends_with('!')
        || [
            "note",
            "nb",
            "please",
            "bring",
            "see ",
            "not ",
            "usual",
            "new ",
            "changed",
            "unchanged",
            "as usual",
            "as always",
            "same ",
            "as before",
            "entrance",
            "enter ",
            "lunch",
            "coffee",
            "map",
            "directions",
            "parking",
        ]
        .iter()
        .any(|w| inner.starts_with(w))
}

/// A line that calls the document a digest of separate events: `This
/// Week in Mathematics`, `EECS talks this week`, `Seminar digest`, `Weekly
/// events bulletin`, `… -- week of 10 March`.
fn is_digest_line(t: &str) -> bool {
    static DIGEST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:this week(?:'s)? (?:in|at|talks|seminars|events)|(?:talks|seminars|events|lectures) this week|digest|newsletter|weekly (?:events|calendar|bulletin|seminars)|events calendar|week of [0-9]|week of (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")
            .unwrap_or_else(|_| unreachable_regex())
    });
    t.len() < 120 && DIGEST.is_match(t)
}

/// True when one of the document's first lines calls it a digest
/// ([`is_digest_line`]).
fn is_digest(doc: &Doc) -> bool {
    doc.blocks()
        .iter()
        .take(8)
        .any(|b| is_digest_line(&b.text.text))
}

/// Words that make a heading generic (`Speakers`, `Programme overview`).
fn generic_heading(t: &str) -> bool {
    let l = t.to_lowercase();
    let l = l.trim();
    [
        "speakers",
        "speaker",
        "invited speakers",
        "invited talks",
        "talks",
        "program",
        "programme",
        "programme overview",
        "program overview",
        "schedule",
        "agenda",
        "overview",
        "description",
        "welcome",
        "panelists",
        "abstract",
        "abstracts",
        "keynotes",
        "keynote speakers",
        "home",
        "about",
        "news",
        "contents",
        "table of contents",
        "introduction",
        "program schedule",
        ]
    .contains(&l)
        // "EECS TALKS THIS WEEK", "Upcoming seminars": a digest's heading
        || (["this week", "next week", "this month", "upcoming", "this term"]
            .iter()
            .any(|d| l.contains(d))
            && kind::kind_in(l).is_some()
            && l.split_whitespace().count() <= 6)
}

/// The lines of block `i` up to the first (after its first) that is a date,
/// a time or a place: a banner's name without the details set under it
/// (`Example Symposium` / `22-23 May 2025` / `Example Centre`).
fn name_lines(doc: &Doc, i: usize) -> Clean {
    let Some(b) = doc.blocks().get(i) else {
        return Clean::default();
    };
    let detail = |r: &Range<usize>| {
        let line = doc.layout.clean(r.clone(), Mode::Inline);
        when::scan(&line.text)
            .first()
            .is_some_and(|e| e.range.start == 0 && e.range.len() * 2 >= line.text.len())
            || place::place_score(&line.text) >= 3
    };
    let own = match b.parts.iter().skip(1).position(detail) {
        Some(k) => &b.parts[..=k],
        None => &b.parts[..],
    };
    // a name over two lines, its first ending on a colon: "X, Y AND Z:"
    // over "A SYMPOSIUM ON W"
    let above = i
        .checked_sub(1)
        .and_then(|h| doc.blocks().get(h))
        .filter(|a| {
            !b.after_blank
                && a.parts.len() == 1
                && a.text.text.trim_end().ends_with(':')
                && doc.hits.get(i - 1).is_some_and(|h| {
                    h.as_ref()
                        .is_none_or(|h| h.label == Label::Other && h.value.is_none())
                })
        });
    match above {
        Some(a) => {
            let parts: Vec<Range<usize>> = a.parts.iter().chain(own).cloned().collect();
            crate::layout::markup::clean_joined(doc.layout.text, &parts, Mode::Inline)
        }
        None if own.len() < b.parts.len() => {
            crate::layout::markup::clean_joined(doc.layout.text, own, Mode::Inline)
        }
        None => b.text.clone(),
    }
}

/// True when `t` has hardly any letters outside parentheses: what is left
/// of a link or an image (`[]](../index.html)`), never a heading.
fn is_debris(t: &str) -> bool {
    let mut depth = 0usize;
    let mut letters = 0;
    for c in t.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 && c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    letters < 3
}

/// The title, series and kind of the event.
fn names(doc: &Doc, plan: &Plan, talks: &[TalkDraft], e: &mut EventDraft) {
    let blocks = doc.blocks();
    let talk_titles: Vec<&str> = talks
        .iter()
        .filter_map(|t| t.title.as_ref().map(|v| v.text.as_str()))
        .collect();
    // the first heading, or the first line when the document has no heading before its text
    // a program's name comes before its first talk
    let limit = if plan.program {
        plan.preamble.end.min(6)
    } else {
        blocks.len().min(6)
    };
    // (header fields before it, "Type:", "Topic:", "Dates:", do not count)
    // (nor do a page's menu items: "Home", "People", "Events")
    // (in a message forwarded under a short note, the heading is the
    // forwarded message's, under its header lines; the note's lines and
    // the forwarder's signature are no heading)
    let from = doc.forward_mark.filter(|&m| m <= 12).map_or(0, |m| {
        (m + 1..blocks.len())
            .find(|&k| doc.hits[k].is_none())
            .unwrap_or(m + 1)
    });
    let first = (from..blocks.len())
        .filter(|&i| doc.hits[i].is_none())
        .filter(|&i| {
            !(matches!(blocks[i].kind, BlockKind::Item(_))
                && blocks[i].text.text.split_whitespace().count() <= 3)
        })
        .take(limit)
        .find(|&i| {
            let b = &blocks[i];
            let t = b.text.text.as_str();
            !b.text.is_empty()
            && !is_debris(t)
            // a bare label ("Abstract:"), or a notice to the readers of a list
            && !t.trim_end().ends_with(':')
                        && !is_notice_to_readers(t)
            && matches!(b.kind, BlockKind::Heading(_) | BlockKind::Para)
            && !prose::is_prose(t)
                        // not a greeting ("Dear colleagues,") nor a line of page chrome
            && !t.trim_end().ends_with(',')
            // nor a sentence ("Remote participation via Zoom is available.")
            && !(t.trim_end().ends_with('.') && t.split_whitespace().count() >= 4)
            // nor a lead-in to the name below it ("… warmly invites you to the")
            && !t
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| super::talk::is_open_word(w) || w == "our")
            // (a menu has three items or more; "Example Webinar Series |
            // Supply Chain Edition" is a heading)
            && !is_menu_line(t)
            && !t.contains(" > ")
            && !t.contains('›')
            && !t.contains('»')
            // nor page chrome ("Skip to content"), nor a logo's name in
            // lower case ("eventbrite")
            && !["skip to ", "skip navigation", "jump to ", "log in", "sign in", "sign up"]
                .iter()
                .any(|p| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
            && !(t.split_whitespace().count() == 1 && t.starts_with(char::is_lowercase))
            // nor a sentence's lead-in to the name below it ("hiermit lade
            // ich Sie herzlich zum eintägigen Workshop")
            // (a name in code, "next() - Another round of talks", is a name)
            && !(t.split_whitespace().count() >= 4
                && t.split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().all(char::is_lowercase)))
            // nor a link back ("← Back to News & Events")
            && !t.starts_with('←')
            && !t.get(..7).is_some_and(|h| h.eq_ignore_ascii_case("back to"))
            // nor the day and time ("DAY 1 -- Monday 12 September"), nor
            // the call a banner opens on ("CALL FOR PAPERS")
            && !doc.is_when_line(i)
            && !is_call_line(t)
            // nor a programme's entry ("Wed 7 Oct  Potential outcomes")
            && !(plan.program
                && plan.talks.iter().any(|s| {
                    s.blocks.start == i
                        && matches!(
                            s.head,
                            crate::segment::Head::Fields | crate::segment::Head::Slot
                        )
                }))
        });
    // a page's own heading over the lines set before it (the group's
    // name, a logo, a host's box): "SF Example Builders" / … / "# SF
    // Example Builders: Evals & Agents"; not a lone talk's title
    let first = match first {
        Some(k) if matches!(blocks[k].kind, BlockKind::Para) => (k + 1..blocks.len().min(k + 12))
            .find(|&i| {
                matches!(blocks[i].kind, BlockKind::Heading(1))
                    && doc.hits[i].is_none()
                    && !generic_heading(&blocks[i].text.text)
                    && !doc.is_when_line(i)
            })
            .filter(|&i| !talk_titles.contains(&blocks[i].text.text.as_str()))
            .or(Some(k)),
        other => other,
    };
    // a page's "Programme" heading over the event's name: the name, unless
    // the next line is a day, a slot or a speaker of the program
    let first = match first {
        Some(k) if plan.program && generic_heading(&blocks[k].text.text) => {
            let next = (k + 1..blocks.len().min(limit + 1)).find(|&i| {
                doc.hits[i].is_none()
                    && !blocks[i].text.is_empty()
                    && !prose::is_prose(&blocks[i].text.text)
            });
            match next {
                // (not a day, a slot or a speaker's heading)
                Some(n)
                    if doc.exprs(n).is_empty()
                        && doc.person(n).is_none()
                        && !people::is_name(&blocks[n].text.text)
                        && !generic_heading(&blocks[n].text.text) =>
                {
                    Some(n)
                }
                _ => Some(k),
            }
        }
        other => other,
    };
    // a letterhead ("Centre for Example Computation") over the name of
    // the meeting its programme is for ("SPRING SYMPOSIUM ON X 2014")
    let first = match first {
        Some(k) if plan.program && is_letterhead(&blocks[k].text.text) => {
            let near = k + 1..blocks.len().min(k + 6);
            // "Einladung zum Workshop" over the workshop's name: the name
            let invited = near.clone().find_map(|i| {
                INVITATION_LEAD
                    .is_match(blocks[i].text.text.trim())
                    .then(|| {
                        // (the name may read as a field: "X: METHODS, TOOLS")
                        (i + 1..blocks.len().min(i + 3))
                            .find(|&n| doc.hits[n].as_ref().is_none_or(|h| h.label == Label::Other))
                    })
                    .flatten()
            });
            // the fullest line naming a meeting ("Spring 2005
            // Mini-Symposium" over "X: A MINI-SYMPOSIUM ON Y")
            let named = near
                .filter(|&i| {
                    let t = &blocks[i].text.text;
                    doc.hits[i].is_none()
                        && !is_menu_line(t)
                        && t.split_whitespace().count() <= 16
                        && kind::kind_in(t).is_some_and(|k| {
                            matches!(k, Kind::Workshop | Kind::Conference | Kind::Symposium)
                        })
                })
                .max_by_key(|&i| {
                    (
                        blocks[i].text.text.split_whitespace().count(),
                        std::cmp::Reverse(i),
                    )
                });
            invited.or(named).or(Some(k))
        }
        other => other,
    };
    // a newsletter's masthead over a section that sets out the event: the
    // section's heading, right above the programme
    let first = match first {
        Some(k) if plan.program && is_digest_line(&blocks[k].text.text) => {
            let end = plan.slots.first().map_or(plan.preamble.end, |s| s.block);
            (k + 1..end.min(blocks.len()))
                .rev()
                .find(|&i| {
                    let t = &blocks[i].text.text;
                    matches!(blocks[i].kind, BlockKind::Heading(_))
                        && !generic_heading(t)
                        && !is_digest_line(t)
                        && doc.exprs(i).iter().all(|e| !e.has_date())
                })
                .or(Some(k))
        }
        other => other,
    };
    // "Series: Physics & Astronomy Colloquium" says it outright
    let labelled = labelled_series(doc);
    let Some(fi) = first else {
        let prose = series_in_prose(doc);
        e.series = labelled
            .or(prose.named)
            .or_else(|| subject_series(doc))
            .or(prose.any);
        // no heading: the kind the opening lines name ("The Biology seminar
        // by Dr. Example has moved to …")
        e.kind = blocks
            .iter()
            .take(6)
            .find_map(|b| kind::kind_in(&b.text.text));
        return;
    };
    let fb = &blocks[fi];
    let text = fb.text.text.clone();
    // "X Series: Y" / "SLAT TALK: Quantitative Research"
    let lower = text.to_lowercase();
    let mut series_from_heading = false;
    // "Example Circle June Meetup: Supply-Chain Attacks": the heading
    // names one meeting of a group, by its month or number, whole; the
    // group's name is no series
    let instance = talks.len() <= 1
        && text.split_once(": ").is_some_and(|(head, tail)| {
            // "Lightning Talk Night: Summer Edition"
            let edition = tail.split_whitespace().count() <= 3
                && tail
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case("edition"));
            head.split_whitespace().count() <= 5 && edition
                || head.split_whitespace().count() <= 5
                && names_an_instance(head)
                // (a number says it alone: "Backend Night #23")
                && (kind::kind_in(head).is_some()
                    || head.to_lowercase().contains("meetup")
                    || head.contains('#'))
        });
    if instance {
        e.title = Val::of(&fb.text.slice(0..text.trim_end().len()));
        series_from_heading = true;
    } else if labelled.is_some() {
        e.series = labelled;
    } else if let Some(m) = PART_OF_SERIES
        .captures(&text)
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
    {
        // "Part of the Example Forum event series at the Example House"
        e.series = Val::of(&fb.text.slice(m.range()));
        series_from_heading = true;
    } else if let Some(colon) = text.find(": ")
        && text[..colon].to_lowercase().ends_with("series")
        && text[colon + 2..].split_whitespace().count() >= 2
        && talks.len() > 1
        && one_day(talks)
    {
        // "Example Webinar Series: Rivers and Empire" over a session of
        // talks on one day: the series, then the session's title (over
        // talks on several days, "Example Series: Topics in AI" is the
        // series' name whole)
        e.series = Val::of(&fb.text.slice(0..colon));
        series_from_heading = true;
        let rest = text[colon + 2..].trim_end();
        if !talk_titles.contains(&rest) {
            e.title = Val::of(&fb.text.slice(colon + 2..colon + 2 + rest.len()));
        }
    } else if lower.contains("series") {
        e.series = Val::of(&drop_series_tail(&fb.text));
        series_from_heading = true;
    } else if let Some(colon) = text.find(": ")
        && let head = &text[..colon]
        && head.split_whitespace().count() <= 4
        && kind::kind_in(head).is_some()
                // a kind word alone ("Webinar: Title") names no series, nor does a
        // label ("Next talk: ...")
        && head.split_whitespace().count() > 1
        && !NEXT_LABEL.is_match(&text)
        && talks.len() <= 1
    {
        e.series = Val::of(&fb.text.slice(0..colon));
        series_from_heading = true;
    }
    // "the second instance of the Example meetup", "part of the Example Lecture Series"
    let prose = std::cell::OnceCell::new();
    let prose = || prose.get_or_init(|| series_in_prose(doc));
    if e.series.is_none() {
        e.series = prose().named.clone();
    }
    // a lone talk's page headed by its series: "Applied Mathematics Seminar",
    // "Physics Colloquium — Fall 2008", "Example Reading Group"; or a
    // series' term card, its talks on different days
    let mut days: Vec<&str> = talks
        .iter()
        .filter_map(|t| t.when.as_ref()?.resolved.when.date.as_deref())
        .collect();
    days.sort_unstable();
    days.dedup();
    // "Example Meetup #31 — October Edition": an instance of a series, by number
    let numbered = text.contains('#')
        && text
            .split('#')
            .skip(1)
            .any(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    // "EXAMPLE SEMINAR: DOUBLE HEADER": two talks at one meeting of a series
    let double = || DOUBLE_SESSION.is_match(&text);
    if e.series.is_none()
        && !instance
        && (talks.len() <= 1 || days.len() == talks.len() || numbered || double())
        && !talk_titles.contains(&text.as_str())
        && let Some(name) = series_heading(&fb.text)
    {
        e.series = Val::of(&name);
        series_from_heading = true;
        // "The 2025 Example Distinguished Lecture": an instance of the
        // series, named by the heading whole
        let t = fb
            .text
            .text
            .trim_start_matches(|ch: char| !ch.is_alphanumeric());
        // ("Example Tech Talks #14": the fourteenth meeting, by number)
        if (YEARLY.is_match(t) || is_named_instance(t) || (numbered && talks.len() <= 1))
            && e.title.is_none()
        {
            let at = fb.text.text.len() - t.len();
            e.title = Val::of(&fb.text.slice(at..fb.text.text.trim_end().len()));
        }
    }
    // a line of its own naming the series further down the preamble: under
    // a forwarder's note, a notice or a bilingual pointer
    if e.series.is_none() && !instance && (talks.len() <= 1 || days.len() == talks.len()) {
        // a program's series is named before its first talk, and before
        // the day heading over it
        let end = if plan.program {
            let day = plan.slots.first().and_then(|s| s.day);
            day.map_or(plan.preamble.end, |d| d.min(plan.preamble.end))
        } else {
            16
        };
        e.series = preamble_series(doc, end, &talk_titles)
            .as_ref()
            .and_then(Val::of);
    }
    // a site page's front matter naming the section it belongs to
    // ("parent: Example Seminar Talks", "series: Example Lectures"), or
    // the mail's subject ("Example Seminar 10/18: A. Person")
    if e.series.is_none() {
        e.series = front_matter_series(doc).as_ref().and_then(Val::of);
    }
    if e.series.is_none() {
        e.series = subject_series(doc);
    }
    if e.series.is_none() {
        e.series = prose().any.clone();
    }
    e.kind = kind::kind_in(&text).or_else(|| {
        blocks.iter().take(6).find_map(|b| {
            if prose::is_prose(&b.text.text) {
                None
            } else {
                kind::kind_in(&b.text.text)
            }
        })
    });
    // the heading that opens on the series' name names no event of its own
    let names_series = !numbered
        && e.series
            .as_ref()
            .is_some_and(|sr| series_heading(&fb.text).is_some_and(|h| h.text == sr.text));
    if plan.program {
        if !generic_heading(&text)
            && !names_series
                        && !talk_titles.contains(&text.as_str())
            && !people::is_name(&text)
                        // a letterhead ("Universität Example") names no event
            && !is_letterhead(&text)
            // nor does a digest's masthead ("This Week in Mathematics")
            && !is_digest_line(&text)
            && kind::kind_marker(&text).is_none()
            && (!series_from_heading || numbered)
        {
            // the name's own lines, not the date or venue lines under it
            let head = name_lines(doc, fi);
            // "Example Conf 2024: Keynote Speakers": the page's own heading after the name
            let t = head.text.as_str();
            // ("CEDH 2026 – Keynote Speakers", "Example Days | Programme")
            let own = [": ", " – ", " — ", " - ", " | "]
                .iter()
                .filter_map(|sep| t.rfind(sep).map(|c| (c, c + sep.len())))
                .max_by_key(|&(c, _)| c)
                .filter(|&(_, after)| {
                    generic_heading(&t[after..]) || t[after..].to_lowercase().contains("speakers")
                })
                .map_or(head.clone(), |(c, _)| head.slice(0..c));
            // "Example Workshop 2024 co-located with the Example Conference":
            // the host event is not part of the name
            let own = match own
                .text
                .find(" co-located with")
                .or_else(|| own.text.find(", co-located"))
                .or_else(|| own.text.find(" in conjunction with"))
            {
                Some(k) if k > 0 => own.slice(0..k),
                _ => own,
            };
            // "EXW 2026 — 3rd Workshop on Example Systems": the short name
            // and year, then the name spelled out
            let own = match own
                .text
                .split_once(" — ")
                .or_else(|| own.text.split_once(" -- "))
            {
                Some((short, full))
                    if is_acronym_year(short)
                        && full.split_whitespace().count() >= 3
                        && kind::kind_in(full).is_some() =>
                {
                    own.slice(own.text.len() - full.len()..own.text.len())
                }
                _ => own,
            };
            e.title = Val::of(&own);
            // a handle ("Example@Conf 2022") stands for a name spelled out
            // just below it: a heading, or a line naming a workshop
            if (is_handle(&text) || is_acronym_year(&text))
                && let Some(full) = spelled_out_name(doc, fi, &talk_titles)
            {
                e.title = Val::of(&full);
            }
        }
        if e.kind.is_none() && talks.len() > 1 {
            e.kind = Some(Kind::Workshop).filter(|_| lower.contains("workshop"));
        }
    } else {
        // a lone talk has an umbrella title only when the document names one
        let umbrella = kind::kind_in(&text)
            .is_some_and(|k| matches!(k, Kind::Workshop | Kind::Conference | Kind::Symposium))
            && !talk_titles.contains(&text.as_str());
        // ("APPLIED MICROECONOMICS WORKSHOP" over one talk is a
        // department's weekly workshop, a series; "2nd Workshop on X" or
        // "Example Workshop 2024" is one meeting)
        let recurring = kind::kind_in(&text) == Some(Kind::Workshop)
            && !text.bytes().any(|b| b.is_ascii_digit())
            && !ORDINAL_WORD.is_match(&text)
            && text.split_whitespace().count() <= 8;
        if umbrella && recurring && e.series.is_none() {
            e.series = Val::of(&fb.text.slice(0..fb.text.text.trim_end().len()));
        } else if umbrella && e.series.is_none() {
            e.title = Val::of(&fb.text);
        }
        // "As part of Open Example Week 2026, the office invites you": the
        // occasion a lone talk belongs to
        if e.title.is_none() {
            e.title = occasion(doc).as_ref().and_then(Val::of);
        }
        // "THE 2016 EXAMPLE LECTURE IN PUBLIC LAW" on a line of its own,
        // under a letterhead: the yearly lecture this talk is
        if e.title.is_none()
            && let Some(c) = named_instance_line(doc, &talk_titles)
        {
            e.title = Val::of(&c);
            if e.series.is_none() {
                e.series = Val::of(&lecture_of_instance(&c));
            }
        }
    }
    // "The programme for this year's Workshop on Example Music is now
    // online": a programme's meeting, named in its opening sentences
    if plan.program && e.title.is_none() && !series_from_heading {
        e.title = meeting_in_prose(doc).as_ref().and_then(Val::of);
    }
}

/// True when a group's heading names one of its meetings, by its month or
/// number: `Example Circle June Meetup`, `Example Meetup #12`.
fn names_an_instance(head: &str) -> bool {
    head.split_whitespace().any(|w| {
        when::grammar::month(w).is_ok()
            || w.strip_prefix('#')
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// The lecture a yearly instance is of: `The 2019 Example Lecture` →
/// `Example Lecture`, `Example Memorial Lecture 2010` → `Example Memorial
/// Lecture`.
fn lecture_of_instance(c: &Clean) -> Clean {
    let t = c.text.trim_end();
    let start = YEARLY.find(t).map_or(0, |m| m.end());
    let end = match t.rsplit_once(' ') {
        Some((head, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            head.len()
        }
        _ => t.len(),
    };
    c.slice(start..end.max(start))
}

/// True when `t` names one yearly instance of a lecture, by the year
/// after its name: `Example Memorial Lecture 2010`, `THE EXAMPLE ADDRESS 1998`.
fn is_named_instance(t: &str) -> bool {
    static TRAILING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?i:the)\s+)?(?:[A-Z][^\s,;:]*\s+){1,6}(?i:lecture|address|oration)\s+(?:19|20)[0-9]{2}$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    TRAILING_YEAR.is_match(t.trim_end())
}

/// The line among the opening blocks that names one yearly instance of a
/// lecture: `The 2019 Example Lecture`, `THE 2016 EXAMPLE LECTURE IN PUBLIC
/// LAW`, `The 12th Annual Example Address`, `Example Memorial Lecture 2010`.
/// Not a talk's title, a field or running text.
fn named_instance_line(doc: &Doc, talk_titles: &[&str]) -> Option<Clean> {
    static YEARLY_LECTURE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?i:the)\s+)?(?:(?:19|20)[0-9]{2}(?:[/–-][0-9]{2,4})?|[0-9]{1,3}(?i:st|nd|rd|th)(?:\s+(?i:annual))?)\s+(?:[A-Z][^\s,;:]*\s+){1,6}(?i:lecture|address|oration)(?:\s+(?i:in|on|of|for)\s+[^:;]+)?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let blocks = doc.blocks();
    (0..blocks.len().min(16))
        .filter(|&i| doc.hits[i].is_none())
        .find_map(|i| {
            let b = blocks.get(i)?;
            if !matches!(b.kind, BlockKind::Heading(_) | BlockKind::Para) {
                return None;
            }
            let t = b.text.text.trim_end();
            let body = t.trim_start_matches(|ch: char| !ch.is_alphanumeric());
            let fits = t.split_whitespace().count() <= 14
                && !talk_titles.contains(&t)
                && (YEARLY_LECTURE.is_match(body) || is_named_instance(body));
            fits.then(|| b.text.slice(t.len() - body.len()..t.len()))
        })
}

/// The meeting a programme's opening sentences name: `this year's Workshop
/// on Example Music`, `The 3rd International Workshop on Example Studies
/// (EX 2021) takes place`, `the final programme of the Example Symposium on
/// Plant Studies 2016`. A kind word alone (`the workshop`) names none.
fn meeting_in_prose(doc: &Doc) -> Option<Clean> {
    static MEETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|\s)(?:[Tt]he|[Tt]his year['’]s|[Oo]ur)\s+((?:[0-9]{1,3}(?:st|nd|rd|th)\s+)?(?:[A-Z][^\s,;:()]*\s+){0,6}(?:Workshop|Conference|Symposium|Mini-Symposium|Minisymposium|Summer School|Winter School|Spring School|Autumn School|Congress|Summit)(?:\s+(?:on|of|for|in)\s+(?:the\s+)?[A-Z][^\s,;:()]*(?:\s+(?:(?:and|of|in|for|on|the|to|&)\s+){0,2}[A-Z][^\s,;:()]*){0,8})?(?:\s+(?:19|20)[0-9]{2})?)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let blocks = doc.blocks();
    (0..blocks.len().min(12))
        .filter(|&i| doc.hits[i].is_none())
        .filter_map(|i| blocks.get(i))
        .filter(|b| prose::is_prose(&b.text.text))
        .find_map(|b| {
            let m = MEETING.captures(&b.text.text)?.get(1)?;
            let name = m.as_str().trim_end_matches(['.', ' ']);
            // a name: words before the kind word, or its subject after it
            (name.split_whitespace().count() >= 2)
                .then(|| b.text.slice(m.start()..m.start() + name.len()))
        })
}

/// True when the talks that give a date all give the same one.
fn one_day(talks: &[TalkDraft]) -> bool {
    let mut days = talks
        .iter()
        .filter_map(|t| t.when.as_ref()?.resolved.when.date.as_deref());
    let first = days.next();
    days.all(|d| Some(d) == first)
}

/// The named occasion a sentence says the talk is part of: `as part of
/// (the) Example Science Week 2026`, `during the Example Research Day`.
fn occasion(doc: &Doc) -> Option<Clean> {
    static OCCASION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:[Aa]s part of|(?:is|are) part of|[Dd]uring|[Oo]n the occasion of)\s+(?:the\s+|our\s+|this year's\s+)?((?:[A-Z][\p{Latin}0-9_.&'-]*\s+){1,5}(?:Week|Day|Days|Festival|Summit|Month|Fair)(?:\s+(?:19|20)[0-9][0-9])?)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    doc.blocks().iter().take(30).find_map(|b| {
        let m = OCCASION.captures(&b.text.text)?.get(1)?;
        Some(b.text.slice(m.range()))
    })
}

/// The series a sentence names: `the second instance of the Example
/// meetup`, `The Example Seminar continues next week`, `Please join us for
/// next week's Example Colloquium`, `Part of the Example Lecture Series`.
/// A casual mention (`Our next ML seminar is`) is kept apart, as the last
/// resort. One pass over the blocks.
fn series_in_prose(doc: &Doc) -> ProseSeries {
    static SERIES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:instance|edition|installment|instalment|session|episode|meeting|event|part|lecture|talk|seminar) (?:of|in) (?:(?:the|our|this year's|this)\s+)?(?:(?:weekly|bi-?weekly|fortnightly|monthly|regular|informal|popular)\s+)?([A-Z][\p{Latin}0-9_.&'-]*\s+(?:(?:[A-Z][\p{Latin}0-9_.&'-]*|and|of|for|on|in|&)\s+){0,6}(?:[Mm]eetup|[Ss]eries|[Ss]eminar|[Cc]olloquium|[Ll]ecture [Ss]eries|[Ss]eminars|Tech Talks|Talks))(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // "The Example Seminar continues next week", "The Example Colloquium presents"
    static GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:[Tt]he|[Oo]ur|[Tt]his (?:week|month|term|semester)'s|[Nn]ext week's|(?:[Tt]his )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|[Tt]oday's|[Tt]omorrow's)\s+(?:next\s+)?([A-Z][\p{Latin}0-9_.&'-]*\s+(?:(?:[A-Z][\p{Latin}0-9_.&'-]*|and|of|for|on|in|&)\s+){0,6}(?:[Ss]eminar|SEMINAR|[Cc]olloquium|COLLOQUIUM|[Ss]eries|[Mm]eetup|[Ww]ebinars?|[Ll]ectures?|[Tt]alk|[Rr]eading [Gg]roup|Workshop|Lunch|LUNCH|Grand Rounds|GRAND ROUNDS|Brown Bag|BROWN BAG))(?:\s+\([^()\n]*\))?(?:\s+(?:speaker|talk|session|lecture|presenter))?\s+(?:(?:this|next) (?:week|month|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+[A-Z][a-z]+\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,)?\s+)?(?:continues|resumes|returns|presents|welcomes|meets|features|hosts|is (?:pleased|happy|proud|next|on|this|at|in|cancel+ed|postponed|one|our|a|an|the|by|given by|(?i:today|tomorrow|tonight)|back)|will (?:be|feature|take|welcome|host|meet|not)|has (?:been|moved)|(?:has|had) to be|scheduled for|was (?:scheduled|moved|cancel+ed|postponed))(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // "This week's Example Lunch Seminar speaker is" over the speaker
    static WEEKS_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:[Tt]his|[Nn]ext) (?:week|month)'s\s+([A-Z][\p{Latin}0-9_.&'-]*\s+(?:(?:[A-Z][\p{Latin}0-9_.&'-]*|and|of|for|on|in|&)\s+){0,6}(?:[Ss]eminar|[Cc]olloquium|[Ww]orkshop|Lunch|[Rr]eading [Gg]roup))\s+(?:speaker|presenter)s?\s+(?:is|are)\s*:?\s*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // "Example Saturdays is a monthly series of lectures"
    static IS_A_SERIES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?:[A-Z][\p{Latin}0-9_.&'-]*\s+){0,4}[A-Z][\p{Latin}0-9_.&'-]*)\s+is\s+an?\s+(?:[\p{Latin}0-9_-]+\s+){0,3}series(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // "Please join us for next week's Chemistry Department Colloquium"
    static JOIN_US: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?i:join us (?:(?:next|this) (?:week|month) )?(?:for|at)|welcome you to|invite you to|invited to|(?:happy|pleased|delighted) to announce)\s+(?i:the|our|this week's|next week's|today's|tomorrow's|this)\s+(?i:(?:next|first|second|third|fourth|fifth|last|final|[0-9]+(?:st|nd|rd|th))\s+)?([A-Z][\p{Latin}0-9_.&'-]*\s+(?:(?:[A-Z][\p{Latin}0-9_.&'-]*|and|of|for|on|in|&)\s+){0,6}(?:[Ss]eminar|[Cc]olloquium|[Ll]ecture [Ss]eries|[Ww]ebinar|[Rr]eading [Gg]roup|[Mm]eetup|Lunch))(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // "Our speaker in the Example Biology Seminar is", "a talk at the
    // Example Lecture Series": a capitalized name ending on a series word
    // after a preposition (not a room: "the Example Seminar Room")
    static IN_THE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:in|at|to|for) (?:the|our) ((?:[A-Z][\p{Latin}0-9_.&'-]*\s+(?:(?:and|of|on|&)\s+)?){1,5}(?:Seminar|Colloquium|Kolloquium|Lecture Series|Lectures|Lecture|Webinars?|Reading Group|Journal Club|Forum|Meetup|Community Call|Office Hours)(?: Series)?)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // a French, Spanish or Italian series named in a sentence, up to its
    // colon: "au prochain Séminaire Données et Optimisation (DAO) :"
    static ROMANCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i:au|du|le|la|al|del|il|nel|el|ao|do|dei|des|de los|degli)\s+(?i:prochain\s+|prochains\s+|próximo\s+|prossimo\s+|prossimi\s+)?(?:((?:Séminaires?|Seminarios?|Seminari|Seminário|Colloques?|Coloquio|Colloquio|Colóquio)\s+(?:(?:di|de|del|della|des|du|do|da)\s+)?\p{Lu}[^:()\n.]+?(?:\s*\([A-Z]{2,8}\))?)\s*:|((?:Séminaire|Seminario|Seminário|Colloque|Coloquio|Colloquio)\s+[A-Z][A-Z0-9-]{1,10})(?-u:\b))")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // a series word, then the name in quotes: `the series "Example
    // Talks"`, `da série "Seminários X 2025"`, `du cycle « X »`
    static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i:series|série|serie|ciclo|cycle|reihe)(?:\s+(?i:de|of|di|des|von)\s+[\p{Latin}]+)?\s+(?i:entitled\s+|called\s+|named\s+|intitulée?\s+|denominad[ao]\s+)?["“«„]\s*([\p{Lu}0-9][^"“”«»„\n]+?)\s*["”»“]"#)
            .unwrap_or_else(|_| unreachable_regex())
    });
    // every pattern holds a series word: blocks without one are passed
    // over in one pass
    static SERIES_WORDS: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "seminar",
                "colloqui",
                "series",
                "meetup",
                "webinar",
                "lecture",
                "talk",
                "reading group",
                "forum",
                "dialogues",
                "kolloquium",
                "lunch",
                "workshop",
                "community call",
                "office hours",
                "grand rounds",
                "brown bag",
                "série",
                "séminaire",
                "colloque",
                "coloquio",
                "colóquio",
                "seminário",
                "ciclo",
                "cycle",
                "reihe",
            ])
            .ok()
    });
    let mut out = ProseSeries::default();
    for b in doc.blocks() {
        let t = &b.text.text;
        if SERIES_WORDS
            .as_ref()
            .is_some_and(|ac| !ac.is_match(t.as_str()))
        {
            continue;
        }
        // the patterns for other languages and for quoted names are
        // compiled, and run, only for blocks that can hold them
        let quoted = t.contains(['"', '“', '«', '„']);
        let romance = ["Sémin", "Semin", "Collo", "Coloq", "Colóq"]
            .iter()
            .any(|w| t.contains(w));
        // (and the ones with a fixed phrase only where the phrase is)
        let is_a = t.contains(" is a") && (t.contains("series") || t.contains("Series"));
        let invites = {
            let l = Lower::new(t);
            [
                "join us",
                "welcome you",
                "invite you",
                "invited to",
                "to announce",
            ]
            .iter()
            .any(|w| l.as_str().contains(w))
        };
        // (the cheap test first: "week's speaker is")
        let weeks = (t.contains("week's") || t.contains("month's"))
            && (t.contains("speaker") || t.contains("presenter"));
        let patterns: [Option<&Regex>; 8] = [
            Some(&SERIES),
            Some(&GOES_ON),
            weeks.then(|| &*WEEKS_SPEAKER),
            is_a.then(|| &*IS_A_SERIES),
            invites.then(|| &*JOIN_US),
            Some(&PART_OF_SERIES),
            quoted.then(|| &*QUOTED),
            romance.then(|| &*ROMANCE),
        ];
        let found = patterns
            .into_iter()
            .flatten()
            .filter_map(|re| re.captures(t))
            .filter_map(|c| c.get(1).or_else(|| c.get(2)))
            .chain(
                IN_THE
                    .captures_iter(t)
                    .filter_map(|c| c.get(1))
                    .filter(|m| names_something(m.as_str()) && !names_a_room(&t[m.end()..])),
            )
            // a name does not run over a sentence end ("Colloquium. The talk")
            .filter(|m| !m.as_str().contains(". "));
        for m in found {
            // "the Example Seminar series": the series word in lower case
            // follows the name
            let name = m.as_str();
            let end = match name.strip_suffix(" series") {
                Some(head)
                    if head
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase)) =>
                {
                    m.start() + head.len()
                }
                _ => m.end(),
            };
            let val = || Val::of(&b.text.slice(m.start()..end));
            if out.any.is_none() {
                out.any = val();
            }
            // "the EEB seminar": an acronym and a kind word in lower case is
            // a casual mention; the series' full name is elsewhere
            if !casual_mention(name) {
                out.named = val();
                return out;
            }
        }
    }
    out
}

/// The series sentences name (see [`series_in_prose`]).
#[derive(Default)]
struct ProseSeries {
    /// The first name that is not a casual mention.
    named: Option<Val>,
    /// The first name of any kind, casual mentions (`Our next ML seminar`)
    /// included: the last resort, once headings and the subject have named
    /// nothing.
    any: Option<Val>,
}

/// `EEB seminar`, `ML talk`: capitals only, then a kind word in lower case.
fn casual_mention(name: &str) -> bool {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = words.pop() else {
        return false;
    };
    last.starts_with(char::is_lowercase)
        && !words.is_empty()
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// The value of the first `Series:` line, its term dropped.
fn labelled_series(doc: &Doc) -> Option<Val> {
    let i = (0..doc.blocks().len()).find(|&i| doc.label(i) == Some(Label::Series))?;
    let v = doc.hits.get(i)?.as_ref()?.value.as_ref()?;
    Val::of(&drop_series_tail(v))
}

/// The series a mail subject opens on, before the day or the speaker:
/// `Fwd: Example Seminar 10/18: A. Person`, `Example Seminar this Friday`,
/// `RESCHEDULED -- Example Grand Rounds: Dr. A. Person`, `Invitation:
/// Example Journal Club - A. Person @ Tue Mar 3`.
fn subject_series(doc: &Doc) -> Option<Val> {
    static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*(?:\[[^\]]{1,40}\]|(?i:fwd?|fw|re|reminder|update|invitation|updated invitation|today|tonight|tomorrow|this week|next week|save the date|announcement)\s*:|(?i:rescheduled|postponed|cancel+ed|room change|new date|new time|new room|change of (?:date|time|room|venue))(?:\s+(?i:today|tomorrow|tonight|this week))?\s*(?:--?|[:—–])))*\s*((?:[A-Z][\p{Latin}0-9_&'-]*\s+){1,4}(?:Seminar|Colloquium|Lecture|Webinar|Reading Group|Journal Club|Lunch Talk|Lunch|Forum|Grand Rounds|Kolloquium))(?:\s+(?i:this|next|today|tomorrow|tonight|on|with|by|featuring)(?-u:\b)|\s+[0-9]|\s*[:,]\s|\s+(?:--|[–—-])\s|\s+\()")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\s*(?:\[[^\]]{1,40}\]|(?i:fwd?|fw|re|tr|aw|wg|rv|reminder|rappel|erinnerung|recordatorio|promemoria)\s*:))*\s*")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let i = (0..doc.blocks().len()).find(|&i| doc.label(i) == Some(Label::Subject))?;
    let v = doc.hits.get(i)?.as_ref()?.value.as_ref()?;
    if let Some(m) = SUBJECT.captures(&v.text).and_then(|c| c.get(1)) {
        return Val::of(&v.slice(m.range()));
    }
    // "[liste] Séminaire d'analyse numérique – jeudi 3 octobre": a
    // series' name that opens on its kind word, then the day
    let at = PREFIX.find(&v.text).map_or(0, |m| m.end());
    let name = series_heading(&v.slice(at..v.text.len()))?;
    // (only a name that opens on its kind word: an English subject's
    // series is read above, with its words before the kind word)
    let first = name
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    [
        "séminaire",
        "seminario",
        "seminari",
        "seminário",
        "seminar",
        "coloquio",
        "colóquio",
        "colloquio",
        "kolloquium",
        "ringvorlesung",
        "colloquium",
    ]
    .contains(&first.as_str())
    .then(|| Val::of(&name))
    .flatten()
}

/// Lines that name an organizing department: `Electrical and Computer Engineering`.
fn department_line(t: &str) -> bool {
    const FIELDS: &[&str] = &[
        "engineering",
        "science",
        "sciences",
        "mathematics",
        "physics",
        "chemistry",
        "biology",
        "economics",
        "statistics",
        "psychology",
        "linguistics",
        "philosophy",
        "medicine",
        "informatics",
        "neuroscience",
        "humanities",
    ];
    let words: Vec<&str> = t.split_whitespace().take(8).collect();
    if !(1..=7).contains(&words.len()) {
        return false;
    }
    let l = Lower::new(t);
    (1..=7).contains(&words.len())
        && !t.ends_with('.')
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of" | "&" | "for")
        })
        && (words
            .last()
            .is_some_and(|w| FIELDS.contains(&Lower::new(w).as_str()))
            || l.starts_with("department of")
            || l.starts_with("school of")
            || l.starts_with("faculty of"))
}

/// Drafts the event.
pub fn draft(
    doc: &Doc,
    plan: &Plan,
    talks: &[TalkDraft],
    ctx: &when::Context,
    skip: &[Range<usize>],
) -> (EventDraft, Vec<String>) {
    let mut e = EventDraft::default();
    let (w, warnings) = event_when(doc, plan, ctx, skip);
    e.when = w;
    e.location = event_location(doc, plan, skip)
        .map(|c| with_venue_name(doc, c))
        .map(|c| c.slice(0..place::without_note(&c.text)))
        .as_ref()
        .and_then(Val::of)
        // a phrase out of a speaker's affiliation places the speaker, not the event
        .filter(|l| !within_an_affiliation(talks, &l.text));
    names(doc, plan, talks, &mut e);
    let text = doc.layout.text;
    let blocks = doc.blocks();
    // organizers: non-person hosts, organizer labels, department lines up top
    for (i, b) in blocks.iter().enumerate() {
        match doc.hits[i].as_ref() {
            Some(h) if matches!(h.label, Label::Host | Label::Organizer) => {
                let v = h
                    .value
                    .clone()
                    .or_else(|| blocks.get(i + 1).map(|n| n.text.clone()));
                if let Some(v) = v
                    && schedule::labelled_persons(&v).is_empty()
                    && !v.is_empty()
                    && v.text.split_whitespace().count() <= 12
                {
                    e.organizers.extend(Val::of(&v));
                }
            }
            None if i < plan.preamble.end.min(12)
                && b.kind == BlockKind::Para
                && department_line(&b.text.text)
                && !(i > 0 && doc.hits[i - 1].as_ref().is_some_and(|h| h.value.is_none()))
                && !is_affiliation_of_a_speaker(talks, &b.text.text) =>
            {
                e.organizers.extend(Val::of(&b.text));
            }
            _ => {}
        }
    }
    let mut seen = std::collections::HashSet::new();
    e.organizers.retain(|v| seen.insert(v.text.clone()));
    // registration
    static REGISTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:registration (?:is )?(?:required|mandatory|needed)|pre-?registration|please register|register (?:here|now|at|by|in advance|to)|must register|rsvp)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    for (i, b) in blocks.iter().enumerate() {
        let reg_label = doc.label(i) == Some(Label::Registration);
        if reg_label || REGISTER.is_match(&b.text.text) {
            e.registration_required = Some(true);
            if e.registration_url.is_none() {
                let urls = links::urls_in(text, b.span());
                if let Some(u) = urls.into_iter().find(|u| {
                    reg_label
                        || links::is_registration_url(&text[u.clone()])
                        || b.text.text.to_lowercase().contains("regist")
                }) {
                    e.registration_url = Some(Val {
                        text: text[u.clone()].to_string(),
                        span: u,
                    });
                }
            }
        }
    }
    // links: meeting links and labelled links
    for (i, b) in blocks.iter().enumerate() {
        let labelled = doc.label(i) == Some(Label::Link);
        for u in links::urls_in(text, b.span()) {
            let s = &text[u.clone()];
            if (labelled || links::is_meeting_url(s)) && !e.urls.iter().any(|v| v.text == s) {
                e.urls.push(Val {
                    text: s.to_string(),
                    span: u,
                });
            }
        }
    }
    if let Some(r) = &e.registration_url
        && !e.urls.iter().any(|v| v.text == r.text)
    {
        e.urls.push(r.clone());
    }
    // attendance
    e.attendance = attendance(
        doc,
        e.location.is_some(),
        !e.urls.iter().all(|u| !links::is_meeting_url(&u.text)),
    );
    (e, warnings)
}

/// Online, in person or hybrid, from what the text says.
fn attendance(doc: &Doc, has_place: bool, has_meeting_link: bool) -> Option<Attendance> {
    // and in French, Spanish, Italian, Portuguese ("com transmissão
    // simultânea", "et en ligne", "in diretta streaming")
    static ONLINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:via zoom|on zoom|zoom (?:link|meeting|webinar)|join (?:the )?zoom|webinar|virtual(?:ly)? (?:event|meetup|seminar|talk|workshop|meeting)|\[virtual\]|(?:held|take place|will be) (?:online|virtual)|online (?:only|event|seminar|talk|meetup)|ms teams|microsoft teams|google meet|webex|live[- ]?stream(?:ed|ing)?|(?:the|a) (?:live )?stream|webcast|broadcast|to follow (?:the [\p{Latin}0-9_]+ )?online|moving online|from home|virtual attendees|remote (?:folks|attendees|participants|attendance)|dial[- ]in|join (?:us )?(?:online|remotely)|hybrid\s+(?:event|format|seminar|talk|meeting|session|mode)|transmiss[ãa]o\s+(?:simult[âa]nea|ao\s+vivo|online|pelo|pela|no|via)|transmisi[óo]n\s+(?:en\s+(?:vivo|directo)|simult[áa]nea|online|por|v[íi]a)|en\s+ligne|en\s+l[íi]nea|retransmis[ea]?|(?:en|in)\s+streaming|in\s+diretta)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static IN_PERSON: LazyLock<Regex> = LazyLock::new(|| {
        // and in French, German, Spanish, Italian ("findet in Präsenz statt")
        Regex::new(r"(?i)(?-u:\b)(?:in[- ]person|in präsenz|präsenzveranstaltung|en présentiel|presencial|presencialmente|en persona|in presenza)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:no|not|never|without|nor|keine?|sans|sin|senza|sem)\s+(?:be\s+|a\s+|any\s+)?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static ONLY_IN_PERSON: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:in[- ]person only|only in[- ]person|in[- ]person[- ]only|no (?:online|virtual|remote) (?:option|attendance|participation))")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let text = doc.layout.text;
    // a place given as "Online, free, link below", "Zoom (link to follow)"
    let online_place = doc.hits.iter().flatten().any(|h| {
        h.label == Label::Place
            && h.value.as_ref().is_some_and(|v| {
                let l = v.text.trim_start().to_lowercase();
                place::ONLINE_WORDS.iter().any(|w| {
                    l.strip_prefix(w)
                        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
                })
            })
    });
    // "there is no livestream", "will not be streamed", "keine Übertragung"
    let negated = |at: usize| {
        let before = text.get(at.saturating_sub(24)..at).unwrap_or("");
        NEGATION.is_match(before)
    };
    let online =
        ONLINE.find_iter(text).any(|m| !negated(m.start())) || has_meeting_link || online_place;
    // "in person only": whatever else the text mentions
    if ONLY_IN_PERSON.is_match(text) {
        return Some(Attendance::InPerson);
    }
    let in_person = IN_PERSON.is_match(text);
    match (online, has_place || in_person) {
        (true, true) => Some(Attendance::Hybrid),
        (true, false) => Some(Attendance::Online),
        (false, _) if in_person => Some(Attendance::InPerson),
        _ => None,
    }
}

/// The affiliations given to the speakers of `talks`.
fn speaker_affiliations(talks: &[TalkDraft]) -> impl Iterator<Item = &str> {
    talks
        .iter()
        .flat_map(|t| &t.speakers)
        .filter_map(|p| p.affiliation.as_ref())
        .map(|a| a.text.as_str())
}

/// True when `text` is the affiliation already given to a speaker (the
/// line under `Speaker:`), which is not an organizer.
fn is_affiliation_of_a_speaker(talks: &[TalkDraft], text: &str) -> bool {
    speaker_affiliations(talks).any(|a| a == text.trim())
}

/// True when `text` is part of a speaker's affiliation as assembled
/// (`Udaipur Solar Observatory, Physical Research Laboratory, India`).
fn within_an_affiliation(talks: &[TalkDraft], text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && speaker_affiliations(talks).any(|a| a.contains(text))
}

/// The series a page's YAML front matter names: a `series:`, `parent:` or
/// `category:` value that names a kind of event (`Example Seminar Talks` →
/// `Example Seminar`: a trailing collective word goes when a kind word stays).
fn front_matter_series(doc: &Doc) -> Option<Clean> {
    static KEY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^(?:series|parent|category|event_series)\s*:\s*["']?([^"'\n]+?)["']?\s*$"#)
            .unwrap_or_else(|_| unreachable_regex())
    });
    static TRAILING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:talks|sessions|events|archive|past talks)$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let text = doc.layout.text;
    for line in doc
        .layout
        .lines
        .iter()
        .filter(|l| l.kind == crate::layout::LineKind::Meta)
    {
        let raw = text.get(line.range.clone()).unwrap_or("");
        let Some(m) = KEY.captures(raw).and_then(|c| c.get(1)) else {
            continue;
        };
        let value = m.as_str();
        let kept = match TRAILING.find(value) {
            Some(t) if kind::kind_in(&value[..t.start()]).is_some() => &value[..t.start()],
            _ => value,
        };
        if kind::kind_in(kept).is_none() && !kept.to_lowercase().contains("series") {
            continue;
        }
        let start = line.range.start + m.start();
        return Some(doc.layout.clean(start..start + kept.len(), Mode::Inline));
    }
    None
}

/// `Part of the X event series`, `A talk in the X lecture series`: X. A
/// capitalized `Series` belongs to the name (`the X Lecture Series in Y`),
/// which other rules read whole.
static PART_OF_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:part of|in|of) (?i:the|our) ((?:[A-Z][\p{Latin}0-9_.&'-]*\s+){0,5}[A-Z][\p{Latin}0-9_.&'-]*) (?:event |lecture |seminar |talk |webinar |speaker )?series(?-u:\b)|(?i:part of) (?i:the|our) \[?((?:[A-Z][\p{Latin}0-9_.&'-]*\s+){0,5}(?:Lectures|Seminars|Colloquia|Colloquium|Seminar|Talks|Webinars|Dialogues|Forum|Series)(?:\s+(?:in|on|of|for)\s+(?:the\s+)?[A-Z][\p{Latin}0-9_.&'-]*(?:\s+(?:(?:and|&|of|the)\s+)?[A-Z][\p{Latin}0-9_.&'-]*){0,4})?)(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// A line addressed to a list's readers rather than naming anything:
/// `Apologies for cross-posting`, `Dear all,`, `Quick reminder: today!`.
/// True when `t` is the call or notice a banner opens on, not the event's
/// name: `CALL FOR PAPERS`, `Call for Abstracts`, `Save the date`, `Second
/// announcement`.
fn is_call_line(t: &str) -> bool {
    static CALL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[^a-z0-9]*(?:(?:final |last |second |2nd |first |1st )?call for (?:papers|abstracts|participation|contributions|posters|proposals|submissions|registration)|cfp|save the date|(?:first|second|third|final|1st|2nd|3rd) (?:announcement|call)|announcement)[^a-z0-9]*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    CALL.is_match(t)
}

fn is_notice_to_readers(t: &str) -> bool {
    static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?-i:[^\p{Latin}0-9])*(?:apologies|sorry for|please (?:forward|distribute|circulate|excuse)|dear|hi|hello|greetings|quick reminder|reminder|friendly reminder|fyi|(?:re)?posted (?:on behalf|for))(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    NOTICE.is_match(t)
}

/// A short handle for an event: `Example@Conf-2025`, `Example@ Conf2022`.
fn is_handle(t: &str) -> bool {
    let t = t.trim();
    t.split_whitespace().count() <= 3
        && t.split_once('@')
            .is_some_and(|(a, b)| !a.trim().is_empty() && !b.trim().is_empty())
}

/// A site's short name for a yearly event: `TML4H 2023`, `BCDS 2025`,
/// `EXCONF'24`: an acronym (capitals and digits) and a year.
fn is_acronym_year(t: &str) -> bool {
    let t = t.trim();
    let (name, year) = match t.rsplit_once([' ', '\'', '’']) {
        Some(parts) => parts,
        None => return false,
    };
    let digits = year.chars().all(|c| c.is_ascii_digit());
    (year.len() == 4 && (year.starts_with("19") || year.starts_with("20")) || year.len() == 2)
        && digits
        && (2..=10).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && name.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The first line within a few blocks after `at` that spells an event's
/// name out: a heading that is not generic, or a line naming a workshop,
/// conference or symposium; no prose, date or talk title.
fn spelled_out_name(doc: &Doc, at: usize, talk_titles: &[&str]) -> Option<Clean> {
    let blocks = doc.blocks();
    (at + 1..blocks.len().min(at + 8)).find_map(|i| {
        let b = &blocks[i];
        let t = b.text.text.as_str();
        let words = t.split_whitespace().count();
        let named = b.is_heading()
            || kind::kind_in(t)
                .is_some_and(|k| matches!(k, Kind::Workshop | Kind::Conference | Kind::Symposium));
        (doc.hits[i].is_none()
            && named
            && (3..=20).contains(&words)
            && !generic_heading(t)
            && !prose::is_prose(t)
            && !talk_titles.contains(&t)
            && doc.exprs(i).iter().all(|e| !e.has_date() && !e.has_time()))
        .then(|| b.text.clone())
    })
}

/// A heading that names a recurring series: a few capitalized words ending
/// on a series word (`Seminar`, `Colloquium`, `Reading Group`, `Webinars`,
/// `Lunch`, `Dialogues`), a term after a dash dropped.
pub(crate) fn series_heading(c: &Clean) -> Option<Clean> {
    // name words, joined by spaces or a dash ("X Chapter - Distinguished
    // Webinar", "X Lab — Seminars"), ending in a series word; then perhaps a
    // season or year ("— Fall 2008", ", Fall 2021"), or a notice after a dash
    // ("- NOTE CHANGE OF ROOM", "-- CANCELLED"). What the series is about may
    // follow its series word ("Online Seminar on Stochastic Networks", "The
    // Example Lectures in the History of Science"); a term after a dash
    // ("– Wintersemester 2019/20", "-- SPRING 2025") is dropped.
    static NAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(((?:(?:SPRING|SUMMER|FALL|AUTUMN|WINTER|Spring|Summer|Fall|Autumn|Winter)\s+[0-9]{4}\s+)?(?:[A-Z][\p{Latin}0-9_.&'-]*\s+|&\s+|and\s+|of\s+|in\s+|[—–-]\s+){0,6}(?:[A-Z][\p{Latin}]*-)?(?:[A-Z][\p{Latin}]*(?:seminar|kolloquium)|(?i:seminars?|colloquium|colloquia|kolloquium|reading group|journal club|webinars?|lecture series|lectures|(?:distinguished|memorial|annual|public) lecture|lunch|talks|dialogues|forum|meetup|series|grand rounds|brown[- ]bag|fireside chats?)))(?:\s+(?:in|on|of|for|IN|ON|OF|FOR)\s+(?:the\s+|THE\s+)?[A-Z][\p{Latin}0-9_.&'-]*(?:\s+(?:(?:and|of|in|the|AND|OF|IN|THE|&)\s+)?[A-Z][\p{Latin}0-9_.&'-]*){0,4})?(?:\s+\([A-Z][A-Za-z]{1,9}\))?)(?:\s*(?:#|No\.\s?)[0-9]{1,4}|\s*(?:--|[·|—–-])\s*(?i:episode|session|part|no\.)\s*[0-9]{1,4}|\s*·\s*(?i:webinar|seminar|talk|lecture|online|in person|hybrid|livestream))?(?:\s*(?:[,—–·•|]|-{1,2})\s*(?i:(?:spring|summer|fall|autumn|winter)\s+(?:(?:term|semester|quarter)\s+)?|(?:michaelmas|hilary|trinity|lent|easter)\s+term\s+|(?:winter|sommer|summer)semester\s+|(?:ws|ss)\s+)?[0-9]{4}(?:[/–-][0-9]{2,4})?(?:\s+(?i:schedule|programme|program|calendar|line-?up))?|\s+(?:19|20)[0-9]{2}|\s+(?i:im|in)\s+(?i:(?:winter|sommer)semester|(?:spring|summer|fall|autumn|winter)(?:\s+(?:term|semester))?)\s+[0-9]{4}(?:/[0-9]{2,4})?|\s+[—–|-]+\s+(?:[A-Z][a-z]+\s+){1,3}(?i:edition|session|meeting))?(?:\s+[—–-]+\s+(?i:note|notice|reminder|change|cancel+ed|postponed|rescheduled|update|new (?:time|date|room|place)|special|(?:double|joint|extra) session)[^\n]*)?\s*[^\p{Latin}0-9_]*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // leading decoration ("*** AI SEMINAR ***"), "The 2025 …" of a named
    // yearly instance, "Next week's …" of the next meeting
    let lead = c.text.len()
        - c.text
            .trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .len();
    let rest = &c.text[lead..];
    let skip = YEARLY
        .find(rest)
        .map(|m| m.end())
        .or_else(|| {
            [
                "Next week's ",
                "This week's ",
                "Today's ",
                "Tomorrow's ",
                // an invitation to the series' meeting
                "Einladung zum ",
                "Einladung zur ",
                "Invitation to the ",
                "Invitation au ",
                "Invitación al ",
            ]
            .iter()
            .find(|d| rest.starts_with(*d))
            .map(|d| d.len())
        })
        .unwrap_or(0);
    let whole = rest[skip..].trim_end();
    // "EXAMPLE COLLEGE -- PHYSICS COLLOQUIUM": the institution, then its
    // series (not "Department of X -- Colloquium Series", whose series
    // word names nothing alone)
    for sep in [" -- ", " — ", " – ", " | "] {
        if let Some((head, tail)) = whole.split_once(sep)
            && people::has_org_word(head)
            && kind::kind_in(head).is_none()
            && let at = lead + skip + head.len() + sep.len()
            && let Some(t) = series_heading(&c.slice(at..at + tail.len()))
            && names_something(&t.text)
        {
            return Some(t);
        }
    }
    // a banner with the day at its end ("THEORY LUNCH        Wed 3/17/99"),
    // looked for only when the line does not read as a name whole
    let banner = || {
        let e = when::scan(whole).into_iter().last()?;
        (e.range.end >= whole.len() && e.has_date() && e.range.start > 0)
            .then(|| whole[..e.range.start].trim_end())
    };
    // "Physics Colloquium: Quantum Simulation with Atom Arrays": the
    // series, then the talk's title after a colon
    let before_colon = || {
        let (head, rest) = whole.split_once(": ")?;
        (rest.split_whitespace().count() >= 2).then_some(head)
    };
    let (t, caps) = match NAME.captures(whole) {
        Some(caps) => (whole, Some(caps)),
        None => match whole
            .ends_with(|c: char| c.is_ascii_digit())
            .then(banner)
            .flatten()
        {
            Some(cut) => (cut, NAME.captures(cut)),
            None => match before_colon() {
                Some(head) => (head, NAME.captures(head)),
                None => (whole, None),
            },
        },
    };
    // Romance and German names open on the kind word: "Séminaire de
    // l'équipe X — avril 2023", "Coloquio del Departamento de Matemáticas"
    static OPENS_ON_KIND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^((?i:séminaire|seminario|seminari|seminário|coloquio|colóquio|colloquio|kolloquium|ringvorlesung|série de (?:webinários|seminários|palestras|séminaires|conférences)|ciclo de (?:conferencias|seminarios|webinars|palestras|seminários)|cycle de (?:conférences|séminaires)|ciclo di seminari)s?\s+(?i:de l['’]|d['’]|do |da |dos |das |dell['’]|de la |del |de |des |du |di |della |der |für )([\p{Latin}0-9'’ &.—–-]{2,}?))\s*(?:[0-9]{4}(?:/[0-9]{1,2})?|[—–-]{1,2}\s+[^\n]*[0-9][^\n]*|\s[—–-]{1,2}\s+(?:Universi|Institut|Facul|Escola|Escuela|École|Centro|Centre)[^\n]*|\s[(,].*)?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let Some(caps) = caps else {
        let caps = OPENS_ON_KIND.captures(t)?;
        // the name after the kind word runs 2 to 60 characters (checked
        // here rather than with a counted repetition, which made the
        // pattern several times costlier to compile)
        let m = caps.get(1).filter(|_| {
            caps.get(2)
                .is_some_and(|n| n.as_str().chars().count() <= 60)
        })?;
        let at = lead + skip + m.start();
        return (m.as_str().split_whitespace().count() <= 8).then(|| c.slice(at..at + m.len()));
    };
    let m = caps.get(1)?;
    let base = caps.get(2)?.as_str();
    let name = m.as_str().trim_end_matches([' ', '-', '—', '–']);
    // a kind word alone ("Seminar", "Talks", "Lectures on Topology") names
    // no series, nor do kind words with generic ones ("PLENARY LECTURES",
    // "Talks and Lectures")
    let named = names_something(base);
    let at = lead + skip + m.start();
    // a German compound names its subject in one word: "Informatik-Kolloquium",
    // "Oberseminar"
    let compound = base.split_whitespace().next_back().is_some_and(|w| {
        let l = w.to_lowercase();
        (l.ends_with("kolloquium") || l.ends_with("seminar"))
            && !matches!(l.as_str(), "kolloquium" | "seminar")
    });
    let words = base.split_whitespace().count() + usize::from(compound);
    (words >= 2 && named).then(|| c.slice(at..at + name.len()))
}

/// The first line among the document's opening blocks (before `end`) that is a series
/// name standing alone ([`series_heading`]): a heading, a paragraph or the
/// first line of one; not a menu item, a table row, a field or a talk title.
fn preamble_series(doc: &Doc, end: usize, talk_titles: &[&str]) -> Option<Clean> {
    let blocks = doc.blocks();
    (0..blocks.len().min(end))
        .filter(|&i| doc.hits[i].is_none())
        .filter_map(|i| blocks.get(i))
        .filter(|b| matches!(b.kind, BlockKind::Heading(_) | BlockKind::Para))
        .filter(|b| !talk_titles.contains(&b.text.text.as_str()) && !prose::is_prose(&b.text.text))
        .find_map(|b| {
            series_heading(&b.text).or_else(|| {
                let first = b.parts.first().filter(|_| b.parts.len() > 1)?;
                series_heading(&doc.layout.clean(first.clone(), Mode::Inline))
            })
        })
}

/// True when the text after a name ending on a series word goes on with
/// more of a name or a room word (`Seminar Room`, `Colloquium Hall`).
fn names_a_room(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    next.starts_with(char::is_uppercase)
        || [
            "room", "hall", "building", "theatre", "theater", "office", "space",
        ]
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w))
}

/// True when a series name has a word of its own besides kind words and
/// generic ones (`Example Seminar`, not `PLENARY LECTURES`).
fn names_something(name: &str) -> bool {
    const GENERIC: &[&str] = &[
        "talk",
        "talks",
        "lecture",
        "lectures",
        "seminar",
        "seminars",
        "webinar",
        "webinars",
        "colloquium",
        "colloquia",
        "and",
        "&",
        "of",
        "plenary",
        "invited",
        "keynote",
        "public",
        "special",
        "guest",
        "upcoming",
        "past",
        "previous",
        "next",
        "all",
        "featured",
        "our",
        "the",
        "lunch",
        "forum",
        "series",
        "department",
        "departmental",
        "weekly",
        "monthly",
        "joint",
        "regular",
        "fall",
        "spring",
        "summer",
        "winter",
        "autumn",
    ];
    name.split_whitespace()
        .any(|w| !GENERIC.contains(&w.to_lowercase().as_str()))
}

/// An ordinal spelled out or an edition's word: `Second`, `Annual`,
/// `International`: the words that make a workshop one meeting.
static ORDINAL_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|international|inaugural|biennial|summer|winter|spring|autumn|fall)(?-u:\b)")
        .unwrap_or_else(|_| unreachable_regex())
});

/// A line inviting to a meeting named on the line below: `Einladung zum
/// Workshop`, `Invitation to the symposium`, `Invitación al taller`.
static INVITATION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:einladung\s+zu[mr]?|invitation\s+(?:to|au|à)|invitación\s+al?|invito\s+al?|uitnodiging\s+voor)(?:\s+(?:the|a|an|la|le|el|il|de|het|einem|einer|dem|der))?\s+(?:[\w-]+\s+)?(?:workshop|symposium|symposion|conference|tagung|konferenz|kolloquium|studientag|colloque|journée d'études?|taller|jornada|convegno|congresso|seminar|séminaire)\s*:?$")
        .unwrap_or_else(|_| unreachable_regex())
});

/// A meeting of a series with more than one talk: `DOUBLE SESSION`,
/// `Double header`, `joint session`.
static DOUBLE_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:double|joint|special|extra)[\s-]+(?:session|header|feature|bill)(?-u:\b)",
    )
    .unwrap_or_else(|_| unreachable_regex())
});

/// `The 2025 `, `The 12th Annual `: the instance before a series name.
static YEARLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:the)\s+)?(?:(?:19|20)[0-9][0-9]|[0-9]{1,3}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-[a-z]+|thirtieth|fortieth|fiftieth))\s+(?:(?i:annual)\s+)?")
        .unwrap_or_else(|_| unreachable_regex())
});

/// True when block `i` is a table row right under a header row whose cells
/// are labels (`Date  Time  Location`), and no other row follows it: the
/// event's own details laid out as a table.
pub(crate) fn under_label_header(doc: &Doc, i: usize) -> bool {
    let blocks = doc.blocks();
    let Some(head) = i.checked_sub(1).and_then(|h| blocks.get(h)) else {
        return false;
    };
    let labelled = head
        .cells
        .iter()
        .filter(|c| !c.is_empty())
        .filter(|c| crate::fields::labels::label_of(&c.text).is_some())
        .count();
    head.kind == BlockKind::Row
        && labelled >= 2
        && labelled * 2 >= head.cells.iter().filter(|c| !c.is_empty()).count()
        && blocks.get(i + 1).is_none_or(|n| n.kind != BlockKind::Row)
}

#[cfg(test)]
mod name_tests {
    use super::*;
    use crate::layout::markup::clean;

    fn c(s: &str) -> Clean {
        clean(s, 0..s.len(), Mode::Inline)
    }

    #[test]
    fn calls_and_notices_are_not_names() {
        for t in [
            "CALL FOR PAPERS",
            "Call for Abstracts",
            "*** Final Call for Participation ***",
            "Save the Date!",
            "Second Announcement",
            "CfP",
        ] {
            assert!(is_call_line(t), "{t}");
        }
        for t in [
            "Call for Papers: 9th Example Conference on Household Finance",
            "9th Example Conference on Household Finance and Inequality",
            "Announcements and News",
        ] {
            assert!(!is_call_line(t), "{t}");
        }
    }

    #[test]
    fn yearly_lectures_are_named_by_their_year() {
        for (t, lecture) in [
            (
                "Example Memorial Lecture 2010",
                Some("Example Memorial Lecture"),
            ),
            ("THE EXAMPLE ADDRESS 1998", Some("THE EXAMPLE ADDRESS")),
            ("The 2019 Example Colbourne Lecture", None),
            ("Physics Colloquium 2008", None),
            ("Lecture notes 2010", None),
        ] {
            assert_eq!(is_named_instance(t), lecture.is_some(), "{t}");
        }
        for (t, lecture) in [
            (
                "The 2019 Example Colbourne Lecture",
                "Example Colbourne Lecture",
            ),
            (
                "THE 2016 EXAMPLE LECTURE IN PUBLIC LAW",
                "EXAMPLE LECTURE IN PUBLIC LAW",
            ),
            ("Example Memorial Lecture 2010", "Example Memorial Lecture"),
            ("The 12th Example Address", "Example Address"),
        ] {
            assert_eq!(lecture_of_instance(&c(t)).text, lecture, "{t}");
        }
    }

    #[test]
    fn a_group_names_one_meeting_by_its_month_or_number() {
        for (t, one) in [
            ("Example Circle June Meetup", true),
            ("Example Meetup #12", true),
            ("Example Circle Meetup", false),
            ("Example Meetup No 12", false),
            ("Mayfield Meetup", false),
        ] {
            assert_eq!(names_an_instance(t), one, "{t}");
        }
    }

    #[test]
    fn a_series_name_ends_on_its_series_word() {
        for (t, name) in [
            (
                "EXAMPLE WEBINAR SERIES | Supply Chain Edition",
                "EXAMPLE WEBINAR SERIES",
            ),
            (
                "Example Lecture Series – Spring 2026",
                "Example Lecture Series",
            ),
            (
                "AI SEMINAR SERIES -- FALL 1997 -- THIS WEEK",
                "AI SEMINAR SERIES",
            ),
            (
                "Example Series on Rivers and Empire",
                "Example Series on Rivers and Empire",
            ),
        ] {
            assert_eq!(drop_series_tail(&c(t)).text, name, "{t}");
        }
    }

    #[test]
    fn venue_lines_are_read_whole() {
        let table = [
            (
                "Seminar Room 3, Level 2, Example Institute of Public Health",
                Some("Seminar Room 3, Level 2, Example Institute of Public Health"),
            ),
            (
                "Room LG.04, Example Building, Example University",
                Some("Room LG.04, Example Building, Example University"),
            ),
            (
                "Example Hall 101, Example University (Zoom for off-campus students: https://",
                Some("Example Hall 101, Example University"),
            ),
            // a campus's initials are not part of the venue
            (
                "Student Center, Room 207, CMU",
                Some("Student Center, Room 207"),
            ),
            (
                "Example Auditorium, Museum of Example, Providence, RI",
                Some("Example Auditorium, Museum of Example, Providence, RI"),
            ),
            // a faculty that reads as a name, and the town after a street
            // and number
            (
                "Example Auditorio, Facultad de Ingeniería, Av. Costanera 2150, Puerto Alvear",
                Some(
                    "Example Auditorio, Facultad de Ingeniería, Av. Costanera 2150, Puerto Alvear",
                ),
            ),
            // one piece, a sentence, or a person are no venue line
            ("Room 207", None),
            ("Example Hall 101, Ada Lovelace", None),
            ("Coffee in the lounge, Room 207, beforehand.", None),
            ("Dr. Ada Example, Example University", None),
        ];
        for (line, want) in table {
            assert_eq!(
                venue_line(&c(line)).map(|v| v.text).as_deref(),
                want,
                "{line}"
            );
        }
    }

    #[test]
    fn series_headings_name_a_recurring_series() {
        let table = [
            (
                "Applied Mathematics Seminar",
                Some("Applied Mathematics Seminar"),
            ),
            (
                "Physics & Astronomy Colloquium — Fall 2008",
                Some("Physics & Astronomy Colloquium"),
            ),
            (
                "Séminaire d'analyse numérique – jeudi 3 octobre",
                Some("Séminaire d'analyse numérique"),
            ),
            (
                "EXAMPLE COLLEGE -- PHYSICS COLLOQUIUM",
                Some("PHYSICS COLLOQUIUM"),
            ),
            (
                "Eleventh Annual Example Memorial Lecture",
                Some("Example Memorial Lecture"),
            ),
            ("FALL PUBLIC LECTURE", None),
            (
                "EXAMPLE HUB FIRESIDE CHATS",
                Some("EXAMPLE HUB FIRESIDE CHATS"),
            ),
            (
                "QUANTUM INFORMATION SEMINAR -- DOUBLE SESSION",
                Some("QUANTUM INFORMATION SEMINAR"),
            ),
            (
                "Causal Inference Reading Group",
                Some("Causal Inference Reading Group"),
            ),
            ("THEORY LUNCH", Some("THEORY LUNCH")),
            (
                "CICLO DE SEMINÁRIOS DO PPGEX 2019/2",
                Some("CICLO DE SEMINÁRIOS DO PPGEX"),
            ),
            (
                "SPRING 2016 LECTURE SERIES",
                Some("SPRING 2016 LECTURE SERIES"),
            ),
            (
                "EXAMPLE JOURNAL CLUB -- Fall 2025 schedule",
                Some("EXAMPLE JOURNAL CLUB"),
            ),
            (
                "Example Hardware Webinars 2026",
                Some("Example Hardware Webinars"),
            ),
            (
                "Example Distinguished Lecture Series, 2026-27",
                Some("Example Distinguished Lecture Series"),
            ),
            (
                "Einladung zum Informatik-Kolloquium",
                Some("Informatik-Kolloquium"),
            ),
            (
                "Seminari di Matematica Applicata",
                Some("Seminari di Matematica Applicata"),
            ),
            (
                "EXAMPLE LECTURE SERIES IN ARCHITECTURE",
                Some("EXAMPLE LECTURE SERIES IN ARCHITECTURE"),
            ),
            (
                "EXAMPLE ANALYTICS WEBINAR SERIES | Supply Chain Edition",
                Some("EXAMPLE ANALYTICS WEBINAR SERIES"),
            ),
            (
                "Quantum Information Seminar · Spring 2026",
                Some("Quantum Information Seminar"),
            ),
            (
                "PHONETICS AND LINGUISTICS RESEARCH SEMINAR -- SPRING TERM 1998",
                Some("PHONETICS AND LINGUISTICS RESEARCH SEMINAR"),
            ),
            (
                "Medieval History Seminar, Michaelmas Term 2023",
                Some("Medieval History Seminar"),
            ),
            ("Informatik-Kolloquium", Some("Informatik-Kolloquium")),
            (
                "Archives of Weather Webinar Series -- Session 14",
                Some("Archives of Weather Webinar Series"),
            ),
            (
                "Série de Webinários do PPG em Ecologia -- Universidade Federal",
                Some("Série de Webinários do PPG em Ecologia"),
            ),
            (
                "Geographisches Kolloquium im Wintersemester 2024/25",
                Some("Geographisches Kolloquium"),
            ),
            (
                "Machine Learning Reading Group (MLRG) — Spring 2025",
                Some("Machine Learning Reading Group (MLRG)"),
            ),
            (
                "Physics Colloquium: Quantum Simulation with Neutral-Atom Arrays",
                Some("Physics Colloquium"),
            ),
            ("Oberseminar Algebra", None),
            (
                "Mathematisches Oberseminar",
                Some("Mathematisches Oberseminar"),
            ),
            (
                "EXAMPLE THEORY LUNCH          Wed 3/17/99",
                Some("EXAMPLE THEORY LUNCH"),
            ),
            (
                "*** AI SEMINAR - NOTE CHANGE OF ROOM ***",
                Some("AI SEMINAR"),
            ),
            (
                "EXAMPLE SIGNAL PROCESSING CHAPTER - DISTINGUISHED WEBINAR",
                Some("EXAMPLE SIGNAL PROCESSING CHAPTER - DISTINGUISHED WEBINAR"),
            ),
            (
                "Example Ecology Lab — Seminars, Fall 2021",
                Some("Example Ecology Lab — Seminars"),
            ),
            (
                "The 2025 Example Distinguished Lecture",
                Some("Example Distinguished Lecture"),
            ),
            (
                "Online Seminar on Stochastic Networks",
                Some("Online Seminar on Stochastic Networks"),
            ),
            (
                "The Example Lectures in the History of Science",
                Some("The Example Lectures in the History of Science"),
            ),
            (
                "Mathematisches Kolloquium – Wintersemester 2019/20",
                Some("Mathematisches Kolloquium"),
            ),
            (
                "GEOMETRY & TOPOLOGY SEMINAR -- SPRING 2025",
                Some("GEOMETRY & TOPOLOGY SEMINAR"),
            ),
            (
                "Next week's Quantum Example Seminar:",
                Some("Quantum Example Seminar"),
            ),
            ("Lectures on Algebraic Geometry", None),
            (
                "Séminaire de l'équipe Example — avril 2023",
                Some("Séminaire de l'équipe Example"),
            ),
            (
                "Séminaire de l'équipe Example — EXLAB",
                Some("Séminaire de l'équipe Example — EXLAB"),
            ),
            (
                "Coloquio del Departamento de Matemáticas",
                Some("Coloquio del Departamento de Matemáticas"),
            ),
            (
                "Example Software Webinars · Episode 14",
                Some("Example Software Webinars"),
            ),
            ("EXAMPLE GRAND ROUNDS", Some("EXAMPLE GRAND ROUNDS")),
            (
                "ExampleSilicon Tech Talks · Webinar",
                Some("ExampleSilicon Tech Talks"),
            ),
            ("PLENARY LECTURES", None),
            (
                "# Example Rustaceans Meetup #31 — October Edition",
                Some("Example Rustaceans Meetup"),
            ),
            (
                "Example Biology Seminar Series",
                Some("Example Biology Seminar Series"),
            ),
            ("Seminar Series", None),
            ("Talks and Lectures", None),
            ("Keynote Lecture", None),
            ("Seminar", None),
            ("Learning Terrain Models from Sparse Range Data", None),
            ("Talks", None),
        ];
        for (text, want) in table {
            let got = series_heading(&c(text));
            assert_eq!(got.as_ref().map(|g| g.text.as_str()), want, "{text}");
        }
    }

    #[test]
    fn acronyms_with_a_year_stand_for_a_name() {
        for t in ["TML4H 2023", "BCDS 2025", "EXCONF'24", "NeurIPS 2024"] {
            assert!(is_acronym_year(t), "{t}");
        }
        for t in [
            "Example Workshop 2024",
            "Room 2024",
            "AB",
            "2024",
            "Fall 2023",
        ] {
            assert!(!is_acronym_year(t), "{t}");
        }
    }

    #[test]
    fn handles_are_short_at_names() {
        assert!(is_handle("ExampleAction@ CONF2022"));
        assert!(is_handle("Workshop@XYZC-2025"));
        assert!(!is_handle("Write to talks@example.org for the slides"));
        assert!(!is_handle("Workshop on Learning"));
    }
}
