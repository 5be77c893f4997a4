#!/usr/bin/env python3
"""Validate the synth16 evaluation set.

1. every gold/tNN.json parses and follows ../shared/eval/GOLD-FORMAT.md (keys, types,
   date/time formats, dates within 2018-2026, starts/ends of 6-10 words, id = stem,
   format matching the text file's extension);
2. every verbatim gold string (titles, series, location, names, affiliations, timezone,
   abstract/bio starts and ends) occurs in its text file (compared after tag stripping,
   entity decoding and the same case/punctuation folding score.py uses);
3. every "weekday + day + month + year" phrase in the texts (en/de/es/fr/pt/nl) names the
   right weekday;
4. gold scored against itself with score.py gives 1.000 for every field.

usage: python3 check.py            (exit status 0 when everything passes)
"""
import datetime, html, json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT, GOLD = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
SCORE = str(__import__('pathlib').Path(__file__).resolve().parents[4] / 'shared/eval/score.py')
FORMATS = {".html": "html-text", ".htm": "html-text", ".md": "markdown", ".txt": "text"}
errors = []

def err(stem, msg):
    errors.append(f"{stem}: {msg}")

def fold(s):
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return s

def norm_loose(s):  # as in score.py
    s = fold(s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        raw = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw

# ---------------------------------------------------------------- 1. format
EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone", "location", "attendance"]
TALK_KEYS = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER_KEYS = ["name", "affiliation", "bio"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

def check_date(stem, where, v):
    if v is None:
        return
    if not isinstance(v, str) or not DATE_RE.match(v):
        return err(stem, f"{where}: bad date {v!r}")
    try:
        d = datetime.date.fromisoformat(v)
    except ValueError:
        return err(stem, f"{where}: invalid date {v!r}")
    if not 2018 <= d.year <= 2026:
        err(stem, f"{where}: date {v} outside 2018-2026")

def check_time(stem, where, v):
    if v is not None and (not isinstance(v, str) or not TIME_RE.match(v)):
        err(stem, f"{where}: bad time {v!r}")

def check_str(stem, where, v, allow_none=True):
    if v is None and allow_none:
        return
    if not isinstance(v, str) or not v.strip() or v != " ".join(v.split()):
        err(stem, f"{where}: bad string {v!r} (empty or uncollapsed whitespace)")

def check_long(stem, where, v):
    if v is None:
        return
    if not isinstance(v, dict) or sorted(v) != ["ends", "starts"]:
        return err(stem, f"{where}: must be null or {{starts, ends}}")
    for k in ("starts", "ends"):
        check_str(stem, f"{where}.{k}", v[k], allow_none=False)
        n = len(v[k].split())
        if not 6 <= n <= 10:
            err(stem, f"{where}.{k}: {n} words (want 6-10)")

def check_format(stem, gold, textfile):
    if list(gold) != ["id", "source", "format", "notes", "event", "talks"]:
        err(stem, f"top-level keys {list(gold)}")
    if gold.get("id") != stem:
        err(stem, f"id {gold.get('id')!r} != stem")
    src = gold.get("source") or {}
    if sorted(src) != ["commit", "path", "repo", "transform"]:
        err(stem, f"source keys {sorted(src)}")
    if not re.match(r"^[0-9a-f]{40}$", src.get("commit", "")):
        err(stem, "source.commit must be 40 hex")
    if src.get("transform") not in ("none", "strip-front-matter"):
        err(stem, "source.transform")
    if src.get("path") != f"text/{os.path.basename(textfile)}":
        err(stem, f"source.path {src.get('path')!r} does not name the text file")
    if gold.get("format") != FORMATS[os.path.splitext(textfile)[1]]:
        err(stem, f"format {gold.get('format')!r} does not fit {textfile}")
    check_str(stem, "notes", gold.get("notes"), allow_none=False)
    ev = gold.get("event") or {}
    if list(ev) != EVENT_KEYS:
        err(stem, f"event keys {list(ev)}")
    for k in ("title", "series", "timezone", "location"):
        check_str(stem, f"event.{k}", ev.get(k))
    check_date(stem, "event.date", ev.get("date"))
    check_date(stem, "event.end_date", ev.get("end_date"))
    if ev.get("end_date") and (not ev.get("date") or ev["end_date"] <= ev["date"]):
        err(stem, "event.end_date must follow event.date")
    check_time(stem, "event.start_time", ev.get("start_time"))
    check_time(stem, "event.end_time", ev.get("end_time"))
    if ev.get("attendance") not in (None, "online", "in_person", "hybrid"):
        err(stem, f"event.attendance {ev.get('attendance')!r}")
    talks = gold.get("talks")
    if not isinstance(talks, list) or not talks:
        return err(stem, "talks must be a non-empty list")
    for i, t in enumerate(talks):
        w = f"talks[{i}]"
        if list(t) != TALK_KEYS:
            err(stem, f"{w} keys {list(t)}")
        check_str(stem, f"{w}.title", t.get("title"))
        check_long(stem, f"{w}.abstract", t.get("abstract"))
        check_date(stem, f"{w}.date", t.get("date"))
        check_time(stem, f"{w}.start_time", t.get("start_time"))
        check_time(stem, f"{w}.end_time", t.get("end_time"))
        if len(talks) == 1 and (t.get("date") or t.get("start_time")):
            err(stem, f"{w}: a lone talk carries no own slot (the event does)")
        if t.get("date") and ev.get("date") and not (ev["date"] <= t["date"] <= (ev.get("end_date") or ev["date"])):
            err(stem, f"{w}.date outside the event's dates")
        sps = t.get("speakers")
        if not isinstance(sps, list) or (not sps and not t.get("title")):
            err(stem, f"{w}: needs speakers or a title")
        for j, s in enumerate(sps or []):
            if list(s) != SPEAKER_KEYS:
                err(stem, f"{w}.speakers[{j}] keys {list(s)}")
            check_str(stem, f"{w}.speakers[{j}].name", s.get("name"), allow_none=False)
            if re.match(r"(?i)^(dr|prof|professor|mr|mrs|ms)\b\.?\s", s.get("name") or ""):
                err(stem, f"{w}.speakers[{j}].name keeps an honorific")
            check_str(stem, f"{w}.speakers[{j}].affiliation", s.get("affiliation"))
            check_long(stem, f"{w}.speakers[{j}].bio", s.get("bio"))

# ---------------------------------------------------------------- 2. verbatim
def verbatim_strings(gold):
    ev = gold["event"]
    for k in ("title", "series", "location", "timezone"):
        if ev.get(k):
            yield f"event.{k}", ev[k]
    for i, t in enumerate(gold["talks"]):
        if t.get("title"):
            yield f"talks[{i}].title", t["title"]
        for k in ("starts", "ends"):
            if t.get("abstract"):
                yield f"talks[{i}].abstract.{k}", t["abstract"][k]
        for j, s in enumerate(t.get("speakers") or []):
            yield f"talks[{i}].speakers[{j}].name", s["name"]
            if s.get("affiliation"):
                yield f"talks[{i}].speakers[{j}].affiliation", s["affiliation"]
            for k in ("starts", "ends"):
                if s.get("bio"):
                    yield f"talks[{i}].speakers[{j}].bio.{k}", s["bio"][k]

def check_verbatim(stem, gold, text):
    hay = " " + norm_loose(text) + " "
    for where, s in verbatim_strings(gold):
        if " " + norm_loose(s) + " " not in hay:
            err(stem, f"{where} {s!r} not found in the text")

# ---------------------------------------------------------------- 3. weekdays
WD = {  # weekday word (lower, no trailing dot) -> Monday=0
    **{w: i for i, w in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())},
    **{w: i for i, w in enumerate("mon tue wed thu fri sat sun".split())},
    "tues": 1, "thur": 3, "thurs": 3, "weds": 2,
    **{w: i for i, w in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())},
    **{w: i for i, w in enumerate("mo di mi do fr sa so".split())},
    **{w: i for i, w in enumerate("lunes martes miércoles jueves viernes sábado domingo".split())},
    **{w: i for i, w in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split())},
    **{w: i for i, w in enumerate("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split())},
    "seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4, "sáb": 5, "dom": 6,
    **{w: i for i, w in enumerate("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())},
    "ma": 0, "wo": 2, "vr": 4, "za": 5, "zo": 6,
}
MONTHS = {}
for names in ("january february march april may june july august september october november december",
              "januar februar märz april mai juni juli august september oktober november dezember",
              "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
              "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
              "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
              "januari februari maart april mei juni juli augustus september oktober november december"):
    for i, m in enumerate(names.split()):
        MONTHS[m] = i + 1
        MONTHS.setdefault(m[:3], i + 1)
MONTHS.update({"sept": 9, "mrt": 3, "okt": 10, "dez": 12, "déc": 12, "févr": 2, "janv": 1, "avr": 4, "juil": 7, "set": 9, "fev": 2, "abr": 4, "ago": 8, "out": 10, "dic": 12, "ene": 1})
WDP = "|".join(sorted((re.escape(w) for w in WD), key=len, reverse=True))
MP = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
SEP = r"[\s,.]*(?:the\s+|den\s+|le\s+|de\s+)?"
PATTERNS = [
    # weekday day month year      (Wednesday 12 March 2025, Dienstag, 14. Januar 2025, jueves 23 de mayo de 2024)
    re.compile(rf"\b(?P<wd>{WDP})\.?{SEP}(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?(?P<m>{MP})\.?,?\s*(?:de\s+)?(?P<y>\d{{4}})\b", re.I),
    # weekday month day year        (Wednesday, March 12, 2025)
    re.compile(rf"\b(?P<wd>{WDP})\.?,?\s+(?P<m>{MP})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
    # weekday dd.mm.yyyy / dd/mm/yyyy  (Do., 27.02.2020)
    re.compile(rf"\b(?P<wd>{WDP})\.?,?\s+(?P<d>\d{{1,2}})[./](?P<mn>\d{{1,2}})[./](?P<y>\d{{4}})\b", re.I),
]

def check_weekdays(stem, text):
    n = 0
    for pat in PATTERNS:
        for m in pat.finditer(text):
            wd = WD.get(m.group("wd").lower().rstrip("."))
            mon = int(m.group("mn")) if "mn" in m.groupdict() and m.group("mn") else MONTHS.get(m.group("m").lower())
            try:
                d = datetime.date(int(m.group("y")), mon, int(m.group("d")))
            except (TypeError, ValueError):
                err(stem, f"weekday phrase {m.group(0)!r}: no such date")
                continue
            n += 1
            if d.weekday() != wd:
                err(stem, f"weekday phrase {m.group(0)!r}: {d} is a {d.strftime('%A')}")
    return n

# ---------------------------------------------------------------- 4. self-score
def as_record(gold, textfile):
    ev = gold["event"]
    def when(d, st, et):
        return {"date": d, "end_date": None, "start_time": st, "end_time": et}
    long = lambda x: (x["starts"] + " " + x["ends"]) if x else None
    return {
        "schema_version": 1,
        "source": {"path": textfile, "part": None, "sha256": None, "bytes": None, "format": None},
        "event": {"title": ev["title"], "series": ev["series"],
                  "when": dict(when(ev["date"], ev["start_time"], ev["end_time"]), end_date=ev["end_date"],
                               timezone=ev["timezone"]),
                  "location": {"text": ev["location"]}, "attendance": ev["attendance"]},
        "talks": [{"title": t["title"],
                   "when": when(t["date"], t["start_time"], t["end_time"]) if (t["date"] or t["start_time"]) else None,
                   "speakers": [{"name": s["name"], "affiliation": s["affiliation"], "bio": long(s["bio"])}
                                for s in t["speakers"]],
                   "abstract": long(t["abstract"])} for t in gold["talks"]],
        "warnings": [],
    }

def main():
    texts = {os.path.splitext(f)[0]: f for f in os.listdir(TEXT)}
    golds = sorted(f for f in os.listdir(GOLD) if f.endswith(".json"))
    if sorted(texts) != sorted(os.path.splitext(f)[0] for f in golds):
        errors.append(f"text/gold stems differ: {sorted(set(texts) ^ {os.path.splitext(f)[0] for f in golds})}")
    loaded, nweek = {}, 0
    for f in golds:
        stem = os.path.splitext(f)[0]
        try:
            gold = json.load(open(os.path.join(GOLD, f), encoding="utf-8"))
        except Exception as e:
            err(stem, f"does not parse: {e}")
            continue
        if stem not in texts:
            continue
        tf = os.path.join(TEXT, texts[stem])
        check_format(stem, gold, tf)
        if errors and errors[-1].startswith(stem + ": talks must"):
            continue
        text = plain(tf)
        try:
            check_verbatim(stem, gold, text)
        except (KeyError, TypeError) as e:
            err(stem, f"structure error: {e!r}")
        nweek += check_weekdays(stem, text)
        loaded[stem] = (gold, tf)
    for stem, tf in texts.items():
        nweek += 0 if stem in loaded else check_weekdays(stem, plain(os.path.join(TEXT, tf)))
    # self-score
    with tempfile.TemporaryDirectory() as tmp:
        for stem, (gold, tf) in loaded.items():
            try:
                rec = as_record(gold, os.path.relpath(tf, HERE))
            except (KeyError, TypeError) as e:
                err(stem, f"cannot build record: {e!r}")
                continue
            json.dump(rec, open(os.path.join(tmp, stem + ".json"), "w"), ensure_ascii=False)
        out = subprocess.run([sys.executable, SCORE, "modern", "--gold", GOLD, "--pred", tmp],
                             capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0:
        errors.append("score.py failed: " + out.stderr)
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 7 and parts[-4].replace(".", "").isdigit() and parts[-6] != "P":
            p, r, f1 = parts[-6:-3]
            if parts[-3:] == ["0", "0", "0"]:
                continue  # field absent from gold and from records
            if not (p == r == f1 == "1.000"):
                errors.append(f"self-score not 1.000: {line}")
    if "overall F1 1.000" not in out.stdout:
        errors.append("self-score overall F1 is not 1.000")
    print(f"\n{len(golds)} gold files, {len(texts)} texts, {nweek} weekday phrases checked")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("all checks passed")
    return 0

if __name__ == "__main__":
    sys.exit(main())
