"""Reader view of an announcement file: the text as a reader sees it.

Used by check.py (grounding) and gold_to_records.py (recovering the full bio/abstract
between a gold 'starts' and 'ends').  Markup is removed, not interpreted:
  .html  tags dropped (script/style contents too), entities decoded
  .md    front matter kept as text, links -> link text, emphasis/code marks, heading
         hashes, blockquote marks and table bars dropped, inline HTML stripped
  .rst   `text <url>`_ / `text`_ -> text, ``code`` -> code, :role:`x` -> x, emphasis
         marks and section underlines dropped, directive lines dropped
  .eml   Subject/From/Date headers + decoded text/plain part (else text/html, stripped)
  .txt   as is
Whitespace is collapsed to single spaces in every case.
"""
import email, email.policy, html, re, unicodedata
from html.parser import HTMLParser

BLOCK = {"p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3",
         "h4", "h5", "h6", "section", "article", "header", "footer", "dt", "dd", "dl",
         "hr", "nav", "main", "title", "blockquote", "pre", "figure", "figcaption"}


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def strip_html(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return "".join(p.out)


def collapse(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def md_view(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)          # images
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)            # links
    s = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", s)           # reference links
    s = re.sub(r"<(https?://[^>]+)>", r"\1", s)               # autolinks
    s = re.sub(r"^\s*\|?\s*:?-{3,}.*$", " ", s, flags=re.M)   # table separator rows
    s = re.sub(r"^\s{0,3}#{1,6}\s*", "", s, flags=re.M)       # heading hashes
    s = re.sub(r"^\s*>\s?", "", s, flags=re.M)               # blockquotes
    s = s.replace("|", " ")
    s = re.sub(r"`+", "", s)
    s = re.sub(r"(\*\*|__)", "", s)                          # strong
    s = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)  # *em*
    s = re.sub(r"(?<!\w)_(?=\S)|(?<=\S)_(?!\w)", "", s)      # _em_
    s = strip_html(s)
    return s


def rst_view(s):
    s = re.sub(r"^\s*\.\. [\w-]+::.*$", " ", s, flags=re.M)   # directive lines
    s = re.sub(r"^\s*:(alt|width|class|target|align):.*$", " ", s, flags=re.M)
    s = re.sub(r"^\s*\.\. _[^:]+:.*$", " ", s, flags=re.M)    # link targets
    s = re.sub(r"^([=\-~^\"'`#*+]{3,})\s*$", " ", s, flags=re.M)  # section underlines
    s = re.sub(r":[\w-]+:`([^`<]*?)(?:\s*<[^>]*>)?`", r"\1", s)  # roles
    s = re.sub(r"`([^`<]+?)\s*<[^>]+>`__?", r"\1", s)          # `text <url>`_
    s = re.sub(r"`([^`]+)`__?", r"\1", s)                      # `text`_
    s = re.sub(r"``([^`]+)``", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])", r"\1", s)
    s = re.sub(r"^(\s*):([\w -]+):\s", r"\1\2: ", s, flags=re.M)  # field lists
    return s


def eml_view(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    for h in ("From", "Subject", "Date"):
        if msg[h]:
            parts.append(f"{h}: {msg[h]}")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = body.get_content()
        if body.get_content_type() == "text/html":
            content = strip_html(content)
        parts.append(content)
    return "\n".join(parts)


def reader_view(path):
    raw = open(path, "rb").read()
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "eml":
        return collapse(eml_view(raw))
    s = raw.decode("utf-8")
    if ext in ("html", "htm"):
        return collapse(strip_html(s))
    if ext == "md":
        return collapse(md_view(s))
    if ext == "rst":
        return collapse(rst_view(s))
    return collapse(s)


def fold(s):
    return collapse(s or "")


def find_span(view, starts, ends):
    """The text of view from the first occurrence of starts through the first following
    occurrence of ends, or None."""
    i = view.find(fold(starts))
    if i < 0:
        return None
    e = fold(ends)
    j = view.find(e, i)
    if j < 0:
        return None
    return view[i:j + len(e)]
