#!/usr/bin/env python3
"""Validate the synth17 gold set.

  python3 check.py            # all checks, then score gold against itself
  python3 check.py -v         # also list every weekday/date pair found in the texts

Checks
  1. every text/<stem>.<ext> has gold/<stem>.json and vice versa; stems u01..u30
  2. every gold file parses and has exactly the keys of GOLD-FORMAT.md, with the right
     types and value sets (dates YYYY-MM-DD, times HH:MM, attendance, format, ...)
  3. source.path / source.commit (sha1 of the text bytes) match the text file
  4. copied strings (titles, series, location, names, affiliations, starts/ends) occur in
     the text (case, punctuation, markup and whitespace ignored; HTML tags stripped),
     starts/ends have 6-10 words and `ends` comes after `starts`
  5. every weekday written next to a date in a text matches that date (en/de/fr/es/it/ja)
  6. scoring the gold against itself with ../shared/eval/score.py gives 1.000 for
     every field
Exit status 0 when everything passes.
"""
import datetime, hashlib, html, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT, GOLD = os.path.join(HERE, "text"), os.path.join(HERE, "gold")
SCORE = str(__import__('pathlib').Path(__file__).resolve().parents[4] / 'shared/eval/score.py')
VERBOSE = "-v" in sys.argv

errors = []
def err(stem, msg):
    errors.append(f"{stem}: {msg}")

# ------------------------------------------------------------------ normalisation
def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKC", s or "")
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return s

def norm_loose(s):
    s = fold(s).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())

def plain_text(raw, is_html):
    if not is_html:
        return raw
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

# ------------------------------------------------------------------ format checks
EVENT_KEYS = ["title", "series", "date", "end_date", "start_time", "end_time", "timezone",
              "location", "attendance"]
TALK_KEYS = ["title", "speakers", "abstract", "date", "start_time", "end_time"]
SPEAKER_KEYS = ["name", "affiliation", "bio"]
TOP_KEYS = ["id", "source", "format", "notes", "event", "talks"]
SOURCE_KEYS = ["repo", "commit", "path", "transform"]
FORMATS = {"markdown", "text", "email", "html-text"}
ATTEND = {None, "online", "in_person", "hybrid"}

def is_date(s):
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s)) and datetime.date.fromisoformat(s) is not None
    except ValueError:
        return False

def is_time(s):
    m = re.fullmatch(r"(\d{2}):(\d{2})", s or "")
    return bool(m) and int(m.group(1)) < 24 and int(m.group(2)) < 60

def str_or_null(stem, where, v):
    if v is not None and (not isinstance(v, str) or not v.strip()):
        err(stem, f"{where} must be a non-empty string or null, got {v!r}")

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

def check_format(stem, gold):
    if list(gold) != TOP_KEYS:
        err(stem, f"top-level keys {list(gold)} != {TOP_KEYS}")
    if gold.get("id") != stem:
        err(stem, f"id {gold.get('id')!r} != stem")
    src = gold.get("source") or {}
    if list(src) != SOURCE_KEYS:
        err(stem, f"source keys {list(src)}")
    if not re.fullmatch(r"[0-9a-f]{40}", src.get("commit") or ""):
        err(stem, "source.commit is not 40-hex")
    if src.get("transform") not in ("none", "strip-front-matter"):
        err(stem, "source.transform")
    if gold.get("format") not in FORMATS:
        err(stem, f"format {gold.get('format')!r}")
    if not isinstance(gold.get("notes"), str) or "\n" in gold["notes"] or not gold["notes"].strip():
        err(stem, "notes must be one line")
    ev = gold.get("event") or {}
    if list(ev) != EVENT_KEYS:
        err(stem, f"event keys {list(ev)}")
    for k in ("title", "series", "timezone", "location"):
        str_or_null(stem, f"event.{k}", ev.get(k))
    for k in ("date", "end_date"):
        if ev.get(k) is not None and not is_date(ev[k]):
            err(stem, f"event.{k} {ev[k]!r} is not YYYY-MM-DD")
    for k in ("start_time", "end_time"):
        if ev.get(k) is not None and not is_time(ev[k]):
            err(stem, f"event.{k} {ev[k]!r} is not HH:MM")
    if ev.get("end_date") and (not ev.get("date") or ev["end_date"] <= ev["date"]):
        err(stem, "event.end_date must follow event.date")
    if ev.get("start_time") and ev.get("end_time") and not ev.get("end_date") \
            and ev["end_time"] <= ev["start_time"]:
        err(stem, "event.end_time before start_time")
    if ev.get("end_time") and not ev.get("start_time"):
        err(stem, "event.end_time without start_time")
    if ev.get("attendance") not in ATTEND:
        err(stem, f"event.attendance {ev.get('attendance')!r}")
    talks = gold.get("talks")
    if not isinstance(talks, list):
        err(stem, "talks must be a list")
        return
    for i, tk in enumerate(talks):
        w = f"talks[{i}]"
        if list(tk) != TALK_KEYS:
            err(stem, f"{w} keys {list(tk)}")
            continue
        str_or_null(stem, f"{w}.title", tk["title"])
        check_span(stem, f"{w}.abstract", tk["abstract"])
        if tk["date"] is not None and not is_date(tk["date"]):
            err(stem, f"{w}.date {tk['date']!r}")
        for k in ("start_time", "end_time"):
            if tk[k] is not None and not is_time(tk[k]):
                err(stem, f"{w}.{k} {tk[k]!r}")
        if tk["start_time"] and tk["end_time"] and tk["end_time"] <= tk["start_time"]:
            err(stem, f"{w} ends before it starts")
        if len(talks) > 1 and tk["date"] and ev.get("date"):
            last = ev.get("end_date") or ev["date"]
            if not ev["date"] <= tk["date"] <= last:
                err(stem, f"{w}.date {tk['date']} outside the event dates")
        if len(talks) == 1 and (tk["date"] or tk["start_time"]):
            err(stem, f"{w}: a lone talk carries its date/time on the event")
        names = set()
        if not isinstance(tk["speakers"], list):
            err(stem, f"{w}.speakers must be a list")
            continue
        for j, sp in enumerate(tk["speakers"]):
            ws = f"{w}.speakers[{j}]"
            if list(sp) != SPEAKER_KEYS:
                err(stem, f"{ws} keys {list(sp)}")
                continue
            str_or_null(stem, f"{ws}.name", sp["name"])
            str_or_null(stem, f"{ws}.affiliation", sp["affiliation"])
            check_span(stem, f"{ws}.bio", sp["bio"])
            if re.match(r"(?i)(dr|prof|professor|mr|mrs|ms)\b\.?\s", sp["name"] or ""):
                err(stem, f"{ws}.name keeps an honorific: {sp['name']!r}")
            key = norm_loose(sp["name"])
            if key in names:
                err(stem, f"{ws}: duplicate speaker {sp['name']!r}")
            names.add(key)
    dates = [tk["date"] for tk in talks if isinstance(tk, dict) and tk.get("date")]
    if dates and ev.get("date") and min(dates) != ev["date"]:
        err(stem, "event.date is not the first talk date")

# ------------------------------------------------------------------ verbatim checks
def check_verbatim(stem, gold, text):
    nt = " " + norm_loose(text) + " "
    def present(where, s):
        if s is None:
            return -1
        ns = norm_loose(s)
        pos = nt.find(" " + ns + " ")
        if not ns or pos < 0:
            err(stem, f"{where} not found in text: {s!r}")
        return pos
    def span(where, sp):
        if sp is None:
            return
        a = present(where + ".starts", sp["starts"])
        if a >= 0:
            b = nt.find(" " + norm_loose(sp["ends"]) + " ", a)
            if b < 0:
                err(stem, f"{where}.ends not found after starts: {sp['ends']!r}")
    ev = gold["event"]
    for k in ("title", "series", "location", "timezone"):
        present(f"event.{k}", ev.get(k))
    for i, tk in enumerate(gold["talks"]):
        present(f"talks[{i}].title", tk.get("title"))
        span(f"talks[{i}].abstract", tk.get("abstract"))
        for j, sp in enumerate(tk.get("speakers") or []):
            present(f"talks[{i}].speakers[{j}].name", sp.get("name"))
            present(f"talks[{i}].speakers[{j}].affiliation", sp.get("affiliation"))
            span(f"talks[{i}].speakers[{j}].bio", sp.get("bio"))

# ------------------------------------------------------------------ weekday checks
WD = {  # weekday index (Monday = 0) by spelling
    0: "monday mon montag mo lundi lunes lunedì lunedi",
    1: "tuesday tue tues tu dienstag di mardi martes martedì martedi",
    2: "wednesday wed mittwoch mi mercredi miércoles miercoles mercoledì mercoledi",
    3: "thursday thu thur thurs th donnerstag do jeudi jueves giovedì giovedi",
    4: "friday fri freitag fr vendredi viernes venerdì venerdi",
    5: "saturday sat samstag sa samedi sábado sabado sabato",
    6: "sunday sun sonntag so dimanche domingo domenica",
}
WD_MAP = {w: i for i, ws in WD.items() for w in ws.split()}
JA_WD = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
MONTHS = {}
for i, names in enumerate([
        "january jan januar janvier enero gennaio", "february feb februar février fevrier febrero febbraio",
        "march mar märz maerz mars marzo", "april apr avril abril aprile",
        "may mai mayo maggio", "june jun juni juin junio giugno",
        "july jul juli juillet julio luglio", "august aug août aout agosto",
        "september sep sept septembre septiembre settembre", "october oct oktober octobre octubre ottobre",
        "november nov novembre noviembre", "december dec dezember décembre decembre diciembre dicembre"], 1):
    for n in names.split():
        MONTHS[n] = i
MON_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WD_RE = "|".join(sorted(WD_MAP, key=len, reverse=True))
ORD = r"(?:st|nd|rd|th|er|º)?"
DATE_PATTERNS = [  # each yields (day, month, year or None)
    (rf"(?P<mon>{MON_RE})\.?\s+(?P<d>\d{{1,2}}){ORD}(?:,?\s+(?P<y>(?:19|20)\d\d))?", "md"),
    (rf"(?P<d>\d{{1,2}}){ORD}\.?\s+(?:of\s+|de\s+)?(?P<mon>{MON_RE})\.?(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?", "dm"),
    (r"(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})", "iso"),
    (r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)?\d\d)?", "dot"),
    (r"(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:/(?P<y>(?:19|20)?\d\d))?", "slash"),
]

def parse_date_at(s):
    """Parse a date at the start of s; returns (y, m, d) with y possibly None."""
    for pat, kind in DATE_PATTERNS:
        m = re.match(pat, s, re.I)
        if not m:
            continue
        d = int(m.group("d"))
        mon = MONTHS[m.group("mon").lower()] if "mon" in m.groupdict() and m.group("mon") else int(m.group("m"))
        y = m.group("y")
        y = int(y) + (2000 if y and len(y) == 2 else 0) if y else None
        if kind == "slash" and mon > 12:   # 13/04/2017: day first
            d, mon = mon, d
        return y, mon, d
    return None

def check_weekdays(stem, text, gold):
    years = [int(x[:4]) for x in [gold["event"].get("date")] + [t.get("date") for t in gold["talks"]] if x]
    def resolve(y, m, d):
        if y:
            return [y]
        return sorted(set(years))
    found = []
    low = fold(text)
    # weekday, then a date within 25 characters
    for m in re.finditer(rf"(?<![\w])({WD_RE})(?![\w])\.?,?", low, re.I):
        wd = WD_MAP[m.group(1).lower()]
        if len(m.group(1)) <= 2 and not re.match(r"\.?,?\s*\d", low[m.end(1):m.end(1) + 4]):
            continue  # two-letter German abbreviations only right before a number
        rest = low[m.end():m.end() + 25]
        k = re.search(r"\d|" + MON_RE, rest, re.I)
        if not k or not re.fullmatch(r"[\s,(\-]*(?:the\s+|le\s+|den\s+|il\s+|el\s+)?", rest[:k.start()], re.I):
            continue
        p = parse_date_at(rest[k.start():])
        if p:
            found.append((m.group(0).strip(), p, wd))
    # date, then "(Weekday)"
    for m in re.finditer(rf"\(\s*({WD_RE})\s*\)", low, re.I):
        before = low[max(0, m.start() - 30):m.start()]
        for start in range(len(before)):
            p = parse_date_at(before[start:].strip())
            if p and re.search(r"\d\s*$", before):
                found.append((m.group(0), p, WD_MAP[m.group(1).lower()]))
                break
    # Japanese 2024年7月12日(金)
    for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[(（]([月火水木金土日])[)）]", low):
        y = int(m.group(1)) if m.group(1) else None
        found.append((m.group(0), (y, int(m.group(2)), int(m.group(3))), JA_WD[m.group(4)]))
    for label, (y, mo, d), wd in found:
        ok = False
        for yy in resolve(y, mo, d):
            try:
                if datetime.date(yy, mo, d).weekday() == wd:
                    ok = True
            except ValueError:
                pass
        if VERBOSE:
            print(f"  {stem}: {label!r} -> {y}-{mo:02d}-{d:02d} {'ok' if ok else 'MISMATCH'}")
        if not ok:
            err(stem, f"weekday {label!r} does not match {y}-{mo}-{d}")
    return len(found)

# ------------------------------------------------------------------ self-score
def as_record(gold):
    def long(sp):
        return None if sp is None else sp["starts"] + " ... " + sp["ends"]
    ev = gold["event"]
    return {
        "schema_version": 1,
        "source": {"path": gold["source"]["path"], "part": None, "sha256": None, "bytes": None,
                   "format": gold["format"]},
        "event": {
            "title": ev["title"], "kind": None, "series": ev["series"],
            "when": {"date": ev["date"], "end_date": ev["end_date"], "start_time": ev["start_time"],
                     "end_time": ev["end_time"], "timezone": ev["timezone"], "start": None,
                     "end": None, "start_utc": None, "text": None},
            "location": {"text": ev["location"]}, "attendance": ev["attendance"],
            "organizers": [], "registration": {"required": None, "url": None}, "urls": []},
        "talks": [{
            "title": tk["title"], "kind": None,
            "when": ({"date": tk["date"], "start_time": tk["start_time"], "end_time": tk["end_time"]}
                     if (tk["date"] or tk["start_time"]) else None),
            "speakers": [{"name": sp["name"], "affiliation": sp["affiliation"], "bio": long(sp["bio"])}
                         for sp in tk["speakers"]],
            "hosts": [], "abstract": long(tk["abstract"]), "references": []} for tk in gold["talks"]],
        "warnings": []}

def self_score(golds):
    with tempfile.TemporaryDirectory() as tmp:
        for stem, gold in golds.items():
            with open(os.path.join(tmp, stem + ".json"), "w") as fh:
                json.dump(as_record(gold), fh)
        out = subprocess.run([sys.executable, SCORE, "modern", "--gold", GOLD, "--pred", tmp],
                             capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode:
        err("score", out.stderr)
        return
    for line in out.stdout.splitlines()[1:]:
        parts = line.split()
        if line.startswith("overall F1"):
            if parts[-1] != "1.000":
                err("score", line)
        elif len(parts) >= 7:
            tp, npred, ngold = (int(x) for x in parts[-3:])
            if not tp == npred == ngold:
                err("score", f"field below 1.000: {line}")
            elif ngold == 0:
                print(f"  (note: no gold values yet for {parts[0]})")
        elif "missing" in line:
            err("score", line)

# ------------------------------------------------------------------ main
def main():
    texts = {os.path.splitext(f)[0]: f for f in sorted(os.listdir(TEXT))}
    gfiles = {os.path.splitext(f)[0] for f in os.listdir(GOLD) if f.endswith(".json")}
    expected = {f"u{i:02d}" for i in range(1, 31)}
    for s in sorted(expected - set(texts)):
        err(s, "text missing")
    for s in sorted(expected - gfiles):
        err(s, "gold missing")
    for s in sorted((set(texts) | gfiles) - expected):
        err(s, "unexpected file")
    golds, nwd = {}, 0
    for stem in sorted(set(texts) & gfiles):
        try:
            with open(os.path.join(GOLD, stem + ".json")) as fh:
                gold = json.load(fh)
        except (OSError, ValueError) as e:
            err(stem, f"gold does not parse: {e}")
            continue
        with open(os.path.join(TEXT, texts[stem]), "rb") as fh:
            raw = fh.read()
        check_format(stem, gold)
        if errors and errors[-1].startswith(stem) and "keys" in errors[-1]:
            continue
        if gold["source"].get("path") != "text/" + texts[stem]:
            err(stem, f"source.path {gold['source'].get('path')!r}")
        if gold["source"].get("commit") != hashlib.sha1(raw).hexdigest():
            err(stem, "source.commit is not the sha1 of the text (run tools/stamp.py)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        is_html = texts[stem].endswith((".html", ".htm"))
        if (gold["format"] == "html-text") != is_html:
            err(stem, "format html-text iff the file is HTML")
        plain = plain_text(text, is_html)
        check_verbatim(stem, gold, plain)
        nwd += check_weekdays(stem, plain, gold)
        golds[stem] = gold
    print(f"{len(golds)} gold files checked, {sum(len(g['talks']) for g in golds.values())} talks, "
          f"{nwd} weekday/date pairs verified")
    self_score(golds)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("check.py: all checks passed")

if __name__ == "__main__":
    main()
