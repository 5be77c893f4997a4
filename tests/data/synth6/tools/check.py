#!/usr/bin/env python3
"""Checks the synth6 gold against the texts.

For every gold file: the source commit is the git blob SHA-1 of the text file, dates/times/attendance
are well formed, and every gold string value (titles, series, location, timezone, names,
affiliations, abstract/bio starts and ends) occurs verbatim in the plain-text view of the document
(MIME decoded incl. quoted-printable/base64 and declared charsets; HTML tags, scripts and styles
removed and entities unescaped; markdown markup removed; whitespace collapsed).
Exits 1 on any problem.

usage: python3 tools/check.py [--show ID]    (--show prints the plain-text view of one document)
"""
import email, email.policy, hashlib, html, json, os, re, sys
from email.header import decode_header, make_header
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section",
         "article", "header", "footer", "nav", "ul", "ol", "table", "dt", "dd", "dl", "main",
         "aside", "blockquote", "pre", "hr", "title", "figure", "figcaption"}


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template", "noscript"):
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template", "noscript"):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def strip_html(s):
    p = _Strip()
    p.feed(s)
    p.close()
    return "".join(p.out)


def strip_markdown(s):
    s = re.sub(r"^---\n.*?\n---\n", "", s, flags=re.S)          # front matter, if any
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)              # images
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)               # links
    s = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", s)              # reference links
    s = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", " ", s, flags=re.M)  # link definitions
    s = re.sub(r"<[^>]+>", " ", s)                               # inline html / autolinks
    s = re.sub(r"^\s{0,3}#{1,6}\s*", "", s, flags=re.M)          # headings
    s = re.sub(r"^\s*>\s?", "", s, flags=re.M)                    # block quotes
    s = re.sub(r"^\s*[-*+]\s+", "", s, flags=re.M)               # bullets
    s = re.sub(r"^\s*\|?\s*:?-{3,}.*$", " ", s, flags=re.M)      # table rules
    s = s.replace("|", " ")
    s = re.sub(r"[*_`]+", "", s)                                  # emphasis / code
    s = s.replace("\\", "")
    return html.unescape(s)


def email_view(data):
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = []
    subj = msg.get("Subject")
    if subj:
        parts.append(str(make_header(decode_header(subj))))
    plain, htmls = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        try:
            text = payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            raise ValueError(f"cannot decode part as {cs}")
        (plain if ctype == "text/plain" else htmls).append(text)
    if plain:
        parts.extend(plain)
    else:
        parts.extend(strip_html(h) for h in htmls)
    return "\n".join(parts)


def plain_view(path):
    with open(path, "rb") as fh:
        data = fh.read()
    ext = os.path.splitext(path)[1]
    if ext == ".eml":
        text = email_view(data)
    else:
        text = data.decode("utf-8")
        if ext == ".html":
            text = strip_html(text)
        elif ext == ".md":
            text = strip_markdown(text)
    return collapse(text)


def collapse(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_doc(gold_path, problems):
    with open(gold_path, encoding="utf-8") as fh:
        g = json.load(fh)
    gid = g["id"]
    def bad(msg):
        problems.append(f"{gid}: {msg}")
    tpath = os.path.join(ROOT, g["source"]["path"])
    with open(tpath, "rb") as fh:
        data = fh.read()
    if hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() != g["source"]["commit"]:
        bad("source.commit is not the blob SHA-1 of the text")
    if os.path.splitext(os.path.basename(tpath))[0] != gid:
        bad("file stem differs from id")
    for k in ("id", "source", "format", "notes", "event", "talks"):
        if k not in g:
            bad(f"missing key {k}")
    try:
        view = plain_view(tpath)
    except Exception as e:  # noqa
        bad(f"cannot build plain view: {e}")
        return
    def occurs(label, s):
        if s is None:
            return
        if not isinstance(s, str) or not s.strip():
            bad(f"{label}: empty or non-string value {s!r}")
            return
        if collapse(s) not in view:
            bad(f"{label}: {s!r} not found in plain text")
    def long_text(label, v):
        if v is None:
            return
        if set(v) != {"starts", "ends"}:
            bad(f"{label}: needs exactly starts/ends")
            return
        for k in ("starts", "ends"):
            occurs(f"{label}.{k}", v[k])
            n = len(v[k].split())
            if not 6 <= n <= 10:
                bad(f"{label}.{k}: {n} words (want 6-10)")
        a, b = view.find(collapse(v["starts"])), view.rfind(collapse(v["ends"]))
        if a >= 0 and b >= 0 and b < a:
            bad(f"{label}: ends occurs before starts")
    def when(label, d, st, et, ed=None):
        for k, x in (("date", d), ("end_date", ed)):
            if x is not None and not DATE.match(x):
                bad(f"{label}.{k}: bad date {x!r}")
        for k, x in (("start_time", st), ("end_time", et)):
            if x is not None and not TIME.match(x):
                bad(f"{label}.{k}: bad time {x!r}")
        if et and not st:
            bad(f"{label}: end_time without start_time")
    ev = g["event"]
    want = {"title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"}
    if set(ev) != want:
        bad(f"event keys {sorted(set(ev) ^ want)}")
    when("event", ev["date"], ev["start_time"], ev["end_time"], ev["end_date"])
    if ev["date"] is None:
        bad("event.date is null")
    if ev["end_date"] and ev["end_date"] <= ev["date"]:
        bad("event.end_date not after date")
    if ev["attendance"] not in (None, "online", "in_person", "hybrid"):
        bad(f"event.attendance {ev['attendance']!r}")
    if ev["attendance"] == "online" and ev["location"] is not None:
        problems.append(f"{gid}: note: online event with a location (allowed only if the text gives a place)")
    for k in ("title", "series", "location", "timezone"):
        occurs(f"event.{k}", ev[k])
    if not g["talks"]:
        bad("no talks")
    for i, t in enumerate(g["talks"]):
        lab = f"talks[{i}]"
        want = {"title", "speakers", "abstract", "date", "start_time", "end_time"}
        if set(t) != want:
            bad(f"{lab} keys {sorted(set(t) ^ want)}")
        occurs(f"{lab}.title", t["title"])
        long_text(f"{lab}.abstract", t["abstract"])
        when(lab, t["date"], t["start_time"], t["end_time"])
        if t["date"] and ev["date"] and not (ev["date"] <= t["date"] <= (ev["end_date"] or ev["date"])):
            bad(f"{lab}.date outside the event span")
        if len(g["talks"]) == 1 and (t["date"] or t["start_time"]):
            bad(f"{lab}: a lone talk carries no own slot")
        if not t["speakers"]:
            bad(f"{lab}: no speakers")
        for j, s in enumerate(t["speakers"]):
            if set(s) != {"name", "affiliation", "bio"}:
                bad(f"{lab}.speakers[{j}] keys")
            occurs(f"{lab}.speakers[{j}].name", s["name"])
            if re.match(r"^(Dr|Prof|Mr|Mrs|Ms)\.?\s", s["name"] or ""):
                bad(f"{lab}.speakers[{j}].name keeps an honorific")
            occurs(f"{lab}.speakers[{j}].affiliation", s["affiliation"])
            long_text(f"{lab}.speakers[{j}].bio", s["bio"])


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--show":
        gid = sys.argv[2]
        f = next(x for x in os.listdir(os.path.join(ROOT, "text")) if os.path.splitext(x)[0] == gid)
        print(plain_view(os.path.join(ROOT, "text", f)))
        return 0
    problems = []
    golds = sorted(f for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    texts = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(ROOT, "text")))
    if [os.path.splitext(f)[0] for f in golds] != texts:
        problems.append("gold/ and text/ do not hold the same ids")
    for f in golds:
        check_doc(os.path.join(ROOT, "gold", f), problems)
    real = [p for p in problems if ": note:" not in p]
    for p in problems:
        print(p)
    print(f"checked {len(golds)} documents: {len(real)} problem(s)")
    return 1 if real else 0


if __name__ == "__main__":
    sys.exit(main())
