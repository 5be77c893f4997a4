//! Mailing-list digests: one posting that carries several messages, each
//! under its own `Date:` / `From:` / `Subject:` lines and set off by a rule
//! of dashes (LISTSERV, Majordomo and Mailman digests). Most of the
//! messages are queries, calls for papers and replies; the announcement is
//! the one whose subject or body names a kind of talk and whose body gives
//! a day and a time. [`announcement`] finds it, so that the rest of the
//! pipeline reads that message alone.

use std::ops::Range;

use crate::fields::{kind, when};

/// Header names that open an embedded message.
const HEADERS: &[&str] = &[
    "date:",
    "from:",
    "subject:",
    "to:",
    "cc:",
    "sender:",
    "reply-to:",
    "message:",
    "message-id:",
    "newsgroups:",
    "organization:",
];

/// The byte range of the announcement in `text`, when `text` is a digest:
/// at least two embedded messages (three, or two under a line that calls
/// the posting a digest), one of which reads as an announcement more than
/// any message before it.
pub fn announcement(text: &str) -> Option<Range<usize>> {
    let messages = messages(text);
    let first = messages.first()?;
    let preamble = text.get(..first.start).unwrap_or_default();
    let says_digest = preamble.to_lowercase().contains("digest");
    if messages.len() < 3 && !(messages.len() == 2 && says_digest) {
        return None;
    }
    let mut best: Option<(i32, &Range<usize>)> = None;
    for m in &messages {
        let s = score(text.get(m.clone()).unwrap_or_default());
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, m));
        }
    }
    let (s, m) = best?;
    (s >= 4).then(|| m.clone())
}

/// The embedded messages of `text`: each section between rules (lines of
/// ten or more `-`, `=`, `*` or `_`) that opens, after blank lines, on two
/// or more header lines, one of them `From:` or `Subject:`.
fn messages(text: &str) -> Vec<Range<usize>> {
    // line starts of the rules, and where the text after each begins
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if is_rule(line) {
            cuts.push((at, at + line.len()));
        }
        at += line.len();
    }
    let mut out = Vec::new();
    for (k, &(_, body)) in cuts.iter().enumerate() {
        let end = cuts.get(k + 1).map_or(text.len(), |&(start, _)| start);
        let Some(section) = text.get(body..end) else {
            continue;
        };
        if opens_on_headers(section) {
            let lead = section.len() - section.trim_start().len();
            out.push(body + lead..end);
        }
    }
    out
}

/// A rule line: ten or more of one of `-=*_`, nothing else but spaces.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 10
        && t.chars()
            .next()
            .is_some_and(|c| matches!(c, '-' | '=' | '*' | '_') && t.chars().all(|d| d == c))
}

/// True when `section`'s first non-blank lines are two or more headers,
/// among them `From:` or `Subject:`.
fn opens_on_headers(section: &str) -> bool {
    let mut n = 0;
    let mut named = false;
    for line in section.trim_start().lines() {
        let l = line.to_ascii_lowercase();
        let Some(h) = HEADERS.iter().find(|h| l.starts_with(**h)) else {
            break;
        };
        n += 1;
        named |= matches!(*h, "from:" | "subject:");
    }
    n >= 2 && named
}

/// How much `message` reads as a talk announcement: a kind of talk in the
/// subject or the body, a date with a time; a reply, a query or a call for
/// papers counts against it.
fn score(message: &str) -> i32 {
    let subject = message
        .lines()
        .take(12)
        .find_map(|l| {
            l.get(..8)
                .filter(|h| h.eq_ignore_ascii_case("subject:"))
                .and_then(|_| l.get(8..))
        })
        .unwrap_or_default();
    let s = subject.trim().to_lowercase();
    let mut v = 0;
    if kind::kind_in(subject).is_some() {
        v += 2;
    }
    let body = message
        .find("\n\n")
        .and_then(|i| message.get(i..))
        .unwrap_or(message);
    if kind::kind_in(body).is_some() {
        v += 1;
    }
    let exprs = when::scan(body);
    if exprs.iter().any(|e| e.has_date() && e.has_time()) {
        v += 3;
    } else if exprs.iter().any(|e| e.has_date()) && exprs.iter().any(|e| e.has_time()) {
        v += 2;
    }
    if s.starts_with("re:") || s.starts_with("query") {
        v -= 2;
    }
    if [
        "cfp",
        "call for papers",
        "call for abstracts",
        "deadline",
        "job",
        "position",
    ]
    .iter()
    .any(|w| s.contains(w))
    {
        v -= 3;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIGEST: &str = "Subject: LING-L Digest - 1 Mar 1998 to 2 Mar 1998\n\n\
        There are 3 messages in this issue.\n\n\
        ----------------------------------------------------------------------\n\n\
        Date:    Sun, 1 Mar 1998 18:41:07 +0000\n\
        From:    A. Reader <a@example.org>\n\
        Subject: Query: evidential markers\n\n\
        I am looking for recent descriptions of evidential marking.\n\n\
        ------------------------------\n\n\
        Date:    Mon, 2 Mar 1998 10:05:33 +0000\n\
        From:    Seminar Secretary <sec@example.org>\n\
        Subject: Seminar, Thursday 5 March: Fenwick on clitics\n\n\
        Thursday 5 March, 4.15-6.00pm\n\
        Room G.07, Example Building\n\n\
        ------------------------------\n\n\
        Date:    Mon, 2 Mar 1998 16:22:50 +0000\n\
        From:    C. Writer <c@example.org>\n\
        Subject: CFP: Workshop on Romance Diachrony (deadline 15 April)\n\n\
        Abstracts are invited. Send them by 15 April 1998.\n\n\
        ------------------------------\n\n\
        End of LING-L Digest\n";

    #[test]
    fn a_digest_reads_as_its_announcement() {
        let r = announcement(DIGEST);
        let Some(r) = r else {
            panic!("the digest has an announcement");
        };
        let m = &DIGEST[r];
        assert!(m.starts_with("Date:    Mon, 2 Mar 1998 10:05:33"), "{m}");
        assert!(m.contains("Room G.07"));
        assert!(!m.contains("CFP"));
    }

    #[test]
    fn a_forward_or_a_digest_without_an_announcement_stays_whole() {
        // one forwarded message: no digest
        let forward = "Please see below.\n\n---------- Forwarded message ----------\n\
            From: A <a@example.org>\nDate: Mon, 2 Mar 1998\nSubject: Seminar\n\n\
            Seminar on Thursday 5 March at 4pm.\n";
        assert_eq!(announcement(forward), None);
        // a digest of queries only
        let queries = DIGEST
            .replace("Thursday 5 March, 4.15-6.00pm", "a question about clitics")
            .replace("Seminar, Thursday 5 March:", "Query:");
        assert_eq!(announcement(&queries), None);
    }
}
