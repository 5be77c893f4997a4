#!/usr/bin/env python3
"""Validate the synth21 evaluation set.

  1. every gold/<stem>.json follows GOLD-FORMAT.md (keys, types, normalized dates/times,
     starts/ends of 6-10 words) and points at an existing text/<stem>.<ext>;
  2. every string copied from the text (titles, names, affiliations, locations, series,
     starts/ends) occurs in the text (case, punctuation, whitespace and markup ignored);
  3. every weekday written next to a date in a text (English, German, French, Spanish,
     Portuguese) is the weekday of that date;
  4. self-score: each gold file is turned into the record a perfect tool would produce
     (SCHEMA.md shape, in a temporary directory) and score.py must print overall F1 1.000.

usage: python3 check.py [-v]       (run from anywhere; paths are relative to this file;
                                   -v lists every weekday/date pair it checked)
"""
import datetime, html, json, os, re, subprocess, sys, tempfile, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
# score.py location: change this line if the set is moved elsewhere.
SCORE_PY = Path(__file__).resolve().parents[4] / 'shared/eval/score.py'

TEXT, GOLD = HERE / "text", HERE / "gold"
FORMATS = {"markdown", "text", "email", "html-text"}
ATTENDANCE = {None, "online", "in_person", "hybrid"}
TRANSFORMS = {"none", "strip-front-matter"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone",
              "location", "attendance"]
TALK_KEYS = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER_KEYS = ["name", "affiliation", "bio"]

errors = []
def err(stem, msg):
    errors.append(f"{stem}: {msg}")

# ------------------------------------------------------------------ text helpers
def fold(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return s

def loose(s):
    s = fold(s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def visible_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?i)</?(sup|sub|em|strong|b|i|a|span|small|abbr|code)\b[^>]*>", "", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw

def words(s):
    return len(s.split())

# ------------------------------------------------------------------ 1 + 2: gold format
def check_gold(stem, gold, texts):
    if list(gold.keys()) != ["id", "source", "format", "notes", "event", "talks"]:
        err(stem, f"top-level keys {list(gold.keys())}")
    if gold.get("id") != stem:
        err(stem, f"id {gold.get('id')!r} != file stem")
    src = gold.get("source") or {}
    if list(src.keys()) != ["repo", "commit", "path", "transform"]:
        err(stem, f"source keys {list(src.keys())}")
    if not re.fullmatch(r"[0-9a-f]{40}", src.get("commit") or ""):
        err(stem, "source.commit is not 40 hex digits")
    if src.get("transform") not in TRANSFORMS:
        err(stem, f"bad transform {src.get('transform')!r}")
    tpath = HERE / (src.get("path") or "")
    if not tpath.is_file() or tpath.stem != stem:
        err(stem, f"source.path {src.get('path')!r} is not text/{stem}.*")
        return
    if gold.get("format") not in FORMATS:
        err(stem, f"bad format {gold.get('format')!r}")
    if not isinstance(gold.get("notes"), str) or not gold["notes"].strip() or "\n" in gold["notes"]:
        err(stem, "notes must be one non-empty line")
    text = loose(visible_text(tpath))
    texts[stem] = visible_text(tpath)

    def verbatim(label, s):
        if s is not None and loose(s) not in text:
            err(stem, f"{label} {s!r} not found in text")

    def longtext(label, lt):
        if lt is None:
            return
        if not isinstance(lt, dict) or list(lt.keys()) != ["starts", "ends"]:
            err(stem, f"{label} must be null or {{starts, ends}}")
            return
        for k in ("starts", "ends"):
            if not isinstance(lt[k], str) or not 6 <= words(lt[k]) <= 10:
                err(stem, f"{label}.{k} must have 6-10 words: {lt[k]!r}")
            verbatim(f"{label}.{k}", lt[k])
        a, b = text.find(loose(lt["starts"])), text.rfind(loose(lt["ends"]))
        if a >= 0 and b >= 0 and b < a:
            err(stem, f"{label}: ends occurs before starts")

    ev = gold.get("event") or {}
    if list(ev.keys()) != EVENT_KEYS:
        err(stem, f"event keys {list(ev.keys())}")
    for k in ("date", "end_date"):
        if ev.get(k) is not None and not DATE_RE.match(ev[k]):
            err(stem, f"event.{k} {ev[k]!r} not YYYY-MM-DD")
    for k in ("start_time", "end_time"):
        if ev.get(k) is not None and not TIME_RE.match(ev[k]):
            err(stem, f"event.{k} {ev[k]!r} not HH:MM")
    for k in ("date", "end_date"):
        if ev.get(k):
            try:
                datetime.date.fromisoformat(ev[k])
            except ValueError:
                err(stem, f"event.{k} {ev[k]!r} is not a real date")
    if ev.get("end_date") and ev.get("date") and ev["end_date"] <= ev["date"]:
        err(stem, "event.end_date must be after event.date")
    if ev.get("attendance") not in ATTENDANCE:
        err(stem, f"bad attendance {ev.get('attendance')!r}")
    for k in ("title", "series", "location", "timezone"):
        verbatim(f"event.{k}", ev.get(k))

    talks = gold.get("talks")
    if not isinstance(talks, list) or not talks:
        err(stem, "talks must be a non-empty list")
        return
    for i, tk in enumerate(talks):
        if list(tk.keys()) != TALK_KEYS:
            err(stem, f"talk {i} keys {list(tk.keys())}")
            continue
        verbatim(f"talk {i} title", tk["title"])
        longtext(f"talk {i} abstract", tk["abstract"])
        if tk["date"] is not None and not DATE_RE.match(tk["date"]):
            err(stem, f"talk {i} date {tk['date']!r}")
        elif tk["date"] and ev.get("date") and not ev["date"] <= tk["date"] <= (ev.get("end_date") or ev["date"]):
            err(stem, f"talk {i} date {tk['date']} outside the event's dates")
        for k in ("start_time", "end_time"):
            if tk[k] is not None and not TIME_RE.match(tk[k]):
                err(stem, f"talk {i} {k} {tk[k]!r}")
        if not tk["speakers"]:
            err(stem, f"talk {i} has no speakers")
        for j, s in enumerate(tk["speakers"]):
            if list(s.keys()) != SPEAKER_KEYS:
                err(stem, f"talk {i} speaker {j} keys {list(s.keys())}")
                continue
            if re.match(r"(?i)^(dr|prof|professor|mr|mrs|ms)\b\.?\s", s["name"] or ""):
                err(stem, f"speaker name keeps an honorific: {s['name']!r}")
            verbatim(f"talk {i} speaker name", s["name"])
            verbatim(f"talk {i} speaker affiliation", s["affiliation"])
            longtext(f"talk {i} speaker {j} bio", s["bio"])

# ------------------------------------------------------------------ 3: weekday vs date
WEEKDAYS = {  # word -> ISO weekday (Mon=0)
    0: "monday mon montag mo lundi lun lunes segunda-feira segunda seg",
    1: "tuesday tues tue dienstag di mardi mar martes terça-feira terça ter",
    2: "wednesday wed mittwoch mi mercredi mer miércoles miercoles quarta-feira quarta qua",
    3: "thursday thurs thur thu donnerstag do jeudi jeu jueves quinta-feira quinta qui",
    4: "friday fri freitag fr vendredi ven viernes sexta-feira sexta sex",
    5: "saturday sat samstag sonnabend sa samedi sam sábado sabado sáb",
    6: "sunday sun sonntag so dimanche dim domingo dom",
}
WD = {w: d for d, ws in WEEKDAYS.items() for w in ws.split()}
MONTHS = {
    1: "january jan januar jänner janvier janv enero ene janeiro",
    2: "february feb februar février fevrier févr fev febrero febr fevereiro",
    3: "march mar märz maerz mars marzo março marco",
    4: "april apr avril avr abril abr",
    5: "may mai mayo maio",
    6: "june jun juni juin junio junho",
    7: "july jul juli juillet juil julio julho",
    8: "august aug august août aout agosto ago",
    9: "september sept sep septembre septiembre setiembre setembro set",
    10: "october oct oktober okt octobre octubre outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez décembre decembre déc diciembre dic dezembro",
}
MON = {w: m for m, ws in MONTHS.items() for w in ws.split()}
WD_ALT = "|".join(sorted((re.escape(w) for w in WD), key=len, reverse=True))
MON_ALT = "|".join(sorted((re.escape(w) for w in MON), key=len, reverse=True))
# two-letter German/short forms are only weekdays when capitalised and followed by '.' or ','
SHORT = {w for w in WD if len(w) <= 3 and w not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
WD_PAT = re.compile(rf"(?<![\w-])({WD_ALT})(?![\w-])\.?,?", re.I)
AFTER = [  # patterns applied right after a weekday
    ("dmy", re.compile(rf"^\s*,?\s*(?:the\s+|le\s+|den\s+|el\s+|dia\s+)?(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?({MON_ALT})\.?(?:\s*(?:de\s+|,\s*)?(\d{{4}}))?(?![\w])", re.I)),
    ("mdy", re.compile(rf"^\s*,?\s*({MON_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?![\w])", re.I)),
    ("iso", re.compile(r"^\s*,?\s*(\d{4})-(\d{2})-(\d{2})")),
    ("num", re.compile(r"^\s*,?\s*(\d{1,2})([./])(\d{1,2})(?:\.|(?:\2(\d{2,4})))?(?!\d)(?!:\d)(?!\s*[ap]\.?m\b)")),
]
BEFORE = [  # date immediately followed by a weekday: "2024-10-08 (Tue)", "12 March 1996 (Tuesday)"
    ("iso", re.compile(rf"(\d{{4}})-(\d{{2}})-(\d{{2}})\s*[(,]?\s*({WD_ALT})\b", re.I)),
    ("dmy", re.compile(rf"(\d{{1,2}})\.?\s+({MON_ALT})\.?\s+(\d{{4}})\s*[(,]\s*({WD_ALT})\b", re.I)),
]
VERBOSE = "-v" in sys.argv
SLASH_DM = {"x06": True}  # stems whose texts write day/month with slashes

def weekday_checks(stem, text, default_year):
    n = 0
    def test(y, m, d, wd, where):
        nonlocal n
        try:
            dt = datetime.date(y, m, d)
        except ValueError:
            err(stem, f"impossible date {y}-{m}-{d} near {where!r}")
            return
        n += 1
        if VERBOSE:
            print(f"  {stem}: {where!r} -> {dt} {dt.strftime('%a')}")
        if dt.weekday() != wd:
            err(stem, f"weekday mismatch: {where!r} but {dt} is a {dt.strftime('%A')}")
    def year_of(s):
        if not s:
            return default_year
        y = int(s)
        return y + (1900 if y >= 50 else 2000) if y < 100 else y
    for m in WD_PAT.finditer(text):
        word = m.group(1)
        if word.lower() in SHORT and not (word[0].isupper() and m.group(0)[-1:] in ".,"):
            continue
        wd = WD[word.lower()]
        rest = text[m.end():m.end() + 60]
        where = (word + rest[:30]).replace("\n", " ")
        for kind, pat in AFTER:
            a = pat.match(rest)
            if not a:
                continue
            if kind == "dmy":
                test(year_of(a.group(3)), MON[a.group(2).lower()], int(a.group(1)), wd, where)
            elif kind == "mdy":
                test(year_of(a.group(3)), MON[a.group(1).lower()], int(a.group(2)), wd, where)
            elif kind == "iso":
                test(int(a.group(1)), int(a.group(2)), int(a.group(3)), wd, where)
            else:
                x, sep, z, y = int(a.group(1)), a.group(2), int(a.group(3)), a.group(4)
                if sep == "/" and not SLASH_DM.get(stem):
                    test(year_of(y), x, z, wd, where)
                else:
                    test(year_of(y), z, x, wd, where)
            break
    for kind, pat in BEFORE:
        for b in pat.finditer(text):
            wd = WD[b.group(4).lower()]
            if kind == "iso":
                test(int(b.group(1)), int(b.group(2)), int(b.group(3)), wd, b.group(0))
            else:
                test(int(b.group(3)), MON[b.group(2).lower()], int(b.group(1)), wd, b.group(0))
    return n

# ------------------------------------------------------------------ 4: perfect records
def long_value(lt):
    return None if lt is None else f"{lt['starts']} ... {lt['ends']}"

def when(date, end_date, st, et, tz):
    if not any((date, end_date, st, et, tz)):
        return None
    start = f"{date}T{st}" if date and st else date
    return {"date": date, "end_date": end_date, "start_time": st, "end_time": et, "timezone": tz,
            "start": start, "end": None, "start_utc": None, "text": None}

def to_record(gold):
    src_path = HERE / gold["source"]["path"]
    data = src_path.read_bytes()
    import hashlib
    ev = gold["event"]
    fmt = {"html-text": "html"}.get(gold["format"], gold["format"])
    return {
        "schema_version": 1,
        "source": {"path": str(src_path), "part": None, "sha256": hashlib.sha256(data).hexdigest(),
                   "bytes": len(data), "format": fmt},
        "event": {
            "title": ev["title"], "kind": None, "series": ev["series"],
            "when": when(ev["date"], ev["end_date"], ev["start_time"], ev["end_time"], ev["timezone"]),
            "location": None if ev["location"] is None else
                {"text": ev["location"], "room": None, "building": None, "institution": None,
                 "city": None, "region": None, "country": None},
            "attendance": ev["attendance"], "organizers": [],
            "registration": {"required": None, "url": None}, "urls": [],
        },
        "talks": [{
            "title": tk["title"], "kind": None,
            "when": when(tk["date"], None, tk["start_time"], tk["end_time"], None),
            "speakers": [{"name": s["name"], "honorific": None, "position": None,
                          "affiliation": s["affiliation"], "bio": long_value(s["bio"]),
                          "email": None, "url": None} for s in tk["speakers"]],
            "hosts": [], "abstract": long_value(tk["abstract"]), "references": [],
        } for tk in gold["talks"]],
        "warnings": [],
    }

# ------------------------------------------------------------------ main
def main():
    golds, texts = {}, {}
    for f in sorted(GOLD.glob("*.json")):
        try:
            golds[f.stem] = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            err(f.stem, f"invalid JSON: {e}")
    text_stems = {p.stem for p in TEXT.iterdir() if p.is_file()}
    for s in sorted(text_stems - set(golds)):
        err(s, "text without gold")
    for s in sorted(set(golds) - text_stems):
        err(s, "gold without text")
    for stem, gold in golds.items():
        check_gold(stem, gold, texts)
    nweek = 0
    for stem in sorted(texts):
        ev = golds[stem]["event"]
        dates = [ev.get("date")] + [t.get("date") for t in golds[stem]["talks"]]
        years = [int(d[:4]) for d in dates if d]
        if not years:
            years = [int(y) for y in re.findall(r"\b(19[89]\d|20[0-3]\d)\b", texts[stem])[:1]] or [2000]
        nweek += weekday_checks(stem, texts[stem], years[0])

    ntalks = sum(len(g["talks"]) for g in golds.values())
    nspk = sum(len(t["speakers"]) for g in golds.values() for t in g["talks"])
    names = {s["name"] for g in golds.values() for t in g["talks"] for s in t["speakers"]}
    print(f"documents {len(golds)}  talks {ntalks}  speaker slots {nspk}  distinct speakers {len(names)}"
          f"  weekday/date pairs checked {nweek}")

    score_line = None
    if not errors:
        with tempfile.TemporaryDirectory(prefix="synth21-pred-") as tmp:
            for stem, gold in golds.items():
                with open(os.path.join(tmp, stem + ".json"), "w") as fh:
                    json.dump(to_record(gold), fh, ensure_ascii=False, indent=1)
            r = subprocess.run([sys.executable, str(SCORE_PY), "modern", "--gold", str(GOLD),
                                "--pred", tmp], capture_output=True, text=True)
            print(r.stdout, end="")
            if r.returncode != 0:
                print(r.stderr, end="")
            lines = [l for l in r.stdout.splitlines() if l.startswith("overall F1")]
            score_line = lines[-1] if lines else None
            if score_line != "overall F1 1.000":
                err("score", f"self-score is {score_line!r}, expected 'overall F1 1.000'")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
