#!/usr/bin/env python3
"""Validate the synth15 gold set.

1. every gold/rNN.json parses and has exactly the GOLD-FORMAT.md shape
   (keys, value types, YYYY-MM-DD dates in 2015-2026, HH:MM times, enums, 6-10 word spans);
2. every text string in the gold (titles, names, affiliations, location, series, timezone,
   starts/ends of abstracts and bios) occurs in the document's readable text
   (e-mail bodies decoded from quoted-printable / base64, HTML tags stripped), compared
   case-, punctuation- and whitespace-insensitively;
3. every "weekday + date" written in a text matches the calendar;
4. records built from the gold, scored against the gold with score.py, give 1.000 for every
   field.

usage: python3 check.py [--score PATH/TO/score.py]
"""
import argparse, calendar, datetime, email, email.policy, hashlib, html, json, os, re
import subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = str(__import__('pathlib').Path(__file__).resolve().parents[4] / 'shared/eval/score.py')

TOP = ["id", "source", "format", "notes", "event", "talks"]
SOURCE = ["repo", "commit", "path", "transform"]
EVENT = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone",
         "location", "attendance"]
TALK = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER = ["name", "affiliation", "bio"]
FORMATS = {"markdown", "text", "email", "html-text"}
ATTEND = {None, "online", "in_person", "hybrid"}
HONORIFIC = re.compile(r"^(dr|prof|professor|mr|mrs|ms|miss|sir|dame)\b\.?", re.I)

errors = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


# ------------------------------------------------------------------ readable text
def strip_html(s):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?is)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def readable(path):
    raw = open(path, "rb").read()
    if path.endswith(".eml"):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [f"{k}: {v}" for k, v in msg.items()]
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            if not ctype.startswith("text/"):
                continue
            body = part.get_content()
            parts.append(strip_html(body) if ctype == "text/html" else body)
        return "\n".join(parts)
    txt = raw.decode("utf-8")
    if path.endswith((".html", ".htm")):
        return strip_html(txt)
    return txt


def norm(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", s or "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-").lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


# ------------------------------------------------------------------ shape checks
def is_date(s):
    try:
        d = datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) and 2015 <= d.year <= 2026


def is_time(s):
    return isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s)


def check_span(stem, where, v):
    if v is None:
        return
    if not isinstance(v, dict) or sorted(v) != ["ends", "starts"]:
        err(stem, f"{where} must be null or {{starts, ends}}")
        return
    for k in ("starts", "ends"):
        n = len(v[k].split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k} has {n} words (want 6-10): {v[k]!r}")


def check_shape(stem, gd):
    if list(gd) != TOP:
        err(stem, f"top-level keys {list(gd)}")
        return False
    if gd["id"] != stem:
        err(stem, f"id {gd['id']!r} does not match file name")
    if list(gd["source"]) != SOURCE:
        err(stem, f"source keys {list(gd['source'])}")
    elif not re.fullmatch(r"[0-9a-f]{40}", gd["source"]["commit"] or ""):
        err(stem, "source.commit is not 40 hex digits")
    elif gd["source"]["transform"] not in ("none", "strip-front-matter"):
        err(stem, "bad transform")
    if gd["format"] not in FORMATS:
        err(stem, f"format {gd['format']!r}")
    if not isinstance(gd["notes"], str) or not gd["notes"] or "\n" in gd["notes"]:
        err(stem, "notes must be one non-empty line")
    ev = gd["event"]
    if list(ev) != EVENT:
        err(stem, f"event keys {list(ev)}")
        return False
    for k in ("date", "end_date"):
        if ev[k] is not None and not is_date(ev[k]):
            err(stem, f"event.{k} {ev[k]!r}")
    for k in ("start_time", "end_time"):
        if ev[k] is not None and not is_time(ev[k]):
            err(stem, f"event.{k} {ev[k]!r}")
    if ev["end_date"] and ev["date"] and ev["end_date"] <= ev["date"]:
        err(stem, "end_date not after date")
    if ev["end_date"] and not ev["date"]:
        err(stem, "end_date without date")
    if ev["attendance"] not in ATTEND:
        err(stem, f"attendance {ev['attendance']!r}")
    for k in ("title", "series", "timezone", "location"):
        if ev[k] is not None and (not isinstance(ev[k], str) or not ev[k].strip()):
            err(stem, f"event.{k} must be null or a non-empty string")
    if not isinstance(gd["talks"], list) or not gd["talks"]:
        err(stem, "talks must be a non-empty list")
        return False
    for i, tk in enumerate(gd["talks"]):
        if list(tk) != TALK:
            err(stem, f"talk {i} keys {list(tk)}")
            continue
        if not tk["title"] and not tk["speakers"]:
            err(stem, f"talk {i} has neither title nor speakers")
        if tk["date"] is not None and not is_date(tk["date"]):
            err(stem, f"talk {i} date {tk['date']!r}")
        if tk["date"] and ev["date"] and not (ev["date"] <= tk["date"] <= (ev["end_date"] or ev["date"])):
            err(stem, f"talk {i} date outside the event")
        for k in ("start_time", "end_time"):
            if tk[k] is not None and not is_time(tk[k]):
                err(stem, f"talk {i} {k} {tk[k]!r}")
        if (tk["start_time"] or tk["end_time"]) and len(gd["talks"]) == 1:
            err(stem, "a lone talk carries no own slot (put the time on the event)")
        check_span(stem, f"talk {i} abstract", tk["abstract"])
        for j, s in enumerate(tk["speakers"]):
            if list(s) != SPEAKER:
                err(stem, f"talk {i} speaker {j} keys {list(s)}")
                continue
            if not s["name"] or HONORIFIC.match(s["name"]):
                err(stem, f"talk {i} speaker {j} name {s['name']!r}")
            check_span(stem, f"talk {i} speaker {j} bio", s["bio"])
    return True


# ------------------------------------------------------------------ verbatim checks
def check_verbatim(stem, gd, text):
    nt = " " + norm(text) + " "

    def need(where, s):
        if s and " " + norm(s) + " " not in nt:
            err(stem, f"{where} not found in text: {s!r}")

    ev = gd["event"]
    for k in ("title", "series", "location", "timezone"):
        need(f"event.{k}", ev[k])
    for i, tk in enumerate(gd["talks"]):
        need(f"talk {i} title", tk["title"])
        if tk["abstract"]:
            need(f"talk {i} abstract.starts", tk["abstract"]["starts"])
            need(f"talk {i} abstract.ends", tk["abstract"]["ends"])
        for j, s in enumerate(tk["speakers"]):
            need(f"talk {i} speaker {j} name", s["name"])
            need(f"talk {i} speaker {j} affiliation", s["affiliation"])
            if s["bio"]:
                need(f"talk {i} speaker {j} bio.starts", s["bio"]["starts"])
                need(f"talk {i} speaker {j} bio.ends", s["bio"]["ends"])


# ------------------------------------------------------------------ weekday checks
DAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
DAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
DAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
DAY_RE = r"(?P<wd>" + "|".join(sorted(DAYS, key=len, reverse=True)) + r")\.?"
MON_RE = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
NUM_RE = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
YEAR_RE = r"(?:,?\s+(?P<y>20\d\d))?"
PATTERNS = [
    re.compile(r"\b" + DAY_RE + r",?\s+(?:the\s+)?" + NUM_RE + r"(?:\s+of)?\s+" + MON_RE + YEAR_RE + r"\b", re.I),
    re.compile(r"\b" + DAY_RE + r",?\s+" + MON_RE + r"\s+" + NUM_RE + YEAR_RE + r"\b", re.I),
    re.compile(r"\b" + DAY_RE + r",?\s+(?P<num>\d{1,2}[./]\d{1,2}[./]20\d\d|20\d\d-\d\d-\d\d)\b", re.I),
    re.compile(r"\b(?P<iso>20\d\d-\d\d-\d\d)\s*\(?\s*" + DAY_RE + r"\b", re.I),
]


def check_weekdays(stem, text, default_year, day_first):
    seen = 0
    for pat in PATTERNS:
        for m in pat.finditer(text):
            gd = m.groupdict()
            wd = DAYS[gd["wd"].lower()]
            try:
                if gd.get("iso"):
                    d = datetime.date.fromisoformat(gd["iso"])
                elif gd.get("num"):
                    s = gd["num"]
                    if "-" in s:
                        d = datetime.date.fromisoformat(s)
                    else:
                        a, b, y = (int(x) for x in re.split(r"[./]", s))
                        d = datetime.date(y, b, a) if day_first else datetime.date(y, a, b)
                else:
                    y = int(gd["y"]) if gd.get("y") else default_year
                    if y is None:
                        continue
                    d = datetime.date(y, MONTHS[gd["mon"].lower()], int(gd["d"]))
            except ValueError:
                err(stem, f"impossible date {m.group(0)!r}")
                continue
            seen += 1
            if d.weekday() != wd:
                err(stem, f"weekday does not match date: {m.group(0)!r} ({d} is a {calendar.day_name[d.weekday()]})")
    return seen


# ------------------------------------------------------------------ self-score
def record(gd):
    def long(v):
        return None if v is None else v["starts"] + " ... " + v["ends"]
    ev = gd["event"]
    talks = []
    for tk in gd["talks"]:
        when = None
        if tk["date"] or tk["start_time"] or tk["end_time"]:
            when = {"date": tk["date"], "start_time": tk["start_time"], "end_time": tk["end_time"]}
        talks.append({"title": tk["title"], "when": when, "abstract": long(tk["abstract"]),
                      "speakers": [{"name": s["name"], "affiliation": s["affiliation"],
                                    "bio": long(s["bio"])} for s in tk["speakers"]]})
    return {"schema_version": 1, "source": {"path": gd["source"]["path"]},
            "event": {"title": ev["title"], "series": ev["series"], "attendance": ev["attendance"],
                      "when": {k: ev[k] for k in ("date", "end_date", "start_time", "end_time", "timezone")},
                      "location": {"text": ev["location"]}},
            "talks": talks}


def self_score(golds, score_py):
    with tempfile.TemporaryDirectory() as tmp:
        for stem, gd in golds.items():
            with open(os.path.join(tmp, stem + ".json"), "w") as fh:
                json.dump(record(gd), fh, ensure_ascii=False)
        out = subprocess.run([sys.executable, score_py, "modern", "--gold", os.path.join(HERE, "gold"),
                              "--pred", tmp], capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        err("score", out.stderr)
        return
    rows = 0
    for line in out.stdout.splitlines():
        m = re.match(r"^(\S.*?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+\d+\s+(\d+)\s+(\d+)$", line)
        if m:
            rows += 1
            if m.group(5) == m.group(6) == "0":
                continue  # field absent from gold and records alike
            if not all(float(x) == 1.0 for x in m.group(2, 3, 4)):
                err("score", f"field {m.group(1)} is not 1.000: {line}")
    if not rows or "overall F1 1.000" not in out.stdout:
        err("score", "overall F1 is not 1.000")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--score", default=SCORE)
    ap.add_argument("-v", action="store_true", help="show weekday-check counts per document")
    a = ap.parse_args()
    gold_dir, text_dir = os.path.join(HERE, "gold"), os.path.join(HERE, "text")
    texts = {os.path.splitext(f)[0]: f for f in os.listdir(text_dir)}
    golds = {}
    for f in sorted(os.listdir(gold_dir)):
        stem = os.path.splitext(f)[0]
        if not f.endswith(".json"):
            err(stem, "stray file in gold/")
            continue
        try:
            with open(os.path.join(gold_dir, f), encoding="utf-8") as fh:
                gd = json.load(fh)
        except (OSError, ValueError) as e:
            err(stem, f"does not parse: {e}")
            continue
        if stem not in texts:
            err(stem, "no text file")
            continue
        if not check_shape(stem, gd):
            continue
        tpath = os.path.join(text_dir, texts[stem])
        if gd["source"]["path"] != "text/" + texts[stem]:
            err(stem, f"source.path {gd['source']['path']!r} != text/{texts[stem]}")
        if gd["source"]["commit"] != hashlib.sha1(open(tpath, "rb").read()).hexdigest():
            err(stem, "source.commit is not the sha1 of the text file (text edited after gold?)")
        want = {".eml": "email", ".html": "html-text", ".md": "markdown", ".txt": "text"}[os.path.splitext(tpath)[1]]
        if gd["format"] != want:
            err(stem, f"format {gd['format']} but file is {want}")
        text = readable(tpath)
        check_verbatim(stem, gd, text)
        year = int(gd["event"]["date"][:4]) if gd["event"]["date"] else None
        nwd = check_weekdays(stem, text, year, day_first="day-first" in gd["notes"])
        if "-v" in sys.argv:
            print(f"{stem}: {nwd} weekday+date mentions checked")
        golds[stem] = gd
    for stem in texts:
        if stem not in golds and not any(e.startswith(stem + ":") for e in errors):
            err(stem, "text without gold")
    print(f"{len(golds)} gold files checked, {len(texts)} texts")
    if golds:
        self_score(golds, a.score)
    if errors:
        print("\nPROBLEMS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all gold files valid, all fields score 1.000")


if __name__ == "__main__":
    main()
