"""Reader view of an announcement file: the text as a person reading it sees it.

- .html       tags removed (block tags become line breaks), entities unescaped,
              <script>/<style>/<head> dropped
- .eml        parsed as e-mail: Subject/From/Date headers plus the decoded text/plain
              body (quoted-printable / base64 / charset decoded); text/html parts
              are stripped like .html when no text/plain part exists
- .md         markdown links [t](u) -> t, images dropped, emphasis markers, heading
              hashes, blockquote markers and table bars removed
- .rst        `text <url>`_ -> text, **strong** / *em* / ``literal`` markers removed
- .txt        as is
`view(path)` returns the view; `flat(s)` collapses whitespace.
"""
import email, email.policy, html, os, re

BLOCK = r"(?:p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|dt|dd|dl|nav|main|aside|hr|figure|figcaption|blockquote|pre)"

def strip_html(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(rf"(?i)</?{BLOCK}\b[^>]*>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = html.unescape(s).replace("\u00a0", " ")
    return s

def strip_md(s):
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", s)                 # images
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)               # links
    s = re.sub(r"<(https?://[^>]+)>", r"\1", s)                  # autolinks
    s = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", s)                  # heading hashes
    s = re.sub(r"(?m)^\s{0,3}>\s?", "", s)                       # blockquotes
    s = re.sub(r"(?m)^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", "", s)  # table rules
    s = s.replace("|", " ")
    s = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", s)
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", s)
    s = re.sub(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", s)
    s = s.replace("`", "")
    if "<" in s and re.search(r"</?[a-zA-Z][^>]*>", s):
        s = strip_html(s)
    return s

def strip_rst(s):
    s = re.sub(r"`([^`<]+?)\s*<[^>]+>`_{1,2}", r"\1", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", s)
    s = s.replace("``", "")
    return s

def email_view(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    for h in ("Subject", "From", "Date"):
        if msg[h]:
            parts.append(f"{h}: {msg[h]}")
    plain, htmls = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct == "text/plain":
            plain.append(p.get_content())
        elif ct == "text/html":
            htmls.append(strip_html(p.get_content()))
    parts.extend(plain or htmls)
    return "\n".join(parts)

def email_date(path):
    """The Date header of an .eml as a datetime, or None."""
    with open(path, "rb") as fh:
        msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
    d = msg["Date"]
    return d.datetime if d is not None else None

def view(path):
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as fh:
        raw = fh.read()
    if ext == ".eml":
        return email_view(raw)
    s = raw.decode("utf-8")
    if ext in (".html", ".htm"):
        return strip_html(s)
    if ext == ".md":
        return strip_md(s)
    if ext == ".rst":
        return strip_rst(s)
    return s

def flat(s):
    return " ".join((s or "").split())

FORMAT_OF_EXT = {".txt": "text", ".md": "markdown", ".html": "html-text", ".eml": "email", ".rst": "text"}
RECORD_FORMAT = {"text": "text", "markdown": "markdown", "html-text": "html", "email": "email"}
