//! HTML → working text with its block structure, as the layout stage reads it.
//!
//! The `html5gum` tokenizer (WHATWG tokenization, with the byte span of every
//! token) reads the markup; this module only decides what each element
//! becomes in the working text:
//! - headings → `#`-prefixed lines, paragraphs and divisions → blank-line
//!   separated blocks, `<br>` → a line break, list items → `- ` lines;
//! - table rows → one `| cell | cell |` line each; `<dt>`/`<dd>` → lines;
//! - `<a href=u>t</a>` → `[t](u)`, `<b>`/`<strong>` → `**t**`;
//! - scripts, styles, the document head, templates, SVG and comments → nothing.
//!
//! Text keeps its character references (`&amp;`): the markup cleaner
//! decodes them later with their source offsets. In an HTML page, runs of
//! whitespace collapse to one space (except inside `<pre>`); in a markdown or
//! text document that embeds HTML blocks, text outside tags is kept as
//! written, newlines included, and only the tags are rendered.
//!
//! Streaming tokenization keeps deeply nested or unbalanced markup linear in
//! time and memory: nothing is built as a tree.

use std::sync::LazyLock;

use crate::rx::Regex;
use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::offsets::{OffsetMap, TextBuilder};
use crate::fields::people::unreachable_regex;

/// How text between tags is treated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An HTML page: whitespace collapses, newlines are not line breaks.
    Page,
    /// A markdown or text document with HTML blocks: text is kept as written.
    Embedded,
}

/// True when `text` (markdown or plain) holds block-level HTML worth rendering.
pub fn has_block_html(text: &str) -> bool {
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)</?(?:table|tr|td|th|dl|dt|dd|div|br|p|h[1-6]|ul|ol|li)(?-u:\b)[^>]*>")
            .unwrap_or_else(|_| unreachable_regex())
    });
    BLOCK.is_match(text)
}

/// Elements whose content is not text of the page.
fn skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "head"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "canvas"
            | "select"
            | "button"
    )
}

/// Elements that never have content (`<br>`, `<img>`): no end tag follows.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// True for an element whose text a reader of the page does not see as
/// its content: one hidden (`hidden`, `aria-hidden="true"`, a
/// `visually-hidden` or `sr-only` class), or a `<nav>` menu that is not
/// a breadcrumb trail.
fn hidden_or_menu(name: &str, attr: impl Fn(&str) -> Option<String>) -> bool {
    let class = attr("class").unwrap_or_default();
    if attr("hidden").is_some()
        || attr("aria-hidden").is_some_and(|v| v == "true")
        || class.split_whitespace().any(|c| {
            matches!(
                c,
                "visually-hidden"
                    | "sr-only"
                    | "screen-reader-text"
                    | "element-invisible"
                    | "skip-link"
            )
        })
    {
        return true;
    }
    let crumbs = |v: &str| v.contains("crumb");
    // a menu by its class: "mpl-topnav", "menu-item", "site-navigation"
    let menu_class = class.split_whitespace().any(|c| {
        c.split(['-', '_']).any(|p| {
            matches!(
                p,
                "nav"
                    | "navbar"
                    | "navigation"
                    | "topnav"
                    | "menu"
                    | "submenu"
                    | "menubar"
                    | "navlinks"
            )
        })
    });
    (name == "nav" || menu_class || attr("role").is_some_and(|r| r == "navigation"))
        && !crumbs(&class)
        && !attr("aria-label").is_some_and(|v| crumbs(&v))
        && !attr("id").is_some_and(|v| crumbs(&v))
}

/// The renderer's state.
struct Render<'a> {
    text: &'a str,
    map: &'a OffsetMap,
    mode: Mode,
    out: TextBuilder,
    /// Inside these many skipped elements.
    skip: usize,
    /// The name of the skipped element being waited for.
    skip_name: String,
    /// Inside `<pre>`.
    pre: usize,
    /// The `href` of each open `<a>`, innermost last (`None`: no link).
    links: Vec<Option<String>>,
    /// The open elements whose class says they are a field's label
    /// (`<span class="field__label">Location</span>`), innermost last.
    labels: Vec<String>,
}

impl Render<'_> {
    fn last(&self) -> Option<char> {
        self.out.text().chars().next_back()
    }

    fn synthetic(&mut self, s: &str, at: usize) {
        // a markdown table row is one line: breaks inside it become spaces
        let s = if self.mode == Mode::Embedded && s.contains('\n') && self.in_table_row() {
            " "
        } else {
            s
        };
        let src = self.map.start(at);
        self.out.push_synthetic(s, src);
    }

    /// True when the current output line is a markdown table row (`| ...`).
    fn in_table_row(&self) -> bool {
        let t = self.out.text();
        let line = t.rsplit('\n').next().unwrap_or("");
        line.trim_start().starts_with('|')
    }

    /// Ends the current line (if any text is on it).
    fn newline(&mut self, at: usize) {
        if !matches!(self.last(), None | Some('\n')) {
            self.synthetic("\n", at);
        }
    }

    /// Ends the current block with a blank line.
    fn blank(&mut self, at: usize) {
        self.newline(at);
        if !self.out.text().is_empty() && !self.out.text().ends_with("\n\n") {
            self.synthetic("\n", at);
        }
    }

    /// Pushes source text `start..end` as it is.
    fn verbatim(&mut self, start: usize, end: usize) {
        let Some(s) = self.text.get(start..end) else {
            return;
        };
        let src = self.map.start(start);
        let src_end = self.map.end(end);
        self.out.push(s, src, src_end.saturating_sub(src));
    }

    /// Pushes source text with whitespace runs collapsed to one space.
    fn collapsed(&mut self, start: usize, end: usize) {
        let Some(s) = self.text.get(start..end) else {
            return;
        };
        let mut run_start: Option<usize> = None;
        let mut ws_start: Option<usize> = None;
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if let Some(r) = run_start.take() {
                    self.verbatim(start + r, start + i);
                }
                ws_start.get_or_insert(i);
            } else {
                if let Some(w) = ws_start.take()
                    && !matches!(self.last(), None | Some(' ' | '\n'))
                {
                    let src = self.map.start(start + w);
                    let src_end = self.map.end(start + i);
                    self.out.push(" ", src, src_end.saturating_sub(src));
                }
                run_start.get_or_insert(i);
            }
        }
        if let Some(r) = run_start {
            self.verbatim(start + r, end);
        }
        if let Some(w) = ws_start
            && !matches!(self.last(), None | Some(' ' | '\n'))
        {
            let src = self.map.start(start + w);
            let src_end = self.map.end(end);
            self.out.push(" ", src, src_end.saturating_sub(src));
        }
    }

    fn start_tag(&mut self, name: &str, href: Option<String>, at: usize, self_closing: bool) {
        if self.skip > 0 {
            if name == self.skip_name && !self_closing {
                self.skip += 1;
            }
            return;
        }
        if skipped(name) && !self_closing {
            self.skip = 1;
            self.skip_name = name.to_string();
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let level = name[1..].parse::<usize>().unwrap_or(1);
                self.blank(at);
                let hashes = "#".repeat(level);
                self.synthetic(&format!("{hashes} "), at);
            }
            "p" | "section" | "article" | "header" | "footer" | "main" | "aside" | "blockquote"
            | "figure" | "table" | "ul" | "ol" | "dl" | "address" | "form" | "fieldset" => {
                self.blank(at)
            }
            "div" | "center" | "nav" | "caption" | "figcaption" | "tbody" | "thead" | "tfoot" => {
                self.newline(at)
            }
            // a break inside a table cell ("Name<br><i>Institute</i>")
            // separates the parts of one cell, which stays on its row's line
            "br" if self.in_table_row() => self.synthetic(", ", at),
            "br" => self.synthetic("\n", at),
            "hr" => {
                self.newline(at);
                self.synthetic("---\n", at);
            }
            "li" => {
                self.newline(at);
                self.synthetic("- ", at);
            }
            "tr" => {
                self.newline(at);
                self.synthetic("|", at);
            }
            "td" | "th" => self.synthetic(" ", at),
            "dt" | "dd" => self.newline(at),
            "pre" => {
                self.blank(at);
                self.pre += 1;
            }
            "a" if self.links.len() < 64 => {
                let open = href.is_some();
                self.links.push(href);
                if open {
                    self.synthetic("[", at);
                }
            }
            "b" | "strong" => self.synthetic("**", at),
            _ => {}
        }
    }

    fn end_tag(&mut self, name: &str, at: usize) {
        if self.skip > 0 {
            if name == self.skip_name {
                self.skip -= 1;
            }
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "section" | "article" | "header"
            | "footer" | "main" | "aside" | "blockquote" | "figure" | "table" | "ul" | "ol"
            | "dl" | "address" | "form" | "fieldset" => self.blank(at),
            "div" | "center" | "nav" | "caption" | "figcaption" | "li" | "dt" | "dd" | "tr" => {
                self.newline(at)
            }
            "td" | "th" => self.synthetic(" |", at),
            "pre" => {
                self.pre = self.pre.saturating_sub(1);
                self.blank(at);
            }
            "a" => {
                if let Some(Some(href)) = self.links.pop() {
                    // an empty link text (an image, an icon) leaves no link behind
                    if !self.out.take_back("[") {
                        self.synthetic(&format!("]({href})"), at);
                    }
                }
            }
            "b" | "strong" => self.synthetic("**", at),
            _ => {}
        }
    }
}

/// Renders `text` (with `map` back to the input bytes) into working text.
pub fn render(text: &str, map: &OffsetMap, mode: Mode) -> (String, OffsetMap) {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    emitter.naively_switch_states(true);
    let mut r = Render {
        text,
        map,
        mode,
        out: TextBuilder::with_capacity(text.len()),
        skip: 0,
        skip_name: String::new(),
        pre: 0,
        links: Vec::new(),
        labels: Vec::new(),
    };
    for token in Tokenizer::new_with_emitter(text, emitter).flatten() {
        match token {
            Token::StartTag(t) => {
                let name = String::from_utf8_lossy(&t.name).to_ascii_lowercase();
                let href = (name == "a")
                    .then(|| {
                        t.attributes
                            .get(b"href".as_slice())
                            .map(|v| String::from_utf8_lossy(v).trim().to_string())
                    })
                    .flatten()
                    .filter(|h| {
                        !h.is_empty()
                            && !h.starts_with('#')
                            && !h.to_ascii_lowercase().starts_with("javascript:")
                    });
                let attr = |k: &str| {
                    t.attributes
                        .get(k.as_bytes())
                        .map(|v| String::from_utf8_lossy(v).to_ascii_lowercase())
                };
                // text for screen readers only, and a site's navigation
                // menus (but for its breadcrumb trail), are not the page's
                // (looked at first: a skipped element opens no label)
                if r.skip == 0 && !t.self_closing && !is_void(&name) && hidden_or_menu(&name, attr)
                {
                    r.skip = 1;
                    r.skip_name = name;
                    continue;
                }
                // a CMS field's label ("field__label", "label"): it reads
                // as "Label:" before its value
                let label = !t.self_closing
                    && r.skip == 0
                    && attr("class").is_some_and(|c| {
                        c.split_whitespace().any(|w| {
                            w == "label" || w.ends_with("__label") || w.ends_with("-label")
                        })
                    });
                if label && r.labels.len() < 16 {
                    r.labels.push(name.clone());
                }
                r.start_tag(&name, href, t.span.start, t.self_closing);
            }
            Token::EndTag(t) => {
                let name = String::from_utf8_lossy(&t.name).to_ascii_lowercase();
                if r.skip == 0 && r.labels.last() == Some(&name) {
                    r.labels.pop();
                    let last = r.out.text().chars().next_back();
                    if last.is_some_and(|c| c.is_alphanumeric()) {
                        r.synthetic(": ", t.span.start);
                    }
                }
                r.end_tag(&name, t.span.start);
            }
            Token::String(s) => {
                if r.skip > 0 {
                    continue;
                }
                let (start, end) = (s.span.start, s.span.end);
                match (r.mode, r.pre > 0) {
                    (Mode::Embedded, _) | (Mode::Page, true) => r.verbatim(start, end),
                    (Mode::Page, false) => r.collapsed(start, end),
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    r.out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> String {
        render(html, &OffsetMap::identity(html.len()), Mode::Page).0
    }

    #[test]
    fn block_structure_is_kept() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
<h1>Program</h1><p>Our   workshop\n will be <b>virtual</b>.</p>\
<table><tr><td>9:10</td><td>Talk <a href=\"x.pdf\">pdf</a></td></tr></table>\
<script>var x = '<p>no</p>';</script><ul><li>One</li><li>Two</li></ul></body></html>";
        let out = page(html);
        assert!(out.contains("# Program\n"), "{out}");
        assert!(out.contains("Our workshop will be **virtual**."), "{out}");
        assert!(out.contains("| 9:10 | Talk [pdf](x.pdf) |"), "{out}");
        assert!(out.contains("- One\n- Two"), "{out}");
        assert!(
            !out.contains("var x") && !out.contains("p{}") && out.starts_with("# Program"),
            "{out}"
        );
    }

    #[test]
    fn hidden_text_and_menus_are_not_the_page_but_breadcrumbs_are() {
        let out = page(
            "<body><h2 class=\"visually-hidden\">Main navigation</h2>\
<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/r\">Residency</a></li></ul></nav>\
<ul class=\"site-topnav\"><li><a href=\"/l\">Locations &amp; Hours</a></li></ul>\
<span aria-hidden=\"true\">icon</span>\
<nav class=\"breadcrumb\"><a href=\"/\">Home</a> &raquo; Events</nav>\
<h1>The Talk</h1><p>Body text<br>goes on.</p></body>",
        );
        assert!(
            !out.contains("Main navigation")
                && !out.contains("Residency")
                && !out.contains("Locations")
                && !out.contains("icon"),
            "{out}"
        );
        assert!(
            out.contains("Events") && out.contains("# The Talk"),
            "{out}"
        );
        assert!(out.contains("Body text\ngoes on."), "{out}");
    }

    #[test]
    fn field_labels_read_as_labels_and_empty_links_vanish() {
        let out = page(
            "<div class=\"field\"><span class=\"field__label\">Location</span>\
<span>Example Building, Room 2-117</span></div>\
<p><a href=\"../index.html\"><img src=\"logo.png\"></a> Home</p>",
        );
        assert!(
            out.contains("Location: Example Building, Room 2-117"),
            "{out}"
        );
        assert!(!out.contains("index.html") && !out.contains('['), "{out}");
    }

    #[test]
    fn offsets_point_into_the_input() {
        let html = "<p>Hello <b>Ada</b></p>";
        let (out, map) = render(html, &OffsetMap::identity(html.len()), Mode::Page);
        let at = out.find("Ada").unwrap_or(0);
        let r = map.range(at, at + 3);
        assert_eq!(&html[r[0]..r[1]], "Ada");
    }

    #[test]
    fn embedded_html_keeps_the_markdown_around_it() {
        let md = "## Speaker: A. Person\n\n<dl>\n  <dt>Talk Title</dt>\n  <dd>\n    A Title\n  </dd>\n</dl>\n";
        let (out, _) = render(md, &OffsetMap::identity(md.len()), Mode::Embedded);
        assert!(out.starts_with("## Speaker: A. Person\n"), "{out}");
        let lines: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, ["## Speaker: A. Person", "Talk Title", "A Title"]);
    }

    #[test]
    fn deep_and_broken_markup_stays_linear() {
        let deep = "<div>".repeat(100_000) + "text" + &"</span>".repeat(1000);
        let out = page(&deep);
        assert!(out.contains("text"));
        let broken = "<p <b <a href='x>unclosed <td>cell";
        let _ = page(broken);
    }
}
