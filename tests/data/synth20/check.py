#!/usr/bin/env python3
"""Checks for the synth20 evaluation set.

  1. every gold/<stem>.json follows ../shared/eval/GOLD-FORMAT.md (keys, types, value
     shapes) and every extracted string (titles, names, affiliations, locations, zones,
     bio/abstract starts/ends) occurs in the text (compared case-, markup- and
     punctuation-insensitively);
  2. every weekday written next to a date in text/ matches that date (year taken from the
     date itself, else from the gold event's year(s));
  3. the gold scores 1.000 against itself with score.py.

Step 3: score.py reads predictions in the *record* shape of SCHEMA.md (event.when.*,
event.location.text, abstract/bio as strings), not in the gold shape, so the gold files are
first rewritten as the records a perfect tool would write (into a temporary directory) and
then scored:  python3 score.py modern --gold gold --pred <tmpdir>.

usage: python3 check.py [-v]      (exit status 0 when everything passes)
"""
import datetime, hashlib, html, json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT, GOLD = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
SCORE = str(__import__("pathlib").Path(__file__).resolve().parents[4] / "shared/eval/score.py")
VERBOSE = "-v" in sys.argv
errors, notes = [], []

def err(stem, msg):
    errors.append(f"{stem}: {msg}")

# ------------------------------------------------------------------ text normalisation
def fold(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return s

def plain(raw, ext):
    """The document's text as a reader sees it: HTML tags and entities removed."""
    if ext == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw

def loose(s):
    s = fold(s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

# ------------------------------------------------------------------ gold format
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
HEX40 = re.compile(r"^[0-9a-f]{40}$")
FORMATS = {"markdown", "text", "email", "html-text"}
EXT_FORMATS = {".md": {"markdown"}, ".html": {"html-text"}, ".eml": {"email"},
               ".txt": {"email", "text"}}
ATTENDANCE = {None, "online", "in_person", "hybrid"}
HONORIFIC_START = re.compile(r"^(dr|prof|professor|mr|mrs|ms|mme|m|herr|frau|sig|dott|dra?|sr|sra)\b\.?\s", re.I)

def is_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return False
    try:
        datetime.date.fromisoformat(s)
        return True
    except ValueError:
        return False

def keys_exact(stem, where, obj, keys):
    if not isinstance(obj, dict):
        err(stem, f"{where} is not an object")
        return False
    if list(obj.keys()) != keys:
        err(stem, f"{where} keys {list(obj.keys())} != {keys}")
        return False
    return True

def opt_str(stem, where, v):
    if v is not None and (not isinstance(v, str) or not v.strip() or v != " ".join(v.split())):
        err(stem, f"{where} must be null or a trimmed, whitespace-collapsed string: {v!r}")

def blob_sha1(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()

def check_gold(stem, gold, textfile, text_plain):
    ext = os.path.splitext(textfile)[1]
    tl = loose(text_plain)
    def present(where, v):
        if v is not None and loose(v) not in tl:
            err(stem, f"{where} {v!r} not found in the text")
    if not keys_exact(stem, "record", gold, ["id", "source", "format", "notes", "event", "talks"]):
        return
    if gold["id"] != stem:
        err(stem, f"id {gold['id']!r} != file stem")
    src = gold["source"]
    if keys_exact(stem, "source", src, ["repo", "commit", "path", "transform"]):
        if src["path"] != f"text/{textfile}":
            err(stem, f"source.path {src['path']!r} != text/{textfile}")
        if not HEX40.match(src["commit"] or ""):
            err(stem, "source.commit is not 40 hex digits")
        with open(os.path.join(TEXT, textfile), "rb") as fh:
            if src["commit"] != blob_sha1(fh.read()):
                err(stem, "source.commit is not the git blob SHA-1 of the text file")
        if src["transform"] not in ("none", "strip-front-matter"):
            err(stem, f"bad transform {src['transform']!r}")
        if not isinstance(src["repo"], str) or not src["repo"]:
            err(stem, "source.repo missing")
    if gold["format"] not in FORMATS:
        err(stem, f"bad format {gold['format']!r}")
    elif gold["format"] not in EXT_FORMATS[ext]:
        err(stem, f"format {gold['format']!r} does not fit a {ext} file")
    if not isinstance(gold["notes"], str) or "\n" in gold["notes"] or not gold["notes"].strip():
        err(stem, "notes must be one non-empty line")
    ev = gold["event"]
    if keys_exact(stem, "event", ev, ["title", "series", "date", "end_date", "start_time", "end_time",
                                      "timezone", "location", "attendance"]):
        for k in ("title", "series", "timezone", "location"):
            opt_str(stem, f"event.{k}", ev[k])
            present(f"event.{k}", ev[k])
        for k in ("date", "end_date"):
            if ev[k] is not None and not is_date(ev[k]):
                err(stem, f"event.{k} {ev[k]!r} is not YYYY-MM-DD")
        for k in ("start_time", "end_time"):
            if ev[k] is not None and not TIME_RE.match(ev[k]):
                err(stem, f"event.{k} {ev[k]!r} is not HH:MM")
        if ev["end_date"] and not ev["date"]:
            err(stem, "end_date without date")
        if ev["end_date"] and ev["date"] and ev["end_date"] <= ev["date"]:
            err(stem, "end_date must be after date (null for a one-day event)")
        if ev["attendance"] not in ATTENDANCE:
            err(stem, f"bad attendance {ev['attendance']!r}")
        if ev["attendance"] == "online" and ev["location"] is not None:
            notes.append(f"{stem}: online event with a location ({ev['location']!r})")
    talks = gold["talks"]
    if not isinstance(talks, list) or not talks:
        err(stem, "talks must be a non-empty list")
        return
    for i, tk in enumerate(talks):
        w = f"talks[{i}]"
        if not keys_exact(stem, w, tk, ["title", "speakers", "abstract", "date", "start_time", "end_time"]):
            continue
        opt_str(stem, f"{w}.title", tk["title"])
        present(f"{w}.title", tk["title"])
        if not tk["title"] and not tk["speakers"]:
            err(stem, f"{w} has neither title nor speakers")
        if tk["date"] is not None:
            if not is_date(tk["date"]):
                err(stem, f"{w}.date {tk['date']!r} is not YYYY-MM-DD")
            elif ev.get("date") and not (ev["date"] <= tk["date"] <= (ev.get("end_date") or ev["date"])):
                err(stem, f"{w}.date {tk['date']} outside the event's dates")
        for k in ("start_time", "end_time"):
            if tk[k] is not None and not TIME_RE.match(tk[k]):
                err(stem, f"{w}.{k} {tk[k]!r} is not HH:MM")
        if len(talks) == 1 and (tk["date"] or tk["start_time"] or tk["end_time"]):
            err(stem, f"{w}: a lone talk carries no own date/time (they belong to the event)")
        for part in ("abstract",):
            check_span(stem, f"{w}.{part}", tk[part], tl)
        if not isinstance(tk["speakers"], list):
            err(stem, f"{w}.speakers is not a list")
            continue
        for j, sp in enumerate(tk["speakers"]):
            ws = f"{w}.speakers[{j}]"
            if not keys_exact(stem, ws, sp, ["name", "affiliation", "bio"]):
                continue
            opt_str(stem, f"{ws}.name", sp["name"])
            if not sp["name"]:
                err(stem, f"{ws}.name is empty")
            elif HONORIFIC_START.match(sp["name"]):
                err(stem, f"{ws}.name {sp['name']!r} starts with an honorific")
            present(f"{ws}.name", sp["name"])
            opt_str(stem, f"{ws}.affiliation", sp["affiliation"])
            present(f"{ws}.affiliation", sp["affiliation"])
            check_span(stem, f"{ws}.bio", sp["bio"], tl)

def check_span(stem, where, v, tl):
    if v is None:
        return
    if not isinstance(v, dict) or list(v.keys()) != ["starts", "ends"]:
        err(stem, f"{where} must be null or {{starts, ends}}")
        return
    pos = []
    for k in ("starts", "ends"):
        s = v[k]
        if not isinstance(s, str):
            err(stem, f"{where}.{k} is not a string")
            return
        n = len(s.split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k} has {n} words (6 to 10 wanted): {s!r}")
        ls = loose(s)
        if ls not in tl:
            err(stem, f"{where}.{k} {s!r} not found in the text")
        pos.append(tl.find(ls))
    if -1 not in pos and pos[0] > tl.rfind(loose(v["ends"])):
        err(stem, f"{where}: ends occurs before starts")

# ------------------------------------------------------------------ weekdays
WEEKDAYS = {  # name -> Monday=0
    **{w: i for i, w in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])},
    **{w: i for i, w in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])},
    "tues": 1, "weds": 2, "thur": 3, "thurs": 3,
    **{w: i for i, w in enumerate(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"])},
    **{w: i for i, w in enumerate(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"])},
    **{w: i for i, w in enumerate(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"])},
    **{w: i for i, w in enumerate(["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"])},
}
ABBREV = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "weds", "thur", "thurs"}
MONTHS = {}
for names in (["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
              ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
              ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
              ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
              ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
              ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]):
    for i, n in enumerate(names):
        MONTHS[n] = i + 1
MONTHS["sept"] = 9
MON_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
WD_ALT = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
WD_RE = re.compile(rf"(?<![\w-])({WD_ALT})(?![\w-])\.?", re.I)
ORD = r"(?:st|nd|rd|th|er|º|°)?"
DATE_PATTERNS = [
    ("mdy", re.compile(rf"(?<!\w)({MON_ALT})\.?\s+(\d{{1,2}}){ORD}(?!\d)(?:,?\s+(\d{{4}}))?", re.I)),
    ("dmy", re.compile(rf"(?<!\w)(\d{{1,2}}){ORD}\.?\s+(?:de\s+)?({MON_ALT})\.?(?!\w)(?:,?\s+(?:de\s+)?(\d{{4}}))?", re.I)),
    ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
    ("dotted", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?!\d)")),
    ("us", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")),
    ("ja", re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")),
]
JA_WD = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
RANGE_HEAD = re.compile(r"[\s,]*(\d{1,2})(?:st|nd|rd|th|er)?\.?\s*(?:and|&|-|to|bis|au|al|a|e)\s+", re.I)
GAP = re.compile(r"^[\s,.;:|()\[\]*_/\-–—]*(?:the\s+)?[\s,.;:|()\[\]*_/\-–—]*$", re.I)

def find_dates(t):
    out = []
    for kind, rx in DATE_PATTERNS:
        for m in rx.finditer(t):
            g = m.groups()
            if kind == "mdy":
                mo, d, y = MONTHS[g[0].lower()], int(g[1]), g[2]
            elif kind == "dmy":
                d, mo, y = int(g[0]), MONTHS[g[1].lower()], g[2]
            elif kind == "iso":
                y, mo, d = g
                mo, d = int(mo), int(d)
            elif kind == "dotted":
                d, mo, y = int(g[0]), int(g[1]), g[2]
            elif kind == "us":
                mo, d, y = int(g[0]), int(g[1]), g[2]
                if y and len(y) == 2:
                    y = "20" + y if int(y) < 50 else "19" + y
            else:
                y, mo, d = g
                mo, d = int(mo), int(d)
            out.append((m.start(), m.end(), kind, int(y) if y else None, mo, d))
    return out

def check_weekdays(stem, raw, ext, years):
    t = fold(plain(raw, ext))
    dates = find_dates(t)
    n_ok = 0
    for m in WD_RE.finditer(t):
        word = m.group(1)
        if word.lower() in ABBREV and not word[0].isupper():
            continue
        wd = WEEKDAYS[word.lower()]
        # the closest date right after the weekday ("Tuesday, 4 April"), else right before
        # it ("13 December 2024 (Friday)")
        after = [(s - m.end(), y, mo, d) for (s, e, kind, y, mo, d) in dates
                 if s >= m.end() and s - m.end() <= 12 and GAP.match(t[m.end():s])]
        before = [(m.start() - e, y, mo, d) for (s, e, kind, y, mo, d) in dates
                  if e <= m.start() and m.start() - e <= 3 and GAP.match(t[e:m.start()])]
        best = min(after) if after else (min(before) if before else None)
        if not best:
            # first half of a range: "Sat 15 – Sun 16 November 2025", "Thursday 10 and Friday 11 April 2008"
            r = RANGE_HEAD.match(t, m.end())
            if r:
                nxt = [(s, y, mo) for (s, e, kind, y, mo, d) in dates if kind in ("mdy", "dmy") and 0 <= s - r.end() <= 40]
                if nxt:
                    _, y, mo = min(nxt)
                    best = (0, y, mo, int(r.group(1)))
        line = t[max(0, m.start() - 20):m.end() + 30].replace("\n", " ")
        if not best:
            notes.append(f"{stem}: weekday without an adjacent date: ...{line}...")
            continue
        _, y, mo, d = best[:4]
        ys = [y] if y else sorted(years)
        if not ys:
            err(stem, f"weekday {word!r} next to a date without year and no year known: {line!r}")
            continue
        okay = False
        for yy in ys:
            try:
                if datetime.date(yy, mo, d).weekday() == wd:
                    okay = True
            except ValueError:
                pass
        if okay:
            n_ok += 1
        else:
            err(stem, f"weekday {word!r} does not match {ys}-{mo:02d}-{d:02d}: ...{line}...")
    for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[（(]([月火水木金土日])[）)]", t):
        y = int(m.group(1)) if m.group(1) else None
        ys = [y] if y else sorted(years)
        if any(datetime.date(yy, int(m.group(2)), int(m.group(3))).weekday() == JA_WD[m.group(4)] for yy in ys):
            n_ok += 1
        else:
            err(stem, f"Japanese weekday mismatch: {m.group(0)}")
    return n_ok

# ------------------------------------------------------------------ self-score
def as_record(gold, textfile):
    def span(v):
        return None if v is None else f"{v['starts']} ... {v['ends']}"
    ev = gold["event"]
    with open(os.path.join(TEXT, textfile), "rb") as fh:
        data = fh.read()
    talks = []
    for tk in gold["talks"]:
        when = None
        if tk["date"] or tk["start_time"] or tk["end_time"]:
            when = {"date": tk["date"], "end_date": None, "start_time": tk["start_time"],
                    "end_time": tk["end_time"], "timezone": ev["timezone"], "start": None,
                    "end": None, "start_utc": None, "text": None}
        talks.append({"title": tk["title"], "kind": None, "when": when,
                      "speakers": [{"name": s["name"], "honorific": None, "position": None,
                                    "affiliation": s["affiliation"], "bio": span(s["bio"]),
                                    "email": None, "url": None} for s in tk["speakers"]],
                      "hosts": [], "abstract": span(tk["abstract"]), "references": []})
    fmt = {"html-text": "html"}.get(gold["format"], gold["format"])
    return {"schema_version": 1,
            "source": {"path": gold["source"]["path"], "part": None,
                       "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data), "format": fmt},
            "event": {"title": ev["title"], "kind": None, "series": ev["series"],
                      "when": {"date": ev["date"], "end_date": ev["end_date"], "start_time": ev["start_time"],
                               "end_time": ev["end_time"], "timezone": ev["timezone"], "start": None,
                               "end": None, "start_utc": None, "text": None},
                      "location": None if ev["location"] is None else {"text": ev["location"]},
                      "attendance": ev["attendance"], "organizers": [],
                      "registration": {"required": None, "url": None}, "urls": []},
            "talks": talks, "warnings": []}

# ------------------------------------------------------------------ main
def main():
    texts = {os.path.splitext(f)[0]: f for f in sorted(os.listdir(TEXT))}
    golds = {os.path.splitext(f)[0]: f for f in sorted(os.listdir(GOLD)) if f.endswith(".json")}
    for s in sorted(set(texts) ^ set(golds)):
        err(s, "text and gold do not pair up")
    stats = {"documents": 0, "talks": 0, "speakers": 0, "weekday_date_pairs": 0}
    records = {}
    for stem in sorted(set(texts) & set(golds)):
        with open(os.path.join(TEXT, texts[stem]), "rb") as fh:
            raw_b = fh.read()
        try:
            raw = raw_b.decode("utf-8")
        except UnicodeDecodeError:
            err(stem, "text is not UTF-8")
            continue
        try:
            with open(os.path.join(GOLD, golds[stem])) as fh:
                gold = json.load(fh)
        except json.JSONDecodeError as e:
            err(stem, f"gold is not JSON: {e}")
            continue
        ext = os.path.splitext(texts[stem])[1]
        n_before = len(errors)
        check_gold(stem, gold, texts[stem], plain(raw, ext))
        ev = gold.get("event") or {}
        years = {int(d[:4]) for d in (ev.get("date"), ev.get("end_date")) if d}
        stats["weekday_date_pairs"] += check_weekdays(stem, raw, ext, years)
        stats["documents"] += 1
        stats["talks"] += len(gold.get("talks") or [])
        stats["speakers"] += sum(len(t.get("speakers") or []) for t in gold.get("talks") or [])
        if len(errors) == n_before:
            records[stem] = as_record(gold, texts[stem])
    # self-score
    f1 = None
    if not errors:
        with tempfile.TemporaryDirectory() as tmp:
            for stem, rec in records.items():
                with open(os.path.join(tmp, stem + ".json"), "w") as fh:
                    json.dump(rec, fh, ensure_ascii=False)
            out = subprocess.run([sys.executable, SCORE, "modern", "--gold", GOLD, "--pred", tmp],
                                 capture_output=True, text=True)
            if VERBOSE or out.returncode:
                print(out.stdout, out.stderr)
            m = re.search(r"overall F1 ([\d.]+)", out.stdout)
            f1 = m.group(1) if m else None
            if f1 != "1.000":
                err("score", f"self-score is {f1}, not 1.000")
    for n in notes:
        print("note:", n)
    for e in errors:
        print("ERROR:", e)
    print(f"documents {stats['documents']}  talks {stats['talks']}  speakers {stats['speakers']}  "
          f"weekday/date pairs checked {stats['weekday_date_pairs']}")
    print(f"self-score (gold as records): overall F1 {f1}")
    print("(score.py modern --gold gold --pred gold itself cannot be used: score.py reads predictions in the "
          "record shape of SCHEMA.md, and a gold-shaped abstract/bio {starts, ends} makes it raise a TypeError)")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 0 if not errors else 1

if __name__ == "__main__":
    sys.exit(main())
