//! The analysed document every later stage reads: layout plus the label
//! found on each block.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use crate::rx::Regex;

use crate::fields::{people, when};

use crate::fields::labels::{self, Label};
use crate::layout::{Block, BlockKind, Clean, Layout};

/// The line that opens a forwarded or quoted message in a mail body.
static FORWARD_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[-_\s]*(?:-{2,}\s*(?:forwarded message|original message|mensagem encaminhada|mensaje reenviado|message transf[ée]r[ée]|weitergeleitete nachricht|messaggio inoltrato|mensagem original|mensaje original|message d'origine|urspr[üu]ngliche nachricht|messaggio originale)\s*-*|begin forwarded message:?)\s*$")
        .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
});

/// A mail header line: `From: …`, `Sent: …`, `Date: …`, and the same in
/// the languages of mail clients (`De:`, `Von:`, `Assunto:`, `Objet :`).
static MAIL_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:from|sent|date|to|cc|subject|reply-to|de|da|von|data|datum|fecha|enviado|envoyé|gesendet|inviato|para|à|a|an|per|assunto|asunto|objet|betreff|oggetto|cc|cci|bcc|från|skickat|till|ämne|van|verzonden|aan|onderwerp|od|wysłano|do|temat)\s*:")
        .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
});

/// A label found on a block.
#[derive(Clone, Debug)]
pub struct Hit {
    /// What the label announces.
    pub label: Label,
    /// The value written after the label on the same block, if any.
    pub value: Option<Clean>,
    /// True when the block is a heading (its value is the section below).
    pub heading: bool,
}

/// The key of a reStructuredText field (`:date: 2017-10-30` → `date`).
fn field_key(t: &str) -> Option<&str> {
    let rest = t.strip_prefix(':')?;
    let (key, _) = rest.split_once(':')?;
    (!key.is_empty()
        && key.len() <= 20
        && key
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '_' || c == '-'))
    .then_some(key)
}

/// A document ready for segmentation.
#[derive(Debug)]
pub struct Doc<'t> {
    /// Lines and blocks.
    pub layout: Layout<'t>,
    /// The label of each block, if it has one.
    pub hits: Vec<Option<Hit>>,
    /// The time expressions of each block's cleaned text, scanned once on first use.
    exprs: Vec<OnceLock<Vec<when::Expr>>>,
    /// Each block's text read as a person line, once on first use.
    persons: Vec<OnceLock<Option<people::PersonParts>>>,
    /// The names in each block's text, once on first use.
    names: Vec<OnceLock<Vec<people::NameAt>>>,
    /// The block that marks a message forwarded or quoted in the body
    /// (`---------- Forwarded message ---------`): the prose above it is the
    /// forwarder's note.
    pub forward_mark: Option<usize>,
}

impl<'t> Doc<'t> {
    /// Analyses `text`.
    pub fn new(text: &'t str) -> Doc<'t> {
        let layout = Layout::new(text);
        let mut hits: Vec<Option<Hit>> = layout.blocks.iter().map(hit).collect();
        // A bare "Abstract:" closing a block of header fields (mail-style
        // posts: "Type:", "Dates:", "PostedBy:", "Abstract:") introduces the
        // body of the post, not the talk's abstract.
        for i in 1..hits.len() {
            let bare_abstract = hits[i]
                .as_ref()
                .is_some_and(|h| h.label == Label::Abstract && h.value.is_none() && !h.heading);
            let after_header = hits[i - 1].as_ref().is_some_and(|h| !h.heading)
                && layout
                    .blocks
                    .get(i - 1)
                    .is_some_and(|b| b.lines.end == layout.blocks[i].lines.start);
            if bare_abstract && after_header {
                hits[i] = None;
            }
        }
        // A bare label over an indented line that only looks like a label
        // ("Title:" then "    Cheap Consistency: Lease-Based Caching"): the
        // line is the label's value.
        for i in 1..hits.len() {
            let bare = hits[i - 1]
                .as_ref()
                .is_some_and(|h| h.label != Label::Other && h.value.is_none() && !h.heading);
            let unknown = hits[i].as_ref().is_some_and(|h| h.label == Label::Other);
            let indent = |k: usize| {
                layout
                    .blocks
                    .get(k)
                    .and_then(|b| layout.lines.get(b.lines.start))
                    .map_or(0, |l| l.indent)
            };
            if bare && unknown && indent(i) > indent(i - 1) + 2 {
                hits[i] = None;
            }
        }
        // A reply's attribution line ("On 06/06/2016 10:12, A. Person
        // wrote:", "Le 6 juin 2016 à 10:12, A. Person a écrit :", "Am
        // 06.06.2016 um 10:12 schrieb A. Person:") dates the quoted
        // message, not the event.
        static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"(?i)^(?:on|le|am|el|il|op|em|den|on\s+\w+,)\s.{4,80}(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu|skrev)\s*:?\s*$")
                .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
        });
        for (i, b) in layout.blocks.iter().enumerate() {
            // (the cheap test first: the verb, before the pattern compiles)
            let t = b.text.text.as_str();
            if hits[i].is_none()
                && b.parts.len() <= 2
                && t.len() <= 160
                && [
                    "wrote", "crit", "schrieb", "escrib", "scritto", "schreef", "escreveu", "skrev",
                ]
                .iter()
                .any(|v| t.contains(v))
                && ATTRIBUTION.is_match(t.trim())
            {
                hits[i] = Some(Hit {
                    label: Label::Posted,
                    value: Some(b.text.clone()),
                    heading: false,
                });
            }
        }
        // "Topic:" among a talk's fields, next to its "Speaker:", is the
        // talk's title (a post's "Topic:" header over "Dates:" and
        // "PostedBy:" is its subject)
        for i in 0..hits.len() {
            let topic = hits[i].as_ref().is_some_and(|h| h.label == Label::Subject)
                && layout.blocks.get(i).is_some_and(|b| {
                    b.text
                        .text
                        .get(..5)
                        .is_some_and(|h| h.eq_ignore_ascii_case("topic"))
                });
            let by_speaker = (i.saturating_sub(2)..(i + 3).min(hits.len()))
                .any(|k| hits[k].as_ref().is_some_and(|h| h.label == Label::Speaker));
            if topic
                && by_speaker
                && let Some(h) = hits[i].as_mut()
            {
                h.label = Label::Title;
            }
        }
        // The header lines of a message forwarded or quoted in the body
        // ("---------- Forwarded message ---------", "-----Original
        // Message-----", then From:, Date:, Subject:, To:) date the message,
        // not the event.
        // The same header lines opening a message pasted whole ("De :",
        // "Date :", "Objet :"), when one of them names the sender
        let leading = layout
            .blocks
            .iter()
            .take_while(|b| MAIL_HEADER.is_match(b.text.text.as_str()))
            .count();
        let sender = layout.blocks.iter().take(leading).any(|b| {
            let l = b.text.text.to_lowercase();
            ["from", "de", "von", "da", "från", "van", "od"]
                .iter()
                .any(|w| {
                    l.strip_prefix(w)
                        .is_some_and(|r| r.trim_start().starts_with(':'))
                })
        });
        // (or a subject line: "Date : lun. 3 mars 2025" over "Objet : …",
        // a mail's headers pasted without its sender)
        let subject = hits
            .iter()
            .take(leading)
            .flatten()
            .any(|h| h.label == Label::Subject);
        if leading >= 2 && (sender || subject) {
            for h in hits.iter_mut().take(leading).flatten() {
                if h.label == Label::Date {
                    h.label = Label::Posted;
                }
            }
        }
        // A blog post's field list (`:date:`, `:author:`, `:tags:`) dates the
        // post; the event's day is in its text. (An event page's own fields,
        // `:date:` with `:time:` or `:venue:`, name no author.)
        let fields: Vec<(usize, &str)> = layout
            .blocks
            .iter()
            .enumerate()
            .take(12)
            .skip_while(|(_, b)| field_key(&b.text.text).is_none())
            .map_while(|(i, b)| Some((i, field_key(&b.text.text)?)))
            .collect();
        if fields.iter().any(|(_, k)| {
            [
                "author",
                "authors",
                "tags",
                "category",
                "categories",
                "slug",
            ]
            .iter()
            .any(|w| k.eq_ignore_ascii_case(w))
        }) {
            for (i, _) in &fields {
                if let Some(h) = hits.get_mut(*i).and_then(|h| h.as_mut())
                    && h.label == Label::Date
                {
                    h.label = Label::Posted;
                }
            }
        }
        let mut in_headers = false;
        let mut forward_mark = None;
        for (i, b) in layout.blocks.iter().enumerate() {
            let t = b.text.text.as_str();
            if FORWARD_MARK.is_match(t) {
                in_headers = true;
                forward_mark = forward_mark.or(Some(i));
                continue;
            }
            if !in_headers {
                continue;
            }
            if !MAIL_HEADER.is_match(t) {
                in_headers = false;
                continue;
            }
            if let Some(h) = hits.get_mut(i).and_then(|h| h.as_mut())
                && h.label == Label::Date
            {
                h.label = Label::Posted;
            }
        }
        let exprs = (0..layout.blocks.len()).map(|_| OnceLock::new()).collect();
        let persons = (0..layout.blocks.len()).map(|_| OnceLock::new()).collect();
        let names = (0..layout.blocks.len()).map(|_| OnceLock::new()).collect();
        Doc {
            layout,
            hits,
            exprs,
            persons,
            names,
            forward_mark,
        }
    }

    /// The blocks.
    pub fn blocks(&self) -> &[Block] {
        &self.layout.blocks
    }

    /// The time expressions of block `i`'s cleaned text (scanned once).
    pub fn exprs(&self, i: usize) -> &[when::Expr] {
        match self.exprs.get(i) {
            Some(cell) => cell.get_or_init(|| when::scan(self.text(i))),
            None => &[],
        }
    }

    /// True when block `i` is a short unlabelled line that is mostly a day
    /// and time (`Thursday, October 12, 2023`, `**Tue 10 Sep, 09:15–10:15**`;
    /// the date and the time may be read as two expressions).
    pub fn is_when_line(&self, i: usize) -> bool {
        let text = self.text(i);
        let covered: usize = self
            .exprs(i)
            .iter()
            .filter(|e| e.has_time() || e.has_date())
            .map(|e| e.range.len())
            .sum::<usize>()
            + when::foreign_weekday_lead(text);
        self.hits.get(i).is_some_and(Option::is_none)
            && !text.is_empty()
            && text.split_whitespace().count() <= 12
            && covered * 10 >= text.len() * 6
    }

    /// The indent of block `i`'s first line (0 for no such block).
    pub fn indent(&self, i: usize) -> usize {
        self.layout
            .blocks
            .get(i)
            .and_then(|b| self.layout.lines.get(b.lines.start))
            .map_or(0, |l| l.indent)
    }

    /// Block `i`'s text read as a person line (see [`people::person_line`]), once.
    pub fn person(&self, i: usize) -> Option<&people::PersonParts> {
        self.persons
            .get(i)?
            .get_or_init(|| people::person_line(self.text(i)))
            .as_ref()
    }

    /// The names in block `i`'s text (see [`people::names_in`]), once.
    pub fn names(&self, i: usize) -> &[people::NameAt] {
        match self.names.get(i) {
            Some(cell) => cell.get_or_init(|| people::names_in(self.text(i))),
            None => &[],
        }
    }

    /// The cleaned text of block `i`.
    pub fn text(&self, i: usize) -> &str {
        self.layout
            .blocks
            .get(i)
            .map_or("", |b| b.text.text.as_str())
    }

    /// The label of block `i`.
    pub fn label(&self, i: usize) -> Option<Label> {
        self.hits.get(i).and_then(|h| h.as_ref()).map(|h| h.label)
    }

    /// The heading level of block `i`, if it is a heading.
    pub fn heading_level(&self, i: usize) -> Option<u8> {
        match self.layout.blocks.get(i).map(|b| &b.kind) {
            Some(BlockKind::Heading(l)) => Some(*l),
            _ => None,
        }
    }

    /// The blocks a section label at block `i` owns: from `i + 1` up to the
    /// next label, the next heading at the same or a higher level (any
    /// heading, for a label that is not itself a heading), a rule, or `end`.
    pub fn section(&self, i: usize, end: usize) -> Range<usize> {
        let level = self.heading_level(i);
        let mut j = i + 1;
        while j < end {
            let b = &self.layout.blocks[j];
            if self.hits[j]
                .as_ref()
                .is_some_and(|h| h.label != Label::Posted || h.heading)
            {
                break;
            }
            match (&b.kind, level) {
                (BlockKind::Heading(l), Some(own)) if *l <= own => break,
                (BlockKind::Heading(_), None) => break,
                (BlockKind::Rule, _) => break,
                _ => {}
            }
            j += 1;
        }
        i + 1..j
    }
}

/// The label of one block.
fn hit(b: &Block) -> Option<Hit> {
    let text = b.text.text.as_str();
    match b.kind {
        BlockKind::Heading(_) => {
            // a heading that is a label ("Abstract"), or "Label: value"
            if let Some(l) = labels::label_of(text) {
                return Some(Hit {
                    label: l,
                    value: None,
                    heading: true,
                });
            }
            let (l, at) = labels::label_line(text)?;
            if l == Label::Other {
                return None;
            }
            let v = b.text.slice(at..text.len());
            Some(Hit {
                label: l,
                value: (!v.is_empty()).then_some(v),
                heading: true,
            })
        }
        BlockKind::Row => {
            // "| Label | value |"; a header row of column names is not a label
            let filled = b.cells.iter().filter(|c| !c.is_empty()).count();
            if filled > 2 {
                return None;
            }
            let first = b.cells.first()?;
            let l = labels::label_of(&first.text)?;
            let rest: Vec<&Clean> = b.cells[1..].iter().filter(|c| !c.is_empty()).collect();
            Some(Hit {
                label: l,
                value: rest.first().map(|c| (*c).clone()),
                heading: false,
            })
        }
        BlockKind::Para | BlockKind::Item(_) => {
            // rST field lists ":date: 2019-05-16 18:30"
            let (t, shift) = match text.strip_prefix(':') {
                Some(rest) if rest.contains(": ") || rest.ends_with(':') => (rest, 1),
                _ => (text, 0),
            };
            if let Some(l) = labels::label_of(t) {
                return Some(Hit {
                    label: l,
                    value: None,
                    heading: false,
                });
            }
            let (l, at) = labels::label_line(t)?;
            let v = b.text.slice(at + shift..text.len());
            Some(Hit {
                label: l,
                value: (!v.is_empty()).then_some(v),
                heading: false,
            })
        }
        BlockKind::Rule => None,
    }
}
