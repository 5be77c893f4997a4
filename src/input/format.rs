//! Which format a document is in: from its name first, then its content.

use crate::record::Format;

/// Decides the format of a document called `name` holding `text`.
///
/// The extension decides when it is a known one (`.md`, `.html`, `.eml`,
/// ...); otherwise, and for `.txt`, the content does: an HTML root element,
/// a block of mail headers, or markdown structure (ATX headings, links,
/// pipe tables, emphasis) several times over.
pub fn detect(name: &str, text: &str) -> Format {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "md" | "markdown" | "mdown" | "mkd" => return Format::Markdown,
        "html" | "htm" | "xhtml" => return Format::Html,
        "eml" | "mbox" | "mbx" => return Format::Email,
        "rst" => return Format::Text,
        _ => {}
    }
    sniff(text)
}

/// Decides the format from content alone.
pub fn sniff(text: &str) -> Format {
    let head: &str = {
        let mut end = text.len().min(4096);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        &text[..end]
    };
    let lower = head.trim_start().to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return Format::Html;
    }
    if looks_like_mail(head) {
        return Format::Email;
    }
    if markdown_score(head) >= 3 {
        return Format::Markdown;
    }
    Format::Text
}

/// True when the text starts with RFC 5322 headers (or an mbox `From ` line)
/// including at least `From:` and one of `Subject:`, `Date:`, `Message-ID:`,
/// `Received:`, then a blank line.
fn looks_like_mail(head: &str) -> bool {
    let mut lines = head.lines();
    let mut from = false;
    let mut other = false;
    let mut first = true;
    for line in lines.by_ref() {
        if first && line.starts_with("From ") {
            first = false;
            from = true;
            continue;
        }
        first = false;
        if line.is_empty() {
            return from && other;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || name.contains(' ') {
            return false;
        }
        match name.to_ascii_lowercase().as_str() {
            "from" => from = true,
            "subject" | "date" | "message-id" | "received" | "to" | "mime-version" => other = true,
            _ => {}
        }
    }
    false
}

/// Counts markdown clues: ATX headings, links, pipe-table separators, bold.
fn markdown_score(head: &str) -> usize {
    let mut score = 0;
    for line in head.lines() {
        let t = line.trim_start();
        if t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### ") {
            score += 1;
        }
        if t.starts_with("|") && t.contains("---") {
            score += 2;
        }
        if t.contains("](") {
            score += 1;
        }
        if t.contains("**") {
            score += 1;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_decides_when_known() {
        assert_eq!(detect("a/b.md", "plain"), Format::Markdown);
        assert_eq!(detect("x.HTML", "plain"), Format::Html);
        assert_eq!(detect("m.eml", "plain"), Format::Email);
        assert_eq!(
            detect("talk.rst", "# not markdown\n**x**\n[a](b)"),
            Format::Text
        );
    }

    #[test]
    fn content_decides_otherwise() {
        assert_eq!(detect("x.txt", "<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(
            detect("x", "From: a@b.c\nSubject: Talk\n\nBody"),
            Format::Email
        );
        assert_eq!(
            detect("x.txt", "# Speakers\n\n- [A](#a)\n- [B](#b)\n\n## A\n"),
            Format::Markdown
        );
        assert_eq!(
            detect(
                "x.txt",
                "Type: cmu.cs\nTopic: Talk\nDates: 1-Jan-95\n\nHello"
            ),
            Format::Text
        );
    }
}
